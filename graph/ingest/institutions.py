"""Token patterns for institutions the registry does not know yet, and the rules that finish them.

The shapes (spaCy Matcher patterns over token attributes; the head nouns are
:data:`.lexicon.INSTITUTION_HEADS`, in English and in the languages of Europe's university names):

- **"X University"**: capitalised words ending in a head noun: "Northwest Normal University",
  "SKEMA Business School", "Shaanxi Provincial People's Government", "Çukurova Üniversitesi";
- **"University of X"**: a head noun, then *of/for/di/de* and capitalised words, which may go
  on with *and/of (the)*: "University of New South Wales", "Ministry of Foreign Affairs",
  "Politecnico di Milano"; and with a list of domains ending in "and": "Ministry of
  Environment, Climate Change and Technology";
- **"X Institute of Y"**: both: "Xinjiang Institute of Ecology and Geography";
- **a head of another language, then a name**: "Universidad Pontificia Comillas",
  "Philipps-Universität Marburg" (a hyphen before such a head is part of the name), going on
  with "de/di X" ("Universidad Autónoma de Madrid");
- **"A and B State University"** when A ends in an adjective ("Agricultural and Technical");
- **"X municipal government"**: a place, then a (municipal, provincial...) government;
- **a quoted name before a lower-case alliance noun**: '"One Belt And One Road" university
  alliance';
- **"... named after M. Name"**: the eponym is part of the name ("named after Al-Farabi"), and so
  is an eponym in quotation marks before it ('the "Petru Rares" Technical University');
- **a country in brackets** right after the name is not part of it: "National University of
  Sciences and Technology (Pakistan)" is a mention of the university and one of Pakistan, as a
  curator marks them (the linker reads the country from the brackets, see linking.py);
- **"in" and a place before the name's acronym** are part of the name: "Mohammed V
  University in Rabat (UM5R)" (not "Sophia University in Tokyo"), and so is an embassy's city
  ("Embassy of Finland in Hanoi"), or the country it is accredited to ("Embassy of Canada to
  Poland");
- **a company's legal form** ends its name: "Samsung Electronics Co.", "Acme Ltd";
- **names with a number or a full stop**: a head and a number ("Universitas 21"), an acronym with
  a number before a name that opens with its head ("the U7+ Alliance of World Universities"), an
  acronym joined to its head by a full stop ("4TU.Federation");
- **"Universities" and a country** name the association of its universities: "Universities UK",
  "Universities Canada";
- **a governing body stands for what it governs**: "the Council of Rectors of the Asociación de
  Universidades X", "the Board of Trustees of Banjul University" are the organisation after
  "of" (after "of the", or when that has a head noun of its own; a body found as a name of
  its own right before "of (the)" and that name is dropped; "the Council of the ACU" is the
  ACU's); "the Council of Rectors of Gambian Universities" is a body of its own;
- **heads of other languages' associations, agencies and councils**: "Agence ...", "Unión de
  Universidades de América Latina y el Caribe" ("y", "e", "et", "und" join inside an "of"
  part as "and" does); "Superintendency": "National Superintendency of Higher University
  Education" (a head before a field, "University Education", qualifies it: no name of its own).

The rules: leading words that are not part of a name are dropped ("The", "At", a role title,
a possessive's owner when it is a place or an organisation: "UK's Liverpool John Moores
University", "Kenya's Moi University"; a possessive inside a name stays: "Queen's
University"); a head noun right after a hyphen is a modifier ("Industry-University
Integration"); a name going on into "Rankings", "Press", "Summit", "Chambers" and the like, or
before a plural alliance noun ("European University alliances"), is not an institution; "and"
before a country's possessive ends a name ("A of Rabat and Spain's University of Granada"); a
name that would run into a person's name stops before it ("China University of Petroleum Chen
Feng"); "X University of Japan" is "X University" (in Japan) when
the gazetteer knows the one and not the other.

**Names in an organisation's context** have no head noun: items of a list after
"organizations such as", "universities –", "partners including" ("Microsoft, QS, Elsevier",
"Sheffield, Cardiff, Newcastle and Southampton"), the parts of a coordinated plural head
("Sorbonne and Bologna Universities"), and names an apposition calls an organisation ("Nuffic,
the Dutch organisation for ...", "the state nuclear corporation Rosatom, which").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon
from .acronyms import is_acronym, looks_like_short_form
from .folding import fold
from ..places import fold as place_words, load_places
from .nationalities import country_of_adjective
from .people import is_personword

AND_WORDS = frozenset({"and", "&", "y", "e", "et", "und"})  # "de América Latina y el Caribe"
CONNECTORS = frozenset({"of", "for", "di", "de", "del", "della", "degli", "delle", "dei", "des", "du", "da", "do", "das", "dos", "d'", "für", "zu", "van", "voor"}) | AND_WORDS
FIRST_CONNECTORS = CONNECTORS - AND_WORDS
ARTICLES = frozenset({"the", "los", "las", "la", "el", "le", "les"})  # "Universidad de los Andes"
_CAPITALISED = re.compile(r"(?:[dl]['’])?[A-Z\u00c0-\u00de\u0130\u015e\u00c7][\w'’.\-]*|[a-z][a-z]*[A-Z][\w]*|\d+[A-Z][\w+]*")  # "d'Antananarivo": elided
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:al|ic|ical|ial|ary|ive)")
_AFTER_A_NAME = frozenset({
    "and", "or", "of", "in", "on", "at", "to", "for", "with", "which", "that", "is", "was", "are", "were", "has", "have",
    "had", "will", "would", "since", "as", "by", "from", "the", "a", "an", "its", "their", "said", "says", "also",
})
def is_descriptive(word: str) -> bool:
    """An adjective of a place or a kind ("Russian", "European", "Regional"), not a name."""
    return bool(_DESCRIPTIVE.fullmatch(word))


_DESCRIPTIVE = re.compile(r"[A-Z][a-z]+(?:an|ean|ese|ish|ic|ian|al|wide)|[A-Z][a-z]+-[a-z]+")  # "the European network", "the Regional alliance"
_POSSESSIVE = frozenset({"'s", "’s"})
_MISSIONS = frozenset({"Embassy", "Consulate"})
_GOVERNMENT_LEVELS = frozenset({"municipal", "provincial", "city", "county", "state", "regional", "federal", "national", "local", "prefectural"})
_ALLIANCE_NOUNS = frozenset({"alliance", "consortium", "network", "association", "league", "union", "federation", "group"})
_LIST_NOUNS = frozenset({
    "organizations", "organisations", "companies", "firms", "universities", "institutions", "partners",
    "members", "publishers", "institutes", "colleges", "bodies", "agencies", "groups",
})
_LIST_OPENERS = ("such as", "including", "like", "namely", "–", "—", "-", ":")
PLURAL_HEADS = {"Universities": "University", "Institutes": "Institute", "Colleges": "College", "Academies": "Academy", "Schools": "School"}


# -- token attributes (registered as Token extensions by the pipeline) ---------------------


def is_namepart(token: Token) -> bool:
    """A word that can be part of a name: capitalised, or a joiner inside one."""
    text = token.text
    if token.is_space:
        return False
    if text == "-":  # inside a word ("Philipps-Universität"), not between two names ("X - Y")
        return not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    if text in {"&", "'s", "’s"} or text.lower() == "the" or is_joined_particle(token) or is_eponym_particle(token):
        return True
    if text in {"'", "’"}:  # a plural possessive inside a name: "Universities' Network"
        return token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.doc[token.i - 1].text.endswith("s") and token.doc[token.i - 1].text[:1].isupper()
    return bool(_CAPITALISED.fullmatch(text))


def is_joined_particle(token: Token) -> bool:
    """A little word in lower case joined by hyphens to the words of a name around it:
    "Quaid-i-Azam", "Ahl-ul-Bayt"."""
    doc, i = token.doc, token.i
    return (
        token.is_alpha and token.is_lower and len(token.text) <= 3 and 2 <= i < len(doc) - 2
        and doc[i - 1].text == "-" and doc[i + 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
        and not token.whitespace_ and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper()
    )


_EPONYM_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "del", "bin", "binti", "bint", "ibn"})


def is_eponym_particle(token: Token) -> bool:
    """A person's name particle inside the eponym a name opens with, between two of its
    capitalised words: "Pieter de Graaf Universiteit", "Khalifa bin Rashid University", "Pieter van
    Oord Institute" (not after a head noun: "Universidad de Chile" has its own rule)."""
    doc, i = token.doc, token.i
    return (
        token.text in _EPONYM_PARTICLES and 0 < i < len(doc) - 1 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
        and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper() and doc[i - 1].text not in lexicon.INSTITUTION_HEADS
        and doc[i + 1].text not in lexicon.INSTITUTION_HEADS
    )


