"""Token patterns for names the registry does not know: each on the sentence of a seed article
that motivated it, and on a sentence of the same shape written for this test."""

from __future__ import annotations

import pytest

from .conftest import found_mentions, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "X University": article 000
        ("A twinning agreement was signed between the National School of Artificial Intelligence and Northwest Normal University from Chine on May 17, 2023.",
         ["National School of Artificial Intelligence", "Northwest Normal University"]),
        ("The delegation of Lanzhou Jiaotong University visited the Higher School of Economics last week.",
         ["Lanzhou Jiaotong University", "Higher School of Economics"]),
        # "University of X", with "and" inside the "of" part: article 001
        ("The membership universities comprise University of Liverpool, University of New South Wales, Tampere University of Technology.",
         ["University of Liverpool", "University of New South Wales", "Tampere University of Technology"]),
        ("Partners include the University of Science and Technology of China and University of Oslo.",
         ["University of Science and Technology of China", "University of Oslo"]),
        # "X Institute of Y": article 003
        ("KazNU and the Xinjiang Institute of Ecology and Geography will jointly open a laboratory.",
         ["KazNU", "Xinjiang Institute of Ecology and Geography"]),
        ("The Harbin Institute of Technology hosted the Ministry of Foreign Affairs delegation.",
         ["Harbin Institute of Technology", "Ministry of Foreign Affairs"]),
        # "X Polytechnic ..." and a foreign-language head: article 001
        ("Peter the Great St.Petersburg Polytechnic University and Politecnico di Milano joined.",
         ["Peter the Great St.Petersburg Polytechnic University", "Politecnico di Milano"]),
        ("Students of Hong Kong Polytechnic University and Politecnico di Torino met.",
         ["Hong Kong Polytechnic University", "Politecnico di Torino"]),
        # "... named after M. Name": article 001
        ("Kazakh Academy of Transport and Communications named after M. TYNYSHPAYEV, Tajik National University for Research and Sciences",
         ["Kazakh Academy of Transport and Communications named after M. TYNYSHPAYEV", "Tajik National University for Research and Sciences"]),
        ("The Eurasian National University named after L. Gumilyov signed it.",
         ["Eurasian National University named after L. Gumilyov"]),
        # a country in brackets: article 001
        ("XJTU Health Science Center signed with National University of Sciences and Technology (Pakistan) and Chiang Mai University.",
         ["XJTU Health Science Center", "National University of Sciences and Technology (Pakistan)", "Chiang Mai University"]),
        ("It welcomed Kathmandu University (Nepal) and the Open University (United Kingdom).",
         ["Kathmandu University (Nepal)", "Open University (United Kingdom)"]),
        # a government: article 004
        ("The centre is jointly launched by XJTU and the Shaanxi Provincial People's Government.",
         ["XJTU", "Shaanxi Provincial People's Government"]),
        ("It is funded by the Gansu Provincial People's Government.", ["Gansu Provincial People's Government"]),
    ],
)
def test_institution_patterns_find_unknown_institutions(run_empty, sentence, expected):
    found = names(run_empty(sentence), "organization")
    assert found == expected


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        # a name going on into something that is not an institution (article 003)
        ("Shenzhen University occupies 600th place in the QS World University Rankings 2023.", "QS World University"),
        ("The Tsinghua University Press published the book.", "Tsinghua University"),
        # a head noun after a hyphen is a modifier (article 002)
        ("The International Symposium on Higher Education Cooperation and Industry-University Integration took place.", "Industry-University"),
        ("A forum on School-Enterprise Cooperation was held.", "School"),
    ],
)
def test_institution_patterns_reject_names_of_other_things(seed_nlp, sentence, not_expected):
    found = [m.text for m in found_mentions(seed_nlp, sentence) if m.kind == "organization"]
    assert not any(not_expected in name for name in found)


def test_a_person_named_after_an_institution_is_not_part_of_its_name(run_empty):
    # article 003: a Chinese family name starts the person's name
    found = run_empty("Head of KazNU Zhanseit Tuimebayev met with Chancellor of the China University of Petroleum Chen Feng and concluded agreements.")
    assert "China University of Petroleum" in names(found, "organization")
    assert "Chen Feng" in names(found, "person")
    # written for this test: the institution is also named on its own in the article
    found = run_empty(
        "Tsinghua University signed an agreement with the University of Helsinki. "
        "Rector of the University of Helsinki Anna Virtanen was there."
    )
    assert names(found, "organization").count("University of Helsinki") == 2
    assert "Anna Virtanen" in names(found, "person")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("XJTU also signed with Pusan National University and LGE a three-party agreement.", ["XJTU", "LGE"]),  # article 001
        ("The board of UNESCO and WIPO met at the UANSR secretariat.", ["UNESCO", "WIPO", "UANSR"]),
    ],
)
def test_acronyms_are_organisations_outside_headlines(run_empty, sentence, expected):
    acronyms = [i.mention.text for i in run_empty(sentence).linked if i.mention.source == "acronym"]
    assert acronyms == expected


def test_all_capital_headlines_give_no_acronyms(run_empty):
    found = run_empty("MINISTER VISITS LEADING UNIVERSITIES OF CHINA\nThe minister met Lanzhou University.")
    assert [i.mention.text for i in found.linked if i.mention.kind == "organization"] == ["Lanzhou University"]
    assert "acronym" not in [i.mention.source for i in found.linked]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The inauguration ceremony was held in Tianjin on Sept 2.", ["Tianjin"]),  # article 004
        ("The forum, held in Almaty, Kazakhstan, drew Lanzhou University.", ["Almaty"]),
    ],
)
def test_places_after_held_in(empty_nlp, sentence, expected):
    assert [m.text for m in found_mentions(empty_nlp, sentence) if m.source == "place"] == expected


@pytest.mark.parametrize(
    "sentence, people",
    [
        ("At 3pm, XJTU President Wang Shuguo, VP Xi Guang, VP Yan Hong, and VP Zhang Hanrong signed agreements.",  # article 001
         ["Wang Shuguo", "Xi Guang", "Yan Hong", "Zhang Hanrong"]),
        ("Lanzhou University President Maria Lopez and Dean Peter Novak attended.", ["Maria Lopez", "Peter Novak"]),
        ("At the ceremony, Zhang Liqun, academician of the Chinese Academy of Engineering, spoke.", ["Zhang Liqun"]),  # article 004
        ("Later, Olga Petrova, rector of Lanzhou University, spoke.", ["Olga Petrova"]),
    ],
)
def test_people_are_found_next_to_role_titles(run_empty, sentence, people):
    assert names(run_empty(sentence), "person") == people
