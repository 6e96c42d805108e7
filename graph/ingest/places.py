"""Places and the words around names that are not organisations: datelines, "held in", country codes.

- **A dateline** opens news: "KOCHI: ", "CHATTOGRAM, May 24: ", "LANZHOU, China, June 12, 2018
  /PRNewswire/ -- ", "ALMATY. 13 May. Press center - ", "SEOUL, March 11 (Yonhap) -- ", "AL AIN,
  4th November, 2026 (WAM) --": a place in capitals (of any alphabet: "QUÉBEC CITY"; words of
  two letters inside a longer place, "AL AIN", "ST. PETERSBURG", "RIO DE JANEIRO", not a
  union's or a country's code, "UN CHIEF:"), then at most ten words (a region, a date, a
  newswire, a news agency in brackets) with at most two in lower case, up to a colon or a dash;
  or a place written as a name ("Addis Ababa, June 20/2024 (ENA) — ", "New Delhi [India], March 3
  (ANI): ") when a date or an agency in brackets follows it. It starts the first paragraph of
  the story, which a byline or a masthead may precede ("By X", "The Kathmandu Post", "News
  provided by ..."): the lines before it are tried too, up to the first line of prose. Its
  place is a city, never an organisation; its date is when the news was written, never when
  something was signed; its newswire or agency is not a party, and nor is anything before it.
  A byline that runs into the story on its line ("By Jane Doe | Agência X – The University ...")
  is such a lead-in too, with no place.
- **A label** that opens a line ("RELATED:", "READ ALSO:", "WATCH:") is no organisation.
- **An acronym and a city** (one of the reference list's places, ``graph/places.py``) name one
  institution: "IIT Bombay", "TU Delft".
- **Places** are the capitalised words after "held in", "launched in", "located in" ...
- **Acronyms** are single tokens that look like one (:func:`.acronyms.is_acronym`), outside
  all-capital headlines (each part of a line bars divide read apart: "PRESS RELEASE | ...") and a
  masthead's line of sections ("RABAT DAILY | Society | Education"), with the capitals a hyphen joins before them ("EU-CONEXUS"); a country's code
  among them ("USA", "UK") is the country; a city written in capitals ("RABAT DAILY", "AL AIN,")
  is none.

>>> from spacy.lang.en import English
>>> doc = English()("LANZHOU, China, June 12, 2018 /PRNewswire/ -- On June 7, it was signed.")
>>> found = dateline(doc)
>>> doc[slice(*found.place)].text, doc[:found.end].text
('LANZHOU', 'LANZHOU, China, June 12, 2018 /PRNewswire/ --')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..places import fold as place_words, load_places
from . import lexicon
from .acronyms import is_acronym
from .dates import BREADCRUMB, find_dates, story_begins
from .institutions import is_head
from .sentences import sentences, starts_a_sentence, text_of

_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][\w'’.\-]*|[a-z][a-z]*[A-Z][\w]*")
_SEPARATOR = re.compile(r"\s*(?:--|[–—:]|\s-(?=\s)|(?<=\.)-(?=\s))\s*")  # "AREQUIPA.- ", "(EFE).- " as Spanish agencies write it
# The dateline's date between two dashes after its place: "ST. KITTS, Caribbean – February 15, 2024 – "
_DATE_BETWEEN_DASHES = re.compile(r"[\w.,' ]{4,30}?\b(?:19|20)\d\d\s*(?:--|[–—]|\s-(?=\s))\s*")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"  # "QUÉBEC", "ŁÓDŹ" (Latin Extended-A mixes cases: a place must equal its upper case)
_PLACE_IN_CAPITALS = re.compile(  # words of two capitals inside a longer place: "AL AIN", "ST. PETERSBURG", "RIO DE JANEIRO"
    rf"(?:(?P<short>[{_UPPER}]{{2}})\.?\s)?[{_UPPER}][{_UPPER}'’\-]{{2,}}(?:\s[{_UPPER}][{_UPPER}'’\-]{{1,}})*(?=[,.:(]|\s[(–—-])"
)
_PLACE_AS_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=(?:\s\[[A-Z][\w ]+\])?,)")  # "Addis Ababa," "New Delhi [India]," with a date or an agency after it
_DATE_OR_AGENCY = re.compile(r"\d|\([A-Z][\w.]*\)|/[A-Z][\w ]*/")
_STORY_WORDS = 6  # the story goes on after a dateline, on its line
_LABELS = frozenset({"RELATED", "READ", "ALSO", "SEE", "WATCH", "LISTEN", "MORE", "UPDATE", "UPDATED", "PHOTO", "PHOTOS", "VIDEO", "ADVERTISEMENT", "RECOMMENDED", "TRENDING", "EDITOR'S", "NOTE"})
_PLACE_VERBS = frozenset({"held", "launched", "located", "based", "opened", "unveiled", "place", "headquartered", "hosted", "took"})
_REGION_CODES = frozenset({"EU", "UN", "UK", "US", "SA", "NZ", "HK", "DC", "EC"})  # a country's or a union's, as news writes them
_STATE_TITLES = frozenset({"Minister", "Ambassador", "Secretary", "Governor", "Senator", "Prime", "Deputy", "High", "Consul"})
COUNTRY_CODES = {"USA": "US", "US": "US", "UK": "GB", "UAE": "AE", "PRC": "CN", "ROK": "KR", "DPRK": "KP"}


@dataclass(frozen=True)
class Dateline:
    place: tuple[int, int] | None  # token span of the place in capitals (None: a byline's lead-in, no place)
    end: int  # the first token after the dateline


# A byline that runs into the story on its line: "By Jane Doe | Agência X – The University ...",
# "By Jane Doe, Staff Reporter -- The ...": the reporter, a role or an outlet after a comma or a
# bar, then a dash or a colon, then the story (as after a dateline).
_BYLINE_LEAD = re.compile(
    r"\s*By:?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|do|dos|das|del|van|von|der|bin|binti|al|el|y))*"
    r"(?:\s*[,|]\s*[^\n,|–—:]{1,50}?){0,3}\s*(?:--|[–—:]|\s-(?=\s))\s*"
)


def dateline(doc: Doc) -> Dateline | None:
    """The dateline that opens the story, or None (see the module's doc)."""
    line_start = 0
    for line in text_of(doc)[:1200].split("\n"):
        found = _dateline_at(doc, line_start, line) or _byline_lead(doc, line_start, line)
        if found is not None:
            return found
        if story_begins(line):
            return None
        line_start += len(line) + 1
    return None


def _byline_lead(doc: Doc, line_start: int, line: str) -> Dateline | None:
    """A byline with the story after it on its line: the lead-in ends where the story begins
    (its reporter and its outlet are no party; "By X | Agência FAPESP – The University of Y
    (Z) ...": FAPESP is no other name of Y)."""
    match = _BYLINE_LEAD.match(line[:200])
    if match is None or len(line[match.end():].split()) < _STORY_WORDS:
        return None
    rest = line[match.end():]
    if not rest[:1].isupper() and not rest[:1].isdigit():
        return None
    inner = _dateline_at(doc, line_start + match.end(), rest)  # "By X – KOCHI: The ...": the dateline after it
    if inner is not None:
        return inner
    end = doc.char_span(line_start, line_start + match.end(), alignment_mode="contract")
    if end is None:
        return None
    stop = end.end
    while stop < len(doc) and doc[stop].is_space:
        stop += 1
    return Dateline(None, stop)


def _dateline_at(doc: Doc, line_start: int, line: str) -> Dateline | None:
    head = line[:160]
    indent = len(head) - len(head.lstrip())
    first = _PLACE_IN_CAPITALS.match(head, indent)
    if first is not None and (first.group(0) != first.group(0).upper() or first.group("short") in _REGION_CODES | set(COUNTRY_CODES)):
        first = None  # not "UN CHIEF:", a headline's label
    as_name = first is None
    if as_name:
        first = _PLACE_AS_NAME.match(head, indent)
        if first is None:
            return None
    if first.group(0).split()[0] in _LABELS:
        return None
    separator = _SEPARATOR.search(head, first.end())
    if separator is None or len(line[separator.end():].split()) < _STORY_WORDS:
        return None  # "CIVIS – A European Civic University": a headline, not a story's first words
    words = head[first.end():separator.start()]
    then = _DATE_BETWEEN_DASHES.match(head, separator.end())
    if then is not None and find_dates(then.group(0)):
        separator = then  # the story begins after the dateline's date, not before it
    lower = [w for w in re.findall(r"[A-Za-z]+", words) if w.islower()]
    if len(words.split()) > 10 or len(lower) > 2 or (as_name and not _DATE_OR_AGENCY.search(words)):
        return None
    place = doc.char_span(line_start + indent, line_start + first.end(), alignment_mode="expand")
    end = doc.char_span(line_start, line_start + separator.end(), alignment_mode="contract")
    if place is None or end is None:
        return None
    stop = end.end
    while stop < len(doc) and doc[stop].is_space:
        stop += 1
    return Dateline((place.start, place.end), stop)


def acronyms_with_a_city(doc: Doc) -> list[tuple[int, int]]:
    """An acronym and a city, as news names many institutions: "IIT Bombay", "TU Delft",
    "NUST Islamabad", "RPTU Kaiserslautern-Landau" (the city one of the reference list's
    places); not "TU Delft University", nor an acronym and a continent ("QS Asia")."""
    table = city_table()
    found = []
    for token in doc[:-1]:
        text = token.text
        if not (is_acronym(text) or (len(text) == 2 and text.isalpha() and text.isupper())) or text in COUNTRY_CODES or text in lexicon.NOT_ACRONYMS:
            continue
        if _drop_capital(token):
            continue  # "IN Lusaka, ...": a newspaper's first word
        city = doc[token.i + 1]
        end = token.i + 2
        if not (city.is_alpha and city.is_title) or city.text in lexicon.REGIONS or table.name_of(place_words(city.text)) is None:
            continue  # "QS Asia ranking": a continent is no institution's city
        if end + 1 < len(doc) and doc[end].text == "-" and not city.whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_title:
            end += 2  # two cities: "RPTU Kaiserslautern-Landau"
        after = doc[end] if end < len(doc) else None
        if after is not None and (is_head(after) or (after.is_alpha and after.text[:1].isupper())):
            continue
        found.append((token.i, end))
    return found


@functools.cache
def city_table():
    return load_places()


def is_label(token) -> bool:
    """A label opening a line ("RELATED:", "READ ALSO:"), not a name."""
    doc = token.doc
    i = token.i
    while i > 0 and doc[i - 1].text in _LABELS:
        i -= 1
    at_line_start = i == 0 or "\n" in doc[i - 1].text
    j = token.i
    while j + 1 < len(doc) and doc[j + 1].text in _LABELS:
        j += 1
    return token.text in _LABELS and at_line_start and j + 1 < len(doc) and doc[j + 1].text == ":"


def acronyms(doc: Doc) -> list[tuple[int, int]]:
    """Single tokens that look like an organisation's acronym ("LGE", "UANSR", "KazNU"), and
    two capitals where an organisation stands: before a signing verb or a title, after "with"
    or "between" ("KU signed", "KU Vice-Chancellor", "with KU and ...")."""
    found = []
    for sentence in sentences(doc):
        if BREADCRUMB.fullmatch(sentence.text.strip()):
            continue  # a masthead and its sections: "RABAT DAILY | Society | Education"
        capitals = set()
        for part in _bar_parts(sentence):  # "PRESS RELEASE | Regional Universities Forum ... (RUFORUM)": each part a heading
            words = [t for t in part if t.is_alpha and len(t) > 1]
            if words and sum(t.is_upper for t in words) > len(words) / 2:
                capitals.update(t.i for t in part)  # an all-capitals headline, or a label in capitals
        for token in sentence:
            if token.i in capitals or _drop_capital(token) or _currency(token):
                continue
            if (is_acronym(token.text) or token.text in COUNTRY_CODES or _two_capitals_as_party(token)) and not is_label(token) and not _place_in_capitals(token):
                found.append((token.i, token.i + 1))
    return _joined_by_hyphens(doc, [(s, e) for s, e in found if doc[s].text not in lexicon.REGIONS])  # "the member states of ASEAN": a region


def _bar_parts(sentence) -> list:
    """The parts of a line a bar divides ("PRESS RELEASE | Regional Universities Forum ..."),
    each read apart; the sentence whole when it has no bar."""
    parts, start = [], sentence.start
    for token in sentence:
        if token.text in {"|", "¦"}:
            parts.append(sentence.doc[start:token.i])
            start = token.i + 1
    parts.append(sentence.doc[start:sentence.end])
    return parts


def _drop_capital(token) -> bool:
    """A little word opening a sentence in capitals, as some newspapers set the first word of a
    story ("THE University of the South Pacific and ...", "IN a ceremony at ..."): the word,
    not an acronym ("THE" here is no ranking body)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.is_upper and token.is_stop and starts_a_sentence(token.doc, token.i) and following is not None and following.is_alpha and not following.is_upper


def _currency(token) -> bool:
    """Three capitals before an amount are a currency's code ("NOK 2.4 million", "KES 300,000",
    "ZAR 12m"), not an organisation."""
    doc = token.doc
    if not (len(token.text) == 3 and token.text.isalpha() and token.is_upper) or token.i + 1 >= len(doc):
        return False
    amount = doc[token.i + 1]
    after = doc[token.i + 2].lower_ if token.i + 2 < len(doc) else ""
    return amount.like_num and (bool(re.search(r"[.,]\d", amount.text)) or after in {"million", "billion", "thousand", "m", "bn", "k"}
                                 or amount.text.isdigit() and int(amount.text) >= 1000)


def _joined_by_hyphens(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Acronyms as hyphens join them: capitals joined to capitals are one name ("EU-CONEXUS",
    not "CONEXUS"; and one capital letter, "IIT-H", "E-JUST"), unless each is used alone too
    ("the UM-UGM ties": two names)."""
    result = []
    for start, end in found:
        first, last = start, end
        while first >= 2 and _hyphen(doc, first - 1) and (_capitals(doc[first - 2].text) or first == start and _letter(doc[first - 2].text)):
            first -= 2
        while last + 1 < len(doc) and _hyphen(doc, last) and (_capitals(doc[last + 1].text) or last == end and _letter(doc[last + 1].text)):
            last += 2
        if (first, last) != (start, end):  # joined (rare: the words used alone are looked for only then)
            alone = {t.text for t in doc if not (t.i > 0 and _hyphen(doc, t.i - 1)) and not (t.i + 1 < len(doc) and _hyphen(doc, t.i + 1))}
            if not all(doc[k].text in alone for k in range(first, last, 2)):  # "UM-UGM ties", both used alone: two names
                start, end = first, last
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in result):
            result = [(s, e) for s, e in result if not (start <= s and e <= end)] + [(start, end)]
    return result