# A noun that heads the name of a body of institutions, never on its own ("the Annual
# Conference" is an event): "Conference" after a plural possessive of members ("the Danube
# Rectors' Conference"). With "of" it is as often an event ("the Conference of Rectors of A and
# B", hosted by one), and a "Rectors' Forum" is one: left alone.
BODY_HEADS = frozenset({"Conference"})
BODY_MEMBERS = frozenset({"Rectors", "Universities", "Presidents", "Vice-Chancellors", "Colleges", "Institutions", "Deans", "Polytechnics"})


def is_body_head(token: Token) -> bool:
    """"Conference" heading a body of institutions (:data:`BODY_HEADS`)."""
    doc, i = token.doc, token.i
    return (token.text in BODY_HEADS and i > 1 and doc[i - 1].text in {"'", "’"} and not doc[i - 2].whitespace_
            and doc[i - 2].text in BODY_MEMBERS)


def is_head(token: Token) -> bool:
    """An institution head noun; after a hyphen only in another language ("Philipps-Universität")
    or after an acronym ("MNS-University of Agriculture"); a body's head when the name says it is
    one (:func:`is_body_head`)."""
    if token.text not in lexicon.INSTITUTION_HEADS:
        return is_body_head(token)
    after_hyphen = token.i > 0 and token.doc[token.i - 1].text in {"-", "/"}
    acronym_before = token.i > 1 and token.doc[token.i - 2].text.isupper() and token.doc[token.i - 2].is_alpha  # "MNS-University of X"
    return not after_hyphen or token.text in lexicon.FOREIGN_HEADS or acronym_before


def is_foreign_head(token: Token) -> bool:
    return token.text in lexicon.FOREIGN_HEADS


def is_tailword(token: Token) -> bool:
    return (
        is_namepart(token) and not is_head(token) and token.text.lower() != "the" and not is_eponym_particle(token)
        and token.text not in {"-", "&", "'s", "’s"} and token.text not in lexicon.NOT_NAME_WORDS
        and token.text.lower() not in lexicon.TITLE_WORDS
    )


# -- the patterns ----------------------------------------------------------------------------


def institution_patterns() -> dict[str, list[list[dict]]]:
    """The named spaCy Matcher patterns; the rules in :func:`institutions` complete them."""
    name = {"_": {"ukg_namepart": True}, "OP": "+"}
    heads = {"_": {"ukg_head": True}, "OP": "+"}
    connector = {"LOWER": {"IN": sorted(FIRST_CONNECTORS)}}
    the = {"LOWER": {"IN": sorted(ARTICLES)}, "OP": "?"}
    tail = {"_": {"ukg_namepart": True}, "IS_TITLE": True}
    return {
        "X University": [[name, heads]],
        "University of X": [[heads, connector, the, tail]],
        "X Institute of Y": [[name, heads, connector, the, tail]],
        "Universidad X": [[{"ORTH": {"IN": sorted(lexicon.FOREIGN_HEADS)}}, tail]],  # is_foreign_head, read by spaCy itself
        "Head N": [[{"_": {"ukg_head": True}, "IS_TITLE": True}, {"SHAPE": {"IN": ["d", "dd"]}}]],  # "Universitas 21"
        "X municipal government": [[
            {"_": {"ukg_namepart": True}, "IS_TITLE": True, "OP": "+"},
            {"LOWER": {"IN": sorted(_GOVERNMENT_LEVELS)}, "OP": "?"}, {"LOWER": "government"},
        ]],
        "the X alliance": [[
            {"LOWER": "the"}, {"_": {"ukg_namepart": True}, "IS_TITLE": False, "IS_LOWER": False, "OP": "+"},
            {"LOWER": {"IN": sorted(_ALLIANCE_NOUNS)}},
        ], [
            {"LOWER": "the"}, {"_": {"ukg_namepart": True}, "OP": "+"}, {"LOWER": {"IN": sorted(_ALLIANCE_NOUNS)}},
        ]],
        "quoted alliance": [[
            {"ORTH": {"IN": ['"', "“", "„"]}}, {"_": {"ukg_namepart": True}, "OP": "+"},
            {"ORTH": {"IN": ['"', "”", "“"]}}, {"LOWER": {"IN": ["university", "universities", "international", "global"]}, "OP": "?"},
            {"LOWER": {"IN": sorted(_ALLIANCE_NOUNS)}},
        ]],
    }


