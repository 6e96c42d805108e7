"""The spaCy pipeline: sentences, then mentions of organisations, people, countries and places.

A blank English pipeline (no statistical model: none is downloaded), with

- ``unikg_norm``: each token's ``norm_`` is its text folded (case, accents, typographic
  apostrophes), so registry names match whatever the case or accents;
- ``sentencizer`` and ``unikg_paragraphs`` (a line break also ends a sentence: headlines,
  bullet lists);
- ``unikg_entities`` (:class:`EntityFinder`), seeded from the registry: a PhraseMatcher over
  every name, acronym and spelling; token patterns for people's names in any word order; fuzzy
  token patterns for typos ("Chine"); and token patterns for institutions not yet known (see
  :mod:`.patterns`). Overlaps are resolved longest first; the result is ``doc.ents`` and the
  list :func:`mentions`.

>>> from unikg.graph.registry import Registry
>>> nlp = build_pipeline(Registry(organizations={}, people={}, countries={}, cities={}))
>>> [(m.text, m.kind, m.source) for m in mentions(nlp("It was signed with Northwest Normal University (Pakistan)."))]
[('Northwest Normal University (Pakistan)', 'organization', 'pattern')]
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import pycountry
import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..registry import Registry
from . import lexicon, patterns
from .folding import fold

KIND_LABELS = {"organization": "ORG", "person": "PERSON", "country": "GPE", "city": "LOC"}

_SPACES = re.compile(r"[^\S\n]")


@dataclass(frozen=True, kw_only=True)
class Mention:
    start: int  # character offsets in the article text
    end: int
    text: str
    kind: str  # organization | person | country | city
    source: str  # registry | person-order | fuzzy | pattern | acronym | place | title
    sentence: int  # index of the sentence in doc.sents
    registry_id: str | None = None  # set when a registry name matched
    token_start: int = 0
    token_end: int = 0


# -- the pipeline ----------------------------------------------------------------------------


def build_pipeline(registry: Registry) -> Language:
    """A fresh blank-English pipeline that knows the registry's names."""
    _register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("unikg_norm")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("unikg_paragraphs")
    nlp.add_pipe("unikg_entities").load(registry)
    return nlp


def analyse(nlp: Language, text: str) -> Doc:
    """Run the pipeline; every Unicode space (a no-break space) counts as a space.

    The replacement keeps one character for one character, so token offsets are offsets in
    ``text`` itself.
    """
    return nlp(_SPACES.sub(" ", text))


def mentions(doc: Doc) -> list[Mention]:
    return list(doc.user_data.get("unikg_mentions", []))


@Language.component("unikg_norm")
def _norm(doc: Doc) -> Doc:
    for token in doc:
        token.norm_ = fold(token.text)
    return doc


