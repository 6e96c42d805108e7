"""``unikg partners``, ``unikg shared-partners`` and ``unikg members``."""

from __future__ import annotations

import dataclasses

from unikg.graph.dataset import current
from unikg.graph.questions.alliances import members
from unikg.graph.questions.partners import partners, shared_partners
from unikg.graph.settings import Settings
from unikg.graph.snapshot import Snapshot

from . import output


def register(commands) -> None:
    p = commands.add_parser("partners", help="the partners of an organisation, with the agreements")
    p.add_argument("name", help="slug, acronym or any spelling, e.g. XJTU")
    _formats(p)
    p.set_defaults(run=run_partners)

    p = commands.add_parser(
        "shared-partners", help="organisations ranked by the partners they share with one"
    )
    p.add_argument("name", help="slug, acronym or any spelling, e.g. XJTU")
    _formats(p)
    p.set_defaults(run=run_shared_partners)

    p = commands.add_parser("members", help="the members of an alliance")
    p.add_argument("name", help="slug, acronym or any spelling, e.g. UANSR")
    _formats(p)
    p.set_defaults(run=run_members)


def _formats(parser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="print JSON (each organisation with id, name, ror and wikidata)")
    group.add_argument("--csv", action="store_true", help="print CSV")


def _ids(index):
    """slug → an organisation's ROR id and Wikidata item (None when it is not linked), for --json."""
    by_id = {e.id: e for e in index.entities.values() if e.kind == "Organization"}
    return lambda slug: {"ror": getattr(by_id.get(slug), "ror", None), "wikidata": getattr(by_id.get(slug), "wikidata", None)}


def _listed(index, items) -> list[dict]:
    ids = _ids(index)
    return [{**dataclasses.asdict(item), **ids(item.id)} for item in items]


def _emit(args, subject, headers, rows, payload) -> int:
    if args.json:
        output.print_json(payload)
    elif args.csv:
        output.print_csv(headers, rows)
    else:
        print(f"{subject.name} ({subject.id})")
        print(output.table(headers, rows))
    return 0


def run_partners(args, settings: Settings) -> int:
    store = current.opened(settings, progress=output.progress)
    index = Snapshot(store, settings).names
    org = index.resolve(args.name, kinds=("Organization",))
    found = partners(store, org.iri)
    headers = ["id", "partner", "agreement", "signed", "source"]
    rows = [[p.id, p.name, a.label, a.signed_on or "", a.source] for p in found for a in p.agreements]
    vias = [a.via_name if a.via != org.id else "" for p in found for a in p.agreements]
    if any(vias):  # agreements signed by one of the organisation's units
        headers.append("signed by")
        rows = [row + [via] for row, via in zip(rows, vias)]
    payload = {"id": org.id, "name": org.name, "ror": org.ror, "wikidata": org.wikidata, "partners": _listed(index, found)}
    return _emit(args, org, headers, rows, payload)


def run_shared_partners(args, settings: Settings) -> int:
    store = current.opened(settings, progress=output.progress)
    index = Snapshot(store, settings).names
    org = index.resolve(args.name, kinds=("Organization",))
    found = shared_partners(store, org.iri)
    names = {e.id: e.name for e in index.entities.values()}
    rows = [[s.id, s.name, s.shared, [names.get(p, p) for p in s.partners]] for s in found]
    ids = _ids(index)
    payload = {
        "id": org.id,
        "name": org.name,
        "ror": org.ror,
        "wikidata": org.wikidata,
        "organizations": [
            {"id": s.id, "name": s.name, **ids(s.id), "shared": s.shared,
             "partners": [{"id": p, "name": names.get(p, p)} for p in s.partners]}
            for s in found
        ],
    }
    return _emit(args, org, ["id", "organization", "shared", "shared partners"], rows, payload)


def run_members(args, settings: Settings) -> int:
    store = current.opened(settings, progress=output.progress)
    index = Snapshot(store, settings).names
    alliance = index.resolve(args.name, kinds=("Organization",))
    found = members(store, alliance.iri)
    rows = [[m.id, m.name, m.country or "", m.sources or ["registry"]] for m in found]
    payload = {"id": alliance.id, "name": alliance.name, "members": _listed(index, found)}
    return _emit(args, alliance, ["id", "member", "country", "source"], rows, payload)
