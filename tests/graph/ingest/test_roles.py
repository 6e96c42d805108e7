"""Role patterns, each on the seed sentence that motivated it and on one written for the test.
No registry: the people and organisations are found by the patterns, and compared by name."""

from __future__ import annotations

import pytest
import spacy

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
        # an honorific that is also a title ("Professor") after the title is the person's: blind set 2
        ("The memorandum was signed by Acme University President Professor Jane Doe and Aalto University Provost Professor John Roe.",
         {("Jane Doe", "president", "Acme University"), ("John Roe", "provost", "Aalto University")}),
        # a title in lower case with its domain, and "at ORG"
        ("Jane Doe, vice president for graduate studies and scientific research at Aalto University, said the deal was good.",
         {("Jane Doe", "vice-president", "Aalto University")}),
        ("Lanzhou University's vice president for international affairs, Peter Brown, said a deal is planned.",
         {("Peter Brown", "vice-president", "Lanzhou University")}),
        # "its TITLE, PERSON": the organisation just named
        ("The agreement was signed on behalf of Acme University by Peter Brown and on behalf of Aalto University by its Vice-President, Prof. Mary Smith.",
         {("Mary Smith", "vice-president", "Aalto University")}),
        # a unit of ORG after the title: the role is the title's in ORG
        ("Also present was the Dean of Aalto University's College of Health Sciences, Dr. Mary Smith.",
         {("Mary Smith", "dean", "Aalto University")}),
        # "TITLE PERSON signed for ORG"; an honorific ends an organisation's name
        ("Vice-chancellor Prof Dr Jane Doe signed for Aalto University, while Lanzhou University President Prof John Roe signed for the Chinese side.",
         {("Jane Doe", "vice-chancellor", "Aalto University"), ("John Roe", "president", "Lanzhou University")}),
        ("The deal was signed by the Dean of the College of Medicine Dr. John Roe.", {("John Roe", "dean", "College of Medicine")}),
        # "its TITLE, PERSON" in lower case, with no honorific; "Its" at a sentence's start is the organisation of the one before
        ("The Lanzhou University delegation was led by its president, Jane Doe.", {("Jane Doe", "president", "Lanzhou University")}),
        ("Lanzhou University hosts a centre. Its coordinator, Dr. Mary Smith, will lead it.", {("Mary Smith", "staff-member", "Lanzhou University")}),
    ],
)
def test_role_patterns(run_empty, text, expected):
    assert roles(run_empty(text)) == expected


def test_a_title_in_a_list_of_people_belongs_to_the_next_name(run_empty):
    found = roles(run_empty("He met Chancellor of Aalto University Chen Feng, Director General of Lanzhou University Zhang Wei."))
    assert ("Chen Feng", "director-general", "Lanzhou University") not in found
    assert ("Zhang Wei", "director-general", "Lanzhou University") in found


def test_a_domain_that_is_a_time_is_not_part_of_the_title():
    from unikg.graph.ingest.titles import find_titles
    doc = spacy.blank("en")("He served as vice president for two terms, and rector for life.")
    assert [doc[s:e].text for s, e in find_titles(doc)] == ["vice president", "rector"]


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


def titles(extraction) -> set[tuple[str, str, str]]:
    return {(r.person.name, r.title, r.organization.name) for r in extraction.roles}


