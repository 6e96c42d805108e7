"""Query parameters that several routes share: which network (``layer``, ``units``) and which
centrality measure (the analysis routes and the views)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from fastapi import Query

from unikg.graph.analysis.centrality import MEASURES

Measure = Enum("Measure", {m.replace("-", "_"): m for m in MEASURES}, type=str)
Layer = Literal["agreements", "alliances", "events"]
Units = Literal["rollup", "separate"]

LayersParam = Annotated[
    list[Layer] | None,
    Query(alias="layer", description="links to use, repeatable: agreements (default), alliances "
          "(co-membership of an alliance), events (co-participation in an event)"),
]
UnitsParam = Annotated[
    Units, Query(description="rollup: a unit's links count for its organisation (as in /partners); "
                 "separate: units are nodes of their own"),
]
