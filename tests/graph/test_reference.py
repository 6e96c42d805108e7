"""The reference list of institutions (graph/reference.py) and the copy in data/reference/."""

from __future__ import annotations

import pytest

from unikg.graph import reference
from unikg.graph.errors import UserError


def test_the_copy_keeps_its_licence_and_every_row():
    folder = reference.DEFAULT_FILE.parent
    assert "MIT License" in (folder / "LICENSE").read_text()
    rows = reference.load_institutions()
    with open(reference.DEFAULT_FILE, encoding="utf-8") as handle:
        assert len(rows) == sum(1 for _ in handle) - 1
    assert all(r.ror is None or len(r.ror) == 9 for r in rows)
    assert all(r.wikidata is None or r.wikidata.startswith("Q") for r in rows)


def test_an_ambiguous_name_stands_for_several_rows():
    rows = [r for r in reference.load_institutions() if r.name == "University of the West Indies"]
    assert len({r.ror for r in rows}) == len(rows) > 1


def test_a_file_that_is_not_the_list_is_one_clear_error(tmp_path):
    wrong = tmp_path / "latest.csv"
    wrong.write_text("id,label\n1,x\n")
    with pytest.raises(UserError, match="not the institution-identifiers list"):
        reference.load_institutions(wrong)
    with pytest.raises(UserError, match="missing"):
        reference.load_institutions(tmp_path / "absent.csv")
