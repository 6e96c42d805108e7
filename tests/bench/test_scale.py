"""bench/scale.py runs end to end on a tiny graph: table, JSON, cache, and the time budget."""

from __future__ import annotations

import json
import subprocess
import sys

from unikg.graph.settings import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "bench" / "scale.py"


def _run(tmp_path, *args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--sizes", "10k", "--out", str(tmp_path), "--repeat", "2",
         "--json", str(tmp_path / "measures.json"), *args],
        capture_output=True, text=True, timeout=240,
    )


def test_the_harness_measures_each_system_and_stops_a_slow_question(tmp_path):
    # rdflib needs 0.19-0.7 s for the shared partners of the hub at 10k triples (seen here),
    # over 0.1 s, and ~25 ms for the members of an alliance; oxigraph answers those in well
    # under a millisecond. 0.1 s leaves a margin of about 2x and 4x on either side.
    result = _run(tmp_path, "--systems", "rdflib,oxigraph", "--questions", "shared_hub,members",
                  "--budget", "0.1")
    assert result.returncode == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if line.startswith("size"))
    assert "load s" in header and "triples/s" in header and "peak MB" in header
    assert "shared_hub ms" in header and "members ms" in header
    assert "rdflib/oxigraph" in result.stdout
    measures = {m["system"]: m for m in json.loads((tmp_path / "measures.json").read_text())}
    rdflib, oxigraph = measures["rdflib"], measures["oxigraph"]
    assert rdflib["queries"]["shared_hub"] == "> 0.1 s"
    assert isinstance(rdflib["queries"]["members"], float)  # a fresh worker carried on
    assert isinstance(oxigraph["queries"]["members"], float) and oxigraph["rows"]["members"] >= 8
    for m in (rdflib, oxigraph):
        assert m["load_s"] > 0 and m["peak_mb"] > 10 and 9_000 <= m["triples"] <= 11_000
    assert rdflib["rows"]["members"] == oxigraph["rows"]["members"]
    data = sorted(p.name for p in tmp_path.iterdir())
    assert data == ["measures.json", "synth-10k-seed1.json", "synth-10k-seed1.nq"]  # nothing left over

    again = _run(tmp_path, "--systems", "oxigraph-disk", "--questions", "per_year")
    assert again.returncode == 0, again.stderr
    assert "generating" not in again.stderr  # the cached file is reused
    per_year = json.loads((tmp_path / "measures.json").read_text())[0]
    assert per_year["rows"]["per_year"] >= 20 and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_the_http_system_loads_serves_and_times_the_routes(tmp_path):
    import psutil

    result = _run(tmp_path, "--systems", "unikg-http", "--questions", "members,per_year", "--requests", "20")
    assert result.returncode == 0, result.stderr
    stats = json.loads((tmp_path / "synth-10k-seed1.json").read_text())
    [m] = json.loads((tmp_path / "measures.json").read_text())
    assert m["system"] == "unikg-http" and m["triples"] == stats["triples"] and not m["note"]
    assert sorted(m["queries"]) == ["members", "per_year", "sparql"]  # per_year picks its SPARQL route too
    assert m["runs"] == {"members": 20, "per_year": 20, "sparql": 20}
    for name in m["queries"]:
        assert 0 < m["queries"][name] <= m["p99"][name]
    # the answers, against what the generator says it wrote and against rdflib's SPARQL
    assert m["rows"]["members"] == stats["stats"]["largest_alliance_members"]
    rdflib = _run(tmp_path, "--systems", "rdflib", "--questions", "per_year", "--json", str(tmp_path / "rdflib.json"))
    assert rdflib.returncode == 0, rdflib.stderr
    years = json.loads((tmp_path / "rdflib.json").read_text())[0]["rows"]["per_year"]
    assert m["rows"]["sparql"] == years and m["rows"]["per_year"] >= years  # the route counts undated too
    f = m["figures"]
    assert f["load_s"] > 0 and f["store_mb"] > 0.5
    assert 0 < f["startup_s"] <= f["ready_s"] and f["projection_s"] > 0
    assert 0 < f["restart_startup_s"] <= f["restart_ready_s"] <= f["restart_settled_s"]  # a second start
    assert 10 < f["peak_server_mb"] < f["peak_total_mb"] and f["workers"] >= 1
    assert not psutil.pid_exists(f["server_pid"])  # the server was stopped
    assert "unikg-http: load" in result.stdout and "rdflib ÷ p50" in result.stdout
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # the store was removed
