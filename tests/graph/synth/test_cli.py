"""``unikg synth`` as a user runs it: a file, a summary line, progress, one-line errors."""

from __future__ import annotations

import gzip

import pytest

from unikg.cli import main

from ...conftest import run_cli


def test_synth_writes_the_file_and_says_what_it_wrote(tmp_path):
    target = tmp_path / "out" / "graph.trig"
    result = run_cli("synth", "--institutions", "40", "--seed", "9", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {target}: ")
    assert "40 institutions" in result.stdout and "top hub" in result.stdout
    assert "unikg: synth: 40 institutions:" in result.stderr  # progress on stderr
    assert target.read_text(encoding="utf-8").rstrip().endswith("quads")
    assert [p.name for p in target.parent.iterdir()] == ["graph.trig"]  # no temporary file left


def test_a_gz_name_gives_the_same_file_gzip_compressed(tmp_path, capsys):
    plain, packed = tmp_path / "graph.nt", tmp_path / "graph.nt.gz"
    for target in (plain, packed):
        assert main(["synth", "--institutions", "30", "-o", str(target)]) == 0
    assert gzip.decompress(packed.read_bytes()) == plain.read_bytes()
    assert " <https://w3id.org/unikg/graph/" not in plain.read_text(encoding="utf-8")  # N-Triples, from ".nt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "graph.nt.gz"]


def test_a_triple_count_and_a_format_can_be_asked_for(tmp_path, capsys):
    target = tmp_path / "graph.data"
    assert main(["synth", "--triples", "12000", "--format", "nt", "-o", str(target)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {target}: ")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert 10_800 <= len(lines) <= 13_200
    assert all(line.endswith(" .") and " <https://w3id.org/unikg/graph/" not in line for line in lines)


@pytest.mark.parametrize("args, message", [
    (["--institutions", "5"], "--institutions must be between 20 and"),
    (["--triples", "100"], "--triples must be at least 5000"),
    (["--institutions", "50", "--seed", "-1"], "--seed must be zero or positive"),
])
def test_bad_arguments_fail_in_one_line_and_leave_the_file_alone(tmp_path, capsys, args, message):
    target = tmp_path / "keep.nq"
    target.write_text("previous", encoding="utf-8")
    assert main(["synth", *args, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"unikg: error: {message}") and len(err.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "previous"


def test_a_folder_as_output_is_refused(tmp_path, capsys):
    assert main(["synth", "--institutions", "50", "-o", str(tmp_path)]) == 1
    assert "is a folder: give a file name" in capsys.readouterr().err
