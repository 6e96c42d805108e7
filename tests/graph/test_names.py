"""Name resolution: slugs, acronyms, spellings, case, accents, word order, typos."""

import pytest

from unikg.graph.errors import NotFound, UserError


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
