"""An article as text: plain text as it is, or the main text of an HTML page, with metadata.

``read_article`` refuses what is not an article (empty, binary, not UTF-8, over the size cap)
with a one-line UserError. HTML is parsed, never run: trafilatura takes the main text out of
the page (dropping menus, footers, scripts and styles) and the metadata comes only from the
page's own tags, in this order of preference:

- title: JSON-LD ``NewsArticle`` ``headline``, ``og:title``, ``<title>``;
- publication date: JSON-LD ``datePublished``, ``article:published_time``, ``<time
  datetime>`` (the ``pubdate`` one first), reduced to the day (``2024-07-05``);
- source: ``og:url``, ``<link rel="canonical">``, JSON-LD ``url``; publisher name:
  ``og:site_name``, JSON-LD ``publisher.name``.

Options (``--title --date --source``) override what the page says.

>>> article = read_article(b"XJTU signed an agreement with Tsinghua University.", name="a.txt")
>>> article.text, article.is_html
('XJTU signed an agreement with Tsinghua University.', False)
>>> page = b'<html><head><title>News</title></head><body><p>Hello from the page.</p></body></html>'
>>> read_article(page, name="p.html").title
'News'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

from ..dates import date_literal
from ..errors import UserError

DEFAULT_MAX_BYTES = 2_000_000

# Leading bytes of common binary formats a curator might drop in by mistake.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP file (a .docx, .xlsx or .epub?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x1f\x8b": "a gzip file",
}
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<!--)", re.I)
_HTML_TAG = re.compile(rb"<(?:p|div|article|body|html|span|h1|h2|br)\b", re.I)


@dataclass(frozen=True, kw_only=True)
class Article:
    text: str
    name: str  # the file name or "-", for messages
    title: str | None = None
    published: str | None = None  # one of the four date forms of data/README.md
    source: str | None = None  # a URL or whatever --source said
    publisher_name: str | None = None
    is_html: bool = False


def read_article(
    data: bytes,
    *,
    name: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
) -> Article:
    """The article in ``data`` (a file's bytes), with metadata from options, else from its tags."""
    text = _decode(data, name=name, max_bytes=max_bytes)
    if _looks_like_html(data, name):
        article = _from_html(text, name=name)
    else:
        article = Article(text=_plain(text), name=name)
    if not article.text.strip():
        raise UserError(f"{name}: the article has no text; give the article's text or its HTML page")
    if date is not None:
        date = checked_date(date, f"--date {date!r}")
    return replace(
        article,
        title=_clean(title) or article.title,
        published=date or article.published,
        source=_clean(source) or article.source,
    )


def _decode(data: bytes, *, name: str, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise UserError(
            f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit for an article "
            "(set UNIKG_INGEST_MAX_BYTES to raise it)"
        )
    if not data.strip():
        raise UserError(f"{name}: the file is empty; give the article's text or its HTML page")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise UserError(f"{name}: this is {what}, not text or HTML; save the article as .txt or .html")
    if _is_utf16(data):
        raise UserError(
            f"{name}: this is UTF-16 text, not UTF-8; convert it first, e.g. iconv -f utf-16 -t utf-8 {name} > article.txt"
        )
    if b"\x00" in data[:65536]:
        raise UserError(f"{name}: this is a binary file (it has NUL bytes), not text or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UserError(
            f"{name}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise UserError(f"{name}: this looks like a binary file ({controls} control characters), not text or HTML")
    return text.removeprefix("\ufeff")


def _is_utf16(data: bytes) -> bool:
    """A UTF-16 byte-order mark, or ASCII text with a NUL byte beside every character."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:4096]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > 0.9 * len(even) or odd.count(0) > 0.9 * len(odd)


def _looks_like_html(data: bytes, name: str) -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 2


def _plain(text: str) -> str:
    """Plain text as it is, with line ends made ``\\n`` and trailing white space removed."""
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip()


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def checked_date(value: str, what: str) -> str:
    """A date in one of the four forms of data/README.md, or a UserError starting with ``what``."""
    try:
        return str(date_literal(value))
    except UserError as error:
        raise UserError(f"{what}: {error}") from None


# -- HTML ------------------------------------------------------------------------------------


def _from_html(html: str, *, name: str) -> Article:
    import lxml.html
    import trafilatura

    options = dict(
        include_comments=False, include_tables=False, include_formatting=False,
        include_links=False, include_images=False, deduplicate=False,
    )
    main = trafilatura.extract(html, favor_precision=True, **options)
    if not main or not main.strip():  # a short page: take what precision mode left out
        main = trafilatura.extract(html, favor_recall=True, **options)
    if not main or not main.strip():
        raise UserError(f"{name}: no article text found in the HTML page (only menus, scripts or markup)")
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    metadata = _metadata(tree) if tree is not None else {}
    return Article(
        text=_plain(main),
        name=name,
        title=metadata.get("title"),
        published=metadata.get("published"),
        source=metadata.get("source"),
        publisher_name=metadata.get("publisher_name"),
        is_html=True,
    )


def _metadata(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    ld = _json_ld_article(tree)
    meta = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        value = _clean(element.get("content"))
        if key and value:
            meta.setdefault(key, value)
    titles = [ld.get("headline"), meta.get("og:title"), _text_of(tree.find(".//title"))]
    dates = [ld.get("datePublished"), meta.get("article:published_time"), meta.get("datepublished"), *_time_dates(tree)]
    sources = [meta.get("og:url"), _canonical(tree), ld.get("url")]
    publisher = ld.get("publisher")
    publishers = [meta.get("og:site_name"), publisher.get("name") if isinstance(publisher, dict) else publisher]
    for key, values in (("title", titles), ("source", sources), ("publisher_name", publishers)):
        value = next((_clean(v) for v in values if isinstance(v, str) and _clean(v)), None)
        if value:
            found[key] = value
    for value in dates:
        day = _day(value)
        if day:
            found["published"] = day
            break
    return found


def _text_of(element) -> str | None:
    return element.text_content() if element is not None else None


def _canonical(tree) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return link.get("href")
    return None


def _time_dates(tree) -> list[str]:
    times = [t for t in tree.iter("time") if t.get("datetime")]
    times.sort(key=lambda t: t.get("pubdate") is None)  # <time pubdate> first
    return [t.get("datetime") for t in times]


def _day(value) -> str | None:
    """The date part of an ISO 8601 date or date-time, if it is a real date."""
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4})(?:$|[T ]|\s)", value + " ")
    if not match:
        return None
    try:
        return str(date_literal(match.group(1)))
    except UserError:
        return None


_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "PressRelease"}


def _json_ld_article(tree) -> dict:
    """The first JSON-LD object of an article type (data only: JSON is parsed, nothing runs)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # not JSON, or nested deeper than Python's stack
            continue
        for item in _json_ld_items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                return item
    return {}


def _json_ld_items(data):
    """The objects of a JSON-LD value, in document order (a loop: no recursion, any depth).

    >>> [item["@id"] for item in _json_ld_items([{"@id": "a", "@graph": [[{"@id": "b"}]]}, {"@id": "c"}])]
    ['a', 'b', 'c']
    """
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(reversed(value))
        elif isinstance(value, dict):
            yield value
            if isinstance(value.get("@graph"), list):
                pending.append(value["@graph"])
