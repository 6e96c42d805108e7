"""The draft: the extracted facts in the curated formats of ``data/README.md``, and as JSON.

Four parts, each what a curator would write by hand:

- the article text (``documents/<slug>.txt``) and its ``documents.yaml`` entry;
- the annotation file (``annotations/<slug>.yaml``): agreements, agreement groups and roles,
  each with its evidence (whole sentences, verbatim) and two fields that mark it as
  machine-made: the file's ``extracted_by`` (extractor and version) and each fact's
  ``confidence`` (0 to 1, a heuristic score of how sure the pattern is, not a calibrated
  probability). The build turns them into PROV-O (``prov:wasGeneratedBy`` an extraction
  activity associated with the extractor as a ``prov:SoftwareAgent``) and ``ukg:confidence``;
  a curator who has checked a fact removes its confidence, and ``extracted_by`` once all are;
- the registry additions: new organisations, people and cities, in the registry's format,
  each with a note saying it is machine-extracted and what to check.

The annotation file loads with :func:`unikg.graph.annotations.load_annotations` once the
registry additions are in the registry (``unikg ingest --apply`` does both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import yaml

from ..reference_linking import Linker as ReferenceLinker
from ..reference_linking import curator_note, link_registry
from ..registry import Organization, Registry
from .agreements import AgreementFact
from .extract import EXTRACTOR, VERSION, Extraction
from .linking import Entity, Linker, slugify

_KIND_SHORT = {"memorandum-of-understanding": "memorandum"}
# The registry needs a kind; for an organisation named only by an acronym ("LGE") the text
# does not give one. The draft then says so and uses the registry's commonest kind.
PLACEHOLDER_KIND = "university"


@dataclass(frozen=True, kw_only=True)
class Draft:
    document_id: str
    text: str
    document: dict  # the documents.yaml entry
    annotations: dict  # the annotation file
    registry: dict  # {"organizations": [...], "people": [...], "cities": [...]}
    agreement_ids: tuple[str, ...] = ()  # the id of each extracted agreement, in order

    def annotations_yaml(self) -> str:
        header = (
            f"# Draft annotations of {self.document_id}, machine-extracted by {EXTRACTOR} {VERSION}.\n"
            "# Review every fact against the article: remove a fact's `confidence` once checked,\n"
            "# and `extracted_by` once the whole file is. Format: data/README.md.\n\n"
        )
        return header + _dump(self.annotations)

    def registry_yaml(self) -> str:
        header = (
            f"# Registry additions for {self.document_id}: entities the registry does not know yet,\n"
            f"# machine-extracted by {EXTRACTOR} {VERSION}. Check each name, kind and country;\n"
            "# organizations go to registry/organizations.yaml, people to people.yaml, cities to places.yaml.\n\n"
        )
        return header + (_dump(self.registry) if any(self.registry.values()) else "{}\n")

    def document_yaml(self) -> str:
        return _dump([self.document])


def make_draft(
    extraction: Extraction, *, registry: Registry, taken_ids: set[str] = frozenset(),
    reference: ReferenceLinker | None = None,
) -> Draft:
    """The draft for one extraction; ``taken_ids`` are fact ids other annotation files use;
    ``reference`` links the new organisations as the build will (the project's list unless given)."""
    doc_id = extraction.document_id
    article = extraction.article
    used = set(taken_ids) | set(registry.organizations) | set(registry.people) | set(registry.cities)
    used |= {entity.id for entity in extraction.new_entities}
    annotations: dict = {"document": doc_id, "extracted_by": {"extractor": EXTRACTOR, "version": VERSION}}
    agreements, groups, ids = [], [], []
    for fact in extraction.agreements:
        if fact.is_group and fact.count is None:
            continue  # agreements counted by their counterparts only: the curated format needs a count (in --json only)
        record = _agreement(fact, extraction, article.published, used)
        (groups if fact.is_group else agreements).append(record)
        ids.append(record["id"])
    if agreements:
        annotations["agreements"] = agreements
    if groups:
        annotations["agreement_groups"] = groups
    roles = [
        {
            "person": role.person.id,
            "role": role.role,
            "organization": role.organization.id,
            "title": role.title,
            **({"former": True} if role.former else {}),
            "confidence": role.confidence,
            "evidence": extraction.article.text[role.evidence[0]:role.evidence[1]],
        }
        for role in extraction.roles
        if role.role is not None  # a title outside the roles vocabulary: in --json only
    ]
    memberships = _memberships(extraction)
    if memberships:
        annotations["memberships"] = memberships
    if roles:
        annotations["roles"] = roles
    return Draft(
        document_id=doc_id,
        text=article.text,
        document=_document_entry(extraction, registry),
        annotations=annotations,
        registry=_registry_additions(extraction, registry, reference or ReferenceLinker.default()),
        agreement_ids=tuple(ids),
    )


def _agreement(fact: AgreementFact, extraction: Extraction, published: str | None, used: set[str]) -> dict:
    text = extraction.article.text
    year = (fact.signed_on or "")[:4] if (fact.signed_on or "")[:4].isdigit() else (published or "")[:4]
    parts = [p.acronym.lower() if p.new and p.acronym else p.id for p in fact.parties[:3]]
    kind = _KIND_SHORT.get(fact.kinds[0], fact.kinds[0]) if fact.kinds else "agreement"
    base = "-".join([*parts, kind, *(["group"] if fact.is_group else []), *([year] if year.isdigit() else [])])
    base = slugify(base, limit=80)
    ident, n = base, 2
    while ident in used:
        ident, n = f"{base}-{n}", n + 1
    used.add(ident)
    record: dict = {"id": ident}
    if fact.kinds:  # left out when the text does not say (data/README.md)
        record["kinds"] = list(fact.kinds)
    if fact.is_group:
        record["count"] = fact.count
    record["parties"] = [p.id for p in fact.parties]
    if fact.is_group and fact.counterparts:
        record["counterparts"] = fact.counterparts
        if fact.counterparts_min is not None:
            record["counterparts_min"] = fact.counterparts_min
    if fact.signed_on:
        record["signed_on"] = fact.signed_on
    if fact.signatories:
        record["signatories"] = [p.id for p in fact.signatories]
    if fact.areas:
        record["areas"] = list(fact.areas)
    record["confidence"] = fact.confidence
    if fact.notes:
        record["note"] = " ".join(fact.notes)
    quotes = [text[s:e] for s, e in fact.evidence]
    record["evidence"] = quotes[0] if len(quotes) == 1 else quotes
    return record


def _memberships(extraction: Extraction) -> list[dict]:
    """Memberships in the curated format: members stated together (same alliance, role, date and
    sentence) in one entry; a count of members the text does not name as ``count``."""
    text = extraction.article.text
    entries: dict[tuple, dict] = {}
    for fact in extraction.memberships:
        if not fact.alliance.new and not fact.alliance.alliance:
            continue  # the registry knows it as something else than an alliance: not drafted
        key = (fact.alliance.id, fact.kind, fact.date, fact.evidence, fact.member is None)
        entry = entries.get(key)
        if entry is None or fact.member is None:
            entry = {"alliance": fact.alliance.id}
            if fact.member is None:
                entry["count"] = fact.count
                if fact.members_stated:
                    entry["members_stated"] = fact.members_stated
            else:
                entry["members"] = []
            if fact.kind:
                entry["role"] = fact.kind
            if fact.date:
                entry["date"] = fact.date
            entry["confidence"] = fact.confidence
            entry["evidence"] = text[fact.evidence[0]:fact.evidence[1]]
            entries[key if fact.member is not None else (*key, fact.count)] = entry
        if fact.member is not None:
            entry["members"].append(fact.member.id)
            entry["confidence"] = min(entry["confidence"], fact.confidence)
    return list(entries.values())


def _document_entry(extraction: Extraction, registry: Registry) -> dict:
    article = extraction.article
    entry: dict = {"id": extraction.document_id, "file": f"documents/{extraction.document_id}.txt"}
    if article.title:
        entry["title"] = article.title
    linker = Linker(registry)
    for name in (article.publisher_name, article.source):
        found = linker.lookup(name, kind="organization") if name else None
        if found:
            entry["publisher"] = found[0]
            break
    if article.published:
        entry["published"] = article.published
    entry["language"] = "en"
    source = f"; source: {article.source}" if article.source else ""
    how = "the main text of an HTML page (trafilatura)" if article.is_html else "plain text"
    entry["note"] = (
        f"Ingested with `unikg ingest` from {article.name}{source}, as {how}; its facts are "
        f"machine-extracted by {EXTRACTOR} {VERSION} and not reviewed yet."
    )
    return entry


def _registry_additions(extraction: Extraction, registry: Registry, reference: ReferenceLinker) -> dict:
    organizations, people, cities = [], [], []
    note = f"Machine-extracted from {extraction.document_id} by {EXTRACTOR} {VERSION}; not reviewed"
    known_ids = {e.id for e in extraction.new_entities}
    alliances = {m.alliance.id for m in extraction.memberships}  # an alliance because the text names its members
    for entity in extraction.new_entities:
        spellings = [s for s in extraction.spellings(entity.id) if s != entity.acronym]
        if entity.kind == "organization":
            name = entity.name
            alliance = entity.alliance or entity.id in alliances
            kind = "alliance" if alliance else entity.org_kind or PLACEHOLDER_KIND
            record: dict = {"id": entity.id, "name": name, "kind": kind}
            if entity.acronym:
                record["acronyms"] = [entity.acronym]
            record["spellings"] = spellings or [entity.name]
            if entity.country:
                record["country"] = entity.country
            if entity.unit_of and (entity.unit_of not in known_ids or entity.unit_of != entity.id):
                record["unit_of"] = entity.unit_of
            what = (
                "the kind (an alliance: the text names its members)" if alliance and entity.org_kind != "alliance"
                else f"the kind, which the text does not say ({PLACEHOLDER_KIND} is a placeholder)"
                if entity.org_kind is None else f"the kind, taken from its name ({record['kind']})"
            )
            named = (
                f"the name (as the reference list of institutions writes it; the text: {entity.written!r})" if entity.written
                else "the name (as the reference list of institutions writes it)" if entity.reference else "the name"
            )
            record["note"] = f"{note}: check {named}, {what}, and the country."
            organizations.append(record)
        elif entity.kind == "person":
            people.append({"id": entity.id, "name": entity.name, "spellings": spellings, "note": f"{note}: check the name and its order."})
        elif entity.kind == "city" and entity.country:
            cities.append({"id": entity.id, "name": entity.name, "country": entity.country, "spellings": spellings})
    _note_reference_links(organizations, registry, reference)
    return {"organizations": organizations, "people": people, "cities": cities}


def _note_reference_links(records: list[dict], registry: Registry, reference: ReferenceLinker) -> None:
    """Link each new organisation as the build will (among the registry's, so a unit is not
    taken for its parent), and say what was found, candidate and score, in its note."""
    new = {
        r["id"]: Organization(id=r["id"], name=r["name"], kinds=(r["kind"],), spellings=tuple(r.get("spellings", ())),
                              country=r.get("country"), unit_of=r.get("unit_of"))
        for r in records
    }
    decisions = link_registry(replace(registry, organizations={**registry.organizations, **new}), linker=reference)
    for record in records:
        record["note"] += " " + curator_note(decisions[record["id"]])


def to_json(extraction: Extraction, draft: Draft) -> dict:
    """The draft for scripts: entities, agreements, roles (see the README)."""
    text = extraction.article.text
    entities = []
    for item in extraction.linked:
        entity = item.entity
        entities.append({
            "text": item.mention.text,
            "start": item.mention.start,
            "end": item.mention.end,
            "id": None if entity.new else entity.id,
            "proposed_id": entity.id if entity.new else None,
            "name": entity.name,
            "kind": entity.display_kind,
            "country": entity.country,
            "status": "new" if entity.new else "known",
            "linked_by": entity.method,
            "confidence": entity.confidence,
        })
    agreements = []
    for fact, ident in zip(extraction.agreements, draft.agreement_ids):
        agreements.append({
            "id": ident,
            "group": fact.is_group,
            "count": fact.count,
            "parties": [_ref(p) for p in fact.parties],
            "kind": fact.kinds[0] if fact.kinds else None,
            "kinds": list(fact.kinds),
            "date": fact.signed_on,
            "areas": list(fact.areas),
            "signatories": [_ref(p) for p in fact.signatories],
            "evidence": [text[s:e] for s, e in fact.evidence],
            "confidence": fact.confidence,
            "note": " ".join(fact.notes) or None,
        })
    roles = [
        {
            "person": _ref(role.person),
            "role": role.role,
            "title": role.title,
            "former": role.former,
            "organization": _ref(role.organization),
            "evidence": text[role.evidence[0]:role.evidence[1]],
            "confidence": role.confidence,
        }
        for role in extraction.roles
    ]
    memberships = [
        {
            "alliance": _ref(fact.alliance),
            "member": _ref(fact.member) if fact.member is not None else None,
            "count": fact.count,
            "kind": fact.kind,
            "date": fact.date,
            "evidence": text[fact.evidence[0]:fact.evidence[1]],
            "confidence": fact.confidence,
        }
        for fact in extraction.memberships
    ]
    article = extraction.article
    return {
        "document": {
            "id": draft.document_id, "title": article.title, "published": article.published,
            "source": article.source, "html": article.is_html, "characters": len(text),
        },
        "extractor": {"name": EXTRACTOR, "version": VERSION},
        "entities": entities,
        "agreements": agreements,
        "roles": roles,
        "memberships": memberships,
        "dates": [{"text": d.text, "value": d.value, "start": d.start, "end": d.end} for d in extraction.dates],
        "registry_additions": draft.registry,
    }


def _ref(entity: Entity) -> dict:
    return {"id": entity.id, "name": entity.name, "new": entity.new}


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow=False, indentless=False):  # lists indented under their key
        return super().increase_indent(flow, False)


def _dump(value) -> str:
    return yaml.dump(value, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
