"""``unikg evaluate --gold DIR``: the extractor scored, strictly, against hand-made gold annotations.

The folder holds ``articles/NN.txt`` (header lines ``source:``, ``title:``, ``date:``, a line
``---``, then the text as published) and ``gold/NN.yaml`` (``institutions``, ``alliances``,
``optional``, ``persons``, ``agreements``, ``memberships``; the format of the development
articles' README). Each article is extracted against the registry **without what only that
article contributes** (see :func:`.evaluate.held_out_registry`; an article that is also
curated in the data folder, found by its text, is held out exactly as if it were not), then
scored per category, micro-averaged over the articles:

- **institutions** (and alliances): each organisation the extractor finds (an entity, however
  many mentions it has) is matched to the gold entity its mentions fall on. It is right when
  its name is one the gold gives (its name, an acronym or a mention, not a possessive such as
  "UK's X" nor a coordination such as "A and B Universities") and no other predicted entity
  took that gold entity first: a second entity for the same institution (a duplicate from an
  acronym, a typo) is an error. An entity on an ``optional`` entry counts neither way;
- **agreements**: the same set of parties (a unit rolls up to its parent); each gold
  agreement matches at most once, so an agreement found twice is an error; a count of
  agreements without names (a gold entry with ``count:`` or ``counterparts:``, an agreement
  group of ``data/README.md``) matches a group with the same named parties and, when the gold
  gives the number, the same count;
- **memberships**: the same alliance and the same member, or, for "23 institutions signed up"
  (a gold member ``23 … (unnamed)``), the same count;
- **roles**: the same person (its name as the gold writes it, without honorifics), an
  organisation that rolls up to the gold one, and the title: the gold title, one of its parts
  ("Vice Chancellor and Principal" has two), a part's head before "of" ("Director of the
  Research Center"), or the same role concept;
- **dates**: over the agreements and memberships matched above, the date exactly as precise
  as the gold gives it: a date where the gold has none, or a wrong one, is a false positive; a
  missing or wrong one a false negative.

Every error is listed with the sentence it comes from.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

from ..annotations import load_all_annotations
from ..documents import load_documents
from ..errors import UserError
from ..names import normalize
from ..registry import load_registry
from . import lexicon
from .evaluate import Score, gold_mentions, held_out_registry, keep_section, machine
from .extract import EXTRACTOR, VERSION, Extraction, extract
from .folding import fold
from .pipeline import build_pipeline
from .text import Article, checked_date

CATEGORIES = ("institutions", "agreements", "memberships", "roles", "dates")
_TEMPORAL = ("former", "founding", "acting", "interim", "outgoing", "incoming", "then")
_COUNTED = re.compile(r"^\s*(\d+)\b.*\(unnamed\)\s*$")
_POSSESSIVE_OWNER = re.compile(r"^\S+['’]s\s")
_PLURAL_HEADS = r"(?:Universities|Institutes|Colleges|Schools|Academies)"
# "Sorbonne and Bologna Universities" names two; "... of Agricultural Colleges and Universities" one
_COORDINATED = re.compile(rf"\band\s+(?!{_PLURAL_HEADS}\b)\S.*\b{_PLURAL_HEADS}\b")


# -- the gold folder -------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    key: str  # the gold's own name for it
    kind: str  # institution | alliance | person
    forms: tuple[str, ...]  # name, acronyms and mentions as written
    optional: bool = False
    spans: tuple[tuple[int, int], ...] = ()  # where its forms occur in the text

    @property
    def usable(self) -> frozenset[str]:
        """The normalised names a predicted entity may carry to count as this one: its forms
        (and both parts of "QS (Quacquarelli Symonds)"), not a possessive ("UK's X") nor a
        coordination ("A and B Universities")."""
        forms = set()
        for f in self.forms:
            if f != self.key and (_POSSESSIVE_OWNER.match(f) or _COORDINATED.search(f)):
                continue
            forms.add(f)
            bracket = re.fullmatch(r"(.+?)\s*\(([^)]+)\)", f)
            if bracket:
                forms.update(bracket.groups())
        return frozenset(normalize(f) for f in forms)


@dataclass(frozen=True)
class GoldRole:
    person: str
    role: str
    organisation: str | None
    optional: bool = False


@dataclass(frozen=True)
class GoldAgreement:
    parties: frozenset[str]
    date: str | None
    evidence: str
    group: bool = False  # a count of agreements without names ("signed 27 agreements with partner universities")
    count: int | None = None  # the number of agreements, when the text gives it


@dataclass(frozen=True)
class GoldMembership:
    alliance: str
    member: str | None
    count: int | None
    date: str | None
    evidence: str

    @property
    def label(self) -> str:
        return f"{self.member or f'{self.count} unnamed'} in {self.alliance}"


@dataclass
class GoldArticle:
    name: str  # NN
    article: Article
    entities: dict[str, GoldEntity]
    roles: list[GoldRole]
    agreements: list[GoldAgreement]
    memberships: list[GoldMembership]


def read_gold_folder(folder: Path) -> list[GoldArticle]:
    """Every article of ``folder`` with its gold; a UserError naming the file when one is wrong."""
    articles_dir, gold_dir = folder / "articles", folder / "gold"
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder; give a folder with articles/ and gold/ (the development articles' format)")
    if not articles_dir.is_dir() or not gold_dir.is_dir():
        raise UserError(f"{folder}: expected the subfolders articles/ (NN.txt) and gold/ (NN.yaml)")
    found = []
    for gold_file in sorted(gold_dir.glob("*.yaml")):
        text_file = articles_dir / f"{gold_file.stem}.txt"
        if not text_file.is_file():
            raise UserError(f"{gold_file}: no article {text_file.name} beside it in {articles_dir}")
        found.append(_read_one(gold_file.stem, text_file, gold_file))
    if not found:
        raise UserError(f"{gold_dir}: no gold files (NN.yaml)")
    return found


def read_article_file(path: Path) -> Article:
    """An article file: ``key: value`` header lines, a line ``---``, then the text."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8") from None
    header: dict[str, str] = {}
    lines = raw.split("\n")
    if "---" in lines:
        cut = lines.index("---")
        for line in lines[:cut]:
            key, _, value = line.partition(":")
            header[key.strip().lower()] = value.strip()
        text = "\n".join(lines[cut + 1:])
    else:
        text = raw
    text = text.replace("\r\n", "\n").rstrip()
    date = header.get("date") or None
    return Article(
        text=text, name=str(path), title=header.get("title") or None,
        published=checked_date(date, f"{path}: date {date!r}") if date else None,
        source=header.get("source") or None,
    )