def institutions(
    doc: Doc, matches, *, people: list, registry_spans: list, countries: dict[str, str], known_names: set[str], places: set[int] = frozenset(),
) -> list[tuple[int, int]]:
    """Token spans of institutions found by the patterns, after the rules of the module doc.

    ``known_names`` are folded names of the registry and the gazetteer; ``countries`` folded
    country names; ``places`` the tokens of the registry's countries and cities.
    """
    person_starts = {c.start for c in people}
    found: set[tuple[int, int]] = set()
    for match_id, start, end in matches:
        key = doc.vocab.strings[match_id]
        if key == "the X alliance":  # "the Transform4Europe alliance": a name, then a lower-case alliance noun
            words = doc[start + 1:end - 1]
            after = doc[end] if end < len(doc) else None
            if after is not None and after.is_alpha and after.is_lower and after.lower_ not in _AFTER_A_NAME:
                continue  # "the Shenyang alliance branch": the noun is a modifier
            if (doc[end - 1].text.islower() and len(words) <= 4 and not any(is_head(t) for t in words)
                    and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in words)
                    and fold(words.text) not in countries and not all(fold(t.text) in countries or t.text in lexicon.REGIONS for t in words)
                    and not any(t.text in lexicon.MONTH_WORDS or t.text in lexicon.NOT_NAME_WORDS for t in words)
                    and not all(_DESCRIPTIVE.fullmatch(t.text) or t.i in places for t in words)):  # "the Shenyang alliance": a city's
                found.add((start + 1, end))
            continue
        if key == "Head N":
            if _number_after_head(doc, start):
                found.add((start, end))
            continue
        if key in ("X municipal government", "quoted alliance"):
            if key == "X municipal government":
                start = _trim_left(doc, start, end - 1, countries, known_names)
                if start is None or start >= end - 1 or doc[start].text.lower() in {"the"}:
                    continue
            found.add((start, end))
            continue
        head = max(i for i in range(start, end) if is_head(doc[i]))
        stop = _tail(doc, head + 1, person_starts, countries)
        if stop == head + 1 and _modifier_head(doc, head):
            continue  # "Higher University Education": the head qualifies a field
        if is_foreign_head(doc[head]) and stop == head + 1:
            stop = _foreign_tail(doc, head + 1, person_starts)
            if stop > head + 1:  # "Universidad Autónoma de Madrid", "Université Mohammed V de Rabat"
                stop = _tail(doc, stop, person_starts, countries)
        stop = _cut_person(doc, head + 1, stop)
        if stop == head + 1 and _acronym_suffix(doc, stop):  # "National Research Nuclear University MEPhI"
            stop += 1
        if goes_on_into_something_else(doc, stop):
            continue
        begin = _trim_left(doc, start, head, countries, known_names)
        if begin is None:
            continue
        if begin - start >= 3 and doc[begin - 1].text in _POSSESSIVE and is_head(doc[begin - 2]):  # "Banjul University's School of X": the owner too
            owner = _trim_left(doc, start, begin - 2, countries, known_names)
            if owner is not None and owner < begin - 2:
                found.add((owner, begin - 1))
        begin = _coordinated_adjectives(doc, begin, countries)
        begin = _quoted_eponym(doc, begin)
        if stop < len(doc) and doc[stop].text == "Committee" and head - begin >= 2 and doc[begin].text.isupper() and doc[begin].is_alpha:
            begin += 1  # "the CPC Jilin University Committee": a party's committee in the university, named by it
        if _country_after_a_name(doc, begin, head, stop, countries):
            continue
        stop = _numbered(doc, stop)
        stop = _without_country_of(doc, begin, stop, countries, known_names)
        stop = _in_city_before_an_acronym(doc, stop, countries)
        stop = _embassy_in_city(doc, head, stop)
        begin = _numbered_acronym_before(doc, begin, head)
        words = [t for t in doc[begin:stop] if any(c.isalpha() for c in t.text) and not is_head(t)]
        if not words or not any(is_namepart(t) and t.text.lower() != "the" for t in words):
            continue
        found.add((_past_governing_body(doc, begin, stop), stop))
    found |= {(t.i, t.i + 1) for t in doc if _dotted_name(t.text)}
    starts = {s for s, _ in found}
    found = {(s, e) for s, e in found if not _body_of_the_next(doc, s, e, starts)}
    found = _units_of_owners(doc, found)
    names: dict[str, int] = {}  # every institution name found, and how often
    for s, e in found:
        key = fold(doc[s:e].text)
        names[key] = names.get(key, 0) + 1
    names_known = {fold(doc[c.start:c.end].text) for c in registry_spans if c.kind == "organization"}
    found = {_without_trailing_person(doc, span, names, names_known) for span in found}
    taken = {}
    for c in registry_spans:
        for i in range(c.start, c.end):
            taken[i] = c
    return [span for span in found if not _conflicts_any(span, taken)]


_BODY_MEMBERS = frozenset({"Rectors", "Presidents", "Vice-Chancellors", "Governors", "Trustees", "Directors", "Ministers", "Deans", "Members", "Delegates"})


def _body_of_the_next(doc: Doc, begin: int, stop: int, starts: set[int]) -> bool:
    """"the Council of Rectors of the Asociación X", found as two names: the body is no
    organisation of its own, the one it governs is named right after it."""
    k = begin
    while k < stop and doc[k].text in lexicon.BODY_QUALIFIERS:
        k += 1
    if k >= stop or doc[k].text not in lexicon.BODIES or not (stop == k + 1 or (stop == k + 3 and doc[k + 1].text == "of" and doc[k + 2].text in _BODY_MEMBERS)):
        return False
    after = stop + 1 + (stop + 1 < len(doc) and doc[stop + 1].lower_ == "the")
    return stop < len(doc) and doc[stop].text == "of" and after in starts