@pytest.mark.parametrize(
    "text, expected",
    [
        # ORG TITLE PERSON with honorifics and initials, two in a row
        ("The memorandum was signed by KMU Vice-Chancellor Dr Peter Otieno and BIMS Vice Chancellor Prof Dr K R Sundaram.",
         {("Peter Otieno", "Vice-Chancellor", "KMU"), ("K R Sundaram", "Vice Chancellor", "BIMS")}),
        # a bracketed aside and words that complete the title
        ("KMU Registrar (Academic Affairs) Dr Lydia Ncube and Banjul University Support Officer John Mbeki attended.",
         {("Lydia Ncube", "Registrar (Academic Affairs)", "KMU"), ("John Mbeki", "Support Officer", "Banjul University")}),
        # ORG's TITLE, UNIT, PERSON: the role is in the unit, a unit of KMU (data/README.md, rule 5)
        ("According to KMU's Director, Office of International Relations, Halima Yusuf, the talks went well.",
         {("Halima Yusuf", "Director", "Office of International Relations")}),
        # TITLE of ORG, PERSON
        ("The President of Banjul University, Prof. Ousman Jallow, opened the meeting.",
         {("Ousman Jallow", "President", "Banjul University")}),
        # PERSON, TITLE, ORG and PERSON, TITLE, UNIT, ORG (the role in the unit)
        ("Also present were Dr Tunde Bakare, Dean, School of Law, KMU, and Amina Diallo, Deputy Vice-Chancellor, BIMS.",
         {("Tunde Bakare", "Dean", "School of Law"), ("Amina Diallo", "Deputy Vice-Chancellor", "BIMS")}),
        # PERSON, TITLE, TITLE of UNIT of ORG: both titles in the organisation
        ("He met Ruslan Abenov, Vice-Rector, Director of the Language Centre of Banjul University.",
         {("Ruslan Abenov", "Vice-Rector", "Banjul University"), ("Ruslan Abenov", "Director", "Language Centre")}),
        # PERSON, ORG TITLE (an apposition; not "PERSON, ORG TITLE PERSON2")
        ("Dr Sara Lind, KMU Secretary-General, welcomed them.", {("Sara Lind", "Secretary-General", "KMU")}),
        # after "said", without a comma, two titles in two organisations
        ('"We are proud," said Tom Hale founding director of the Nordic Crafts Alliance and provost of Banjul University.',
         {("Tom Hale", "founding director", "Nordic Crafts Alliance"), ("Tom Hale", "provost", "Banjul University")}),
        # The TITLE, PERSON, signed ... on behalf of ORG
        ("The Rector, Prof. Ilse Brandt, signed the agreement on behalf of Banjul University, while the guests watched.",
         {("Ilse Brandt", "Rector", "Banjul University")}),
    ],
)
def test_role_shapes_of_news_prose(run_empty, text, expected):
    assert titles(run_empty(text)) == expected


def test_a_unit_named_with_its_organisation_is_a_unit_of_it(run_empty):
    for text in (
        "According to KMU's Director, Office of International Relations, Halima Yusuf, the talks went well.",
        "Also present was Dr Tunde Bakare, Dean, School of Law, KMU, and others.",
    ):
        (role,) = run_empty(text).roles
        assert role.organization.unit_of == "kmu"


def test_a_former_title_is_marked_former(run_empty):
    (role,) = run_empty("The keynote was given by former Banjul University President Dr Musa Keita.").roles
    assert (role.person.name, role.role, role.title, role.former) == ("Musa Keita", "president", "President", True)


def test_his_counterpart_from_the_other_institution(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University and Banjul University signed a memorandum on Monday.\n"
        "It was signed by the two institutions' Rectors, Prof Anna Holm, and her counterpart from Banjul University, Dr Lamin Sowe."
    )
    assert titles(extraction) == {("Anna Holm", "Rector", "Kestrel Mountain University"), ("Lamin Sowe", "Rector", "Banjul University")}


def test_the_titles_of_two_organisations_each_in_turn(run_empty):
    extraction = run_empty(
        "The rectors of the University of Vienna and Banjul University, Sebastian Schütze and Awa Ceesay, signed an agreement."
    )
    assert titles(extraction) == {("Sebastian Schütze", "rector", "University of Vienna"), ("Awa Ceesay", "rector", "Banjul University")}  # one each
    assert {r.role for r in extraction.roles} == {"rector"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # honorifics of other countries: "Ir", "(Mrs)", "Assoc."; a name with "Mac"
        ("Banjul University and Tamale Technical University signed it. The Vice-Chancellor of Banjul University, Professor (Mrs) Ama Owusu-Ansah, "
         "and the Rector of Tamale Technical University, Professor Ir Dr Kofi MacLeod, signed on behalf of their universities.",
         {("Ama Owusu-Ansah", "vice-chancellor", "Banjul University"), ("Kofi MacLeod", "rector", "Tamale Technical University")}),
        # ORG (ACR) TITLE (ACR) PERSON
        ("It was signed by Banjul University (BU) Vice-Chancellor (VC) Prof Ama Owusu.", {("Ama Owusu", "vice-chancellor", "Banjul University")}),
        # his counterpart from ORG, PERSON: the first one's title in that organisation
        ("The document was signed by Banjul University Rector Kofi Mensah and his counterpart from Tamale Technical University, Nguyen Van Hoa.",
         {("Kofi Mensah", "rector", "Banjul University"), ("Nguyen Van Hoa", "rector", "Tamale Technical University")}),
        # a university title with no organisation: the organisation the article names most
        ("Banjul University signed it with Tamale Technical University. Banjul University is old.\n"
         "Registrar Prof Ama Owusu and the Director of the International Relations Office, Assoc. Prof. Dr. Kofi Mensah, were present.",
         {("Ama Owusu", "registrar", "Banjul University"), ("Kofi Mensah", "director", "International Relations Office")}),
    ],
)
def test_role_shapes_of_round_two(run_empty, text, expected):
    assert roles(run_empty(text)) == expected


