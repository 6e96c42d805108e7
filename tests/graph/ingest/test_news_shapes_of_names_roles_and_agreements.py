"""Shapes of names, roles and agreements as news from many countries writes them (issue 19,
round 7 part B), each on sentences written for the test with names of other countries and
languages than the articles that showed the family. No registry: the gazetteer of the
reference list and the patterns find the names."""

from __future__ import annotations

import pytest

from unikg.graph.ingest.agreements import rolled_up

from .conftest import names
from .test_roles import roles


def entity_ids(extraction, text: str) -> set[str]:
    return {i.entity.id for i in extraction.linked if i.mention.text == text}


def parties(extraction) -> list[list[str]]:
    return sorted(sorted(p.name for p in a.parties) for a in extraction.agreements if not a.is_group)


# -- people's names and roles ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # an initial joined to the name by its full stop, as Mongolian names are written
        ("The Khovd State University (KhSU) signed. The document was signed by KhSU Rector G.Batbayar.",
         {("G.Batbayar", "rector", "Khovd State University")}),
        ("The forum was organised by the Ministry of Education and Culture of Mongolia. Ch.Oyunchimeg, State Secretary of the Ministry, spoke.",
         {("Ch.Oyunchimeg", None, "Ministry of Education and Culture of Mongolia")}),
        # "bin"/"bint" names; "signed on behalf of ORG by Dr. X, TITLE"
        ("The MoU was signed on behalf of Aalto University by Dr. Khalid bin Saeed Al Amri, Vice-Chancellor, while Lanzhou University was represented by its President.",
         {("Khalid bin Saeed Al Amri", "vice-chancellor", "Aalto University")}),
        # a country's possessive before the ministry a title names
        ("The ceremony was attended by Dr. Mariam bint Saleh Al Balushi, Undersecretary for Higher Education at Qatar's Ministry of Education and Higher Education.",
         {("Mariam bint Saleh Al Balushi", None, "Ministry of Education and Higher Education")}),
        # a first name written short that the tokenizer keeps whole
        ("The Khulna University of Engineering and Technology (KUET) joined. KUET's Vice-Chancellor, Prof. Md. Abdul Hamid, who spoke online, welcomed it.",
         {("Md. Abdul Hamid", "vice-chancellor", "Khulna University of Engineering and Technology")}),
        # gapping: "A was represented by P1, Dean of its College, and B by TITLE P2"
        ("Lanzhou University (LZU) and Aalto University signed. LZU was represented by Prof. Zhang Wei, Dean of its College of Law, and Aalto University by Vice President Mary Smith.",
         {("Zhang Wei", "dean", "College of Law"), ("Mary Smith", "vice-president", "Aalto University")}),
        # a relative clause between the organisation and "was represented by its TITLE, X"
        ("Aalto University and Lanzhou University signed. Aalto University, which has campuses in Espoo, Helsinki and Mikkeli, was represented by its Rector, Prof. Ilkka Niemi.",
         {("Ilkka Niemi", "rector", "Aalto University")}),
        # "ORG (its name in another language), whose TITLE, X, ..."
        ("The meeting was hosted by Tampere University (Tampereen yliopisto), whose Rector, Dr. Keijo Virtanen, welcomed the guests.",
         {("Keijo Virtanen", "rector", "Tampere University")}),
        ("The agreement was entered into through the School of Chemical Engineering of Aalto University, whose director, Anna Korhonen, signed it.",
         {("Anna Korhonen", "director", "School of Chemical Engineering")}),
        # "his counterpart, P2": P1's title in the other organisation of the pair
        ("Lanzhou University and the University of Tartu signed a memorandum. It was signed by the President of Lanzhou University, Prof. Wang Fang, and his counterpart, Prof. Dr. Mart Kask, who led the delegation.",
         {("Wang Fang", "president", "Lanzhou University"), ("Mart Kask", "president", "University of Tartu")}),
        # "her Kenyan counterpart, P2": in the one organisation of that country
        ("Makerere University and the University of Nairobi signed an MoU. Makerere University Vice-Chancellor Jane Nabirye and her Kenyan counterpart, Stephen Kiama, signed it.",
         {("Jane Nabirye", "vice-chancellor", "Makerere University"), ("Stephen Kiama", "vice-chancellor", "University of Nairobi")}),
        # a short form of a name in another language, accents aside, before a title; "her Ivorian counterpart"
        ("The Université de Ouagadougou II and Côte d'Ivoire's Université Alassane Ouattara signed an agreement. It was signed by "
         "Ouagadougou II rector Marie Ouedraogo and her Ivorian counterpart, Kouame Konan.",
         {("Marie Ouedraogo", "rector", "Université de Ouagadougou II"), ("Kouame Konan", "rector", "Université Alassane Ouattara")}),
        # a coined word contracting a name before a title; "Her counterpart at ORG, P2" after the sentence of P1's title
        ("The network welcomed the Universidad de Antioquia and the Universidad Autónoma de Bucaramanga (UNAB) as members. "
         "UAntioquia rector Dr. Lucia Restrepo thanked the members. Her counterpart at UNAB, Dr. Pablo Rueda, spoke next.",
         {("Lucia Restrepo", "rector", "Universidad de Antioquia"), ("Pablo Rueda", "rector", "Universidad Autónoma de Bucaramanga")}),
        # "TITLE P, who ..., signed for ORG"
        ("Plovdiv University and the University of Tartu (UT) inked an agreement. Rector Prof. Mart Kask, who is on a two-day visit "
         "to Bulgaria at the head of a delegation, signed for UT.",
         {("Mart Kask", "rector", "University of Tartu")}),
        # "X Tech" of the one name of technology with X as its distinctive word
        ("The Bandung University of Technology and Kyoto University signed. Kyoto University was represented by Prof. Aiko Sato, "
         "and Bandung Tech by Vice President Budi Santoso.",
         {("Budi Santoso", "vice-president", "Bandung University of Technology")}),
        # a title with its domain after a colon
        ("The University of Zambia (UNZA) signed. UNZA Pro-Vice-Chancellor: Research Prof. Mwila Banda witnessed it.",
         {("Mwila Banda", "deputy", "University of Zambia")}),
        # a capitalised domain that runs into the name before ", who"
        ("The University of Tartu (UT) signed. It was signed by UT Vice-Rector for Science Kristiina Tamm, who led the delegation.",
         {("Kristiina Tamm", "vice-rector", "University of Tartu")}),
        # "regional director"; a minister's title with a list of domains names the ministry
        ("The Association of African Universities (AAU) helps. \"It matters,\" said Kofi Mensah, the AAU's regional director for West Africa and the Sahel.",
         {("Kofi Mensah", "director", "Association of African Universities")}),
        ("The ceremony took place in the presence of Vice-Minister of Education, Youth and Sport Petra Novak.",
         {("Petra Novak", None, "Ministry of Education, Youth and Sport")}),
    ],
)
def test_roles_as_news_writes_them(run_empty, text, expected):
    assert roles(run_empty(text)) >= expected


