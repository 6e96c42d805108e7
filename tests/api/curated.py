"""Expected answers computed independently of the API: straight from the curated YAML files,
the article texts and the ontology (rdflib on the Turtle files, not our named queries)."""

from __future__ import annotations

import datetime as dt
from functools import cache

import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from unikg.graph.settings import PROJECT_ROOT

DATA = PROJECT_ROOT / "data"
UKG = "https://w3id.org/unikg/ontology#"


def _load(path):
    return yaml.safe_load((DATA / path).read_text(encoding="utf-8"))


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@cache
def organizations() -> dict[str, dict]:
    return {o["id"]: o for o in _load("registry/organizations.yaml")}


@cache
def people() -> dict[str, dict]:
    return {p["id"]: p for p in _load("registry/people.yaml")}


@cache
def documents() -> dict[str, dict]:
    return {d["id"]: d for d in _load("documents.yaml")}


def text_of(document: str) -> str:
    return (DATA / documents()[document]["file"]).read_text(encoding="utf-8")


@cache
def annotations() -> dict[str, dict]:
    return {d: _load(f"annotations/{d}.yaml") or {} for d in documents() if (DATA / f"annotations/{d}.yaml").exists()}


def all_of(section: str) -> list[tuple[str, dict]]:
    return [(doc, item) for doc, a in annotations().items() for item in a.get(section, []) or []]


def units_of(org: str) -> set[str]:
    """The organisation and its units, at any depth."""
    found = {org}
    changed = True
    while changed:
        more = {o for o, v in organizations().items() if v.get("unit_of") in found} - found
        found |= more
        changed = bool(more)
    return found


def agreement_partners(org: str) -> dict[str, set[str]]:
    """partner id → ids of the agreements linking it to ``org`` or its units."""
    own = units_of(org)
    found: dict[str, set[str]] = {}
    for _, a in all_of("agreements"):
        if own & set(a["parties"]):
            for party in set(a["parties"]) - own:
                found.setdefault(party, set()).add(a["id"])
    return found


def members(alliance: str) -> set[str]:
    found = {m for _, entry in all_of("memberships") if entry["alliance"] == alliance for m in entry.get("members", [])}
    return found | {c.lower() for c in as_list(organizations()[alliance].get("members"))}


@cache
def ontology() -> Graph:
    graph = Graph()
    graph.parse(PROJECT_ROOT / "ontology" / "unikg.ttl")
    graph.parse(PROJECT_ROOT / "ontology" / "vocabularies.ttl")
    return graph


def narrower_classes(local: str) -> set[str]:
    """Local names of the class and its subclasses at any depth."""
    top = URIRef(UKG + local)
    return {str(c).removeprefix(UKG) for c in ontology().transitive_subjects(RDFS.subClassOf, top)}


def narrower_areas(slug: str) -> set[str]:
    top = URIRef(f"https://w3id.org/unikg/id/area/{slug}")
    return {str(c).rsplit("/", 1)[-1] for c in ontology().transitive_subjects(SKOS.broader, top)}


def agreement_class(kind: str) -> str:
    camel = "".join(p[:1].upper() + p[1:] for p in kind.split("-"))
    return camel if kind.startswith("memorandum-of-") else camel + "Agreement"  # the memoranda have no suffix


def period(stated: str) -> tuple[dt.date, dt.date] | None:
    """The days a stated date covers; None for a date without a year."""
    if stated.startswith("--"):
        return None
    parts = [int(p) for p in stated.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
