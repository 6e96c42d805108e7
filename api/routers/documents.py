"""``/documents``: the source articles, their text, and every fact taken from each."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from unikg.graph.questions.documents import Document, DocumentSummary

from .. import examples, lookup
from .. import pages
from ..deps import CurrentSnapshot, WantsPage
from ..models import Page
from ..paging import Limit, Offset, page

router = APIRouter(tags=["documents"])


@router.get("/documents", response_model=Page[DocumentSummary], responses=examples.responses("list_documents"))
def list_documents(snapshot: CurrentSnapshot, offset: Offset = 0, limit: Limit = 100):
    """Every source article, by name, with the number of facts and quotes taken from it."""
    return page(*snapshot.documents(offset=offset, limit=limit), offset=offset, limit=limit)


@router.get("/documents/{id}", response_model=Document, responses=examples.responses("get_document", content=examples.PAGE))
def get_document(
    id: Annotated[str, Path(
        min_length=1, max_length=lookup.MAX_NAME, examples=["ensia-nwnu-twinning-2023"],
        description="the id of an article, or its title",
    )],
    snapshot: CurrentSnapshot,
    wants_page: WantsPage,
):
    """One article: metadata, verbatim text, the entities it mentions, and every fact it
    states with its quotes; each quote is ``text[start:end]`` of the article. A browser gets
    its page: the text with every fact's quote highlighted."""
    found = snapshot.document(id)
    return pages.article.page(snapshot, found) if wants_page else found
