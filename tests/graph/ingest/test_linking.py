"""Entity linking against the seed registry: acronyms, spellings, word order, case and accents,
typos, and new entities flagged for review."""

from __future__ import annotations

import pytest

from unikg.graph.ingest.linking import Linker, slugify


def links(extraction) -> dict[str, tuple[str, bool]]:
    return {i.mention.text: (i.entity.id, i.entity.new) for i in extraction.linked}


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("KazNU signed it.", "KazNU", "kaznu"),  # an acronym
        ("KAZNU signed it.", "KAZNU", "kaznu"),  # its case
        ("Kaznu signed it.", "Kaznu", "kaznu"),
        ("Al-Farabi Kazakh National University signed it.", "Al-Farabi Kazakh National University", "kaznu"),
        ("University of Torino signed it.", "University of Torino", "unito"),  # a spelling, not the name
        ("CentraleSupélec signed it.", "CentraleSupélec", "centralesupelec"),  # accents
        ("XJTU’s president spoke.", "XJTU", "xjtu"),
        ("Xi’an Jiaotong University hosted it.", "Xi’an Jiaotong University", "xjtu"),  # typographic apostrophe
    ],
)
def test_registry_names_link_whatever_the_case_accents_and_spelling(run_seed, text, mention, expected):
    assert links(run_seed(text))[mention] == (expected, False)


@pytest.mark.parametrize(
    "text, mention",
    [
        ("It presents a certificate to Tuimebayev Zhanseit Kanseituly (R), rector of KAZNU.", "Tuimebayev Zhanseit Kanseituly"),  # article 002
        ("Tuimebayev Zhanseit spoke at KazNU.", "Tuimebayev Zhanseit"),
        ("Zhanseit Tuimebayev spoke at KazNU.", "Zhanseit Tuimebayev"),
    ],
)
def test_people_link_in_any_word_order(run_seed, text, mention):
    assert links(run_seed(text))[mention] == ("zhanseit-tuimebayev", False)


def test_typos_link_to_the_closest_registry_name(run_seed):
    found = links(run_seed("Northwest Normal University from Chine signed it."))  # article 000
    assert found["Chine"] == ("CN", False)
    found = links(run_seed("The Univeristy of Liverpool and the Shanghai Cooperation Organisaton met."))
    assert found["Univeristy of Liverpool"] == ("university-of-liverpool", False)
    assert found["Shanghai Cooperation Organisaton"] == ("sco", False)


def test_a_typo_close_to_two_names_is_not_guessed(seed_registry):
    linker = Linker(seed_registry)
    assert linker.lookup("Chiang Mai Universit", kind="organization") == ("chiang-mai-university", "typo")
    assert linker.lookup("Moscow Institute", kind="organization") is None


def test_new_entities_get_a_slug_a_kind_and_a_country_and_are_flagged(run_seed):
    extraction = run_seed(
        "XJTU signed an agreement with Kathmandu University (Nepal) and Shenzhen Technology University. "
        "Kathmandu University will host students."
    )
    by_text = {i.mention.text: i.entity for i in extraction.linked}
    nepal = by_text["Kathmandu University"]
    assert (nepal.id, nepal.new, nepal.country, nepal.org_kind) == ("kathmandu-university", True, "NP", "university")
    assert by_text["Kathmandu University"].id == "kathmandu-university"  # the same new entity
    assert by_text["Shenzhen Technology University"].country == "CN"  # Shenzhen is a registry city in China
    assert {e.id for e in extraction.new_entities} == {"kathmandu-university", "shenzhen-technology-university"}


def test_an_acronym_defined_in_brackets_names_the_same_new_entity(run_empty):
    extraction = run_empty("Astana IT University (AITU) hosted the forum. AITU will also host the next one.")
    ids = [(i.mention.text, i.entity.id) for i in extraction.linked]
    assert ids == [("Astana IT University", "aitu"), ("AITU", "aitu"), ("AITU", "aitu")]


def test_units_of_known_organisations(run_seed):
    extraction = run_seed(
        "XJTU School of Physics signed it with the Lanzhou Institute of Geology of the Chinese Academy of Sciences."
    )
    by_text = {i.mention.text: i.entity for i in extraction.linked}
    assert by_text["XJTU School of Physics"].unit_of == "xjtu"
    assert by_text["Lanzhou Institute of Geology"].unit_of == "cas"
    assert by_text["Lanzhou Institute of Geology"].country == "CN"  # the country of its parent


def test_slugs_are_ascii():
    assert slugify("Université Paris-Saclay") == "universite-paris-saclay"


