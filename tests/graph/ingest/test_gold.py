"""``unikg evaluate --gold DIR``: strict scores per category against hand-made gold, every error
with its sentence, and an article held out the same whether or not it is curated."""

from __future__ import annotations

import json
import textwrap

import pytest
import yaml

from unikg.cli import main
from unikg.graph.errors import UserError
from unikg.graph.ingest.agreements import AgreementFact
from unikg.graph.ingest.extract import Extraction
from unikg.graph.ingest.gold import evaluate_gold, read_gold_folder, role_matches, score_article
from unikg.graph.ingest.linking import Entity, Linked
from unikg.graph.ingest.memberships import MembershipFact
from unikg.graph.ingest.pipeline import Mention
from unikg.graph.ingest.roles import RoleFact

from ...conftest import DATA

TEXT = (
    "BRISTOL: Alderley University (AU) and Kestrel Institute of Technology signed a memorandum "
    "of understanding on 3 March 2024.\n"
    "AU Vice-Chancellor Prof. Jane Doe and KIT Rector Tom Ash signed it in the Great Hall.\n"
    "AU also joined the Northern Marine Alliance, with 12 other universities."
)
GOLD = {
    "article": "t1",
    "institutions": [
        {"name": "Alderley University", "acronyms": ["AU"], "mentions": ["Alderley University", "AU"]},
        {"name": "Kestrel Institute of Technology", "acronyms": ["KIT"], "mentions": ["Kestrel Institute of Technology", "KIT"]},
    ],
    "alliances": [{"name": "Northern Marine Alliance", "mentions": ["Northern Marine Alliance"]}],
    "optional": [{"name": "Great Hall", "mentions": ["Great Hall"]}],
    "persons": [
        {"name": "Jane Doe", "role": "Vice-Chancellor", "organisation": "Alderley University"},
        {"name": "Tom Ash", "role": "Rector", "organisation": "KIT"},
    ],
    "agreements": [{
        "kind": "memorandum-of-understanding", "parties": ["Alderley University", "Kestrel Institute of Technology"],
        "date": "2024-03-03", "evidence": "Alderley University (AU) and Kestrel Institute of Technology signed a memorandum",
    }],
    "memberships": [{"member": "AU", "alliance": "Northern Marine Alliance", "evidence": "AU also joined the Northern Marine Alliance"}],
}


def write_folder(folder, articles: dict[str, tuple[str, dict]]):
    (folder / "articles").mkdir(parents=True)
    (folder / "gold").mkdir()
    for name, (text, gold) in articles.items():
        (folder / "articles" / f"{name}.txt").write_text(f"source: test\ntitle: A test\ndate: 2024-03-04\n---\n{text}\n")
        (folder / "gold" / f"{name}.yaml").write_text(yaml.safe_dump(gold, sort_keys=False))
    return folder


@pytest.fixture
def gold(tmp_path):
    return read_gold_folder(write_folder(tmp_path / "gold-folder", {"t1": (TEXT, GOLD)}))[0]


def org(ident, name, *, new=True, unit_of=None, kind="organization"):
    return Entity(id=ident, kind=kind, name=name, new=new, method="new", confidence=0.6, unit_of=unit_of)


def mention(entity, written, *, nth=0, kind=None):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(written, start + 1)
    m = Mention(start=start, end=start + len(written), text=written, kind=kind or entity.kind, source="pattern", sentence=0)
    return Linked(m, entity)


def extraction(gold, linked, *, agreements=(), roles=(), memberships=()):
    sentences, start = [], 0
    for line in TEXT.split("\n"):
        sentences.append((start, start + len(line)))
        start += len(line) + 1
    return Extraction(
        document_id="t", article=gold.article, linked=list(linked), dates=[], agreements=list(agreements),
        roles=list(roles), memberships=list(memberships), sentences=sentences,
    )


AU = org("alderley-university", "Alderley University")
KIT = org("kestrel-institute-of-technology", "Kestrel Institute of Technology")
NMA = org("northern-marine-alliance", "Northern Marine Alliance")
JANE = org("jane-doe", "Jane Doe", kind="person")
TOM = org("tom-ash", "Tom Ash", kind="person")


