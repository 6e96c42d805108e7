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
    # rdflib needs ~0.7 s for the shared partners of the hub at 10k triples, far over 0.2 s;
    # oxigraph answers the members of an alliance in well under a millisecond
    result = _run(tmp_path, "--systems", "rdflib,oxigraph", "--questions", "shared_hub,members",
                  "--budget", "0.2")
    assert result.returncode == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if line.startswith("size"))
    assert "load s" in header and "triples/s" in header and "peak MB" in header
    assert "shared_hub ms" in header and "members ms" in header
    assert "rdflib/oxigraph" in result.stdout
    measures = {m["system"]: m for m in json.loads((tmp_path / "measures.json").read_text())}
    rdflib, oxigraph = measures["rdflib"], measures["oxigraph"]
    assert rdflib["queries"]["shared_hub"] == "> 0.2 s"
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