def test_a_unit_named_alone_is_a_unit_of_the_organisation_the_article_names_most(run_empty):
    extraction = run_empty(
        "Banjul University signed it with Tamale Technical University. Banjul University is old.\n"
        "The Dean of the Faculty of Nursing, Prof. Ama Owusu, and Ambassador Kofi Mensah were present."
    )
    found = {i.mention.text: i.entity for i in extraction.linked}
    assert found["Faculty of Nursing"].unit_of == found["Banjul University"].id
    assert {(r.person.name, r.role) for r in extraction.roles} == {("Ama Owusu", "dean")}  # not the ambassador


def test_a_party_committee_named_after_the_university_is_not_an_organisation_name(run_empty):
    extraction = run_empty("Li Wei, Secretary of the CPC Banjul Normal University Committee, met them.")
    assert "Banjul Normal University" in [i.mention.text for i in extraction.linked]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the title as written goes on with its domain or its unit before the person
        ("Banjul University signed it with Tamale Technical University. Banjul University is old.\n"
         "Dean, Student Affairs, Prof Ama Owusu and Director ICTD Engr. Kofi Mensah were present.",
         {("Ama Owusu", "Dean, Student Affairs", "Banjul University"), ("Kofi Mensah", "Director ICTD", "Banjul University")}),
        ("Banjul University signed it with Tamale Technical University. Banjul University is old.\n"
         "Dean Faculty of Nursing Prof Dr Ama Owusu was present.",
         {("Ama Owusu", "Dean Faculty of Nursing", "Banjul University")}),  # a faculty of no stated university: the article's (round 8)
        # "PERSON, TITLE for DOMAIN, who ...": the title with its domain
        ("Banjul University was represented by Prof. Ama Owusu, Vice-Rector for International Cooperation, who spoke.",
         {("Ama Owusu", "Vice-Rector for International Cooperation", "Banjul University")}),
    ],
)
def test_titles_as_written_in_the_articles_organisation(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


def test_a_nationality_before_a_title_is_no_organisation(run_empty):
    extraction = run_empty("The Ghanaian Ministry of Fisheries sent a note. Ghanaian Ambassador Kofi Mensah attended.")
    assert "Ghanaian" not in [i.mention.text for i in extraction.linked]


def test_a_ministers_title_names_the_ministry(run_empty):
    extraction = run_empty(
        "Banjul University signed it in the presence of Minister of Higher Education and Scientific Research Kofi Mensah. "
        "The Prime Minister of Ghana sent a note."
    )
    assert {(r.person.name, r.title, r.organization.name) for r in extraction.roles} == {
        ("Kofi Mensah", "Minister of Higher Education and Scientific Research", "Ministry of Higher Education and Scientific Research"),
    }  # the title as written, with the ministry it names


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first name written short, and an honorific with a full stop: no sentence ends there
        ("Banjul University signed it. The deal was praised by BUA Chairperson Ma. Rosa Mendoza in a statement.",
         {("Ma. Rosa Mendoza", "Chairperson", "BUA")}),
        ("It was signed, according to Banjul University vice president for outreach Fr. Pedro Reyes, SJ. Another came.",
         {("Pedro Reyes", "vice president for outreach", "Banjul University")}),
        # a domain after the title: a list with commas, between commas, in brackets, before honorifics
        ("It was witnessed by BUA Vice Rector for Research, Planning, Finance, and Outreach Dr. Kofi Mensah.",
         {("Kofi Mensah", "Vice Rector for Research, Planning, Finance, and Outreach", "BUA")}),
        ("It was signed by the Banjul University's Vice-President, International, Professor Ama Owusu.",
         {("Ama Owusu", "Vice-President, International", "Banjul University")}),
        ("Prof. Ama Owusu, Vice-Principal (International) of the University of Zeltoria, said it was good.",
         {("Ama Owusu", "Vice-Principal (International)", "University of Zeltoria")}),
        ("Banjul University and BUA Vice President for Academic Affairs Prof Dr Kofi Mensah signed the MoU.",
         {("Kofi Mensah", "Vice President for Academic Affairs", "BUA")}),
        ("The University of Zeltoria delegation, which included the vice-rector for external, international and student affairs, Jean-Paul Okoro, met them.",
         {("Jean-Paul Okoro", "vice-rector for external, international and student affairs", "University of Zeltoria")}),
        # a second title: "who is also"
        ("Banjul University Rector Anna Smith, who is also the president of the Gambia Universities Network, signed it.",
         {("Anna Smith", "Rector", "Banjul University"), ("Anna Smith", "president", "Gambia Universities Network")}),
        # "his counterpart, TITLE P2": the other organisation of the pair; a degree after the first name
        ("Banjul University (BU) and Tamale Technical University signed a memorandum on 3 May 2024. "
         "BU President Kofi Mensah and his counterpart, Rector Ama Owusu, signed the document.",
         {("Kofi Mensah", "President", "Banjul University"), ("Ama Owusu", "Rector", "Tamale Technical University")}),
        ("Banjul University signed it with Tamale Technical University. Banjul University is old. It was signed by the Dean of Banjul University, "
         "Prof. Kofi Mensah, Ph.D., and his counterpart at Tamale Technical University, Prof. Ama Owusu, who joined online.",
         {("Kofi Mensah", "Dean", "Banjul University"), ("Ama Owusu", "Dean", "Tamale Technical University")}),
        # people listed with their organisations in brackets
        ("The University of Zeltoria, the Tamale Technical University (TTU) and the Accra Polytechnic University (APU) signed it. "
         "The rectors of the three institutions, Kofi Mensah (Zeltoria), Ama Owusu (TTU) and Yaw Boateng (APU), signed the document.",
         {("Kofi Mensah", "rector", "University of Zeltoria"), ("Ama Owusu", "rector", "Tamale Technical University"),
          ("Yaw Boateng", "rector", "Accra Polytechnic University")}),
        # "ORG (ACR), whose TITLE is PERSON"; "its TITLE" of the subject, not of an organisation in an apposition
        ("It was signed with the Accra Institute of Technology (AIT), whose rector is Prof. Kofi Mensah, in Accra.",
         {("Kofi Mensah", "rector", "Accra Institute of Technology")}),
        ("The University of Zeltoria, a member of the Gambia Universities Network, will join later, its deputy vice-chancellor for research, Professor Seán Ó Briain, said.",
         {("Seán Ó Briain", "deputy vice-chancellor for research", "University of Zeltoria")}),
        # a defined acronym of two capitals is that organisation later on
        ("Banjul University (BU) signed it. Vice-chancellor Prof Dr Kofi Mensah signed for BU on Monday.",
         {("Kofi Mensah", "Vice-chancellor", "Banjul University")}),
        # an honorific that is also a title, in a list after "ORG TITLE PERSON", is no title of that organisation
        ("It was signed by BUA Rector Kofi Mensah and Professor Ama Owusu, Dean of the Accra Institute of Technology.",
         {("Kofi Mensah", "Rector", "BUA"), ("Ama Owusu", "Dean", "Accra Institute of Technology")}),
    ],
)
def test_round4_shapes(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


def test_a_title_after_a_word_no_pattern_knows_is_not_the_articles(run_empty):
    """"Go8 Chair X", "U15 Canada Executive Director Y": the title's own organisation, unfound;
    not the organisation the article is about."""
    extraction = run_empty(
        "Banjul University signed it. Banjul University is old. It was signed by Kx8 Chair Professor Ama Owusu "
        "and Zed Ghana Executive Director Dr Kofi Mensah."
    )
    assert extraction.roles == []


def test_no_sentence_ends_after_a_first_name_written_short(run_empty):
    extraction = run_empty("Banjul University signed it. By Ma. Rosa Mendoza. Professor Xi met Ma. The next day he left. It was signed with Acme Ma. The rector came.")
    sentences = [extraction.article.text[s:e].strip() for s, e in extraction.sentences]
    assert "By Ma. Rosa Mendoza." in sentences and "Professor Xi met Ma." in sentences and "It was signed with Acme Ma." in sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        # contact lines at the end of a release: "NAME, TITLE (of OFFICE), ORG, phone"
        ("The University of Zeltoria signed it.\nMikko Rautio, Head of International Relations, University of Zeltoria, m.rautio@example.org",
         {("Mikko Rautio", "Head of International Relations", "University of Zeltoria")}),
        ("The University of Zeltoria signed it.\nFor information: Claudine Fortin, Media Relations Officer, University of Zeltoria, 418-656-0000",
         {("Claudine Fortin", "Media Relations Officer", "University of Zeltoria")}),
        # a campus's name between the organisation and the title: the title as written, the role the head's, in the parent
        ("The University of Zeltoria (UZ) signed with Kestrel University. UZ Diliman Chancellor Roberto M. Dizon signed for the Zeltorian side.",
         {("Roberto M. Dizon", "Diliman Chancellor", "University of Zeltoria")}),
        # a hyphenated given name before ", TITLE of ORG"
        ("Kestrel University signed it. The signing was attended by Han Seung-woo, first vice minister of the Ministry of Science and ICT.",
         {("Han Seung-woo", "first vice minister", "Ministry of Science and ICT")}),
        # a hyphenated head in lower case; "Secretary of the CPC X University Committee": of X University
        ("Banjul University signed it. It was attended by Sherif Kamel Naguib, secretary-general of the Supreme Council of Universities, and others.",
         {("Sherif Kamel Naguib", "secretary-general", "Supreme Council of Universities")}),
        ("On the morning of October 17, Wang Jianhua, Secretary of the CPC Kestrel University Committee, met with a delegation.",
         {("Wang Jianhua", "Secretary", "Kestrel University")}),
        # a rector with no organisation is the rector of the article's organisation
        ("The University of Zeltoria signed it with Tamale Technical University. The University of Zeltoria is old. "
         "It was signed by Rector Anna Smith and TTU President Kofi Mensah.",
         {("Anna Smith", "Rector", "University of Zeltoria"), ("Kofi Mensah", "President", "Tamale Technical University")}),
    ],
)
def test_contact_lines_campuses_and_titles_at_home(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


def test_a_title_of_words_and_its_head_has_the_heads_concept():
    from unikg.graph.ingest.titles import role_slugs

    assert role_slugs("Media Relations Officer") == ["staff-member"]
    assert role_slugs("Country Director") == ["director"]
    assert role_slugs("Diliman Chancellor") == ["chancellor"]
    assert role_slugs("Party Secretary") == []


@pytest.mark.parametrize(
    "text, unit, parent",
    [
        ("The agreement was signed on behalf of Kestrel University by its Institute of Disaster Science (IDS). IDS Director Prof Akira Hoshino signed.",
         "Institute of Disaster Science", "kestrel-university"),
        ("Banjul University signed it with support from the Korea Cooperation Agency (KOCA). KOCA Ghana Office Country Director Mr. Park Sung-jin came.",
         "KOCA Ghana Office", "koca"),
        ("Banjul University signed it with the Graduate School of Agriculture of Kestrel University. Professor Taro Kobayashi, Dean of the Graduate School, spoke.",
         "Graduate School", "kestrel-university"),
    ],
)
def test_units_named_by_its_or_by_their_parents_acronym(run_empty, text, unit, parent):
    units = {i.entity.name: i.entity.unit_of for i in run_empty(text).linked}
    assert units[unit] == parent


@pytest.mark.parametrize(
    "text, expected",
    [
        # the titles of both parties, two names in the order the parties were named
        ("Banjul University and Kestrel University signed an agreement. It was signed by the rectors of both universities, Jane Doe and John Roe.",
         {("Jane Doe", "rector", "Banjul University"), ("John Roe", "rector", "Kestrel University")}),
        ("Banjul University and Kestrel University signed an agreement. The two universities' vice-chancellors, Jane Doe and John Roe, signed it.",
         {("Jane Doe", "vice-chancellor", "Banjul University"), ("John Roe", "vice-chancellor", "Kestrel University")}),
        # "X, the university's TITLE": the article's organisation
        ("Banjul University signed it. Banjul University is old. Jane Doe, the university's vice-chancellor, said it was good.",
         {("Jane Doe", "vice-chancellor", "Banjul University")}),
    ],
)
def test_titles_of_both_parties_and_of_the_university(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office after the title: "Dean of Engineering", "Director of International Relations at ORG"
        ("Banjul University signed with Kestrel University. Banjul University is old. "
         "Speaking at the event, Kestrel University's Dean of Engineering, Professor John Roe, said it was good.",
         {("John Roe", "Dean of Engineering", "Kestrel University")}),
        ("Banjul University signed with Kestrel University. Banjul University is old. "
         "Prof. John Roe, Director of International Relations at Kestrel University, said it was good.",
         {("John Roe", "Director of International Relations", "Kestrel University")}),
        # the organisation the person stands for in the sentence, not the article's
        ("Banjul University signed with Kestrel University. Banjul University is old. Banjul University was represented by its "
         "Vice-Chancellor, Professor Jane Doe, while Kestrel University was represented by Provost John Roe.",
         {("Jane Doe", "Vice-Chancellor", "Banjul University"), ("John Roe", "Provost", "Kestrel University")}),
        ("Banjul University signed with Kestrel University. Banjul University is old. "
         "On behalf of Kestrel University, the agreement was signed by President John Roe.",
         {("John Roe", "President", "Kestrel University")}),
        # "TITLE PERSON of ORG"; "X, who is the TITLE of ORG"; "Professor X of ORG" is an honorific
        ("Banjul University signed with Kestrel University. Banjul University is old. Rector Jane Doe of Kestrel University signed for the other side.",
         {("Jane Doe", "Rector", "Kestrel University")}),
        ("Banjul University signed with Kestrel University. Jane Doe, who is the president of Kestrel University, said it was good.",
         {("Jane Doe", "president", "Kestrel University")}),
        ("Banjul University signed it. Professor John Roe of the Department of Physics at Banjul University spoke.", set()),
    ],
)
def test_offices_and_the_organisation_a_person_stands_for(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive organisation, a word in lower case, then the title
        ("Kestrel University and the Nordic Science Council signed an accord. \"We are glad,\" said the NSC's regional "
         "director for Central Asia, Dr. Jane Doe.",
         {("Jane Doe", "regional director for Central Asia", "Nordic Science Council")}),
        # a short form of an organisation named in full before: words of its name, before a title or its "'s"
        ("Banjul University of Agriculture and Technology signed with Kestrel University. The agreement was signed by "
         "Banjul's Deputy Vice-Chancellor for Research, Dr. John Roe, and Kestrel President Anna Smith.",
         {("John Roe", "Deputy Vice-Chancellor for Research", "Banjul University of Agriculture and Technology"),
          ("Anna Smith", "President", "Kestrel University")}),
        ("Universidad Nacional Autónoma de Santa Lucía signed with Kestrel University. It was signed by Santa Lucía "
         "Vice-Rector for Research Dr. Pedro Gómez and Kestrel University Rector Anna Smith.",
         {("Pedro Gómez", "Vice-Rector for Research", "Universidad Nacional Autónoma de Santa Lucía"),
          ("Anna Smith", "Rector", "Kestrel University")}),
        ("Kestrel University signed with the Okapi Institute of Science. Okapi's Chief Scientist Dr. John Roe attended.", set()),
        ("Kestrel University signed with the Universidad de Chile. Chile President Jane Doe attended.", set()),
        # a short form that begins one name and ends another is the first's
        ("Okapi University of Science and Technology and Hamad Okapi University signed an accord. Okapi University's "
         "Senior Vice President for Academic Affairs, Dr. Jane Doe, and HOU's Provost, Dr. John Roe, signed it.",
         {("Jane Doe", "Senior Vice President for Academic Affairs", "Okapi University of Science and Technology"),
          ("John Roe", "Provost", "Hamad Okapi University")}),
        # "X was represented by its TITLE, P": X a short form, or "the <nationality> university"; "signed for the faculty"
        ("The Faculty of Law of Kestrel University signed with the Universidad de Málaga. Dean John Roe signed for the "
         "faculty, while Málaga was represented by its Vice-Rector for Internationalisation, Anna Smith.",
         {("John Roe", "Dean", "Faculty of Law"), ("Anna Smith", "Vice-Rector for Internationalisation", "Universidad de Málaga")}),
        ("In Kestrel, Kestrel University, Banjul University and Aarhus University signed a memorandum. The Danish "
         "university was represented by its Dean of the Faculty of Arts, Professor Jane Doe.",
         {("Jane Doe", "Dean of the Faculty of Arts", "Aarhus University")}),
        ("In Kestrel, Kestrel University and Aarhus University signed a memorandum. The Chilean university was "
         "represented by its Dean, Professor Jane Doe.", set()),
        # "TITLE of the association PERSON": the one organisation named with that noun; "at the Chilean university"
        ("The Federation of Baltic Universities admitted two members, Secretary-General of the federation Prof. Jane Doe told the press.",
         {("Jane Doe", "Secretary-General", "Federation of Baltic Universities")}),
        ("Kestrel University signed with Banjul University. The rector of the university, Prof. John Roe, spoke.", set()),
        ("Kestrel University signed with the Pontificia Universidad Católica de Chile. It was signed by Dr Ignacio Soto, "
         "vice-rector for research at the Chilean university.",
         {("Ignacio Soto", "vice-rector for research", "Pontificia Universidad Católica de Chile")}),
        ("Kestrel University signed with the Universidad de Chile. It was signed by Dr Ignacio Soto, vice-rector for "
         "research at the Peruvian university.", set()),
        # "P1 signed for ORG1, and P2, TITLE, for the Gambian side": the other of the two organisations
        ("Kestrel University's School of Law signed a deal with Banjul University's Faculty of Law. Dean Prof Dr Jane Doe "
         "signed for Kestrel University, and Assoc Prof Dr John Roe, associate dean for research, for the Gambian side.",
         {("Jane Doe", "Dean", "Kestrel University"), ("John Roe", "associate dean for research", "Banjul University")}),
        # ", represented by its TITLE, P" after an organisation; "P, ORG's TITLE"; "Vice-Rector Magnificus"
        ("Kestrel University hosted the meeting. It was attended by the Nordic Council of Ministers (NCM), represented by "
         "its director of education, Dr. Jane Doe.",
         {("Jane Doe", "director of education", "Nordic Council of Ministers")}),
        ("The MoU was signed by Kestrel Rector Dr John Roe and Professor Anna Smith, Banjul University's Dean of "
         "Education, in the presence of guests.", {("Anna Smith", "Dean of Education", "Banjul University")}),
        ("The accord was signed by the rector of Kestrel University, Professor Jane Doe, and the Vice-Rector Magnificus "
         "of Banjul University, Professor John Roe, a correspondent reports.",
         {("Jane Doe", "rector", "Kestrel University"), ("John Roe", "Vice-Rector Magnificus", "Banjul University")}),
        # a capitalised domain that runs into the name: the name is not the title's
        ("Kestrel University signed with the University of Lisbon. It was signed by KU Vice-Rector for International "
         "Cooperation Dilnoza Karimova and Professor John Roe, rector of the University of Lisbon.",
         {("Dilnoza Karimova", "Vice-Rector for International Cooperation", "Kestrel University"),
          ("John Roe", "rector", "University of Lisbon")}),
        ("Kestrel University signed a deal with the University of Lisbon. President Jane Doe signed for Kestrel "
         "University, and Prof John Roe, vice-rector for research, for the University of Lisbon.",
         {("Jane Doe", "President", "Kestrel University"), ("John Roe", "vice-rector for research", "University of Lisbon")}),
    ],
)
def test_organisations_referred_to(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a minister's title names the ministry, as written with "State" and "of Country"
        ("Kestrel University signed with Banjul University. State Minister of Education Dr. John Roe, who witnessed "
         "the signing, said the Ministry of Education was glad.",
         {("John Roe", "State Minister of Education", "Ministry of Education")}),
        ("Kestrel University signed with Banjul University. It was witnessed by Deputy Minister of Education and "
         "Science of Ukraine Jane Doe and others.",
         {("Jane Doe", "Deputy Minister of Education and Science of Ukraine", "Ministry of Education and Science")}),
        ("Kestrel University signed with Banjul University. The Minister of Higher Education of Kestrel University Jane Doe spoke.",
         {("Jane Doe", "Minister of Higher Education", "Ministry of Higher Education")}),
        # the ministry named in full before ("... of the Republic of X"), and the one ministry of the sentence
        ("The Ministry of Higher Education and Research of the Republic of Kestrel signed with Banjul University. "
         "Deputy Minister of Higher Education and Research Jane Doe said it was good.",
         {("Jane Doe", "Deputy Minister of Higher Education and Research", "Ministry of Higher Education and Research of the Republic of Kestrel")}),
        ("The Ministry of Higher Education and Research announced that Kestrel University signed with Banjul University, "
         "in the presence of the Minister of Higher Education and Research, Dr. Jane Doe.",
         {("Jane Doe", "Minister of Higher Education and Research", "Ministry of Higher Education and Research")}),
        ("Kestrel University signed with Banjul University. The delegation was received at the Ministry of Higher "
         "Education, Science and Innovations, where its members met Deputy Minister Jane Doe.",
         {("Jane Doe", "Deputy Minister", "Ministry of Higher Education, Science and Innovations")}),
        ("Kestrel University signed with Banjul University. The delegation met Minister John Roe and visited the "
         "Ministry of Health and the Ministry of Education.", set()),
    ],
)
def test_ministers(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office between the title and "at ORG"
        ("Kestrel University signed with Banjul University in the presence of the Director General of Higher Education "
         "at the Ministry of Higher Education, Research and Innovation, Jane Doe.",
         {("Jane Doe", "Director General of Higher Education", "Ministry of Higher Education, Research and Innovation")}),
        # a Catalan or Spanish "i"/"y" inside a name; a unit of a name written in two languages
        ("The University of Girona renewed its accord with Kestrel University. It was signed by Professor Jordi Vila i "
         "Puig, dean of the Faculty of Law of the Universitat de Girona.", {("Jordi Vila i Puig", "dean", "Faculty of Law")}),
        ("Kestrel University signed with the Universidad de Sevilla. Rector José Ortega y Gasset of the Universidad de Sevilla spoke.",
         {("José Ortega y Gasset", "Rector", "Universidad de Sevilla")}),
        # a short form defined in brackets that no pattern found alone: before a title, after "of", before "its"
        ("The Association of Baltic Rectors (Baltijas Rektoru Asociacija, BRA) admitted Kestrel University. \"It is good,\" "
         "said John Roe, rector of Kestrel University and vice-president of BRA.",
         {("John Roe", "rector", "Kestrel University"), ("John Roe", "vice-president", "Association of Baltic Rectors")}),
        ("Separately, Banjul State University (Bansu) renewed its agreement with Kestrel University. The renewal was "
         "signed by Bansu rector Jane Doe and Kestrel University rector John Roe.",
         {("Jane Doe", "rector", "Banjul State University"), ("John Roe", "rector", "Kestrel University")}),
        ("Kestrel University signed a memorandum with Okapi University of Applied Sciences (Okus). The Okus delegation "
         "was led by its president, Jane Doe.", {("Jane Doe", "president", "Okapi University of Applied Sciences")}),
        ("Kestrel University signed a memorandum with Okapi University of Applied Sciences. The Okus delegation "
         "was led by its president, Jane Doe.", set()),
        # a domain written after the organisation, and a capitalised word between "the" and the title
        ("Kestrel University signed with Banjul University. The Regional Director of the Nordic Science Council (NSC) "
         "for sub-Saharan Africa, Dr Jane Doe, witnessed the ceremony.",
         {("Jane Doe", "Regional Director for sub-Saharan Africa", "Nordic Science Council")}),
        # a second role with "who is also": the first title is the article's organisation's
        ("The Council of Baltic Universities (CBU) met in Riga with Okapi University. CBU welcomed new members. Speaking "
         "after the meeting, the Chairperson of the Governing Board, Prof. Jane Doe, who is also Vice-Chancellor of "
         "Kestrel University, said the Council was growing.",
         {("Jane Doe", "Vice-Chancellor", "Kestrel University"), ("Jane Doe", "Chairperson of the Governing Board", "Council of Baltic Universities")}),
        ("The Council of Baltic Universities (CBU) met in Riga with Okapi University. CBU welcomed new members. Speaking "
         "after the meeting, the Chairperson of the Governing Board, Prof. Jane Doe, Vice-Chancellor of Kestrel "
         "University, said the Council was growing.", {("Jane Doe", "Vice-Chancellor", "Kestrel University")}),
    ],
)
def test_offices_and_second_roles(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ambassador with no organisation of the one embassy the article names; not one of another country
        ("Kestrel University signed with the University of Hanoi at the Embassy of Finland in Hanoi. Ambassador Jane Doe hosted a reception.",
         {("Jane Doe", "Ambassador", "Embassy of Finland in Hanoi")}),
        ("Kestrel University signed with the University of Hanoi at the Embassy of Finland in Hanoi. German Ambassador Jane Doe hosted a reception.", set()),
        ("Kestrel University signed with the University of Hanoi at the Embassy of Finland in Hanoi. The German Ambassador "
         "to Vietnam John Roe attended.", set()),
        # an office in lower case before "at ORG"
        ("Kestrel University signed with the University of Hanoi. Dr. Jane Doe, deputy head of mission at the Embassy of "
         "Finland in Hanoi, attended the ceremony.", {("Jane Doe", "deputy head of mission", "Embassy of Finland in Hanoi")}),
    ],
)
def test_embassies(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "at" a short form; "the College" (the one unit or organisation with that head); "Datin"
        ("Kestrel University signed with Óbuda University. The agreement was signed by Prof. Jane Doe, Vice-Rector for Science at Óbuda.",
         {("Jane Doe", "Vice-Rector for Science", "Óbuda University")}),
        ("Kestrel University's College of Agriculture signed with Banjul University. The agreement was signed by the "
         "Dean of the College, Prof. Dr. Jane Doe.", {("Jane Doe", "Dean", "College of Agriculture")}),
        ("Kestrel University signed with Banjul University in Kuala Lumpur, witnessed by Higher Education Ministry "
         "deputy secretary-general Datin Noraini Abdul Wahab.",
         {("Noraini Abdul Wahab", "deputy secretary-general", "Higher Education Ministry")}),
    ],
)
def test_short_forms_after_at_and_heads(run_empty, text, expected):
    assert {(r.person.name, r.title, r.organization.name) for r in run_empty(text).roles} == expected
