"""Response models of the REST API.

The shapes of the answers are the dataclasses of ``unikg.graph.questions`` (FastAPI documents
them in ``/openapi.json`` through pydantic); this module adds the envelopes the routes wrap
them in. Every entity in an answer is ``{"id", "name", "iri"}``: ``id`` is what the routes
accept, ``iri`` the full resource IRI (``https://w3id.org/unikg/id/<kind>/<id>``), which this
server dereferences at ``/id/<kind>/<id>``.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from unikg.graph.questions.alliances import AllianceMember
from unikg.graph.questions.common import Ref
from unikg.graph.questions.partners import CommonPartner, LinkedPartner, SharedOrganization

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items[offset:offset+limit]`` of ``total``."""

    total: int = Field(description="how many items match, on all pages")
    offset: int
    limit: int
    items: list[T]


class Error(BaseModel):
    detail: str = Field(description="what is wrong and how to fix it")
    suggestions: list[str] = Field(default_factory=list, description="close matches of an unknown id")


class PartnersAnswer(BaseModel):
    institution: Ref
    via: str = Field(description="the relation: agreement, alliance or event")
    total: int = Field(description="how many partners, on all pages")
    offset: int
    limit: int
    partners: list[LinkedPartner] = Field(description="one page of the partners, by name")


class SharedPartnersAnswer(BaseModel):
    institution: Ref
    total: int = Field(description="how many organisations share a partner, on all pages")
    offset: int
    limit: int
    organizations: list[SharedOrganization] = Field(description="one page, most shared partners first")


class CommonPartnersAnswer(BaseModel):
    institutions: list[Ref]
    total: int = Field(description="how many partners all of them have, on all pages")
    offset: int
    limit: int
    partners: list[CommonPartner] = Field(description="one page of the partners, by name")


class MembersAnswer(BaseModel):
    alliance: Ref
    members: list[AllianceMember]


class SearchHit(BaseModel):
    id: str
    name: str
    iri: str
    kind: str = Field(description="organization, person, country or city")
    score: float = Field(description="0–100, higher is closer")


class SearchAnswer(BaseModel):
    query: str
    results: list[SearchHit]


class Home(BaseModel):
    name: str
    version: str
    description: str
    links: dict[str, str] = Field(description="the main resources of the API, by name")
    counts: dict[str, int] = Field(description="resources in the graph, by class")


ERRORS = {
    400: {"model": Error, "description": "a name that is ambiguous, or another bad input"},
    404: {"model": Error, "description": "unknown id: the message lists close matches"},
    422: {"model": Error, "description": "invalid parameters: the message says which and why"},
}