def test_a_counterpart_of_no_stated_organisation_is_in_none_when_the_pair_is_not_named(run_empty):
    found = roles(run_empty("Rector Mart Kask and his counterpart, Prof. Dr. Jaan Tamm, who led the delegation, met in Tartu."))
    assert not any(name == "Jaan Tamm" for name, _, _ in found)


def test_an_initial_joined_to_a_word_by_its_full_stop_ends_no_sentence_but_a_full_stop_before_a_space_does(run_empty):
    extraction = run_empty("The ministry met. Ts.Batbold, State Secretary of the Ministry of Education of Mongolia, spoke. It was good.Then it ended.")
    assert "Ts.Batbold" in names(extraction, "person")


# -- institution names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a place's adjective or a field's word before "and" and a singular head belongs to the name
        ("They met the Estonian Research and Innovation Council (ETAg) on Monday.", "Estonian Research and Innovation Council", "Innovation Council"),
        ("They met the Nordic and Baltic Council for Higher Education on Monday.", "Nordic and Baltic Council for Higher Education", "Baltic Council for Higher Education"),
        # ... but not a place's name that ends another organisation's, nor a plural head
        ("The University of Milan and Turin State University signed.", "University of Milan", "Milan and Turin State University"),
        # "and" before a country's possessive, of several words, ends a name
        ("The Université de Bamako and Burkina Faso's Université Joseph Ki-Zerbo signed.", "Université de Bamako", "Université de Bamako and Burkina"),
        ("The Universidade de Lisboa and the United Kingdom's University of Leeds signed.", "University of Leeds", "United Kingdom's University of Leeds"),
        # an eponym after the head, before the acronym ("... University after FIRSTNAME SURNAME (ACR)")
        ("They met the Yerevan State Medical University after Mkhitar Heratsi (YSMU).", "Yerevan State Medical University after Mkhitar Heratsi", "Yerevan State Medical University"),
        ("He joined Stanford University after John Smith left.", "Stanford University", "Stanford University after John Smith"),
        ("The Kazakh National University named for Al-Farabi signed.", "Kazakh National University named for Al-Farabi", "Kazakh National University"),
        # "and the X and Y Office" is another organisation
        ("It was co-organised by the Ministry of Education and Science and the Japan Economic and Cultural Office in Tashkent.",
         "Ministry of Education and Science", "Ministry of Education and Science and the Japan Economic"),
        # a city's possessive owns the name after it; "St Mary's" is part of its name
        ("Prague's University of Chemistry and Technology and St Mary's University signed.", "St Mary's University", "Prague's University of Chemistry and Technology"),
        # German "für" and "zu" inside names
        ("The Universität zu Lübeck and the Universität für Weiterbildung Krems signed.", "Universität für Weiterbildung Krems", "Universität"),
    ],
)
def test_names_keep_their_words_and_not_their_neighbours(run_empty, text, present, absent):
    found = names(run_empty(text), "organization")
    assert present in found
    assert absent not in found


