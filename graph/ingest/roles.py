"""Roles: who holds which title in which organisation, from the words around a role title.

The patterns (TITLE a title of :mod:`.titles`, PERSON a person's name with any honorifics
before it, ORG an organisation, which may be followed by its acronym in brackets and "of the
PARENT": the role is in the first one):

- **ORG TITLE PERSON**: "XJTU President Wang Shuguo", "MNU Vice-Chancellor Dr Mohamed
  Shareef", "former University of Sheffield President and Vice-Chancellor Professor Sir Keith
  Burnett" (a "former" before the organisation is the title's), "ORG's TITLE PERSON"
  ("Sheffield's Professor Simon Foster"), with a unit between ("ABU's Director, Directorate of
  Public Affairs, Auwal Umar") or words that complete the title ("... University Support
  Assistant Peter Rich"); a list that goes on with "TITLE PERSON" items keeps the
  organisation: "..., VP Xi Guang, and VP Zhang Hanrong";
  "its TITLE, PERSON" ("Its chief executive, X, said"; "led by its president, X") has the
  organisation named last in the sentence, or in the one before when "Its" starts it; an
  honorific that is also a title ("ORG President Professor X") is the person's, also in a list
  ("ORG Rector X and Professor Y, Dean of ..."); words between the organisation and the title
  ("Country Director", "UP Diliman Chancellor") are the title's as written, its concept the
  head's;
- **TITLE of ORG PERSON**: "Chancellor of the China University of Petroleum Chen Feng" ("of
  the CPC X University Committee": of X University), "the
  Vice-Chancellor of the University of Nairobi, Prof. Stephen Kiama", "the Dean of ORG's
  College of X, Dr. Y" (dean in ORG);
- **TITLE PERSON signed for ORG** (a title with no organisation before it);
- **PERSON, TITLE of ORG (and TITLE of ORG)**: "Zhang Liqun, academician of the Chinese Academy
  of Engineering and president of Xi'an Jiaotong University", "X, vice-rector for research at
  Y", also with titles in a row ("Mukhitdin Kalonov, Vice-Rector, Director of the Research
  Center of ..."), the organisation after a comma ("Aishath Shaheen Ismail, Deputy
  Vice-Chancellor, MNU"; "Dr Bijoy Nandan, Dean, Faculty of Marine Sciences, CUSAT": the last
  organisation of the apposition), before the title ("Eeva Nordlund, EUA Secretary-General"),
  and without the comma after "said" ("said Michael Crow founding president of ...");
- **The TITLE, PERSON, signed ... on behalf of ORG**: the organisation the person signed for;
- **The TITLEs of A and B, P1 and P2**: each in turn ("respectively", said or not);
- **the two institutions' TITLE, P1, and his counterpart from ORG, P2**: P2 is TITLE of ORG,
  P1 TITLE of the other institution of the pair the sentence (or the one before) names;
- **ORG's honorary professorship ... to PERSON** (or "honorary professor of ORG"): the
  honorary-professor role;
- **TITLE P1 and his counterpart from ORG, P2**: P2 holds P1's title in ORG (also past a
  degree: "P1, Ph.D., and her counterpart at ORG, P2"); **ORG TITLE P1 and his counterpart,
  TITLE2 P2**: P2 holds TITLE2 in the other organisation of the pair just named;
- **The TITLEs of the three institutions, P1 (ORG1), P2 (ORG2) and P3 (ORG3)**: the brackets
  name the organisation (its name, acronym, or a word of its name);
- **ORG (ACR), whose TITLE is PERSON**; **TITLE PERSON of ORG** ("Rector Jane Doe of ORG");
- **the TITLEs of both universities, P1 and P2** ("the two universities' TITLEs, P1 and P2"):
  the pair just named, in order; **PERSON, the university's TITLE**: the article's organisation;
- **TITLE of OFFICE**: "ORG's Dean of Engineering, Professor X", "X, Director of International
  Relations at ORG" (capitalised words after "of" that name no organisation are the title's);
- **PERSON, who is also TITLE of ORG**: a second role;
- **units, offices and whom an organisation sent** (round 6 E): "the Dean of the College, X",
  "the institute's director, X", "X, Director-General of ... at the ministry" (the one
  organisation or unit named before with that noun); "The Commissioner for ... in the Ministry
  of ..., X"; "X, director of the Middle East regional office of ORG"; "Prof X, president of
  <a name not found>, ..., signed for ORG"; "ORG was represented by its Vice-Rector, X, who
  presented greetings from Rector Y" (Y too is ORG's); "Memorial was represented by its
  vice-president, X" with "Memorial" not found: no organisation;
- **contact lines**: "X, Head of International Relations, ORG, phone", "For information: X,
  Media Relations Officer, ORG";
- **an organisation referred to** (round 6): a short form of a name given before, its
  words ("San Marcos Vice-Rector X", "Umm Al-Qura's Vice-President, Y", "Vice-Rector for
  Science at Óbuda") or the word in brackets after it ("Usach rector X", "vice-president of
  CRUCh", "The Oamk delegation was led by its president, X"); "the Danish university", "the
  Chilean university" (:mod:`.nationalities`); "the association", "the faculty", "the College"
  (the one organisation or unit named with that noun); "X was represented by its TITLE, P" and
  "ORG (ACR), represented by its director of education, P"; "P1 signed for ORG1, and P2,
  TITLE, for the Thai side" (else the other of the two organisations named);
- **ministers and embassies**: "State Minister of Education X" and "Deputy Minister of
  Education and Science of Ukraine X" (the title as written names the ministry); "received at
  the Ministry of X, where ... Deputy Minister P" (the one ministry of the sentence);
  "Ambassador X" in an article that names one embassy (not "Ambassador to Country X");
- **offices and second roles**: "P, ORG's Dean of Education"; "the AUF's regional director
  for West Africa, P"; "the Regional Director of ORG (ACR) for sub-Saharan Africa, P"; "the
  Director General of Higher Education at the Ministry of X, P"; "P, deputy head of mission at
  ORG"; "the Chairperson of the Governing Board, P, who is also Vice-Chancellor of ORG" (the
  first title in the article's organisation too);
- **round 10, error families of two blind sets or more**: "for the Mauritanian university by
  its Vice-President, X" and "the Niamey university by its rector" (a phrase before "by its"
  that refers to an organisation; a place's name before a referring noun, "-based" or not:
  :meth:`_Finder._org_of_place`); "his counterpart from ORG, Rector X" (the counterpart's own
  title); "Chair of the X Executive Board, Y" and "Council Chair Y" (a governing body's title is
  its organisation's); "the chairman of the physics department, Prof X" (a unit in small
  letters is the title's office); "Campus Registrar X", "X, principal of the UWI's Mona campus";
  "its TITLE" past an apposition or a relative clause (", also a CSUCA member,"), "ORG (ACR),
  which was represented by its Deputy Rector, X";
- **a university title with no organisation** ("Registrar Prof X", "Dean, Academic Affairs,
  Prof Y", "Director ORIC Engr. Z", "Dean Faculty of Agriculture Prof W", "Prof. V,
  Vice-Rector for International Cooperation, who"): held in the organisation the article is
  about (:func:`.linking.home_organisation`), or in the unit the title names, with the title as
  written; never a minister's, an ambassador's or a network's title (:data:`HOME_ROLES`), nor
  one right after a capitalised word no pattern found as an organisation ("Go8 Chair X").

The organisation a pattern reads is then weighed against the others of the title's sentence,
the sentence before and the article's main ones by a learned decision
(:mod:`.role_organisations`), which also places titles written beside a name that no pattern
gave an organisation.

Each fact has the title as written and the role concepts it names (:func:`.titles.role_slugs`;
none for a title outside the roles vocabulary, which the draft then leaves out), and
``former`` for "former president".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from . import acronyms, lexicon, role_organisations
from .folding import fold
from .linking import Entity, Linked, home_organisation, is_bare_unit
from ..places import fold as place_words, load_places
from .nationalities import countries_of_name, country_of_adjective
from .people import POSTNOMINALS, bracketed_names, is_honorific, lower_case_unit_end, paired_names, respective_names, skip_honorifics
from .sentences import sentence_number, sentence_of, sentences, starts_a_sentence
from .titles import role_slugs, singular


@dataclass(frozen=True, kw_only=True)
class RoleFact:
    person: Entity
    organization: Entity
    role: str | None  # a slug of the roles vocabulary, None for a title it does not have
    title: str  # as written
    evidence: tuple[int, int]  # character offsets
    confidence: float
    pattern: str
    former: bool = False


# Nouns after an adjective of nationality that stand for an organisation ("the Danish
# university", "the Thai side").
_REFERRING_NOUNS = frozenset({"university", "institution", "institute", "college", "side", "partner", "academy", "school", "party", "delegation"})
# The first word of an apposition or a relative clause between commas (", also a member of A,").
_INSERTION_OPENERS = frozenset({"a", "an", "one", "also", "itself", "which", "that", "whose", "who"})
_THE_UNIVERSITYS = frozenset(f"the {noun} 's" for noun in ("university", "institution", "college", "varsity"))


def _countries_of(entity: Entity) -> set[str]:
    """The countries of an organisation: the linker's, those its name holds, and those an
    adjective of nationality in its name names ("Somali National University")."""
    adjectives = {country_of_adjective(word) for word in entity.name.split()}
    return countries_of_name(entity.name, entity.country) | (adjectives - {None})


def role_slug(title: str) -> str | None:
    """The (first) role concept of a title.

    >>> role_slug("Chairman of the Board-Rector"), role_slug("VP"), role_slug("Dean"), role_slug("Spokesperson")
    ('chairman-rector', 'vice-president', 'dean', None)
    """
    slugs = role_slugs(title)
    return slugs[0] if slugs else None


# Units of a university, rolled up to the article's university when named alone
# (:meth:`_Finder._owner`).
_UNIVERSITY_UNITS = frozenset({"Faculty", "Department", "Division", "Office", "Directorate"})
# The roles a university's unit has (a minister's "Department of Education" is no university's).
_UNIT_ROLES = frozenset({"dean", "deputy", "director", "head", "advisor", "staff-member", "vice-president", "vice-rector", "registrar"})
# Verbs by which a person acts for an organisation ("accepted the certificate for ORG").
_ACTING = re.compile(r"(?:accept|sign|receiv|collect|spok|speak)")

# Roles held in a university (or a unit of one), which a title with no organisation stated
# ("Registrar Prof X and Dean, Academic Affairs, Prof Y were also present") holds in the
# university the article is about ("Rector X and HUST President Y signed"); not the titles of
# ministers, ambassadors, networks, nor "President" or "Chancellor" (a country's as often).
# "deputy" is the concept of a university's deputies ("Pro-Vice-Chancellor", "Vice-Principal"),
# not of "Deputy" alone (a member of parliament).
HOME_ROLES = frozenset({"vice-president", "vice-rector", "deputy-vice-chancellor", "director", "dean", "registrar", "provost", "chairman", "rector", "vice-chancellor", "deputy"})


def find_roles(doc: Doc, linked: list[Linked]) -> list[RoleFact]:
    finder = _Finder(doc, linked)
    found: dict[tuple[str, str | None, str], RoleFact] = {}
    for fact in finder.all():
        key = (fact.person.id, fact.role, fact.organization.id)
        if key not in found:
            found[key] = fact
    for fact in finder.counterpart_from(list(found.values())):
        found.setdefault((fact.person.id, fact.role, fact.organization.id), fact)
    people_with_roles = {f.person.id for f in found.values()}
    for fact in finder.at_home(people_with_roles):
        found.setdefault((fact.person.id, fact.role, fact.organization.id), fact)
    return role_organisations.choose(doc, linked, list(found.values()))


def _line_ends(doc: Doc, k: int) -> bool:
    """Whether the line ends at token ``k`` (the text's end or a line break)."""
    return k >= len(doc) or "\n" in doc[k].text or "\n" in doc[k - 1].whitespace_


class _Finder:
    def __init__(self, doc: Doc, linked: list[Linked]):
        self.doc = doc
        self.at: dict[int, Linked] = {item.mention.token_start: item for item in linked}
        self.ending: dict[int, Linked] = {item.mention.token_end: item for item in linked}
        self.linked = linked
        titles = sorted(doc.user_data.get("unikg_titles", []))
        self.title_at: dict[int, int] = {}
        for start, end in titles:  # the longest titles, not the ones inside them
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in titles):
                self.title_at[start] = max(end, self.title_at.get(start, end))

    def all(self):
        yield from self.respective()
        yield from self.bracketed()
        yield from self.whose_title()
        yield from self.title_person_of_org()
        yield from self.paired()
        yield from self.org_title_person()
        yield from self.title_of_org_person()
        yield from self.person_the_orgs_title()
        yield from self.contact_line()
        yield from self.person_title_of_org()
        yield from self.on_behalf_of()
        yield from self.counterparts()
        yield from self.counterparts_of_orgs()
        yield from self.honorary()
        yield from self.apposition_signed_for()
        yield from self.gapped_signed_for()
        yield from self.minister_of_the_ministry()
        yield from self.ambassador_of_the_embassy()
        yield from self.title_of_a_lower_case_unit()

    # -- helpers --------------------------------------------------------------------------

    def skip_space(self, i: int) -> int:
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return i

    def mention(self, i: int, kind: str) -> Linked | None:
        i = self.skip_space(i)
        if i not in self.at:
            i = skip_honorifics(self.doc, i)
        item = self.at.get(i)
        return item if item is not None and item.mention.kind == kind else None

    def facts(self, person: Linked, org: Linked, title_span: tuple[int, int], pattern: str, confidence: float, *, former: bool = False, evidence=None, domain: tuple[int, int] | None = None, region: int | None = None) -> list[RoleFact]:
        """The facts of a title as written (and a domain written apart from it: "Regional
        Director of ORG for Africa"; a region from token ``region`` before it: "West Africa
        regional director"), one for each role concept its title proper names."""
        owner = self._owner(org, self.doc[title_span[0]:title_span[1]].text)
        if owner is not org and self.doc[title_span[1]:title_span[1] + 1].text == "of" and org.mention.token_start - title_span[1] in (1, 2):
            title_span = (title_span[0], org.mention.token_end)  # "Dean of the Faculty of Humanities": the unit is in the title
        org = owner
        title = singular(self.doc[title_span[0]:title_span[1]].text)
        if domain is not None:
            title = f"{title} {self.doc[domain[0]:domain[1]].text}"
        slugs = role_slugs(title) or [None]
        if region is not None:
            title = f"{self.doc[region:title_span[0]].text} {title}"
            title_span = (region, title_span[1])
        former = former or title.lower().startswith("former")
        start = min(person.mention.start, org.mention.start, self.doc[title_span[0]].idx)
        end = max(person.mention.end, org.mention.end, self.doc[title_span[1] - 1].idx + len(self.doc[title_span[1] - 1].text))
        score = round(min(confidence, person.entity.confidence + 0.3, org.entity.confidence + 0.3), 2)
        return [
            RoleFact(
                person=person.entity, organization=org.entity, role=slug, title=title, evidence=evidence or (start, end),
                confidence=score, pattern=pattern, former=former,
            )
            for slug in slugs
        ]

    def _owner(self, org: Linked, title: str) -> Linked:
        """The university a faculty, department, division or office named on its own belongs
        to, when the article is about one university: "said X, Dean of the Faculty of
        Humanities" on a university's news page is the university's dean, the unit named in
        the title (as the gold sets roll units up); a unit whose university the text states
        ("of ORG", "at ORG", ", ORG") keeps it; else ``org``."""
        if not is_bare_unit(org.entity) or org.entity.name.split()[0] not in _UNIVERSITY_UNITS or not set(role_slugs(singular(title))) & _UNIT_ROLES:
            return org  # not "Minister of State X of the Department of Education": a government's department
        sentence = sentence_of(self.doc, org.mention.token_start)
        if org.entity.unit_of is not None and any(
            i.entity.id == org.entity.unit_of and sentence.start <= i.mention.token_start < sentence.end for i in self.linked
        ):
            return org  # "ABU's Director, Directorate of Public Affairs, X": the university is said, the unit holds the role (rule 5)
        after = self.doc[org.mention.token_end:org.mention.token_end + 2]
        if len(after) == 2 and after[0].lower_ in {"of", "at", ","} and self.mention(after[1].i + (after[1].lower_ == "the"), "organization") is not None:
            return org  # "the Faculty of X of ORG", "the Office of Y at ORG", "Division of Z, ORG": whose it is, is said
        home = self._home()
        return home if home is not None and home.entity.org_kind == "university" else org

    def org_chain_end(self, i: int) -> tuple[Linked, int] | None:
        """(first ORG, end) of "(the) ORG (ACR) of the PARENT (ACR)" starting at i; "its UNIT"
        ("Dean of its College of Engineering": the unit, which the linker gave its owner)."""
        if i < len(self.doc) and (self.doc[i].lower_ == "the" or self.doc[i].lower_ == "its" and self._unit_at(i + 1)):
            i += 1
        country = self.mention(i, "country")
        if country is not None and self.doc[country.mention.token_end:country.mention.token_end + 1].text in {"'s", "’s"}:
            i = country.mention.token_end + 1  # "at Oman's Ministry of X": the country's possessive is no part of the chain
        org = self.mention(i, "organization")
        if org is None:
            return None
        end = org.mention.token_end
        inner = self.at.get(end)
        if inner is not None and inner.mention.kind == "organization" and self.doc[inner.mention.token_end:inner.mention.token_end + 1].text.lower() == "committee":
            org, end = inner, inner.mention.token_end + 1  # "Secretary of the CPC Jilin University Committee": the university's
        while end < len(self.doc):
            if self.doc[end].text == "(" and end + 2 < len(self.doc) and self.doc[end + 2].text == ")":
                end += 3
            elif self.doc[end].text in {"'s", "’s"} and self.mention(end + 1, "organization") is not None:
                end = self.mention(end + 1, "organization").mention.token_end  # "ORG's College of X": a unit of ORG
            elif self.doc[end].lower_ in {"of", "at"}:
                j = end + 1 + (end + 1 < len(self.doc) and self.doc[end + 1].lower_ == "the")
                parent = self.mention(j, "organization")
                country = self.mention(j, "country") if org.mention.head == "Ministry of" else None
                if country is not None:  # "Minister of Education and Science of Ukraine": the ministry's country
                    end = country.mention.token_end
                    continue
                if parent is None:
                    break
                end = parent.mention.token_end
            else:
                break
        return org, self._past_body(end)

    def _past_body(self, i: int) -> int:
        """Past a governing body named after its organisation ("Chair of the Coimbra Group
        Executive Board", "the Chairperson of the IUCEA Governing Board, Prof. X"): the title is
        the organisation's (the body is the title's as written); else ``i``."""
        k = i
        while k < len(self.doc) and k - i < 2 and self.doc[k].text in lexicon.BODY_QUALIFIERS:
            k += 1
        return k + 1 if k < len(self.doc) and self.doc[k].text in lexicon.BODIES and k not in self.at else i

    def _body_owner(self, i: int) -> Linked | None:
        """The organisation whose governing body the word at ``i`` names ("Council" in "Council
        Chair X"): the one named after that body before ("The Council of the University of the
        Arctic met ..."), or right before it ("the UArctic Council")."""
        word, owners = self.doc[i].text, {}
        for k in range(i):
            if self.doc[k].text != word:
                continue
            j = k + 1
            if self.doc[j:j + 1].text == "of":
                owner = self.mention(j + 1 + (self.doc[j + 1:j + 2].text.lower() == "the"), "organization")
            else:
                owner = self.ending.get(k)
            if owner is not None and owner.mention.kind == "organization":
                owners.setdefault(owner.entity.id, owner)
        return next(iter(owners.values())) if len(owners) == 1 else None

    def _unit_at(self, i: int) -> bool:
        unit = self.mention(i, "organization")
        return unit is not None and unit.entity.unit_of is not None

    def top_of_chain(self, i: int) -> Linked | None:
        """The last organisation of "(the) UNIT of the ORG", the one a unit belongs to."""
        chain = self.org_chain_end(i)
        if chain is None:
            return None
        org, end = chain
        last = self.ending.get(end)
        return last if last is not None and last.mention.kind == "organization" and last.entity.unit_of is None else org

    # -- patterns -------------------------------------------------------------------------

    def org_title_person(self):
        """ORG (’s) TITLE PERSON, and the list items after it that keep the organisation."""
        title_ends = set(self.title_at.values())
        for start, end in self.title_at.items():
            if start in title_ends:
                continue  # "President Professor Jane Doe": the second is the person's honorific
            title_start, org = start, self._org_before(start)
            if org is None and start > 0 and self.doc[start - 1].lower_ == "its":
                org = self._its(start)  # "Its chief executive, X, said": the organisation just named
            if org is None and start >= 3 and self.doc[start - 1].text in {"'s", "’s"}:
                org = self._the_noun(start - 3)  # "the institute's director, X": the institute named before
            for extra in (1, 2):  # "... University Support Assistant": words that complete the title
                if org is not None or start - extra < 1:
                    break
                words = self.doc[start - extra:start]
                if all(t.is_alpha and t.text[0].isupper() and not starts_a_sentence(self.doc, t.i) for t in words):
                    title_start, org = start - extra, self._org_before(start - extra)  # "UP Diliman Chancellor": the chancellor's role
                elif all(t.is_alpha and t.is_lower and not t.is_stop for t in words) and self.doc[start - extra - 1].text in {"'s", "’s"}:
                    title_start, org = start - extra, self._org_before(start - extra)  # "the AUF's regional director": the title's word
            org_start = org.mention.token_start if org is not None else None
            if org is None:
                title_start = start
            if org is None and start > 0 and self.doc[start - 1].text in lexicon.BODIES:
                owner = self._body_owner(start - 1)  # "Council Chair X" after "The Council of ORG met": ORG's
                if owner is not None:
                    org, org_start, title_start = owner, start - 1, start - 1
            if org is None and start > 0 and self.doc[start - 1].lower_ != "its":
                short = self._short_form_before(start)  # "San Marcos Vice-Rector", "Umm Al-Qura's Vice-President"
                if short is not None:
                    org, org_start = short
            if org is None:
                continue
            k = end
            office = self._office_end(k)
            if office is not None and office < len(self.doc) and self.doc[office].text == ",":
                k = end = office  # "ORG's Dean of Engineering, Professor X": the office is the title's
            if k < len(self.doc) and self.doc[k].text == "(":  # "Registrar (Additional Responsibilities)"
                close = next((c for c in range(k + 1, min(k + 8, len(self.doc))) if self.doc[c].text == ")"), None)
                if close is not None:
                    k = end = close + 1
            if k + 1 < len(self.doc) and self.doc[k].text == ",":  # "Director, Directorate of Public Affairs, Auwal Umar"
                unit = self.mention(k + 1, "organization")
                if unit is not None and unit.mention.token_end < len(self.doc) and self.doc[unit.mention.token_end].text == ",":
                    k = unit.mention.token_end + 1
                    org = unit if unit.entity.unit_of == org.entity.id else org  # the role is in the unit (data/README.md, rule 5)
                elif self.mention(k + 1, "person") is not None:
                    k += 1
            person = self.mention(k, "person")
            if person is None:
                continue
            former = org_start > 0 and self.doc[org_start - 1].lower_ == "former"
            evidence = (self.doc[org_start].idx, person.mention.end) if org_start != org.mention.token_start else None
            yield from self.facts(person, org, (title_start, end), "ORG TITLE PERSON", 0.9, former=former, evidence=evidence)
            j = person.mention.token_end
            while True:  # ", VP Xi Guang, and VP Zhang Hanrong"
                k = j
                while k < len(self.doc) and (self.doc[k].text == "," or self.doc[k].lower_ == "and" or self.doc[k].is_space):
                    k += 1
                if k == j or k not in self.title_at:
                    break
                title_end = self.title_at[k]
                other = self.mention(title_end, "person")
                if other is None or (title_end - k == 1 and is_honorific(self.doc[k])):
                    break  # "and Professor X, Dean of ...": an honorific, not the organisation's title
                for fact in self.facts(other, org, (k, title_end), "ORG TITLE PERSON, TITLE PERSON", 0.8):
                    yield replace(fact, evidence=(self.doc[org_start].idx, other.mention.end))
                j = other.mention.token_end

    def respective(self):
        """"The rectors of A and B, P1 and P2": P1 the rector of A, P2 of B."""
        org_at = {i.mention.token_start: i.mention.token_end for i in self.linked if i.mention.kind == "organization"}
        for start, end in self.title_at.items():
            found = respective_names(self.doc, (start, end), org_at)
            if found is None:
                continue
            for (org_start, _), (person_start, _) in zip(*found):
                org, person = self.at.get(org_start), self.at.get(person_start)
                if org is not None and person is not None and person.mention.kind == "person":
                    yield from self.facts(person, org, (start, end), "The TITLEs of A and B, P1 and P2", 0.8)

    def bracketed(self):
        """"The rectors of the three institutions, P1 (ORG1), P2 (ORG2) and P3 (ORG3)": each
        the rector of the organisation in brackets, named there by its name, its acronym or a
        word of its name that no other organisation of the article has ("Aysén")."""
        for start, end in self.title_at.items():
            for (person_start, _), (inside, close) in bracketed_names(self.doc, (start, end)):
                person, org = self.at.get(person_start), self.mention(inside, "organization")
                if org is None or org.mention.token_end != close:
                    org = self._org_by_word(self.doc[inside:close].text, before=inside)
                if person is not None and person.mention.kind == "person" and org is not None:
                    yield from self.facts(person, org, (start, end), "The TITLEs of ..., P1 (ORG1), P2 (ORG2)", 0.75)

    def paired(self):
        """"the rectors of both universities, P1 and P2": each the rector of one of the two
        organisations the text named together last, in the order it named them."""
        for start, end in self.title_at.items():
            names = paired_names(self.doc, (start, end))
            pair = self._pair_before(start) if names else []
            if len(pair) != 2:
                continue
            for (person_start, _), org in zip(names, pair):
                person = self.at.get(person_start)
                if person is not None and person.mention.kind == "person":
                    yield from self.facts(person, org, (start, end), "the TITLEs of both universities, P1 and P2", 0.7)

    def title_person_of_org(self):
        """"Rector Jane Doe of ORG": the title, the person, then "of", "at" or "from" ORG."""
        for start, end in self.title_at.items():
            person = self.mention(end, "person")
            if person is None or self._org_before(start) is not None or (end - start == 1 and is_honorific(self.doc[start])):
                continue  # "Professor X of ORG": an honorific
            k = person.mention.token_end
            chain = self.org_chain_end(k + 1) if k + 1 < len(self.doc) and self.doc[k].lower_ in {"of", "at", "from"} else None
            if chain is not None:
                yield from self.facts(person, chain[0], (start, end), "TITLE PERSON of ORG", 0.8)

    def whose_title(self):
        """"ORG (ACR), whose rector is Prof. X" and "ORG (its name in another language), whose
        Rector, Dr. X, invited ...": X is the rector of ORG."""
        for title_start, end in self.title_at.items():
            start = title_start
            while start > 1 and title_start - start < 3 and self.doc[start - 1].text[:1].isupper() and self.doc[start - 1].is_alpha:
                start -= 1  # "whose West Africa regional director, X": the region is the title's
            if start < 2 or self.doc[start - 1].lower_ != "whose":
                continue
            if self.doc[end:end + 1].text.lower() not in {"is", ","}:
                yield from self._whose_pair(start, end)
                continue
            person = self.mention(skip_honorifics(self.doc, end + 1), "person")
            if person is not None and self.doc[end].text == "," and self.doc[person.mention.token_end:person.mention.token_end + 1].text not in {",", ".", ";"}:
                continue  # "whose rector, X," is an apposition closed by a comma
            org = self._before_whose(start)
            if org is not None and org.mention.kind == "organization":
                k = org.mention.token_start - 1 - (self.doc[org.mention.token_start - 1].lower_ == "the")
                unit = self.ending.get(k) if self.doc[k].lower_ == "of" else None
                if unit is not None and unit.mention.kind == "organization" and unit.entity.unit_of == org.entity.id:
                    org = unit  # "the School of X of ORG, whose director, Y": the school's
            if person is not None and org is not None and org.mention.kind == "organization":
                yield from self.facts(person, org, (title_start, end), "ORG, whose TITLE is PERSON", 0.8, region=start if start < title_start else None)

    def _whose_pair(self, start: int, end: int):
        """"A and B (ACR), whose rectors P1 and P2 attended": P1 the rector of A, P2 of B (a
        title for two, two names joined by "and", two organisations joined by "and")."""
        if not self.doc[end - 1].lower_.endswith("s"):
            return
        first = self.mention(end, "person")
        if first is None or self.doc[first.mention.token_end:first.mention.token_end + 1].text != "and":
            return
        second = self.mention(first.mention.token_end + 1, "person")
        latter = self._before_whose(start)
        if second is None or latter is None or latter.mention.kind != "organization":
            return
        k = latter.mention.token_start - 1
        k -= k > 0 and self.doc[k].lower_ == "the"
        former = self.ending.get(k) if self.doc[k].lower_ == "and" else None
        if former is not None and former.mention.kind == "organization" and former.entity.id != latter.entity.id:
            for person, org in ((first, former), (second, latter)):
                yield from self.facts(person, org, (start, end), "A and B, whose TITLEs P1 and P2", 0.75)

    def _before_whose(self, start: int) -> Linked | None:
        """What ends right before ", whose" (``start`` is the title's first word), across an
        acronym or another name in brackets ("(ACR)", "(Háskólinn á Akureyri)")."""
        j = start - 2 if self.doc[start - 2].text == "," else start - 1
        if j >= 2 and self.doc[j - 1].text == ")":
            j = next((k for k in range(j - 2, max(0, j - 9), -1) if self.doc[k].text == "("), j)
        return self.ending.get(j)

    def _org_by_word(self, text: str, *, before: int) -> Linked | None:
        """The one organisation named before token ``before`` with the words of ``text`` among
        its name's words ("Aysén", "Politehnica Bucharest"), or with ``text`` as its acronym."""
        wanted = fold(text).lower()
        found = {
            item.entity.id: item for item in self.linked
            if item.mention.kind == "organization" and item.mention.token_end <= before and item.entity.unit_of is None
            and (set(wanted.split()) <= set(fold(item.entity.name).lower().split()) or fold(item.entity.acronym or "").lower() == wanted)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_before(self, i: int, *, units: bool = False) -> dict[str, list[Linked]]:
        """The organisations (and the units, if asked) named before token ``i``, each with its mentions."""
        found: dict[str, list[Linked]] = {}
        for item in self.linked:
            if item.mention.kind == "organization" and item.mention.token_end <= i and (units or item.entity.unit_of is None):
                found.setdefault(item.entity.id, []).append(item)
        return found

    def _org_referred(self, i: int) -> tuple[Linked, int] | None:
        """(the organisation, the phrase's end) a phrase at token ``i`` refers back to, when
        one organisation named before fits it: "the Danish university", "the Thai side" (of
        the country the adjective names); "the association" (the one whose name has the
        noun); "Cádiz", "Umm Al-Qura" (capitalised words of its name, a short form)."""
        doc, j = self.doc, i
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j >= len(doc) or j in self.at:
            return None
        named = self._named_before(i)
        code = country_of_adjective(doc[j].text)
        if code is not None and j + 1 < len(doc) and doc[j + 1].lower_ in _REFERRING_NOUNS:
            fits = [items for items in named.values() if code in countries_of_name(items[0].entity.name, items[0].entity.country)]
            return (fits[0][-1], j + 2) if len(fits) == 1 else None
        placed = self._org_of_place(j, named) if j > i else None
        if placed is not None:
            return placed  # "the Niamey university", "the Mogadishu-based university", "the Abéché institution"
        if j > i and doc[j].is_lower and doc[j].is_alpha and not doc[j].is_stop and j + 1 < len(doc) and doc[j + 1].lower_ in _REFERRING_NOUNS:
            fits = [items for items in named.values() if {doc[j].lower_, doc[j + 1].lower_} <= set(fold(items[0].entity.name).lower().split())]
            if len(fits) == 1:
                return fits[0][-1], j + 2  # "the maritime university": the one university named before with that word
        if j > i and doc[j].text.capitalize() in lexicon.INSTITUTION_HEADS and (j + 1 >= len(doc) or doc[j + 1].lower_ != "of"):  # "the faculty", "the College": a unit too
            fits = [items for items in self._named_before(i, units=True).values() if doc[j].lower_ in fold(items[0].entity.name).lower().split()]
            return (fits[0][-1], j + 1) if len(fits) == 1 else None
        end = j
        while end < len(doc) and end - j < 5 and (doc[end].text[:1].isupper() and doc[end].is_alpha and not is_honorific(doc[end]) or doc[end].text == "-" and end > j and not doc[end - 1].whitespace_):
            end += 1
        while end > j and doc[end - 1].text == "-":
            end -= 1
        foreign_alone = j == i and end == j + 1 and doc[j].text in lexicon.FOREIGN_HEADS  # "Director of International Affairs at Polytechnique"
        if end == j or doc[j].text.capitalize() in lexicon.INSTITUTION_HEADS and not foreign_alone or doc[end - 1].lower_ in lexicon.TITLE_HEADS or doc[end - 1].lower_ in lexicon.TITLE_MODIFIERS:
            return None
        return self._short_form(j, end, named)

    def _org_of_place(self, j: int, named: dict[str, list[Linked]]) -> tuple[Linked, int] | None:
        """(the organisation, the phrase's end) of a place's name at token ``j`` before a
        referring noun ("Niamey university", "Mogadishu-based university"): the one organisation
        named before with the place's words in its name ("Université Abdou Moumouni de Niamey"),
        else the one of the place's country (a city of the places table: "Mogadishu", Somalia).
        (Not "his counterpart from Skopje", the place alone: on the first training set that
        made a wrong role and no right one.)"""
        doc = self.doc
        end = j
        while end < len(doc) and end - j < 3 and doc[end].text[:1].isupper() and doc[end].is_alpha and not is_honorific(doc[end]) and end not in self.at:
            end += 1
        if end == j or country_of_adjective(doc[j].text) is not None or any(doc[k].text.capitalize() in lexicon.INSTITUTION_HEADS for k in range(j, end)):
            return None
        after = end + 2 * (doc[end:end + 2].text.replace(" ", "").lower() == "-based")
        if after >= len(doc) or doc[after].lower_ not in _REFERRING_NOUNS:
            return None
        after += 1
        words = place_words(doc[j:end].text)
        if not words:
            return None
        fits = [items for items in named.values() if f" {' '.join(words)} " in f" {' '.join(place_words(items[0].entity.name))} "]
        if not fits:
            places = load_places()
            city = places.name_of(words)
            countries = places.countries_of(city) if city is not None else frozenset()
            fits = [items for items in named.values() if countries and countries & _countries_of(items[0].entity)]
        return (fits[0][-1], after) if len(fits) == 1 else None

    def _short_form(self, start: int, end: int, named: dict[str, list[Linked]]) -> tuple[Linked, int] | None:
        """Capitalised words that are words of the name of one organisation named before, in a
        row ("San Marcos" of "Universidad Nacional Mayor de San Marcos"): it, and ``end``."""
        wanted = f" {' '.join(fold(self.doc[start:end].text).lower().replace('-', ' ').split())} "
        if wanted.strip() in {"the", ""} or any(self.doc[k].is_stop and not self._hyphened(k) for k in range(start, end)):
            return None  # (a little word joined by a hyphen is a word of the name: "An-Najah")
        fits = [
            items for items in named.values()
            if any(wanted in f" {' '.join(fold(text).lower().replace('-', ' ').split())} " for text in {items[0].entity.name, *(i.mention.text for i in items)})
        ]
        return (fits[0][-1], end) if len(fits) == 1 else None

    def _hyphened(self, k: int) -> bool:
        return k + 1 < len(self.doc) and self.doc[k + 1].text == "-" and not self.doc[k].whitespace_

    def _short_form_before(self, start: int) -> tuple[Linked, int] | None:
        """(the organisation, where its short form begins) of capitalised words right before a
        title (or its "'s"): "San Marcos Vice-Rector", "Umm Al-Qura's Vice-President"."""
        end = start - (start > 0 and self.doc[start - 1].text in {"'s", "’s"})
        begin = end
        while begin > 0 and end - begin < 4 and not (begin - 1) in self.at and (
            self.doc[begin - 1].text[:1].isupper() and self.doc[begin - 1].is_alpha and not is_honorific(self.doc[begin - 1])
            or self.doc[begin - 1].text == "-" and not self.doc[begin - 1].whitespace_
        ):
            begin -= 1
            if starts_a_sentence(self.doc, begin):
                break
        while begin < end and self.doc[begin].text == "-":
            begin += 1
        if begin == end or self.doc[begin].is_stop:
            return None
        found = self._short_form(begin, end, self._named_before(begin))
        if found is None and end - begin == 1:
            defined = self._defined_short(self.doc[begin].text) or self._initialled(self.doc[begin].text, before=begin)
            found = (defined, end) if defined is not None else None  # "Usach rector X" after "... (Usach)"; "UL president X"
        return (found[0], begin) if found is not None and found[1] == end else None

    def _initialled(self, word: str, *, before: int) -> Linked | None:
        """The one organisation named before token ``before`` whose capitalised words have
        ``word`` as initials, a short form the article never defined: "UL" of "University of
        Limerick", "UWI" of "University of the West Indies" (two letters at least, all capitals)."""
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            return None
        fits = {
            items[0].entity.id: items[-1] for items in self._named_before(before).values()
            if fold(acronyms.initials(items[0].entity.name)) == fold(word)
        }
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _org_before(self, i: int) -> Linked | None:
        """The organisation that ends right before token ``i`` (or before its "'s")."""
        j = i - 1
        if j >= 0 and self.doc[j].text in {"'s", "’s"}:
            j -= 1
        if j >= 2 and self.doc[j].text == ")" and self.doc[j - 2].text == "(" and self.ending.get(j - 2) is not None:
            j -= 3  # "Guru Nanak Dev University (GNDU) Vice-Chancellor"
        org = self.ending.get(j + 1)
        return org if org is not None and org.mention.kind == "organization" else None

    def _org_named_last(self, i: int) -> Linked | None:
        """The last organisation named before token ``i``, in its sentence, or in the one before
        when ``i`` starts the sentence ("... Aalto University. Its chief executive, X, said")."""
        sentence = sentence_of(self.doc, i)
        earliest = sentence.start
        if earliest == i and earliest > 0:
            earliest = sentence_of(self.doc, earliest - 1).start
        before = [
            item for item in self.linked if item.mention.kind == "organization" and earliest <= item.mention.token_start
            and item.mention.token_end <= i and not self._in_apposition(item, i)
        ]
        if not before and earliest == sentence.start and earliest > 0 and i > earliest:
            capitalised = [t for t in self.doc[earliest + 1:i] if t.text[:1].isupper()]
            if not capitalised:
                return self._org_named_last(earliest)  # "The delegation was led by its president, Y"
            if len(capitalised) == 1:
                return self._defined_short(capitalised[0].text)  # "The Oamk delegation was led by its president": ORG (Oamk)
        return max(before, key=lambda item: item.mention.token_end) if before else None

    def _its(self, start: int) -> Linked | None:
        """The organisation "its" before the title at ``start`` stands for: the one the sentence
        says was represented ("Memorial was represented by its vice-president", none when no
        organisation is found there), else the one named last."""
        return self._represented(start) or self._referred_by_its(start) or (None if self._represented_unknown(start) else self._org_named_last(start - 1))

    def _referred_by_its(self, start: int) -> Linked | None:
        """"(signed) for the Danish university by its TITLE", "in the council room of the Niamey
        university by its rector": the organisation a phrase right before "by its" refers to."""
        k = start - 2
        if k < 1 or self.doc[k].lower_ != "by" or self.doc[start - 1].lower_ != "its":
            return None
        sentence = sentence_of(self.doc, start)
        for the in range(k - 2, max(sentence.start, k - 6) - 1, -1):
            if self.doc[the].lower_ == "the":
                referred = self._org_referred(the)
                return referred[0] if referred is not None and referred[1] == k else None
        return None

    def _represented_unknown(self, start: int) -> bool:
        """"X was represented by its TITLE" with X no organisation found: whose the title is,
        is not known (not the organisation named last)."""
        words = self.doc[max(0, start - 5):start].text.lower()
        return self._represented(start) is None and re.search(r"\b(?:was|were|is|are|be)\s+represented\s+by(?:\s+its|\s+the)?$", words) is not None
    def _defined_short(self, word: str) -> Linked | None:
        """The one organisation named before with ``word`` in brackets after it, alone or last
        after a comma ("Oulu University of Applied Sciences (Oamk)", "Council of Rectors (its
        name in Spanish, CRUCh)"): a short form no pattern found on its own."""
        wanted = fold(word).lower()
        found: dict[str, Linked] = {}
        for item in self.linked:
            k = item.mention.token_end
            if item.mention.kind != "organization" or k >= len(self.doc) or self.doc[k].text != "(":
                continue
            close = next((c for c in range(k + 1, min(k + 16, len(self.doc))) if self.doc[c].text == ")"), None)
            if close is not None and fold(self.doc[close - 1].text).lower() == wanted and (close - 1 == k + 1 or self.doc[close - 2].text == ","):
                found.setdefault(item.entity.id, item)
        return next(iter(found.values())) if len(found) == 1 else None

    def _in_apposition(self, item: Linked, i: int) -> bool:
        """An organisation inside an apposition or a relative clause closed before token ``i``
        (", a member of ORG,", ", also a ORG member,", ", which last year became a member of ORG,"):
        not what "its" stands for."""
        doc = self.doc
        start = sentence_of(doc, item.mention.token_start).start
        k = item.mention.token_start - 1
        while k > start and doc[k].text != "," and k > item.mention.token_start - 12:
            k -= 1
        if doc[k].text != "," or doc[k + 1].lower_ not in _INSERTION_OPENERS:
            return False
        return any(doc[j].text == "," for j in range(item.mention.token_end, i))

    def person_the_orgs_title(self):
        """"said X, the association's director of international affairs": the title of the
        organisation "the NOUN" refers back to, in an apposition after the person's name."""
        for start, end in self.title_at.items():
            if start < 5 or self.doc[start - 1].text not in {"'s", "’s"} or self.doc[start - 3].lower_ != "the" or self.doc[start - 4].text != ",":
                continue
            if self.mention(end + (self.doc[end:end + 1].text == ","), "person") is not None:
                continue  # "the university's rector, X": another pattern's
            org, person = self._the_noun(start - 3), self.ending.get(start - 4)
            if org is not None and person is not None and person.mention.kind == "person":
                yield from self.facts(person, org, (start, end), "PERSON, the ORG's TITLE", 0.7)

    def contact_line(self):
        """The signature of a press release, on a line of its own: "Communications adviser X,
        Division of Communication, ORG" (a title with the capitalised words before it, the
        person, the unit and the organisation, the role in the last); "Issued by: Ms. X, Chief
        Public Relations Officer" (no organisation: the one the article is about)."""
        for start, end in self.title_at.items():
            begin = sentence_of(self.doc, start).start
            if start - begin <= 2 and all(t.is_alpha and t.text[:1].isupper() for t in self.doc[begin:start]):
                person = self.mention(end, "person")  # "Communications adviser X, Unit, ORG"
                k, org = (person.mention.token_end, None) if person is not None else (end, None)
                while k + 1 < len(self.doc) and self.doc[k].text == ",":
                    org = self.mention(k + 1, "organization")
                    if org is not None:
                        k = org.mention.token_end
                    elif self.doc[k + 1].text in _UNIVERSITY_UNITS:  # "Division of Communication", no organisation found there
                        comma = next((j for j in range(k + 2, min(k + 10, len(self.doc))) if self.doc[j].text == ","), None)
                        if comma is None:
                            break
                        k = comma
                    else:
                        break
                if person is not None and org is not None and _line_ends(self.doc, k):
                    yield from self.facts(person, org, (begin, end), "TITLE PERSON, UNIT, ORG (a contact line)", 0.7)
                continue
            if not re.match(r"(?:issued by|contact|media contact|press contact)\s*:", self.doc[begin:start].text.lower()):
                continue
            k = start
            while k > begin and self.doc[k - 1].text[:1].isupper() and self.doc[k - 1].is_alpha and k - 1 not in self.at:
                k -= 1  # "Chief Public Relations Officer": the words that complete the title
            person = self.ending.get(k - 1) if self.doc[k - 1].text == "," else None
            home = self._home()
            if person is not None and person.mention.kind == "person" and home is not None and _line_ends(self.doc, end):
                yield from self.facts(person, home, (k, end), "Issued by: PERSON, TITLE (the article's organisation)", 0.6)

    def title_of_org_person(self):
        for start, end in self.title_at.items():
            if end >= len(self.doc) or not (self.doc[end].lower_ == "of" or self._in_the(end)):
                continue
            chain = self.org_chain_end(end + 1)
            office = self._office_end(end) if chain is None else None
            if office is not None and office + 1 < len(self.doc) and self.doc[office].lower_ in {"at", "of"}:
                chain = self.org_chain_end(office + 1)  # "the Director General of Higher Education at the Ministry of X, Y"
                end = office if chain is not None else end
            evidence = None
            if chain is None and self.doc[end + 1:end + 2].text.lower() == "the":
                chain = self._org_referred(end + 1)  # "Secretary-General of the association Prof. X": the one association named
                evidence = (self.doc[start].idx, None)
            if chain is None or self._represented(start) is not None:
                continue  # "ORG was represented by its Dean of the Faculty of Arts, X": the dean of ORG (at_home)
            org, chain_end = chain
            if org.mention.head == "Ministry of" and org.mention.token_start <= end + 2:
                end = org.mention.token_end  # "State Minister of Education X": the minister's title names the ministry
                country = self.mention(end + 1, "country") if self.doc[end:end + 1].text == "of" else None
                end = country.mention.token_end if country is not None else end  # "... of Ukraine"
            domain = None
            if self.doc[chain_end:chain_end + 1].text == "for":  # "the Regional Director of ORG (ACR) for sub-Saharan Africa, X"
                k = chain_end + 1
                while k < len(self.doc) and k - chain_end <= 6 and (self.doc[k].is_alpha or self.doc[k].text == "-"):
                    k += 1
                if k > chain_end + 1 and self.doc[k:k + 1].text == "," and any(t.text[:1].isupper() for t in self.doc[chain_end + 1:k]):
                    domain, chain_end = (chain_end, k), k
            if start >= 2 and self.doc[start - 2].lower_ == "the" and self.doc[start - 1].is_alpha and self.doc[start - 1].is_title \
                    and start - 1 not in self.at and not self.doc[start - 1].is_stop and not is_honorific(self.doc[start - 1]):
                start -= 1  # "the Regional Director of ORG": the title's word
            if chain_end < len(self.doc) and self.doc[chain_end].text == ",":
                chain_end += 1
            person = self.mention(chain_end, "person")
            if person is not None:
                yield from self.facts(person, org, (start, end), "TITLE of ORG PERSON", 0.9, evidence=evidence and (evidence[0], person.mention.end), domain=domain)

    def title_of_a_lower_case_unit(self):
        """"the chairman of the physics department, Prof X", "head of the KNU department of
        international cooperation Y": a unit in small letters is the title's office
        (:func:`.people.lower_case_unit_end`), the role in the organisation named inside it, else
        in the one the article is about (a university's title, :data:`HOME_ROLES`)."""
        org_at = {i.mention.token_start: i.mention.token_end for i in self.linked if i.mention.kind == "organization"}
        for start, end in self.title_at.items():
            unit_end = lower_case_unit_end(self.doc, end, org_at)
            if unit_end is None:
                continue
            person = self.mention(unit_end + (self.doc[unit_end:unit_end + 1].text == ","), "person")
            if person is None:
                continue
            inside = self.mention(end + 2, "organization")
            org = self._top(inside) if inside is not None else None
            slugs = role_slugs(self.doc[start:end].text)
            if org is None and slugs and (slugs[0] in HOME_ROLES or slugs[0] == "head") and not self._org_before(start):
                org = self._home()
            if org is not None:
                yield from self.facts(person, org, (start, unit_end), "TITLE of the ORG unit, PERSON", 0.7)

    def _the_noun(self, i: int) -> Linked | None:
        """The organisation (or unit) "the NOUN" at token ``i`` refers back to
        (:meth:`_org_referred`): "the institute's director, X", "X, director-general of
        international cooperation at the ministry"."""
        found = self._org_referred(i) if self.doc[i:i + 1].text.lower() == "the" else None
        return found[0] if found is not None else None

    def _in_the(self, i: int) -> bool:
        """"in the ORG" at token ``i`` after a title: "The Commissioner for University
        Education in the Ministry of Education and Sports, Dr X" (an office in a ministry), "The
        Permanent Secretary in the Ministry, Dr Y" (the one ministry named before)."""
        return self.doc[i].lower_ == "in" and self.doc[i + 1:i + 2].text == "the" and (
            self.mention(i + 2, "organization") is not None or self._the_noun(i + 1) is not None
        )

    def person_title_of_org(self):
        for item in self.at.values():
            if item.mention.kind != "person":
                continue
            i = self.skip_space(item.mention.token_end)
            if i + 2 < len(self.doc) and self.doc[i].text == "(" and self.doc[i + 2].text == ")":
                i += 3
            if i < len(self.doc) and self.doc[i].text == ",":
                i += 1
                if self.doc[i:i + 2].text.lower() == "who is":  # "X, who is also Vice-Chancellor of Y": a second role
                    i += 2 + (i + 2 < len(self.doc) and self.doc[i + 2].lower_ in {"also", "now"})
            elif not (item.mention.source == "speech" or (i in self.title_at and self.doc[i].is_lower)):
                continue
            pending: list[tuple[int, int]] = []  # titles in a row, waiting for their organisation
            t = i + 3
            if " ".join(w.lower_ for w in self.doc[i:t]).replace("’", "'") in _THE_UNIVERSITYS and t in self.title_at and self._home() is not None:
                yield from self.facts(item, self._home(), (t, self.title_at[t]), "PERSON, the university's TITLE", 0.7)
                continue  # "X, the university's vice-chancellor, said": the article's organisation
            while True:
                i = self.skip_space(i)
                if i < len(self.doc) and self.doc[i].lower_ in {"a", "an", "the"}:
                    i += 1
                org_first = self.mention(i, "organization")
                t = org_first.mention.token_end if org_first is not None else -1
                t += t >= 0 and self.doc[t:t + 1].text in {"'s", "’s"}  # "Professor X, WUR's Dean of Education"
                if t in self.title_at and self.mention(self.title_at[t], "person") is None:  # "Eeva Nordlund, EUA Secretary-General"
                    office = self._office_end(self.title_at[t])
                    title_end = office if office is not None and self.doc[office:office + 1].text in {",", "."} else self.title_at[t]
                    yield from self.facts(item, org_first, (t, title_end), "PERSON, ORG TITLE", 0.85)
                    break
                title_end = self.title_at.get(i) or self._contact_title(i)  # "X, Media Relations Officer, ORG"
                if title_end is None:
                    break
                if title_end < len(self.doc) and self.doc[title_end].text == "," and self.mention(title_end + 1, "organization") is None:
                    pending.append((i, title_end))  # "Vice-Rector, Director of ..."
                    i = title_end + 1
                    continue
                if title_end < len(self.doc) and self.doc[title_end].text == ",":  # "Deputy Vice-Chancellor, MNU"
                    org = self._last_of_apposition(title_end + 1)
                    if org is None:
                        break
                    for span in [*pending, (i, title_end)]:
                        yield from self.facts(item, org, span, "PERSON, TITLE, ORG", 0.85)
                    break
                if title_end >= len(self.doc) or self.doc[title_end].lower_ not in {"of", "at"}:
                    break  # "X, president of Y", "X, vice-rector for research at Y"
                chain = self.org_chain_end(title_end + 1)
                office = self._office_end(title_end) if chain is None else None
                if office is not None and self.doc[office:office + 1].text == "at" and self.doc[office + 1:office + 2].text[:1].isupper() \
                        and self.org_chain_end(office + 1) is None and self.mention(office + 1, "country") is None:
                    title_end = office  # "Director of International Affairs at Polytechnique": the office is the title's
                after_at = self.doc[title_end].lower_ == "at" and self.doc[title_end + 1:title_end + 2].text[:1].isupper()  # "Vice-Rector for Science at Óbuda"
                referred = self._org_referred(title_end + 1) if chain is None and (after_at or self.doc[title_end + 1:title_end + 2].text.lower() == "the") else None
                defined = self._defined_short(self.doc[title_end + 1].text) if chain is None and referred is None and title_end + 2 < len(self.doc) \
                    and not self.doc[title_end + 2].text[:1].isupper() else None
                referred = (defined, title_end + 2) if defined is not None else referred  # "X, vice-president of CRUCh"
                if referred is not None:  # "X, vice-rector for research at the Chilean university"
                    last = self.doc[referred[1] - 1]
                    yield from self.facts(item, referred[0], (i, title_end), "PERSON, TITLE at ORG referred to", 0.75, evidence=(item.mention.start, last.idx + len(last.text)))
                    break
                if chain is None:  # "X, Head of International Relations, ORG", "X, Director of International Relations at ORG"
                    k = self._office_end(title_end) or self._office_of_the(title_end)
                    org = None
                    if k is not None and k < len(self.doc) and self.doc[k].text == ",":
                        org = self._last_of_apposition(k + 1)
                    elif k is not None and k < len(self.doc) and self.doc[k].lower_ in {"at", "of"}:
                        org = self.top_of_chain(k + 1) or self._the_noun(k + 1)  # "... at the ministry": the one named before
                    if org is not None:
                        yield from self.facts(item, org, (i, k), "PERSON, TITLE of OFFICE, ORG", 0.8)
                    break
                org, chain_end = chain
                if self.mention(chain_end, "person") is not None:
                    break  # "A, Director of B C": the title is C's
                top = self.top_of_chain(title_end + 1)
                for span in pending:
                    yield from self.facts(item, top or org, span, "PERSON, TITLE, TITLE of ORG", 0.8, evidence=(item.mention.start, (top or org).mention.end))
                pending = []
                for fact in self.facts(item, org, (i, title_end), "PERSON, TITLE of ORG", 0.9):
                    yield replace(fact, evidence=(item.mention.start, org.mention.end))
                j = org.mention.token_end
                if j + 2 < len(self.doc) and self.doc[j].text == "(" and self.doc[j + 2].text == ")":
                    j += 3
                if j < len(self.doc) and self.doc[j].lower_ == "and":
                    i = j + 1
                    continue
                break

    def _office_end(self, k: int) -> int | None:
        """After a title, "of" and the capitalised words of an office that is no organisation
        ("Dean of Engineering", "Head of International Relations"): where they end; else None."""
        if k >= len(self.doc) or self.doc[k].lower_ != "of":
            return None
        j = k + 1
        while j < len(self.doc) and j - k <= 5 and (self.doc[j].text[:1].isupper() and self.doc[j].is_alpha or self.doc[j].lower_ in {"and", "&"}):
            if j in self.at:
                return None
            j += 1
        if j == k + 1:  # "deputy head of mission at ORG": an office in lower case, before "at"
            while j < len(self.doc) and j - k <= 3 and self.doc[j].is_lower and self.doc[j].is_alpha and not self.doc[j].is_stop:
                j += 1
            return j if j > k + 1 and self.doc[j:j + 1].text == "at" else None
        return j if j > k + 1 and self.doc[j - 1].lower_ not in {"and", "&"} else None

    def _office_of_the(self, k: int) -> int | None:
        """After a title, "of the" and the words of an office named in any case, when "of" or
        "at" an organisation follows ("X, director of the Middle East regional office of ORG"):
        where they end; else None."""
        if self.doc[k:k + 2].text.lower() != "of the":
            return None
        j = k + 2
        while j < len(self.doc) and j - k <= 7 and self.doc[j].is_alpha and j not in self.at and self.doc[j].lower_ not in {"of", "at", "and", "the"}:
            j += 1
        if j == k + 2 or j + 1 >= len(self.doc) or self.doc[j].lower_ not in {"of", "at"}:
            return None
        return j if self.org_chain_end(j + 1) is not None else None

    def _contact_title(self, i: int) -> int | None:
        """The end of a title that starts at ``i`` with one or two capitalised words that
        complete it, when an organisation follows it after a comma (a contact line: "X, Media
        Relations Officer, ORG, phone"); else None."""
        for extra in (1, 2):
            t = i + extra
            if t in self.title_at and all(self.doc[k].is_alpha and self.doc[k].text[0].isupper() and k not in self.at for k in range(i, t)):
                end = self.title_at[t]
                if end < len(self.doc) and self.doc[end].text == "," and self.mention(end + 1, "organization") is not None:
                    return end
        return None

    def _last_of_apposition(self, i: int) -> Linked | None:
        """"MNU," → MNU; "Faculty of Marine Sciences, CUSAT," → the faculty, a unit of CUSAT (the
        role is in the unit, data/README.md rule 5): the organisation of the apposition, to its
        end (", and", "." or a verb)."""
        found = []
        while True:
            org = self.mention(i, "organization")
            if org is None:
                break
            found.append(org)
            k = org.mention.token_end
            if k + 1 < len(self.doc) and self.doc[k].text == "," and self.doc[k + 1].lower_ not in {"and", "who", "which"}:
                i = k + 1
                continue
            break
        if len(found) >= 2 and found[0].entity.unit_of == found[1].entity.id:
            return found[0]
        return found[-1] if found else None

    def on_behalf_of(self):
        """"The Vice-Chancellor, Prof. Kabiru Bala, signed the MoU on behalf of ABU"; "Rector X
        signed for ORG" (a title with no organisation of its own)."""
        for start, end in self.title_at.items():
            if end >= len(self.doc):
                continue
            if self.doc[end].text != ",":
                person = self.mention(end, "person")
                k = person.mention.token_end if person is not None else end
                if self.doc[k:k + 2].text.lower() in {", who", ", whose"}:  # "Rector P, who is on a visit to X, signed for ORG"
                    close = next((c for c in range(k + 2, min(sentence_of(self.doc, k).end, k + 30)) if self.doc[c].text == ","), None)
                    k = close + 1 if close is not None and self.doc[close + 1:close + 3].text.lower() == "signed for" else k
                if person is None or self._org_before(start) is not None or self.doc[k:k + 2].text.lower() != "signed for":
                    continue
                j = k + 2 + (k + 2 < len(self.doc) and self.doc[k + 2].lower_ == "the")
                org = self.mention(j, "organization")
                referred = self._org_referred(k + 2) if org is None else None
                if referred is not None:  # "signed for the faculty"
                    yield from self.facts(person, referred[0], (start, end), "TITLE PERSON signed for ORG", 0.75, evidence=(self.doc[start].idx, person.mention.end))
                elif org is not None:
                    yield from self.facts(person, org, (start, end), "TITLE PERSON signed for ORG", 0.8)
                continue
            person = self.mention(end + 1, "person")
            if person is None:
                continue
            k = person.mention.token_end
            if k >= len(self.doc) or self.doc[k].text != ",":
                continue
            sentence_end = sentence_of(self.doc, k).end
            for j in range(k + 1, min(sentence_end, k + 15)):
                if self.doc[j:j + 3].text.lower() in {"on behalf of", "for and on"}:
                    org = self.mention(j + 3, "organization") or self.mention(j + 4, "organization")
                    if org is not None:
                        yield from self.facts(person, org, (start, end), "The TITLE, PERSON, signed on behalf of ORG", 0.8)
                    break
                if self.doc[j].lower_ in {"while", "whereas", ";"}:
                    break

    def apposition_signed_for(self):
        """"Prof X, president of Ollscoil na Gaillimhe, as the university is known in Irish,
        signed for Galway": a title whose organisation no pattern found, in an apposition after
        the person who then "signed for ORG", is held in ORG."""
        for item in self.at.values():
            k = item.mention.token_end
            if item.mention.kind != "person" or self.doc[k:k + 1].text != "," or k + 1 not in self.title_at:
                continue
            start, end = k + 1, self.title_at[k + 1]
            if end < len(self.doc) and self.doc[end].lower_ in {"of", "at"} and self.org_chain_end(end + 1) is not None:
                continue  # "X, president of ORG": another pattern's
            sentence_end = sentence_of(self.doc, k).end
            for j in range(end, min(sentence_end, end + 20)):
                if self.doc[j].lower_ in {"while", "whereas", ";", "and"} or self.mention(j, "person") is not None:
                    break
                if self.doc[j:j + 2].text.lower() == "signed for" and self.doc[j - 1].text == ",":
                    org = self.mention(j + 2 + (self.doc[j + 2:j + 3].text.lower() == "the"), "organization")
                    referred = self._org_referred(j + 2) if org is None else None
                    org = referred[0] if referred is not None else org  # "signed for Galway": a short form
                    if org is not None:
                        yield from self.facts(item, org, (start, end), "PERSON, TITLE ..., signed for ORG", 0.7, evidence=(item.mention.start, org.mention.end))
                    break
    def gapped_signed_for(self):
        """"P1 signed for ORG1, and P2, TITLE, for the Thai side" (the verb left out): P2 holds
        TITLE in the organisation after "for": one named, one referred to, or for "the ...
        side" the other one of the two the sentence (and the one before) name."""
        for item in self.at.values():
            k = item.mention.token_end
            if item.mention.kind != "person" or k + 1 >= len(self.doc) or self.doc[k].text != "," or k + 1 not in self.title_at:
                continue
            title_end = self.title_at[k + 1]
            f = title_end + 1
            if self.doc[title_end:f].text != "," or f >= len(self.doc) or self.doc[f].lower_ != "for":
                continue
            sentence = sentence_of(self.doc, k)
            said = [j + 2 for j in range(sentence.start, item.mention.token_start) if self.doc[j:j + 2].text.lower() == "signed for"]
            if not said:
                continue
            target = self.mention(f + 1 + (self.doc[f + 1].lower_ == "the"), "organization")
            referred = self._org_referred(f + 1) if target is None else None
            if referred is not None:
                target = referred[0]
            elif target is None and self.doc[f + 1:f + 4].text.lower().split()[-1:] in (["side"], ["party"]):
                target = self._other_side(sentence.start, said)
            if target is not None:
                yield from self.facts(item, target, (k + 1, title_end), "P1 signed for ORG1, and P2, TITLE, for ORG2", 0.7, evidence=(item.mention.start, self.doc[title_end].idx))

    def minister_of_the_ministry(self):
        """"... received at the Ministry of X, where ... with Deputy Minister P": a minister's
        title with no ministry of its own is of the one ministry its sentence names."""
        for start, end in self.title_at.items():
            words = self.doc[start:end].text.lower().replace("-", " ").split()
            if "minister" not in words or self._org_before(start) is not None or self.doc[end:end + 1].text.lower() in {"of", "for"}:
                continue
            person = self.mention(end, "person")
            if person is None:
                continue
            sentence = sentence_of(self.doc, start)
            ministries = {
                i.entity.id: i for i in self.linked
                if i.mention.kind == "organization" and sentence.start <= i.mention.token_start < sentence.end
                and fold(i.entity.name).lower().startswith("ministry")
            }
            if len(ministries) == 1:
                yield from self.facts(person, next(iter(ministries.values())), (start, end), "the Ministry ..., Minister P", 0.7)

    def ambassador_of_the_embassy(self):
        """"Ambassador X hosted a reception" in an article that names one embassy ("the
        Embassy of Finland in Hanoi"): X is its ambassador; not "Ambassador to Country X" nor
        with an organisation of its own."""
        embassies = {i.entity.id: i for i in self.linked if i.mention.kind == "organization" and fold(i.entity.name).lower().startswith("embassy")}
        if len(embassies) != 1:
            return
        embassy = next(iter(embassies.values()))
        for start, end in self.title_at.items():
            if self.doc[end - 1].lower_ != "ambassador" or self._org_before(start) is not None or (start > 0 and self.doc[start - 1].text in {"'s", "’s"}):
                continue
            nation = country_of_adjective(self.doc[start - 1].text) if start > 0 else None
            if nation is not None and nation not in countries_of_name(embassy.entity.name, embassy.entity.country):
                continue  # "German Ambassador X" and the Embassy of Finland
            person = self.mention(end, "person") or (self.mention(end + 1, "person") if self.doc[end:end + 1].text == "," else None)
            if person is not None and self.doc[person.mention.token_end:person.mention.token_end + 1].text.lower() not in {"of", "to"}:
                yield from self.facts(person, embassy, (start, end), "Ambassador X (the article's embassy)", 0.6, evidence=(self.doc[start].idx, person.mention.end))

    def _top(self, item: Linked) -> Linked:
        """A unit's parent organisation, as named in the text (the unit if not named)."""
        if item.entity.unit_of is None:
            return item
        return next((i for i in self.linked if i.entity.id == item.entity.unit_of and i.mention.kind == "organization"), item)

    def _other_side(self, start: int, said: list[int]) -> Linked | None:
        """The one organisation of the two the sentence at ``start`` and the one before name
        (units as their parents) that no one "signed for" at the tokens ``said``."""
        previous = [s for s in sentences(self.doc) if s.end <= start and s.text.strip()]
        begin = previous[-1].start if previous else start
        end = sentence_of(self.doc, start).end
        tops: dict[str, Linked] = {}
        for item in self.linked:
            if item.mention.kind == "organization" and begin <= item.mention.token_start < end:
                top = self._top(item)
                tops.setdefault(top.entity.id, top)
        taken = {self._top(self.at[j]).entity.id for j in said if j in self.at and self.at[j].mention.kind == "organization"}
        if len(tops) != 2 or len(taken) != 1:
            return None
        rest = [top for ident, top in tops.items() if ident not in taken]
        return rest[0] if len(rest) == 1 else None

    def counterparts_of_orgs(self):
        """"TITLE X signed together with his counterparts Prof. A of ORG1 and Prof. B, President
        of ORG2": each counterpart named with "of", "from" or "at" an organisation holds the
        title of the person whose counterpart he is (the last title before, in the sentence)."""
        for token in self.doc:
            if token.lower_ not in {"counterpart", "counterparts"} or token.i < 1 or self.doc[token.i - 1].lower_ not in {"his", "her", "their"}:
                continue
            sentence = sentence_of(self.doc, token.i)
            titles = [(s, e) for s, e in self.title_at.items() if sentence.start <= s and e <= token.i]
            if not titles:
                continue
            title = max(titles)
            k = token.i + 1
            while k < sentence.end:
                person = self.mention(k, "person")
                if person is None:
                    break
                k = person.mention.token_end
                if k + 1 < len(self.doc) and self.doc[k].lower_ in {"of", "from", "at"}:
                    org = self.mention(k + 1 + (self.doc[k + 1].lower_ == "the"), "organization")
                    if org is not None:
                        yield from self.facts(person, org, title, "his counterparts P1 of ORG1 and P2 of ORG2", 0.7)
                        k = org.mention.token_end
                k = next((j + 1 for j in range(k, min(k + 12, sentence.end - 1)) if self.doc[j].text in {",", "and"} and self.mention(j + 1, "person")), None)
                if k is None:  # the next name, after ", TITLE of ORG2" or "and"
                    break

    def counterparts(self):
        """"the two institutions' Vice Chancellor and Principals, Prof Dan Kgwadi, and his
        counterpart from MMARAU, Prof Joseph Chacha"."""
        for start, end in self.title_at.items():
            if start < 3 or self.doc[start - 1].text not in {"'", "’", "'s", "’s"}:
                continue
            owner = self.doc[max(0, start - 4):start - 1].text.lower()
            if not re.search(r"\b(?:two|both)\s+(?:institutions|universities|parties|sides)$", owner):
                continue
            if end >= len(self.doc) or self.doc[end].text != ",":
                continue
            first = self.mention(end + 1, "person")
            if first is None:
                continue
            words = self.doc[first.mention.token_end:first.mention.token_end + 5].text
            if not re.match(r"\s*,?\s*and\s+(?:his|her|their)\s+counterparts?\s+(?:from|of|at)\b", words):
                continue
            org = self.mention(first.mention.token_end + 5, "organization") or self.mention(first.mention.token_end + 6, "organization")
            if org is None:
                continue
            k = org.mention.token_end
            if k < len(self.doc) and self.doc[k].text == ",":
                k += 1
            second = self.mention(k, "person")
            if second is None:
                continue
            others = [o for o in self._pair_before(start) if o.entity.id != org.entity.id]
            yield from self.facts(second, org, (start, end), "counterpart from ORG", 0.75)
            if len(others) == 1:
                yield from self.facts(first, others[0], (start, end), "the two institutions' TITLE", 0.7)

    def counterpart_from(self, found: list[RoleFact]):
        """"TPU Rector Andrei Gorshkov and his counterpart from HUST, Nguyen Van Hoa": the second
        person holds the first one's title in the counterpart's organisation."""
        titles = {f.person.id: f for f in found}
        for token in self.doc:
            if token.lower_ != "counterpart" or token.i + 2 >= len(self.doc):
                continue
            named = self.ending.get(token.i)  # "his HIT counterpart, Vice President Prof. Y": the counterpart's organisation before the word
            if named is not None and named.mention.kind == "organization" and named.mention.token_start > 0 \
                    and self.doc[named.mention.token_start - 1].lower_ in {"his", "her", "their"} and self.doc[token.i + 1].text == ",":
                yield from self._counterpart_of_org(token.i, named, titles)
                continue
            j = token.i - 1
            while j >= 0 and (self.doc[j].lower_ in {"his", "her", "their", "and", ","} or self.doc[j].lower_ in POSTNOMINALS
                              or (j == token.i - 1 and country_of_adjective(self.doc[j].text) is not None)):  # "her Ivorian counterpart"
                j -= 1
            first = self.ending.get(j + 1)
            first = first if first is not None and first.mention.kind == "person" else None
            if first is None and starts_a_sentence(self.doc, j + 1) and self.doc[j + 1].lower_ in {"his", "her", "their"}:
                first = self._titled_before(j + 1, titles)  # "UTalca rector X thanked ... . Her counterpart at UFRO, Y, said"
            if self.doc[token.i + 1].text == "," and token.i + 2 in self.title_at:
                yield from self._untold_counterpart(token.i, first, titles)
                continue
            if self.doc[token.i + 1].text == ",":
                yield from self._counterpart_as_titled(token.i, first, titles)
                continue
            if self.doc[token.i + 1].lower_ not in {"from", "of", "at"}:
                continue
            org = self.mention(token.i + 2 + (self.doc[token.i + 2].lower_ == "the"), "organization")
            if org is None:
                continue
            k = org.mention.token_end + (org.mention.token_end < len(self.doc) and self.doc[org.mention.token_end].text == ",")
            second = self.mention(self.title_at[k], "person") if k in self.title_at else None
            if second is not None:  # "..., Rector Prof. X": a title of the counterpart's own
                for fact in self.facts(second, org, (k, self.title_at[k]), "his counterpart from ORG, TITLE P2", 0.7):
                    yield replace(fact, evidence=(token.idx, second.mention.end))
                continue
            second = self.mention(k, "person")
            if second is None or first is None or first.entity.id not in titles:
                continue
            title = titles[first.entity.id]
            yield RoleFact(
                person=second.entity, organization=org.entity, role=title.role, title=title.title,
                evidence=(first.mention.start, second.mention.end), confidence=0.7, pattern="TITLE P1 and his counterpart from ORG, P2",
            )

    def _counterpart_of_org(self, i: int, org: Linked, titles: dict[str, RoleFact]):
        """"X signed with his HIT counterpart, Vice President Prof. Y": Y holds the title written
        after the comma in HIT; with no title there ("her UFRO counterpart, Dr Y"), the title of
        the person whose counterpart Y is (the one titled person of the sentence before the word)."""
        start = i + 2
        if start in self.title_at:
            second = self.mention(self.title_at[start], "person")
            if second is not None:
                for fact in self.facts(second, org, (start, self.title_at[start]), "his ORG counterpart, TITLE P2", 0.7):
                    yield replace(fact, evidence=(org.mention.start, second.mention.end))
            return
        second = self.mention(start, "person")
        sentence = sentence_of(self.doc, i)
        before = {p.entity.id: p for p in self.linked if p.mention.kind == "person" and sentence.start <= p.mention.token_start < i and p.entity.id in titles}
        if second is None or len(before) != 1:
            return
        title = titles[next(iter(before))]
        if title.organization.id != org.entity.id:
            yield RoleFact(
                person=second.entity, organization=org.entity, role=title.role, title=title.title,
                evidence=(org.mention.start, second.mention.end), confidence=0.7, pattern="TITLE P1 and his ORG counterpart, P2",
            )

    def _titled_before(self, i: int, titles: dict[str, RoleFact]) -> Linked | None:
        """The one person with a title in the sentence before token ``i``."""
        number = sentence_number(self.doc, i)
        if number == 0:
            return None
        previous = sentences(self.doc)[number - 1]
        people = {p.entity.id: p for p in self.linked if p.mention.kind == "person" and previous.start <= p.mention.token_start < previous.end and p.entity.id in titles}
        return next(iter(people.values())) if len(people) == 1 else None

    def _counterpart_as_titled(self, i: int, first: Linked | None, titles: dict[str, RoleFact]):
        """"the Rector of ORG1, P1, and his counterpart, Prof. P2" and "ORG1 rector P1 and her
        Ivorian counterpart, P2": P2 holds P1's title in the other organisation of the pair
        the sentence (or the one before) names, or in the one organisation of the article of
        the country an adjective names."""
        second = self.mention(skip_honorifics(self.doc, i + 2), "person")
        if second is None or first is None or first.entity.id not in titles:
            return
        title = titles[first.entity.id]
        nation = country_of_adjective(self.doc[i - 1].text) if i > 0 else None
        if nation is not None:
            orgs = {o.entity.id: o for o in self.linked if o.mention.kind == "organization" and o.entity.unit_of is None and not o.entity.alliance
                    and o.entity.id != title.organization.id and nation in countries_of_name(o.entity.name, o.entity.country)}
            others = list(orgs.values())
        else:
            others = [o for o in self._pair_before(i) if o.entity.id != title.organization.id]
        if len(others) == 1:
            yield RoleFact(
                person=second.entity, organization=others[0].entity, role=title.role, title=title.title,
                evidence=(first.mention.start, second.mention.end), confidence=0.7, pattern="TITLE P1 and his counterpart, P2",
            )

    def _untold_counterpart(self, i: int, first: Linked | None, titles: dict[str, RoleFact]):
        """"ORG President P1 and his counterpart, Rector P2, signed": P2 holds the title as
        written in the other organisation of the pair the sentence (or the one before) names."""
        start = i + 2
        end = self.title_at[start]
        second = self.mention(end, "person")
        if second is None or first is None or first.entity.id not in titles:
            return
        others = [o for o in self._pair_before(i) if o.entity.id != titles[first.entity.id].organization.id]
        if len(others) == 1:
            for fact in self.facts(second, others[0], (start, end), "TITLE P1 and his counterpart, TITLE P2", 0.7):
                yield replace(fact, evidence=(first.mention.start, second.mention.end))

    def at_home(self, placed: set[str]):
        """A university title with no organisation stated: the title in the organisation the
        sentence says the person stands for ("ORG was represented by Provost X", "On behalf of
        ORG, it was signed by President Y"), else in the organisation the article is about.
        The shapes: "Registrar Prof X", "Dean, Academic Affairs, Prof Y",
        "Director ORIC Engr. Z", "the Dean of International Programmes, Prof. W" (what follows
        the title names a unit or a domain, not an organisation), and "Prof. V, Vice-Rector for
        International Cooperation, who ..."; never right after an organisation ("ORG TITLE" is
        another pattern's), nor for a title of a minister, an ambassador or a network."""
        home = self._home()
        orgs = {i.mention.token_start: i for i in self.linked if i.mention.kind == "organization"}
        for start, end in self.title_at.items():
            title = singular(self.doc[start:end].text)
            slugs = role_slugs(title)
            stated = self._represented(start)
            if stated is None and slugs and slugs[0] in HOME_ROLES:
                said, stated = self._represented_earlier(start)
                if said and stated is None:
                    continue  # "A was represented by P1, and B by Rector P2": whose is not said
            of_a_unit = start > 0 and self.doc[start - 1].lower_ in lexicon.UNIT_WORDS and self.doc[start - 1].text[:1].isupper()
            if not slugs or (slugs[0] not in HOME_ROLES and stated is None and not of_a_unit) or title.lower() == "deputy" or self._represented_unknown(start):
                continue  # ("Campus Principal X": a unit's title, the university's whatever its head)
            if self._org_before(start) is not None or (start > 0 and self.doc[start - 1].text in {"'s", "’s", "'"}) or self._unknown_before(start):
                continue
            person, title_end, unit = self._person_after_domain(end, orgs, stated=stated is not None)
            if person is None:
                person, title_end, unit = self._person_before(start, stated=stated is not None), end, None
                if person is None or (end < len(self.doc) and self.doc[end].lower_ in {"of", "at"} and self.mention(end + 1 + (self.doc[end + 1].lower_ == "the"), "organization")):
                    continue
            if of_a_unit:
                start -= 1  # "Campus Registrar": the unit's word is the title's, as written
            k = person.mention.token_end
            if person.entity.id in placed and self.doc[k:k + 4].text.lower() != ", who is also":
                continue  # "the Chairperson of the Board, X, who is also Vice-Chancellor of ORG": two roles
            if stated is not None:
                yield from self.facts(person, stated, (start, title_end), "ORG was represented by TITLE PERSON", 0.7)
                continue
            acted_for = self._acted_for(k) if k > start else None
            if acted_for is not None:
                yield from self.facts(person, acted_for, (start, title_end), "TITLE PERSON accepted ... for ORG", 0.7)
                continue
            faculty = self._faculty_of_sentence(start) if slugs[0] == "dean" and unit is None else None
            if faculty is not None:
                yield from self.facts(person, faculty, (start, title_end), "Dean X, the faculty its sentence names", 0.65)
                continue
            if unit or home:
                yield from self.facts(person, unit or home, (start, title_end), "TITLE PERSON (in the article's organisation)", 0.6)

    def _person_after_domain(self, end: int, orgs: dict[int, Linked], *, stated: bool = False) -> tuple[Linked | None, int, Linked | None]:
        """(person, end of the title as written, unit) after a title and what completes it
        ("of International Programmes", ", Academic Affairs,", "ORIC", "Faculty of
        Agriculture"), if no organisation but a unit of the article's is among it (any unit
        named alone, when the sentence states whose the title is)."""
        k = end
        unit = None
        limit = min(len(self.doc), end + 9)
        while k < limit:
            token = self.doc[k]
            if k in orgs:
                item = orgs[k]
                if item.mention.source == "acronym" and item.entity.new and item.entity.acronym == item.entity.name:
                    k = item.mention.token_end  # "Director ORIC": an office the article never names in full
                    continue
                if not (is_bare_unit(item.entity) and (item.entity.unit_of or stated)) or unit is not None:  # a unit named alone ("Faculty of Agriculture")
                    return None, end, None
                unit = item
                k = unit.mention.token_end
                continue
            if self.mention(k, "person") is not None:
                title_end = k
                while title_end > end and (self.doc[title_end - 1].text == "," or self.doc[title_end - 1].is_space or is_honorific(self.doc[title_end - 1])):
                    title_end -= 1
                return self.mention(k, "person"), title_end, unit
            if token.text in {",", "&"} or token.is_space or token.lower_ in {"of", "for", "and", "the"} or (token.text[:1].isupper() and token.is_alpha) or token.text.endswith(".") \
                    or (stated and token.is_lower and token.is_alpha and not token.is_stop):  # "represented by its director of education, X"
                k += 1
                continue
            return None, end, None
        return None, end, None

    def _represented(self, start: int) -> Linked | None:
        """The organisation a title with none of its own stands for in its sentence: "ORG was
        represented by TITLE X", "On behalf of ORG, ... was signed by TITLE X"."""
        sentence = sentence_of(self.doc, start)
        words = [t.lower_ for t in self.doc[max(sentence.start, start - 6):start]]
        text = " ".join(words)
        match = re.search(r"(?:was|were|is|are|will be|be|,)\s+represented\s+by(?:\s+its|\s+the)?$", text)
        if match:
            k = start - len(match.group(0).split())
            org = self.ending.get(k)
            if org is not None and org.mention.kind == "organization":
                return org
            if self.doc[k].text == ",":  # "ORG (ACR), represented by its director, X"
                j = k - 3 if k >= 3 and self.doc[k - 1].text == ")" and self.doc[k - 3].text == "(" else k
                org = self.ending.get(j)
                return org if org is not None and org.mention.kind == "organization" else None
            if k >= 2 and self.doc[k - 1].lower_ in {"which", "that"} and self.doc[k - 2].text == ",":  # "ORG (ACR), which was represented by its Deputy Rector, X"
                j = k - 5 if k >= 5 and self.doc[k - 3].text == ")" and self.doc[k - 5].text == "(" else k - 2
                org = self.ending.get(j)
                if org is not None and org.mention.kind == "organization":
                    return org
            if self.doc[k - 1].text == ",":  # "UCA, which has campuses in A, B and C, was represented by"
                org = self._before_relative_clause(sentence.start, k - 1)
                if org is not None and org.mention.kind == "organization":
                    return org
            begin = k  # "The Danish university was represented by", "while Cádiz was represented by"
            while begin > sentence.start and k - begin < 4 and self.doc[begin - 1].text not in {",", ";"} and self.doc[begin - 1].lower_ not in {"while", "whereas", "and"}:
                begin -= 1
            referred = self._org_referred(begin)
            return referred[0] if referred is not None and referred[1] == k else None
        if self.doc[sentence.start:sentence.start + 3].text.lower() == "on behalf of" and re.search(r"\bby$", text):
            return self.mention(sentence.start + 3 + (self.doc[sentence.start + 3].lower_ == "the"), "organization")
        return self._signed_on_behalf_by(start) or self._gapped_represented(start)

    def _before_relative_clause(self, begin: int, k: int) -> Linked | None:
        """"UCA, which has campuses in A, B and C, was represented by", "LIU (LIU), a private
        university with campuses in A and B, was represented by": the organisation before the
        relative clause or the apposition that ends at the comma ``k``."""
        for c in range(k - 1, begin, -1):
            if self.doc[c].text == "," and self.doc[c + 1].lower_ in {"which", "that", "whose", "a", "an", "the"}:
                j = c - 3 if c >= 3 and self.doc[c - 1].text == ")" and self.doc[c - 3].text == "(" else c
                return self.ending.get(j)
        return None

    def _gapped_represented(self, start: int) -> Linked | None:
        """"A was represented by P1, and B by Vice President P2": the verb said once, B is the
        organisation of the title after its "by"."""
        sentence = sentence_of(self.doc, start)
        k = start - 1
        if k > sentence.start and self.doc[k].lower_ in {"its", "the"}:
            k -= 1
        if k <= sentence.start or self.doc[k].lower_ != "by":
            return None
        org = self.ending.get(k)
        if org is None or org.mention.kind != "organization":
            return None
        before = org.mention.token_start - (self.doc[org.mention.token_start - 1].lower_ == "the")
        if self.doc[before - 1].lower_ != "and" or "represented by" not in self.doc[sentence.start:before].text.lower():
            return None
        return org

    def _signed_on_behalf_by(self, start: int) -> Linked | None:
        """"signed on behalf of ORG (ACR) by TITLE X" and "... by Dr. X, TITLE": the organisation
        the person signed for, when only the person (and honorifics) stand between "by" and the
        title."""
        k = start
        if k >= 2 and self.doc[k - 1].text == ",":
            person = self.ending.get(k - 1)
            if person is None or person.mention.kind != "person":
                return None
            k = person.mention.token_start
            while k > 0 and is_honorific(self.doc[k - 1]):
                k -= 1
        if k < 1 or self.doc[k - 1].lower_ != "by":
            return None
        end = k - 1
        if end >= 3 and self.doc[end - 1].text == ")" and self.doc[end - 3].text == "(":
            end -= 3  # "on behalf of Sultan Qaboos University (SQU) by"
        org = self.ending.get(end)
        if org is None or org.mention.kind != "organization":
            return None
        begin = org.mention.token_start - (self.doc[org.mention.token_start - 1].lower_ == "the")
        return org if self.doc[max(0, begin - 3):begin].text.lower() == "on behalf of" else None

    def _represented_earlier(self, start: int) -> tuple[bool, Linked | None]:
        """(whether the sentence says earlier whom an organisation sent, that organisation):
        "ORG was represented by its Vice-Rector, X, who presented greetings from Rector Y": a
        title with no organisation later in that sentence is held in ORG, when no other
        organisation is named between (else in none known)."""
        sentence = sentence_of(self.doc, start)
        for k in range(start - 2, sentence.start, -1):
            if self.doc[k:k + 2].text.lower() != "represented by":
                continue
            verb = k - 1
            org = self.ending.get(verb) if verb >= 1 and self.doc[verb].lower_ in {"was", "were", "is", "are"} else None
            between = [i for i in self.linked if i.mention.kind == "organization" and k < i.mention.token_start < start]
            if org is None or org.mention.kind != "organization" or any(i.entity.id != org.entity.id for i in between):
                return True, None
            return True, org
        return False, None

    def _unknown_before(self, start: int) -> bool:
        """A capitalised word right before a title, inside a sentence ("Go8 Chair X", "U15
        Canada Executive Director Y"): the title's own organisation, which no pattern found."""
        if start == 0 or starts_a_sentence(self.doc, start - 1):
            return False
        token = self.doc[start - 1]
        if token.lower_ in lexicon.UNIT_WORDS:
            return False  # "Campus Registrar X", "Faculty Dean Y": a unit's title, no organisation's name
        return token.text[:1].isupper() and token.text.isalnum() and not token.is_stop and not is_honorific(token)

    def _person_before(self, start: int, *, stated: bool = False) -> Linked | None:
        """"Prof. V, Vice-Rector for ..., who": the person right before ", TITLE"; any end of
        the apposition when the sentence says whom the person stands for ("signed on behalf
        of ORG by Dr. X, Vice-Chancellor, while ...")."""
        if start < 2 or self.doc[start - 1].text != ",":
            return None
        person = self.ending.get(start - 1)
        if person is None or person.mention.kind != "person":
            return None
        end = start
        while end < len(self.doc) and self.doc[end].text not in {",", ".", ";"}:
            end += 1
        tail = self.doc[start:end]
        if any(i.mention.kind == "organization" and start <= i.mention.token_start < end for i in self.linked):
            return None
        if stated and len(tail) <= 8 and (end >= len(self.doc) or self.doc[end].text in {",", ".", ";"}):
            return person
        return person if end < len(self.doc) and self.doc[end].text == "," and end + 1 < len(self.doc) and self.doc[end + 1].lower_ in {"who", "which", "said", "says"} and len(tail) <= 8 else None

    def _faculty_of_sentence(self, i: int) -> Linked | None:
        """The one faculty, school or college its sentence names before token ``i``, whose dean a
        "Dean X" with no organisation is ("The Faculty of Engineering of ORG signed ...; the
        agreement was signed by Dean Dr. X"), as the university it belongs to when one is named
        with it; else None."""
        sentence = sentence_of(self.doc, i)
        found = {
            item.entity.id: item for item in self.linked
            if item.mention.kind == "organization" and sentence.start <= item.mention.token_start < i
            and item.entity.name.split()[0] in {"Faculty", "School", "College"} and item.entity.name.split()[1:2] == ["of"]
        }
        if len(found) != 1:
            return None
        faculty = next(iter(found.values()))
        parent = next((o for o in self.linked if o.entity.id == faculty.entity.unit_of), None)
        return parent or faculty

    def _acted_for(self, k: int) -> Linked | None:
        """The organisation a person named at ``k`` acted for, in the clause after the name:
        "Rector Dr. X accepted the certificate for the University of Y", "Dean Z signed on
        behalf of ORG" (a verb of accepting, signing or receiving, then "for" or "on behalf of"
        and the organisation, before any comma or semicolon)."""
        j = k
        while j < len(self.doc) and j - k < 10 and self.doc[j].text not in {",", ";", ".", ":"} and self.doc[j].lower_ not in {"and", "while", "who"}:
            if self.doc[j].lower_ == "for" or self.doc[j:j + 3].text.lower() == "on behalf of":
                verb = any(_ACTING.match(t.lower_) for t in self.doc[k:j])
                at = j + (1 if self.doc[j].lower_ == "for" else 3)
                org = self.mention(at + (at < len(self.doc) and self.doc[at].lower_ == "the"), "organization")
                return org if verb else None
            j += 1
        return None

    def _home(self) -> Linked | None:
        """A mention of the organisation the article is about (:func:`.linking.home_organisation`)."""
        home = home_organisation(self.linked)
        return next((i for i in self.linked if home is not None and i.entity.id == home.id), None)

    def _pair_before(self, i: int) -> list[Linked]:
        """The two organisations the text named together last before token ``i`` (this
        sentence or the one before)."""
        sentence = sentence_of(self.doc, i)
        start = sentence.start
        previous = [s for s in sentences(self.doc) if s.end <= start and s.text.strip()]
        if previous:
            start = previous[-1].start
        orgs = [item for item in self.linked if item.mention.kind == "organization" and start <= item.mention.token_start < i]
        distinct: dict[str, Linked] = {}
        for item in orgs:
            distinct.setdefault(item.entity.id, item)
        return list(distinct.values())[:2] if len(distinct) == 2 else []

    def honorary(self):
        for sentence in sentences(self.doc):
            words = [t.lower_ for t in sentence]
            for k, word in enumerate(words[:-1]):
                if word != "honorary" or not words[k + 1].startswith("professor"):
                    continue
                at = sentence.start + k
                org = None
                if at >= 2 and self.doc[at - 1].text in {"'s", "’s"}:
                    found = self.ending.get(at - 1)
                    org = found if found and found.mention.kind == "organization" else None
                if org is None and at + 2 < len(self.doc) and self.doc[at + 2].lower_ == "of":
                    chain = self.org_chain_end(at + 3)
                    org = chain[0] if chain else None
                if org is None:
                    continue
                person = None
                for j in range(at + 2, sentence.end):
                    if self.doc[j].lower_ in {"to", "on", "upon"}:
                        person = self.mention(j + 1, "person")
                        if person:
                            break
                if person is None:
                    continue
                title = f"honorary {self.doc[at + 1].text}"
                yield RoleFact(
                    person=person.entity, organization=org.entity, role="honorary-professor", title=title,
                    evidence=(org.mention.start, person.mention.end),
                    confidence=round(min(0.8, person.entity.confidence + 0.2), 2), pattern="ORG's honorary professorship to PERSON",
                )