def everything_right(gold):
    linked = [
        mention(AU, "Alderley University"), mention(AU, "AU", nth=0), mention(KIT, "Kestrel Institute of Technology"),
        mention(AU, "AU", nth=1), mention(JANE, "Jane Doe"), mention(KIT, "KIT"), mention(TOM, "Tom Ash"),
        mention(AU, "AU", nth=2), mention(NMA, "Northern Marine Alliance"),
    ]
    first = TEXT.index("\n")
    agreement = AgreementFact(kinds=["memorandum-of-understanding"], parties=[AU, KIT], evidence=[(0, first)], confidence=0.9, signed_on="2024-03-03")
    roles = [
        RoleFact(person=JANE, organization=AU, role="vice-chancellor", title="Vice-Chancellor", evidence=(first + 1, first + 40), confidence=0.9, pattern="t"),
        RoleFact(person=TOM, organization=KIT, role="rector", title="Rector", evidence=(first + 50, first + 60), confidence=0.9, pattern="t"),
    ]
    last = TEXT.rindex("\n") + 1
    membership = MembershipFact(alliance=NMA, member=AU, evidence=(last, len(TEXT)), confidence=0.8)
    return linked, [agreement], roles, [membership]


def test_a_perfect_extraction_scores_one_everywhere(gold):
    linked, agreements, roles, memberships = everything_right(gold)
    result = score_article(extraction(gold, linked, agreements=agreements, roles=roles, memberships=memberships), gold)
    assert {c: (s.tp, s.fp, s.fn) for c, s in result.scores.items()} == {
        "institutions": (3, 0, 0), "agreements": (1, 0, 0), "memberships": (1, 0, 0), "roles": (2, 0, 0), "dates": (1, 0, 0),
    }
    assert result.errors == []


def test_a_duplicate_from_an_acronym_is_an_error_and_so_is_its_agreement(gold):
    linked, agreements, roles, memberships = everything_right(gold)
    au_again = org("au", "AU")  # the acronym not bound to its definition: a second entity
    linked = [i if i.mention.text != "AU" else Linked(i.mention, au_again) for i in linked]
    twice = AgreementFact(kinds=["cooperation"], parties=[au_again, KIT], evidence=agreements[0].evidence, confidence=0.8)
    result = score_article(extraction(gold, linked, agreements=[*agreements, twice], roles=roles), gold)
    institutions = result.scores["institutions"]
    assert (institutions.tp, institutions.fp, institutions.fn) == (3, 1, 0)
    assert (result.scores["agreements"].tp, result.scores["agreements"].fp) == (1, 1)
    duplicate = next(e for e in result.errors if e.category == "institutions")
    assert (duplicate.what, duplicate.detail) == ("duplicate", "'AU': a second entity for 'Alderley University'")
    assert duplicate.sentence.startswith("BRISTOL: Alderley University (AU)")
    assert result.scores["memberships"].fn == 1
    assert any(e.what == "missed" and e.sentence == "AU also joined the Northern Marine Alliance" for e in result.errors)


def test_a_name_with_a_title_or_a_possessive_is_not_usable_and_a_dateline_is_extra(gold):
    linked, *_ = everything_right(gold)
    wrong = org("au-vice", "AU Vice-Chancellor Prof")
    bristol = org("bristol", "BRISTOL")
    linked = [i for i in linked if i.entity is not AU] + [mention(wrong, "AU", nth=1), mention(bristol, "BRISTOL")]
    result = score_article(extraction(gold, linked), gold)
    errors = {(e.what, e.detail) for e in result.errors if e.category == "institutions"}
    assert ("wrong name", "'AU Vice-Chancellor Prof' for 'Alderley University'") in errors
    assert ("extra", "'BRISTOL' is not one in the gold") in errors
    assert ("missed", "Alderley University") in errors


def test_optional_entries_count_neither_way_and_units_roll_up_to_their_parent(gold):
    linked, agreements, roles, memberships = everything_right(gold)
    hall = org("great-hall", "Great Hall", unit_of=AU.id)
    linked.append(mention(hall, "Great Hall"))
    by_the_hall = AgreementFact(kinds=["cooperation"], parties=[hall, KIT], evidence=agreements[0].evidence, confidence=0.8)
    result = score_article(extraction(gold, linked, agreements=[by_the_hall], roles=roles, memberships=memberships), gold)
    assert (result.scores["institutions"].tp, result.scores["institutions"].fp) == (3, 0)
    assert (result.scores["agreements"].tp, result.scores["agreements"].fp) == (1, 0)
    assert result.scores["dates"].fn == 1  # matched, but without the date the gold has


def test_a_date_the_text_does_not_give_is_a_false_positive(gold):
    linked, agreements, roles, memberships = everything_right(gold)
    memberships[0].date = "2024-03-04"
    result = score_article(extraction(gold, linked, agreements=agreements, roles=roles, memberships=memberships), gold)
    assert (result.scores["dates"].tp, result.scores["dates"].fp, result.scores["dates"].fn) == (1, 1, 0)
    assert any(e.what == "wrong date" and "gold no date" in e.detail for e in result.errors)


