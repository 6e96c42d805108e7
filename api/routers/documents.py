"""``/documents``: the source articles, their text, and every fact taken from each."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from unikg.graph.questions.documents import Document, DocumentSummary, document, documents
from unikg.graph.store import Store

from .. import examples, lookup
from ..deps import get_store
from ..models import Page
from ..paging import Limit, Offset, page

router = APIRouter(tags=["documents"])


@router.get("/documents", response_model=Page[DocumentSummary], responses=examples.responses("list_documents"))
def list_documents(store: Annotated[Store, Depends(get_store)], offset: Offset = 0, limit: Limit = 100):
    """Every source article, by name, with the number of facts and quotes taken from it."""
    return page(documents(store), offset=offset, limit=limit)


@router.get("/documents/{id}", response_model=Document, responses=examples.responses("get_document"))
def get_document(
    id: Annotated[str, Path(
        min_length=1, max_length=lookup.MAX_NAME, examples=["ensia-nwnu-twinning-2023"],
        description="the id of an article, or its title",
    )],
    store: Annotated[Store, Depends(get_store)],
):
    """One article: metadata, verbatim text, the entities it mentions, and every fact it
    states with its quotes; each quote is ``text[start:end]`` of the article."""
    known = {d.id: d.name for d in documents(store)}
    slug = lookup.among(id, known, what="document")
    return document(store, next(d.iri for d in documents(store) if d.id == slug))
