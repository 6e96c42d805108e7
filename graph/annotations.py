"""Curated annotations: the facts one article states, each with verbatim evidence.

``load_annotations`` checks every field, every reference and every quote; a problem is a
UserError naming the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal

from . import records as r
from . import yamlfile
from .dates import date_literal, duration_literal
from .documents import DocumentRecord
from .errors import UserError
from .registry import Registry


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class AgreementRecord:
    """An agreement as an annotation file of ``data/`` states it, before the build makes RDF of it
    (the API's answer is ``questions.agreements.Agreement``; a network edge's, ``NetworkAgreement``)."""

    id: str
    parties: tuple[str, ...]
    evidence: tuple[Quote, ...]
    kinds: tuple[str, ...] = ()  # none when the text does not say what kind of agreement
    signed_on: Literal | None = None
    signatories: tuple[str, ...] = ()
    signed_at: str | None = None
    signed_in: str | None = None  # an organisation or city id: where it was signed
    duration: Literal | None = None  # xsd:duration, e.g. P5Y
    areas: tuple[str, ...] = ()
    establishes: tuple[str, ...] = ()
    label: str | None = None
    note: str | None = None
    confidence: float | None = None  # set on machine-extracted facts (0 to 1)
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class AgreementGroupRecord:
    id: str
    kinds: tuple[str, ...]
    count: int
    parties: tuple[str, ...]
    evidence: tuple[Quote, ...]
    counterparts_from: str | None = None
    counterparts: str | None = None
    counterparts_min: int | None = None
    signed_on: Literal | None = None
    signatories: tuple[str, ...] = ()
    signed_at: str | None = None
    areas: tuple[str, ...] = ()
    label: str | None = None
    note: str | None = None
    confidence: float | None = None  # set on machine-extracted facts (0 to 1)
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class Membership:
    alliance: str
    member: str  # an organization id or an ISO country code
    evidence: tuple[Quote, ...]
    role: str | None = None  # a membership role: founding-member, secretariat, coordinator
    date: Literal | None = None  # when the membership began, as precise as the text
    note: str | None = None
    confidence: float | None = None  # set on machine-extracted facts (0 to 1)
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class MembershipGroup:
    """Members of an alliance the text only counts ("23 institutions signed up for Y")."""

    alliance: str
    count: int
    evidence: tuple[Quote, ...]
    members_stated: str | None = None  # what the text says of them, as written
    role: str | None = None
    date: Literal | None = None
    note: str | None = None
    confidence: float | None = None  # set on machine-extracted facts (0 to 1)
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class Role:
    person: str
    role: str
    organization: str
    evidence: tuple[Quote, ...]
    title: str | None = None
    conferred_at: str | None = None
    former: bool = False  # the text says the person no longer holds it ("former president")
    note: str | None = None
    confidence: float | None = None  # set on machine-extracted facts (0 to 1)
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class Event:
    id: str
    label: str
    evidence: tuple[Quote, ...]
    kinds: tuple[str, ...] = ()
    date: Literal | None = None
    end_date: Literal | None = None  # the last day of an event of several days
    location: str | None = None
    hosts: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    part_of: str | None = None
    participant_count: int | None = None
    participant_country_count: int | None = None
    note: str | None = None
    confidence: float | None = None  # set on machine-extracted facts (0 to 1)
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class Establishment:
    organization: str
    evidence: tuple[Quote, ...]
    founders: tuple[str, ...] = ()
    supporters: tuple[str, ...] = ()
    agreement: str | None = None
    event: str | None = None
    date: Literal | None = None
    planned: bool = False
    note: str | None = None
    confidence: float | None = None  # set on machine-extracted facts (0 to 1)
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class Project:
    id: str
    label: str
    evidence: tuple[Quote, ...]
    launched_at: str | None = None
    organizations: tuple[str, ...] = ()
    note: str | None = None
    confidence: float | None = None  # set on machine-extracted facts (0 to 1)
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class ExtractedBy:
    """Marks an annotation file as machine-extracted: the extractor and its version."""

    extractor: str
    version: str


@dataclass(frozen=True, kw_only=True)
class Annotations:
    document: str
    path: Path
    extracted_by: ExtractedBy | None = None
    agreements: list[AgreementRecord] = field(default_factory=list)
    agreement_groups: list[AgreementGroupRecord] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    membership_groups: list[MembershipGroup] = field(default_factory=list)  # the counted ones
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    establishments: list[Establishment] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)


SECTIONS = (
    "agreements", "agreement_groups", "memberships", "roles", "events", "establishments",
    "projects",
)


def load_all_annotations(
    data_dir: Path, documents: dict[str, DocumentRecord], registry: Registry
) -> dict[str, Annotations]:
    """Every ``annotations/*.yaml``, keyed by document id (a document may have none)."""
    result: dict[str, Annotations] = {}
    for path in sorted((data_dir / "annotations").glob("*.yaml")):
        annotations = load_annotations(path, documents, registry)
        if annotations.document in result:
            raise UserError(
                f"{path}: document {annotations.document!r} is already annotated in "
                f"{result[annotations.document].path}"
            )
        result[annotations.document] = annotations
    return result


def load_annotations(path: Path, documents: dict[str, DocumentRecord], registry: Registry) -> Annotations:
    doc = yamlfile.load(path)
    if not isinstance(doc, dict):
        raise UserError(f"{path}: expected a mapping with 'document:' and fact sections")
    r.check_record(path, doc, required={"document"}, optional={*SECTIONS, "extracted_by"}, what="annotation file")
    document_id = r.slug(path, doc, "document")
    if document_id not in documents:
        raise UserError(
            f"{r.where(path, doc, 'document')}: document {document_id!r} is not in documents.yaml"
        )
    reader = _Reader(path, documents[document_id], registry, doc)
    memberships = [m for n in r.records(path, doc.get("memberships"), "memberships") for m in reader.memberships(n)]
    return Annotations(
        document=document_id,
        path=path,
        extracted_by=_extracted_by(path, doc),
        agreements=[reader.agreement(n) for n in r.records(path, doc.get("agreements"), "agreements")],
        agreement_groups=[
            reader.agreement_group(n)
            for n in r.records(path, doc.get("agreement_groups"), "agreement_groups")
        ],
        memberships=[m for m in memberships if isinstance(m, Membership)],
        membership_groups=[m for m in memberships if isinstance(m, MembershipGroup)],
        roles=[reader.role(n) for n in r.records(path, doc.get("roles"), "roles")],
        events=[reader.event(n) for n in r.records(path, doc.get("events"), "events")],
        establishments=[
            reader.establishment(n)
            for n in r.records(path, doc.get("establishments"), "establishments")
        ],
        projects=[reader.project(n) for n in r.records(path, doc.get("projects"), "projects")],
    )


class _Reader:
    """Reads the records of one annotation file, checking references and quotes."""

    def __init__(self, path: Path, document: DocumentRecord, registry: Registry, doc: dict):
        self.path = path
        self.document = document
        self.registry = registry
        self.event_ids = {
            n.get("id") for n in r.records(path, doc.get("events"), "events") if isinstance(n, dict)
        }
        self.agreement_ids = {
            n.get("id")
            for n in r.records(path, doc.get("agreements"), "agreements")
            if isinstance(n, dict)
        }
        self.ids_seen: set[str] = set()

    # -- fields -------------------------------------------------------------------------

    def evidence(self, node) -> tuple[Quote, ...]:
        value = node.get("evidence")
        quotes = [value] if isinstance(value, str) else value
        if not isinstance(quotes, list) or not quotes:
            raise UserError(f"{r.where(self.path, node, 'evidence')}: evidence must be a quote or a list of quotes")
        found = []
        for index, quote in enumerate(quotes):
            where = r.where(self.path, node, "evidence", index if isinstance(value, list) else None)
            if not isinstance(quote, str) or not quote.strip():
                raise UserError(f"{where}: each evidence quote must be non-empty text")
            start = self.document.text.find(quote)
            if start < 0:
                raise UserError(f"{where}: quote not found in {self.document.file}: {_divergence(quote, self.document.text)}")
            found.append(Quote(quote, start, start + len(quote)))
        return tuple(found)

    def ref(self, node, key: str, kinds: set[str]) -> str | None:
        value = r.slug(self.path, node, key)
        if value is not None:
            self._check_ref(node, key, None, value, kinds)
        return value

    def refs(self, node, key: str, kinds: set[str], minimum: int = 0) -> tuple[str, ...]:
        values = r.slug_list(self.path, node, key)
        for index, value in enumerate(values):
            self._check_ref(node, key, index, value, kinds)
        if len(values) < minimum:
            raise UserError(f"{r.where(self.path, node, key)}: {key!r} needs at least {minimum} entries")
        if len(set(values)) != len(values):
            raise UserError(f"{r.where(self.path, node, key)}: {key!r} lists an id twice")
        return tuple(values)

    def _check_ref(self, node, key, index, value, kinds: set[str]) -> None:
        kind = self.registry.kind_of(value)
        if kind is None and value in self.event_ids:
            kind = "event"
        if kind is None and value in self.agreement_ids:
            kind = "agreement"
        if kind not in kinds:
            wanted = " or ".join(sorted(kinds))
            found = f"a {kind}" if kind else "not defined (registry or this file's events)"
            raise UserError(f"{r.where(self.path, node, key, index)}: {key} {value!r} should be {wanted} but is {found}")

    def date(self, node, key: str) -> Literal | None:
        return self._literal(node, key, date_literal)

    def duration(self, node, key: str) -> Literal | None:
        return self._literal(node, key, duration_literal)

    def _literal(self, node, key: str, parse) -> Literal | None:
        value = node.get(key)
        if value is None:
            return None
        try:
            return parse(value)
        except UserError as error:
            raise UserError(f"{r.where(self.path, node, key)}: {error}") from None

    def new_id(self, node, key: str = "id") -> str:
        value = r.slug(self.path, node, key)
        if value in self.ids_seen:
            raise UserError(f"{r.where(self.path, node, key)}: id {value!r} is used twice in this file")
        if self.registry.kind_of(value):
            raise UserError(f"{r.where(self.path, node, key)}: id {value!r} is already a registry id")
        self.ids_seen.add(value)
        return value

    def common(self, node) -> dict:
        return {
            "evidence": self.evidence(node),
            "note": r.text(self.path, node, "note"),
            "confidence": _confidence(self.path, node),
            "where": r.where(self.path, node),
        }

    # -- records ------------------------------------------------------------------------

    def agreement(self, node) -> AgreementRecord:
        r.check_record(
            self.path, node, required={"id", "parties", "evidence"},
            optional={
                "kinds", "signed_on", "signatories", "signed_at", "signed_in", "duration", "areas",
                "establishes", "label", "note", "confidence",
            },
            what="agreement",
        )
        return AgreementRecord(
            id=self.new_id(node),
            kinds=tuple(r.slug_list(self.path, node, "kinds")),
            parties=self.refs(node, "parties", {"organization"}, minimum=2),
            signed_on=self.date(node, "signed_on"),
            signatories=self.refs(node, "signatories", {"person"}),
            signed_at=self.ref(node, "signed_at", {"event"}),
            signed_in=self.ref(node, "signed_in", {"organization", "city"}),
            duration=self.duration(node, "duration"),
            areas=tuple(r.slug_list(self.path, node, "areas")),
            establishes=self.refs(node, "establishes", {"organization"}),
            label=r.text(self.path, node, "label"),
            **self.common(node),
        )

    def agreement_group(self, node) -> AgreementGroupRecord:
        r.check_record(
            self.path, node, required={"id", "kinds", "count", "parties", "evidence"},
            optional={
                "counterparts_from", "counterparts", "counterparts_min", "signed_on",
                "signatories", "signed_at", "areas", "label", "note", "confidence",
            },
            what="agreement group",
        )
        return AgreementGroupRecord(
            id=self.new_id(node),
            kinds=tuple(r.slug_list(self.path, node, "kinds")),
            count=r.integer(self.path, node, "count"),
            parties=self.refs(node, "parties", {"organization"}, minimum=1),
            counterparts_from=self.ref(node, "counterparts_from", {"organization"}),
            counterparts=r.text(self.path, node, "counterparts"),
            counterparts_min=r.integer(self.path, node, "counterparts_min"),
            signed_on=self.date(node, "signed_on"),
            signatories=self.refs(node, "signatories", {"person"}),
            signed_at=self.ref(node, "signed_at", {"event"}),
            areas=tuple(r.slug_list(self.path, node, "areas")),
            label=r.text(self.path, node, "label"),
            **self.common(node),
        )

    def memberships(self, node) -> list[Membership | MembershipGroup]:
        """One membership per member listed, or one group for a count of unnamed members."""
        r.check_record(
            self.path, node, required={"alliance", "evidence"},
            optional={"members", "count", "members_stated", "role", "date", "note", "confidence"},
            what="membership",
        )
        if ("members" in node) == ("count" in node):
            raise UserError(
                f"{r.where(self.path, node)}: a membership lists its members (members: [ids]) or, "
                "when the text does not name them, counts them (count: 23, members_stated: ...); "
                "give one of the two"
            )
        alliance = self.ref(node, "alliance", {"organization"})
        common = {**self.common(node), "role": r.slug(self.path, node, "role"), "date": self.date(node, "date")}
        if "count" in node:
            count = r.integer(self.path, node, "count")
            if not count:
                raise UserError(f"{r.where(self.path, node, 'count')}: 'count' must be a whole number ≥ 1")
            return [MembershipGroup(
                alliance=alliance, count=count, members_stated=r.text(self.path, node, "members_stated"), **common,
            )]
        if "members_stated" in node:
            raise UserError(
                f"{r.where(self.path, node, 'members_stated')}: members_stated goes with count: "
                "(what the text says of members it does not name)"
            )
        members = r.string_list(self.path, node, "members")
        if not members:
            raise UserError(f"{r.where(self.path, node, 'members')}: membership needs the field 'members'")
        result = []
        for index, member in enumerate(members):
            if member.isupper() and len(member) == 2:  # a country, by ISO code
                if member not in self.registry.countries:
                    raise UserError(
                        f"{r.where(self.path, node, 'members', index)}: country {member!r} is "
                        "not in the registry (add it to places.yaml)"
                    )
            else:
                self._check_ref(node, "members", index, member, {"organization"})
            result.append(Membership(alliance=alliance, member=member, **common))
        return result

    def role(self, node) -> Role:
        r.check_record(
            self.path, node, required={"person", "role", "organization", "evidence"},
            optional={"title", "conferred_at", "former", "note", "confidence"}, what="role",
        )
        return Role(
            person=self.ref(node, "person", {"person"}),
            role=r.slug(self.path, node, "role"),
            organization=self.ref(node, "organization", {"organization"}),
            title=r.text(self.path, node, "title"),
            conferred_at=self.ref(node, "conferred_at", {"event"}),
            former=bool(r.boolean(self.path, node, "former")),
            **self.common(node),
        )

    def event(self, node) -> Event:
        r.check_record(
            self.path, node, required={"id", "label", "evidence"},
            optional={
                "kinds", "date", "end_date", "location", "hosts", "participants", "part_of",
                "participant_count", "participant_country_count", "note", "confidence",
            },
            what="event",
        )
        return Event(
            id=self.new_id(node),
            kinds=tuple(r.slug_list(self.path, node, "kinds")),
            label=r.text(self.path, node, "label"),
            date=self.date(node, "date"),
            end_date=self.date(node, "end_date"),
            location=self.ref(node, "location", {"organization", "city"}),
            hosts=self.refs(node, "hosts", {"organization"}),
            participants=self.refs(node, "participants", {"organization", "person"}),
            part_of=self.ref(node, "part_of", {"event"}),
            participant_count=r.integer(self.path, node, "participant_count"),
            participant_country_count=r.integer(self.path, node, "participant_country_count"),
            **self.common(node),
        )

    def establishment(self, node) -> Establishment:
        r.check_record(
            self.path, node, required={"organization", "evidence"},
            optional={"founders", "supporters", "agreement", "event", "date", "planned", "note", "confidence"},
            what="establishment",
        )
        return Establishment(
            organization=self.ref(node, "organization", {"organization"}),
            founders=self.refs(node, "founders", {"organization", "person"}),
            supporters=self.refs(node, "supporters", {"organization"}),
            agreement=self.ref(node, "agreement", {"agreement"}),
            event=self.ref(node, "event", {"event"}),
            date=self.date(node, "date"),
            planned=bool(r.boolean(self.path, node, "planned")),
            **self.common(node),
        )

    def project(self, node) -> Project:
        r.check_record(
            self.path, node, required={"id", "label", "evidence"},
            optional={"launched_at", "organizations", "note", "confidence"}, what="project",
        )
        return Project(
            id=self.new_id(node),
            label=r.text(self.path, node, "label"),
            launched_at=self.ref(node, "launched_at", {"event"}),
            organizations=self.refs(node, "organizations", {"organization"}),
            **self.common(node),
        )


def _extracted_by(path: Path, doc: dict) -> ExtractedBy | None:
    """The optional ``extracted_by: {extractor: ..., version: ...}`` of a machine-made file."""
    node = doc.get("extracted_by")
    if node is None:
        return None
    r.check_record(path, node, required={"extractor", "version"}, optional=set(), what="extracted_by")
    extractor, version = r.text(path, node, "extractor"), r.text(path, node, "version")
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", extractor) or not re.fullmatch(r"[0-9A-Za-z.+-]+", version):
        raise UserError(
            f"{r.where(path, doc, 'extracted_by')}: extracted_by needs an extractor slug and a "
            "version, e.g. {extractor: unikg-extractor, version: 0.1.0}"
        )
    return ExtractedBy(extractor=extractor, version=version)


def _confidence(path: Path, node) -> float | None:
    """The optional ``confidence`` of a machine-extracted fact: a number from 0 to 1."""
    value = node.get("confidence")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise UserError(f"{r.where(path, node, 'confidence')}: confidence must be a number from 0 to 1")
    return round(float(value), 3)


def _divergence(quote: str, text: str) -> str:
    """Say where the quote stops matching the article, to make the fix obvious.

    >>> _divergence("signed on May 18", "It was signed on May 17, 2023.")
    "the article has 'signed on May 1' then '7, 2023.' where the quote has '8'"
    """
    low, high = 0, len(quote)
    while low < high:  # the longest prefix of the quote that occurs in the text
        mid = (low + high + 1) // 2
        if quote[:mid] in text:
            low = mid
        else:
            high = mid - 1
    if low < 8:
        return f"{quote[:80]!r} (no part of its beginning occurs in the article)"
    at = text.find(quote[:low]) + low
    return (
        f"the article has {quote[max(0, low - 40):low]!r} then {text[at:at + 20]!r} "
        f"where the quote has {quote[low:low + 20]!r}"
    )