def _read_one(name: str, text_file: Path, gold_file: Path) -> GoldArticle:
    article = read_article_file(text_file)
    try:
        data = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise UserError(f"{gold_file}: not valid YAML ({' '.join(str(error).split())})") from None
    if not isinstance(data, dict):
        raise UserError(f"{gold_file}: expected a mapping with institutions, persons, agreements, memberships")
    entities: dict[str, GoldEntity] = {}

    def add(section: str, kind: str, optional: bool = False) -> None:
        for item in data.get(section) or []:
            if not isinstance(item, dict) or not item.get("name"):
                raise UserError(f"{gold_file}: every entry of {section} needs a name")
            forms = [str(item["name"]), *map(str, item.get("acronyms") or []), *map(str, item.get("mentions") or [])]
            key = str(item["name"])
            entities[key] = GoldEntity(key, kind, tuple(dict.fromkeys(forms)), optional or bool(item.get("optional")))

    add("institutions", "institution")
    add("alliances", "alliance")
    add("optional", "institution", optional=True)
    add("persons", "person")
    entities = _located(article.text, entities)
    resolve = _Resolver(entities, gold_file)
    roles = [
        GoldRole(resolve(p["name"]), str(p.get("role") or ""), resolve(p["organisation"]) if p.get("organisation") else None, bool(p.get("optional")))
        for p in data.get("persons") or []
    ]
    agreements = [
        GoldAgreement(
            frozenset(resolve(x) for x in a.get("parties") or []), _date(a.get("date")), str(a.get("evidence") or ""),
            group="count" in a or "counterparts" in a, count=a.get("count"),
        )
        for a in data.get("agreements") or []
    ]
    memberships = []
    for m in data.get("memberships") or []:
        counted = _COUNTED.match(str(m.get("member", "")))
        memberships.append(GoldMembership(
            alliance=resolve(m["alliance"]),
            member=None if counted else resolve(m["member"]),
            count=int(counted.group(1)) if counted else None,
            date=_date(m.get("date")), evidence=str(m.get("evidence") or ""),
        ))
    return GoldArticle(name, article, entities, roles, agreements, memberships)


