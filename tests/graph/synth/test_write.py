"""Writing is atomic: a failure leaves the previous file and no temporary file."""

from __future__ import annotations

import pytest

from unikg.graph.synth.write import atomic_text_file


def test_a_failure_while_writing_leaves_the_previous_file(tmp_path):
    target = tmp_path / "data.nq"
    target.write_text("previous\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_text_file(target) as out:
            out.write("half of a new file")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["data.nq"]


def test_the_file_appears_complete(tmp_path):
    target = tmp_path / "new" / "data.nq"
    with atomic_text_file(target) as out:
        out.write("<a> <b> <c> .\n")
        assert not target.exists()
    assert target.read_text(encoding="utf-8") == "<a> <b> <c> .\n"
