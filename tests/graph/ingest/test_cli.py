"""``unikg ingest``: the draft on stdout, as JSON, as files; bad input is one line, exit 1,
nothing written."""

from __future__ import annotations

import json

import pytest
import yaml

from unikg.cli import main
from unikg.graph.settings import PROJECT_ROOT

from ...conftest import DATA, run_cli

ARTICLES = PROJECT_ROOT / "tests/graph/ingest/articles"


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def env(monkeypatch, tmp_path):
    """The real data/ (read only) and a private build folder."""
    monkeypatch.setenv("UNIKG_DATA_DIR", str(DATA))
    monkeypatch.setenv("UNIKG_BUILD_DIR", str(tmp_path / "build"))
    return tmp_path


def test_the_draft_is_printed_in_the_curated_format(env, capsys):
    assert main(["ingest", str(ARTICLES / "press-release.html")]) == 0
    out, err = capsys.readouterr()
    annotations, additions = yaml.safe_load_all(out)
    assert annotations["document"] == "tsinghua-university-and-university-of-helsinki-sign-2024"
    assert annotations["extracted_by"] == {"extractor": "unikg-extractor", "version": "0.1.0"}
    (double_degree, memorandum) = annotations["agreements"]
    assert double_degree["parties"] == ["tsinghua-university", "university-of-helsinki"]
    assert double_degree["signed_on"] == "2024-03-08"
    assert memorandum["parties"] == ["xjtu", "aalto-university"]
    assert all(0 < a["confidence"] <= 1 for a in annotations["agreements"])
    assert {o["id"] for o in additions["organizations"]} == {"tsinghua-university", "university-of-helsinki", "aalto-university"}
    assert "unikg: " in err and "2 agreement(s)" in err


def test_each_new_organisation_is_linked_as_the_build_links_it_and_the_note_says_so(env, capsys):
    assert main(["ingest", str(ARTICLES / "press-release.html")]) == 0
    _, additions = yaml.safe_load_all(capsys.readouterr().out)
    notes = {o["id"]: o["note"] for o in additions["organizations"]}
    assert "the linker takes it for Tsinghua University (ror 03cve4549, wikidata Q16955, score 100)" in notes["tsinghua-university"]
    assert "(ror 040af2s02, wikidata Q28695" in notes["university-of-helsinki"]  # "(Finland)": the country, not a word
    assert "Aalto University (ror 020hwjq30" in notes["aalto-university"]
    assert all("ror" not in o for o in additions["organizations"])  # a proposal for the curator, not a curated link


