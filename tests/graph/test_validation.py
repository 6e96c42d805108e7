"""Broken curated data fails the build with one clear line naming what to fix."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..conftest import run_cli


def _annotation(data: Path, document: str) -> Path:
    return data / "annotations" / f"{document}.yaml"


def _build(data: Path, tmp_path: Path):
    return run_cli("build", "-o", str(tmp_path / "out.trig"), env={"UNIKG_DATA_DIR": str(data)})


def test_a_quote_not_in_the_article_names_file_line_and_where_it_diverges(data_copy, tmp_path):
    path = _annotation(data_copy, "ensia-nwnu-twinning-2023")
    text = path.read_text(encoding="utf-8")
    assert "May 17, 2023" in text
    path.write_text(text.replace("May 17, 2023", "May 18, 2023", 1), encoding="utf-8")
    line = next(i for i, l in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "May 18, 2023" in l)
    result = _build(data_copy, tmp_path)
    assert result.returncode == 1
    assert f"ensia-nwnu-twinning-2023.yaml:{line}: quote not found" in result.stderr
    assert "'8" in result.stderr  # says what the quote has where the article differs
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 or "unikg: error" in result.stderr.splitlines()[-1]


def test_a_broken_annotation_names_the_unknown_reference(data_copy, tmp_path):
    path = _annotation(data_copy, "ensia-nwnu-twinning-2023")
    text = path.read_text(encoding="utf-8")
    assert "[ensia, nwnu]" in text
    path.write_text(text.replace("[ensia, nwnu]", "[ensia, nwnu-typo]", 1), encoding="utf-8")
    result = _build(data_copy, tmp_path)
    assert result.returncode == 1
    assert "ensia-nwnu-twinning-2023.yaml:" in result.stderr
    assert "'nwnu-typo'" in result.stderr and "not defined" in result.stderr


def test_an_unknown_field_lists_the_known_ones(data_copy, tmp_path):
    path = _annotation(data_copy, "ensia-nwnu-twinning-2023")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    parties:", "    partys: [ensia, nwnu]\n    parties:", 1), encoding="utf-8")
    result = _build(data_copy, tmp_path)
    assert result.returncode == 1
    assert "unknown field 'partys'" in result.stderr and "known fields:" in result.stderr


def _add_membership_in_a_university(data: Path) -> None:
    """A membership "in" NWNU: the loader accepts any organisation, SHACL wants an alliance."""
    path = _annotation(data, "ensia-nwnu-twinning-2023")
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    quote = "A twinning agreement was signed between the National School of Artificial Intelligence"
    doc.setdefault("memberships", []).append({"alliance": "nwnu", "members": ["ensia"], "evidence": quote})
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_data_that_breaks_a_shape_fails_the_build_with_the_shape_message(data_copy, tmp_path):
    _add_membership_in_a_university(data_copy)
    result = _build(data_copy, tmp_path)
    assert result.returncode == 1
    assert "SHACL validation failed" in result.stderr
    assert "<https://w3id.org/unikg/id/membership/ensia/nwnu>" in result.stderr
    assert "must be an alliance" in result.stderr
    assert "(from " in result.stderr and "ensia-nwnu-twinning-2023.yaml:" in result.stderr
    assert not (tmp_path / "out.trig").exists()


def test_validate_passes_on_the_seed_data_and_lists_violations_otherwise(data_copy):
    good = run_cli("validate", env={"UNIKG_DATA_DIR": str(data_copy)})
    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith("valid:")
    _add_membership_in_a_university(data_copy)
    bad = run_cli("validate", env={"UNIKG_DATA_DIR": str(data_copy)})
    assert bad.returncode == 1
    assert "Violation: <https://w3id.org/unikg/id/org/ensia> ukg:memberOf" in bad.stderr
    assert bad.stderr.strip().endswith("SHACL violation(s) listed above")


def test_an_invalid_country_code_is_named(data_copy, tmp_path):
    path = data_copy / "registry" / "organizations.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"country: CN\b", "country: XX", text, count=1), encoding="utf-8")
    result = _build(data_copy, tmp_path)
    assert result.returncode == 1
    assert "organizations.yaml:" in result.stderr and "'XX' is not an ISO 3166-1" in result.stderr


def test_an_unknown_kind_lists_the_kinds_the_ontology_defines(data_copy, tmp_path):
    path = _annotation(data_copy, "ensia-nwnu-twinning-2023")
    text = path.read_text(encoding="utf-8")
    assert "kinds: [twinning]" in text
    path.write_text(text.replace("kinds: [twinning]", "kinds: [twining]", 1), encoding="utf-8")
    result = _build(data_copy, tmp_path)
    assert result.returncode == 1
    [line] = [l for l in result.stderr.splitlines() if l.startswith("unikg: error:")]
    assert "unknown kind 'twining'" in line
    assert "memorandum-of-understanding" in line and "twinning" in line
    assert "organization" not in line.split("defines:")[1]
