"""The generator: a stream of (named graph, triple lines) chunks for a world of N institutions.

Institutions arrive one by one over 2000–2025. Each arrival is reported by a synthetic article
in which it signs agreements with partners picked preferentially; incumbents also sign
with each other, alliances are founded, forums held and visits made, each in its own article.
After the articles come the registry graph (countries, cities, organisations, people) and,
first of all, the ontology graph, so the output looks like ``unikg build``'s and every named
query and shape applies.

>>> synth = Synthesis(institutions=30, seed=7)
>>> chunks = list(synth.chunks())
>>> chunks[0][0]
'<https://w3id.org/unikg/graph/ontology>'
>>> synth.stats.institutions, synth.stats.agreements > 0, synth.stats.alliances >= 1
(30, True, True)
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from rdflib.compare import to_canonical_graph
from rdflib.namespace import SKOS

from .. import namespaces as ns
from ..dataset.vocabulary import AREAS_SCHEME, Vocabulary, load_ontology
from . import places, terms
from .articles import Article, article_a, listing, stated_date
from .terms import UKG
from .world import ACTIVITY, Org, World, deputy_role, head_role

START = dt.date(2000, 1, 1)
END = dt.date(2025, 6, 30)

ONTOLOGY_GRAPH = terms.iri(str(ns.ONTOLOGY_GRAPH))
REGISTRY_GRAPH = terms.iri(str(ns.REGISTRY_GRAPH))

# agreement kind slug → weight
AGREEMENT_KINDS = {
    "memorandum-of-understanding": 34, "cooperation": 20, "academic-cooperation": 12,
    "student-exchange": 12, "double-degree": 6, "twinning": 5, "medical-collaboration": 5,
    "three-party": 6,
}
# the signing date's precision → weight: mostly full dates, as in news articles
PRECISIONS = {"date": 80, "year-month": 8, "year": 8, "month-day": 4}
# kind → (areas always stated, areas drawn from, how many drawn at most)
_ACADEMIC = ("joint-research", "student-exchange", "staff-exchange", "joint-education",
             "joint-publications", "conferences", "summer-schools", "doctoral-exchange",
             "doctoral-co-supervision", "talent-training")
_TWINNING = ("joint-education", "summer-schools", "diploma-programmes", "doctoral-exchange",
             "doctoral-co-supervision", "certificate-courses", "conferences", "joint-research",
             "joint-publications", "student-exchange", "staff-exchange", "publication-exchange",
             "degree-recognition")
_MEDICAL = ("public-health", "epidemic-control", "medical-big-data", "medical-policy-reform",
            "biotechnology")
AREAS = {
    "academic-cooperation": ((), _ACADEMIC, 4),
    "student-exchange": (("student-exchange",), ("doctoral-exchange", "staff-exchange"), 1),
    "double-degree": (("double-degree",), ("joint-education", "degree-recognition"), 1),
    "twinning": ((), _TWINNING, 8),
    "medical-collaboration": (("medicine",), _MEDICAL, 2),
}
EVENT_KINDS = ("signing-ceremony", "forum", "symposium", "conference", "opening-ceremony",
               "visit", "working-visit")
ROLES = ("president", "vice-president", "rector", "chairman-rector", "chancellor",
         "director-general", "head", "minister")

# Agreements per arrival: the newcomer's own, and those between incumbents (with these
# means, ~25k institutions give ~3 agreements each and a top hub with several hundred partners).
NEWCOMER_AGREEMENTS = 3.6
INCUMBENT_STORY_CHANCE = 0.1
INCUMBENT_AGREEMENTS = 1.0


@dataclass
class Stats:
    institutions: int = 0
    agreements: int = 0
    agreement_groups: int = 0
    documents: int = 0
    events: int = 0
    memberships: int = 0
    positions: int = 0
    people: int = 0
    alliances: int = 0
    universities: int = 0
    top_hub: str = ""
    top_hub_name: str = ""
    top_hub_partners: int = 0
    median_institution: str = ""
    median_partners: int = 0
    largest_alliance: str = ""
    largest_alliance_members: int = 0


class _Vocab:
    """The ontology's kinds, areas and roles, with their IRIs formatted once."""

    def __init__(self, vocabulary: Vocabulary):
        v, where = vocabulary, "graph/synth"
        self.agreement: dict[str, tuple[tuple[str, ...], str]] = {}
        for slug in AGREEMENT_KINDS:
            cls = v.agreement_class(slug, where)
            classes = tuple(sorted(terms.iri(str(c)) for c in v.superclasses(cls) | {ns.UKG.Agreement}))
            self.agreement[slug] = (classes, v.label(cls))
        self.event = {}
        for slug in EVENT_KINDS:
            cls = v.event_class(slug, where)
            self.event[slug] = (tuple(sorted(terms.iri(str(c)) for c in v.superclasses(cls))), v.label(cls))
        self.mou_class = terms.iri(str(v.agreement_class("memorandum-of-understanding", where)))
        areas = sorted({a for spec in AREAS.values() for a in (*spec[0], *spec[1])}
                       | {"industry-academia", "technology-transfer", "joint-research"})
        self.all_areas = sorted(
            str(c).rsplit("/", 1)[-1] for c in v.graph.subjects(SKOS.inScheme, AREAS_SCHEME)
        )
        self.area = {
            slug: (terms.iri(str(v.area(slug, where))), v.label(v.area(slug, where)))
            for slug in sorted(set(areas) | set(self.all_areas))
        }
        self.role = {slug: terms.iri(str(v.role(slug, where))) for slug in ROLES}


