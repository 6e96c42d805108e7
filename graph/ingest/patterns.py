"""Token patterns for names the registry does not know yet: institutions, acronyms, places, people.

Institutions (spaCy Matcher patterns over token attributes, then a few rules on the match):

- **"X University"**: capitalised words ending in an institution head noun (University,
  Institute, Academy, College, School, Polytechnic, Centre/Center, Laboratory, Ministry,
  Government, Alliance, Organisation, ...; see :data:`.lexicon.INSTITUTION_HEADS`):
  "Northwest Normal University", "SKEMA Business School", "Shaanxi Provincial People's
  Government";
- **"University of X"**: a head noun, then *of/for/di/de* and capitalised words, which may go
  on with *and/of (the)*: "University of New South Wales", "Ministry of Foreign Affairs",
  "Center for Remote Sensing of the Earth", "Politecnico di Milano";
- **"X Institute of Y"**: both: "Xinjiang Institute of Ecology and Geography";
- **"X Polytechnic ..."**: head nouns in a row count as one: "Hong Kong Polytechnic
  University";
- **"... named after M. Name"**: the eponym is part of the name;
- **a country in brackets** right after the name is part of it: "National University of
  Sciences and Technology (Pakistan)".

The rules: leading words that are not part of a name are dropped ("The", "At", a role title);
a head noun right after a hyphen is a modifier ("Industry-University Integration"); a name
going on into "Rankings", "Press" and the like is not an institution; a name that would run
into a person's name stops before it ("China University of Petroleum Chen Feng").

Also: **acronyms** (capitals, 3 to 7 letters, outside all-capitals headlines), **places**
after "held/launched/located in", and **people** named next to a role title ("President Wang
Shuguo", "Chancellor of the X University Chen Feng", "Zhang Liqun, academician of ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .folding import fold

CONNECTORS = frozenset({"of", "for", "and", "&", "di", "de", "del", "della", "degli", "des", "du", "da", "do"})
FIRST_CONNECTORS = CONNECTORS - {"and", "&"}
_TITLE_WORDS = frozenset({t for t in lexicon.ROLE_TITLES if re.fullmatch(r"[a-z]+", t)} | {"vice"})
_MONTH_WORDS = frozenset(m.capitalize() for m in lexicon.MONTHS)
_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][\w'’.\-]*|[a-z][a-z]*[A-Z][\w]*")
_PERSON_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]{2,}[a-z]*|[A-Z][a-z]*\.[A-Z][a-z]+")


# -- token attributes (registered as Token extensions by the pipeline) ---------------------


def is_namepart(token: Token) -> bool:
    """A word that can be part of a name: capitalised, or a joiner inside one."""
    text = token.text
    if token.is_space:
        return False
    if text in {"-", "&", "'s", "’s"} or text.lower() == "the":
        return True
    return bool(_CAPITALISED.fullmatch(text))


def is_head(token: Token) -> bool:
    """An institution head noun that is not the second half of a hyphenated modifier."""
    if token.text not in lexicon.INSTITUTION_HEADS:
        return False
    return not (token.i > 0 and token.doc[token.i - 1].text in {"-", "/"})


def is_tailword(token: Token) -> bool:
    return (
        is_namepart(token) and not is_head(token) and token.text.lower() != "the"
        and token.text not in {"-", "&", "'s", "’s"} and token.text not in lexicon.NOT_NAME_WORDS
        and token.text.lower() not in _TITLE_WORDS
    )


def is_personword(token: Token) -> bool:
    """A word that can be part of a person's name."""
    text = token.text
    return bool(
        _PERSON_WORD.fullmatch(text)
        and text not in lexicon.NOT_NAME_WORDS
        and text not in lexicon.INSTITUTION_HEADS
        and text not in _MONTH_WORDS
        and text.lower() not in _TITLE_WORDS
        and not (text.isupper() and text in lexicon.NOT_ACRONYMS)
    )


# -- institutions ----------------------------------------------------------------------------


