"""``unikg evaluate``: the extractor scored against the curated seed articles, leaving one out.

For each curated article A (each document with an annotation file):

1. the registry is rebuilt **without the entities no other curated article names** (an entity
   is *named* by an article when one of its registry names occurs in the text, see below), and
   without the acronyms and spellings no other article uses ("Chine", "Tuimebayev Zhanseit
   Kanseituly", "University of Torino"): what the registry knew before a curator read A
   (:func:`held_out_registry`; ``unikg evaluate --gold`` holds out the same way, see :mod:`.gold`);
2. the extractor runs on A's text, with A's publication date, against that registry;
3. its output is scored against A's curated annotations and the full registry.

What counts as a match (precision = matches / predictions, recall = matches / gold, F1 their
harmonic mean; all micro-averaged over the articles):

- **entities**: a gold mention is the span of a registry name, acronym or spelling in the text
  (whole words; case, accents and typographic apostrophes ignored, but a one-word name does
  not match an all-lower-case word; overlapping matches: the longest); a predicted mention of
  an organisation, person, country or city matches when it has exactly the same span;
- **linking**: a predicted mention matches when its span is a gold mention's and its link is
  right: the registry id, or "new" for an entity held out of the registry;
- **agreements**: agreements and agreement groups. A prediction matches a curated one of the
  same sort (agreement or group) with the same set of parties (organisations as curated: a
  unit such as XJTU Health Science Center stays the unit; a new entity stands for the held-out
  entity whose gold mentions it has) and a compatible kind (one of its kinds is one of the
  curated kinds, or a superclass or subclass of one in the ontology: cooperation ⊒
  academic-cooperation ⊒ student-exchange; no kind, where the text says none, is compatible
  with any); each curated agreement matches at most once;
- **roles**: the same (person, role, organisation) triple, people and organisations mapped as
  for agreements.
"""

from __future__ import annotations

import platform
import re
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..annotations import load_all_annotations
from ..dataset.vocabulary import Vocabulary, load_ontology
from ..documents import load_documents
from ..registry import Registry, load_registry
from .extract import EXTRACTOR, VERSION, extract
from .folding import fold
from .pipeline import build_pipeline
from .text import Article

CATEGORIES = ("entities", "linking", "agreements", "roles")
BEGIN = "<!-- unikg evaluate: begin (written by `unikg evaluate`; do not edit by hand) -->"
END = "<!-- unikg evaluate: end -->"


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    kind: str
    id: str
    form: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
        }


@dataclass
class ArticleResult:
    document: str
    held_out: list[str]
    scores: dict[str, Score]
    mistakes: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    characters: int = 0


@dataclass
class Evaluation:
    articles: list[ArticleResult]
    pipeline_seconds: float

    def total(self, category: str) -> Score:
        score = Score()
        for article in self.articles:
            score.add(article.scores[category])
        return score

    def as_json(self) -> dict:
        return {category: self.total(category).as_dict() for category in CATEGORIES}


# -- gold mentions ---------------------------------------------------------------------------


def gold_mentions(text: str, registry: Registry) -> list[GoldMention]:
    """Spans of registry names in the text: whole words, longest first, no overlaps."""
    folded = fold(text.replace("\u00a0", " "))
    found = []
    for kind, ident, form in registry.surface_forms():
        needle = fold(form)
        if not needle.strip():
            continue
        one_word = " " not in form.strip()
        for match in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", folded):
            written = text[match.start():match.end()]
            if one_word and written.islower() and not form.islower():
                continue
            found.append(GoldMention(match.start(), match.end(), kind, ident, form))
    chosen: list[GoldMention] = []
    taken: set[int] = set()
    for mention in sorted(found, key=lambda m: (-(m.end - m.start), m.start, m.kind, m.id)):
        positions = set(range(mention.start, mention.end))
        if taken.isdisjoint(positions):
            chosen.append(mention)
            taken |= positions
    return sorted(chosen, key=lambda m: m.start)