def _past_governing_body(doc: Doc, begin: int, stop: int) -> int:
    """Where the name starts once a governing body in front of it is left out: "the Council of
    Rectors of the Asociación de Universidades X" and "the Board of Trustees of Banjul
    University" stand for the organisation they govern. A body named by its own members stays
    ("Council of Rectors of Gambian Universities": no "the", no head noun of its own after it)."""
    k = begin
    while k < stop and doc[k].text in lexicon.BODY_QUALIFIERS:
        k += 1
    if k >= stop or doc[k].text not in lexicon.BODIES:
        return begin
    k += 1
    if k + 1 < stop and doc[k].text == "of" and doc[k + 1].text in _BODY_MEMBERS:
        k += 2
    if k >= stop or doc[k].text != "of":
        return begin
    k += 1
    definite = doc[k].text.lower() == "the"
    rest = doc[k + definite:stop]
    if definite and len(rest) == 1 and re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*", rest[0].text):
        return k + definite  # "the Council of the ACU": the acronym's organisation
    if len(rest) < 2 or rest[0].text in PLURAL_HEADS or not rest[0].text[:1].isupper() or not (definite or any(is_head(t) for t in rest)):
        return begin
    return k + definite


def _conflicts_any(span: tuple[int, int], taken: dict) -> bool:
    seen = set()
    for i in range(*span):
        c = taken.get(i)
        if c is not None and id(c) not in seen:
            seen.add(id(c))
            if _conflicts(span, (c.start, c.end), c.kind):
                return True
    return False


def _without_trailing_person(doc: Doc, span: tuple[int, int], names: dict[str, int], names_known: set[str]) -> tuple[int, int]:
    """"University of Helsinki Anna Virtanen" is "University of Helsinki" when the article also
    names "University of Helsinki" on its own: the last words are a person's name."""
    start, end = span
    for size in (2, 3):
        cut = end - size
        if cut > start + 1 and all(is_personword(t) for t in doc[cut:end]):
            key = fold(doc[start:cut].text)
            if key in names or key in names_known:
                return start, cut
    return span


def _conflicts(span: tuple[int, int], known: tuple[int, int], kind: str) -> bool:
    """A pattern span loses to a registry span it crosses, or whose head it only prefixes."""
    (s, e), (ks, ke) = span, known
    if ke <= s or e <= ks or (s, e) == (ks, ke):
        return False
    inside = s <= ks and ke <= e
    if not inside:
        return True  # crosses a registry name's boundary
    return kind == "organization" and ke == e  # "China-<registry org>": the registry name wins


def goes_on_into_something_else(doc: Doc, i: int) -> bool:
    """Whether the capitalised words after the name end in "Rankings", "Project" and the like,
    or the name qualifies a plural alliance noun: "European University alliances" are a kind
    of alliance, not the members of a "European University"."""
    while i < len(doc) and is_tailword(doc[i]):
        if doc[i].text in lexicon.NOT_INSTITUTION_AFTER:
            return True
        i += 1
    return i < len(doc) and doc[i].text in _PLURAL_ALLIANCE_NOUNS


_PLURAL_ALLIANCE_NOUNS = frozenset({"alliances", "networks", "consortia", "consortiums", "associations", "leagues", "federations", "unions"})


_SAINTS = frozenset({"Ss.", "Sts.", "SS."})  # saints written short, as a name opens with them


def _tail(doc: Doc, i: int, person_starts: set[int], countries: dict[str, str]) -> int:
    """Where the name ends after its head: "of Sciences and Technology", "named after M. X".

    "and" goes on only inside an "of" part ("of Ecology and Geography"), and not into the
    next institution ("of Education and the Ministry ...", "University and LGE"), nor into
    the owner of the next one ("of Rabat and Spain's University of Granada"); a comma goes
    on only into a list of domains that ends with "and" ("of Peace, Justice and Inclusive
    Societies"), not into a place or a country.
    """
    end = i
    in_of_part = False
    while i < len(doc):
        word = doc[i].text.lower()
        if word in CONNECTORS:
            if word in AND_WORDS and not in_of_part:
                break
            j = i + 1
            if j < len(doc) and doc[j].text.lower() in ARTICLES and word != "&":
                j += 1
            k = _tailwords(doc, j, person_starts)
            if k == j:
                break
            if k < len(doc) and is_head(doc[k]):
                break  # "... of the Chinese Academy": the next institution starts there
            if word in AND_WORDS and doc[i + 1].lower_ == "the" and _head_ahead(doc, k, person_starts):
                break  # "Ministry of Education and Science and the Taipei Economic and Cultural Office"
            if word in AND_WORDS and all(is_acronym(t.text) for t in doc[j:k]):
                break
            if word in AND_WORDS and doc[j].text in _SAINTS:
                break  # "the University of Tirana and Ss. Cyril and Methodius University": saints open the next name
            owner_end = next((p for p in range(j + 1, min(j + 5, len(doc) - 1)) if doc[p].text in _POSSESSIVE), None)
            if word in AND_WORDS and owner_end is not None and (_owns_next_name(doc, j, owner_end, countries) or is_head(doc[owner_end + 1])):
                break  # "A of Rabat and Spain's University of Granada", "... and Côte d'Ivoire's ...", "... and St Mary's University": the next name
            in_of_part = True
            end = i = k
        elif word == "," and in_of_part:
            k = _domain_list(doc, i, person_starts, countries)
            if k is None:
                break
            end = i = k
        elif word == "after" and _eponym_before_acronym(doc, i + 1):  # "Armenian State Pedagogical University after Khachatur Abovian (ASPU)"
            end = i = _eponym_before_acronym(doc, i + 1)
        elif word == "named" and i + 1 < len(doc) and doc[i + 1].text.lower() in {"after", "for"}:
            k = i + 2
            while k < len(doc) and (is_tailword(doc[k]) or re.fullmatch(r"[A-Z]\.", doc[k].text) or _inner_hyphen(doc, k)):
                k += 1
            if k == i + 2:
                break
            end = i = k
        else:
            break
    return end


def _head_ahead(doc: Doc, k: int, person_starts: set[int]) -> bool:
    """Whether a head noun comes after ``k`` once "and" and capitalised words are passed: the
    next institution's ("and the Taipei Economic and Cultural Office"), not "and the Arts"."""
    for _ in range(3):
        if k < len(doc) and doc[k].lower_ in AND_WORDS:
            k = _tailwords(doc, k + 1, person_starts)
        if k < len(doc) and is_head(doc[k]):
            return True
    return False