# -- the gazetteer, and one organisation written two ways ---------------------------------------


def test_new_organisations_take_the_name_the_reference_list_writes(run_empty):
    extraction = run_empty("A memorandum was signed with the Liverpool John Moors University (UK) and Cochin University of Science & Technology.")
    named = {i.mention.text: i.entity for i in extraction.linked if i.mention.kind == "organization"}
    moores = named["Liverpool John Moors University"]
    assert (moores.name, moores.written, moores.country) == ("Liverpool John Moores University", "Liverpool John Moors University", "GB")
    assert named["Cochin University of Science & Technology"].reference is None  # not a typo: "&" is not "and" here


def test_a_real_institution_is_no_typo_of_a_registry_name(run_seed):
    found = links(run_seed("Tsinghua University signed an agreement with the University of Toronto."))
    assert found["University of Toronto"] == ("university-of-toronto", True)  # not unito, "University of Torino"


def test_one_organisation_written_two_ways_is_one(run_empty):
    extraction = run_empty(
        "The partners are the University of Graz - Karl-Franzens-Universität Graz (Austria) and Banjul University.\n"
        "Kestrel Mountain Polytechnic University signed it. Kestrel Mountian Polytechnic University will host the students."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["University of Graz"] == ids["Karl-Franzens-Universität Graz"]
    assert ids["Kestrel Mountain Polytechnic University"] == ids["Kestrel Mountian Polytechnic University"]  # a typo in the source
    different = run_empty("The University of Ottawa and the University of Oslo signed it.")
    assert len({i.entity.id for i in different.linked}) == 2  # one word apart, but both real names


def test_an_eponym_written_last_is_the_same_organisation(run_seed):
    found = links(run_seed("Press Service of Kazakh National University named after Al-Farabi"))
    assert found["Kazakh National University named after Al-Farabi"] == ("kaznu", False)


def test_a_short_name_before_a_title_is_the_organisation_named_in_full(run_empty):
    extraction = run_empty("Banjul University signed it. Banjul's Professor Awa Ceesay leads the project.")
    (role,) = extraction.roles
    assert (role.organization.name, role.person.name, role.role) == ("Banjul University", "Awa Ceesay", "professor")


def test_a_typo_keeps_the_first_letters_of_the_words(run_empty):
    extraction = run_empty("Tomsk State University signed it with the Liverpool John Moors University.")
    names = {i.mention.text: i.entity.name for i in extraction.linked}
    assert names["Tomsk State University"] == "Tomsk State University"  # not Omsk State University
    assert names["Liverpool John Moors University"] == "Liverpool John Moores University"


def test_a_name_of_real_words_is_no_typo_of_a_reference_name(run_empty):
    extraction = run_empty("The University of Granada signed it.")  # the list writes "Universidad de Granada" and has "University of Granma"
    assert [i.entity.name for i in extraction.linked] == ["University of Granada"]


def test_an_acronym_of_another_language_in_brackets_is_the_name_before_it(run_empty):
    extraction = run_empty("Banjul University joined the Union of Coastal Colleges (UNICOC). UNICOC has 40 members.")
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["UNICOC"] == ids["Union of Coastal Colleges"]
    assert len({i.entity.id for i in extraction.linked}) == 2


def test_one_organisation_named_in_two_languages_is_one(run_empty):
    extraction = run_empty(
        "Kestrel Technical University signed it with the University of Tamale. "
        "Kestrel Teknik Üniversitesi will host the students, and the Universität Tamale the staff; Technical University of Tamale is another one."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["Kestrel Teknik Üniversitesi"] == ids["Kestrel Technical University"]
    assert ids["Universität Tamale"] == ids["University of Tamale"]
    assert ids["Technical University of Tamale"] != ids["University of Tamale"]


def test_two_names_the_reference_list_gives_to_two_rows_stay_two_though_one_reads_as_the_other(run_empty):
    # "Singidunum" is Belgrade's Roman name in the places table: the two names read alike word by
    # word, but the reference list has Singidunum University and the University of Belgrade
    extraction = run_empty(
        "The assembly admitted Univerzitet Singidunum as a full member. "
        "Representatives of the University of Belgrade presented their experience."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["Univerzitet Singidunum"] != ids["University of Belgrade"]


def test_short_forms_used_alone_are_the_organisation_named_in_full(run_empty):
    extraction = run_empty(
        "The Universidad de los Andes, Banjul University (Banjulia) and the Sahelo Coastal Universities Network signed it. "
        "Los Andes, Banjulia and Sahelo will exchange students."
    )
    ids = [(i.mention.text, i.entity.id) for i in extraction.linked if i.mention.kind == "organization"]
    named = dict(ids)
    assert named["Los Andes"] == named["Universidad de los Andes"]
    assert named["Banjulia"] == named["Banjul University"]
    assert named["Sahelo"] == named["Sahelo Coastal Universities Network"]
    assert len({e for _, e in ids}) == 3


def test_a_unit_of_an_organisation_named_otherwise_rolls_up_to_it(run_empty):
    extraction = run_empty(
        "Banjul University (BU) and the Universidad de los Andes met. The Department of Marine Studies of BU, the Faculty of Law of Los Andes "
        "and Banjul University's School of Nursing signed it. The University's Centre for Coasts will lead it. The International Office of BU helped."
    )
    found = {i.mention.text: i.entity for i in extraction.linked if i.mention.kind == "organization"}
    assert found["Department of Marine Studies"].unit_of == found["BU"].id == found["Banjul University"].id
    assert found["International Office"].unit_of == found["BU"].id
    assert found["Faculty of Law"].unit_of == found["Universidad de los Andes"].id
    assert found["School of Nursing"].unit_of == found["Banjul University"].id
    assert "Centre for Coasts" in found  # not "University's Centre for Coasts"


def test_an_acronym_with_an_apposition_is_the_organisation_it_names(run_empty):
    extraction = run_empty("Banjul University is a member of CUSANET, the Coastal Universities Network, since 2019.")
    ids = {i.mention.text: i.entity.id for i in extraction.linked}
    assert ids["CUSANET"] == ids["Coastal Universities Network"]


def test_a_country_or_a_place_in_brackets_is_no_short_form(run_empty):
    extraction = run_empty(
        "Partners are Kestrel Üniversitesi (Turkey) and the Bologna Process Monitoring Group (Bologna). "
        "Students from Turkey went to Bologna."
    )
    assert [i.mention.text for i in extraction.linked if i.mention.kind == "organization"] == [
        "Kestrel Üniversitesi", "Bologna Process Monitoring Group",
    ]


def test_a_unit_named_by_a_word_of_another_organisation_is_its_unit(run_empty):
    extraction = run_empty(
        "Banjul University signed it with the Kestrel University of Tamale. Banjul University is old.\n"
        "The Dean of the Tamale Faculty, Prof. Ama Owusu, led the delegation."
    )
    found = {i.mention.text: i.entity for i in extraction.linked}
    assert found["Tamale Faculty"].unit_of == found["Kestrel University of Tamale"].id


def test_a_name_written_again_without_its_place_is_the_same_organisation(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University of Tamale hosted the assembly, and Banjul University in Serekunda (UBS) sent a delegation. "
        "The secretariat is based at Kestrel Mountain University; Banjul University will host the next one. "
        "Accra University of Technology signed too, and so did Accra University."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["Kestrel Mountain University"] == ids["Kestrel Mountain University of Tamale"]
    assert ids["Banjul University"] == ids["Banjul University in Serekunda"]
    assert ids["Accra University"] != ids["Accra University of Technology"]  # a field makes another name


def test_the_owner_of_a_qualified_unit_is_the_organisation_named_in_full(run_empty):
    extraction = run_empty("Tamale Technical University signed. Its officers studied at Tamale's Graduate School of Public Health.")
    linked = [(i.mention.text, i.entity.id, i.entity.unit_of) for i in extraction.linked if i.mention.kind == "organization"]
    assert linked == [
        ("Tamale Technical University", "tamale-technical-university", None),
        ("Tamale", "tamale-technical-university", None),
        ("Graduate School of Public Health", "graduate-school-of-public-health", "tamale-technical-university"),
    ]


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # two capitals where an organisation stands: the one name of the article with those initials
        ("Banjul University and the University of Tema (UT) met. BU President Dr. Ama Mensah and the rector signed.", "BU", "Banjul University"),
        # an acronym and a city: the one name of the article with that city and the acronym's letters
        ("Delft University of Technology and the IHE Delft Institute for Water Education met. TU Delft will host them.", "TU Delft",
         "Delft University of Technology"),
    ],
)
def test_a_short_acronym_or_an_acronym_and_a_city_is_the_organisation_named_in_full(run_empty, text, mention, expected):
    ids = {i.mention.text: i.entity.id for i in run_empty(text).linked if i.mention.kind == "organization"}
    assert ids[mention] == ids[expected] and len(set(ids.values())) == 2


def test_a_unit_of_a_name_written_in_two_languages_is_of_the_one_entity(run_empty):
    extraction = run_empty(
        "The University of Girona renewed its accord with Kestrel University. It was signed by Professor Jordi Vila i "
        "Puig, dean of the Faculty of Law of the Universitat de Girona."
    )
    entities = {i.entity.name: i.entity for i in extraction.linked}
    assert entities["Faculty of Law"].unit_of == entities["University of Girona"].id


def test_a_ministry_named_by_its_ministers_title_is_the_one_named_before(run_empty):
    extraction = run_empty(
        "The Ministry of Higher Education and Research announced that Kestrel University signed with Banjul University, "
        "in the presence of the Minister of Higher Education and Research, Dr. Jane Doe."
    )
    assert len({i.entity.id for i in extraction.linked if "Higher Education" in i.mention.text}) == 1


@pytest.mark.parametrize(
    "text, short, full",
    [
        # the distinctive words of the full name, in order: a place and a head left out
        ("Olena Teliha Dnipro Polytechnic Institute and Ghent University signed a memorandum. The rector of Dnipro Polytechnic, "
         "Professor Ivan Sydorenko, signed it.", "Dnipro Polytechnic", "Olena Teliha Dnipro Polytechnic Institute"),
        # an eponym kept, initials, a city and "National" left out
        ("It was signed by S. P. Voronov Odesa National University and Uppsala University. Voronov University rector Anna Ivanova "
         "spoke.", "Voronov University", "S. P. Voronov Odesa National University"),
        # the short form first, in a headline; "National University" left out
        ("Ternopil Polytechnic joins the network\nTernopil Polytechnic National University has joined the Baltic University "
         "Network.", "Ternopil Polytechnic", "Ternopil Polytechnic National University"),
    ],
)
def test_a_short_form_of_a_name_in_full_is_the_same_organisation(run_empty, text, short, full):
    ids = {i.mention.text: i.entity.id for i in run_empty(text).linked if i.mention.kind == "organization"}
    assert ids[short] == ids[full]


def test_a_short_form_two_names_fit_stays_apart(run_empty):
    extraction = run_empty(
        "Olena Teliha Dnipro Polytechnic Institute and Dnipro Polytechnic National University met in May. "
        "Dnipro Polytechnic said it would host the next meeting."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert len(set(ids.values())) == 3


def test_a_name_in_its_own_language_in_brackets_is_the_same_organisation(run_empty):
    extraction = run_empty(
        "The Council of Rectors of Peruvian Universities (Consejo de Rectores de las Universidades Peruanas, CRUP) on Monday "
        "admitted the Universidad de Piura as a full member."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["Consejo de Rectores de las Universidades Peruanas"] == ids["Council of Rectors of Peruvian Universities"] == ids["CRUP"]
    assert ids["Universidad de Piura"] != ids["CRUP"]


def test_a_place_in_a_name_is_no_registry_acronym(run_seed):
    extraction = run_seed("New York University in Abu Dhabi hosted the meeting. ABU and the University of Ghana signed a memorandum.")
    linked = [(i.mention.text, i.entity.id) for i in extraction.linked if i.mention.kind == "organization"]
    assert ("ABU", "abu") in linked
    assert not any(text != "ABU" and ident == "abu" for text, ident in linked)


def test_a_unit_with_a_head_of_another_language_of_an_acronym_is_the_unit_and_its_parent(run_empty):
    extraction = run_empty(
        "Universidad Nacional de La Plata (UNLP) and the University of Padua signed an agreement. "
        "Field trials will run at the Granja Escuela of UNLP."
    )
    linked = [(i.mention.text, i.entity.id) for i in extraction.linked if i.mention.kind == "organization"]
    assert ("Granja Escuela", "granja-escuela") in linked and linked[-1] == ("UNLP", "unlp")


def test_a_name_of_the_reference_list_is_no_short_form_of_a_longer_one_it_does_not_begin(run_empty):
    extraction = run_empty("Wuhan Lakeside University and Ghent University signed a memorandum. Wuhan University sent a delegation.")
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["Wuhan University"] != ids["Wuhan Lakeside University"]


def test_a_name_word_represented_by_someone_is_the_organisation(run_empty):
    extraction = run_empty(
        "Ghent University inked an agreement with the Universidad de Talca. Dean Jan Peeters signed for Ghent, "
        "while Talca was represented by its Vice-Rector for Research, Ana Soto."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["Talca"] == ids["Universidad de Talca"]


def test_a_short_form_whose_words_two_names_have_stays_apart(run_empty):
    extraction = run_empty(
        "Volyn University signs two agreements\n"
        "Oles Kovalenko Volyn University and the Volyn University of Technology signed agreements with Ghent University on Monday."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["Volyn University"] not in (ids["Oles Kovalenko Volyn University"], ids["Volyn University of Technology"])


def test_one_organisation_written_two_ways_takes_the_name_the_reference_list_knows(run_empty):
    """Round 14: an own-language name before the English one, and a name with its country
    after it before the name alone, are one organisation under the name the reference list
    writes (the gold rolls parties up to it); a ministry keeps the country of its name."""
    extraction = run_empty(
        "The Università di Padova and Kestrel Technical University signed a memorandum of understanding on 4 June 2025. "
        "The University of Padua will host the first students. "
        "Kestrel Technical University also signed a cooperation agreement with Charles University of the Czech Republic. "
        "Charles University will send ten doctoral students. "
        "The Ministry of Education of Kestovia funds both; the Ministry of Education said so on Monday."
    )
    named = {i.mention.text: i.entity.name for i in extraction.linked if i.mention.kind == "organization"}
    assert named["Università di Padova"] == named["University of Padua"] == "University of Padua"
    assert named["Charles University of the Czech Republic"] == named["Charles University"] == "Charles University"
    assert named["Ministry of Education of Kestovia"] == "Ministry of Education of Kestovia"
    assert sorted(p.name for a in extraction.agreements for p in a.parties if p.name != "Kestrel Technical University") == [
        "Charles University", "University of Padua"]


def test_a_unit_of_an_acronym_the_article_defines_is_not_the_registrys_organisation_of_that_acronym(run_seed):
    """Round 14: "UiA's Faculty of X" after "the University of Arvenholt (UiA)": the faculty is
    the article's UiA's, not the registry's University Innovation Alliance (UIA), and the
    agreement it signs is its university's."""
    extraction = run_seed(
        "The University of Arvenholt (UiA) hosted the meeting. "
        "UiA's Faculty of Education signed an exchange agreement with Kestrel Technical University in 2021."
    )
    faculty = next(i.entity for i in extraction.linked if i.mention.text == "Faculty of Education")
    uia = next(i.entity for i in extraction.linked if i.mention.text == "University of Arvenholt")
    assert faculty.unit_of == uia.id
    assert [sorted(p.unit_of or p.id for p in a.parties) for a in extraction.agreements] == [sorted([uia.id, "kestrel-technical-university"])]


@pytest.mark.parametrize(
    "text, short, full",
    [
        # the one word first, in a headline and a quote; the name in full in the "About" paragraph
        ('Varnholm welcomes new partners\n"For Varnholm, this is a big step," the president said. '
         "About us: Varnholm University is a public research university.", "Varnholm", "Varnholm University"),
        # an acronym that is the first word of the name, not its initials, before and after it
        ("Students of KVT and Uppsala University met in May. KVT Royal Institute of Engineering hosted them. "
         "KVT will send ten students.", "KVT", "KVT Royal Institute of Engineering"),
        # an alliance's one word after its name in full
        ("The Corvana European University Alliance admitted two members. Corvana now has nine.", "Corvana",
         "Corvana European University Alliance"),
    ],
)
def test_one_word_that_begins_one_name_of_the_article_is_that_organisation(run_empty, text, short, full):
    """Round 15: the first word of one name the article gives in full, before or after it."""
    ids = {i.mention.text: i.entity.id for i in run_empty(text).linked if i.mention.kind == "organization"}
    assert ids[short] == ids[full]


def test_one_word_that_two_names_fit_stays_apart(run_empty):
    """The university of a place, and an alliance named after it: "Varnholm" alone is neither."""
    extraction = run_empty(
        "Students of Varnholm met in May. The University of Varnholm and the Varnholm Universities Network hosted them."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert len({ids["University of Varnholm"], ids["Varnholm Universities Network"]}) == 2
    assert ids.get("Varnholm") not in (ids["University of Varnholm"], ids["Varnholm Universities Network"])


def test_one_word_is_not_a_longer_name_it_begins(run_empty):
    """"Cardiff" alone is not Cardiff Metropolitan University."""
    extraction = run_empty("Students of Varnholm met in May. Varnholm Metropolitan University hosted them.")
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids.get("Varnholm") != ids["Varnholm Metropolitan University"]


def test_a_typo_of_a_name_the_article_gave_is_that_organisation(run_empty):
    """Round 15: the reference list's name reached through a typo is the entity already named so."""
    extraction = run_empty(
        "The University of Peradeniya signed a memorandum with Kestrel Technical University in May. "
        "Students of the University of Peradenia will start in September."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["University of Peradenia"] == ids["University of Peradeniya"]
