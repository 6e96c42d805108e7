"""Colours, sizes and edge styles shared by the HTML views and the PNG pictures.

Nodes are coloured by kind or by country (with a legend), sized by a centrality measure;
edges are styled by relation: an agreement is a solid line (thicker for more agreements),
alliance co-membership dashed, event co-participation dotted, and in alliance views a
membership is a thin grey line to the alliance.

>>> palette(["university", "company"], by="kind")
{'company': '#e3a21a', 'university': '#2f6db5'}
>>> EDGE_STYLES["events"]["dashes"]
[2, 5]
"""

from __future__ import annotations

from dataclasses import dataclass

COLOR_BY = ("kind", "country")

# a colour per organisation kind, chosen to stay apart for colour-blind readers (Okabe–Ito based)
KIND_COLORS = {
    "university": "#2f6db5",
    "school": "#56b4e9",
    "research institute": "#009e73",
    "academy": "#1b7a5a",
    "laboratory": "#6ccf9e",
    "centre": "#8fbc3a",
    "science park": "#b3b3b3",
    "company": "#e3a21a",
    "government body": "#cc4b37",
    "alliance": "#9b59b6",
    "intergovernmental organisation": "#c17fd6",
    "organisational unit": "#7f8c8d",
    "organisation": "#95a5a6",
}
# 20 distinct colours (Tableau 20 without its greys, which mean "unknown") for countries in code order
SERIES = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
    "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2",
    "#dbdb8d", "#9edae5", "#393b79", "#637939",
]
UNKNOWN = "#bdc3c7"

EDGE_STYLES = {
    "agreements": {"label": "agreement", "color": "#34495e", "dashes": False},
    "alliances": {"label": "alliance co-membership", "color": "#9b59b6", "dashes": [10, 6]},
    "events": {"label": "event co-participation", "color": "#16a085", "dashes": [2, 5]},
    "membership": {"label": "membership (member → alliance)", "color": "#a0a0a0", "dashes": False},
}


@dataclass(frozen=True, kw_only=True)
class LegendEntry:
    key: str
    label: str
    color: str


def palette(values, *, by: str) -> dict[str, str]:
    """A colour for each value (a kind label or a country code), stable for the same values."""
    values = sorted({v for v in values if v})
    if by == "kind":
        spare = iter(c for c in SERIES if c not in KIND_COLORS.values())
        return {v: KIND_COLORS.get(v) or next(spare, UNKNOWN) for v in values}
    return {v: SERIES[i % len(SERIES)] for i, v in enumerate(values)}


def node_size(value: float, *, low: float, high: float, smallest: float = 12, largest: float = 46) -> float:
    """A radius between ``smallest`` and ``largest`` by the square root of the value's position
    between ``low`` and ``high`` (area grows with the value).

    >>> node_size(1, low=0, high=1), node_size(0, low=0, high=1), node_size(5, low=5, high=5)
    (46.0, 12.0, 29.0)
    """
    if high <= low:
        return round((smallest + largest) / 2, 1)
    share = max(0.0, min(1.0, (value - low) / (high - low)))
    return round(smallest + (largest - smallest) * share ** 0.5, 1)


def edge_width(weight: int) -> float:
    """1.5 for one agreement, thicker for more (capped).

    >>> edge_width(1), edge_width(2), edge_width(50)
    (1.5, 2.75, 8.0)
    """
    return min(8.0, 1.5 + 1.25 * (max(1, weight) - 1))