def _date(value) -> str | None:
    return None if value is None else str(value)


class _Resolver:
    """A name as the gold's facts write it → the key of the gold entity with that form."""

    def __init__(self, entities: dict[str, GoldEntity], where: Path):
        self.where = where
        self.keys: dict[str, str] = {}
        for entity in entities.values():
            for form in entity.forms:
                self.keys.setdefault(normalize(form), entity.key)

    def __call__(self, name) -> str:
        key = self.keys.get(normalize(str(name)))
        if key is None:
            raise UserError(f"{self.where}: {name!r} is not the name, acronym or mention of an entity of this file")
        return key


def _located(text: str, entities: dict[str, GoldEntity]) -> dict[str, GoldEntity]:
    """Each entity with the spans of its forms in the text: whole words, the longest first."""
    folded = fold(text)
    owners: dict[str, set[str]] = {}
    for entity in entities.values():
        for form in entity.forms:
            owners.setdefault(normalize(form), set()).add(entity.key)
    found = []
    for entity in entities.values():
        for form in entity.forms:
            if len(owners[normalize(form)]) > 1 or (form != entity.key and _COORDINATED.search(form)):
                continue  # "Sorbonne and Bologna Universities" names two: neither's own span
            needle = fold(form)
            for match in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", folded):
                if " " not in form and text[match.start():match.end()].islower() and not form.islower():
                    continue
                found.append((match.start(), match.end(), entity.key))
    spans: dict[str, list[tuple[int, int]]] = {key: [] for key in entities}
    taken: set[int] = set()
    for start, end, key in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if taken.isdisjoint(range(start, end)):
            spans[key].append((start, end))
            taken.update(range(start, end))
    return {key: GoldEntity(e.key, e.kind, e.forms, e.optional, tuple(sorted(spans[key]))) for key, e in entities.items()}


# -- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Error:
    category: str
    what: str  # extra | missed | duplicate | wrong name | wrong date
    detail: str
    sentence: str


@dataclass
class GoldResult:
    article: str
    curated_as: str | None  # the data folder's document with the same text, held out
    scores: dict[str, Score]
    errors: list[Error] = field(default_factory=list)


def score_article(extraction, gold: GoldArticle) -> GoldResult:
    """The extraction of one article against its gold, per category, with every error."""
    return _Scorer(extraction, gold).result()


