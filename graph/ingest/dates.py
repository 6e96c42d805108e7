"""Dates in the text, exactly as precise as the text, read against the article's date.

The policy (the curated convention of ``data/README.md``, rule 2):

- a full date ("May 17, 2023", "17 May 2023", "2023-05-17") is ``"2023-05-17"``;
- a month and year ("May 2023") is ``"2023-05"``; a year after "in" ("in 2023") is ``"2023"``;
- a range of days ("23-24 November 2023", "May 11-12, 2023") is its first day;
- a day and month without a year ("on July 4", "Sept 2", "4 July") is ``"--07-04"``, also when
  the article's date is known: the year is never taken from the publication date;
- "today" and "yesterday" are the only words read against a day, the one the text itself says
  it was written (:func:`writing_day`: its dateline's date, or a date on a line of its own above
  the story), as precise as that day ("TEMA, May 3 (GNA) -- ... today": ``--05-03``); never
  against the page's publication date, which is no part of the text;
- "5/19/2023" is read month/day/year only when the day is over 12 ("19"); a numeric date that
  could be either way round ("5/6/2023") is left out; a day and month in brackets after a
  weekday ("on Wednesday (14/8)", as Indonesian news writes them) are day/month, by the same
  rule ("(5/8)" is left out);
- "3.9.2025" (with dots) is day.month.year, as the countries that write dates so read them;
- anything else (weekdays, "last week", "recently") gives no date.

>>> [d.value for d in find_dates("It was signed on May 17, 2023 and renewed on July 4.")]
['2023-05-17', '--07-04']
>>> [d.value for d in find_dates("In 2021, it joined; a member since 1998.")]
['2021', '1998']
>>> [d.value for d in find_dates("Held on 23-24 November 2023, after the meeting of May 11-12, 2023.")]
['2023-11-23', '2023-05-11']
>>> [d.value for d in find_dates("Renewed on Wednesday (14/8), not on Friday (5/8).")]
['--08-14']
>>> [d.value for d in find_dates("Signed yesterday.", published="2024-07-05")]
['2024-07-04']
>>> find_dates("Signed yesterday.", published="2024")
[]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import date_literal
from ..errors import UserError
from .lexicon import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),  # "23-24 November 2023": its first day
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?,?\s+{_YEAR}\b"),  # "May 11-12, 2023"
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/{_YEAR}"),
    re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.{_YEAR}\b"),  # "3.9.2025": day.month.year, as Europe writes it
    re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)\)"),  # "on Wednesday (14/8)"
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?!\s*,?\s*(?:19|20)\d\d)"),
    re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|of)\s+{_YEAR}\b(?![-/])"),
    re.compile(r"\b(?P<relative>today|yesterday)\b", re.I),
]

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class FoundDate:
    text: str
    value: str  # one of the four forms of data/README.md
    start: int
    end: int


def find_dates(text: str, *, published: str | None = None, offset: int = 0) -> list[FoundDate]:
    """The dates stated in ``text``, in order; offsets are ``offset`` + the position in text."""
    found: list[FoundDate] = []
    taken = bytearray(len(text))  # characters an earlier (more precise) date holds
    for pattern in _PATTERNS if _DIGIT.search(text) else _PATTERNS[-1:]:  # all but "today" and "yesterday" need a digit
        for match in pattern.finditer(text):
            if any(taken[match.start():match.end()]):
                continue
            value = _value(match, published)
            if value is None:
                continue
            taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
            found.append(FoundDate(match.group(0), value, offset + match.start(), offset + match.end()))
    return sorted(found, key=lambda d: d.start)


def _value(match: re.Match, published: str | None) -> str | None:
    groups = match.groupdict()
    if groups.get("relative"):
        return _relative_day(groups["relative"].lower(), published)
    year = groups.get("year")
    month = groups.get("m") or (MONTHS[groups["month"].lower()] if groups.get("month") else None)
    day = groups.get("d") or groups.get("day")
    if "m" in groups and groups.get("m") and "/" in match.group(0):
        if int(day) <= 12 and int(month) != int(day):
            return None  # 5/6/2023: May 6 or 5 June? Not said.
    if month is None:
        text = year
    elif day is None:
        text = f"{year}-{int(month):02d}"
    elif year is None:
        text = f"--{int(month):02d}-{int(day):02d}"
    else:
        text = f"{year}-{int(month):02d}-{int(day):02d}"
    try:
        return str(date_literal(text))
    except UserError:
        return None


def _relative_day(word: str, written: str | None) -> str | None:
    """"today" or "yesterday" of the day ``written`` (``2024-07-05`` or ``--07-05``), as precise.

    >>> _relative_day("yesterday", "--03-02"), _relative_day("yesterday", "--03-01"), _relative_day("today", "2024")
    ('--03-01', None, None)
    """
    if not written or not re.fullmatch(r"(?:\d{4}|-)-\d{2}-\d{2}", written):
        return None
    if word == "today":
        return written
    if written.startswith("--"):
        month, day = int(written[2:4]), int(written[5:])
        return f"--{month:02d}-{day - 1:02d}" if day > 1 else None  # the 1st's yesterday depends on the year
    return (dt.date.fromisoformat(written) - dt.timedelta(days=1)).isoformat()


_ORDINALS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_RANGE = re.compile(r"(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s*[-–]\s*(?P<last>[0-3]?\d)")


def day_of_range(found: FoundDate, ordinal: str) -> str | None:
    """The ``ordinal`` day ("second", "last") of a range of days ("May 11-12, 2023"), as
    precise as the range; None when ``found`` is no range or is shorter.

    >>> [day_of_range(d, "second") for d in find_dates("held on May 11-12, 2023, on 3-5 June 2024 and on 7 July 2024")]
    ['2023-05-12', '2024-06-04', None]
    """
    span = _RANGE.search(found.text)
    if span is None:
        return None
    first, last = int(span.group("first")), int(span.group("last"))
    day = last if ordinal in ("last", "final", "closing") else first + _ORDINALS.get(ordinal, 99) - 1
    if not first <= day <= last:
        return None
    return found.value[:-2] + f"{day:02d}"


_NOT_THE_FACTS = re.compile(
    r"\b(?:announced|announces|said|says|reported|reports|stated|confirmed|published|founded|established|"
    r"founding(?!\s+members?\b)|establishment|launched|launch|created|creation|inception|began|begun|started|set\s+up|dates\s+back|dating\s+back|"
    r"(?:first|originally|initially)\s+(?:concluded|signed|inked|agreed|entered\s+into))\b(?:\s+\w+){0,3}\s*$",
    re.I,
)
# An event a sentence names, in a clause of its own: "on the sidelines of the Forum, held in
# Ulaanbaatar on May 6-7" (not "The signing ceremony, held on 5 May, ...": that is the fact's).
_EVENT_HELD = re.compile(r"(\w+)\s*,\s*(?:which\s+(?:was|is|will\s+be)\s+)?(?:held|hosted|organi[sz]ed|taking\s+place)\b(?:\s+[\w-]+){0,4}\s*$", re.I)


# A relative clause of another verb the date is in: "a partnership that has brought 300 students
# to Ghana since 1995", "an alliance that was funded by the Commission in 2022" (not "which joined
# the network in 2019", "that was signed on 3 May": a fact's own verb).
_OTHER_RELATIVE_CLAUSE = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?P<after_aux>[a-z]+)|(?P<past>[a-z]+ed))\b[^,;:()]*$"
)
_FACT_VERBS = frozenset({
    "signed", "inked", "sealed", "concluded", "entered", "renewed", "extended", "agreed", "ratified", "joined", "admitted",
    "accepted", "approved", "welcomed", "became", "become", "elected", "granted", "awarded", "member", "members",
})


def _in_another_relative_clause(before: str) -> bool:
    """Whether the date after ``before`` is in a relative clause of a verb no fact is told with.

    >>> _in_another_relative_clause("a partnership that has brought 300 students to Ghana since ")
    True
    >>> _in_another_relative_clause("B, which joined the network in "), _in_another_relative_clause("the university said that A signed on ")
    (False, False)
    """
    clause = _OTHER_RELATIVE_CLAUSE.search(before)
    return clause is not None and (clause.group("after_aux") or clause.group("past")) not in _FACT_VERBS


_QUOTED = re.compile(r'["“][^"“”]*["”]')


# A masthead's or a breadcrumb's line: "University of X | News | Media Release"
BREADCRUMB = re.compile(r"[^|\n]{1,40}(?:\s[|›»]\s[^|\n]{1,40}){2,}")
_PROSE_WORDS = 12  # a line of this many words is the story, not a byline or a masthead


def story_begins(line: str) -> bool:
    """Whether a line of an article's head (masthead, byline, dateline, a date on its own line)
    is already its story: as many words as prose, not a breadcrumb, or the end of a sentence.

    >>> story_begins("By Jane Doe, Staff Writer"), story_begins("Office | International Relations | News | Media Release")
    (False, False)
    >>> story_begins("The two universities signed a memorandum of understanding on Monday in the capital.")
    True
    """
    return (len(line.split()) >= _PROSE_WORDS and not BREADCRUMB.fullmatch(line.strip())) or line.rstrip().endswith((".", "!", "?", '"', "”"))


def writing_day(text: str, *, dateline: int) -> str | None:
    """The day "today" and "yesterday" are read against: the date the dateline states ("Zadar,
    27 November 2025 – ... today welcomed": the 27th; "TEMA, May 3 (GNA) -- ... today": the
    3rd of May, no year), else a date on a line of its own above the story (a media release's
    "4 October 2023"); None when the text states neither: the page's publication date is no
    part of the text, and a year the text does not give is never added.

    >>> writing_day("Accra, 3 May 2025 – The network today admitted M.", dateline=20)
    '2025-05-03'
    >>> writing_day("ACCRA, May 3 – The network today admitted M.", dateline=14)
    '--05-03'
    >>> writing_day("MEDIA RELEASE\\n4 October 2023\\n\\nThe network today admitted M.", dateline=0)
    '2023-10-04'
    >>> writing_day("ACCRA – The network today admitted M.", dateline=7) is None
    True
    """
    stated = {d.value for d in find_dates(text[:dateline]) if _DAY_STATED.search(d.value)}
    if dateline:
        return stated.pop() if len(stated) == 1 else None
    for line in text[:600].split("\n"):
        if story_begins(line):
            return None
        found = find_dates(line)
        if len(line.split()) <= _DATE_LINE_WORDS and len(found) == 1 and _DAY_STATED.search(found[0].value):
            return found[0].value
    return None


_DAY_STATED = re.compile(r"-\d\d-\d\d$")  # "2023-10-04", "--08-06": a day, not "2023" or "2023-10"
_DATE_LINE_WORDS = 6  # "4 October 2023", "News | 30 June 2022": a date on a line of its own


def fact_date(text: str, start: int, end: int, *, published: str | None, dateline: int = 0) -> str | None:
    """The one date ``text[start:end]`` (a sentence) states for its fact, or None.

    Left out: a date in the dateline (before character ``dateline``: when the news was
    written), a "today" inside a quotation (a speaker's "nowadays"), and a date that belongs to another verb: a report ("the association announced on
    4 April 2022"), the founding of one of the parties ("since its founding in 2014",
    "founded in 1919", "which was set up in 1995"; not "joined A as a founding member in 2001") or the start of what the
    fact goes on with ("a partnership that began in 2009"), a relative clause of a verb no fact is
    told with ("a partnership that has brought 300 students to Ghana since 1995"), an agreement renewed ("renewed its
    agreement, first concluded in 2019"), an event in a clause of its own ("at the Forum, held
    in Ulaanbaatar on May 6-7"), "today" inside a quotation (the speaker's day, not the
    article's). None when the sentence states two
    different dates.

    >>> text = "The alliance, founded in 2014, announced on 3 May 2022 that X joined it on 2 May 2022."
    >>> fact_date(text, 0, len(text), published=None)
    '2022-05-02'
    """
    values = set()
    quoted = [(m.start() + start, m.end() + start) for m in _QUOTED.finditer(text[start:end])]
    for found in find_dates(text[start:end], published=published, offset=start):
        before = text[start:found.start]
        paragraph = text[text.rfind("\n", 0, found.start) + 1:found.start]  # a quotation may hold several sentences
        if found.text.lower() in {"today", "yesterday"} and (paragraph.count('"') + paragraph.count("“") + paragraph.count("”")) % 2 == 1:
            continue  # '"Today we are giving that cooperation a framework," the rector said': the speaker's day, not the article's
        held = _EVENT_HELD.search(before)
        if found.start < dateline or _NOT_THE_FACTS.search(before) or (held and held.group(1).lower() not in {"ceremony", "signing"}) \
                or _in_another_relative_clause(before[-200:]):
            continue
        if found.text.lower() in ("today", "yesterday") and any(a < found.start < b for a, b in quoted):
            continue  # «"... today it reaches the Baltic," said X»: a speaker's today is "nowadays"
        values.add(found.value)
    return values.pop() if len(values) == 1 else None