def test_a_citys_name_after_in_is_the_city_not_a_short_form_of_a_university_named_after_it(run_empty):
    extraction = run_empty("The university has campuses in Chongjin and Pyongyang. A separate agreement with Chongjin Mining Institute is expected.")
    assert "Chongjin Mining Institute" in names(extraction, "organization")
    assert "Chongjin" not in names(extraction, "organization")


def test_another_name_an_organisation_goes_by_is_that_organisation(run_empty):
    extraction = run_empty("Founded in 1966, the University of Zambia, known locally as UZAM, is the oldest. UZAM signed an MoU with Kyoto University.")
    assert len(entity_ids(extraction, "UZAM") | entity_ids(extraction, "University of Zambia")) == 1


def test_an_own_language_name_in_brackets_and_the_acronym_after_it_are_the_english_named_organisation(run_empty):
    extraction = run_empty("The university is a member of the Andean University Council (Consejo Universitario Andino, CUAN) since 1990. CUAN met.")
    ids = entity_ids(extraction, "Andean University Council") | entity_ids(extraction, "Consejo Universitario Andino") | entity_ids(extraction, "CUAN")
    assert len(ids) == 1


def test_an_institute_of_technology_named_in_english_and_in_its_own_language_is_one(run_empty):
    extraction = run_empty("The Panama Institute of Technology (PIT) signed an agreement. At the Instituto Tecnológico de Panamá, it was signed by the rector.")
    assert entity_ids(extraction, "Instituto Tecnológico de Panamá") == entity_ids(extraction, "Panama Institute of Technology")


def test_a_name_written_again_without_its_epithet_in_quotes_is_that_organisation(run_empty):
    extraction = run_empty('South-West University "Neofit Rilski" and Kyoto University signed an agreement. It was signed in the hall of South-West University.')
    whole = entity_ids(extraction, 'South-West University "Neofit Rilski"')
    assert len(whole) == 1 and entity_ids(extraction, "South-West University") == whole


def test_a_unit_named_by_an_acronym_and_a_field_is_not_split_at_its_of_and_the_acronym_never_defined_is_its_owner(run_empty):
    extraction = run_empty("It renewed its agreement with the College of Health Sciences of the University of Ghana. "
                           "It was signed by Prof. Ama Owusu, Provost of the UG College of Health Sciences.")
    assert "Health Sciences" not in names(extraction, "organization")
    ghana = entity_ids(extraction, "University of Ghana")
    assert {i.entity.unit_of for i in extraction.linked if i.mention.text == "UG College of Health Sciences"} == ghana