def _eponym_before_acronym(doc: Doc, i: int) -> int | None:
    """The end of a person's name of two to four words at ``i`` that an acronym in brackets
    follows: the eponym of a name written "HEAD after FIRSTNAME SURNAME (ACR)", as names of the
    former Soviet Union are ("Yerevan State Medical University after Mkhitar Heratsi (YSMU)");
    None otherwise ("Stanford University after John Smith left": no acronym, no eponym)."""
    k = i
    while k < len(doc) and k - i < 4 and (is_personword(doc[k]) or re.fullmatch(r"[A-Z]\.", doc[k].text) or _inner_hyphen(doc, k)):
        k += 1
    if k - i < 2 or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" or not is_acronym(doc[k + 1].text):
        return None
    return k


def _owns_next_name(doc: Doc, j: int, k: int, countries: dict[str, str]) -> bool:
    """Whether the words ``doc[j:k]`` before a possessive are a place or an acronym that owns
    the capitalised name after it ("Spain's University of Granada", "UK's LJMU")."""
    owner = doc[j:k].text
    return doc[k + 1].text[:1].isupper() and (fold(owner) in countries or owner in lexicon.REGIONS or (owner.isupper() and owner.isalpha()))


def _modifier_head(doc: Doc, k: int) -> bool:
    """A head noun that qualifies a field after it ("of Higher University Education"), with
    no head after the field: part of the name it is in, not the start of another."""
    return (k + 1 < len(doc) and doc[k + 1].text in lexicon.MINISTRY_DOMAINS
            and not (k + 2 < len(doc) and is_head(doc[k + 2])))


def _numbered(doc: Doc, stop: int) -> int:
    """"Université Claude Bernard Lyon 1", "Paris 8": a number of one or two digits after a
    capitalised last word is part of the name (not "... Lyon 1 billion", "Graz 23-24 May")."""
    if stop < len(doc) and re.fullmatch(r"\d{1,2}", doc[stop].text) and doc[stop - 1].text[:1].isupper() and doc[stop - 1].is_alpha and not is_head(doc[stop - 1]):
        after = doc[stop + 1] if stop + 1 < len(doc) else None
        if after is None or after.text in {",", ".", ")", ";", "(", "and", "–", "—"} or (after.text == "-" and after.whitespace_ and doc[stop].whitespace_):
            return stop + 1
    return stop


_NUMBERED_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,3}\d{1,2}[A-Za-z]{0,3}")  # "U7", "Go8", "N5T"


_DOTTED = re.compile(r"(?=[^.]*(?:\d|[A-Z]{2}))[0-9A-Z][0-9A-Za-z]{1,6}\.([A-Z][a-z]+)")


def _dotted_name(text: str) -> bool:
    """A coined name that a full stop joins to its head, written as one word ("4TU.Federation",
    "ABC.Network"): an acronym (capitals, or a number in it), a full stop, a head noun."""
    match = _DOTTED.fullmatch(text)
    return match is not None and match.group(1) in lexicon.INSTITUTION_HEADS


def _number_after_head(doc: Doc, head: int) -> bool:
    """A name that is a capitalised head and a number, as networks name themselves
    ("Universitas 21", "Group 77"): a number of one or two digits right after the head that
    opens the name, then punctuation or a verb, not a unit or a date ("University 2 campus",
    "Union 21 May")."""
    if head + 1 >= len(doc) or not re.fullmatch(r"[1-9]\d?", doc[head + 1].text) or not doc[head].text[:1].isupper():
        return False
    before = doc[head - 1] if head > 0 else None
    if before is not None and (before.text[:1].isupper() and before.is_alpha and before.lower_ != "the" or before.like_num or before.lower_ in {"in", "into", "to", "from"}):
        return False  # "Lyon University 2", "the 3 University": the number is another's; "placed in Group 3": a rank
    after = doc[head + 2] if head + 2 < len(doc) else None
    return after is None or after.is_punct and after.text not in {"-", "/", "%"} or after.is_lower and after.lower_ in _AFTER_A_NAME - _PLACE_WORDS


_PLACE_WORDS = frozenset({"of", "in", "on", "at", "to", "for", "from", "and", "or"})  # "Group 3 of the ranking": a rank, no name


def _numbered_acronym_before(doc: Doc, begin: int, head: int) -> int:
    """An acronym with a number before a name that opens with its head is part of the name
    ("the U7+ Alliance of World Universities"; "+" written against it)."""
    if begin != head or begin < 1:
        return begin
    k = begin
    if doc[k - 1].text == "+" and k >= 2 and not doc[k - 2].whitespace_:
        k -= 1
    if k >= 1 and _NUMBERED_ACRONYM.fullmatch(doc[k - 1].text):
        return k - 1
    return begin


def _acronym_suffix(doc: Doc, i: int) -> bool:
    """An acronym written right after the head noun, as part of the name ("... University
    MEPhI"), not before a bracket, a name or a title ("University VC", "University (UAF)")."""
    if i >= len(doc) or not is_acronym(doc[i].text) or doc[i].text in lexicon.NOT_NAME_WORDS:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() or nxt.text == "(")


def _tailwords(doc: Doc, j: int, person_starts: set[int]) -> int:
    k = j
    while k < len(doc) and (is_tailword(doc[k]) or _inner_hyphen(doc, k) or (k > j and is_head(doc[k]) and _modifier_head(doc, k))) and k not in person_starts:
        k += 1
    return k


def _inner_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen inside a word ("Al-Farabi"), between two capitalised parts."""
    return (
        doc[k].text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_
        and doc[k + 1].text[:1].isupper()
    )


def _domain_list(doc: Doc, i: int, person_starts: set[int], countries: dict[str, str]) -> int | None:
    """After a comma in an "of" part: ", Justice and Inclusive Societies" (the end), else None."""
    k = i
    while k < len(doc) and doc[k].text == ",":
        j = k + 1
        m = _tailwords(doc, j, person_starts)
        if m == j or fold(doc[j:m].text) in countries or (m < len(doc) and is_head(doc[m])):
            return None
        k = m
        if k < len(doc) and doc[k].lower_ in {"and", "&"}:
            j = k + 1
            m = _tailwords(doc, j, person_starts)
            if m == j or fold(doc[j:m].text) in countries or (m < len(doc) and is_head(doc[m])):
                return None
            return m
    return None


def _foreign_tail(doc: Doc, i: int, person_starts: set[int]) -> int:
    """After a head of another language, its capitalised words: "Universidad Pontificia Comillas"."""
    k = i
    while k < len(doc) and k - i < 4 and (is_tailword(doc[k]) or _inner_hyphen(doc, k)) and k not in person_starts:
        if doc[k].text in lexicon.NOT_INSTITUTION_AFTER:
            break
        k += 1
    return k


def _cut_person(doc: Doc, tail_start: int, stop: int) -> int:
    """Stop before a person's name that ends the tail: "... of Petroleum Chen Feng"."""
    if stop - tail_start >= 4 and doc[stop - 2].text in lexicon.FAMILY_NAMES and doc[stop - 1].is_title:
        if doc[stop - 3].text.lower() not in CONNECTORS:
            return stop - 2
    return stop


