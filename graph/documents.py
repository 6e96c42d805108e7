"""The source articles and their metadata (``data/documents.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from rdflib import Literal

from . import records as r
from . import yamlfile
from .dates import date_literal
from .errors import UserError


@dataclass(frozen=True, kw_only=True)
class DocumentRecord:
    """An article as ``data/documents.yaml`` lists it, with its text (the API's answer is
    ``questions.documents.Document``)."""

    id: str
    file: str
    text: str
    title: str | None = None
    publisher: str | None = None
    published: Literal | None = None
    source: str | None = None  # the address it was published at (http or https)
    language: str = "en"
    note: str | None = None
    where: str = ""


def load_documents(data_dir: Path) -> dict[str, DocumentRecord]:
    path = data_dir / "documents.yaml"
    documents: dict[str, DocumentRecord] = {}
    for node in r.records(path, yamlfile.load(path), "documents"):
        r.check_record(
            path, node, required={"id", "file"},
            optional={"title", "publisher", "published", "source", "language", "note"}, what="document",
        )
        file = r.text(path, node, "file")
        published = node.get("published")
        try:
            published = date_literal(published) if published is not None else None
        except UserError as error:
            raise UserError(f"{r.where(path, node, 'published')}: {error}") from None
        document = DocumentRecord(
            id=r.slug(path, node, "id"),
            file=file,
            text=_read_text(data_dir, file, r.where(path, node, "file")),
            title=r.text(path, node, "title"),
            publisher=r.slug(path, node, "publisher"),
            published=published,
            source=_source(path, node),
            language=r.text(path, node, "language") or "en",
            note=r.text(path, node, "note"),
            where=r.where(path, node),
        )
        if document.id in documents:
            raise UserError(f"{document.where}: document id {document.id!r} is used twice")
        documents[document.id] = document
    return documents


def _source(path: Path, node) -> str | None:
    """The ``source:`` URL of an article: an absolute http(s) address, or nothing."""
    source = r.text(path, node, "source")
    if source is None:
        return None
    parts = urlsplit(source)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in source):
        raise UserError(
            f"{r.where(path, node, 'source')}: source {source!r} is not an http or https address "
            "(the page the article was published at, e.g. https://example.org/news/1)"
        )
    return source


def _read_text(data_dir: Path, file: str, where: str) -> str:
    """The text of an article file, which must lie inside ``data_dir`` (no ``..``, no absolute
    path, no symbolic link out of it).

    >>> _read_text(Path("data"), "../../etc/passwd", "documents.yaml:3")
    Traceback (most recent call last):
    ...
    unikg.graph.errors.UserError: documents.yaml:3: file '../../etc/passwd' must be inside data
    """
    if "\x00" in file:
        raise UserError(f"{where}: file {file!r} contains a NUL character; give a relative file name")
    path = (data_dir / file).resolve()
    if data_dir.resolve() not in path.parents:
        raise UserError(f"{where}: file {file!r} must be inside {data_dir}")
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise UserError(f"{where}: file {file!r} does not exist") from None
    except UnicodeDecodeError as error:
        raise UserError(f"{where}: {file} is not UTF-8 (byte {error.start})") from None
    except OSError as error:  # a folder, a name too long, no permission, ...
        raise UserError(f"{where}: file {file!r} cannot be read ({error.strerror or error})") from None