class _Scorer:
    def __init__(self, extraction, gold: GoldArticle):
        self.x = extraction
        self.gold = gold
        self.errors: list[Error] = []
        self.scores = {c: Score() for c in CATEGORIES}
        self.key_of: dict[str, str | None] = {}  # predicted entity id → gold key
        self.units: dict[str, str] = {}  # predicted entity id → the id of what it is a unit of
        self.names: dict[str, str] = {}
        for item in extraction.linked:
            self.units.setdefault(item.entity.id, item.entity.unit_of)
            self.names.setdefault(item.entity.id, item.entity.name)

    def result(self) -> GoldResult:
        self.institutions()
        self.people()
        self.agreements()
        self.memberships()
        self.roles()
        return GoldResult(self.gold.name, None, self.scores, self.errors)

    def error(self, category: str, what: str, detail: str, at: int | str | None) -> None:
        sentence = at if isinstance(at, str) else (self.x.sentence_at(at) if at is not None else "")
        self.errors.append(Error(category, what, detail, sentence))

    def _spans_of(self, kinds: set[str]) -> dict[str, list[tuple[int, int]]]:
        spans: dict[str, list[tuple[int, int]]] = {}
        for item in self.x.linked:
            if item.mention.kind in kinds:
                spans.setdefault(item.entity.id, []).append((item.mention.start, item.mention.end))
        return spans

    def _best(self, spans: list[tuple[int, int]]) -> GoldEntity | None:
        """The gold entity most of these mentions fall on."""
        votes: Counter = Counter()
        for start, end in spans:
            for entity in self.gold.entities.values():
                if any(s < end and start < e for s, e in entity.spans):
                    votes[entity.key] += 1
        if not votes:
            return None
        return self.gold.entities[votes.most_common(1)[0][0]]

    def _match_entities(self, kinds: set[str], gold_kinds: set[str], category: str | None) -> None:
        score = self.scores[category] if category else Score()
        matched: set[str] = set()
        for ident, spans in sorted(self._spans_of(kinds).items(), key=lambda kv: min(kv[1])):
            name = self.names[ident]
            best = self._best(spans)
            if best is not None and best.optional:
                self.key_of[ident] = best.key
                continue
            if best is None or best.kind not in gold_kinds:
                score.fp += 1
                if category:
                    self.error(category, "extra", f"{name!r} is not one in the gold", spans[0][0])
                continue
            if normalize(name) not in best.usable:
                score.fp += 1
                if category:
                    self.error(category, "wrong name", f"{name!r} for {best.key!r}", spans[0][0])
                continue
            self.key_of[ident] = best.key
            if best.key in matched:
                score.fp += 1
                if category:
                    self.error(category, "duplicate", f"{name!r}: a second entity for {best.key!r}", spans[0][0])
                continue
            matched.add(best.key)
            score.tp += 1
        for entity in self.gold.entities.values():
            if entity.kind in gold_kinds and not entity.optional and entity.key not in matched:
                score.fn += 1
                if category:
                    self.error(category, "missed", entity.key, entity.spans[0][0] if entity.spans else None)

    def institutions(self) -> None:
        self._match_entities({"organization"}, {"institution", "alliance"}, "institutions")

    def people(self) -> None:
        self._match_entities({"person"}, {"person"}, None)  # scored through their roles

    def org_key(self, entity) -> str:
        """The gold key of an organisation, a unit rolled up to its parent; else its own name."""
        seen = set()
        ident = entity.id
        while ident and ident not in seen:
            seen.add(ident)
            key = self.key_of.get(ident)
            if key is not None and not self.gold.entities[key].optional:
                return key
            ident = self.units.get(ident) or (entity.unit_of if ident == entity.id else None)
        return f"(not in the gold: {entity.name})"

    # -- facts ----------------------------------------------------------------------------

    def agreements(self) -> None:
        score = self.scores["agreements"]
        text = self.x.article.text
        used: set[int] = set()
        for fact in self.x.agreements:
            parties = frozenset(self.org_key(p) for p in fact.parties)
            sentence = text[fact.evidence[0][0]:fact.evidence[0][1]]
            label = " + ".join(sorted(parties))
            if getattr(fact, "is_group", False):
                label = f"{fact.count} agreements of {label}"
            match = next((
                j for j, g in enumerate(self.gold.agreements)
                if j not in used and g.parties == parties and g.group == fact.is_group and (g.count is None or g.count == fact.count)
            ), None)
            if match is None:
                score.fp += 1
                duplicate = any(g.parties == parties for g in self.gold.agreements)
                self.error("agreements", "duplicate" if duplicate else "extra", label, sentence)
                continue
            used.add(match)
            score.tp += 1
            self.date(fact.signed_on, self.gold.agreements[match].date, label, sentence)
        for j, g in enumerate(self.gold.agreements):
            if j not in used:
                score.fn += 1
                self.error("agreements", "missed", " + ".join(sorted(g.parties)), g.evidence)
                if g.date:
                    self.date(None, g.date, " + ".join(sorted(g.parties)), g.evidence, matched=False)

    def memberships(self) -> None:
        score = self.scores["memberships"]
        text = self.x.article.text
        used: set[int] = set()
        said = set()  # one membership, whatever roles the member has in the alliance
        for fact in self.x.memberships:
            alliance = self.org_key(fact.alliance)
            member = self.org_key(fact.member) if fact.member is not None else None
            if (alliance, member, fact.count) in said:
                continue
            said.add((alliance, member, fact.count))
            label = f"{member or f'{fact.count} unnamed'} in {alliance}"
            sentence = text[fact.evidence[0]:fact.evidence[1]]
            match = next(
                (j for j, g in enumerate(self.gold.memberships)
                 if j not in used and g.alliance == alliance and g.member == member and (member is not None or g.count == fact.count)),
                None,
            )
            if match is None:
                score.fp += 1
                duplicate = any(g.alliance == alliance and g.member == member and member is not None for g in self.gold.memberships)
                self.error("memberships", "duplicate" if duplicate else "extra", label, sentence)
                continue
            used.add(match)
            score.tp += 1
            self.date(fact.date, self.gold.memberships[match].date, label, sentence)
        for j, g in enumerate(self.gold.memberships):
            if j not in used:
                score.fn += 1
                self.error("memberships", "missed", g.label, g.evidence or self._sentence_of(g.member))
                if g.date:
                    self.date(None, g.date, g.label, g.evidence, matched=False)

    def date(self, predicted: str | None, gold: str | None, label: str, sentence: str, *, matched: bool = True) -> None:
        score = self.scores["dates"]
        if not matched:
            return  # a fact not found is scored in its own category, not twice
        if predicted is not None and predicted == gold:
            score.tp += 1
            return
        if predicted is not None:
            score.fp += 1
        if gold is not None:
            score.fn += 1
        if predicted is not None or gold is not None:
            self.error("dates", "wrong date", f"{label}: {predicted or 'no date'}, gold {gold or 'no date'}", sentence)

    def _sentence_of(self, key: str | None) -> str:
        entity = self.gold.entities.get(key) if key else None
        return self.x.sentence_at(entity.spans[0][0]) if entity and entity.spans else ""

    def roles(self) -> None:
        score = self.scores["roles"]
        text = self.x.article.text
        used: set[int] = set()
        parts_used: dict[int, set[str]] = {}
        said = set()  # one title of a person in an organisation is one role, whatever its concepts
        for fact in self.x.roles:
            person = self.key_of.get(fact.person.id)
            organisation = self.org_key(fact.organization)
            title = f"former {fact.title}" if getattr(fact, "former", False) and not fact.title.lower().startswith("former") else fact.title
            if (fact.person.id, organisation, normalize(title)) in said:
                continue
            said.add((fact.person.id, organisation, normalize(title)))
            label = f"{fact.person.name}, {title}, {organisation}"
            sentence = self.x.sentence_at(fact.evidence[0]) or text[fact.evidence[0]:fact.evidence[1]]
            candidates = [
                j for j, g in enumerate(self.gold.roles)
                if g.person == person and g.organisation == organisation and role_matches(title, fact.role, g.role)
            ]
            if not candidates:
                if any(g.person == person and g.optional for g in self.gold.roles):
                    continue
                score.fp += 1
                self.error("roles", "extra", label, sentence)
                continue
            j = candidates[0]
            part = normalize(title)
            if j in used:
                if part in parts_used[j]:
                    score.fp += 1
                    self.error("roles", "duplicate", label, sentence)
                parts_used[j].add(part)  # another part of the same gold title: neither way
                continue
            used.add(j)
            parts_used[j] = {part}
            score.tp += 1
        for j, g in enumerate(self.gold.roles):
            if j not in used and not g.optional:
                score.fn += 1
                self.error("roles", "missed", f"{g.person}, {g.role}, {g.organisation}", self._sentence_of(g.person))


