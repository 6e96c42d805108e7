"""A synthetic news article as the build would emit it: text, metadata, quotes and facts.

Sentences are appended to the article's text; a sentence that is evidence becomes a
``ukg:Quote`` whose IRI carries its character offsets (RFC 5147), exactly as for the real
articles, so the shapes' check "every quote is the text at its offsets" holds.

>>> article = Article("synth-0000001")
>>> q = article.say("ATU and SU signed a memorandum.")
>>> q
'<https://w3id.org/unikg/id/doc/synth-0000001#char=0,31>'
>>> article.say("It was signed in Almaty.")
'<https://w3id.org/unikg/id/doc/synth-0000001#char=32,56>'
>>> article.text
'ATU and SU signed a memorandum. It was signed in Almaty.'
"""

from __future__ import annotations

import datetime as dt

from . import terms
from .terms import UKG

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class Article:
    """One synthetic document: its named graph's lines (``"s p o"``, without the final dot)."""

    def __init__(self, slug: str):
        self.slug = slug
        self.doc = terms.document(slug)
        self.graph = terms.document_graph(slug)
        self.lines: list[str] = [f"{self.graph} {terms.DERIVED_FROM} {self.doc}"]
        self._parts: list[str] = []
        self._length = 0
        self._mentioned: dict[str, None] = {}
        self._named: set[int] = set()

    @property
    def text(self) -> str:
        return " ".join(self._parts)

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o}")

    def mention(self, iri: str) -> str:
        self._mentioned[iri] = None
        return iri

    def name(self, org) -> str:
        """The organisation as this article names it: in full the first time, then short."""
        self.mention(org.iri)
        if org.index in self._named:
            return org.short
        self._named.add(org.index)
        return org.display()

    def say(self, sentence: str) -> str:
        """Append a sentence and return the IRI of the quote it is (its triples are added)."""
        start = self._length + (1 if self._parts else 0)
        self._parts.append(sentence)
        end = start + len(sentence)
        self._length = end
        quote = terms.quote(self.slug, start, end)
        lines = self.lines
        lines.append(f"{quote} {terms.TYPE} {UKG.Quote}")
        lines.append(f"{quote} {terms.PROV_VALUE} {terms.literal(sentence)}")
        lines.append(f"{quote} {terms.QUOTED_FROM} {self.doc}")
        lines.append(f"{quote} {terms.OA_START} {terms.integer(start)}")
        lines.append(f"{quote} {terms.OA_END} {terms.integer(end)}")
        return quote

    def fact(self, iri: str, *quotes: str) -> None:
        """Provenance of a fact stated by this article: its source and its evidence."""
        self.lines.append(f"{iri} {UKG.source} {self.doc}")
        for quote in quotes:
            self.lines.append(f"{iri} {UKG.evidence} {quote}")

    def finish(self, *, title: str, publisher: str, published: dt.date) -> list[str]:
        """Add the document's own description; the lines of its named graph."""
        doc, add = self.doc, self.add
        add(doc, terms.TYPE, UKG.SourceDocument)
        add(doc, terms.LABEL, terms.en(title))
        add(doc, terms.TITLE, terms.en(title))
        add(doc, terms.PUBLISHER, self.mention(publisher))
        add(doc, terms.ISSUED, terms.literal(published.isoformat(), datatype=terms.DATE))
        add(doc, terms.LANGUAGE, terms.literal("en"))
        add(doc, terms.TEXT, terms.literal(self.text))
        add(doc, UKG.fileName, terms.literal(f"{self.slug}.txt"))
        for iri in self._mentioned:
            add(doc, terms.MENTIONS, iri)
        return self.lines


def stated_date(day: dt.date, precision: str) -> tuple[str, str]:
    """(literal, phrase opening a sentence) of a date stated with the given precision.

    >>> stated_date(dt.date(2023, 5, 17), "month-day")
    ('"--05-17"^^<http://www.w3.org/2001/XMLSchema#gMonthDay>', 'On May 17')
    >>> stated_date(dt.date(2023, 5, 17), "year-month")[1]
    'In May 2023'
    """
    month = MONTHS[day.month - 1]
    if precision == "date":
        text, phrase = day.isoformat(), f"On {month} {day.day}, {day.year}"
    elif precision == "year-month":
        text, phrase = f"{day.year:04d}-{day.month:02d}", f"In {month} {day.year}"
    elif precision == "year":
        text, phrase = f"{day.year:04d}", f"In {day.year}"
    else:
        text, phrase = f"--{day.month:02d}-{day.day:02d}", f"On {month} {day.day}"
    return terms.literal(text, datatype=terms.DATE_TYPES[precision]), phrase


def listing(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``.

    >>> listing(["A"]), listing(["A", "B"]), listing(["A", "B", "C"])
    ('A', 'A and B', 'A, B and C')
    """
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def article_a(noun: str) -> str:
    """``a`` or ``an`` before a noun.

    >>> article_a("memorandum"), article_a("academic cooperation agreement")
    ('a', 'an')
    """
    return "an" if noun[:1].lower() in "aeiou" else "a"