# -- agreements ------------------------------------------------------------------------------


def test_each_of_two_subjects_signs_its_own_agreement(run_empty):
    extraction = run_empty("Makerere University and Kyambogo University each signed an MoU with the University of Nairobi on Monday.")
    assert parties(extraction) == [["Kyambogo University", "University of Nairobi"], ["Makerere University", "University of Nairobi"]]


def test_a_unit_in_an_inverted_passive_rolls_up_to_its_university(run_empty):
    extraction = run_empty("Aalto University and Lanzhou University signed an MoU on Monday. Also signed during the visit was an executive programme "
                           "between Aalto University's School of Business and the Finnish Environment Institute (SYKE) on water.")
    assert ["Aalto University", "Finnish Environment Institute"] in parties(extraction)


def test_a_unit_of_a_named_university_on_each_side_rolls_up_to_both(run_empty):
    extraction = run_empty("The University of Zambia (UNZA) hosted the week. UNZA's School of Law renewed its agreement with the Faculty of Law of the University of Malawi.")
    facts = [a for a in extraction.agreements if not a.is_group]
    assert len(facts) == 1
    ids = {i.entity.id: i.entity.name for i in extraction.linked}
    assert {ids[p] for p in rolled_up(facts[0].parties)} == {"University of Zambia", "University of Malawi"}


def test_a_count_after_an_aside_is_the_subjects_only(run_empty):
    extraction = run_empty("Lanzhou University (LZU) and Aalto University signed an MoU on Monday. Besides the Aalto memorandum, "
                           "LZU signed three further agreements with other Finnish universities during the visit.")
    groups = [a for a in extraction.agreements if a.is_group]
    assert [([p.name for p in g.parties], g.count) for g in groups] == [(["Lanzhou University"], 3)]


def test_an_mou_at_the_end_of_a_sentence_is_an_agreement(run_empty):
    extraction = run_empty("Aalto University and Lanzhou University signed an MoU. It covers joint research.")
    assert parties(extraction) == [["Aalto University", "Lanzhou University"]]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Aalto University and Lanzhou University renewed their agreement on exchange, first concluded in 2011.", None),
        ("Aalto University and Lanzhou University signed an MoU on Wednesday on the sidelines of the Silk Road Forum, held in Almaty on June 3-4.", None),
        ("Aalto University and Lanzhou University signed an MoU at a ceremony, held in Espoo on 5 May 2024.", "2024-05-05"),
    ],
)
def test_a_date_of_another_event_in_the_sentence_is_not_the_signings(run_empty, text, date):
    facts = [a for a in run_empty(text).agreements if not a.earlier]
    assert [a.signed_on for a in facts] == [date]


def test_today_inside_a_quotation_is_the_speakers_day_not_the_articles(run_empty):
    text = ("Aalto University and Lanzhou University signed an MoU on 4 June 2024.\n"
            "\"We have worked together for years. Today we give it a framework,\" the rector said.\n"
            "On the same day, Aalto University concluded an agreement with the University of Tartu.")
    facts = {frozenset(p.name for p in a.parties): a.signed_on for a in run_empty(text, published="2024-06-07").agreements}
    assert facts[frozenset({"Aalto University", "University of Tartu"})] == "2024-06-04"


def test_a_unit_named_by_a_word_of_its_university_and_a_faculty_with_its_city_roll_up_to_their_universities(run_empty):
    extraction = run_empty("The Universidad Nacional de Cuyo (UNCuyo) and the University of Chile signed. In 2019, the Cuyo School of Agronomy "
                           "entered into a double-degree agreement with the Faculty of Law in Valparaiso of the University of Zagreb.")
    ids = {i.entity.id: i.entity.name for i in extraction.linked}
    rolled = [{ids[p] for p in rolled_up(a.parties)} for a in extraction.agreements if not a.is_group]
    assert {"Universidad Nacional de Cuyo", "University of Zagreb"} in rolled