def role_matches(title: str, slug: str | None, gold: str) -> bool:
    """Whether a title as extracted is the gold's title for the person.

    >>> role_matches("Vice Chancellor", None, "Vice Chancellor and Principal")
    True
    >>> role_matches("Vice-Chancellor", None, "Deputy Vice-Chancellor")
    False
    >>> role_matches("President", None, "former President and Vice-Chancellor")
    False
    >>> role_matches("Director", None, "Vice-Rector, Director of the Research Center")
    True
    """
    wanted = normalize(title)
    parts = _title_parts(gold)
    if wanted in parts:
        return True
    slugs = {lexicon.ROLE_TITLES.get(p) for p in parts} - {None}
    return slug is not None and slug in slugs


def _title_parts(gold: str) -> set[str]:
    whole = normalize(gold)
    words = whole.split()
    modifier = words[0] if words and words[0] in _TEMPORAL else None
    pieces = [normalize(p) for p in re.split(r",|\band\b|&|\s[-–]\s|\(|\)", gold) if normalize(p)]
    parts = {whole}
    for piece in pieces:
        if modifier and not piece.startswith(modifier):
            piece = f"{modifier} {piece}"
        parts.add(piece)
        if " of " in f" {piece} ":
            parts.add(piece.split(" of ")[0].strip())
    return parts