def _hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


def _capitals(text: str) -> bool:
    return len(text) >= 2 and text.isalnum() and text.isupper()


def _letter(text: str) -> bool:
    """One capital letter a hyphen joins to an acronym: a campus's city or a country's initial
    ("IIT-H", "IIT-M's campus", "E-JUST"), part of the acronym."""
    return len(text) == 1 and text.isalpha() and text.isupper()


def _place_in_capitals(token) -> bool:
    """A city written in capitals, alone or with the capitals around it ("RABAT DAILY", "AL
    AIN,"): a place of the reference list's, not an acronym."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and token.i - start < 2 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1
    while end < len(doc) and end - token.i < 3 and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    table = city_table()
    return any(
        table.name_of(place_words(doc[s:e].text.title())) is not None
        for s in range(start, token.i + 1) for e in range(token.i + 1, end + 1)
    )


def _two_capitals_as_party(token) -> bool:
    text = token.text
    if not (len(text) == 2 and text.isalpha() and text.isupper()) or text in COUNTRY_CODES or text in lexicon.NOT_ACRONYMS or text in _REGION_CODES:
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if after is not None and (after.lower_ in {"signed", "signs", "inked", "concluded", "renewed"}
                              or after.lower_ in lexicon.TITLE_WORDS and after.text[:1].isupper() and after.text not in _STATE_TITLES):
        return True  # "KU signed", "KU Vice-Chancellor"; not "SA Minister"
    return before is not None and before.lower_ in {"with", "between"} and (after is None or after.is_punct or after.lower_ == "and")


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
