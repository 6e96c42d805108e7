"""Whose title it is: the organisation of a person's title, a learned decision (``role_organisation``).

The rules of :mod:`.roles` find a person with a title and give the title one organisation:
the one its pattern reads ("X, Rector of ORG", "ORG's Vice-Chancellor X", "its president, X").
Where the patterns read the wrong one ("by its rector, X" in a sentence about another
university; "Director of International Relations" read as the alliance named between), a
classifier weighs every organisation the title could belong to (:func:`.learned.weigh`) and
the most likely one is kept when it is likely enough:

- **candidates** (bounded): the organisations named in the title's sentence and in the one
  before, and the article's most-mentioned organisation and the one it is about
  (:func:`.linking.home_organisation`); the rules' choice is one of them, with ``rule=True``.
  A person and a title written side by side to which no pattern gave an organisation
  (:meth:`_Context.bare_titles`) are weighed too, with no rules' choice, and placed when the
  likeliest candidate reaches :data:`BARE_THRESHOLD`;
- **features** (named, general; no name of any organisation, person or country): where the
  candidate stands ("of" right after the title, a possessive right before it, right before
  the title, after the person, in the sentence, in the sentence before, elsewhere), how far
  (tokens, in buckets), whether it is the sentence's subject, the last organisation named
  before the title, whether another organisation or person stands between,
  the word before it, a pronoun ("its", "his", "her", "their") or "counterpart" before the
  title, "represented by" or "on behalf of" before it, its kind (a unit, an alliance, a
  ministry, a university) against the title's concept, and whether the article names it
  most or is about it;
- **labels** (:func:`label`): the person is a gold person with a gold role of this title
  (:func:`.gold.role_matches`) in the candidate (units rolled up, as the scores match them)
  → yes; a gold person whose roles of this title are in other organisations → no; else the
  gold cannot say.

Without a shipped model the rules' choice stands (its weight is 1.0, every other 0.0) and
no title beside a name is placed. The figures (leave one blind set out) are in
``bench/RESULTS.md``, round 9 part B.
"""

from __future__ import annotations
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from . import learned
from .linking import Linked, home_organisation, is_bare_unit
from .people import is_honorific, skip_honorifics
from .sentences import sentence_number, sentences
from .titles import role_slugs, singular

if TYPE_CHECKING:
    from .gold import Alignment
    from .roles import RoleFact

NAME = "role_organisation"
# A candidate the rules did not choose replaces their choice only when the classifier gives
# it at least this probability.
# (0.5: the rules' choice carries a weight no other candidate has overcome in any fold.)
THRESHOLD = 0.5
# A person and a title written side by side that no pattern gave an organisation get the most
# likely candidate when it has at least this probability (no candidate there has the rules'
# weight). Chosen by leaving one blind set out (bench/extraction_cv.py), roles F1 over the
# seven sets, each unseen (rules alone 0.906; measured before titles that say whose they are
# were left to the patterns): 0.909 at 0.2, 0.910 at 0.3, 0.908 at 0.4.
BARE_THRESHOLD = 0.3

_UNPLACED = "TITLE PERSON (organisation learned)"
_PRONOUNS = frozenset({"its", "his", "her", "their"})
_CLAUSE_BREAKS = frozenset({";", "which", "who", "while", "whereas", "whose", "where"})
_BEFORE_WORDS = frozenset({"of", "at", "from", "by", "with", "and", "for", "the", "'s", "’s", ",", "(", "between", "to", "in"})
_GOVERNMENT = frozenset({"minister", "ambassador"})  # placed by the patterns of roles.py alone
_MINISTERIAL = frozenset({"minister", "ambassador", "secretary-general"})  # titles of a government or a network


def choose(doc: Doc, linked: list[Linked], facts: list[RoleFact]) -> list[RoleFact]:
    """``facts`` with each title's organisation decided by the classifier among the candidates
    (the rules' choice when no model is shipped, or when no other candidate is likely enough)."""
    context = _Context(doc, linked)
    groups: dict[tuple, list[RoleFact]] = {}
    for fact in facts:
        groups.setdefault((fact.person.id, fact.title, fact.organization.id, fact.evidence), []).append(fact)
    chosen: dict[tuple, RoleFact] = {}
    for group in groups.values():
        for fact in context.decide(group):
            chosen.setdefault((fact.person.id, fact.role, fact.organization.id), fact)
    for fact in context.unclaimed(facts):
        chosen.setdefault((fact.person.id, fact.role, fact.organization.id), fact)
    return list(chosen.values())