# -- the whole folder ------------------------------------------------------------------------


@dataclass
class GoldEvaluation:
    results: list[GoldResult]
    seconds: float  # extraction only, all articles
    characters: int

    def total(self, category: str) -> Score:
        score = Score()
        for result in self.results:
            score.add(result.scores[category])
        return score

    def as_json(self) -> dict:
        return {
            "scores": {c: self.total(c).as_dict() for c in CATEGORIES},
            "articles": [
                {
                    "article": r.article, "curated_as": r.curated_as,
                    "scores": {c: r.scores[c].as_dict() for c in CATEGORIES},
                    "errors": [{"category": e.category, "error": e.what, "detail": e.detail, "sentence": e.sentence} for e in r.errors],
                }
                for r in self.results
            ],
        }


def evaluate_gold(folder: Path, data_dir: Path, *, progress=lambda article: None) -> GoldEvaluation:
    """Every article of ``folder`` extracted against the held-out registry and scored."""
    results, seconds, characters = [], 0.0, 0
    for gold, extraction, curated_as, spent in extractions(folder, data_dir):
        seconds += spent
        characters += len(gold.article.text)
        result = score_article(extraction, gold)
        result.curated_as = curated_as
        results.append(result)
        progress(gold.name)
    return GoldEvaluation(results, seconds, characters)


def extractions(folder: Path, data_dir: Path) -> Iterator[tuple[GoldArticle, Extraction, str | None, float]]:
    """Each gold article of ``folder`` with its extraction against the held-out registry, the
    curated document it is (if any) and the seconds the extraction took."""
    articles = read_gold_folder(folder)
    registry = load_registry(data_dir)
    documents = load_documents(data_dir)
    curated = load_all_annotations(data_dir, documents, registry)
    named = {d: gold_mentions(documents[d].text, registry) for d in curated}
    by_text = {_same_text(documents[d].text): d for d in curated}
    for gold in articles:
        curated_as = by_text.get(_same_text(gold.article.text))
        reduced, _ = held_out_registry(registry, document=curated_as, gold=named)
        nlp = build_pipeline(reduced)
        started = time.perf_counter()
        try:
            extraction = extract(gold.article, registry=reduced, document_id=f"gold-{gold.name}", pipeline=nlp)
        except UserError:  # names no one: nothing found, every gold fact missed
            extraction = Extraction(document_id=f"gold-{gold.name}", article=gold.article, linked=[], dates=[], agreements=[], roles=[])
        yield gold, extraction, curated_as, time.perf_counter() - started


