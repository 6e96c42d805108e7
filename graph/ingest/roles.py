"""Roles: who holds which title in which organisation, from the words around a role title.

The patterns (a TITLE is a phrase of :data:`.lexicon.ROLE_TITLES` with a role slug):

- **ORG TITLE PERSON**: "XJTU President Wang Shuguo" (also "ORG's TITLE PERSON"); a list that
  goes on with "TITLE PERSON" items keeps the organisation: "..., VP Xi Guang, and VP Zhang
  Hanrong";
- **TITLE of ORG PERSON**: "Chancellor of the China University of Petroleum Chen Feng",
  "Head of KazNU Zhanseit Tuimebayev" (the organisation may be followed by its acronym in
  brackets and "of the PARENT": the role is in the first one);
- **PERSON, TITLE of ORG (and TITLE of ORG)**: "Zhang Liqun, academician of the Chinese
  Academy of Engineering and president of Xi'an Jiaotong University" (a bracket after the name
  and an article before the title may come between: "Zhang Liqun (L), an academician of");
- **ORG's honorary professorship ... to PERSON** (or "honorary professor of ORG"): the
  honorary-professor role.

Titles without a role in the vocabulary (dean, director, professor) mark people but give no
role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from . import lexicon
from .linking import Entity, Linked
from .folding import fold


@dataclass(frozen=True, kw_only=True)
class RoleFact:
    person: Entity
    organization: Entity
    role: str  # a slug of the roles vocabulary
    title: str  # as written
    evidence: tuple[int, int]  # character offsets
    confidence: float
    pattern: str


def role_slug(title: str) -> str | None:
    """
    >>> role_slug("Chairman of the Board-Rector"), role_slug("VP"), role_slug("Dean")
    ('chairman-rector', 'vice-president', None)
    """
    return lexicon.ROLE_TITLES.get(re.sub(r"\s+", " ", fold(title)).strip())


def find_roles(doc: Doc, linked: list[Linked]) -> list[RoleFact]:
    finder = _Finder(doc, linked)
    found: dict[tuple[str, str, str], RoleFact] = {}
    for fact in finder.all():
        key = (fact.person.id, fact.role, fact.organization.id)
        if key not in found:
            found[key] = fact
    return list(found.values())


class _Finder:
    def __init__(self, doc: Doc, linked: list[Linked]):
        self.doc = doc
        self.at: dict[int, Linked] = {item.mention.token_start: item for item in linked}
        self.ending: dict[int, Linked] = {item.mention.token_end: item for item in linked}
        self.titles = sorted(doc.user_data.get("unikg_titles", []))
        self.title_at = {}
        for start, end in self.titles:  # the longest titles, not the ones inside them
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in self.titles):
                self.title_at[start] = max(end, self.title_at.get(start, end))

    def all(self):
        yield from self.org_title_person()
        yield from self.title_of_org_person()
        yield from self.person_title_of_org()
        yield from self.honorary()

    # -- helpers --------------------------------------------------------------------------

    def skip_space(self, i: int) -> int:
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return i

    def mention(self, i: int, kind: str) -> Linked | None:
        item = self.at.get(self.skip_space(i))
        return item if item is not None and item.mention.kind == kind else None

    def fact(self, person: Linked, org: Linked, title_span: tuple[int, int], pattern: str, confidence: float) -> RoleFact | None:
        title = self.doc[title_span[0]:title_span[1]].text
        slug = role_slug(title)
        if slug is None:
            return None
        tokens = [person.mention, org.mention]
        start = min(m.start for m in tokens)
        start = min(start, self.doc[title_span[0]].idx)
        end = max(m.end for m in tokens)
        end = max(end, self.doc[title_span[1] - 1].idx + len(self.doc[title_span[1] - 1].text))
        return RoleFact(
            person=person.entity, organization=org.entity, role=slug, title=title,
            evidence=(start, end), confidence=round(min(confidence, person.entity.confidence + 0.3, org.entity.confidence + 0.3), 2),
            pattern=pattern,
        )

    def org_chain_end(self, i: int) -> tuple[Linked, int] | None:
        """(first ORG, end) of "(the) ORG (ACR) of the PARENT (ACR)" starting at i."""
        if i < len(self.doc) and self.doc[i].lower_ == "the":
            i += 1
        org = self.mention(i, "organization")
        if org is None:
            return None
        end = org.mention.token_end
        while end < len(self.doc):
            if self.doc[end].text == "(" and end + 2 < len(self.doc) and self.doc[end + 2].text == ")":
                end += 3
            elif self.doc[end].lower_ in {"of", "at"}:
                j = end + 1 + (end + 1 < len(self.doc) and self.doc[end + 1].lower_ == "the")
                parent = self.mention(j, "organization")
                if parent is None:
                    break
                end = parent.mention.token_end
            else:
                break
        return org, end

    # -- patterns -------------------------------------------------------------------------

    def org_title_person(self):
        """ORG (’s) TITLE PERSON, and the list items after it that keep the organisation."""
        for start, end in self.title_at.items():
            i = start - 1
            if i >= 0 and self.doc[i].text in {"'s", "’s"}:
                i -= 1
            org = self.ending.get(i + 1)
            person = self.mention(end, "person")
            if org is None or org.mention.kind != "organization" or person is None:
                continue
            fact = self.fact(person, org, (start, end), "ORG TITLE PERSON", 0.9)
            if fact:
                yield fact
            j = person.mention.token_end
            while True:  # ", VP Xi Guang, and VP Zhang Hanrong"
                k = j
                while k < len(self.doc) and (self.doc[k].text == "," or self.doc[k].lower_ == "and" or self.doc[k].is_space):
                    k += 1
                if k == j or k not in self.title_at:
                    break
                title_end = self.title_at[k]
                other = self.mention(title_end, "person")
                if other is None:
                    break
                fact = self.fact(other, org, (k, title_end), "ORG TITLE PERSON, TITLE PERSON", 0.8)
                if fact:
                    yield replace(fact, evidence=(org.mention.start, other.mention.end))
                j = other.mention.token_end

    def title_of_org_person(self):
        for start, end in self.title_at.items():
            if end >= len(self.doc) or self.doc[end].lower_ != "of":
                continue
            chain = self.org_chain_end(end + 1)
            if chain is None:
                continue
            org, chain_end = chain
            person = self.mention(chain_end, "person")
            if person is not None:
                fact = self.fact(person, org, (start, end), "TITLE of ORG PERSON", 0.9)
                if fact:
                    yield fact

    def person_title_of_org(self):
        for item in self.at.values():
            if item.mention.kind != "person":
                continue
            i = self.skip_space(item.mention.token_end)
            if i + 2 < len(self.doc) and self.doc[i].text == "(" and self.doc[i + 2].text == ")":
                i += 3
            if i >= len(self.doc) or self.doc[i].text != ",":
                continue
            i += 1
            while True:
                i = self.skip_space(i)
                if i < len(self.doc) and self.doc[i].lower_ in {"a", "an", "the"}:
                    i += 1
                if i not in self.title_at:
                    break
                title_end = self.title_at[i]
                if title_end >= len(self.doc) or self.doc[title_end].lower_ != "of":
                    break
                chain = self.org_chain_end(title_end + 1)
                if chain is None:
                    break
                org, chain_end = chain
                if self.mention(chain_end, "person") is not None:
                    break  # "A, Director of B C": the title is C's
                fact = self.fact(item, org, (i, title_end), "PERSON, TITLE of ORG", 0.9)
                if fact:
                    yield replace(fact, evidence=(item.mention.start, org.mention.end))
                j = org.mention.token_end
                if j + 2 < len(self.doc) and self.doc[j].text == "(" and self.doc[j + 2].text == ")":
                    j += 3
                if j < len(self.doc) and self.doc[j].lower_ == "and":
                    i = j + 1
                    continue
                break

    def honorary(self):
        for sentence in self.doc.sents:
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