class Synthesis:
    """One synthetic dataset: ``chunks()`` yields its graphs; ``stats`` describes it after."""

    def __init__(self, *, institutions: int, seed: int):
        self.institutions = institutions
        self.seed = seed
        self.rng = random.Random(seed)
        vocabulary = Vocabulary(load_ontology())
        self.vocab = _Vocab(vocabulary)
        self.world = World(self.rng, vocabulary)
        self.stats = Stats()
        self._documents = 0
        self._positions: set[tuple[str, str]] = set()  # (person slug, role) stated already
        self._members: dict[int, list[int]] = {}  # alliance position → member org indices
        self._kinds = list(AGREEMENT_KINDS)
        self._kind_weights = [AGREEMENT_KINDS[k] for k in self._kinds]
        self._precisions = list(PRECISIONS)
        self._precision_weights = [PRECISIONS[p] for p in self._precisions]

    # -- the stream ------------------------------------------------------------------------------

    def chunks(self) -> Iterator[tuple[str, list[str]]]:
        """(formatted graph IRI, lines "s p o") chunks: ontology, articles, then the registry."""
        yield ONTOLOGY_GRAPH, ontology_lines()
        world, rng, n = self.world, self.rng, self.institutions
        intergovernmental = world.new_alliance(
            intergovernmental=True, label="Organisation for Eurasian Partnership"
        )
        first_alliance_at = max(8, n // 2)
        forums = visits = 0
        for i in range(n):
            org = world.new_organization(i)
            day = self._day(i)
            count = int(rng.expovariate(1 / NEWCOMER_AGREEMENTS) * ACTIVITY[org.kind])
            if i >= 2 and count:
                article = self._signing(org, min(count, 30), day)
                if article:
                    yield article
            if i >= 8 and rng.random() < INCUMBENT_STORY_CHANCE:
                lead = world.organizations[world.pick()]
                article = self._signing(lead, 1 + min(int(rng.expovariate(1 / INCUMBENT_AGREEMENTS)), 20), day)
                if article:
                    yield article
            if i == first_alliance_at or (i > first_alliance_at and rng.random() < 1 / 400):
                yield self._alliance(day)
            # every world, however small, has at least one visit and one forum
            if (i >= 8 and rng.random() < 0.04) or (i == n * 3 // 4 and not visits):
                article = self._visit(day)
                if article:
                    visits += 1
                    yield article
            if (i >= 8 and rng.random() < 0.01) or (i == n * 4 // 5 and not forums):
                forums += 1
                yield self._forum(day, intergovernmental, opening=forums == 1)
        self._finish_stats()
        yield from self._registry(intergovernmental)

    def _day(self, i: int) -> dt.date:
        span = (END - START).days
        offset = int(span * (i / max(self.institutions, 1)) ** 0.8) - self.rng.randrange(60)
        return START + dt.timedelta(days=min(max(offset, 0), span))

    def _article(self) -> Article:
        self._documents += 1
        return Article(f"synth-{self._documents:07d}")

    def _done(self, article: Article, *, title: str, publisher: Org, day: dt.date) -> tuple[str, list[str]]:
        published = min(day + dt.timedelta(days=1 + self.rng.randrange(4)), END + dt.timedelta(days=5))
        lines = article.finish(title=title, publisher=publisher.iri, published=published)
        self.stats.documents += 1
        return article.graph, lines

    # -- stories ---------------------------------------------------------------------------------

    def _signing(self, lead: Org, count: int, day: dt.date):
        """``lead`` signs ``count`` agreements, at a signing ceremony or on various days."""
        world, rng = self.world, self.rng
        deals = []
        for _ in range(count):
            kind = rng.choices(self._kinds, self._kind_weights)[0]
            others = world.pick_partners(lead.index, 2 if kind == "three-party" else 1)
            if others:
                deals.append((kind, [lead.index, *others]))
        if not deals:
            return None
        article = self._article()
        orgs = world.organizations
        ceremony = event = None
        if rng.random() < 0.3:
            precision = rng.choices(self._precisions, self._precision_weights)[0]
            ceremony = stated_date(day, precision)
            event = terms.event(f"{article.slug}-signing")
            guests = list(dict.fromkeys(p for _, parties in deals for p in parties[1:]))
            quote = article.say(
                f"{ceremony[1]}, {article.name(lead)} held a signing ceremony with "
                f"{listing([article.name(orgs[g]) for g in guests[:12]])}"
                f"{' and other partners' if len(guests) > 12 else ''}."
            )
            classes, _ = self.vocab.event["signing-ceremony"]
            for cls in classes:
                article.add(event, terms.TYPE, cls)
            article.add(event, terms.LABEL, terms.en(f"Signing ceremony of {lead.short} and its partners ({day.year})"))
            article.add(event, UKG.date, ceremony[0])
            article.add(event, UKG.location, lead.iri)
            article.add(event, UKG.host, lead.iri)
            for g in guests[:12]:
                article.add(event, UKG.participant, orgs[g].iri)
            article.fact(event, quote)
            self.stats.events += 1
        for number, (kind, parties) in enumerate(deals, 1):
            self._agreement(article, f"{article.slug}-{number}", kind, parties, day, ceremony, event)
        if len(deals) == 1:
            kind_label = self.vocab.agreement[deals[0][0]][1]
            names = listing([orgs[p].short for p in deals[0][1]])
            title = f"{names} sign {kind_label}"
        else:
            countries = len({orgs[p].country for _, parties in deals for p in parties[1:]})
            title = f"{lead.short} signs {len(deals)} agreements with partners from {countries} " \
                    f"{'country' if countries == 1 else 'countries'}"
        return self._done(article, title=title, publisher=lead, day=day)

    def _agreement(self, article: Article, slug: str, kind: str, parties: list[int],
                   day: dt.date, ceremony, event) -> None:
        world, rng, vocab = self.world, self.rng, self.vocab
        orgs = world.organizations
        iri = terms.agreement(slug)
        classes, kind_label = vocab.agreement[kind]
        areas = self._areas(kind, [orgs[p] for p in parties])
        told = [a for a in areas if a not in AREAS.get(kind, ((),))[0]]  # the kind says the rest
        area_text = f" on {listing([vocab.area[a][1] for a in told])}" if told else ""
        names = listing([article.name(orgs[p]) for p in parties])
        noun = f"{article_a(kind_label)} {kind_label}"
        if ceremony:
            date_literal = ceremony[0]
            quote = article.say(f"At the ceremony, {names} signed {noun}{area_text}.")
        else:
            precision = rng.choices(self._precisions, self._precision_weights)[0]
            date_literal, phrase = stated_date(day - dt.timedelta(days=rng.randrange(30)), precision)
            quote = article.say(f"{phrase}, {names} signed {noun}{area_text}.")
        for cls in classes:
            article.add(iri, terms.TYPE, cls)
        label = f"{kind_label[:1].upper()}{kind_label[1:]} between {listing([orgs[p].short for p in parties])}"
        article.add(iri, terms.LABEL, terms.en(label))
        for p in parties:
            article.add(iri, UKG.party, orgs[p].iri)
        article.add(iri, UKG.signedOn, date_literal)
        for area in areas:
            article.add(iri, UKG.area, vocab.area[area][0])
        if event:
            article.add(iri, UKG.signedAt, event)
        quotes = [quote]
        if rng.random() < 0.45:
            signers = [orgs[p] for p in parties[:2]]
            people = [self._person(s, "head" if rng.random() < 0.8 else "deputy") for s in signers]
            said = listing([f"{person.name}, {title} of {org.short}," for org, (person, _, title) in zip(signers, people, strict=True)])
            signed = article.say(f"The {kind_label} was signed by {said[:-1]}.")
            quotes.append(signed)
            for org, (person, role, title) in zip(signers, people, strict=True):
                article.add(iri, UKG.signatory, article.mention(person.iri))
                self._position(article, person, role, title, org, signed)
        article.fact(iri, *quotes)
        world.record_agreement(parties)
        self.stats.agreements += 1

    def _areas(self, kind: str, parties: list[Org]) -> list[str]:
        rng = self.rng
        always, pool, most = AREAS.get(kind, ((), self.vocab.all_areas, 3))
        chosen = list(always) + rng.sample(pool, rng.randint(0, min(most, len(pool))))
        if any(p.kind == "company" for p in parties) and rng.random() < 0.7:
            chosen.append(rng.choice(("industry-academia", "technology-transfer", "joint-research")))
        return sorted(set(chosen))

    def _person(self, org: Org, slot: str):
        person = self.world.person_for(org, slot)
        role, title = head_role(org) if slot == "head" else deputy_role(org)
        return person, role, title

    def _position(self, article: Article, person, role: str, title: str, org: Org, quote: str) -> None:
        """The person's position, stated once in the whole dataset (by the first article)."""
        key = (person.slug, role)
        if key in self._positions:
            return
        self._positions.add(key)
        iri = terms.position(person.slug, role, org.slug)
        article.add(iri, terms.TYPE, UKG.Position)
        article.add(iri, terms.ORG_MEMBER, person.iri)
        article.add(iri, terms.ORG_ORGANIZATION, org.iri)
        article.add(iri, terms.ORG_ROLE, self.vocab.role[role])
        article.add(iri, UKG.title, terms.en(title))
        article.fact(iri, quote)
        self.stats.positions += 1

    def _alliance(self, day: dt.date):
        """An alliance is founded: its members (memberships), maybe a count of MOUs."""
        world, rng = self.world, self.rng
        alliance = world.new_alliance()
        orgs = world.organizations
        wanted = min(len(world.universities), rng.randint(8, 40))
        members: dict[int, None] = {}
        for _ in range(wanted * 4):
            if len(members) >= wanted:
                break
            members.setdefault(world.pick_university())
        members_list = sorted(members, key=lambda m: orgs[m].label)
        self._members[len(world.alliances) - 1] = members_list
        article = self._article()
        literal, phrase = stated_date(day, "date")
        article.say(f"{phrase}, {len(members_list)} universities founded the {article.name(alliance)}.")
        quote = article.say(
            f"The members of the alliance are {listing([article.name(orgs[m]) for m in members_list])}."
        )
        for m in members_list:
            member = orgs[m]
            iri = terms.membership(member.slug, alliance.slug)
            article.add(member.iri, UKG.memberOf, alliance.iri)
            article.add(iri, terms.TYPE, UKG.Membership)
            article.add(iri, terms.ORG_MEMBER, member.iri)
            article.add(iri, terms.ORG_ORGANIZATION, alliance.iri)
            article.fact(iri, quote)
            self.stats.memberships += 1
        if (rng.random() < 0.5 or len(world.alliances) == 2) and len(members_list) >= 4:
            host = orgs[members_list[0]]
            count = rng.randint(3, max(3, len(members_list) - 1))
            at_least = rng.randint(2, len(members_list) - 1)
            stated = f"over {at_least} member universities"
            group_quote = article.say(
                f"{phrase}, {host.short} signed {count} memoranda of understanding with {stated}."
            )
            iri = terms.agreement_group(f"{article.slug}-mous")
            article.add(iri, terms.TYPE, UKG.AgreementGroup)
            article.add(iri, UKG.agreementKind, self.vocab.mou_class)
            article.add(iri, terms.LABEL, terms.en(f"{count} × memorandum of understanding: {host.short} with {stated}"))
            article.add(iri, UKG.agreementCount, terms.integer(count, "http://www.w3.org/2001/XMLSchema#positiveInteger"))
            article.add(iri, UKG.party, host.iri)
            article.add(iri, UKG.counterpartsFrom, alliance.iri)
            article.add(iri, UKG.counterpartsStated, terms.en(stated))
            article.add(iri, UKG.counterpartsMin, terms.integer(at_least + 1))
            article.add(iri, UKG.signedOn, literal)
            article.fact(iri, group_quote)
            self.stats.agreement_groups += 1
        return self._done(article, title=f"{alliance.label} founded", publisher=orgs[members_list[0]], day=day)

    def _visit(self, day: dt.date):
        """A delegation visits another institution: participants, not partners."""
        world, rng = self.world, self.rng
        orgs = world.organizations
        host = orgs[world.pick()]
        for _ in range(10):
            guest = orgs[world.pick()]
            if not world.related(host.index, guest.index):
                break
        else:
            return None
        article = self._article()
        literal, phrase = stated_date(day, rng.choices(self._precisions, self._precision_weights)[0])
        person, role, title = self._person(guest, "head" if rng.random() < 0.5 else "deputy")
        quote = article.say(
            f"{phrase}, a delegation of {article.name(guest)} led by {person.name}, {title} of "
            f"{guest.short}, visited {article.name(host)}."
        )
        kind = "working-visit" if rng.random() < 0.4 else "visit"
        iri = terms.event(f"{article.slug}-visit")
        classes, _ = self.vocab.event[kind]
        for cls in classes:
            article.add(iri, terms.TYPE, cls)
        article.add(iri, terms.LABEL, terms.en(f"Visit of {guest.short} to {host.short} ({day.year})"))
        article.add(iri, UKG.date, literal)
        article.add(iri, UKG.location, host.iri)
        article.add(iri, UKG.host, host.iri)
        article.add(iri, UKG.participant, guest.iri)
        article.add(iri, UKG.participant, article.mention(person.iri))
        article.fact(iri, quote)
        self._position(article, person, role, title, guest, quote)
        self.stats.events += 1
        return self._done(article, title=f"Delegation of {guest.short} visits {host.short}", publisher=host, day=day)

    def _forum(self, day: dt.date, intergovernmental: Org, *, opening: bool = False):
        """A forum, symposium or conference with many participants, maybe opened by a speech."""
        world, rng = self.world, self.rng
        orgs = world.organizations
        host = orgs[world.pick_university()]
        guests = list(dict.fromkeys(world.pick() for _ in range(rng.randint(3, 20))))
        guests = [g for g in guests if not world.related(g, host.index)]
        kind = rng.choice(("forum", "symposium", "conference"))
        field = rng.choice(("higher education", "artificial intelligence", "public health",
                            "engineering education", "energy", "digital transformation"))
        about = f"among {intergovernmental.short} member states" if rng.random() < 0.3 else f"on {field}"
        label = f"{kind.capitalize()} {about} ({day.year})"
        article = self._article()
        literal, phrase = stated_date(day, rng.choices(self._precisions, self._precision_weights)[0])
        participants = rng.randint(30, 400)
        countries = len({orgs[g].country for g in guests} | {host.country})
        quote = article.say(
            f"{phrase}, {article.name(host)} hosted the {kind} {about}, attended by "
            f"{participants} participants from {countries} countries."
        )
        iri = terms.event(f"{article.slug}-{kind}")
        classes, _ = self.vocab.event[kind]
        for cls in classes:
            article.add(iri, terms.TYPE, cls)
        article.add(iri, terms.LABEL, terms.en(label))
        article.add(iri, UKG.date, literal)
        article.add(iri, UKG.location, host.iri)
        article.add(iri, UKG.host, host.iri)
        article.add(iri, UKG.participantCount, terms.integer(participants))
        article.add(iri, UKG.participantCountryCount, terms.integer(countries))
        quotes = [quote]
        if guests:
            guest_quote = article.say(
                f"Delegations of {listing([article.name(orgs[g]) for g in guests])} took part."
            )
            quotes.append(guest_quote)
            for g in guests:
                article.add(iri, UKG.participant, orgs[g].iri)
        article.fact(iri, *quotes)
        self.stats.events += 1
        if opening or rng.random() < 0.3:
            person, role, title = self._person(host, "head")
            opening = terms.event(f"{article.slug}-opening")
            opening_quote = article.say(f"{person.name}, {title} of {host.short}, opened the {kind}.")
            classes, _ = self.vocab.event["opening-ceremony"]
            for cls in classes:
                article.add(opening, terms.TYPE, cls)
            article.add(opening, terms.LABEL, terms.en(f"Opening ceremony of the {label}"))
            article.add(opening, UKG.date, literal)
            article.add(opening, UKG.partOf, iri)
            article.add(opening, UKG.host, host.iri)
            article.add(opening, UKG.participant, article.mention(person.iri))
            article.fact(opening, opening_quote)
            self._position(article, person, role, title, host, opening_quote)
            self.stats.events += 1
        return self._done(article, title=f"{host.short} hosts {label}", publisher=host, day=day)

    # -- the registry ----------------------------------------------------------------------------

    def _registry(self, intergovernmental: Org) -> Iterator[tuple[str, list[str]]]:
        world = self.world
        lines: list[str] = []
        members = set(places.INTERGOVERNMENTAL_MEMBERS)
        for code in sorted(set(world.countries) | members):
            iri = terms.country(code)
            name, official = places.country_label(code)
            lines.append(f"{iri} {terms.TYPE} {UKG.Country}")
            lines.append(f"{iri} {terms.LABEL} {terms.en(name)}")
            lines.append(f"{iri} {UKG.countryCode} {terms.literal(code)}")
            if official:
                lines.append(f"{iri} {terms.ALT_LABEL} {terms.en(official)}")
            if code in members:
                lines.append(f"{iri} {UKG.memberOf} {intergovernmental.iri}")
        for city in world.cities.values():
            lines.append(f"{city.iri} {terms.TYPE} {UKG.City}")
            lines.append(f"{city.iri} {terms.TYPE} {UKG.Place}")
            lines.append(f"{city.iri} {terms.LABEL} {terms.en(city.name)}")
            lines.append(f"{city.iri} {UKG.country} {terms.country(city.country)}")
        for alliance in world.alliances:
            _organization(lines, alliance, world)
        yield REGISTRY_GRAPH, lines
        for start in range(0, len(world.organizations), 5000):
            lines = []
            for org in world.organizations[start:start + 5000]:
                _organization(lines, org, world)
            yield REGISTRY_GRAPH, lines
        for start in range(0, len(world.people), 10000):
            lines = []
            for person in world.people[start:start + 10000]:
                lines.append(f"{person.iri} {terms.TYPE} {UKG.Person}")
                lines.append(f"{person.iri} {terms.LABEL} {terms.en(person.name)}")
                lines.append(f"{person.iri} {terms.GIVEN_NAME} {terms.literal(person.given)}")
                lines.append(f"{person.iri} {terms.FAMILY_NAME} {terms.literal(person.family)}")
                if person.region in ("east-asia", "korea", "japan"):  # family name first, too
                    lines.append(f"{person.iri} {terms.ALT_LABEL} {terms.en(f'{person.family} {person.given}')}")
            yield REGISTRY_GRAPH, lines

    def _finish_stats(self) -> None:
        world, stats = self.world, self.stats
        orgs = world.organizations
        stats.institutions = len(orgs)
        stats.universities = len(world.universities)
        stats.people = len(world.people)
        stats.alliances = len(world.alliances)
        counts = [len(p) for p in world.partners]
        hub = max(range(len(orgs)), key=lambda i: (counts[i], -i))
        stats.top_hub, stats.top_hub_name, stats.top_hub_partners = orgs[hub].slug, orgs[hub].label, counts[hub]
        signing = sorted((c, i) for i, c in enumerate(counts) if c > 0 and orgs[i].parent is None)
        if signing:
            count, index = signing[len(signing) // 2]
            stats.median_institution, stats.median_partners = orgs[index].slug, count
        if self._members:
            position, members = max(self._members.items(), key=lambda item: (len(item[1]), -item[0]))
            stats.largest_alliance = world.alliances[position].slug
            stats.largest_alliance_members = len(members)


def _organization(lines: list[str], org: Org, world: World) -> None:
    """An organisation's registry description, as ``registry_graph`` writes it."""
    iri = org.iri
    for cls in org.classes:
        lines.append(f"{iri} {terms.TYPE} {cls}")
    lines.append(f"{iri} {terms.LABEL} {terms.en(org.label)}")
    if org.acronym:
        lines.append(f"{iri} {UKG.acronym} {terms.literal(org.acronym)}")
        lines.append(f"{iri} {terms.ALT_LABEL} {terms.literal(org.acronym)}")
    for spelling in org.spellings:
        lines.append(f"{iri} {terms.ALT_LABEL} {terms.en(spelling)}")
    if org.country:
        lines.append(f"{iri} {UKG.country} {terms.country(org.country)}")
    if org.city:
        lines.append(f"{iri} {UKG.city} {org.city}")
    if org.parent is not None:
        lines.append(f"{iri} {UKG.unitOf} {world.organizations[org.parent].iri}")


@cache
def ontology_lines() -> list[str]:
    """The ontology and vocabularies as sorted lines, blank nodes labelled canonically (so the
    output is byte-identical from run to run)."""
    canonical = to_canonical_graph(load_ontology())
    text = canonical.serialize(format="nt")
    return sorted(line[:-2].rstrip() for line in text.splitlines() if line.strip())
