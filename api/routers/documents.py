"""``/documents``: the source articles, their text, and every fact taken from each."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from unikg.graph.namespaces import document_iri, is_slug
from unikg.graph.questions.documents import Document, DocumentSummary, document, is_document, listed, matching

from .. import examples, lookup
from ..deps import facts, get_served, kept, names_of
from ..models import Page
from ..paging import Limit, Offset, page_of
from ..state import Served

router = APIRouter(tags=["documents"])


@router.get("/documents", response_model=Page[DocumentSummary], responses=examples.responses("list_documents"))
def list_documents(
    served: Annotated[Served, Depends(get_served)], offset: Offset = 0, limit: Limit = 100
):
    """Every source article, by name, with the number of facts and quotes taken from it."""
    return page_of(kept(served, matching), facts(served, listed), offset=offset, limit=limit)


@router.get("/documents/{id}", response_model=Document, responses=examples.responses("get_document"))
def get_document(
    id: Annotated[str, Path(
        min_length=1, max_length=lookup.MAX_NAME, examples=["ensia-nwnu-twinning-2023"],
        description="the id of an article, or its title",
    )],
    served: Annotated[Served, Depends(get_served)],
):
    """One article: metadata, verbatim text, the entities it mentions, and every fact it
    states with its quotes; each quote is ``text[start:end]`` of the article."""
    store = served.store
    iri = str(document_iri(id)) if is_slug(id) else None  # an id names its article's IRI
    if iri is None or not is_document(store, iri):  # a title, or an id with a typo
        iri = names_of(served, matching, kind="Document").resolve(id, kinds=("Document",)).iri
    return document(store, iri)