def test_roles_need_the_person_the_organisation_and_the_title():
    assert role_matches("Vice Chancellor and Principal", None, "Vice Chancellor and Principal")
    assert role_matches("Principal", None, "Vice Chancellor and Principal")
    assert not role_matches("Vice-Chancellor", None, "Deputy Vice-Chancellor")
    assert role_matches("founding president", None, "founding president")
    assert not role_matches("president", "president", "founding president")
    assert role_matches("Chairman of the Board - Rector", None, "Chairman of the Board - Rector")
    assert role_matches("Rector", None, "Chairman of the Board - Rector")


def test_a_bad_gold_folder_is_one_clear_error(tmp_path):
    with pytest.raises(UserError, match="no such folder"):
        read_gold_folder(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="articles/"):
        read_gold_folder(tmp_path / "empty")
    broken = dict(GOLD, agreements=[{"parties": ["Alderley University", "Nowhere College"], "date": None}])
    folder = write_folder(tmp_path / "broken", {"t1": (TEXT, broken)})
    with pytest.raises(UserError, match="'Nowhere College' is not the name, acronym or mention"):
        read_gold_folder(folder)
    (folder / "gold" / "t1.yaml").write_text("institutions: [unclosed\n")
    with pytest.raises(UserError, match="not valid YAML"):
        read_gold_folder(folder)


# -- the whole command, on the real extractor and the real data folder ------------------------

ARTICLE = textwrap.dedent("""\
    Vaalwater University of Technology (VWUT) and Masinga Hills University (MHU) signed a memorandum of understanding on 8 November 2022.
    The MoU was signed by VWUT Vice-Chancellor Anna Moloi.""")
ARTICLE_GOLD = {
    "article": "02",
    "institutions": [
        {"name": "Vaalwater University of Technology", "acronyms": ["VWUT"], "mentions": ["Vaalwater University of Technology", "VWUT"]},
        {"name": "Masinga Hills University", "acronyms": ["MHU"], "mentions": ["Masinga Hills University", "MHU"]},
    ],
    "persons": [{"name": "Anna Moloi", "role": "Vice-Chancellor", "organisation": "VWUT"}],
    "agreements": [{"parties": ["VWUT", "MHU"], "date": "2022-11-08", "evidence": ARTICLE.split("\n")[0]}],
    "memberships": [],
}


def curate(data, text: str) -> None:
    """Add the article to a data folder as a curator would: its text, entry, registry entities, facts.
    (Invented universities: the real VUT and MMARAU of development article 02 are curated in data/.)"""
    (data / "documents" / "vwut-mhu.txt").write_text(text + "\n")
    with open(data / "documents.yaml", "a") as f:
        f.write("\n- id: vwut-mhu\n  file: documents/vwut-mhu.txt\n  title: VWUT and MHU\n  language: en\n")
    with open(data / "registry" / "organizations.yaml", "a") as f:
        f.write(
            "\n- id: vwut\n  name: Vaalwater University of Technology\n  kind: university\n  acronyms: [VWUT]\n  country: ZA\n"
            "- id: mhu\n  name: Masinga Hills University\n  kind: university\n  acronyms: [MHU]\n  country: KE\n"
        )
    with open(data / "registry" / "people.yaml", "a") as f:
        f.write("\n- id: anna-moloi\n  name: Anna Moloi\n")
    (data / "annotations" / "vwut-mhu.yaml").write_text(textwrap.dedent("""\
        document: vwut-mhu
        agreements:
          - id: vwut-mhu-memorandum-2022
            kinds: [memorandum-of-understanding]
            parties: [vwut, mhu]
            signed_on: "2022-11-08"
            evidence: "Vaalwater University of Technology (VWUT) and Masinga Hills University (MHU) signed a memorandum of understanding on 8 November 2022."
        """))


def test_an_article_scores_the_same_whether_or_not_it_is_curated(tmp_path, data_copy):
    folder = write_folder(tmp_path / "gold-folder", {"02": (ARTICLE, ARTICLE_GOLD)})
    before = evaluate_gold(folder, data_copy)
    curate(data_copy, ARTICLE)
    after = evaluate_gold(folder, data_copy)
    assert after.results[0].curated_as == "vwut-mhu" and before.results[0].curated_as is None
    assert after.as_json()["scores"] == before.as_json()["scores"]
    assert [e for r in after.results for e in r.errors] == [e for r in before.results for e in r.errors]
    # not a vacuous equality: the curated registry, were it not held out, knows both names
    from unikg.graph.ingest.extract import extract
    from unikg.graph.registry import load_registry

    article = read_gold_folder(folder)[0].article
    known = extract(article, registry=load_registry(data_copy), document_id="x")
    assert {i.entity.id for i in known.linked if not i.entity.new} >= {"vwut", "mhu"}


