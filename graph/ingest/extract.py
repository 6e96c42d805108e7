"""From an article to its extracted facts: sentences, mentions, links, roles, agreements.

>>> from unikg.graph.registry import Registry
>>> from unikg.graph.ingest.text import Article
>>> empty = Registry(organizations={}, people={}, countries={}, cities={})
>>> text = "Northwest Normal University signed a twinning agreement with Lanzhou University on May 17, 2023."
>>> found = extract(Article(text=text, name="a.txt"), registry=empty, document_id="a")
>>> [(a.kinds, [p.id for p in a.parties], a.signed_on) for a in found.agreements]
[(['twinning'], ['northwest-normal-university', 'lanzhou-university'], '2023-05-17')]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

from .. import __version__
from ..errors import UserError
from ..registry import Registry
from .agreements import AgreementFact, find_agreements
from .dates import FoundDate, find_dates, writing_day
from .linking import Entity, Linked, Linker, slugify
from .memberships import MembershipFact, find_memberships
from .pipeline import analyse, build_pipeline, mentions
from .roles import RoleFact, find_roles
from .sentences import sentences
from .text import Article

EXTRACTOR = "unikg-extractor"
VERSION = __version__


@dataclass(frozen=True, kw_only=True)
class Extraction:
    document_id: str
    article: Article
    linked: list[Linked]
    dates: list[FoundDate]
    agreements: list[AgreementFact]
    roles: list[RoleFact]
    memberships: list[MembershipFact] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # character offsets of each sentence

    def sentence_at(self, offset: int) -> str:
        """The sentence that holds the character at ``offset`` (for messages)."""
        for start, end in self.sentences:
            if start <= offset < end:
                return self.article.text[start:end].strip()
        return ""

    @property
    def new_entities(self) -> list[Entity]:
        """Each new entity once, with the spellings it is written with."""
        found: dict[str, Entity] = {}
        for item in self.linked:
            if item.entity.new and item.entity.id not in found:
                found[item.entity.id] = item.entity
        return list(found.values())

    def spellings(self, entity_id: str) -> list[str]:
        seen = []
        for item in self.linked:
            if item.entity.id == entity_id and item.mention.text not in seen:
                seen.append(item.mention.text)
        return seen


def extract(
    article: Article, *, registry: Registry, document_id: str, pipeline: Language | None = None
) -> Extraction:
    """Every fact the extractor finds in the article; UserError when it names no one."""
    nlp = pipeline or build_pipeline(registry)
    doc = analyse(nlp, article.text)
    linked = Linker(registry).link(doc, mentions(doc))
    if not any(item.mention.kind in ("organization", "person") for item in linked):
        raise UserError(
            f"{article.name}: no organisation or person found in the article, so there is nothing "
            "to draft (is it a press release about universities, in English?)"
        )
    roles = find_roles(doc, linked)
    dateline = doc.user_data.get("unikg_dateline", 0)
    today = writing_day(article.text, dateline=dateline)
    agreements = find_agreements(doc, linked, roles, published=today, dateline=dateline)
    pairs = [(a.sentence, a.parties) for a in agreements if not a.is_group]
    memberships = find_memberships(doc, linked, published=today, dateline=dateline, pairs=pairs)
    return Extraction(
        document_id=document_id,
        article=article,
        linked=linked,
        dates=find_dates(article.text, published=today),
        agreements=agreements,
        roles=roles,
        memberships=memberships,
        sentences=[(s.start_char, s.end_char) for s in sentences(doc)],
    )


def document_slug(article: Article, *, taken: set[str]) -> str:
    """A slug for a new article: its title's first words (and year), else its file name.

    >>> document_slug(Article(text="x", name="a.txt", title="XJTU hosts a forum on SCO higher education", published="2024-07-05"), taken=set())
    'xjtu-hosts-a-forum-on-sco-higher-2024'
    """
    if article.title:
        words = slugify(article.title).split("-")[:7]
        base = "-".join(words)
    else:
        stem = article.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        base = slugify(stem)
    if article.published and article.published[:4].isdigit() and not base.endswith(article.published[:4]):
        base = f"{base}-{article.published[:4]}"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