def _trim_left(doc: Doc, start: int, head: int, countries: dict[str, str], known_names: set[str]) -> int | None:
    begin = start
    for k in range(head - 1, start, -1):  # the last possessive before the head
        if doc[k].text in _POSSESSIVE and (
            _is_owner(doc[start:k].text, countries, known_names) or _owns_unit(doc, k, head)
            or (fold(doc[k + 1:head + 1].text) in known_names and fold(doc[start:head + 1].text) not in known_names)
        ):  # "Korea's Yonsei University": the name after the possessive is a known one, the whole is not
            begin = k + 1
            break
    while begin <= head:
        token = doc[begin]
        text = token.text
        if (
            text.lower() == "the" or text in {"-", "&", "'s", "’s"} or text in lexicon.NOT_NAME_WORDS
            or text in lexicon.MONTH_WORDS or (text.lower() in lexicon.TITLE_WORDS and begin < head)
        ):
            begin += 1
        else:
            break
    return begin if begin <= head else None


def _owns_unit(doc: Doc, possessive: int, head: int) -> bool:
    """"Unicamp's School of Engineering", "the University's Centre for Energy", "Yonsei's
    Graduate School of ...": a possessive right before a unit ("School of", "Department of",
    "Centre for", with a word that qualifies it) or after a head noun ("University's") is its
    owner, not part of its name."""
    owner = doc[possessive - 1]
    if is_head(owner):
        return True
    modifiers = doc[possessive + 1:head]  # "Yonsei's Graduate School of ...": a word may qualify the unit
    return (len(modifiers) <= 1 and all(t.text[:1].isupper() and not is_head(t) for t in modifiers)
            and doc[head].text in lexicon.UNIT_HEADS and head + 1 < len(doc) and doc[head + 1].lower_ in {"of", "for"})


def _is_owner(text: str, countries: dict[str, str], known_names: set[str]) -> bool:
    """Whether the owner of a possessive before a name is a place or an organisation, not part
    of the name ("UK's", "Kenya's", "VUT's" are owners; "People's", "Women's" are not)."""
    words = text.split()
    if not words:
        return False
    last = words[-1].strip(".,")
    key = fold(" ".join(words[-3:]))
    whole = words[1:] if words[0].lower() == "the" else words
    return (
        fold(last) in countries or any(fold(" ".join(words[-n:])) in countries for n in (2, 3)) or last in lexicon.REGIONS
        or (len(whole) <= 2 and load_places().name_of(place_words(" ".join(whole))) is not None)  # "Vienna's University of X", not "St Mary's"
        or (last.isupper() and len(last) >= 2) or fold(last) in known_names or key in known_names
    )


_OPENING_QUOTES = frozenset({'"', "“", "„", "«"})
_CLOSING_QUOTES = frozenset({'"', "”", "“", "»"})


def _quoted_eponym(doc: Doc, begin: int) -> int:
    """The start of a name that opens with its eponym in quotation marks, as names of Romania,
    Moldova and Russia are written ('the "Petru Rares" Technical University of Suceava', '„Ion
    Creanga" State Pedagogical University'): the quoted words, one to four capitalised ones, are
    part of the name."""
    if begin < 3 or doc[begin - 1].text not in _CLOSING_QUOTES:
        return begin
    for k in range(begin - 2, max(-1, begin - 7), -1):
        if doc[k].text in _OPENING_QUOTES:
            words = doc[k + 1:begin - 1]
            if len(words) and all(t.text[:1].isupper() or t.text in {"-", "."} for t in words):
                return k
            return begin
        if not (doc[k].text[:1].isupper() or doc[k].text in {"-", "."}):
            return begin
    return begin


def _coordinated_adjectives(doc: Doc, begin: int, countries: dict[str, str]) -> int:
    """"North Carolina Agricultural and Technical State University": an adjective and "and"
    before the name belong to it, with the capitalised words before them; so do an adjective of
    a place or a field's word before "and" and a singular head ("the Slovenian Research and
    Innovation Agency", "the African and Malagasy Council for Higher Education", "the Science
    and Technology Council"; not "Harvard and Yale University", nor "Swiss and Austrian
    Universities", two or more)."""
    if begin < 2 or doc[begin - 1].lower_ not in {"and", "&"}:
        return begin
    word = doc[begin - 2].text
    singular_head = next((not t.text.endswith("s") for t in doc[begin:begin + 4] if is_head(t)), False)
    if _ADJECTIVE.fullmatch(word) or (singular_head and _place_or_field_word(word, countries) and is_tailword(doc[begin])
                                      and not (begin >= 3 and doc[begin - 3].lower_ in CONNECTORS)):  # not "University of Tehran and Yerevan State University"
        k = begin - 2
        while k > 0 and is_tailword(doc[k - 1]) and doc[k - 1].text not in _POSSESSIVE:
            k -= 1
        if not any(fold(t.text) in countries for t in doc[k:begin - 1]) or k < begin - 2:
            return k
    return begin


_REGION_ADJECTIVES = frozenset({
    "African", "Asian", "European", "Arab", "Nordic", "Latin", "Caribbean", "Pacific", "Baltic", "Balkan",
    "Mediterranean", "Atlantic", "Arctic", "Central", "Eastern", "Western", "Northern", "Southern",
})


def _place_or_field_word(word: str, countries: dict[str, str]) -> bool:
    """An adjective of a country or a region ("Slovenian", "African") or a field's word
    ("Research", "Science"): a word that "and" joins inside a name, not a place's name."""
    return fold(word) not in countries and (word in _REGION_ADJECTIVES or word in lexicon.MINISTRY_DOMAINS or country_of_adjective(word) is not None)


