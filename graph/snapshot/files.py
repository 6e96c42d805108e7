"""What a process keeps of a store version in the version's folder, for the next process that
opens it: the name index, the projection, the networks (``memo.VersionFile``: the file, what
made it, and the value to JSON and back). Made by the first reader, or by ``unikg load`` before
it publishes the version; each read in a fraction of what its queries take (at 1M triples on
disk: names 0.1 s instead of 2.7 s, the projection 0.13 s instead of 4–5 s, the networks 0.5 s
instead of 12 s).

>>> networks_from_json(networks_to_json(NetworkData.example())) == NetworkData.example()
True
>>> from unikg.graph.projection import Projection
>>> projection_from_json(projection_to_json(Projection.example())).nodes == Projection.example().nodes
True
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from ..analysis.network_data import NetworkAgreement, Event, Evidence, Membership, NetworkData, Organization
from ..names import Entity, NameIndex
from ..projection import Projection
from .memo import VersionFile


# -- the name index ---------------------------------------------------------------------------


def names_to_json(index: NameIndex) -> dict:
    """The index as JSON values (entities once, the keys pointing at their positions)."""
    position = {iri: n for n, iri in enumerate(index.entities)}
    return {
        "entities": [[e.iri, e.name, e.id, e.kind, e.ror, e.wikidata] for e in index.entities.values()],
        "exact": {key: sorted(position[i] for i in found) for key, found in index.exact.items()},
        "words": [[sorted(key), sorted(position[i] for i in found)] for key, found in index.words.items()],
    }


def names_from_json(data: dict) -> NameIndex:
    listed = [
        Entity(name=name, id=id, iri=iri, kind=kind, ror=ror, wikidata=wikidata)
        for iri, name, id, kind, ror, wikidata in data["entities"]
    ]
    iris = [e.iri for e in listed]
    return NameIndex(
        entities={e.iri: e for e in listed},
        exact={key: {iris[n] for n in found} for key, found in data["exact"].items()},
        words={frozenset(key): {iris[n] for n in found} for key, found in data["words"]},
    )


# -- the projection ---------------------------------------------------------------------------


def projection_to_json(projection: Projection) -> dict:
    """What ``Projection.assembled`` needs, as JSON values (the parties' matrix holds only ones)."""
    p = projection
    return {
        "nodes": p.nodes, "labels": p.labels, "agreements": p.agreements,
        "parties": [p.parties.indptr.tolist(), p.parties.indices.tolist()],
        "units": [p.units.indptr.tolist(), p.units.indices.tolist(), p.units.data.tolist()],
        "years": p.years.tolist(),
    }


def projection_from_json(values: dict) -> Projection:
    nodes, agreements = values["nodes"], values["agreements"]
    n, m = len(nodes), len(agreements)
    indptr, indices = (np.asarray(v, dtype=np.int32) for v in values["parties"])
    parties = sparse.csr_matrix((np.ones(len(indices), dtype=np.int32), indices, indptr), shape=(m, n))
    indptr, indices, data = values["units"]
    units = sparse.csr_matrix((np.asarray(data, dtype=np.int8), np.asarray(indices, dtype=np.int32),
                               np.asarray(indptr, dtype=np.int32)), shape=(n, n))
    years = np.asarray(values["years"], dtype=np.int32)
    if len(values["labels"]) != n or len(years) != m:
        raise ValueError("the lists of the kept projection differ in length")
    for matrix in (parties, units):  # an index out of range would crash SciPy, not raise
        matrix.check_format(full_check=True)
    return Projection.assembled(nodes=nodes, labels=values["labels"], agreements=agreements, parties=parties,
                                units=units, years=years)


# -- the networks -----------------------------------------------------------------------------


def networks_to_json(data: NetworkData) -> dict:
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


def networks_from_json(kept: dict) -> NetworkData:
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
        agreements.append(NetworkAgreement(id=agreement_id, label=label, kinds=tuple(kinds), signed_on=signed_on,
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


# the files: raise a format number when its value is shaped otherwise
NAMES = VersionFile("unikg-names.json", made_by=(2, "names"), to_json=names_to_json, from_json=names_from_json)
PROJECTION = VersionFile("unikg-projection.json", made_by=(1, "projection_parties", "projection_units",
                         "projection_labels", "projection_dates"), to_json=projection_to_json,
                         from_json=projection_from_json)
NETWORKS = VersionFile("unikg-networks.json", made_by=(2, "network_organizations", "projection_parties",
                       "network_agreements", "network_memberships", "network_events", "kind_tree", "evidence_of"),
                       to_json=networks_to_json, from_json=networks_from_json)
