"""Partners of an organisation, and the partners organisations share ("which partners does XJTU share?")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from .. import queries
from ..errors import UserError
from ..namespaces import UKG, slug_of
from ..store import Store
from .agreements import agreements, precision
from .common import Evidence, Ref, by_name, evidence, ordered_evidence, ref, text
from .kinds import KindTree


@dataclass(frozen=True)
class AgreementLink:
    id: str
    label: str
    kinds: list[str]
    signed_on: str | None
    areas: list[str]
    evidence: list[str]
    source: str
    source_label: str
    via: str  # the party on the organisation's side: itself or one of its units
    via_name: str


@dataclass(frozen=True)
class Partner:
    id: str
    name: str
    agreements: list[AgreementLink] = field(default_factory=list)


def _split(value, separator: str) -> list[str]:
    return sorted(v for v in str(value).split(separator) if v) if value is not None else []


def partners(store: Store, org: str) -> list[Partner]:
    """Each partner of ``org`` (an IRI) with the agreements linking them, by partner name."""
    by_partner: dict[str, Partner] = {}
    tree = KindTree.of(store, str(UKG.Agreement))
    for row in queries.run(store, "partners", org=URIRef(org)).rows:
        iri = str(row["partner"])
        partner = by_partner.setdefault(iri, Partner(id=slug_of(iri), name=str(row["partnerName"])))
        partner.agreements.append(
            AgreementLink(
                id=slug_of(row["agreement"]),
                label=str(row["agreementLabel"]),
                kinds=[k.name for k in tree.most_specific(_split(row.get("types"), "|"), leaving_out=str(UKG.Agreement))],
                signed_on=str(row["signedOn"]) if row.get("signedOn") is not None else None,
                areas=_split(row.get("areas"), "|"),
                evidence=_split(row.get("evidence"), "\n"),
                source=slug_of(row["doc"]),
                source_label=str(row["docLabel"]),
                via=slug_of(row["via"]),
                via_name=str(row["viaName"]),
            )
        )
    return sorted(by_partner.values(), key=lambda p: (p.name.casefold(), p.id))


@dataclass(frozen=True)
class SharedPartners:
    id: str
    name: str
    shared: int
    partners: list[str]  # ids of the partners both have


@dataclass(frozen=True)
class SharedOrganization:  # an organisation sharing agreement partners with the one asked about
    id: str
    name: str
    iri: str
    shared: int = field(metadata={"description": "number of partners it shares with the institution"})
    partners: list[Ref] = field(metadata={"description": "the shared partners"})


def shared_partners(store: Store, org: str) -> list[SharedPartners]:
    """Every other organisation with at least one partner in common with ``org``, most first."""
    rows = queries.run(store, "shared_partners", org=URIRef(org)).rows
    return [
        SharedPartners(
            id=slug_of(row["other"]),
            name=str(row["otherName"]),
            shared=int(row["shared"]),
            partners=sorted(slug_of(p) for p in str(row["partners"]).split()),
        )
        for row in rows
    ]


# -- the HTTP API's view: every partner with the links (agreements, alliances or events) --------

RELATIONS = ("agreement", "alliance", "event")


@dataclass(frozen=True)
class PartnerLink:
    """What links an organisation to a partner: an agreement, a shared alliance or an event."""

    relation: str  # one of RELATIONS
    resource: Ref  # the agreement, the alliance or the event
    via: Ref  # the organisation's own side: itself or one of its units
    kinds: list[Ref] = field(default_factory=list)
    date: str | None = None  # as precise as the text
    date_precision: str | None = None
    areas: list[Ref] = field(default_factory=list)
    sources: list[Ref] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class LinkedPartner:
    id: str
    name: str
    iri: str
    links: list[PartnerLink] = field(default_factory=list)


def partner_links(store: Store, org: str, *, via: str = "agreement") -> list[LinkedPartner]:
    """Each partner of ``org`` (an IRI) by the relation ``via``, with what links them, by name."""
    if via == "agreement":
        found = _agreement_links(store, org)
    elif via == "alliance":
        found = _alliance_links(store, org)
    elif via == "event":
        found = _event_links(store, org)
    else:
        raise UserError(f"via={via!r} is not one of {', '.join(RELATIONS)}")
    partners_ = []
    for (iri, name), links in found.items():
        ordered = sorted(links.values(), key=lambda l: (l.resource.name.casefold(), l.resource.id))
        partners_.append(LinkedPartner(id=ref(iri).id, name=name, iri=iri, links=ordered))
    return by_name(partners_)


def _agreement_links(store: Store, org: str) -> dict:
    details = {a.iri: a for a in agreements(store, party=org, groups=False)}
    found: dict[tuple[str, str], dict[str, PartnerLink]] = defaultdict(dict)
    for row in queries.run(store, "partners", org=URIRef(org)).rows:
        a = details[str(row["agreement"])]
        found[(str(row["partner"]), str(row["partnerName"]))][a.iri] = PartnerLink(
            relation="agreement",
            resource=Ref(id=a.id, name=a.name, iri=a.iri),
            via=ref(row["via"], row["viaName"]),
            kinds=a.kinds,
            date=a.signed_on,
            date_precision=a.signed_on_precision,
            areas=a.areas,
            sources=a.sources,
            evidence=a.evidence,
        )
    return found


def _grouped_links(rows, *, relation: str, resource: str, label: str, kinds: KindTree | None = None,
                   date=None) -> dict:
    """The links of each partner by resource; ``kinds`` picks the most specific among each
    resource's types (column ``kind``)."""
    quotes: dict[tuple, list] = defaultdict(list)
    first_rows: dict[tuple, dict] = {}
    types: dict[tuple, set] = defaultdict(set)
    for row in rows:
        key = (str(row["partner"]), str(row["partnerName"]), str(row[resource]))
        first_rows.setdefault(key, row)
        quotes[key].append(evidence(row))
        if kinds is not None and row.get("kind") is not None:
            types[key].add(str(row["kind"]))
    found: dict[tuple[str, str], dict[str, PartnerLink]] = defaultdict(dict)
    for key, row in first_rows.items():
        quoted = ordered_evidence(quotes[key])
        stated = text(row.get(date)) if date else None
        found[key[:2]][key[2]] = PartnerLink(
            relation=relation,
            resource=ref(row[resource], row[label]),
            via=ref(row["self"], row["selfName"]),
            kinds=kinds.most_specific(types[key]) if kinds is not None else [],
            date=stated,
            date_precision=precision(stated),
            sources=sorted({q.source for q in quoted}),
            evidence=quoted,
        )
    return found