def _without_country_of(doc: Doc, begin: int, stop: int, countries: dict[str, str], known_names: set[str]) -> int:
    """"Kyushu University of Japan" is Kyushu University: a known name, then "of COUNTRY"."""
    if stop - begin >= 3 and doc[stop - 2].lower_ == "of" and fold(doc[stop - 1].text) in countries:
        whole, short = fold(doc[begin:stop].text), fold(doc[begin:stop - 2].text)
        if short in known_names and whole not in known_names:
            return stop - 2
    return stop


def _country_after_a_name(doc: Doc, begin: int, head: int, stop: int, countries: dict[str, str]) -> bool:
    """"University of Japan" inside "Kyushu University of Japan": a head right after a name
    word, then only "of COUNTRY" (the longer match decides, see :func:`_without_country_of`)."""
    return (
        begin == head and begin > 0 and is_tailword(doc[begin - 1]) and stop - begin == 3
        and doc[begin + 1].lower_ == "of" and fold(doc[begin + 2].text) in countries
    )


def _in_city_before_an_acronym(doc: Doc, stop: int, countries: dict[str, str]) -> int:
    """"Mohammed V University in Rabat (UM5R)": "in" and a place are part of the name when the
    acronym the name is given comes after them (not "Sophia University in Tokyo", nor "...
    University in Japan (JP)")."""
    if stop + 4 > len(doc) or doc[stop].lower_ != "in":
        return stop
    k = stop + 1
    while k < len(doc) and k - stop <= 3 and is_tailword(doc[k]) and not is_acronym(doc[k].text):
        k += 1
    if k == stop + 1 or fold(doc[stop + 1:k].text) in countries or k + 2 >= len(doc):
        return stop
    if doc[k].text == "(" and looks_like_short_form(doc[k + 1].text) and doc[k + 2].text == ")":
        return k
    return stop


def _units_of_owners(doc: Doc, found: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """"Memorial's Marine Institute" where the article names "Memorial University of
    Newfoundland": an owner named by the first word of another name, and its unit (the owner
    is then found as that name's short form); not "Queen's University", "King's College"."""
    named: dict[str, set[int]] = {}  # a word that names an organisation → the starts of its names
    for s, e in found:
        if e - s >= 2 and doc[s + 1].text not in _POSSESSIVE:
            named.setdefault(fold(doc[s].text), set()).add(s)
        distinct = [t for t in doc[s:e] if t.is_alpha and t.text[:1].isupper() and not is_head(t) and t.lower_ not in CONNECTORS]
        if len(distinct) == 1 and distinct[0].i != s:  # "Galway's Ryan Institute" where the article names "University of Galway"
            named.setdefault(fold(distinct[0].text), set()).add(s)
    result = set()
    for s, e in found:
        if (e - s >= 3 and doc[s + 1].text in _POSSESSIVE and named.get(fold(doc[s].text), set()) - {s}
                and any(t.text in lexicon.UNIT_HEADS - {"College"} for t in doc[s + 2:e])):
            result.add((s + 2, e))
        else:
            result.add((s, e))
    return result


def _embassy_in_city(doc: Doc, head: int, stop: int) -> int:
    """"Embassy of Finland in Hanoi", "Embassy of Canada to Poland": an embassy's or a
    consulate's city, or the country it is accredited to, is part of its name (not "the
    Embassy of Japan to Banjul University": an institution after "to" is another)."""
    if doc[head].text not in _MISSIONS or stop + 1 >= len(doc) or doc[stop].lower_ not in {"in", "to"}:
        return stop
    k = stop + 1
    while k < len(doc) and k - stop <= 3 and is_tailword(doc[k]):
        k += 1
    if doc[stop].lower_ == "to" and (any(is_head(t) for t in doc[stop + 1:k]) or (k < len(doc) and is_head(doc[k]))):
        return stop
    return k if k > stop + 1 else stop


def national_associations(doc: Doc, countries: dict[str, str]) -> list[tuple[int, int]]:
    """"Universities UK", "Universities Canada", "Universities New Zealand": the association of a
    country's universities, named "Universities" and the country."""
    found = []
    for token in doc:
        if token.text != "Universities":
            continue
        for size in (3, 2, 1):
            end = token.i + 1 + size
            if end <= len(doc) and all(t.text[:1].isupper() for t in doc[token.i + 1:end]) and fold(doc[token.i + 1:end].text) in countries:
                found.append((token.i, end))
                break
    return found


# -- names an organisation's context gives -----------------------------------------------------


def listed_names(doc: Doc, taken: set[int], countries: dict[str, str]) -> list[tuple[int, int, str | None]]:
    """Items of a list of organisations: "organizations such as Microsoft, QS, Elsevier",
    "Russell Group universities – Sheffield, Cardiff, Newcastle and Southampton"; with the head
    noun the list names them by ("University"), if any."""
    found = []
    for token in doc:
        if token.lower_ not in _LIST_NOUNS:
            continue
        i = token.i + 1
        opener = next((o for o in _LIST_OPENERS if doc[i:i + len(o.split())].text.lower() == o), None)
        if opener is None:
            continue
        i += len(opener.split())
        items = []
        while i < len(doc):
            j = i
            while j < len(doc) and j - i < 3 and _is_list_word(doc[j]):
                j += 1
            if j == i:
                if i in taken:  # a name found already: step over it
                    j = i
                    while j < len(doc) and j in taken:
                        j += 1
                    items.append(None)
                else:
                    break
            else:
                items.append((i, j))
            if j < len(doc) and doc[j].text == ",":
                j += 1
            if j < len(doc) and doc[j].lower_ in {"and", "&"}:
                j += 1
            elif j < len(doc) and doc[j:j + 3].text.lower() == "as well as":
                j += 3
            elif j > 0 and doc[j - 1].text != ",":
                break
            i = j
        named = [span for span in items if span is not None]
        head = PLURAL_HEADS.get(token.text.capitalize())
        if len(items) >= 2:
            found += [(*s, head) for s in named if not any(k in taken for k in range(*s)) and fold(doc[s[0]:s[1]].text) not in countries]
    return found


def _is_list_word(token: Token) -> bool:
    text = token.text
    return bool(_CAPITALISED.fullmatch(text)) and text not in lexicon.NOT_NAME_WORDS and text not in lexicon.MONTH_WORDS and not is_head(token)


def ministries_of_ministers(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """"Minister of Higher Education and Scientific Research Hassan X": the ministry the title
    names (its domain, to the last word of a domain), with the head "Ministry of"."""
    found = []
    for token in doc:
        if token.text not in {"Minister", "Ministers"} or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in {"of", "for"}:
            continue
        start = token.i + 2 + (doc[token.i + 2].lower_ == "the")
        end, k = None, start
        while k < len(doc) and k - start < 8 and (doc[k].text[:1].isupper() or doc[k].lower_ in {"and", "&"} or doc[k].text == ","):
            if doc[k].text in lexicon.MINISTRY_DOMAINS:
                end = k + 1
            k += 1
        if end is not None and not any(i in taken for i in range(start, end)):
            found.append((start, end, "Ministry of"))
    return found


def coordinated_heads(doc: Doc, taken: set[int], countries: dict[str, str]) -> list[tuple[int, int, str]]:
    """"Sorbonne and Bologna Universities": each name with the singular head it shares; "the
    Universities of Bergen, Granada and Graz": each name with "University of"."""
    found = []
    for token in doc:
        if token.text in PLURAL_HEADS and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
            items, i, last = [], token.i + 2, False
            while i < len(doc):
                j = i
                while j < len(doc) and j - i < 3 and _is_list_word(doc[j]):
                    j += 1
                if j == i:
                    break
                items.append((i, j))
                if last:
                    break  # the item after "and" ends the list
                if j + 1 < len(doc) and doc[j].text == "," and _is_list_word(doc[j + 1]):
                    i = j + 1
                elif j + 1 < len(doc) and doc[j].lower_ in {"and", "&"} and _is_list_word(doc[j + 1]):
                    i, last = j + 1, True
                else:
                    break
            if len(items) >= 2:
                for span in items:  # a country here is the university's place name ("Luxembourg"): the caller gives it up
                    if fold(doc[span[0]:span[1]].text) in countries or not any(k in taken for k in range(*span)):
                        found.append((span[0], span[1], f"{PLURAL_HEADS[token.text]} of"))
            continue
        if token.text not in PLURAL_HEADS or token.i < 3:
            continue
        k = token.i - 1
        second_end = k + 1
        while k >= 0 and _is_list_word(doc[k]):
            k -= 1
        second = (k + 1, second_end)
        if second[0] == second_end or k < 1 or doc[k].lower_ not in {"and", "&"}:
            continue
        first_end = k
        k -= 1
        while k >= 0 and _is_list_word(doc[k]) and doc[k].text not in _POSSESSIVE:
            k -= 1
        first = (k + 1, first_end)
        if first[0] == first_end:
            continue
        for span in (first, second):
            if not any(i in taken for i in range(*span)) and fold(doc[span[0]:span[1]].text) not in countries:
                found.append((span[0], span[1], PLURAL_HEADS[token.text]))
    return found


_APPOSITION_NOUNS = frozenset({
    "organisation", "organization", "agency", "body", "foundation", "company", "corporation", "firm", "regulator",
    "council", "association", "network", "consortium", "alliance", "charity", "funder",
})  # not "university": "X, the largest university in Europe" names one the article has named in full
_NAMING_NOUNS = frozenset({"organisation", "organization", "agency", "foundation", "company", "corporation", "firm", "regulator"})
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})  # "said the agency Tuesday"
_AFTER_APPOSITION = frozenset({
    ",", ".", ";", ":", ")", "–", "—", "for", "of", "in", "that", "which", "whose", "responsible", "based", "with",
    "under", "to", "on", "at", "and",
})


