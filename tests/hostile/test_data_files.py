"""Hostile files given to the build and to ``unikg ingest``: YAML and JSON bombs in annotation
and registry files, file names that leave the data folder, articles that are not UTF-8, HTML
with XML entities (billion laughs, external entities) and deep JSON-LD. Each is one readable
error line (or a draft that contains nothing the file did not say), quickly, in bounded
memory, and nothing is written: the last good build stays as it was."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from unikg.graph import yamlfile
from unikg.graph.dataset.build import build
from unikg.graph.errors import UserError

from .conftest import cases, ids, one_error_line, snapshot

BOMBS = cases("data-bombs", "*.yaml", "*.json")
TARGET = "annotations/ensia-nwnu-twinning-2023.yaml"  # the annotation file a bomb replaces
ARTICLES_NOT_UTF8 = cases("invalid-utf8", "*.txt")
ENTITY_PAGES = cases("xml-entities", "*.html")
MAX_SECONDS = 30  # a bomb that went off would take minutes (or all the memory)
MAX_RSS_MB = 1500  # a build of the seed data peaks near 300 MB


@pytest.fixture
def last_good(data_copy, settings, tmp_path):
    """A data folder to break, and a copy of the last good build (the session's)."""
    out = tmp_path / "build" / "unikg.trig"
    out.parent.mkdir()
    shutil.copyfile(settings.dataset_path, out)
    return data_copy, out


def assert_unchanged(out, before: dict) -> None:
    assert snapshot(out.parent) == before, "the last good build was changed"


@pytest.mark.parametrize("case", BOMBS, ids=ids(BOMBS))
def test_bombs_in_annotation_files_are_one_error_and_nothing_is_written(last_good, case):
    data, out = last_good
    shutil.copyfile(case, data / TARGET)
    before = snapshot(out.parent)
    started = time.monotonic()
    with pytest.raises(UserError) as error:
        build(data, out)
    assert time.monotonic() - started < MAX_SECONDS
    message = str(error.value)
    assert "\n" not in message and "ensia-nwnu-twinning-2023.yaml" in message, message
    assert_unchanged(out, before)
    assert not os.path.exists("/tmp/unikg-hostile-pwned")


def test_the_cli_says_one_line_for_bombs_quickly_in_bounded_memory(unikg, last_good, tmp_path):
    data, out = last_good
    nested, huge = tmp_path / "nested", tmp_path / "huge"
    shutil.copytree(data, nested)
    shutil.copytree(data, huge)
    (data / "registry" / "organizations.yaml").write_bytes(cases("data-bombs", "billion-laughs.yaml")[0].read_bytes())
    shutil.copyfile(cases("data-bombs", "deep-nesting.json")[0], nested / TARGET)
    # one scalar over the size limit: refused before it is read
    (huge / TARGET).write_text("document: ensia-nwnu-twinning-2023\nnote: " + "a" * (yamlfile.MAX_BYTES + 1) + "\n")
    before = snapshot(out.parent)
    laughs, deep, big = unikg.run_many(
        (("build", "-o", str(out)), {"UNIKG_DATA_DIR": str(data)}),
        (("build", "-o", str(out)), {"UNIKG_DATA_DIR": str(nested)}),
        (("validate",), {"UNIKG_DATA_DIR": str(huge)}),
    )
    line = one_error_line(laughs)
    assert "organizations.yaml" in line and "aliases" in line, line
    assert "nested over" in one_error_line(deep)
    assert f"over the {yamlfile.MAX_BYTES}-byte limit" in one_error_line(big)
    for run in (laughs, deep, big):
        assert run.seconds < MAX_SECONDS and run.max_rss_mb < MAX_RSS_MB, run
    assert_unchanged(out, before)


@pytest.mark.parametrize("file", [
    "../../../../etc/passwd", "/etc/passwd", "documents/../../outside.txt", "documents/a\0b.txt",
    "documents", "documents/" + "a" * 5000 + ".txt", "file:///etc/passwd", "link-out.txt",
], ids=["dotdot", "absolute", "dotdot-inside", "nul", "folder", "long-name", "file-iri", "symlink-out"])
def test_article_file_names_that_leave_the_data_folder_are_refused(last_good, tmp_path, file):
    data, out = last_good
    (tmp_path / "outside.txt").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (data / "link-out.txt").symlink_to(tmp_path / "outside.txt")
    entries = yamlfile.load(data / "documents.yaml")
    first = yamlfile.fields(entries[0])
    text = (data / "documents.yaml").read_text(encoding="utf-8")
    escaped = file.replace("\\", "\\\\").replace('"', '\\"').replace("\0", "\\0")
    (data / "documents.yaml").write_text(text.replace(f"file: {first['file']}", f'file: "{escaped}"', 1))
    before = snapshot(out.parent)
    with pytest.raises(UserError) as error:
        build(data, out)
    message = str(error.value)
    assert "documents.yaml" in message and "root:x" not in message, message
    assert_unchanged(out, before)


def test_ingest_refuses_articles_not_utf8_and_slugs_that_leave_the_data_folder(unikg, data_copy):
    article = str(cases("html-scripts", "article-with-scripts.txt")[0])
    env = {"UNIKG_DATA_DIR": str(data_copy)}
    before = snapshot(data_copy)
    runs = unikg.run_many(
        *[(("ingest", str(case), "--apply", "--title", "Not UTF-8"), env) for case in ARTICLES_NOT_UTF8],
        *[(("ingest", article, "--apply", "--id", slug), env) for slug in ("../../etc/cron.d/x", "/tmp/x")],
    )
    for run in runs[:len(ARTICLES_NOT_UTF8)]:
        assert "not UTF-8" in one_error_line(run)
    for run in runs[len(ARTICLES_NOT_UTF8):]:
        assert "is not a slug" in one_error_line(run)
    assert snapshot(data_copy) == before


def test_html_entities_are_never_expanded_nor_fetched(unikg, listener, tmp_path):
    """Billion laughs, SYSTEM entities to file:///etc/passwd and to a listener of the test,
    XInclude, remote scripts and images, deep JSON-LD: the page is parsed as HTML, nothing is
    expanded, read or fetched, and the draft holds only the page's own text."""
    port = listener.port
    pages = []
    for case in [*ENTITY_PAGES, *cases("data-bombs", "*.html")]:
        page = tmp_path / case.name
        page.write_text(case.read_text(encoding="utf-8").replace("{port}", str(port)), encoding="utf-8")
        pages.append(page)
    for page, run in zip(pages, unikg.run_many(*[(("ingest", str(page), "--json"), None) for page in pages])):
        assert run.returncode == 0, (page.name, run.stderr[-500:])
        assert '"agreements"' in run.stdout
        assert run.seconds < MAX_SECONDS and run.max_rss_mb < MAX_RSS_MB, (page.name, run)
        assert "root:x:0:0" not in run.stdout and "lollollol" not in run.stdout
        assert len(run.stdout) < 100_000
    time.sleep(0.2)
    assert listener.connections() == 0