@dataclass(frozen=True)
class Alignment:
    """What the extraction's entities are in the gold, as the scores see them (for labelling
    the extractor's candidates when training, :mod:`.training`)."""

    gold: GoldArticle
    person_keys: dict[str, str | None]  # predicted person id → gold person key
    org_key: Callable[[object], str]  # predicted organisation entity → gold key, units rolled up; else "(not in the gold: …)"

    def person_key(self, entity) -> str | None:
        return self.person_keys.get(entity.id)


def align(extraction, gold: GoldArticle) -> Alignment:
    """The gold entities the extraction's entities are, matched as :func:`score_article` does."""
    scorer = _Scorer(extraction, gold)
    scorer.institutions()
    organisations = dict(scorer.key_of)
    scorer.people()
    people = {k: v for k, v in scorer.key_of.items() if k not in organisations}
    return Alignment(gold, people, scorer.org_key)


def _same_text(text: str) -> str:
    return " ".join(text.split())


def markers(folder: str) -> tuple[str, str]:
    """The lines around the section of one gold folder (one section per folder in a file)."""
    return (
        f"<!-- unikg evaluate --gold {folder}: begin (written by `unikg evaluate --gold DIR --results FILE`; do not edit by hand) -->",
        f"<!-- unikg evaluate --gold {folder}: end -->",
    )


def results_section(evaluation: GoldEvaluation, *, folder: str) -> str:
    """The Markdown block ``unikg evaluate --gold DIR --results FILE`` keeps in FILE."""
    begin, end = markers(folder)
    lines = [
        begin,
        f"`unikg evaluate --gold {folder}`: {len(evaluation.results)} articles, strict "
        f"({EXTRACTOR} {VERSION}; what counts as a match: the docstring of graph/ingest/gold.py).",
        "",
        f"Machine: {machine()}.",
        "",
        "| scored | precision | recall | F1 | tp | fp | fn |",
        "|---|---|---|---|---|---|---|",
    ]
    for category in CATEGORIES:
        s = evaluation.total(category)
        lines.append(f"| {category} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.tp} | {s.fp} | {s.fn} |")
    lines += ["", "| article | " + " | ".join(f"{c} F1" for c in CATEGORIES) + " | curated as |", "|---" * (len(CATEGORIES) + 2) + "|"]
    for r in evaluation.results:
        lines.append(f"| {r.article} | " + " | ".join(f"{r.scores[c].f1:.2f}" for c in CATEGORIES) + f" | {r.curated_as or '—'} |")
    rate = evaluation.characters / evaluation.seconds if evaluation.seconds else 0
    lines += ["", f"Extraction: {evaluation.characters:,} characters in {evaluation.seconds:.2f} s ({rate:,.0f} characters/s).", "", "Remaining errors:", ""]
    for r in evaluation.results:
        if r.errors:
            lines.append(f"- **{r.article}**")
            lines += [f"  - {e.category}, {e.what}: {e.detail}" for e in r.errors]
    lines.append(end)
    return "\n".join(lines) + "\n"


def write_results(path: Path, evaluation: GoldEvaluation, *, folder: str) -> None:
    heading = f"### Ingesting articles: strict scores on {folder} (`unikg evaluate --gold`)"
    begin, end = markers(folder)
    keep_section(path, results_section(evaluation, folder=folder), begin=begin, end=end, heading=heading)