def appositive_names(doc: Doc, countries: dict[str, str]) -> list[tuple[int, int]]:
    """Names with no head noun that an apposition says are an organisation: "Nuffic, the Dutch
    organisation for internationalisation in education", "Antarctica New Zealand, the government
    agency that runs ...", "PETRONAS, Malaysia's national energy company,"; and after such a
    noun, "the state nuclear corporation Rosatom, which ...". The noun ends its phrase (not
    "X, the agency's director", "X, a university lecturer"); a country, a month, a title, or
    one capitalised word opening a sentence ("Separately, the agency ...") is no such name."""
    found = []
    for token in doc:
        if token.text not in _APPOSITION_NOUNS:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        k = token.i - 1  # the words that qualify the noun, back to its determiner
        while k >= 0 and token.i - k <= 4 and doc[k].is_alpha and doc[k].lower_ not in {"the", "a", "an"} and not is_head(doc[k]) and doc[k].text not in _POSSESSIVE:
            k -= 1
        if k < 0:
            continue
        if doc[k].lower_ in {"the", "a", "an"}:
            determiner = k
        elif doc[k].text in _POSSESSIVE and k >= 1 and fold(doc[k - 1].text) in countries:  # "Malaysia's national energy company"
            determiner = k - 1
        else:
            continue
        if after is None or after.text in _AFTER_APPOSITION:  # "NAME, the ... organisation for ..."
            if determiner >= 2 and doc[determiner - 1].text == ",":
                name = _name_before(doc, determiner - 1)
                if name is not None and _may_be_named(doc, name, countries):
                    found.append(name)
        elif token.text in _NAMING_NOUNS and doc[determiner].lower_ == "the":  # "the state nuclear corporation NAME, which"
            end = token.i + 1
            while end < len(doc) and end - token.i <= 3 and is_tailword(doc[end]) and not is_head(doc[end]):
                end += 1
            if end > token.i + 1 and (end == len(doc) or not doc[end].text[:1].isupper()) and _may_be_named(doc, (token.i + 1, end), countries):
                found.append((token.i + 1, end))
    return found


def _name_before(doc: Doc, comma: int) -> tuple[int, int] | None:
    start = comma
    while start > 0 and comma - start < 4 and is_tailword(doc[start - 1]) and not is_head(doc[start - 1]):
        start -= 1
    if start == comma or (start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha):
        return None  # no name, or one that goes on to the left ("the NAME, ...": a longer name's end)
    return start, comma


def _may_be_named(doc: Doc, span: tuple[int, int], countries: dict[str, str]) -> bool:
    words = doc[span[0]:span[1]]
    if fold(words.text) in countries or any(t.text in lexicon.MONTH_WORDS or t.text in _WEEKDAYS or t.lower_ in lexicon.TITLE_WORDS or t.text in lexicon.REGIONS and len(words) == 1 for t in words):
        return False
    if len(words) == 1 and is_acronym(words.text):
        return False  # found as an acronym, and bound to its definition as one
    opening = words[0].is_sent_start or span[0] == 0
    return not (opening and len(words) == 1 and sum(c.isupper() for c in words.text) < 2)
