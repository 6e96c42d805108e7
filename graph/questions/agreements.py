"""Agreements and agreement groups, filtered by party, kind, area and signing date.

Dates are as precise as the text (xsd:date, xsd:gYearMonth, xsd:gYear or xsd:gMonthDay), so
a date range matches a stated date when **the whole period the date denotes lies inside the
range**: with the range 2023-01 … 2023-12, "2023-05-17", "2023-05" and "2023" match, while
"2023" does not match 2023-05 … 2023-12 (the agreement may be from January). A date without a
year ("--07-04") and a missing date never match a range. The range's ends are inclusive and
may be a year, a month or a day: ``start`` is the first day of its period, ``end`` the last.

>>> r = date_range(start="2023-03", end="2024")
>>> r.first_day, r.last_day, r.first_month, r.last_month, r.first_year, r.last_year
('2023-03-01', '2024-12-31', '2023-03', '2024-12', '2024', '2024')
>>> date_range(start="2023-02-29", end=None)
Traceback (most recent call last):
...
unikg.graph.errors.UserError: date '2023-02-29' is not a real calendar date
>>> date_range(start="0000", end=None)
Traceback (most recent call last):
...
unikg.graph.errors.UserError: date '0000': years start at 0001
>>> r = date_range(start="9999-12-31", end=None)  # no whole month or year inside: none matches
>>> (r.first_month > r.last_month, r.first_year > r.last_year)
(True, True)
"""

from __future__ import annotations

import calendar
import re
import datetime as dt
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .. import queries
from ..dates import date_literal
from ..errors import UserError
from ..namespaces import UKG
from ..store import Store
from .common import Evidence, Ref, by_name, evidence, fields, first, kind_ref, ordered_evidence, ref, refs, values
from .kinds import KindTree

ANY = Literal("")  # a filter parameter bound to "" means "any"


@dataclass(frozen=True, kw_only=True)
class DateRange:
    """An inclusive range of days, with the whole months and whole years inside it."""

    first_day: str = "0001-01-01"
    last_day: str = "9999-12-31"
    first_month: str = "0001-01"
    last_month: str = "9999-12"
    first_year: str = "0001"
    last_year: str = "9999"


