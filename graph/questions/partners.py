"""Partners of an organisation, and the partners organisations share ("which partners does XJTU share?")."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from .. import queries
from ..namespaces import slug_of
from ..store import Store


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
    for row in queries.run(store, "partners", org=URIRef(org)).rows:
        iri = str(row["partner"])
        partner = by_partner.setdefault(iri, Partner(id=slug_of(iri), name=str(row["partnerName"])))
        partner.agreements.append(
            AgreementLink(
                id=slug_of(row["agreement"]),
                label=str(row["agreementLabel"]),
                kinds=_split(row.get("kinds"), "|"),
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
