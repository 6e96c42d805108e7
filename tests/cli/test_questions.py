"""``unikg partners | shared-partners | members``, run as real processes on the seed graph.

The expected answers are read off the articles.
"""

import json
import re

import pytest

from ..conftest import DATA, run_cli


@pytest.fixture(scope="module")
def env(settings):
    return {"UNIKG_BUILD_DIR": str(settings.build_dir), "UNIKG_DATA_DIR": str(settings.data_dir)}


def _json(env, *args):
    result = run_cli(*args, "--json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_ensia_has_one_partner_by_a_twinning_agreement_signed_2023_05_17(env):
    answer = _json(env, "partners", "ENSIA")
    assert answer["id"] == "ensia"
    [partner] = answer["partners"]
    assert partner["name"] == "Northwest Normal University"
    [agreement] = partner["agreements"]
    assert agreement["signed_on"] == "2023-05-17"
    assert any("twinning" in kind.lower() for kind in agreement["kinds"])
    assert any(q.startswith("A twinning agreement was signed between") for q in agreement["evidence"])
    assert agreement["source"] == "ensia-nwnu-twinning-2023"


def test_kaznu_partners_are_the_three_chinese_institutions_and_xjtu(env):
    answer = _json(env, "partners", "Al-Farabi Kazakh National University")
    names = {p["name"] for p in answer["partners"]}
    assert {"China University of Petroleum", "Shenzhen University", "Xi'an Jiaotong University"} <= names
    assert any("Xinjiang Institute of Ecology and Geography" in n for n in names)


def test_the_xjtu_kaznu_agreements_of_2024_keep_a_date_without_year(env):
    answer = _json(env, "partners", "KAZNU")
    [xjtu] = [p for p in answer["partners"] if p["id"] == "xjtu"]
    dates = {a["signed_on"] for a in xjtu["agreements"]}
    assert dates <= {"--07-04", None}
    assert not any(d and d.startswith("2024") for d in dates)


def _listed_members(names) -> set[str]:
    """The ids of the universities article 001 lists after "The membership universities comprise"."""
    text = (DATA / "documents" / "001_2d44fe02a12cf19b.txt").read_text(encoding="utf-8")
    listed = text.split("The membership universities comprise ", 1)[1].split(" etc.", 1)[0]
    spelled = [re.sub(r" \([A-Z][a-z]+\)$", "", n.strip()) for n in re.split(r", (?:and )?", listed)]  # "NUST (Pakistan)": the country is a mention of its own
    assert len(spelled) == 14
    return {names.resolve(n, kinds=("Organization",)).id for n in spelled}


def test_uansr_members_are_the_listed_universities_not_xjtu_nor_the_visitors(env, names):
    answer = _json(env, "members", "UANSR")
    ids = {m["id"] for m in answer["members"]}
    assert ids == _listed_members(names)
    assert "xjtu" not in ids
    visitors = {names.resolve(n).id for n in ("National University of Singapore", "Hanyang University", "CentraleSupelec")}
    assert not ids & visitors
    assert all(m["sources"] == ["xjtu-uansr-agreements-2015"] for m in answer["members"])


def test_uansr_members_are_not_made_partners_of_xjtu(env):
    answer = _json(env, "partners", "XJTU")
    names = {p["name"] for p in answer["partners"]}
    assert "University of Liverpool" not in names
    assert "Politecnico di Milano" in names
    assert "Pusan National University" in names


def test_units_agreements_count_for_their_university_and_say_via_which_unit(env):
    answer = _json(env, "partners", "XJTU")
    [nust] = [p for p in answer["partners"] if "Sciences and Technology" in p["name"]]
    assert all("Health Science Center" in a["via_name"] for a in nust["agreements"])


def test_shared_partners_of_xjtu_rank_pusan_and_lge_through_the_three_party_agreement(env):
    answer = _json(env, "shared-partners", "XJTU")
    by_name = {o["name"]: o for o in answer["organizations"]}
    assert by_name["Pusan National University"]["shared"] >= 1
    assert "LG Electronics" in {p["name"] for p in by_name["Pusan National University"]["partners"]}
    counts = [o["shared"] for o in answer["organizations"]]
    assert counts == sorted(counts, reverse=True)


def test_the_table_output_has_a_header_and_a_row_per_agreement(env):
    result = run_cli("partners", "ensia", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("National School of Artificial Intelligence")
    assert "Northwest Normal University" in result.stdout


def test_an_unknown_name_exits_non_zero_with_one_line_and_suggestions(env):
    result = run_cli("partners", "XJTUU", env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("unikg: error: no organization is called 'XJTUU'") and "xjtu" in line
