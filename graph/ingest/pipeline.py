"""The spaCy pipeline: sentences, then mentions of organisations, people, countries and places.

A blank English pipeline (no statistical model: none is downloaded), on the vocabulary the
gazetteer shares (:mod:`.gazetteer`), with

- ``unikg_norm``: each token's ``norm_`` is its text folded (case, accents, typographic
  apostrophes), so names match whatever the case or accents;
- ``sentencizer`` and ``unikg_sentence_bounds`` (a line break also ends a sentence: headlines,
  bullet lists; the full stop of a name's abbreviated word does not: "Ma. Teresa Villanueva",
  and honorifics such as "Fr." and "Sr." are one token, as "Prof." is);
- ``unikg_entities`` (:class:`EntityFinder`), seeded from the registry. In three rounds, each
  resolved longest first (then by how sure its source is), never overlapping what an earlier
  round chose:

  1. the dateline's place ("KOCHI:", see :mod:`.places`); names of the registry (a
     PhraseMatcher over every name, acronym and spelling; people in any word order); names of
     the gazetteer; institutions of the token patterns (:mod:`.institutions`), and names an
     apposition calls an organisation ("Nuffic, the Dutch organisation for ..."); the long
     forms of acronym definitions (:mod:`.acronyms`), which give a name its full extent;
     registry names written with a typo (:mod:`.typos`); a registry acronym inside a longer
     capitalised name only as the registry writes it ("Abu Dhabi" is not ABU);
  2. acronyms (the defined ones, and capitals outside headlines), country codes ("USA"),
     places after "held in", names in an organisation's context (lists, "Sorbonne and Bologna
     Universities", "Sheffield's Professor ..."); nothing of a dateline but its place;
  3. people next to role titles, after honorifics, after "said", after "his counterpart from
     ORG," (:mod:`.people`); short forms of the article's organisations used alone ("Unicamp",
     "Arqus", "Los Andes", "Sapienza Rector"); then "UNIT of ACR" ("College of Earth Sciences of
     JLU") is split into the unit and its parent.

The result is ``doc.ents`` and the list :func:`mentions`; ``doc.user_data`` also keeps the
role titles (:mod:`.titles`), the acronym definitions (acronym mention → the mention of its
long form) and where the dateline ends.

>>> from unikg.graph.registry import Registry
>>> nlp = build_pipeline(Registry(organizations={}, people={}, countries={}, cities={}))
>>> [(m.text, m.kind, m.source) for m in mentions(nlp("It was signed with Northwest Normal University (Pakistan)."))]
[('Northwest Normal University', 'organization', 'reference'), ('Pakistan', 'country', 'registry')]
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import pycountry
import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.attrs import ORTH, SENT_START
from spacy.tokens import Doc, Span, Token

from ..places import fold as place_words, load_places
from ..registry import Registry
from . import acronyms, alliances, institutions, lexicon, people, places, titles
from .folding import fold
from .gazetteer import gazetteer
from .sentences import sentence_of, sentences
from .typos import TypoIndex

KIND_LABELS = {"organization": "ORG", "person": "PERSON", "country": "GPE", "city": "LOC"}

_SPACES = re.compile(r"[^\S\n]")
_DIGIT_ACRONYM = re.compile(r"[A-Z]{1,3}\d{1,2}[A-Z]{1,3}")  # an acronym with a number in it: "N5T"


@dataclass(frozen=True, kw_only=True)
class Mention:
    start: int  # character offsets in the article text
    end: int
    text: str
    kind: str  # organization | person | country | city
    source: str  # registry | person-order | reference | pattern | definition | acronym | list | ... (_PRIORITY)
    sentence: int  # index of the sentence in doc.sents
    registry_id: str | None = None  # set when a registry name matched
    token_start: int = 0
    token_end: int = 0
    head: str | None = None  # the head noun a coordinated name shares: "Bologna" (Universities)


# -- the pipeline ----------------------------------------------------------------------------


def build_pipeline(registry: Registry) -> Language:
    """A fresh blank-English pipeline that knows the registry's names (and the gazetteer's)."""
    _register_extensions()
    nlp = spacy.blank("en", vocab=gazetteer().vocab)
    for abbreviation in people.HONORIFIC_ABBREVIATIONS:  # "Assoc. Prof. Dr. X", "Engr. X": one token, no sentence end
        for written in {abbreviation, abbreviation.lower(), abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    for saints in ("Ss.", "Sts."):  # "Ss. Cyril and Methodius University": saints written short end no sentence (as "St." does not)
        nlp.tokenizer.add_special_case(saints, [{ORTH: saints}])
    for noun in ("MoU", "MoUs", "MOU", "MOUs", "MoA", "MoAs", "MOA", "MOAs"):  # "signed an MoU." ends its sentence
        nlp.tokenizer.add_special_case(noun + ".", [{ORTH: noun}, {ORTH: "."}])
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=\.)-$"]  # "AREQUIPA.- The ...": a dateline's ".-" is no part of its place
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.tokenizer.token_match = _DIGIT_ACRONYM.fullmatch  # "N5T" one token, as "Go8" is (not "N5", "T": a unit's suffix)
    nlp.add_pipe("unikg_norm")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("unikg_sentence_bounds")
    nlp.add_pipe("unikg_entities").load(registry)
    return nlp


def analyse(nlp: Language, text: str) -> Doc:
    """Run the pipeline; every Unicode space (a no-break space) counts as a space.

    The replacement keeps one character for one character, so token offsets are offsets in
    ``text`` itself. Any length: spaCy's limit of 1,000,000 characters guards the memory of a
    parser and a statistical tagger, which this pipeline has not (1 MB takes about 13 s and
    0.4 GB more; ``UNIKG_INGEST_MAX_BYTES`` is the limit).
    """
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    return nlp(_SPACES.sub(" ", text))


def mentions(doc: Doc) -> list[Mention]:
    return list(doc.user_data.get("unikg_mentions", []))


@Language.component("unikg_norm")
def _norm(doc: Doc) -> Doc:
    for token in doc:
        token.norm_ = fold(token.text)
    return doc


@Language.component("unikg_sentence_bounds")
def _sentence_bounds(doc: Doc) -> Doc:
    """A token after a line break starts a sentence; a name after the full stop of an
    abbreviated first name does not ("CHED Chairperson Ma. Teresa Villanueva said"; see
    :func:`.people.abbreviated_name_word`). Set in one array: spaCy's per-token setter checks
    the whole text each time."""
    starts = doc.to_array([SENT_START])
    changed = False
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space and starts[token.i] != 1:
            starts[token.i] = 1
            changed = True
        elif starts[token.i] == 1 and token.i >= 2 and people.abbreviated_name_word(doc, token.i - 2):
            starts[token.i] = starts[token.i - 1]  # the value of "not a start" (-1, as this array holds it)
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc


@Language.factory("unikg_entities")
def _make_entity_finder(nlp: Language, name: str) -> EntityFinder:
    return EntityFinder(nlp)


def _register_extensions() -> None:
    for name, getter in (
        ("ukg_namepart", institutions.is_namepart),
        ("ukg_head", institutions.is_head),
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
    head: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


_PRIORITY = {
    "dateline": 7, "registry": 6, "person-order": 5, "reference": 4, "definition": 4, "pattern": 3, "acronym-city": 3,
    "title": 2, "honorific": 2, "speech": 2, "acronym": 1, "place": 1, "list": 1, "coordinated": 1,
    "short": 1, "family": 1, "country-code": 1, "fuzzy": 2, "apposition": 1, "described": 2,
}


class EntityFinder:
    """Finds mentions with matchers seeded from a registry (``load``)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self.person_orders: dict[str, list[tuple[tuple[str, ...], int, int]]] = {}  # folded first word → (a person's name words in some order, match id, the person's rank in loading)
        self.institutions = Matcher(nlp.vocab)
        self.keys: dict[int, tuple[str, str, str]] = {}  # match id → (kind, id, source)
        self.countries: dict[str, str] = {}  # folded name → ISO code
        self.known_names: set[str] = set()  # folded names of the registry and the gazetteer
        self.acronyms: dict[str, set[str]] = {}  # folded registry acronym → the ways the registry writes it
        self.typos = TypoIndex([])

    def load(self, registry: Registry) -> EntityFinder:
        for kind, ident, text in _registry_forms(registry):
            pattern = self.nlp.make_doc(text)
            for token in pattern:
                token.norm_ = fold(token.text)
            key = f"{kind}|{ident}"
            self.keys[self.nlp.vocab.strings.add(key)] = (kind, ident, "registry")
            self.phrases.add(key, [pattern])
            if kind == "country":
                self.countries[fold(text)] = ident
            if kind == "organization":
                self.known_names.add(fold(text))
        self.known_names |= set(gazetteer().names)
        for organization in registry.organizations.values():
            for acronym in organization.acronyms:
                self.acronyms.setdefault(fold(acronym), set()).add(acronym)
        for organization in registry.organizations.values():  # a name or spelling folded the same is no acronym ("Cusat")
            for name in (organization.name, *organization.spellings):
                self.acronyms.pop(fold(name), None)
        self.countries.update({fold(code): iso for code, iso in places.COUNTRY_CODES.items()})
        self.typos = TypoIndex(registry.surface_forms())
        for person in registry.people.values():
            self._add_person_orders(person.id, [person.name, *person.spellings])
        for key, pattern_list in institutions.institution_patterns().items():
            self.institutions.add(key, pattern_list, greedy="LONGEST")
        return self

    def _add_person_orders(self, ident: str, names: list[str]) -> None:
        orders = set()
        for name in names:
            words = [fold(w) for w in re.findall(r"[\w'’.-]+", name)]
            if 2 <= len(words) <= 3:
                orders.update(itertools.permutations(words))
        if orders:
            key = f"person|{ident}|order"
            match_id = self.nlp.vocab.strings.add(key)
            self.keys[match_id] = ("person", ident, "person-order")
            for order in sorted(orders):
                self.person_orders.setdefault(order[0], []).append((order, match_id, len(self.keys)))

    # -- finding ---------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        dateline = places.dateline(doc)
        known = self._registry_candidates(doc)
        named = {i for c in known if c.kind in ("organization", "person") for i in range(c.start, c.end)}
        known += [_Candidate(s, e, kind, "fuzzy", _PRIORITY["fuzzy"], ident) for s, e, kind, ident in self.typos.find(doc, named)]
        people_found = [c for c in known if c.kind == "person"]
        patterns = institutions.institutions(
            doc, self.institutions(doc), people=people_found, countries=self.countries,
            places={i for c in known if c.kind in ("country", "city") for i in range(c.start, c.end)},
            registry_spans=[c for c in known if c.kind in ("organization", "person")], known_names=self.known_names,
        )
        definitions = acronyms.definitions(doc)
        named = [d for d in definitions if _names_an_organisation(doc, *d.long)]
        shorts = {d.short for d in named}
        short_texts = {doc[s:e].text for s, e in shorts}
        first = (
            known + self._reference_candidates(doc)
            + [_candidate(s, e, "organization", "pattern") for s, e in patterns + institutions.national_associations(doc, self.countries)]
            + [_candidate(s, e, "organization", "acronym-city") for s, e in places.acronyms_with_a_city(doc)]
            + [_candidate(s, e, "organization", "apposition") for s, e in institutions.appositive_names(doc, self.countries)]
            + [_candidate(*d.long, "organization", "definition") for d in named]
            + [_candidate(s, e, "organization", "acronym" if (s, e) in shorts or doc[s:e].text in short_texts else "described")
               for s, e in alliances.alliance_names(doc, definitions)]  # a defined short form so described is the acronym of its long form
        )
        described = _descriptions(doc)
        first = [c for c in first if not (c.source in ("reference", "pattern") and c.start in described)]
        if dateline is not None:
            first = [c for c in first if c.start >= dateline.end or c.source == "registry" and c.kind in ("country", "city")]
            first += [_candidate(*dateline.place, "city", "dateline")] if dateline.place is not None else []
        chosen = _resolve(first, [])
        taken = {i for c in chosen for i in range(c.start, c.end)}
        after = dateline.end if dateline is not None else 0
        second = [_candidate(*d.short, "organization", "acronym") for d in definitions]
        second += [_candidate(s, e, "organization", "acronym") for s, e in _later_uses(doc, definitions)]
        for s, e in places.acronyms(doc):
            code = places.country_code(doc[s].text)
            second.append(_Candidate(s, e, "country", "country-code", _PRIORITY["country-code"], code) if code else _candidate(s, e, "organization", "acronym"))
        second += [_candidate(s, e, "city", "place") for s, e in places.places(doc)]
        second += [_Candidate(s, e, "organization", "list", _PRIORITY["list"], head=h) for s, e, h in institutions.listed_names(doc, taken, self.countries)]
        coordinated = [_Candidate(s, e, "organization", "coordinated", 1, head=h) for s, e, h in institutions.coordinated_heads(doc, taken, self.countries)]
        coordinated += [_Candidate(s, e, "organization", "coordinated", 1, head=h) for s, e, h in institutions.ministries_of_ministers(doc, taken)]
        named_after = {i for c in coordinated if c.head.endswith(" of") for i in range(c.start, c.end)}
        chosen = [c for c in chosen if not (c.kind == "country" and named_after.intersection(range(c.start, c.end)))]
        second += coordinated
        chosen = _resolve([c for c in second if c.start >= after], chosen)
        title_spans = titles.find_titles(doc)
        orgs = [(c.start, c.end) for c in chosen if c.kind == "organization"]
        countries = [(c.start, c.end) for c in chosen if c.kind == "country"]
        third = [_candidate(s, e, "person", "title") for s, e in people.titled_people(doc, [doc[s:e] for s, e in title_spans], orgs, countries=countries)]
        third += [_candidate(s, e, "person", "honorific") for s, e in people.honorific_names(doc)]
        third += [_candidate(s, e, "person", "speech") for s, e in people.spoken_names(doc)]
        third += [_candidate(s, e, "person", "title") for s, e in people.counterpart_names(doc, orgs)]
        third += [_candidate(s, e, "organization", "short") for s, e in _short_names(doc, chosen, title_spans, self.countries)]
        chosen = _resolve([c for c in third if c.start >= after], chosen)
        full_people = [(c.start, c.end) for c in chosen if c.kind == "person" and c.length >= 2]
        chosen = _resolve([_candidate(s, e, "person", "family") for s, e in people.family_names(doc, full_people)], chosen)
        chosen = _units_of_named(doc, chosen)
        chosen.sort(key=lambda c: c.start)
        doc.ents = [Span(doc, c.start, c.end, label=KIND_LABELS[c.kind], kb_id=c.registry_id or "") for c in chosen]
        doc.user_data["unikg_alliances"] = alliances.described(doc, [(c.start, c.end) for c in chosen if c.kind == "organization"])
        self._keep(doc, chosen, title_spans, definitions, dateline)
        return doc

    def _keep(self, doc: Doc, chosen: list[_Candidate], title_spans, definitions, dateline) -> None:
        sentence_of = {}
        for number, sentence in enumerate(sentences(doc)):
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
                head=c.head,
            )
            for c in chosen
        ]
        doc.user_data["unikg_titles"] = title_spans
        org_ending = {c.end: c.start for c in chosen if c.kind == "organization"}
        org_starting = {c.start: c for c in chosen if c.kind == "organization"}
        defined = {}
        for d in definitions:
            long_start = org_ending.get(d.long[1]) if d.long[1] not in org_starting else None
            if long_start is None and d.long[0] in org_starting and org_starting[d.long[0]].end == d.long[1]:
                long_start = d.long[0]
            if long_start is not None and d.short[0] in org_starting and d.short[0] != long_start:
                defined[d.short[0]] = long_start
        doc.user_data["unikg_definitions"] = defined
        doc.user_data["unikg_dateline"] = doc[dateline.end - 1].idx + len(doc[dateline.end - 1].text) if dateline is not None else 0

    def _registry_candidates(self, doc: Doc) -> list[_Candidate]:
        found = []
        for match_id, start, end in itertools.chain(self.phrases(doc), self._person_order_matches(doc)):
            kind, ident, source = self.keys[match_id]
            span = doc[start:end]
            if end - start == 1 and span[0].is_lower and not span.text.isdigit():
                continue  # "cup" is not CUP: one-word names match only when capitalised
            if end - start == 1 and not span.text.isupper() and span.text not in self.acronyms.get(span[0].norm_, {span.text}) and _in_a_longer_name(doc, start):
                continue  # "Abu Dhabi" is not ABU: an acronym inside a longer name matches as the registry writes it, or in capitals
            if any(t.is_space for t in span):
                continue
            found.append(_Candidate(start, end, kind, source, _PRIORITY[source], ident))
        return found

    def _person_order_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of the registry's people written in any order of their name's
        words, with one more word of a name after them if there is one ("Smith John Paul"): for
        each person the longest first and none overlapping, the people in the order their names
        first end in the text. What a spaCy Matcher gave for one pattern per order (greedy
        "LONGEST"), found by looking up each word's norm instead of trying every pattern at
        every token (a third of the pipeline's time)."""
        norms = [t.norm_ for t in doc]
        spans: dict[int, tuple[int, set[tuple[int, int]]]] = {}  # rank → (match id, the orders found)
        for i, norm in enumerate(norms):
            for words, match_id, rank in self.person_orders.get(norm, ()):
                if tuple(norms[i:i + len(words)]) == words:
                    spans.setdefault(rank, (match_id, set()))[1].add((i, i + len(words)))
        found = []
        for rank in sorted(spans, key=lambda r: (min((e, s) for s, e in spans[r][1]), r)):
            match_id, orders = spans[rank]
            longer = {(s, e + 1) for s, e in orders if e < len(doc) and people.is_personword(doc[e])}
            taken: set[int] = set()
            for s, e in sorted(orders | longer, key=lambda p: (p[0] - p[1], p[0])):
                if taken.isdisjoint(range(s, e)):
                    found.append((match_id, s, e))
                    taken.update(range(s, e))
        return found

    def _reference_candidates(self, doc: Doc) -> list[_Candidate]:
        """Names of the gazetteer, written capitalised (the little words of names aside), or
        with a word inside in lower case that is no little word of English, as a name of
        another language writes it ("Université libre de Bruxelles", "Nourah bint Abdulrahman")."""
        found = []
        for _, start, end in gazetteer().matcher(doc):
            if doc[start].text == "the":  # "the University of Tokyo" (the list writes "The University of Tokyo")
                start += 1
            words = [t for t in doc[start:end] if t.is_alpha]
            if words and words[0].text[0].isupper() and words[-1].text[0].isupper() \
                    and all(t.text[0].isupper() or t.lower_ in lexicon.NAME_LITTLE_WORDS or not t.is_stop or institutions.is_joined_particle(t) for t in words) \
                    and not institutions.goes_on_into_something_else(doc, end):
                found.append(_candidate(start, end, "organization", "reference"))
        return found


def _in_a_longer_name(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` goes on into capitalised words, as a place's first word does
    ("Abu Dhabi"), not into a title ("Kaznu Rector")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and after.is_alpha and after.text[:1].isupper() and after.lower_ not in lexicon.TITLE_WORDS


def _candidate(start: int, end: int, kind: str, source: str) -> _Candidate:
    return _Candidate(start, end, kind, source, _PRIORITY[source])


def _descriptions(doc: Doc) -> set[int]:
    """Tokens of capitalised words that describe, not name: a region's adjective and head nouns
    after "a" or "an" ("the FORTHEM alliance, a European University that brings together ..."),
    or after ", the" with "that" after them ("ENLIGHT, the European University Alliance that was
    selected ..."): what an alliance is, not another organisation (nor the "University Alliance"
    inside it)."""
    found: set[int] = set()
    words = lambda t: institutions.is_head(t) or institutions.is_descriptive(t.text)
    for token in doc[1:]:
        before = doc[token.i - 1].text  # in small letters: "CIVIS - A European Civic University" is a tagline, a name
        if before not in {"a", "an", "the"} or not words(token):
            continue
        k = token.i
        while k < len(doc) and words(doc[k]):
            k += 1
        run = doc[token.i:k]
        if not any(institutions.is_head(t) for t in run) or all(institutions.is_head(t) for t in run):
            continue
        after = doc[k].lower_ if k < len(doc) else ""
        if before in {"a", "an"} or token.i > 1 and doc[token.i - 2].text == "," and after == "that":
            found.update(range(token.i, k))
    return found


def _names_an_organisation(doc: Doc, start: int, end: int) -> bool:
    """A long form with a head noun: "Maasai Mara University", not "Memorandum of Understanding";
    or with a noun that names a body when an acronym is defined for it ("Regional Universities
    Forum for ... (Ruforum)", "São Paulo Research Foundation (FAPESP)")."""
    if any(institutions.is_head(t) for t in doc[start:end]):
        return True
    return doc[start].lower_ not in lexicon.TITLE_WORDS and any(  # not "Director of the X Exchange Service (DAAD)"
        t.text in lexicon.DEFINED_HEADS and (t.i == end - 1 or doc[t.i + 1].lower_ in institutions.FIRST_CONNECTORS)
        for t in doc[start:end]
    )


def _in_capitals(sentence: Span) -> bool:
    """An all-capitals headline."""
    words = [t for t in sentence if t.is_alpha and len(t) > 1]
    return bool(words) and sum(t.is_upper for t in words) > len(words) / 2


def _later_uses(doc: Doc, definitions: list[acronyms.Definition]) -> list[tuple[int, int]]:
    """Later uses of a defined short form that :func:`.places.acronyms` does not find alone:
    of two tokens ("NC A&T"), of two capitals ("KU"), or in small letters ("Oamk", "Usach"),
    outside an all-capitals headline; one with a number in it ("N5T", "Go8") also before its
    definition (a headline's "N5T rectors meet ...")."""
    found = []
    starts: dict[str, list[int]] = {}  # each token's text → where it is (one pass, not one per definition)
    texts = [t.text for t in doc]
    for i, text in enumerate(texts):
        starts.setdefault(text, []).append(i)
    for d in definitions:
        size = d.short[1] - d.short[0]
        words = texts[d.short[0]:d.short[1]]
        if size < 2 and acronyms.is_acronym(words[0]) and not (len(words[0]) == 2 and words[0].isupper()):
            continue  # found as an acronym anywhere (places.acronyms)
        anywhere = any(c.isdigit() for c in words[0])  # "N5T rectors meet" in a headline above "Nordic Five Tech (N5T)": no word but the name's
        for i in starts.get(words[0], ()):
            if (i >= d.short[1] or anywhere and i < d.short[0]) and texts[i:i + size] == words and not (size == 1 and _in_capitals(sentence_of(doc, i))):
                found.append((i, i + size))
    return found


def _short_names(doc: Doc, chosen: list[_Candidate], title_spans, countries: dict[str, str]) -> list[tuple[int, int]]:
    """One word that an organisation of the article is named after, where news uses it for
    the organisation: before a possessive and a title or a title ("Sheffield's Professor",
    "Tsinghua President"), before a possessive and a unit ("Yonsei's Graduate School of
    ..."), before "was represented by", and then wherever the article writes it alone
    ("Ateneo and Sophia University signed" once "Ateneo vice president" has shown it)."""
    words = {}
    for c in chosen:
        if c.kind == "organization":
            distinct = [t.text for t in doc[c.start:c.end] if t.is_alpha and t.text[0].isupper() and not institutions.is_head(t) and t.lower_ not in institutions.CONNECTORS]
            if len(distinct) == 1 or (distinct and doc[c.start].text == distinct[0] and len(distinct[0]) >= 4 and not institutions.is_descriptive(distinct[0])):  # "Sapienza Rector X", not "Russian Ambassador"
                words.setdefault(distinct[0], set()).add(c.start)
    taken = {i for c in chosen for i in range(c.start, c.end)}
    title_starts = {s for s, _ in title_spans}
    unit_starts = {c.start for c in chosen if c.kind == "organization" and any(t.text in lexicon.UNIT_HEADS for t in doc[c.start:c.end])}
    firsts = {doc[c.start].text for c in chosen if c.kind == "organization" and c.length >= 2 and doc[c.start].is_alpha
              and not any(t.text in lexicon.UNIT_HEADS for t in doc[c.start:c.end])}  # not "UW" of "UW Press Office"
    found = []
    for token in doc:
        if token.i in taken or (token.text not in words and token.text not in firsts):
            continue
        nxt = token.i + 1
        owner = nxt < len(doc) and doc[nxt].text in {"'s", "’s"}
        if owner:
            nxt += 1
        if (token.text in words and (nxt in title_starts or _represented(doc, nxt))) or (owner and nxt in unit_starts):  # "Tsinghua President", "Yonsei's Graduate School of ..."
            found.append((token.i, token.i + 1))  # "Memorial's Marine Institute": the first word of a name, even one like an adjective
    contracted = {acronyms.contraction(doc[c.start:c.end].text) for c in chosen if c.kind == "organization"}  # "UTalca" of "Universidad de Talca"
    found += [(t.i, t.i + 1) for t in doc if t.text in contracted and t.i not in taken and acronyms.CONTRACTION.fullmatch(t.text)]
    used = {doc[s].text for s, _ in found}  # a word so used names the organisation wherever the article writes it alone
    found += [(t.i, t.i + 1) for t in doc if t.text in used and t.i not in taken and (t.i, t.i + 1) not in found and not _before_a_head(doc, t.i)]
    return found + _names_used_alone(doc, chosen, taken, countries)


def _represented(doc: Doc, i: int) -> bool:
    """"Cádiz was represented by its Vice-Rector": what a person represents is an organisation."""
    return [t.lower_ for t in doc[i:i + 3]] in (["was", "represented", "by"], ["is", "represented", "by"], ["were", "represented", "by"])


def _before_a_head(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and institutions.is_head(doc[i + 1])


def _units_of_named(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """"College of Earth Sciences of JLU", "Faculty of Engineering of Los Andes", "Foreign
    Relations Office of MUST": a unit, then "of" and an organisation the article names otherwise
    (an acronym, or the end of another of its names) are two mentions, the unit's and its parent's."""
    orgs = [c for c in chosen if c.kind == "organization"]
    texts = {fold(doc[c.start:c.end].text) for c in orgs}
    result = []
    for c in chosen:
        split = None
        if c.kind == "organization" and c.source in ("pattern", "definition"):
            ofs = [k for k in range(c.start + 1, c.end - 1) if doc[k].lower_ == "of"]
            for n, k in enumerate(ofs):
                unit = doc[c.start:k]
                if not any(t.text in lexicon.UNIT_HEADS or t.text in lexicon.FOREIGN_HEADS for t in unit):
                    continue
                if n == 0 and unit[-1].text not in lexicon.UNIT_HEADS:
                    continue  # "Faculty of Engineering": the first "of" is the unit's own ("Foreign Relations Office of MUST" is not)
                begin = k + 1 + (doc[k + 1].lower_ == "the")
                parent = doc[begin:c.end]
                key = fold(parent.text)
                if n == 0 and len(parent) == 1 and not _capitals(parent.text):
                    break  # "... Institute of Technology": a field, not the end of another name ("Hanoi University of Science and Technology")
                if (len(parent) == 1 and _capitals(parent.text)) or any(
                    t != fold(doc[c.start:c.end].text) and t.endswith(" " + key) and not t.endswith(" of " + key) for t in texts
                ):  # "Foreign Relations Office of MUST"; not "UZ College of Health Sciences" beside "College of Health Sciences" (a field)
                    split = (k, begin)
                    break
        if split is None:
            result.append(c)
            continue
        k, begin = split
        result.append(_Candidate(c.start, k, c.kind, c.source, c.priority))
        parent_source = "acronym" if c.end - begin == 1 and _capitals(doc[begin].text) else "short"
        result.append(_Candidate(begin, c.end, "organization", parent_source, _PRIORITY[parent_source]))
    return result


def _capitals(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


def _abbreviates(short: str, name: str, countries: dict[str, str]) -> bool:
    """Whether a word in brackets after a name is a short form of it: capitalised, not a
    country, and starting as one of the name's words does ("Unicamp": "Universidade ...
    Campinas"; "Banjulia": "Banjul University"; not "Turkey" after "Çukurova Üniversitesi")."""
    key = fold(short)
    return short[:1].isupper() and key not in countries and len(key) >= 4 and any(fold(w).startswith(key[:3]) for w in name.split())


def _names_used_alone(doc: Doc, chosen: list[_Candidate], taken: set[int], countries: dict[str, str]) -> list[tuple[int, int]]:
    """Short forms news uses alone for an organisation it named in full: the name in brackets
    ("Universidade Estadual de Campinas (Unicamp)": "Unicamp"), a coined first word no
    institution name of the reference list has ("Arqus European University Alliance": "Arqus"),
    and the article and tail of a name in another language ("Universidad de los Andes": "Los Andes")."""
    index = gazetteer()
    forms: set[tuple[str, ...]] = set()
    for c in chosen:
        if c.kind != "organization" or c.length < 2:
            continue
        span = doc[c.start:c.end]
        if span[-1].text == ")" and span[-3].text == "(" and _abbreviates(span[-2].text, span[:-3].text, countries):
            forms.add((span[-2].text,))
        after = doc[c.end:c.end + 3]
        if (len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].is_alpha and not after[1].is_upper
                and not index.knows_word(after[1].text) and _abbreviates(after[1].text, span.text, countries)):
            forms.add((after[1].text,))  # "Banjul University (Banjulia)", not "(Turkey)", "(Bologna)"; capitals are acronyms, found as such
        first = span[0] if span[0].lower_ != "the" else span[1]
        if (first.text[:1].isupper() and len(first.text) >= 4 and first.is_alpha and not institutions.is_head(first)
                and not index.knows_word(first.text) and first.text not in lexicon.NOT_NAME_WORDS and not institutions.is_descriptive(first.text)
                and first.text not in lexicon.REGIONS):  # "ASEAN University Network": "ASEAN" alone is the region
            forms.add((first.text,))
        for k in range(c.start, c.end - 1):
            if doc[k].lower_ in institutions.ARTICLES - {"the"} and doc[k + 1].text[:1].isupper() and k > c.start and doc[k - 1].lower_ in institutions.CONNECTORS:
                forms.add((doc[k].text.capitalize(), *[t.text for t in doc[k + 1:c.end]]))
        tail = _tail_after_foreign_head(doc, c.start, c.end, countries)
        if tail:
            forms.add(tail)
        tech = tech_short_form(span.text)
        if tech:
            forms.add(tech)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        by_first.setdefault(fold(form[0]), []).append(form)
    found = []
    for token in doc:
        for form in by_first.get(fold(token.text), ()):
            end = token.i + len(form)
            written = doc[token.i:end]
            if len(form) == 1 and token.i > 0 and doc[token.i - 1].lower_ == "in" and load_places().name_of(place_words(token.text)):
                continue  # "campuses in Khorog": the city, not "Khorog State University" written short
            if (end <= len(doc) and tuple(fold(t.text) for t in written) == tuple(fold(w) for w in form)  # accents aside ("Yaounde I")
                    and all(t.text[:1].isupper() == w[:1].isupper() for t, w in zip(written, form)) and taken.isdisjoint(range(token.i, end))):
                found.append((token.i, end))
    return found


_NOT_DISTINCTIVE = frozenset({"National", "State", "Federal", "Royal", "Technology", "Technological", "Polytechnic"})


def tech_short_form(name: str) -> tuple[str, str] | None:
    """"Taipei Tech" of "National Taipei University of Technology", "Georgia Tech" of "Georgia
    Institute of Technology": the one distinctive word of a name of technology and "Tech".

    >>> tech_short_form("National Taipei University of Technology"), tech_short_form("University of Oslo")
    (('Taipei', 'Tech'), None)
    """
    words = re.findall(r"[\w'’-]+", name)
    if "Technology" not in words and "Technological" not in words:
        return None
    distinct = [w for w in words if w[:1].isupper() and w not in lexicon.INSTITUTION_HEADS and w not in _NOT_DISTINCTIVE]
    return (distinct[0], "Tech") if len(distinct) == 1 else None


def _tail_after_foreign_head(doc: Doc, start: int, end: int, countries: dict[str, str]) -> tuple[str, ...] | None:
    """The words after the head (and "de", "di") of a name in another language, which news
    uses alone for it: "Yaoundé I" of "Université de Yaoundé I" (also written "Yaounde I"),
    "Félix Houphouët-Boigny" of "Université Félix Houphouët-Boigny"; two words or more, not a
    place's or a country's name ("Rio de Janeiro" of "Universidade Federal do Rio de Janeiro")."""
    if not institutions.is_foreign_head(doc[start]):
        return None
    k = start + 1
    while k < end and doc[k].lower_ in institutions.CONNECTORS | institutions.ARTICLES:
        k += 1
    words = [t.text for t in doc[k:end]]
    if len([w for w in words if w.isalnum()]) < 2 or not all(w[:1].isupper() or w == "-" for w in words):
        return None
    text = " ".join(words).replace(" - ", "-")
    if fold(text) in countries or load_places().name_of(place_words(text)) is not None or any(institutions.is_head(t) for t in doc[k:end]):
        return None
    return tuple(words)


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
