"""Role patterns, each on the seed sentence that motivated it and on one written for the test.
No registry: the people and organisations are found by the patterns, and compared by name."""

from __future__ import annotations

import pytest

from unikg.graph.ingest.draft import make_draft

from .conftest import EMPTY


def roles(extraction) -> set[tuple[str, str, str]]:
    return {(r.person.name, r.role, r.organization.name) for r in extraction.roles}


@pytest.mark.parametrize(
    "text, expected",
    [
        # ORG TITLE PERSON, and list items that keep the organisation: article 001
        ("At 3pm, XJTU President Wang Shuguo, VP Xi Guang, VP Yan Hong, and VP Zhang Hanrong signed agreements.",
         {("Wang Shuguo", "president", "XJTU"), ("Xi Guang", "vice-president", "XJTU"),
          ("Yan Hong", "vice-president", "XJTU"), ("Zhang Hanrong", "vice-president", "XJTU")}),
        ("Lanzhou University Rector Ivan Petrov and Vice President Maria Lopez welcomed the guests.",
         {("Ivan Petrov", "rector", "Lanzhou University"), ("Maria Lopez", "vice-president", "Lanzhou University")}),
        ("Aalto University's president Ilkka Niemela spoke.", {("Ilkka Niemela", "president", "Aalto University")}),
        # TITLE of ORG PERSON: article 003
        ("Head of KazNU Zhanseit Tuimebayev met with Chancellor of the China University of Petroleum Chen Feng, "
         "Director General of the Xinjiang Institute of Ecology and Geography (XIEG) of the Chinese Academy of Sciences (CAS) Zhang Yuanming "
         "and Vice President of Shenzhen University Zhang Xueji.",
         {("Zhanseit Tuimebayev", "head", "KazNU"), ("Chen Feng", "chancellor", "China University of Petroleum"),
          ("Zhang Yuanming", "director-general", "Xinjiang Institute of Ecology and Geography"),
          ("Zhang Xueji", "vice-president", "Shenzhen University")}),
        ("Chairman of the Board-Rector of Al-Farabi Kazakh National University Zhanseit Tuimebayev signed a memorandum.",
         {("Zhanseit Tuimebayev", "chairman-rector", "Al-Farabi Kazakh National University")}),
        ("Rector of the Lanzhou Institute of Technology Wang Fang and Chancellor of Aalto University Olga Ivanova met.",
         {("Wang Fang", "rector", "Lanzhou Institute of Technology"), ("Olga Ivanova", "chancellor", "Aalto University")}),
        # PERSON, TITLE of ORG (and TITLE of ORG): articles 004 and 002
        ("At the ceremony, Zhang Liqun, academician of the Chinese Academy of Engineering and president of Xi'an Jiaotong University (XJTU), stated that",
         {("Zhang Liqun", "academician", "Chinese Academy of Engineering"), ("Zhang Liqun", "president", "Xi'an Jiaotong University")}),
        ("Zhang Liqun (L), an academician of the Chinese Academy of Engineering and president of XJTU, presents it to Tuimebayev Zhanseit Kanseituly (R), rector of KAZNU.",
         {("Zhang Liqun", "academician", "Chinese Academy of Engineering"), ("Zhang Liqun", "president", "XJTU"),
          ("Tuimebayev Zhanseit Kanseituly", "rector", "KAZNU")}),
        ("Later, Olga Petrova, the rector of Lanzhou University, and Ivan Sokolov, minister of the Ministry of Education, spoke.",
         {("Olga Petrova", "rector", "Lanzhou University"), ("Ivan Sokolov", "minister", "Ministry of Education")}),
        # ORG's honorary professorship to PERSON: article 002
        ("Zhang Liqun presents XJTU's honorary professorship certificate to Tuimebayev Zhanseit Kanseituly (R), rector of KAZNU.",
         {("Tuimebayev Zhanseit Kanseituly", "honorary-professor", "XJTU"), ("Tuimebayev Zhanseit Kanseituly", "rector", "KAZNU")}),
        ("The rector awarded Lanzhou University's honorary professorship to Maria Lopez, president of Aalto University.",
         {("Maria Lopez", "honorary-professor", "Lanzhou University"), ("Maria Lopez", "president", "Aalto University")}),
    ],
)
def test_role_patterns(run_empty, text, expected):
    assert roles(run_empty(text)) == expected


def test_a_title_in_a_list_of_people_belongs_to_the_next_name(run_empty):
    found = roles(run_empty("He met Chancellor of Aalto University Chen Feng, Director General of Lanzhou University Zhang Wei."))
    assert ("Chen Feng", "director-general", "Lanzhou University") not in found
    assert ("Zhang Wei", "director-general", "Lanzhou University") in found


def test_titles_outside_the_roles_vocabulary_give_no_role(run_empty):
    assert roles(run_empty("Dean of Lanzhou University Maria Lopez spoke.")) == {("Maria Lopez", "dean", "Lanzhou University")}
    extraction = run_empty("Governor of Lanzhou University Maria Lopez spoke.")
    assert roles(extraction) == {("Maria Lopez", None, "Lanzhou University")}  # a title, no concept
    draft = make_draft(extraction, registry=EMPTY)
    assert "roles" not in draft.annotations  # the draft writes only roles of the vocabulary


def test_role_evidence_is_the_words_that_state_it(run_empty):
    extraction = run_empty("At 3pm, XJTU President Wang Shuguo signed.")
    (role,) = extraction.roles
    assert extraction.article.text[role.evidence[0]:role.evidence[1]] == "XJTU President Wang Shuguo"
