"""Acronyms: tokens that look like one, their definitions in the text, and the names they spell.

- **A definition** binds an acronym to a name: "Maasai Mara University (MMARAU)", "the European
  University for Peace, Justice and Inclusive Societies (EUPeace)", "North Carolina
  Agricultural and Technical State University (NC A&T)", and the other way round, "CUSAT
  (Cochin University of Science and Technology)". The long form is found with Schwartz and
  Hearst's algorithm (*A simple algorithm for identifying abbreviation definitions in
  biomedical text*, PSB 2003): the short form's letters and digits are matched right to left
  against the characters of the words before the bracket, the first one at the start of a
  word (a word may start after a hyphen: "China-Shanghai Cooperation Organization (SCO)" defines
  SCO from "Shanghai"), within min(|SF| + 5, 2·|SF|) words. The long form also gives the name's extent: it
  runs over a comma or an "and" that a token pattern would stop at.
- **Initials**: an acronym the article never defines stands for the one organisation it names
  whose word initials it spells, in order ("UIA": University Innovation Alliance) or in
  another order, as transliterated names often have it ("TSEU": Tashkent State University of
  Economics).

>>> text = "the Vaal University of Technology (VUT) and Maasai Mara University"
>>> text[long_form_start("MMARAU", text):]
'Maasai Mara University'
>>> spells("TSEU", "Tashkent State University of Economics"), spells("UIA", "University Innovation Alliance")
(True, True)
>>> spells("UN", "University of Nairobi"), spells("MNU", "Maldives National University")
(False, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import lexicon
from .sentences import sentence_of

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


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


def looks_like_short_form(text: str) -> bool:
    """What may be defined in brackets: 2-10 characters, one or two words, two capitals or more.

    >>> looks_like_short_form("NC A&T"), looks_like_short_form("EUPeace"), looks_like_short_form("Italy")
    (True, True, False)
    """
    if not (2 <= len(text) <= 10) or len(text.split()) > 2 or not text[0].isalnum():
        return False
    if text.upper() in lexicon.NOT_ACRONYMS or text.isdigit():
        return False
    return sum(c.isupper() for c in text) >= 2


# A short form coined with one capital: a word in small letters after it ("Ruforum", "Udelar"),
# or a number for a number word of the name ("Go8": Group of Eight, "N5T": Nordic Five Tech).
_COINED = re.compile(r"[A-Z][a-z]{3,9}|[A-Z][a-z]?\d{1,2}[A-Z]?")
_NUMBER_WORDS = {
    "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight",
    "9": "nine", "10": "ten", "11": "eleven", "12": "twelve", "15": "fifteen", "20": "twenty",
}


def coined_short_form(text: str) -> bool:
    """A short form in brackets with one capital: a coined word ("Ruforum", "Udelar") or a
    number in it ("Go8", "U15"); a definition must then spell it from the name's initials
    (:func:`_coined_fits`).

    >>> coined_short_form("Ruforum"), coined_short_form("Go8"), coined_short_form("Italy"), coined_short_form("G20")
    (True, True, True, True)
    """
    return bool(_COINED.fullmatch(text)) and text.upper() not in lexicon.NOT_ACRONYMS


def _spelled(short: str, long: str) -> str:
    """``short`` with a number the name writes as a word put as that word's initial ("Go8",
    "Group of Eight": "GoE"); as it is otherwise."""
    number = re.search(r"\d+", short)
    if number and number.group(0) not in long:
        word = _NUMBER_WORDS.get(number.group(0))
        found = re.search(rf"\b{word}\b", long, re.I) if word else None
        if found is None:
            return short
        return short[:number.start()] + found.group(0)[0] + short[number.end():]
    return short


def _coined_fits(short: str, long: str) -> bool:
    """A coined short form names ``long`` when it begins with the name's first initial and
    holds, in order, the initials of two of its capitalised words or more ("Ruforum":
    Regional Universities Forum ...; "Go8": Group of Eight), and the name is no place."""
    short = _spelled(short, long).lower()
    capitals = [w[0].lower() for w in re.findall(r"[^\W\d_][\w'’-]*", long) if w[0].isupper()]
    if not capitals or short[0] != capitals[0]:
        return False
    at, matched = 1, 1
    for initial in capitals[1:]:
        found = short.find(initial, at)
        if found >= 0:
            matched += 1
            at = found + 1
    return matched >= 2


def long_form_start(short: str, long: str) -> int | None:
    """Where in ``long`` the long form of ``short`` starts (Schwartz & Hearst), or None."""
    short = _spelled(short, long)
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    if i >= 0 and long[i] == "-":  # "China-Shanghai Cooperation Organization (SCO)": from "Shanghai"
        return i + 1
    return long.rfind(" ", 0, i + 1) + 1


@dataclass(frozen=True)
class Definition:
    short: tuple[int, int]  # token span of the acronym
    long: tuple[int, int]  # token span of the name it abbreviates


def definitions(doc: Doc) -> list[Definition]:
    """Every "Long Form (SF)" and "SF (Long Form)" of the text whose long form is a name."""
    found = []
    for token in doc:
        if token.text != "(":
            continue
        close = next((j for j in range(token.i + 1, min(token.i + 8, len(doc))) if doc[j].text == ")"), None)
        if close is None or close == token.i + 1:
            continue
        inner = doc[token.i + 1:close]
        sentence_start = sentence_of(doc, token.i).start
        if looks_like_short_form(inner.text) or coined_short_form(inner.text):
            definition = _long_before(doc, (token.i + 1, close), token.i, sentence_start)
        elif token.i > 0 and looks_like_short_form(doc[token.i - 1].text) and len(inner) >= 2:
            definition = _long_inside(doc, (token.i - 1, token.i), (token.i + 1, close))
        else:
            definition = None
        if definition is not None:
            found.append(definition)
    return found


def _long_before(doc: Doc, short: tuple[int, int], bracket: int, sentence_start: int) -> Definition | None:
    text = doc[short[0]:short[1]].text
    letters = sum(c.isalnum() for c in text)
    end = bracket
    while end > sentence_start and doc[end - 1].is_space:
        end -= 1
    words = min(letters + 5, 2 * letters)
    start = end
    count = 0
    while start > sentence_start and count < words:
        start -= 1
        if doc[start].text in {"(", ")", ";", ":"} or doc[start].is_space and "\n" in doc[start].text:
            start += 1
            break
        if not doc[start].is_punct:
            count += 1
    window = doc[start:end]
    offset = long_form_start(text, window.text)
    if offset is None:
        return None
    begin = next((t.i for t in window if t.idx - window.start_char >= offset), None)
    if begin is None:
        return None
    while begin < end and doc[begin].lower_ == "the":
        begin += 1
    if not looks_like_short_form(text) and not _coined_fits(text, doc[begin:end].text):
        return None
    return Definition(short, (begin, end)) if _is_name(doc, begin, end, text) else None


def _long_inside(doc: Doc, short: tuple[int, int], inner: tuple[int, int]) -> Definition | None:
    text = doc[short[0]:short[1]].text
    span = doc[inner[0]:inner[1]]
    if long_form_start(text, span.text) != 0:
        return None
    begin = inner[0] + (doc[inner[0]].lower_ == "the")
    return Definition(short, (begin, inner[1])) if _is_name(doc, begin, inner[1], text) else None


def _is_name(doc: Doc, start: int, end: int, short: str) -> bool:
    """A long form that names something: longer than the acronym, every word capitalised but
    the little words of names ("of", "and", "de"), the acronym not one of its words; after a
    head of another language, its lower-case words too ("Agence universitaire de la
    Francophonie", "Conférence des recteurs des universités francophones"), when none of them
    is an English stop word."""
    span = doc[start:end]
    if end - start < 2 or len(span.text) <= len(short):
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or any(t.text == short for t in words):
        return False
    foreign = words[0].text in lexicon.FOREIGN_HEADS
    return all(
        t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in lexicon.NAME_LITTLE_WORDS or (foreign and not t.is_stop)
        for t in words
    )


# -- initials ----------------------------------------------------------------------------------


def initials(name: str) -> str:
    """The initials of a name's words, little words left out ("Al-Farabi" gives two).

    >>> initials("Al-Farabi Kazakh National University"), initials("University of Maryland, Baltimore County")
    ('AFKNU', 'UMBC')
    """
    return "".join(w[0].upper() for w in _WORD.findall(name) if w.lower() not in lexicon.NAME_LITTLE_WORDS)


# A coined word contracting a name: its first words to initials, its last whole ("UArctic").
CONTRACTION = re.compile(r"([A-Z]{1,3})([A-Z][a-z]{2,})")


def contraction(name: str) -> str | None:
    """The coined word that contracts a name of two to four capitalised words, little words
    left out, or None.

    >>> contraction("University of the Arctic"), contraction("Universidad de Talca"), contraction("the network")
    ('UArctic', 'UTalca', None)
    """
    words = [w for w in re.findall(r"[\w'’]+", name) if w.lower() not in lexicon.NAME_LITTLE_WORDS]
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "".join(w[0] for w in words[:-1]) + words[-1]
    return None


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym (three capitals or more) spells the initials of a name, in any order.

    Its capitals must be exactly the initials (as a sequence or a multiset), or, for acronyms
    that keep a syllable ("KazNU"), the initials of the name's last words; an eponym after
    "named after" may be left out ("SamSU": "Samarkand State University named after ...").

    >>> spells("SamSU", "Samarkand State University named after Sharof Rashidov")
    True
    """
    capitals = "".join(c for c in acronym if c.isupper() or c.isdigit())
    if len(capitals) < 3:
        return False
    eponymous = re.fullmatch(r"(.+?)\s+named\s+after\s+.+", name)
    if eponymous and spells(acronym, eponymous.group(1)):  # "SamSU": Samarkand State University named after X
        return True
    letters = initials(name)
    if capitals == letters or sorted(capitals) == sorted(letters):
        return True
    return any(c.islower() for c in acronym) and letters.endswith(capitals[1:]) and capitals[0] in letters[:-len(capitals) + 1]
