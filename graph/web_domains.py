"""Short forms from institutions' own web domains: the name a university gives its site is
the name news calls it by ("kaist.ac.kr": KAIST; "caltech.edu": Caltech; "upm.edu.my": UPM in
Malaysia, "upm.es": UPM in Spain), which the reference list, one English name a row, lacks.

The table is ``data/reference/web-domains/short-forms.tsv``, made by :func:`write_short_forms`
(``python -m unikg.graph.web_domains``) and checked by a test to be what it makes: every
academic domain of the swot list (JetBrains' crowd-sourced list of 7,438 university domains
with the institution's name, as the ``swot`` package ships it), whose institution's name the
linker links to one reference row, gives its first label ("kaist") as a short form of that row
in the country of its top-level domain (``.edu`` is the United States; ``.com``, ``.org`` …
give none, and are left out). Left out too, so that a word is not taken for an institution:
labels with a digit or a hyphen, of fewer than three letters, that a place or a country is
called ("oulu.fi" is the University of Oulu, but "Oulu" is a city), a label below a second
level that does not abbreviate the name (Schwartz–Hearst: "wits.ac.za" is Witwatersrand's,
"mail.gxu.cn" a mail server's), or one that names two rows in one country.

>>> forms = load_short_forms()
>>> forms["kaist"]
(('KR', '05apxxy63'),)
>>> sorted(forms["upm"])
[('ES', '03n6nwv02'), ('MY', '02e91jd64'), ('PH', '01rrczv41')]
>>> "oulu" in forms
False
"""

from __future__ import annotations

import collections
import csv
import functools
import html
import re
from pathlib import Path

import pycountry

from .errors import UserError
from .files import atomic_file
from .places import PLACES_FILE, fold, load_places
from .reference import DEFAULT_FILE as REFERENCE, load_institutions
from .settings import PROJECT_ROOT

SHORT_FORMS_FILE = Path("reference") / "web-domains" / "short-forms.tsv"  # in the data folder
DEFAULT_FILE = PROJECT_ROOT / "data" / SHORT_FORMS_FILE
MIN_LETTERS = 3
_LABEL = re.compile(r"[a-z]+")
_TOP_LEVEL = {"edu": "US", "uk": "GB"}  # the rest are ISO 3166-1 alpha-2 codes, or no country


def load_short_forms(path: Path = DEFAULT_FILE) -> dict[str, tuple[tuple[str, str], ...]]:
    """The table at ``path``: a short form, lowercase → its (country, ROR id) pairs."""
    return _load(Path(path).resolve())


@functools.cache
def _load(path: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    found: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    try:
        handle = open(path, encoding="utf-8", newline="")
    except FileNotFoundError:
        raise UserError(f"{path}: the short-forms table is missing (python -m unikg.graph.web_domains writes it)") from None
    with handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            found[row["short_form"]].append((row["country"], row["ror"]))
    return {form: tuple(pairs) for form, pairs in found.items()}


def write_short_forms(path: Path = DEFAULT_FILE, *, reference: Path = REFERENCE) -> int:
    """Write the table from the swot package's domains and the reference list at
    ``reference``; the number of short forms written."""
    with atomic_file(path, text=True) as handle:
        return _write(handle, reference)


def swot_domains() -> dict[str, list[str]]:
    """Every domain of the installed swot package ("lse.ac.uk") → the names its file gives."""
    import sysconfig

    folder = Path(sysconfig.get_path("data")) / "swot_lib" / "lib" / "domains"
    if not folder.is_dir():
        raise UserError(f"{folder}: the swot package's domains are missing (pip install -e '.[test]')")
    return {
        ".".join(reversed(file.relative_to(folder).with_suffix("").parts)): [
            line.strip() for line in file.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()
        ]
        for file in sorted(folder.rglob("*.txt"))
    }


def country_of(domain: str) -> str | None:
    """The country a domain's top level says ("lse.ac.uk": GB; "caltech.edu": US; "x.org": none)."""
    top = domain.rsplit(".", 1)[-1]
    code = _TOP_LEVEL.get(top, top.upper() if len(top) == 2 else None)
    return code if code and pycountry.countries.get(alpha_2=code) else None


def _write(handle, reference: Path) -> int:
    from .reference_linking import Linker

    places_file = reference.parents[2] / PLACES_FILE  # beside the reference list, as the linker reads it
    linker = Linker.of(load_institutions(reference), places=places_file, short_forms=None)  # names, not this table
    places = load_places(places_file)
    countries = {fold(name) for c in pycountry.countries for name in (c.name, getattr(c, "common_name", "")) if name}
    rows: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    domains: dict[tuple[str, str], str] = {}
    for domain, names in swot_domains().items():
        label, country = domain.split(".", 1)[0], country_of(domain)
        if not country or not _LABEL.fullmatch(label) or len(label) < MIN_LETTERS:
            continue
        if places.name_of((label,)) or (label,) in countries:
            continue
        for name in names:
            # the whole name only: before a comma is a campus's parent as often as the institution
            # ("University of Maine, Orono"; "City University of New York, Queens College")
            decision = linker.link(html.unescape(name), country=country, closest=0)
            if decision.linked and decision.ror and _abbreviates(label, domain, (name, decision.name or "")):
                rows[label, country].add(decision.ror)
                domains.setdefault((label, country), domain)
    handle.write(
        "# Short forms of institutions from their own web domains: made by python -m unikg.graph.web_domains\n"
        "# from the swot package's domains and the reference list; never edited by hand (README.md)\n"
    )
    writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
    writer.writerow(["short_form", "country", "ror", "domain"])
    written = 0
    for (label, country), rors in sorted(rows.items()):
        if len(rors) == 1:  # a label that names two rows in one country names neither
            writer.writerow([label, country, next(iter(rors)), domains[label, country]])
            written += 1
    return written


def _abbreviates(label: str, domain: str, names: tuple[str, ...]) -> bool:
    """Whether a label is the institution's own short form: a domain right under a top level
    is ("ntnu.no", "epfl.ch"); one deeper must abbreviate a name as Schwartz and Hearst's
    rule has it ("wits.ac.za": Witwatersrand), not name a service of the institution's site
    ("mail.gxu.cn", "student.scalda.nl", "www.nt.gov.au")."""
    from .ingest.acronyms import long_form_start

    return domain.count(".") == 1 or any(long_form_start(label, name) is not None for name in names)


if __name__ == "__main__":
    print(f"{write_short_forms()} short forms written to {DEFAULT_FILE}")
