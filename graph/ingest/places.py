"""Places and the words around names that are not organisations: datelines, "held in", country codes.

- **A dateline** opens news: "KOCHI: ", "CHATTOGRAM, May 24: ", "LANZHOU, China, June 12, 2018
  /PRNewswire/ -- ", "ALMATY. 13 May. Press center - ": a place in capitals, then at most ten
  words (a region, a date, a newswire) with at most two in lower case, up to a colon or a dash.
  Its place is a city, never an organisation; its date is when the news was written, never
  when something was signed; its newswire is not a party.
- **Places** are the capitalised words after "held in", "launched in", "located in" ...
- **Acronyms** are single tokens that look like one (:func:`.acronyms.is_acronym`), outside
  all-capital headlines; a country's code among them ("USA", "UK") is the country.

>>> from spacy.lang.en import English
>>> doc = English()("LANZHOU, China, June 12, 2018 /PRNewswire/ -- On June 7, it was signed.")
>>> found = dateline(doc)
>>> doc[slice(*found.place)].text, doc[:found.end].text
('LANZHOU', 'LANZHOU, China, June 12, 2018 /PRNewswire/ --')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import lexicon
from .acronyms import is_acronym
from .institutions import is_head
from .sentences import sentences

_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][\w'’.\-]*|[a-z][a-z]*[A-Z][\w]*")
_SEPARATOR = re.compile(r"\s*(?:--|[–—:]|\s-(?=\s))\s*")
_PLACE_IN_CAPITALS = re.compile(r"\s*[A-Z][A-Z'’\-]{2,}(?:\s[A-Z][A-Z'’\-]{2,})*(?=[,.:(]|\s[(–—-])")
_PLACE_VERBS = frozenset({"held", "launched", "located", "based", "opened", "unveiled", "place", "headquartered", "hosted", "took"})
COUNTRY_CODES = {"USA": "US", "US": "US", "UK": "GB", "UAE": "AE", "PRC": "CN", "ROK": "KR", "DPRK": "KP"}


@dataclass(frozen=True)
class Dateline:
    place: tuple[int, int]  # token span of the place in capitals
    end: int  # the first token after the dateline


def dateline(doc: Doc) -> Dateline | None:
    """The dateline that opens the text, or None."""
    head = doc.text[:160]
    first = _PLACE_IN_CAPITALS.match(head)
    if not first:
        return None
    separator = _SEPARATOR.search(head, first.end())
    if separator is None:
        return None
    words = head[first.end():separator.start()]
    lower = [w for w in re.findall(r"[A-Za-z]+", words) if w.islower()]
    if len(words.split()) > 10 or len(lower) > 2:
        return None
    place_start = len(head) - len(head.lstrip())
    place = doc.char_span(place_start, first.end(), alignment_mode="expand")
    end = doc.char_span(0, separator.end(), alignment_mode="contract")
    if place is None or end is None:
        return None
    stop = end.end
    while stop < len(doc) and doc[stop].is_space:
        stop += 1
    return Dateline((place.start, place.end), stop)


def acronyms(doc: Doc) -> list[tuple[int, int]]:
    """Single tokens that look like an organisation's acronym ("LGE", "UANSR", "KazNU")."""
    found = []
    for sentence in sentences(doc):
        words = [t for t in sentence if t.is_alpha and len(t) > 1]
        if words and sum(t.is_upper for t in words) > len(words) / 2:
            continue  # an all-capitals headline
        for token in sentence:
            if is_acronym(token.text) or token.text in COUNTRY_CODES:
                found.append((token.i, token.i + 1))
    return found


def country_code(text: str) -> str | None:
    """The ISO code of a country written as its usual abbreviation ("USA", "UK"), else None."""
    return COUNTRY_CODES.get(text)


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
