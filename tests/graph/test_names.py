"""Name resolution: slugs, acronyms, spellings, case, accents, word order, typos."""

import json
import random

import pytest

from unikg.graph import names as names_module
from unikg.graph.errors import NotFound, UserError
from unikg.graph.names import NameIndex
from unikg.graph.settings import Settings
from unikg.graph.store import open_store
from unikg.graph.synth import synthesize


@pytest.mark.parametrize(
    "text", ["XJTU", "xjtu", "Xi'an Jiaotong University", "xi’an jiaotong university", "  XI'AN  JIAOTONG UNIVERSITY "]
)
def test_every_way_of_writing_xjtu_finds_it(names, text):
    assert names.resolve(text).id == "xjtu"


@pytest.mark.parametrize("text", ["KazNU", "KAZNU", "kaznu", "Al-Farabi Kazakh National University", "al farabi kazakh national university"])
def test_kaznu_spellings(names, text):
    assert names.resolve(text).name == "Al-Farabi Kazakh National University"


@pytest.mark.parametrize(
    "text", ["Tuimebayev Zhanseit Kanseituly", "Zhanseit Tuimebayev", "Tuimebayev Zhanseit", "zhanseit-tuimebayev"]
)
def test_a_person_is_found_whatever_the_order_of_the_names(names, text):
    person = names.resolve(text)
    assert person.kind == "Person" and person.id == "zhanseit-tuimebayev"


def test_accents_do_not_matter(names):
    assert names.resolve("CentraleSupélec").id == names.resolve("CentraleSupelec").id


def test_a_typo_gets_close_matches_suggested(names):
    with pytest.raises(NotFound) as caught:
        names.resolve("Xi'an Jiaotong Univrsity", kinds=("Organization",))
    assert "xjtu" in caught.value.suggestions
    assert "did you mean" in str(caught.value)


def test_an_unknown_name_says_so(names):
    with pytest.raises(NotFound, match="no organization is called 'Hogwarts'"):
        names.resolve("Hogwarts", kinds=("Organization",))


def test_kinds_restrict_the_answer(names):
    with pytest.raises(NotFound):
        names.resolve("Zhanseit Tuimebayev", kinds=("Organization",))


def test_an_empty_name_is_a_clear_error(names):
    with pytest.raises(UserError, match="a name is needed"):
        names.resolve("   ")


def test_search_ranks_the_closest_first(names):
    results = names.search("kazakh national univ")
    assert results and results[0][0].name == "Al-Farabi Kazakh National University"


@pytest.fixture(scope="module")
def many_names(tmp_path_factory) -> NameIndex:
    """The names of a synthetic world with more names than a search scores one by one."""
    build_dir = tmp_path_factory.mktemp("synth-names")
    synthesize(build_dir / "unikg.trig", institutions=1500, seed=3)
    index = NameIndex.from_store(open_store(Settings.from_env({}, build_dir=build_dir)))
    assert len(index.exact) > 2 * names_module.CANDIDATES
    return index


def _typos(name: str, rnd: random.Random) -> list[str]:
    i = rnd.randrange(len(name) - 1)
    words = name.split()
    return [name, name[:i] + name[i + 1:], name[:i] + name[i + 1] + name[i] + name[i + 2:],
            " ".join(words[:2]), " ".join(reversed(words))]


def test_a_search_among_many_names_finds_what_scoring_every_name_finds(many_names, monkeypatch):
    # above CANDIDATES names, only those sharing most letter triples with the query are scored
    rnd = random.Random(11)
    entities = sorted(many_names.entities.values())
    asked = [q for e in rnd.sample(entities, 60) for q in _typos(e.name, rnd)]
    found = {q: many_names.search(q, limit=5) for q in asked}
    monkeypatch.setattr(names_module, "CANDIDATES", 10**9)
    for query in asked:
        everything = many_names.search(query, limit=5)
        assert [round(s, 1) for _, s in found[query][:1]] == [round(s, 1) for _, s in everything[:1]], query
        if everything and everything[0][1] == 100:  # an exact name: the same one first
            assert found[query][0][0].name == everything[0][0].name, query


@pytest.mark.parametrize("text", ["ror:017zhmm22", "017zhmm22", "wikidata:Q981237", "Q981237", "WIKIDATA:q981237"])
def test_an_organisation_is_found_by_its_ror_id_or_wikidata_item(names, text):
    found = names.resolve(text, kinds=("Organization",))
    assert (found.id, found.ror, found.wikidata) == ("xjtu", "017zhmm22", "Q981237")


def test_an_unlinked_organisation_has_no_ids_and_a_kept_index_keeps_them(names):
    from unikg.graph.snapshot.files import NAMES, names_from_json, names_to_json

    cup = names.resolve("cup")
    assert (cup.ror, cup.wikidata) == (None, None)
    again = names_from_json(json.loads(json.dumps(names_to_json(names))))
    assert again.resolve("wikidata:Q427677").id == "kaznu" and again.entities == names.entities
    assert NAMES.made_by[0] >= 2  # files kept before the ids are made again, not read