def institution_patterns() -> dict[str, list[list[dict]]]:
    """The named spaCy Matcher patterns; the rules in :func:`institutions` complete them."""
    name = {"_": {"ukg_namepart": True}, "OP": "+"}
    heads = {"_": {"ukg_head": True}, "OP": "+"}
    connector = {"LOWER": {"IN": sorted(FIRST_CONNECTORS)}}
    the = {"LOWER": "the", "OP": "?"}
    tail = {"_": {"ukg_namepart": True}, "IS_TITLE": True}
    return {
        "X University": [[name, heads]],
        "University of X": [[heads, connector, the, tail]],
        "X Institute of Y": [[name, heads, connector, the, tail]],
    }


def institutions(
    doc: Doc, matches, *, people: list, registry_spans: list, countries: dict[str, str]
) -> list[tuple[int, int]]:
    """Token spans of institutions found by the patterns, after the rules of the module doc."""
    person_starts = {c.start for c in people}
    found: set[tuple[int, int]] = set()
    for _, start, end in matches:
        head = max(i for i in range(start, end) if is_head(doc[i]))
        stop = _tail(doc, head + 1, person_starts)
        stop = _cut_person(doc, head + 1, stop)
        if _goes_on_into_something_else(doc, stop):
            continue
        begin = _trim_left(doc, start, head)
        if begin is None:
            continue
        stop = _bracketed_country(doc, stop, countries)
        words = [t for t in doc[begin:stop] if t.is_alpha and not is_head(t)]
        if not words or not any(is_namepart(t) and t.text.lower() != "the" for t in words):
            continue
        found.add((begin, stop))
    names: dict[str, int] = {}  # every institution name found, and how often
    for s, e in found:
        key = fold(doc[s:e].text)
        names[key] = names.get(key, 0) + 1
    names_known = {fold(doc[c.start:c.end].text) for c in registry_spans if c.kind == "organization"}
    found = {_without_trailing_person(doc, span, names, names_known) for span in found}
    return [
        span for span in found
        if not any(_conflicts(span, (c.start, c.end), c.kind) for c in registry_spans)
    ]


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


def _goes_on_into_something_else(doc: Doc, i: int) -> bool:
    """Whether the capitalised words after the name end in "Rankings", "Project" and the like."""
    while i < len(doc) and is_tailword(doc[i]):
        if doc[i].text in lexicon.NOT_INSTITUTION_AFTER:
            return True
        i += 1
    return False


def _tail(doc: Doc, i: int, person_starts: set[int]) -> int:
    """Where the name ends after its head: "of Sciences and Technology", "named after M. X".

    "and" goes on only inside an "of" part ("of Ecology and Geography"), and not into the
    next institution ("of Education and the Ministry ...", "University and LGE").
    """
    end = i
    in_of_part = False
    while i < len(doc):
        word = doc[i].text.lower()
        if word in CONNECTORS:
            if word in {"and", "&"} and not in_of_part:
                break
            j = i + 1
            if j < len(doc) and doc[j].text.lower() == "the" and (word in FIRST_CONNECTORS or word == "and"):
                j += 1
            k = j
            while k < len(doc) and is_tailword(doc[k]) and k not in person_starts:
                k += 1
            if k == j:
                break
            if k < len(doc) and is_head(doc[k]):
                break  # "... of the Chinese Academy": the next institution starts there
            if word in {"and", "&"} and all(is_acronym(t.text) for t in doc[j:k]):
                break
            in_of_part = True
            end = i = k
        elif word == "named" and i + 1 < len(doc) and doc[i + 1].text.lower() == "after":
            k = i + 2
            while k < len(doc) and (is_tailword(doc[k]) or re.fullmatch(r"[A-Z]\.", doc[k].text)):
                k += 1
            if k == i + 2:
                break
            end = i = k
        else:
            break
    return end


def _cut_person(doc: Doc, tail_start: int, stop: int) -> int:
    """Stop before a person's name that ends the tail: "... of Petroleum Chen Feng"."""
    if stop - tail_start >= 4 and doc[stop - 2].text in lexicon.FAMILY_NAMES and doc[stop - 1].is_title:
        if doc[stop - 3].text.lower() not in CONNECTORS:
            return stop - 2
    return stop


def _trim_left(doc: Doc, start: int, head: int) -> int | None:
    begin = start
    while begin <= head:
        token = doc[begin]
        text = token.text
        if (
            text.lower() == "the" or text in {"-", "&", "'s", "’s"} or text in lexicon.NOT_NAME_WORDS
            or text in _MONTH_WORDS or (text.lower() in _TITLE_WORDS and begin < head)
        ):
            begin += 1
        else:
            break
    return begin if begin <= head else None


