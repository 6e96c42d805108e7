"""Dates exactly as precise as the text: xsd:date, xsd:gYearMonth, xsd:gYear, xsd:gMonthDay.

>>> date_literal("2023-05-17").datatype == XSD.date
True
>>> date_literal("--09-02").datatype == XSD.gMonthDay
True
>>> date_literal("2015").datatype == XSD.gYear
True
>>> date_literal("٢٠٢٣")
Traceback (most recent call last):
...
unikg.graph.errors.UserError: date '٢٠٢٣' is not one of YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (no year)
"""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Literal
from rdflib.namespace import XSD

from .errors import UserError

_FORMS = [  # ASCII digits only (``\d`` would take "٢٠٢٣"), and no newline before the end (``\Z``)
    (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"), XSD.date),
    (re.compile(r"[0-9]{4}-[0-9]{2}\Z"), XSD.gYearMonth),
    (re.compile(r"[0-9]{4}\Z"), XSD.gYear),
    (re.compile(r"--[0-9]{2}-[0-9]{2}\Z"), XSD.gMonthDay),
]
DATE_TYPES = tuple(datatype for _, datatype in _FORMS)


def date_literal(text: str) -> Literal:
    """A typed literal for one of the four forms; anything else is a UserError."""
    text = str(text).strip()
    for pattern, datatype in _FORMS:
        if pattern.match(text):
            _check_calendar(text, datatype)
            return Literal(text, datatype=datatype)
    raise UserError(
        f"date {text!r} is not one of YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (no year)"
    )


_DURATION = re.compile(r"P(?=[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?\Z")


def duration_literal(text: str) -> Literal:
    """An xsd:duration of whole years, months and days, as a text states it ("for five years").

    >>> duration_literal("P5Y")
    rdflib.term.Literal('P5Y', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#duration'))
    >>> duration_literal("5 years")
    Traceback (most recent call last):
    ...
    unikg.graph.errors.UserError: duration '5 years' is not an ISO 8601 duration of years, months and days, e.g. P5Y (five years), P18M or P1Y6M
    """
    text = str(text).strip()
    if not _DURATION.match(text):
        raise UserError(
            f"duration {text!r} is not an ISO 8601 duration of years, months and days, "
            "e.g. P5Y (five years), P18M or P1Y6M"
        )
    return Literal(text, datatype=XSD.duration)


def _check_calendar(text: str, datatype) -> None:
    try:
        if datatype == XSD.date:
            dt.date.fromisoformat(text)
        elif datatype == XSD.gYearMonth:
            dt.date.fromisoformat(text + "-01")
        elif datatype == XSD.gMonthDay:
            dt.date.fromisoformat("2000" + text[1:])  # 2000 is a leap year: --02-29 is valid
    except ValueError:
        raise UserError(f"date {text!r} is not a real calendar date") from None