@Language.component("unikg_paragraphs")
def _paragraphs(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.factory("unikg_entities")
def _make_entity_finder(nlp: Language, name: str) -> EntityFinder:
    return EntityFinder(nlp)


def _register_extensions() -> None:
    for name, getter in (
        ("ukg_namepart", patterns.is_namepart),
        ("ukg_head", patterns.is_head),
        ("ukg_personword", patterns.is_personword),
    ):
        if not Token.has_extension(name):
            Token.set_extension(name, getter=getter)


# -- the entity finder -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    start: int  # token offsets
    end: int
    kind: str
    source: str
    priority: int
    registry_id: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


_PRIORITY = {"registry": 5, "person-order": 4, "fuzzy": 3, "pattern": 2, "title": 2, "acronym": 1, "place": 1}


class EntityFinder:
    """Finds mentions with matchers seeded from a registry (``load``)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self.tokens = Matcher(nlp.vocab)
        self.institutions = Matcher(nlp.vocab)
        self.titles = PhraseMatcher(nlp.vocab, attr="NORM")
        self.keys: dict[int, tuple[str, str, str]] = {}  # match id → (kind, id, source)
        self.single_token_forms: set[int] = set()
        self.countries: dict[str, str] = {}  # folded name → ISO code

    def load(self, registry: Registry) -> EntityFinder:
        forms = _registry_forms(registry)
        for kind, ident, text in forms:
            pattern = self.nlp.make_doc(text)
            for token in pattern:
                token.norm_ = fold(token.text)
            key = f"{kind}|{ident}"
            self.keys[self.nlp.vocab.strings.add(key)] = (kind, ident, "registry")
            self.phrases.add(key, [pattern])
            if kind == "country":
                self.countries[fold(text)] = ident
        for kind, ident, text in registry.surface_forms():  # typos of registry names only
            self._add_fuzzy(kind, ident, text)
        for person in registry.people.values():
            self._add_person_orders(person.id, [person.name, *person.spellings])
        for key, pattern_list in patterns.institution_patterns().items():
            self.institutions.add(key, pattern_list, greedy="LONGEST")
        for title in lexicon.ROLE_TITLES:
            pattern = self.nlp.make_doc(title)
            for token in pattern:
                token.norm_ = fold(token.text)
            self.titles.add("TITLE", [pattern])
        return self

    def _add_fuzzy(self, kind: str, ident: str, text: str) -> None:
        if kind == "person":
            return
        words = [t.text for t in self.nlp.make_doc(text)]
        if not any(len(w) >= 5 and w.isalpha() for w in words):
            return
        pattern = [
            {"NORM": {"FUZZY2" if len(w) >= 9 else "FUZZY1": fold(w)}} if len(w) >= 5 and w.isalpha() else {"NORM": fold(w)}
            for w in words
        ]
        if len(words) == 1:
            pattern[0]["IS_LOWER"] = False
        key = f"{kind}|{ident}"
        self.keys[self.nlp.vocab.strings.add(key + "|fuzzy")] = (kind, ident, "fuzzy")
        self.tokens.add(key + "|fuzzy", [pattern])

    def _add_person_orders(self, ident: str, names: list[str]) -> None:
        orders = []
        for name in names:
            words = [fold(w) for w in re.findall(r"[\w'’.-]+", name)]
            if 2 <= len(words) <= 3:
                for order in itertools.permutations(words):
                    pattern = [{"NORM": w} for w in order]
                    orders.append(pattern + [{"_": {"ukg_personword": True}, "OP": "?"}])
                    orders.append(pattern)
        if orders:
            key = f"person|{ident}|order"
            self.keys[self.nlp.vocab.strings.add(key)] = ("person", ident, "person-order")
            self.tokens.add(key, orders, greedy="LONGEST")

    # -- finding ---------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        candidates = self._registry_candidates(doc)
        people = [c for c in candidates if c.kind == "person"]
        institutions = patterns.institutions(
            doc, self.institutions(doc), people=people, countries=self.countries,
            registry_spans=[c for c in candidates if c.kind in ("organization", "person")],
        )
        candidates += [_Candidate(s, e, "organization", "pattern", _PRIORITY["pattern"]) for s, e in institutions]
        chosen = _resolve(candidates, [])
        chosen = _resolve(
            [_Candidate(s, e, "organization", "acronym", 1) for s, e in patterns.acronyms(doc)]
            + [_Candidate(s, e, "city", "place", 1) for s, e in patterns.places(doc)],
            chosen,
        )
        titles = [(doc[s:e]) for _, s, e in self.titles(doc)]
        orgs = [(c.start, c.end) for c in chosen if c.kind == "organization"]
        chosen = _resolve(
            [_Candidate(s, e, "person", "title", 1) for s, e in patterns.titled_people(doc, titles, orgs)],
            chosen,
        )
        chosen.sort(key=lambda c: c.start)
        doc.ents = [Span(doc, c.start, c.end, label=KIND_LABELS[c.kind], kb_id=c.registry_id or "") for c in chosen]
        sentence_of = {}
        for number, sentence in enumerate(doc.sents):
            for i in range(sentence.start, sentence.end):
                sentence_of[i] = number
        doc.user_data["unikg_mentions"] = [
            Mention(
                start=doc[c.start].idx,
                end=doc[c.end - 1].idx + len(doc[c.end - 1].text),
                text=doc[c.start:c.end].text,
                kind=c.kind,
                source=c.source,
                sentence=sentence_of[c.start],
                registry_id=c.registry_id,
                token_start=c.start,
                token_end=c.end,
            )
            for c in chosen
        ]
        doc.user_data["unikg_titles"] = [(s.start, s.end) for s in titles]
        return doc

    def _registry_candidates(self, doc: Doc) -> list[_Candidate]:
        found = []
        token_matches = self.tokens(doc) if len(self.tokens) else []
        for match_id, start, end in itertools.chain(self.phrases(doc), token_matches):
            kind, ident, source = self.keys[match_id]
            span = doc[start:end]
            if end - start == 1 and span[0].is_lower and not span.text.isdigit():
                continue  # "cup" is not CUP: one-word names match only when capitalised
            if any(t.is_space for t in span):
                continue
            found.append(_Candidate(start, end, kind, source, _PRIORITY[source], ident))
        return found


def _resolve(candidates: list[_Candidate], chosen: list[_Candidate]) -> list[_Candidate]:
    """Add candidates to ``chosen``: longest first, then by priority, never overlapping."""
    taken = set()
    for c in chosen:
        taken.update(range(c.start, c.end))
    result = list(chosen)
    for c in sorted(candidates, key=lambda c: (-c.length, -c.priority, c.start)):
        if taken.isdisjoint(range(c.start, c.end)):
            result.append(c)
            taken.update(range(c.start, c.end))
    return result


def _registry_forms(registry: Registry) -> list[tuple[str, str, str]]:
    """(kind, id, text) for every registry name, plus the ISO names of every country."""
    forms = set(registry.surface_forms())
    for country in pycountry.countries:
        for text in {country.name, getattr(country, "common_name", None)} - {None}:
            if "," not in text:
                forms.add(("country", country.alpha_2, text))
    return sorted(forms)
