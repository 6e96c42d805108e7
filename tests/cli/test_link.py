"""``unikg link``: one name as the build links it, JSON for scripts, --report for the registry."""

from __future__ import annotations

import json

from ..conftest import run_cli


def test_a_name_as_written_links_to_its_row():
    result = run_cli("link", "Xian Jiaotong Univeristy")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Xian Jiaotong Univeristy: linked to Xi'an Jiaotong University (ror 017zhmm22, wikidata Q981237; matched, score 96)"
    )


def test_json_gives_the_decision_and_the_candidates():
    result = run_cli("link", "China University of Petroleum", "--country", "CN", "--json")
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["decision"] == "ambiguous" and decision["ror"] is None
    assert decision["organization"] == "cup"  # a registry name gives the registry's own decision
    assert [c["ror"] for c in decision["candidates"]] == ["041qf4r12", "05gbn2817"]
    other = json.loads(run_cli("link", "North Chiang Mai University", "--country", "TH", "--json").stdout)
    assert (other["decision"], other["ror"], other["wikidata"]) == ("linked", "04dhnbf86", "Q6686727")
    assert "organization" not in other


def test_a_city_links_as_its_university_when_the_kind_says_it_is_an_institution():
    alone = run_cli("link", "Manchester", "--country", "GB", "--json")
    said = run_cli("link", "Manchester", "--country", "GB", "--kind", "university", "--json")
    assert alone.returncode == said.returncode == 0, alone.stderr + said.stderr
    assert json.loads(alone.stdout)["decision"] == "none"
    assert json.loads(said.stdout)["ror"] == "027m9bs27"


def test_a_registry_acronym_gives_its_organisations_link_and_a_curated_one_says_so():
    kaznu = json.loads(run_cli("link", "KazNU", "--json").stdout)
    assert (kaznu["organization"], kaznu["ror"]) == ("kaznu", "03q0vrn42")
    ensia = json.loads(run_cli("link", "ENSIA", "--json").stdout)
    assert (ensia["method"], ensia["ror"], ensia["wikidata"]) == ("curated", "02pe71j59", "Q116871000")
    line = run_cli("link", "ENSIA").stdout.strip()
    assert line == ("ensia (registry): National School of Artificial Intelligence: linked to National Higher School of "
                    "Artificial Intelligence (ror 02pe71j59, wikidata Q116871000; curated)")


def test_the_report_counts_the_registry_and_lists_what_is_not_linked(data_copy):
    result = run_cli("link", "--report", "--json", env={"UNIKG_DATA_DIR": str(data_copy)})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["linked"] + report["none"] + report["ambiguous"] == report["organizations"] >= 53
    assert report["not_linked"]["cup"]["decision"] == "ambiguous"
    assert "Tampere University" in [c["name"] for c in report["not_linked"]["tampere-university-of-technology"]["candidates"]]
    assert "lg-electronics" not in report["not_linked"]  # a company: the list cannot hold it
    table = run_cli("link", "--report", env={"UNIKG_DATA_DIR": str(data_copy)}).stdout
    assert table.splitlines()[0].startswith(f"{report['organizations']} organizations: {report['linked']} linked")


def test_bad_input_is_one_line_and_exit_1():
    for args, message in [
        ((), "give a name to link, or --report"),
        (("X", "--report"), "give a name to link, or --report"),
        (("X", "--country", "XX"), "'XX' is not an ISO 3166-1 alpha-2 country code"),
    ]:
        result = run_cli("link", *args)
        assert result.returncode == 1 and message in result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_question_takes_a_ror_id_and_json_carries_both_ids():
    result = run_cli("partners", "017zhmm22", "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert (answer["id"], answer["ror"], answer["wikidata"]) == ("xjtu", "017zhmm22", "Q981237")
    by_id = {p["id"]: p for p in answer["partners"]}
    assert (by_id["kaznu"]["ror"], by_id["kaznu"]["wikidata"]) == ("03q0vrn42", "Q427677")
    uansr = json.loads(run_cli("members", "UANSR", "--json").stdout)
    assert {m["id"]: m["ror"] for m in uansr["members"]}["chiang-mai-university"] == "05m2fqn25"
