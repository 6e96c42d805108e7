"""``unikg link``: one name → its ROR id and Wikidata item, as the build decides; ``--report``
for the whole registry."""

from __future__ import annotations

import dataclasses

from unikg.graph.errors import UserError
from unikg.graph.settings import Settings
from . import output


def register(commands) -> None:
    p = commands.add_parser(
        "link", help="link an institution's name to ROR and Wikidata, as the build does (or --report)",
        description="Link a name as a news article writes it to the reference list of institutions "
        "(data/reference/institution-identifiers/): linked, none or ambiguous, with the candidates. "
        "A name the registry knows gives the registry organisation's own decision.",
    )
    p.add_argument("name", nargs="?", help="the name, e.g. 'Xian Jiaotong University' or KazNU")
    p.add_argument("--country", metavar="CC", help="its country, ISO 3166-1 alpha-2 (e.g. CN)")
    p.add_argument("--city", metavar="NAME", help="its city, as written (e.g. Beijing)")
    p.add_argument("--json", action="store_true", help="print the decision as JSON")
    p.add_argument("--report", action="store_true", help="the registry's linked / none / ambiguous counts and what is not linked")
    p.set_defaults(run=run_link)


def run_link(args, settings: Settings) -> int:
    from unikg.graph.reference import REFERENCE_FILE
    from unikg.graph.reference_linking import Linker, link_registry
    from unikg.graph.registry import country, load_registry

    if args.report == bool(args.name):
        raise UserError("give a name to link, or --report (not both)")
    if args.country:
        country(args.country, "--country")
    registry = load_registry(settings.data_dir)
    linker = Linker.default(settings.data_dir / REFERENCE_FILE)
    links = link_registry(registry, linker=linker)
    if args.report:
        return _report(args, registry, links, linker)
    org = _registry_organization(registry, args.name)
    if org is None:
        decision, data = linker.link(args.name, country=args.country, city=args.city), {}
    else:
        decision, data = _with_candidates(links[org.id], org, linker), {"organization": org.id}
    if args.json:
        output.print_json({**decision.as_dict(), **data})
    else:
        print(f"{org.id} (registry): {decision.line()}" if org else decision.line())
    return 0


def _registry_organization(registry, name: str):
    """The registry organisation ``name`` is the id, name, acronym or a spelling of, if one."""
    from unikg.graph.names import normalize

    key = normalize(name)
    found = {slug for kind, slug, text in registry.surface_forms() if kind == "organization" and normalize(text) == key}
    found |= {slug for slug in registry.organizations if slug == name}
    return registry.organizations[found.pop()] if len(found) == 1 else None


def _with_candidates(decision, org, linker):
    """A matched ``none`` of an institution, with the closest rows for the curator."""
    if decision.decision == "none" and decision.method == "matched" and not decision.candidates and _linkable(org):
        return dataclasses.replace(decision, candidates=tuple(linker.candidates(org.name)))
    return decision


def _linkable(org) -> bool:
    from unikg.graph.reference_linking import LINKABLE_KINDS

    return bool(set(org.kinds) & LINKABLE_KINDS)


def _report(args, registry, links, linker) -> int:
    from unikg.graph.reference_linking import DECISIONS

    counts = {kind: sum(d.decision == kind for d in links.values()) for kind in DECISIONS}
    curated = sum(d.method == "curated" for d in links.values())
    listed = {
        slug: _with_candidates(d, registry.organizations[slug], linker)
        for slug, d in links.items() if not d.linked and _linkable(registry.organizations[slug])
    }
    if args.json:
        output.print_json({
            **counts, "curated": curated, "organizations": len(links),
            "not_linked": {slug: d.as_dict() for slug, d in listed.items()},
        })
        return 0
    print(f"{len(links)} organizations: {counts['linked']} linked ({curated} curated), {counts['none']} none, "
          f"{counts['ambiguous']} ambiguous")
    rows = [
        [slug, d.decision, d.note, "; ".join(f"{c.name} ({c.ror}, {c.score})" for c in d.candidates[:3])]
        for slug, d in sorted(listed.items(), key=lambda item: (item[1].decision != "ambiguous", item[0]))
    ]
    print(output.table(["id", "decision", "why", "candidates"], rows, width=90))
    return 0