def held_out_registry(
    registry: Registry, *, document: str | None, gold: dict[str, list[GoldMention]]
) -> tuple[Registry, set[str]]:
    """The registry without what no curated article but ``document`` names; also the ids held out.

    ``gold`` holds the registry names found in each curated article (:func:`gold_mentions`).
    An entity, acronym or spelling stays only when another curated article names it: what the
    registry would know had no curator read ``document``. ``document`` is None for an article
    that is not curated, and the registry then loses the same: so an article scores the same
    whether or not it is also curated. Countries stay (they come from ISO 3166).
    """
    named_by: dict[str, set[str]] = {}
    form_used_by: dict[tuple[str, str], set[str]] = {}
    for doc_id, mentions in gold.items():
        for m in mentions:
            named_by.setdefault(m.id, set()).add(doc_id)
            form_used_by.setdefault((m.id, m.form), set()).add(doc_id)

    def needed(ident: str) -> bool:
        return bool(named_by.get(ident, set()) - {document})

    def keep(ident: str, forms: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(f for f in forms if form_used_by.get((ident, f), set()) - {document})

    held_out = {
        ident for ident in (*registry.organizations, *registry.people, *registry.cities) if not needed(ident)
    }
    organizations = {
        i: replace(o, acronyms=keep(i, o.acronyms), spellings=keep(i, o.spellings),
                   unit_of=o.unit_of if o.unit_of not in held_out else None)
        for i, o in registry.organizations.items() if i not in held_out
    }
    people = {i: replace(p, spellings=keep(i, p.spellings)) for i, p in registry.people.items() if i not in held_out}
    cities = {i: replace(c, spellings=keep(i, c.spellings)) for i, c in registry.cities.items() if i not in held_out}
    countries = {i: replace(c, spellings=keep(i, c.spellings)) for i, c in registry.countries.items()}
    reduced = Registry(organizations=organizations, people=people, countries=countries, cities=cities)
    return reduced, held_out


# -- scoring ---------------------------------------------------------------------------------


def evaluate(data_dir: Path) -> Evaluation:
    """Leave-one-article-out over the curated articles of ``data_dir``."""
    registry = load_registry(data_dir)
    documents = load_documents(data_dir)
    annotations = load_all_annotations(data_dir, documents, registry)
    vocabulary = Vocabulary(load_ontology())
    gold = {d: gold_mentions(documents[d].text, registry) for d in annotations}
    results, pipeline_seconds = [], 0.0
    for doc_id in sorted(annotations):
        document = documents[doc_id]
        reduced, held_out = held_out_registry(registry, document=doc_id, gold=gold)
        held_out &= {m.id for m in gold[doc_id]}  # reported: what the article names
        started = time.perf_counter()
        nlp = build_pipeline(reduced)
        pipeline_seconds += time.perf_counter() - started
        article = Article(
            text=document.text, name=document.file, title=document.title,
            published=str(document.published) if document.published is not None else None,
        )
        started = time.perf_counter()
        extraction = extract(article, registry=reduced, document_id=doc_id, pipeline=nlp)
        seconds = time.perf_counter() - started
        result = _score(extraction, gold[doc_id], held_out, annotations[doc_id], vocabulary, registry)
        result.seconds = seconds
        result.characters = len(document.text)
        results.append(result)
    return Evaluation(results, pipeline_seconds)


def _score(extraction, gold: list[GoldMention], held_out: set[str], curated, vocabulary, registry) -> ArticleResult:
    text = extraction.article.text
    predicted = {(item.mention.start, item.mention.end): item for item in extraction.linked}
    gold_at = {(m.start, m.end): m for m in gold}
    mistakes: dict[str, list[str]] = {c: [] for c in CATEGORIES}

    entities = Score()
    linking = Score()
    for span, item in predicted.items():
        g = gold_at.get(span)
        if g is None:
            entities.fp += 1
            linking.fp += 1
            mistakes["entities"].append(f"extra: {item.mention.text!r} ({item.mention.kind}, {item.mention.source})")
            continue
        entities.tp += 1
        expected = "new" if g.id in held_out else g.id
        got = "new" if item.entity.new else item.entity.id
        if expected == got:
            linking.tp += 1
        else:
            linking.fp += 1
            linking.fn += 1
            mistakes["linking"].append(f"{item.mention.text!r} linked to {got}, should be {expected}")
    for span, g in gold_at.items():
        if span not in predicted:
            entities.fn += 1
            linking.fn += 1
            mistakes["entities"].append(f"missed: {text[g.start:g.end]!r} ({g.id})")

    mapping = _new_entity_mapping(extraction, gold_at)

    def mapped(entity) -> str:
        return mapping.get(entity.id, f"new:{entity.id}") if entity.new else entity.id

    gold_agreements = [(False, frozenset(a.parties), tuple(a.kinds), a.id) for a in curated.agreements]
    gold_agreements += [(True, frozenset(g.parties), tuple(g.kinds), g.id) for g in curated.agreement_groups]
    predicted_agreements = [
        (a.is_group, frozenset(mapped(p) for p in a.parties), tuple(a.kinds), ", ".join(p.name for p in a.parties))
        for a in extraction.agreements
    ]
    agreements, agreement_mistakes = _match_agreements(predicted_agreements, gold_agreements, vocabulary)
    mistakes["agreements"] = agreement_mistakes

    gold_roles = {(r.person, r.role, r.organization) for r in curated.roles}
    predicted_roles = {(mapped(r.person), r.role, mapped(r.organization)) for r in extraction.roles}
    roles = Score(tp=len(gold_roles & predicted_roles), fp=len(predicted_roles - gold_roles), fn=len(gold_roles - predicted_roles))
    mistakes["roles"] = [f"extra: {' '.join(r)}" for r in sorted(predicted_roles - gold_roles)]
    mistakes["roles"] += [f"missed: {' '.join(r)}" for r in sorted(gold_roles - predicted_roles)]
    return ArticleResult(
        document=extraction.document_id, held_out=sorted(held_out),
        scores={"entities": entities, "linking": linking, "agreements": agreements, "roles": roles},
        mistakes=mistakes,
    )


def _new_entity_mapping(extraction, gold_at: dict) -> dict[str, str]:
    """New entity slug → the curated id whose gold mentions its mentions are."""
    votes: dict[str, Counter] = {}
    for item in extraction.linked:
        if item.entity.new:
            g = gold_at.get((item.mention.start, item.mention.end))
            if g is not None:
                votes.setdefault(item.entity.id, Counter())[g.id] += 1
    return {slug: counter.most_common(1)[0][0] for slug, counter in votes.items()}


def _match_agreements(predicted, gold, vocabulary) -> tuple[Score, list[str]]:
    def classes(kinds):
        return {vocabulary.agreement_class(k, "evaluation") for k in kinds}

    def exact(p, g):
        return len(set(p[2]) & set(g[2]))

    def compatible(p, g):
        if p[0] != g[0] or p[1] != g[1]:
            return False
        if not p[2] or not g[2]:
            return True  # a kind the text does not say is no wrong kind
        for a in classes(p[2]):
            for b in classes(g[2]):
                if a in vocabulary.superclasses(b) or b in vocabulary.superclasses(a):
                    return True
        return False

    pairs = sorted(
        ((exact(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold) if compatible(p, g)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_p, used_g = set(), set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    score = Score(tp=len(used_p), fp=len(predicted) - len(used_p), fn=len(gold) - len(used_g))
    mistakes = [f"extra: {'group' if p[0] else 'agreement'} {sorted(p[1])} {list(p[2])}" for i, p in enumerate(predicted) if i not in used_p]
    mistakes += [f"missed: {g[3]} {sorted(g[1])} {list(g[2])}" for j, g in enumerate(gold) if j not in used_g]
    return score, mistakes


# -- reporting -------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    import spacy

    memory = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, spaCy {spacy.__version__} (blank English)"
    )


def results_section(evaluation: Evaluation) -> str:
    """The Markdown block ``unikg evaluate`` keeps in bench/RESULTS.md."""
    chars = sum(a.characters for a in evaluation.articles)
    seconds = sum(a.seconds for a in evaluation.articles)
    lines = [
        BEGIN,
        f"Leave-one-article-out over the {len(evaluation.articles)} curated articles "
        f"({EXTRACTOR} {VERSION}; what counts as a match: docs/ingest.md, \"Evaluation\").",
        "",
        f"Machine: {machine()}.",
        "",
        "| scored | precision | recall | F1 | tp | fp | fn |",
        "|---|---|---|---|---|---|---|",
    ]
    for category in CATEGORIES:
        s = evaluation.total(category)
        lines.append(f"| {category} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.tp} | {s.fp} | {s.fn} |")
    lines += ["", "| article | entities F1 | linking F1 | agreements F1 | roles F1 | entities held out | extraction s |", "|---|---|---|---|---|---|---|"]
    for a in evaluation.articles:
        f1 = " | ".join(f"{a.scores[c].f1:.2f}" for c in CATEGORIES)
        lines.append(f"| {a.document} | {f1} | {len(a.held_out)} | {a.seconds:.2f} |")
    lines += [
        "",
        f"Extraction: {chars:,} characters in {seconds:.2f} s ({chars / seconds:,.0f} characters/s), "
        f"plus {evaluation.pipeline_seconds / max(1, len(evaluation.articles)):.2f} s to build each pipeline from its registry.",
        "",
        "Remaining mistakes:",
        "",
    ]
    for a in evaluation.articles:
        found = [(c, m) for c in CATEGORIES for m in a.mistakes.get(c, [])]
        if not found:
            continue
        lines.append(f"- **{a.document}**")
        for category, mistake in found:
            lines.append(f"  - {category}: {mistake}")
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_results(path: Path, evaluation: Evaluation) -> None:
    """Put the section in ``path``, replacing the previous one in place (never twice)."""
    heading = "## Ingesting articles: extraction quality (`unikg evaluate`)"
    keep_section(path, results_section(evaluation), begin=BEGIN, end=END, heading=heading)


def keep_section(path: Path, section: str, *, begin: str, end: str, heading: str) -> None:
    """``section`` (from ``begin`` to ``end``) in the Markdown file ``path``: in place of the
    previous one, else at the end under ``heading``; written atomically."""
    from ..files import write_atomically

    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in old and end in old:
        before, rest = old.split(begin, 1)
        after = rest.split(end, 1)[1].lstrip("\n")
        new = before + section + ("\n" + after if after else "")
    else:
        new = (old.rstrip("\n") + "\n\n" if old.strip() else "# Benchmark results\n\n") + heading + "\n\n" + section
    write_atomically(path, new.encode("utf-8"))
