"""How fast `unikg ingest` is: pipeline build, extraction per article, HTML, a long article, --apply.

    .venv/bin/python bench/ingest_speed.py [--repeat 20]

Prints a table (medians over the repeats). The quality figures are `unikg evaluate`'s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from unikg.graph.documents import load_documents
from unikg.graph.ingest.apply import apply_draft, existing_fact_ids
from unikg.graph.ingest.draft import make_draft
from unikg.graph.ingest.evaluate import machine
from unikg.graph.ingest.extract import extract
from unikg.graph.ingest.pipeline import build_pipeline
from unikg.graph.ingest.text import Article, read_article
from unikg.graph.registry import load_registry
from unikg.graph.settings import PROJECT_ROOT

DATA = PROJECT_ROOT / "data"
PAGE = PROJECT_ROOT / "tests/graph/ingest/articles/press-release.html"


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    registry = load_registry(DATA)
    documents = load_documents(DATA)
    rows = []

    build = median_seconds(lambda: build_pipeline(registry), max(3, args.repeat // 4))
    rows.append(["build the pipeline from the registry", "", f"{build * 1000:.0f}", ""])
    nlp = build_pipeline(registry)
    for document in documents.values():
        article = Article(text=document.text, name=document.file, published=str(document.published))
        seconds = median_seconds(lambda: extract(article, registry=registry, document_id=document.id, pipeline=nlp), args.repeat)
        rows.append([f"extract {document.id}", f"{len(document.text):,}", f"{seconds * 1000:.0f}", f"{len(document.text) / seconds:,.0f}"])
    page = PAGE.read_bytes()
    seconds = median_seconds(lambda: read_article(page, name="page.html"), args.repeat)
    rows.append(["main text + metadata of an HTML page", f"{len(page):,} bytes", f"{seconds * 1000:.0f}", ""])
    long_text = "\n\n".join(d.text for d in documents.values()) * 10
    article = Article(text=long_text, name="long.txt")
    seconds = median_seconds(lambda: extract(article, registry=registry, document_id="long", pipeline=nlp), 3)
    rows.append(["extract a long article (the 5 seeds × 10)", f"{len(long_text):,}", f"{seconds * 1000:.0f}", f"{len(long_text) / seconds:,.0f}"])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(DATA, data)
        started = time.perf_counter()
        article = read_article(page, name="page.html")
        draft = make_draft(extract(article, registry=registry, document_id="bench-page"), registry=registry, taken_ids=existing_fact_ids(data))
        apply_draft(draft, data_dir=data, dataset_path=Path(tmp) / "build" / "unikg.trig")
        seconds = time.perf_counter() - started
    rows.append(["ingest --apply of the HTML page (incl. validated build)", "", f"{seconds * 1000:.0f}", ""])

    print(f"Machine: {machine()}")
    print()
    headers = ["step", "characters", "ms (median)", "characters/s"]
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(4)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))


if __name__ == "__main__":
    main()
