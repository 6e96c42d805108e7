"""How fast `unikg ingest` is: start-up, per article after it, many articles, a long text, --apply.

    .venv/bin/python bench/ingest_speed.py [--repeat 20]

Prints a table (medians over the repeats) with the machine and its load average: wall-clock
milliseconds and the CPU time of the process (which other programs on a busy machine change
far less). The target of issue 19: at most 0.2 s for a 2,000-word article after start-up. The
quality figures are `unikg evaluate`'s.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from unikg.cli import main as cli
from unikg.graph.documents import load_documents
from unikg.graph.ingest.apply import apply_draft, existing_fact_ids
from unikg.graph.ingest.draft import make_draft
from unikg.graph.ingest.evaluate import machine
from unikg.graph.ingest.extract import extract
from unikg.graph.ingest.gazetteer import gazetteer
from unikg.graph.ingest.gold import read_article_file
from unikg.graph.ingest.pipeline import build_pipeline
from unikg.graph.ingest.text import Article, read_article
from unikg.graph.registry import load_registry
from unikg.graph.settings import PROJECT_ROOT

DATA = PROJECT_ROOT / "data"
PAGE = PROJECT_ROOT / "tests/graph/ingest/articles/press-release.html"
HELDOUT = PROJECT_ROOT / "tests/graph/ingest/heldout/articles"


def median_seconds(action, repeat: int) -> tuple[float, float]:
    """The medians of the wall-clock and of the CPU seconds ``action`` takes."""
    times, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(times), statistics.median(cpu)


def once(action) -> tuple[float, float]:
    return median_seconds(action, 1)


def ms(seconds: tuple[float, float]) -> list[str]:
    return [f"{seconds[0] * 1000:.0f}", f"{seconds[1] * 1000:.0f}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    load = os.getloadavg()
    rows = []

    seconds = once(gazetteer)
    rows.append(["start-up: the gazetteer (22,860 names), once a process", "", *ms(seconds), ""])
    registry = load_registry(DATA)
    documents = load_documents(DATA)
    seconds = median_seconds(lambda: build_pipeline(registry), max(3, args.repeat // 4))
    rows.append(["start-up: a pipeline from the registry", "", *ms(seconds), ""])
    nlp = build_pipeline(registry)

    words = " ".join(d.text for d in documents.values()).split()
    article = Article(text=" ".join(words[:2000]), name="2000-words.txt")
    seconds = median_seconds(lambda: extract(article, registry=registry, document_id="a", pipeline=nlp), args.repeat)
    rows.append(["extract a 2,000-word article (the seeds' first 2,000 words)", f"{len(article.text):,}", *ms(seconds), f"{len(article.text) / seconds[0]:,.0f}"])
    for document in documents.values():
        one = Article(text=document.text, name=document.file, published=str(document.published))
        seconds = median_seconds(lambda: extract(one, registry=registry, document_id=document.id, pipeline=nlp), args.repeat)
        rows.append([f"extract {document.id}", f"{len(document.text):,}", *ms(seconds), f"{len(document.text) / seconds[0]:,.0f}"])
    page = PAGE.read_bytes()
    seconds = median_seconds(lambda: read_article(page, name="page.html"), args.repeat)
    rows.append(["main text + metadata of an HTML page", f"{len(page):,} bytes", *ms(seconds), ""])
    corpus = "\n\n".join(d.text for d in documents.values())
    copies = 1_000_000 // len(corpus) + 1  # just over spaCy's limit, however many documents data/ holds
    long_text = corpus * copies
    long_article = Article(text=long_text, name="long.txt")
    seconds = once(lambda: extract(long_article, registry=registry, document_id="long", pipeline=nlp))
    rows.append([f"extract a 1 MB text (data/'s documents × {copies}; spaCy's own limit is 1,000,000)", f"{len(long_text):,}", *ms(seconds), f"{len(long_text) / seconds[0]:,.0f}"])

    files = sorted(HELDOUT.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        texts = []
        for file in files:  # the held-out articles without their header lines
            target = Path(tmp) / file.name
            target.write_text(read_article_file(file).text, encoding="utf-8")
            texts.append(str(target))
        os.environ["UNIKG_DATA_DIR"] = str(DATA)
        with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            one = median_seconds(lambda: cli(["ingest", "--json", texts[0]]), max(3, args.repeat // 4))
            every = median_seconds(lambda: cli(["ingest", "--json", *texts]), max(3, args.repeat // 4))
    per_article = tuple((e - o) / (len(texts) - 1) for e, o in zip(every, one))
    rows.append([f"unikg ingest of {len(texts)} articles in one process: per article after the first", "", *ms(per_article), ""])
    rows.append(["unikg ingest of one article, in a warm process (registry, pipeline)", "", *ms(one), ""])
    command = [sys.executable, "-m", "unikg.cli", "ingest", "--json", str(PAGE)]
    seconds = once(lambda: subprocess.run(command, env={**os.environ}, capture_output=True, check=True))
    rows.append(["unikg ingest of the HTML page, the whole command (Python, imports, gazetteer)", "", f"{seconds[0] * 1000:.0f}", "", ""])  # (in another process)

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(DATA, data)
        def apply() -> None:
            html = read_article(page, name="page.html")
            draft = make_draft(extract(html, registry=registry, document_id="bench-page", pipeline=nlp), registry=registry, taken_ids=existing_fact_ids(data))
            apply_draft(draft, data_dir=data, dataset_path=Path(tmp) / "build" / "unikg.trig")

        seconds = once(apply)
    rows.append(["ingest --apply of the HTML page (incl. validated build)", "", *ms(seconds), ""])

    print(f"Machine: {machine()}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} when it started")
    print()
    headers = ["step", "characters", "ms (median)", "CPU ms (median)", "characters/s"]
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(5)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))


if __name__ == "__main__":
    main()
