"""``unikg load`` through the real command: formats, add and replace, the load stamp, bad input."""

from __future__ import annotations

import gzip
import json
import os
import re

import pyoxigraph as ox

from unikg.graph.names import NameIndex
from unikg.graph.snapshot import Snapshot, files
from unikg.graph.store.oxigraph_disk import open_read_only

from ..conftest import run_cli

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://w3id.org/unikg/graph/load>) }"
STAMP = "SELECT ?when WHERE { GRAPH <https://w3id.org/unikg/graph/load> { ?g <http://purl.org/dc/terms/modified> ?when } }"


def _count(path) -> int:
    return int(open_read_only(path).query(COUNT).rows[0]["n"])


def _quads(path) -> int:
    """The quads of a file, counted by Oxigraph's parser."""
    return sum(1 for _ in ox.parse(path=str(path)))


def test_load_adds_then_replaces(settings, tmp_path):
    store = tmp_path / "store"
    args = ("--store", f"oxigraph:{store}", "load")
    first = run_cli(*args, str(settings.dataset_path))
    assert first.returncode == 0, first.stderr
    expected = _quads(settings.dataset_path)
    assert re.fullmatch(rf"loaded {expected:,} triples in [\d.]+ s \([\d,]+ triples/s\) into {store} \(version .+\)\n", first.stdout)
    assert _count(store) == expected
    stamp = open_read_only(store).query(STAMP).rows

    extra = tmp_path / "extra.nt.gz"
    extra.write_bytes(gzip.compress(b'<http://x/a> <http://x/p> "one" .\n<http://x/a> <http://x/p> "two" .\n'))
    added = run_cli(*args, str(extra), "--graph", "http://x/extra")
    assert added.returncode == 0, added.stderr
    assert _count(store) == expected + 2
    again = open_read_only(store).query(STAMP).rows
    assert len(again) == 1 and again != stamp  # one stamp, a newer one

    replaced = run_cli(*args, "--replace", str(extra), "--graph", "http://x/extra")
    assert replaced.returncode == 0, replaced.stderr
    assert _count(store) == 2
    versions = [p for p in tmp_path.iterdir() if p.name.startswith("store.")]
    assert len(versions) == 2  # the current one and the one before it, for servers still on it


def test_turtle_and_trig(tmp_path):
    store = tmp_path / "store"
    (tmp_path / "a.ttl").write_text("@prefix x: <http://x/> . x:a x:p x:b , x:c .\n")
    (tmp_path / "b.trig").write_text("@prefix x: <http://x/> . x:g { x:a x:p x:d . }\n")
    done = run_cli("--store", f"oxigraph:{store}", "load", str(tmp_path / "a.ttl"), str(tmp_path / "b.trig"),
                   "--graph", "http://x/t")
    assert done.returncode == 0, done.stderr
    assert _count(store) == 3
    assert open_read_only(store).named_graphs() == ["http://x/g", "http://x/t", "https://w3id.org/unikg/graph/load"]


def test_bad_input_names_file_and_line_and_leaves_the_store(settings, tmp_path):
    store = tmp_path / "store"
    assert run_cli("--store", f"oxigraph:{store}", "load", str(settings.dataset_path)).returncode == 0
    version = os.readlink(store)
    bad = tmp_path / "bad.nq"
    bad.write_text('<http://x/a> <http://x/p> "ok" <http://x/g> .\n<http://x/a> <http://x/p> "no end <http://x/g> .\n')
    done = run_cli("--store", f"oxigraph:{store}", "load", str(bad))
    assert done.returncode == 1
    assert re.fullmatch(rf"unikg: error: {re.escape(str(bad))}:2:\d+: .+\n", done.stderr)
    assert os.readlink(store) == version and _count(store) == _quads(settings.dataset_path)


