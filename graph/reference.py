"""The reference list of institutions: ROR, GRID and Wikidata ids with one English name each.

A verbatim copy of the Open Syllabus Project's institution-identifiers list (MIT License, kept
beside it) lives in ``data/reference/institution-identifiers/``. It is the one gazetteer of
institution names the project has beyond its own registry: ``unikg ingest`` finds names with
it, and the build links registry organisations to ROR and Wikidata with it.

The list has no aliases, acronyms or countries, and some names stand for several rows
("China University of Petroleum": Beijing and East China); callers decide what a name alone
may link to.

>>> rows = load_institutions()
>>> len(rows) > 20000
True
>>> next(r for r in rows if r.ror == "017zhmm22").name
"Xi'an Jiaotong University"
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .settings import PROJECT_ROOT

REFERENCE_FILE = Path("reference") / "institution-identifiers" / "latest.csv"
DEFAULT_FILE = PROJECT_ROOT / "data" / REFERENCE_FILE
_COLUMNS = ("ror_id", "grid_id", "wikidata_id", "unitid", "name")


@dataclass(frozen=True, kw_only=True)
class Institution:
    ror: str | None  # e.g. 017zhmm22 (https://ror.org/017zhmm22)
    grid: str | None  # e.g. grid.43169.39
    wikidata: str | None  # e.g. Q981237
    ipeds: str | None  # IPEDS unit id, US institutions only
    name: str


def load_institutions(path: Path = DEFAULT_FILE) -> tuple[Institution, ...]:
    """Every row of the reference list at ``path``, in file order (read once per path)."""
    return _load(Path(path).resolve())


@functools.cache
def _load(path: Path) -> tuple[Institution, ...]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = set(_COLUMNS) - set(reader.fieldnames or ())
            if missing:
                raise UserError(f"{path}: not the institution-identifiers list (no column {', '.join(sorted(missing))})")
            return tuple(
                Institution(
                    ror=row["ror_id"] or None,
                    grid=row["grid_id"] or None,
                    wikidata=row["wikidata_id"] or None,
                    ipeds=row["unitid"] or None,
                    name=row["name"].strip(),
                )
                for row in reader
                if row["name"].strip()
            )
    except FileNotFoundError:
        raise UserError(f"{path}: the reference list of institutions is missing (copy it from the repository)") from None