def test_the_command_prints_scores_and_errors_and_writes_no_file_unless_asked(tmp_path, monkeypatch, capsys):
    folder = write_folder(tmp_path / "gold-folder", {"02": (ARTICLE, ARTICLE_GOLD)})
    monkeypatch.setenv("UNIKG_DATA_DIR", str(DATA))
    results = DATA.parent / "bench" / "RESULTS.md"
    before = results.read_bytes()
    assert main(["evaluate", "--gold", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "institutions" in out and "memberships" in out and "dates" in out
    assert main(["evaluate", "--gold", str(folder), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload["scores"]) == {"institutions", "agreements", "memberships", "roles", "dates"}
    assert payload["articles"][0]["article"] == "02"
    assert results.read_bytes() == before
    target = tmp_path / "RESULTS.md"
    assert main(["evaluate", "--gold", str(folder), "--results", str(target)]) == 0
    assert "unikg evaluate --gold" in target.read_text() and "| institutions |" in target.read_text()


def test_a_missing_gold_folder_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNIKG_DATA_DIR", str(DATA))
    assert main(["evaluate", "--gold", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no such folder" in err


HELDOUT = DATA.parent / "tests" / "graph" / "ingest" / "heldout"


def test_the_held_out_articles_reach_the_targets_of_issue_19():
    """Fourteen articles written for the tests, with other names and wordings than the ten
    development articles: the targets the issue sets for unseen articles."""
    scores = {c: s for c, s in evaluate_gold(HELDOUT, DATA).as_json()["scores"].items()}
    assert scores["institutions"]["f1"] >= 0.85
    assert scores["agreements"]["precision"] >= 0.85 and scores["agreements"]["recall"] >= 0.75
    assert scores["memberships"]["precision"] >= 0.80 and scores["memberships"]["recall"] >= 0.65
    assert scores["roles"]["recall"] >= 0.70


def test_a_count_of_agreements_matches_a_group_with_the_same_parties_and_count(tmp_path):
    counted = {**GOLD, "agreements": [*GOLD["agreements"], {
        "count": 12, "parties": ["Alderley University"], "counterparts": "12 other universities (unnamed)",
        "evidence": "AU also joined the Northern Marine Alliance, with 12 other universities.",
    }]}
    gold = read_gold_folder(write_folder(tmp_path / "counted", {"t1": (TEXT, counted)}))[0]
    linked, agreements, roles, memberships = everything_right(gold)
    last = TEXT.rindex("\n") + 1
    group = AgreementFact(kinds=[], parties=[AU], evidence=[(last, len(TEXT))], confidence=0.7, count=12, counterparts="12 other universities")
    wrong_count = AgreementFact(kinds=[], parties=[AU], evidence=[(last, len(TEXT))], confidence=0.7, count=11)
    result = score_article(extraction(gold, linked, agreements=[*agreements, group], roles=roles, memberships=memberships), gold)
    assert (result.scores["agreements"].tp, result.scores["agreements"].fp, result.scores["agreements"].fn) == (2, 0, 0)
    result = score_article(extraction(gold, linked, agreements=[*agreements, wrong_count], roles=roles, memberships=memberships), gold)
    assert (result.scores["agreements"].tp, result.scores["agreements"].fp, result.scores["agreements"].fn) == (1, 1, 1)
    single = AgreementFact(kinds=[], parties=[AU], evidence=[(last, len(TEXT))], confidence=0.7)  # not a group: no match
    result = score_article(extraction(gold, linked, agreements=[*agreements, single], roles=roles, memberships=memberships), gold)
    assert (result.scores["agreements"].tp, result.scores["agreements"].fp) == (1, 1)


def test_one_name_ending_in_two_heads_is_one_entity_and_two_names_before_a_plural_head_are_two(tmp_path):
    text = ("The Northern Association of Colleges and Universities (NACU) met in Bristol. "
            "Members include the Alderley and Kestrel Universities.")
    gold = {
        "article": "t2",
        "institutions": [
            {"name": "Alderley University", "mentions": ["Alderley and Kestrel Universities"]},
            {"name": "Kestrel University", "mentions": ["Alderley and Kestrel Universities"]},
        ],
        "alliances": [{"name": "Northern Association of Colleges and Universities", "acronyms": ["NACU"],
                       "mentions": ["Northern Association of Colleges and Universities", "NACU"]}],
    }
    entities = read_gold_folder(write_folder(tmp_path / "g", {"t2": (text, gold)}))[0].entities
    association = entities["Northern Association of Colleges and Universities"]
    start = text.index("Northern")
    assert (start, start + len("Northern Association of Colleges and Universities")) in association.spans
    assert "northern association of colleges and universities" in {u.lower() for u in association.usable}
    assert entities["Alderley University"].spans == () and entities["Kestrel University"].spans == ()
    assert not any("kestrel universities" in u.lower() for u in entities["Kestrel University"].usable)