def _alliance_links(store: Store, org: str) -> dict:
    own = {str(row["org"]) for row in queries.run(store, "units", org=URIRef(org)).rows}  # it, and its units
    rows = [r for r in queries.run(store, "alliance_partners", member=URIRef(org)).rows if str(r["partner"]) not in own]
    return _grouped_links(rows, relation="alliance", resource="alliance", label="allianceName")


def _event_links(store: Store, org: str) -> dict:
    rows = queries.run(store, "event_partners", org=URIRef(org)).rows
    return _grouped_links(
        rows, relation="event", resource="event", label="eventLabel", kinds=KindTree.of(store, str(UKG.Event)),
        date="date",
    )


@dataclass(frozen=True)
class CommonLink:
    institution: Ref  # one of the organisations asked about
    agreement: Ref


@dataclass(frozen=True)
class CommonPartner:
    id: str
    name: str
    iri: str
    agreements: list[CommonLink] = field(default_factory=list)


def common_partners(store: Store, orgs: list[str]) -> list[CommonPartner]:
    """The agreement partners all of ``orgs`` (IRIs) have, with the agreements, by name."""
    unique = sorted(set(orgs))
    rows = queries.run(
        store, "common_partners", orgs=Literal(" ".join(unique)), count=Literal(len(unique))
    ).rows
    links: dict[tuple[str, str], set[CommonLink]] = defaultdict(set)
    for row in rows:
        links[(str(row["partner"]), str(row["partnerName"]))].add(
            CommonLink(institution=ref(row["org"], row["orgName"]), agreement=ref(row["agreement"], row["agreementLabel"]))
        )
    return by_name(
        CommonPartner(id=ref(iri).id, name=name, iri=iri,
                      agreements=sorted(found, key=lambda l: (l.institution.id, l.agreement.id)))
        for (iri, name), found in links.items()
    )
