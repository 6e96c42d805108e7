"""The network data of a disk store's version, kept in the version's folder.

Reading the networks (``NetworkData.from_store(evidence=False)``: every organisation,
agreement, membership and event) is the longest part of what a server derives from its store:
12 s at 1M triples on Oxigraph on disk, minutes at 10M. The first server that reads a
version's networks keeps them in its folder (``unikg-networks.json``; ``version_files``), and
every later start reads that file instead (0.5 s at 1M): views, paths and the analysis of
other layers are then ready seconds after start-up instead of minutes.

The file holds the data's values, each article once (its title would repeat per agreement):

>>> _data(_rows(NetworkData.example())) == NetworkData.example()
True
"""

from __future__ import annotations

from ..store import Store
from ..version_files import kept
from .build import Agreement, Event, Evidence, Membership, NetworkData, Organization

NETWORK_FILE = "unikg-networks.json"
MADE_BY = (2, "network_organizations", "projection_parties", "network_agreements", "network_memberships",
           "network_events", "kind_tree", "evidence_of")  # raise the number when build.py shapes rows otherwise


def network_data(store: Store) -> NetworkData:
    """The networks of ``store`` without the agreements' quotes: for a disk store's version,
    the ones kept in its folder (made and kept on the first call); else from the store."""
    return kept(store, NETWORK_FILE, made_by=MADE_BY, make=lambda: NetworkData.from_store(store, evidence=False),
                to_json=_rows, from_json=_data)


def _rows(data: NetworkData) -> dict:
    """The data as lists of values; the articles (many agreements each) listed once."""
    documents: dict[tuple[str, str], int] = {}

    def document(source: str, label: str) -> int:
        return documents.setdefault((source, label), len(documents))

    def evidence(found: Evidence | None) -> list | None:
        return None if found is None else [found.quote, document(found.source, found.source_label)]

    return {
        "organizations": [[o.id, o.name, o.short, o.kinds, o.country, o.country_name, o.parent, o.top, o.ror, o.wikidata]
                          for o in data.organizations.values()],
        "agreements": [[a.id, a.label, a.kinds, a.signed_on, a.parties, document(a.source, a.source_label),
                        evidence(a.evidence), a.iri] for a in data.agreements],
        "memberships": [[m.member, m.alliance, evidence(m.evidence)] for m in data.memberships],
        "events": [[e.id, e.label, e.date, e.organizations, e.source, evidence(e.evidence)] for e in data.events],
        "documents": [list(key) for key in documents],
    }


def _data(kept: dict) -> NetworkData:
    documents = [tuple(pair) for pair in kept["documents"]]

    def evidence(found: list | None) -> Evidence | None:
        if found is None:
            return None
        source, label = documents[found[1]]
        return Evidence(quote=found[0], source=source, source_label=label)

    organizations = {}
    for org_id, name, short, kinds, country, country_name, parent, top, ror, wikidata in kept["organizations"]:
        organizations[org_id] = Organization(id=org_id, name=name, short=short, kinds=tuple(kinds), country=country,
                                             country_name=country_name, parent=parent, top=top, ror=ror,
                                             wikidata=wikidata)
    agreements = []
    for agreement_id, label, kinds, signed_on, parties, doc, quoted, iri in kept["agreements"]:
        source, source_label = documents[doc]
        agreements.append(Agreement(id=agreement_id, label=label, kinds=tuple(kinds), signed_on=signed_on,
                                    parties=tuple(parties), source=source, source_label=source_label,
                                    evidence=evidence(quoted), iri=iri))
    return NetworkData(
        organizations=organizations,
        agreements=agreements,
        memberships=[Membership(member=member, alliance=alliance, evidence=evidence(quoted))
                     for member, alliance, quoted in kept["memberships"]],
        events=[Event(id=event_id, label=label, date=date, organizations=tuple(orgs), source=source,
                      evidence=evidence(quoted))
                for event_id, label, date, orgs, source, quoted in kept["events"]],
    )