def _bracketed_country(doc: Doc, stop: int, countries: dict[str, str]) -> int:
    if stop < len(doc) and doc[stop].text == "(":
        for close in range(stop + 2, min(stop + 7, len(doc))):
            if doc[close].text == ")":
                inner = doc[stop + 1:close].text
                if fold(inner) in countries:
                    return close + 1
                break
    return stop


# -- acronyms and places ---------------------------------------------------------------------


def acronyms(doc: Doc) -> list[tuple[int, int]]:
    """Single tokens that look like an organisation's acronym ("LGE", "UANSR", "KazNU")."""
    found = []
    for sentence in doc.sents:
        words = [t for t in sentence if t.is_alpha and len(t) > 1]
        if words and sum(t.is_upper for t in words) > len(words) / 2:
            continue  # an all-capitals headline
        for token in sentence:
            if is_acronym(token.text):
                found.append((token.i, token.i + 1))
    return found


def is_acronym(text: str) -> bool:
    """
    >>> is_acronym("UANSR"), is_acronym("KazNU"), is_acronym("MOU"), is_acronym("Xinjiang")
    (True, True, False, False)
    """
    if not (2 <= len(text) <= 7) or not text.isalpha() or text.upper() in lexicon.NOT_ACRONYMS:
        return False
    if text.isupper():
        return len(text) >= 3
    return text[0].isupper() and text[-1].isupper() and sum(c.isupper() for c in text) >= 2


_PLACE_VERBS = frozenset({"held", "launched", "located", "based", "opened", "unveiled", "place", "headquartered", "hosted", "took"})


def places(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised words after "held in", "launched in", "located in" ...: places."""
    found = []
    for token in doc:
        if token.lower_ != "in" or token.i == 0 or doc[token.i - 1].lower_ not in _PLACE_VERBS:
            continue
        i = token.i + 1
        for _ in range(2):  # "in iHarbour, Xi'an": two places
            j = i
            while j < len(doc) and j - i < 2 and _CAPITALISED.fullmatch(doc[j].text) and doc[j].text not in lexicon.NOT_NAME_WORDS and not is_head(doc[j]):
                j += 1
            if j == i:
                break
            found.append((i, j))
            if j + 1 < len(doc) and doc[j].text == ",":
                i = j + 1
            else:
                break
    return found


# -- people next to a role title -------------------------------------------------------------


def titled_people(doc: Doc, titles: list[Span], orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names of 2-3 words next to a role title: "President Wang Shuguo", "Zhang Liqun, academician"."""
    org_at = {s: e for s, e in orgs}
    found = []
    for title in titles:
        after = _name_after(doc, title.end)
        if after:
            found.append(after)
            continue
        i = title.end
        if i < len(doc) and doc[i].lower_ == "of":
            org_end = _org_chain_end(doc, i + 1, org_at)
            if org_end is not None:
                after = _name_after(doc, org_end)
                if after:
                    found.append(after)
                    continue
        before = _name_before(doc, title.start)
        if before:
            found.append(before)
    return found


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    j = i
    while j < len(doc) and j - i < 3 and is_personword(doc[j]):
        j += 1
    return (i, j) if j - i >= 2 else None


def _name_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name before ", (an) TITLE" or " (L), TITLE"."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in {"a", "an", "the"}:
        j -= 1
    if j < 0 or doc[j].text != ",":
        return None
    j -= 1
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(":
        j -= 3
    while j >= 0 and doc[j].is_space:
        j -= 1
    end = j + 1
    while j >= 0 and end - j <= 3 and is_personword(doc[j]):
        j -= 1
    start = j + 1
    return (start, end) if end - start >= 2 else None


def _org_chain_end(doc: Doc, i: int, org_at: dict[int, int]) -> int | None:
    """After "Title of": (the) ORG, then any "(ACR)", "of the ORG", "at the ORG"; its end."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i not in org_at:
        return None
    end = org_at[i]
    while end < len(doc):
        if doc[end].text == "(" and end + 2 < len(doc) and doc[end + 2].text == ")":
            end += 3
        elif doc[end].lower_ in {"of", "at"}:
            j = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
            if j in org_at:
                end = org_at[j]
            else:
                break
        else:
            break
    return end