def test_json_for_scripts(env, capsys):
    assert main(["ingest", str(ARTICLES / "press-release.html"), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    entity = next(e for e in payload["entities"] if e["text"] == "Xi'an Jiaotong University")
    assert (entity["id"], entity["kind"], entity["country"], entity["status"]) == ("xjtu", "organization", "CN", "known")
    new = next(e for e in payload["entities"] if e["text"] == "University of Helsinki")
    assert (new["id"], new["proposed_id"], new["country"], new["status"]) == (None, "university-of-helsinki", "FI", "new")
    agreement = payload["agreements"][0]
    assert set(agreement) >= {"parties", "kinds", "date", "areas", "evidence", "confidence"}
    assert agreement["parties"][0] == {"id": "tsinghua-university", "name": "Tsinghua University", "new": True}
    assert payload["roles"][0]["person"]["name"] == "Li Wei"
    assert {r["organization"]["id"] for r in payload["roles"]} == {"tsinghua-university", "university-of-helsinki"}
    text = json.dumps(payload)
    assert "alert" not in text and "Injected" not in text and "<script" not in text


def test_output_writes_the_draft_files_for_review(env, capsys):
    assert main(["ingest", str(ARTICLES / "press-release.html"), "--id", "helsinki-2024", "-o", str(env / "drafts")]) == 0
    written = sorted(p.name for p in (env / "drafts").iterdir())
    assert written == ["helsinki-2024.documents.yaml", "helsinki-2024.registry.yaml", "helsinki-2024.txt", "helsinki-2024.yaml"]


@pytest.mark.parametrize(
    "content, extra, message",
    [
        (b"", [], "the file is empty"),
        (b"%PDF-1.4 binary", [], "this is a PDF file"),
        (b"abc\x00\x00def", [], "binary file"),
        ("Université de Genève signed.".encode("latin-1"), [], "not UTF-8"),
        (b"The weather in the mountains was mild and sunny all week.", [], "no organisation or person found"),
        (b"Lanzhou University signed an agreement with Aalto University. " * 10, ["env:UNIKG_INGEST_MAX_BYTES=100"], "over the 100-byte limit"),
        (b"Lanzhou University signed an agreement with Aalto University.", ["--date", "yesterday"], "--date 'yesterday'"),
        ("Lanzhou University signed an agreement.".encode("utf-16"), [], "this is UTF-16 text, not UTF-8"),
        (b"Lanzhou University signed an agreement with Aalto University.", ["--id", "Bad Slug"], "is not a slug"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_nothing_written(data_copy, tmp_path, monkeypatch, capsys, content, extra, message):
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    build = tmp_path / "build"
    monkeypatch.setenv("UNIKG_DATA_DIR", str(data_copy))
    monkeypatch.setenv("UNIKG_BUILD_DIR", str(build))
    for item in [e for e in extra if e.startswith("env:")]:
        key, value = item[4:].split("=", 1)
        monkeypatch.setenv(key, value)
    before = snapshot(data_copy)
    code = main(["ingest", str(article), "--apply", *[e for e in extra if not e.startswith("env:")]])
    out, err = capsys.readouterr()
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and err.startswith("unikg: error: ")
    assert snapshot(data_copy) == before
    assert not build.exists()


def test_json_memberships(env, capsys, tmp_path):
    article = tmp_path / "news.txt"
    article.write_text(
        "On 4 March 2024, 14 colleges signed up for the Coastal Universities Alliance. "
        "Banjul University, a founding member of the alliance, serves as its secretariat."
    )
    assert main(["ingest", str(article), "--json"]) == 0
    counted, *named = json.loads(capsys.readouterr().out)["memberships"]
    assert counted["member"] is None and counted["count"] == 14 and counted["date"] == "2024-03-04"
    assert counted["alliance"] == {"id": "coastal-universities-alliance", "name": "Coastal Universities Alliance", "new": True}
    assert sorted((m["member"]["name"], m["kind"]) for m in named) == [("Banjul University", "founding-member"), ("Banjul University", "secretariat")]
    assert set(named[0]) == {"alliance", "member", "count", "kind", "date", "evidence", "confidence"}


def test_a_text_over_spacys_million_characters_is_extracted(env, capsys, tmp_path):
    """spaCy's limit guards a parser's memory; this pipeline has none (bench/RESULTS.md: 1 MB in
    about 13 s and 0.3 GB). The limit is UNIKG_INGEST_MAX_BYTES."""
    article = tmp_path / "long.txt"
    article.write_text(
        "Lanzhou University signed an agreement with Aalto University on May 3, 2024.\n"
        + "The weather was mild and the students were happy all week. " * 17_000
    )
    assert article.stat().st_size > 1_000_000
    assert main(["ingest", str(article), "--json"]) == 0
    (agreement,) = json.loads(capsys.readouterr().out)["agreements"]
    assert agreement["date"] == "2024-05-03"


def test_a_missing_file_and_an_empty_folder(env, capsys):
    assert main(["ingest", str(env / "nope.txt")]) == 1
    assert "nope.txt: file not found" in capsys.readouterr().err
    (env / "empty").mkdir()
    assert main(["ingest", str(env / "empty")]) == 1
    assert "a folder with no .txt or .html article in it" in capsys.readouterr().err


def many(env) -> list[str]:
    folder = env / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Lanzhou University signed a twinning agreement with Aalto University on May 3, 2024.\n")
    (folder / "b.txt").write_text("Kestrel Mountain University joined the Coastal Universities Alliance in 2021.\n")
    (folder / "notes.md").write_text("not an article")
    (env / "c.txt").write_text("The weather was fine all week.\n")
    return [str(folder), str(ARTICLES / "press-release.html"), str(env / "c.txt")]


def test_many_articles_in_one_process_a_line_each_and_a_bad_one_does_not_stop_the_others(env, capsys):
    assert main(["ingest", *many(env), "-o", str(env / "drafts")]) == 1  # c.txt names no one
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert [line.split(": ")[-2].rsplit("/", 1)[-1] for line in lines[:3]] == ["a.txt", "b.txt", "press-release.html"]
    assert "1 agreement(s), 0 membership(s)" in lines[0] and "0 agreement(s), 1 membership(s)" in lines[1]
    assert lines[3].startswith("unikg: error: ") and "c.txt: no organisation or person found" in lines[3]
    drafts = sorted(p.name for p in (env / "drafts").iterdir() if p.name.endswith(".registry.yaml"))
    assert len(drafts) == 3 and out.count("wrote the draft for review") == 3


def test_many_articles_as_json_and_as_one_yaml_stream(env, capsys):
    articles = many(env)[:2]
    assert main(["ingest", *articles, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [len(p["agreements"]) for p in payload] == [1, 0, 2] and payload[1]["memberships"][0]["member"]["name"] == "Kestrel Mountain University"
    assert main(["ingest", *articles]) == 0
    documents = list(yaml.safe_load_all(capsys.readouterr().out))
    assert [d["document"] for d in documents[0::2]] == [p["document"]["id"] for p in payload]


def test_options_of_one_article_with_many_are_refused(env, capsys):
    assert main(["ingest", *many(env)[:2], "--date", "2024-05-06"]) == 1
    assert "describe one article" in capsys.readouterr().err


def test_applying_many_articles_the_next_knows_what_the_last_added(data_copy, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNIKG_DATA_DIR", str(data_copy))
    monkeypatch.setenv("UNIKG_BUILD_DIR", str(tmp_path / "build"))
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text("Kestrel Mountain University signed a memorandum of understanding with Lanzhou University.\n")
    second.write_text("Kestrel Mountain University joined the Coastal Universities Alliance in 2021.\n")
    assert main(["ingest", str(first), str(second), "--apply"]) == 0
    capsys.readouterr()
    registry = (data_copy / "registry/organizations.yaml").read_text()
    assert registry.count("id: kestrel-mountain-university") == 1  # added once, then known
    assert (tmp_path / "build/unikg.trig").exists()


def test_the_real_command_reads_standard_input(tmp_path):
    result = run_cli(
        "ingest", "-", "--json", "--date", "2024-07-05",
        env={"UNIKG_DATA_DIR": str(DATA), "UNIKG_BUILD_DIR": str(tmp_path / "build")},
        stdin="ALMATY, July 5, 2024 – At the same time, XJTU and KAZNU also signed an agreement on the exchange of students yesterday.",
    )  # "yesterday" is read against the day the text states (its dateline), not against --date: that adds no year
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["memberships"] == []
    (agreement,) = payload["agreements"]
    assert ([p["id"] for p in agreement["parties"]], agreement["kinds"], agreement["date"]) == (["xjtu", "kaznu"], ["student-exchange"], "2024-07-04")
    result = run_cli("ingest", "-", env={"UNIKG_DATA_DIR": str(DATA)}, stdin="")
    assert (result.returncode, result.stderr.strip()) == (1, "unikg: error: <stdin>: the file is empty; give the article's text or its HTML page")