def test_refusals_are_one_line(tmp_path):
    (tmp_path / "a.nt").write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    cases = {
        ("--store", "memory", "load", str(tmp_path / "a.nt")): "cannot be loaded: load into UNIKG_STORE=oxigraph",
        ("--store", f"oxigraph:{tmp_path}/s", "load", str(tmp_path / "a.nt")): "holds triples without a graph",
        ("--store", f"oxigraph:{tmp_path}/s", "load", str(tmp_path / "a.txt")): "unknown format",
        ("--store", f"oxigraph:{tmp_path}/s", "load", str(tmp_path / "none.nq")): "no such file",
        ("--store", f"oxigraph:{tmp_path}/s", "load", str(tmp_path / "a.nt"), "--graph", "g"): "not an absolute IRI",
        ("--store", "http://127.0.0.1:9/sparql", "load", str(tmp_path / "a.nt"), "--graph", "http://x/g"): "cannot reach the SPARQL store",
    }
    for args, message in cases.items():
        done = run_cli(*args)
        assert done.returncode == 1, (args, done.stderr)
        errors = [line for line in done.stderr.splitlines() if line.startswith("unikg: error: ")]
        assert len(errors) == 1 and message in errors[0], (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "s").exists()


def test_load_into_virtuoso_adds_the_stamp(virtuoso, tmp_path):
    """The session's Virtuoso was loaded with `unikg load`; one more file, then its stamp."""
    import httpx

    (tmp_path / "a.nt").write_text('<http://x/a> <http://x/p> "é \\"quoted\\"" .\n')
    done = run_cli("load", str(tmp_path / "a.nt"), "--graph", "https://w3id.org/unikg/graph/test-extra",
                   env=virtuoso.store_env())
    assert done.returncode == 0, done.stderr
    answer = httpx.get(virtuoso.query_url, params={
        "query": "SELECT ?o ?when WHERE { GRAPH <https://w3id.org/unikg/graph/test-extra> { ?s ?p ?o } "
                 "GRAPH <https://w3id.org/unikg/graph/load> { ?g <http://purl.org/dc/terms/modified> ?when } }",
    }, headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
    assert [row["o"]["value"] for row in answer] == ['é "quoted"']
    dropped = httpx.post(virtuoso.update_url, content=b"DROP SILENT GRAPH <https://w3id.org/unikg/graph/test-extra>",
                         headers={"Content-Type": "application/sparql-update"}, auth=httpx.DigestAuth("dba", "dba"))
    assert dropped.status_code == 200


def test_the_name_index_and_the_projection_are_kept_with_each_version_and_read_from_it(settings, tmp_path):
    store = tmp_path / "store"
    args = ("--store", f"oxigraph:{store}", "load")
    assert run_cli(*args, str(settings.dataset_path)).returncode == 0
    opened = open_read_only(store)
    kept = opened.folder / files.NAMES.name
    assert kept.exists() and (opened.folder / files.PROJECTION.name).exists()
    assert files.names_from_json(json.loads(kept.read_text(encoding="utf-8"))) == NameIndex.from_store(opened)
    assert Snapshot(opened, settings).names.resolve("Xi'an Jiaotong University").id == "xjtu"

    extra = tmp_path / "extra.nt"
    extra.write_text('<https://w3id.org/unikg/id/org/new-u> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
                     '<https://w3id.org/unikg/ontology#Organization> .\n<https://w3id.org/unikg/id/org/new-u> '
                     '<http://www.w3.org/2000/01/rdf-schema#label> "Newly Loaded University" .\n')
    assert run_cli(*args, str(extra), "--graph", "http://x/extra").returncode == 0
    newer = open_read_only(store)
    assert newer.folder != opened.folder
    assert Snapshot(newer, settings).names.resolve("newly loaded university").id == "new-u"  # the new version's index
    assert Snapshot(newer, settings).names == NameIndex.from_store(newer)


def test_a_damaged_kept_name_index_is_read_from_the_store_instead(settings, tmp_path):
    store = tmp_path / "store"
    assert run_cli("--store", f"oxigraph:{store}", "load", str(settings.dataset_path)).returncode == 0
    opened = open_read_only(store)
    (opened.folder / files.NAMES.name).write_text('{"entities": [[1, 2', encoding="utf-8")
    assert Snapshot(opened, settings).names == NameIndex.from_store(opened)


def test_one_triple_is_said_in_the_singular(tmp_path):
    (tmp_path / "one.nt").write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    done = run_cli("--store", f"oxigraph:{tmp_path / 'store'}", "load", str(tmp_path / "one.nt"), "--graph", "http://x/g")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("loaded 1 triple in ")