def _period(text: str) -> tuple[dt.date, dt.date]:
    literal = date_literal(text)
    if literal.datatype == XSD.gMonthDay:
        raise UserError(f"date {text!r} has no year: a range needs YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in str(literal).split("-")]
    year, month, day = parts + [None] * (3 - len(parts))
    if year < 1:
        raise UserError(f"date {text!r}: years start at 0001")
    if day is not None:
        return dt.date(year, month, day), dt.date(year, month, day)
    if month is not None:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def date_range(*, start: str | None, end: str | None) -> DateRange | None:
    """The range from the period of ``start`` to that of ``end`` (None: open); None if both are."""
    if start is None and end is None:
        return None
    low = _period(start)[0] if start is not None else dt.date(1, 1, 1)
    high = _period(end)[1] if end is not None else dt.date(9999, 12, 31)
    if low > high:
        raise UserError(f"the range starts ({start}) after it ends ({end})")
    # the whole months and years inside [low, high], counted as numbers: at the calendar's ends
    # (9999-12-31, 0001-01-01) the next or previous month is no date
    first_month = _month_number(low) + (low.day != 1)
    last_month = _month_number(high) - (high.day != calendar.monthrange(high.year, high.month)[1])
    first_year = low.year + ((low.month, low.day) != (1, 1))
    last_year = high.year - ((high.month, high.day) != (12, 31))
    if first_month > last_month:  # no whole month inside: a range of months that holds none
        first_month, last_month = _month_number(dt.date(9999, 12, 1)), _month_number(dt.date(1, 1, 1))
    if first_year > last_year:
        first_year, last_year = 9999, 1
    return DateRange(
        first_day=low.isoformat(),
        last_day=high.isoformat(),
        first_month=_month_text(first_month),
        last_month=_month_text(last_month),
        first_year=f"{first_year:04d}",
        last_year=f"{last_year:04d}",
    )


def _month_number(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month_text(number: int) -> str:
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def precision(value: str | None) -> str | None:
    """How precise a stated date is: day, month, year or month-day (a date without a year).

    >>> [precision(v) for v in ("2023-05-17", "2023-05", "2023", "--07-04", None)]
    ['day', 'month', 'year', 'month-day', None]
    """
    if value is None:
        return None
    return {XSD.date: "day", XSD.gYearMonth: "month", XSD.gYear: "year", XSD.gMonthDay: "month-day"}[
        date_literal(value).datatype
    ]


@dataclass(frozen=True)
class Agreement:
    id: str
    name: str
    iri: str
    type: str  # "agreement" or "agreement-group" (agreements reported only as a count)
    kinds: list[Ref] = field(default_factory=list)
    parties: list[Ref] = field(default_factory=list)
    signed_on: str | None = None
    signed_on_precision: str | None = None
    areas: list[Ref] = field(default_factory=list)
    signatories: list[Ref] = field(default_factory=list)
    signed_at: Ref | None = None
    establishes: list[Ref] = field(default_factory=list)
    count: int | None = None
    counterparts: str | None = None
    counterparts_min: int | None = None
    counterparts_from: Ref | None = None
    notes: list[str] = field(default_factory=list)
    sources: list[Ref] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


def matching(
    store: Store,
    *,
    only: str | None = None,
    party: str | None = None,
    kind: str | None = None,
    area: str | None = None,
    groups: bool = True,
    signed: DateRange | None = None,
) -> list[Ref]:
    """The agreements (and groups) matching every given filter (IRIs; None = any), by name;
    ``listed`` gives the facts of those a page shows.

    A party's agreements are found from the party (``party_agreements``: 0.05 s for a hub at
    1M triples, where ``agreements`` tests every agreement of the graph for it: 5 s); the
    other filters, if any, by ``agreements``, whose answers are intersected with them.
    """
    found: dict | None = None  # IRI → name (an RDF literal, or None)
    if party is not None:
        rows = queries.run(store, "party_agreements", org=URIRef(party)).rows
        found = {str(r["agreement"]): r.get("name") for r in rows if groups or r["type"] != UKG.AgreementGroup}
    if party is None or only or kind or area or signed:
        within = signed or DateRange()
        rows = queries.run(
            store,
            "agreements",
            only=_iri(only),
            party=ANY,
            ofKind=_iri(kind),
            inArea=_iri(area),
            withGroups=Literal(groups),
            anyDate=Literal(signed is None),
            fromDay=Literal(within.first_day),
            toDay=Literal(within.last_day),
            fromMonth=Literal(within.first_month),
            toMonth=Literal(within.last_month),
            fromYear=Literal(within.first_year),
            toYear=Literal(within.last_year),
        ).rows
        filtered = {str(r["agreement"]): r.get("name") for r in rows}
        found = filtered if found is None else {i: n for i, n in found.items() if i in filtered}
    return by_name(ref(i, n) for i, n in found.items())


def agreements(store: Store, **filters) -> list[Agreement]:
    """Agreements (and groups) matching every given filter (see ``matching``), by name, with
    their facts."""
    return listed(store, [m.iri for m in matching(store, **filters)])


def listed(store: Store, iris: list[str]) -> list[Agreement]:
    """The agreements (or groups) ``iris``, as ``agreements`` gives them, by name: the details
    of one page of answers (the named query ``agreements_listed``, restricted by VALUES)."""
    if not iris:
        return []
    rows = queries.run(store, "agreements_listed", agreements=[URIRef(i) for i in sorted(set(iris))]).rows
    tree = KindTree.of(store, str(UKG.Agreement))
    found = [_agreement(iri, f, tree) for iri, f in fields(rows, key="agreement").items()]
    return sorted(found, key=lambda a: (a.name.casefold(), a.id))


@dataclass(frozen=True)
class YearCount:
    year: int
    agreements: int


@dataclass(frozen=True)
class PerYear:
    """Agreements (not agreement groups) per year of signing, earliest first."""

    years: list[YearCount]
    undated: int  # no date, or a date without a year ("--07-04")
    total: int


def per_year(store: Store) -> PerYear:
    """Agreements per year of signing, from the named query ``agreements_per_year``."""
    years: dict[int, int] = {}
    undated = 0
    for row in queries.run(store, "agreements_per_year").rows:
        year, count = re.match(r"\d+", str(row["year"])), int(row["agreements"])
        if year:
            years[int(year.group())] = years.get(int(year.group()), 0) + count
        else:
            undated += count
    return per_year_answer(years, undated=undated)


def per_year_answer(counts: dict[int, int], *, undated: int) -> PerYear:
    """
    >>> per_year_answer({2024: 1, 2023: 2}, undated=3)
    PerYear(years=[YearCount(year=2023, agreements=2), YearCount(year=2024, agreements=1)], undated=3, total=6)
    """
    return PerYear(years=[YearCount(year=y, agreements=n) for y, n in sorted(counts.items())],
                   undated=undated, total=sum(counts.values()) + undated)


def _iri(value: str | None):
    return ANY if value is None else URIRef(value)


def _agreement(iri: str, f: dict[str, list[dict]], tree: KindTree) -> Agreement:
    get = lambda name: f.get(name, [])  # noqa: E731
    signed_on = first(get("signedOn"))
    count = first(get("agreementCount"))
    at_least = first(get("counterpartsMin"))
    signed_at = refs(get("signedAt"))
    counterparts_from = refs(get("counterpartsFrom"))
    kinds = {k.iri: k for k in tree.most_specific((r["value"] for r in get("type")), leaving_out=str(UKG.Agreement))}
    kinds.update({str(r["value"]): kind_ref(r["value"], r["label"]) for r in get("agreementKind")})
    is_group = any(str(r["value"]) == str(UKG.AgreementGroup) for r in get("type"))
    return Agreement(
        id=ref(iri).id,
        name=first(get("label")) or ref(iri).id,
        iri=iri,
        type="agreement-group" if is_group else "agreement",
        kinds=sorted(kinds.values()),
        parties=refs(get("party")),
        signed_on=signed_on,
        signed_on_precision=precision(signed_on),
        areas=refs(get("area")),
        signatories=refs(get("signatory")),
        signed_at=signed_at[0] if signed_at else None,
        establishes=refs(get("establishes")),
        count=int(count) if count is not None else None,
        counterparts=first(get("counterpartsStated")),
        counterparts_min=int(at_least) if at_least is not None else None,
        counterparts_from=counterparts_from[0] if counterparts_from else None,
        notes=values(get("editorialNote")),
        sources=refs(get("source")),
        evidence=ordered_evidence(evidence(r, quote="value", text_var="label") for r in get("evidence")),
    )