def label(record: learned.Record, alignment: Alignment) -> bool | None:
    """Whether the candidate organisation is the one the gold gives the person's title."""
    from .gold import role_matches  # gold reads articles through the extractor: imported when training

    person, organisation, title, role = record.candidate
    key = alignment.person_key(person)
    if key is None:
        return None
    wanted = {g.organisation for g in alignment.gold.roles if g.person == key and g.organisation and role_matches(title, role, g.role)}
    if not wanted:
        return None  # not the person's title in the gold (an extra whatever its organisation)
    return alignment.org_key(organisation) in wanted


def _unknown_word(token) -> bool:
    """A capitalised word or an acronym that no pattern found as a name ("ULBS", "Go8")."""
    return token.text[:1].isupper() and token.text.isalnum() and not token.is_stop and not is_honorific(token)


class _Context:
    def __init__(self, doc: Doc, linked: list[Linked]):
        self.doc = doc
        self.orgs = sorted((i for i in linked if i.mention.kind == "organization"), key=lambda i: i.mention.token_start)
        self.org_starts = [i.mention.token_start for i in self.orgs]
        self.people = sorted((i for i in linked if i.mention.kind == "person"), key=lambda i: i.mention.token_start)
        self.person_starts = [i.mention.token_start for i in self.people]
        self.in_sentence: dict[int, list[Linked]] = {}
        for item in self.orgs:
            self.in_sentence.setdefault(item.mention.sentence, []).append(item)
        counts = Counter(i.entity.id for i in self.orgs if i.entity.unit_of is None)
        top = counts.most_common(2)
        self.most = top[0][0] if top and (len(top) == 1 or top[1][1] < top[0][1]) else None  # the one most mentioned, if one is
        self.counts = counts
        home = home_organisation(linked)
        self.home = home.id if home is not None else None
        titles = sorted(doc.user_data.get("unikg_titles", []))
        self.titles = [(s, e) for s, e in titles if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in titles)]
        self.sentence_starts = [s.start for s in sentences(doc)]

    # -- where the fact is ----------------------------------------------------------------

    def _located(self, fact: RoleFact) -> tuple[Linked, tuple[int, int]] | None:
        """The person's mention and the title's token span of a fact of the rules."""
        start, end = fact.evidence
        person = next((p for p in self.people if p.entity.id == fact.person.id and start <= p.mention.start and p.mention.end <= end), None)
        if person is None:
            return None
        wanted = fact.title.lower()
        spans = [
            (s, e) for s, e in self.titles
            if start <= self.doc[s].idx < end and singular(self.doc[s:e].text).lower() in wanted
        ]
        if not spans:
            return None
        at = person.mention.token_start
        return person, min(spans, key=lambda span: min(abs(span[0] - at), abs(span[1] - at)))

    def candidates(self, person: Linked, title: tuple[int, int]) -> dict[str, Linked]:
        """Per organisation, its mention nearest the title: those of the title's sentence and
        the one before, the article's most-mentioned organisation and its home."""
        number = sentence_number(self.doc, title[0])
        found: dict[str, Linked] = {}

        def nearer(item: Linked) -> None:
            known = found.get(item.entity.id)
            if known is None or self._gap(item, title, person) < self._gap(known, title, person):
                found[item.entity.id] = item

        for item in self.in_sentence.get(number - 1, []) + self.in_sentence.get(number, []):
            nearer(item)
        for ident in (self.most, self.home):
            if ident is not None and ident not in found:
                mentions = [i for i in self.orgs if i.entity.id == ident]
                before = [i for i in mentions if i.mention.token_start < title[0]]
                found[ident] = before[-1] if before else mentions[0]
        return found

    def _gap(self, item: Linked, title: tuple[int, int], person: Linked) -> int:
        lo = min(title[0], person.mention.token_start)
        hi = max(title[1], person.mention.token_end)
        if item.mention.token_end <= lo:
            return lo - item.mention.token_end
        if item.mention.token_start >= hi:
            return item.mention.token_start - hi
        return 0

    def bare_titles(self, facts: list[RoleFact]) -> list[tuple[Linked, tuple[int, int]]]:
        """(person, title) written side by side of a person no pattern gave a role: "TITLE
        PERSON", "TITLE, PERSON", "PERSON, TITLE", "PERSON, the TITLE", and with a complement
        of a few words that names an organisation found ("X, Chair of the ORG Board,"); the
        title's organisation is for the classifier alone to find. Left to the patterns of
        :mod:`.roles`, which place such a title when they can and judge it unknown when not: a
        title that says whose it is otherwise ("of the university", "at the ministry", "of <a
        name not found>", "its president", "Kx8 Chair X", "Chile President X"), and a
        minister's or an ambassador's (with no ministry or embassy found, none in the article)."""
        claimed = {f.person.id for f in facts}
        doc = self.doc
        starts = {p.mention.token_start: p for p in self.people}
        ends = {p.mention.token_end: p for p in self.people}
        found = []
        for s, e in self.titles:
            slugs = set(role_slugs(singular(doc[s:e].text)))
            if not slugs or slugs & _GOVERNMENT or e - s == 1 and is_honorific(doc[s]):
                continue  # "..., Professor X": an honorific; "Ambassador X": a country's, not a university's
            if s > 0 and _unknown_word(doc[s - 1]):
                continue  # "Kx8 Chair X", "Chile President X": the title's own, which no pattern found
            if s > 0 and doc[s - 1].lower_ in _PRONOUNS:
                continue  # "represented by its Dean, P", "led by its president": whose, roles.py says when it can
            k = e
            if k < len(doc) and doc[k].lower_ in {"of", "for", "at"}:  # "the Vice-Rector of the X institution, PERSON"
                comma = next((c for c in range(k + 1, min(len(doc), k + 7)) if doc[c].text in {",", ".", ";", "("}), len(doc))
                if bisect_left(self.org_starts, comma) == bisect_left(self.org_starts, k + 1):
                    continue  # "of the university", "at the ministry", "of <a name not found>": whose, roles.py says when it can
                k = comma
            k += k < len(doc) and doc[k].text == ","
            person = starts.get(skip_honorifics(doc, k)) if k < len(doc) else None
            before = s - (s >= 1 and doc[s - 1].lower_ in {"the", "a"})  # "PERSON, the dean of ..."
            if person is None and before >= 2 and doc[before - 1].text == ",":
                person = ends.get(before - 1)
            if person is not None and person.entity.id not in claimed:
                claimed.add(person.entity.id)
                found.append((person, (s, e)))
        return found

    def unclaimed(self, facts: list[RoleFact]) -> list[RoleFact]:
        """Roles of the people of :meth:`bare_titles` in the candidate the classifier finds
        likely enough (none without a model: the rules found no organisation)."""
        from .roles import RoleFact  # roles calls this module: imported on use

        made = []
        for person, (s, e) in self.bare_titles(facts):
            title = singular(self.doc[s:e].text)
            slugs = role_slugs(title)
            found = self.candidates(person, (s, e))
            if not found:
                continue
            weights = {
                ident: learned.weigh(NAME, self.features(item, person, (s, e), role=slugs[0], unplaced=True), candidate=(person.entity, item.entity, title, slugs[0]), rule=False)
                for ident, item in found.items()
            }
            best = max(weights, key=weights.get)
            if weights[best] < BARE_THRESHOLD:
                continue
            org = found[best]
            start = min(person.mention.start, org.mention.start, self.doc[s].idx)
            end = max(person.mention.end, org.mention.end, self.doc[e - 1].idx + len(self.doc[e - 1].text))
            made += [
                RoleFact(person=person.entity, organization=org.entity, role=slug, title=title, evidence=(start, end),
                         confidence=round(min(0.6, weights[best]), 2), pattern=_UNPLACED)
                for slug in slugs
            ]
        return made

    # -- the decision ---------------------------------------------------------------------

    def decide(self, group: list[RoleFact]) -> list[RoleFact]:
        fact = group[0]
        located = self._located(fact)
        if located is None:
            return group
        person, title = located
        found = self.candidates(person, title)
        rule = fact.organization.id
        if rule not in found:
            return group  # the rules' organisation is named far off: their reading stands
        weights = {
            ident: learned.weigh(NAME, self.features(item, person, title, role=fact.role), candidate=(fact.person, item.entity, fact.title, fact.role), rule=ident == rule)
            for ident, item in found.items()
        }
        best = max(weights, key=lambda ident: (weights[ident], ident == rule))
        if best == rule or weights[best] < THRESHOLD:
            return group
        other = found[best]
        start = min(fact.evidence[0], other.mention.start)
        end = max(fact.evidence[1], other.mention.end)
        return [replace(f, organization=other.entity, evidence=(start, end), pattern=f"{f.pattern} (organisation learned)") for f in group]

    def features(self, item: Linked, person: Linked, title: tuple[int, int], *, role: str | None, unplaced: bool = False) -> learned.Features:
        """The named features of ``item`` as the organisation of ``person``'s ``title``."""
        doc = self.doc
        m = item.mention
        number = sentence_number(doc, title[0])
        f: learned.Features = {}
        gap = self._gap(item, title, person)
        if m.sentence == number:
            f["same_sentence"] = 1.0
        elif m.sentence == number - 1:
            f["previous_sentence"] = 1.0
        else:
            f["elsewhere"] = 1.0
        if m.sentence == number:
            f["distance<=1" if gap <= 1 else "distance<=3" if gap <= 3 else "distance<=8" if gap <= 8 else "distance<=20" if gap <= 20 else "distance>20"] = 1.0
        lo, hi = min(title[0], person.mention.token_start), max(title[1], person.mention.token_end)
        if m.token_end <= lo:
            f["before"] = 1.0
            between = range(m.token_end, lo)
        elif m.token_start >= hi:
            f["after"] = 1.0
            between = range(hi, m.token_start)
        else:
            f["inside"] = 1.0  # between the title and the name ("Rector of ORG, X")
            between = range(m.token_end, hi)
        k = title[1]
        if m.token_start in (k + 1, k + 2) and doc[k].lower_ in {"of", "at", "from"}:
            f[f"title_{doc[k].lower_}"] = 1.0  # "Rector of ORG", "Director ... at ORG"
        if m.token_end == title[0] or m.token_end == title[0] - 1 and doc[title[0] - 1].text in {"'s", "’s"}:
            f["right_before_title"] = 1.0
            if doc[title[0] - 1].text in {"'s", "’s"}:
                f["possessive"] = 1.0
        if m.token_start >= person.mention.token_end and doc[person.mention.token_end:m.token_start].text.strip() in {"of", "at", "from", ", of", ", at"}:
            f["person_of"] = 1.0  # "Rector X of ORG"
        before = doc[m.token_start - 1].lower_ if m.token_start > 0 else ""
        if before in _BEFORE_WORDS:
            f[f"word_before={before}"] = 1.0
        if doc[max(0, m.token_start - 3):m.token_start].text.lower().endswith("on behalf of") or doc[max(0, m.token_start - 4):m.token_start].text.lower().endswith("on behalf of the"):
            f["on_behalf_of"] = 1.0
        start = self.sentence_starts[number]
        here = self.in_sentence.get(number, [])
        if m.sentence == number and here[0].mention.token_start == m.token_start:
            f["first_of_sentence"] = 1.0
            if m.token_start - start <= 2:
                f["subject"] = 1.0
        previous = [o for o in here if o.mention.token_end <= title[0]]
        if previous and previous[-1].entity.id == item.entity.id:
            f["last_named"] = 1.0
        if any(o.entity.id != item.entity.id for o in self.orgs[bisect_left(self.org_starts, between.start):bisect_left(self.org_starts, between.stop)]):
            f["orgs_between"] = 1.0
        if any(p.entity.id != person.entity.id for p in self.people[bisect_left(self.person_starts, between.start):bisect_left(self.person_starts, between.stop)]):
            f["person_between"] = 1.0
        if m.sentence == number and any(doc[k].lower_ in _CLAUSE_BREAKS for k in between):
            f["other_clause"] = 1.0
        pronoun = any(doc[j].lower_ in _PRONOUNS for j in range(max(start, title[0] - 2), title[0]))
        if pronoun:
            f["pronoun"] = 1.0
            if "last_named" in f:
                f["pronoun&last_named"] = 1.0
            if "subject" in f:
                f["pronoun&subject"] = 1.0
        context = doc[max(start, title[0] - 6):title[0]].text.lower()
        if "represented by" in context:
            f["represented"] = 1.0
        if "counterpart" in context:
            f["counterpart"] = 1.0
        if unplaced:
            f["unplaced"] = 1.0  # no pattern read an organisation for this title
        entity = item.entity
        kind = "alliance" if entity.alliance else "unit" if entity.unit_of is not None or is_bare_unit(entity) else (entity.org_kind or "organisation")
        f[f"kind={kind}"] = 1.0
        if entity.name.lower().startswith("ministry") or (entity.org_kind or "") == "government":
            f["ministry"] = 1.0
        if role in _MINISTERIAL:
            f[f"ministerial&kind={kind}"] = 1.0
        if entity.id == self.most:
            f["most_mentioned"] = 1.0
        if entity.id == self.home:
            f["home"] = 1.0
        if self.counts.get(entity.id, 0) >= 3:
            f["mentions>=3"] = 1.0
        return f
