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
        # a country in brackets is not part of the name (the linker reads it): article 001
        ("XJTU Health Science Center signed with National University of Sciences and Technology (Pakistan) and Chiang Mai University.",
         ["XJTU Health Science Center", "National University of Sciences and Technology", "Chiang Mai University"]),
        ("It welcomed Kathmandu University (Nepal) and the Open University (United Kingdom).",
         ["Kathmandu University", "Open University"]),
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


# -- the shapes of the development articles, on sentences written for these tests ------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # heads of other languages, with the name after them or a hyphen before them
        ("Partners are the Universidad Nacional Andina (Peru), the Friedrich-Schiller-Universität Jena and Ankara Teknik Üniversitesi.",
         ["Universidad Nacional Andina", "Friedrich-Schiller-Universität Jena", "Ankara Teknik Üniversitesi"]),
        ("The Università Cattolica Romana and the Uniwersytet Pomorski signed it.", ["Università Cattolica Romana", "Uniwersytet Pomorski"]),
        # a possessive's owner is not part of the name; a possessive inside a name is
        ("Ghana's Kwame Coastal University and Europe's Hanseatic Technical University met at St Mary's College.",
         ["Kwame Coastal University", "Hanseatic Technical University", "St Mary's College"]),
        # an owner the lists do not know before a name the reference list knows: the owner is not part of it
        ("Brazil's Aalto University and Borduria's Lund University met.", ["Aalto University", "Lund University"]),
        # an adjective and "and" before the head belong to the name
        ("Delta Agricultural and Mechanical State University joined.", ["Delta Agricultural and Mechanical State University"]),
        # a list of domains after "of", ending in "and"
        ("It was funded by the Ministry of Fisheries, Ocean Economy and Blue Growth of the region.",
         ["Ministry of Fisheries, Ocean Economy and Blue Growth"]),
        # a municipal government, in lower case
        ("Harbin municipal government invited the universities.", ["Harbin municipal government"]),
        # a quoted name before a lower-case alliance noun
        ('Twelve colleges joined the "Silk Corridor Higher Education" alliance.', ['"Silk Corridor Higher Education" alliance']),
        # more head nouns: commission, council, group, network
        ("The European Research Commission, the Council of Baltic Rectors and the Tidewater Universities Network met.",
         ["European Research Commission", "Council of Baltic Rectors", "Tidewater Universities Network"]),
    ],
)
def test_institution_shapes(run_empty, sentence, expected):
    assert names(run_empty(sentence), "organization") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a head of another language, its name, then "de/di X"
        ("The Universidad Técnica de Oruro and the Università Statale di Trento signed.", ["Universidad Técnica de Oruro", "Università Statale di Trento"]),
        # "in" and a place before the name's acronym are part of the name; without an acronym after them they are not
        ("Nile Valley University in Atbara (NVUA) hosted Kestrel University in Tema.", ["Nile Valley University in Atbara", "NVUA", "Kestrel University"]),
        # a name of the reference list with a comma before the place after its head, as news writes it
        ("The delegation visited Medical University, Plovdiv, and Bayero University, Kano.", ["Medical University, Plovdiv", "Bayero University, Kano"]),
        # ... and with a word inside in lower case, as its own language writes it (a little word of English is not one)
        ("Students of the Université libre de Kinshasa and of Prince Mohammad bin Fahd University met.",
         ["Université libre de Kinshasa", "Prince Mohammad bin Fahd University"]),
    ],
)
def test_names_run_on_past_a_place_or_a_word_in_lower_case(run_empty, sentence, expected):
    assert names(run_empty(sentence), "organization") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a company's legal form ends its name
        ("Tema Steel Co. and Volta Mining Ltd offered equipment.", ["Tema Steel Co.", "Volta Mining Ltd"]),
        # an embassy's city is part of its name
        ("The Embassy of Ghana in Nairobi and the Embassy of the Republic of Kenya in Accra attended.",
         ["Embassy of Ghana in Nairobi", "Embassy of the Republic of Kenya in Accra"]),
        # "Universities" and a country: the association of its universities
        ("It is a member of Universities South Africa and of Universities UK.", ["Universities South Africa", "Universities UK"]),
    ],
)
def test_companies_embassies_and_national_associations(run_empty, sentence, expected):
    assert names(run_empty(sentence), "organization") == expected


def test_a_field_after_an_institute_is_no_organisation_of_the_article(run_empty):
    text = ("Hanoi University of Science and Technology hosted the visit. "
            "The Posts and Telecommunications Institute of Technology (PTIT) signed a memorandum with Oulu University of Applied Sciences.")
    assert names(run_empty(text), "organization") == [
        "Hanoi University of Science and Technology", "Posts and Telecommunications Institute of Technology", "PTIT", "Oulu University of Applied Sciences",
    ]


def test_a_spaced_dash_joins_two_names_not_one(run_empty):
    found = names(run_empty("The partners are the University of Graz - Karl-Franzens-Universität Graz (Austria) and others."), "organization")
    assert found[:2] == ["University of Graz", "Karl-Franzens-Universität Graz"]


def test_a_country_of_after_a_known_name_is_the_country(run_empty):
    extraction = run_empty("Kyushu University of Japan signed with the University of Tokyo.")
    by_text = {i.mention.text: i.entity for i in extraction.linked}
    assert by_text["Kyushu University"].country == "JP" and "University of Japan" not in by_text
    assert "University of Tokyo" in by_text  # its own name: "of Tokyo" stays


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Guests came from organizations such as Siemens, IBM, Springer Nature and the British Council.",
         ["Siemens", "IBM", "Springer Nature", "British Council"]),
        ("Four Nordic universities – Bergen, Uppsala, Aarhus and Turku – will take part.", ["Bergen", "Uppsala", "Aarhus", "Turku"]),
        ("Members include Italy's renowned Padua and Pisa Universities.", ["Padua", "Pisa"]),
    ],
)
def test_names_in_an_organisations_context_need_no_head(run_empty, sentence, expected):
    assert names(run_empty(sentence), "organization") == expected


def test_list_items_and_shared_heads_take_the_gazetteers_name(run_empty):
    extraction = run_empty("Members include the Sorbonne and Bologna Universities and three Welsh universities – Cardiff, Swansea and Bangor.")
    named = {i.mention.text: i.entity.name for i in extraction.linked if i.mention.kind == "organization"}
    assert named["Bologna"] == "University of Bologna" and named["Cardiff"] == "Cardiff University"
    assert named["Sorbonne"] == "Sorbonne"  # the reference list has no "Sorbonne University": the name as written


@pytest.mark.parametrize(
    "text, place",
    [
        ("MOMBASA: Kestrel Mountain University has signed an agreement with Banjul University.", "MOMBASA"),
        ("TEMA, Ghana, March 3, 2024 /PRNewswire/ -- Kestrel Mountain University signed an agreement with Banjul University.", "TEMA"),
        ("RIGA. 2 June. Press office - Banjul University signed an agreement with Kestrel Mountain University.", "RIGA"),
        # after a byline or a masthead; a news agency in brackets; capitals of other alphabets; a place written as a name
        ("By Ama Mensah\n\nTEMA, March 11 (GNA) -- Kestrel Mountain University signed an agreement with Banjul University.", "TEMA"),
        ("The Harbour Times\n\nÎLE-DE-FRANCE, July 2 — Kestrel Mountain University signed an agreement with Banjul University.", "ÎLE-DE-FRANCE"),
        ("News provided by Banjul University\nApr 26, 2023, 10:15 ET\n\nSAINT-ÉTIENNE CITY, April 26, 2023 /CNW/ - Kestrel Mountain University "
         "signed an agreement with Banjul University.", "SAINT-ÉTIENNE CITY"),
        ("Cape Coast, June 20/2024 (GNA) — Kestrel Mountain University signed an agreement with Banjul University.", "Cape Coast"),
        # words of two capitals inside a place; a region in square brackets after a place written as a name
        ("EL TEMA, 4th November, 2026 (GNA) -- Kestrel Mountain University signed an agreement with Banjul University.", "EL TEMA"),
        ("ST. KESTREL, Ghana, May 5 -- Kestrel Mountain University signed an agreement with Banjul University.", "ST. KESTREL"),
        ("PORTO DE TEMA, May 5 (Lusa) - Kestrel Mountain University signed an agreement with Banjul University.", "PORTO DE TEMA"),
        ("Cape Coast [Ghana], March 3 (GNA): Kestrel Mountain University signed an agreement with Banjul University.", "Cape Coast"),
    ],
)
def test_a_dateline_is_a_place_never_an_organisation_nor_a_date_of_the_facts(run_empty, text, place):
    extraction = run_empty(text)
    assert names(extraction, "organization") == ["Kestrel Mountain University", "Banjul University"] or \
        names(extraction, "organization") == ["Banjul University", "Kestrel Mountain University"]
    assert place in names(extraction, "city")
    assert [a.signed_on for a in extraction.agreements] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Mountain University signed an agreement with Banjul University.\n\nRELATED: Banjul University opens a campus",
        "Kestrel Mountain University signed an agreement with Banjul University.\nREAD ALSO: Banjul University opens a campus",
    ],
)
def test_a_label_opening_a_line_is_no_organisation(run_empty, text):
    assert sorted(set(names(run_empty(text), "organization"))) == ["Banjul University", "Kestrel Mountain University"]


def test_a_line_of_prose_ends_the_search_for_a_dateline(run_empty):
    text = ("Kestrel Mountain University and Banjul University will exchange students and staff from next year on.\n\n"
            "ACCRA, May 2 — Banjul University signed an agreement with Tema University.")
    assert "ACCRA" not in names(run_empty(text), "city")


def test_a_headline_in_capitals_and_a_dash_is_no_dateline(run_empty):
    text = "SAHEL – A Civic University Alliance\nNews | 30 June 2022\n\nAccra – Banjul University signed an agreement with Tema University on 29 June."
    extraction = run_empty(text)
    assert "SAHEL" not in names(extraction, "city")
    assert [a.signed_on for a in extraction.agreements] == ["--06-29"]


def test_country_codes_are_countries(run_empty):
    extraction = run_empty("Kestrel Mountain University has partners in the USA, the UK and the UAE.")
    assert names(extraction, "country") == ["USA", "UK", "UAE"]
    assert names(extraction, "organization") == ["Kestrel Mountain University"]


@pytest.mark.parametrize(
    "sentence, people",
    [
        ("The guests were Prof Dr M Tariqul Hasan and Dr. Amelia J. Stone.", ["M Tariqul Hasan", "Amelia J. Stone"]),
        ("It was opened by Professor Sir Alan Whitcombe and H.E. Maria Delgado.", ["Alan Whitcombe", "Maria Delgado"]),
        ("Prof. Anna-Lena Berg-Holm spoke, and so did Dr Ahmed bin Rashid and Prof. Jan van der Berg.",
         ["Anna-Lena Berg-Holm", "Ahmed bin Rashid", "Jan van der Berg"]),
        ("Banjul University Registrar Dr Faizul-ur-Rahman Chowdhury signed.", ["Faizul-ur-Rahman Chowdhury"]),
        ('"It is a milestone," said Grace Okafor, who chairs the board.', ["Grace Okafor"]),
    ],
)
def test_people_with_honorifics_initials_and_particles(run_empty, sentence, people):
    assert names(run_empty(sentence), "person") == people


def test_a_family_name_alone_is_the_person_named_in_full(run_empty):
    extraction = run_empty("Prof. Grace Okafor signed for Banjul University. Later, Prof Okafor thanked the staff.")
    people = [(i.mention.text, i.entity.id) for i in extraction.linked if i.mention.kind == "person"]
    assert people == [("Grace Okafor", "grace-okafor"), ("Okafor", "grace-okafor")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a name, then a lower-case alliance noun; not an adjective ("the European network") nor a country
        ("Banjul University joined the Sahel4Future alliance and the Atlantic Rim network, not the European network or the UK network.",
         ["Banjul University", "Sahel4Future alliance", "Atlantic Rim network"]),
        # a plural possessive inside a name
        ("Banjul University joined the Coastal Colleges' Network in 2020.", ["Banjul University", "Coastal Colleges' Network"]),
    ],
)
def test_names_of_round_two(empty_nlp, sentence, expected):
    assert [m.text for m in found_mentions(empty_nlp, sentence) if m.kind == "organization"] == expected


def test_a_plural_head_of_a_list_names_each_university(run_empty):
    extraction = run_empty("The alliance was set up by the Universities of Tamale, Kumasi and Luxembourg and Banjul University.")
    assert [(i.mention.text, i.entity.name) for i in extraction.linked] == [
        ("Tamale", "University of Tamale"), ("Kumasi", "University of Kumasi"), ("Luxembourg", "University of Luxembourg"),
        ("Banjul University", "Banjul University"),
    ]


def test_an_alliance_noun_before_another_noun_is_a_modifier(empty_nlp):
    mentions = found_mentions(empty_nlp, "The city prepared the Tamale alliance branch, and Banjul University joined the Sahel4Future alliance.")
    assert [m.text for m in mentions if m.kind == "organization"] == ["Banjul University", "Sahel4Future alliance"]


def test_a_number_after_a_place_ends_the_name(empty_nlp):
    mentions = found_mentions(empty_nlp, "Université Tamale 2 and Banjul University 3 signed; Banjul University 2 billion is a budget.")
    assert [m.text for m in mentions if m.kind == "organization"] == ["Université Tamale 2", "Banjul University", "Banjul University"]


def test_a_dateline_whose_place_opens_with_a_word_of_two_capitals(run_empty):
    """"AL AIN, 4th November, 2026 (WAM) --": a place, its date the news's, its agency no party."""
    text = ("AL AIN, 4th November, 2026 (WAM) -- Kestrel Mountain University has signed a memorandum of understanding with "
            "Banjul University to cooperate in research.\n\nThe MoU was signed on Tuesday, 3rd November, in Tema.")
    extraction = run_empty(text)
    assert "AL AIN" in names(extraction, "city")
    assert sorted(set(names(extraction, "organization"))) == ["Banjul University", "Kestrel Mountain University"]
    assert [a.signed_on for a in extraction.agreements] == ["--11-03"]


def test_a_country_with_a_possessive_after_and_ends_an_of_name(run_empty):
    """"A of Rabat and Spain's University of Granada": Spain owns the next name, it is no part of A."""
    text = "Kestrel University of Tema and Gambia's Banjul Institute of Fisheries signed a memorandum of understanding."
    extraction = run_empty(text)
    assert names(extraction, "organization") == ["Kestrel University of Tema", "Banjul Institute of Fisheries"]
    assert [[p.name for p in a.parties] for a in extraction.agreements] == [["Kestrel University of Tema", "Banjul Institute of Fisheries"]]


def test_a_masthead_and_its_sections_name_no_organisation(run_empty):
    text = ("TEMA DAILY | Society | Education\n\nKestrel Mountain University and Gambia's Banjul University on Thursday signed a "
            "memorandum of understanding.")
    assert sorted(set(names(run_empty(text), "organization"))) == ["Banjul University", "Kestrel Mountain University"]


def test_a_label_of_a_union_s_code_is_no_dateline(run_empty):
    assert "UN CHIEF" not in names(run_empty("UN CHIEF: Kestrel Mountain University signed an agreement with Banjul University today."), "city")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "and" and a country's possessive: the owner of the next name, not part of this one
        ("Ibn Zohr University of Agadir and Portugal's University of Coimbra signed a memorandum on Monday.",
         ["Ibn Zohr University of Agadir", "University of Coimbra"]),
        # a head that qualifies a field is inside the name
        ("According to the Regional Superintendency of Technical University Education, enrolment rose.",
         ["Regional Superintendency of Technical University Education"]),
        # heads of associations and agencies in their own language, their lower-case words and "y"
        ("The Asociación de Universidades del Sur y el Pacífico (AUSP) admitted the Universidad de Talca.",
         ["Asociación de Universidades del Sur y el Pacífico", "AUSP", "Universidad de Talca"]),
        ("Separately, the Agence universitaire de la Méditerranée (AUM) welcomed two members.",
         ["Agence universitaire de la Méditerranée", "AUM"]),
        # an apposition that says what a name with no head is
        ("The project was supported by Tekes, the Finnish funding agency for innovation.", ["Tekes"]),
        ("Polar Norway, the government agency that runs the station, welcomed the plan.", ["Polar Norway"]),
        ("It was attended by representatives of PETROMAX, Kenya's national oil company, which funds the chair.", ["PETROMAX"]),
        ("Delegates of the state mining corporation Kazatom, which runs the mines, attended.", ["Kazatom"]),
        # a little word between hyphens inside a name; an acronym joined to capitals by a hyphen; an embassy's country
        ("The Sher-e-Bangla Agricultural University (SAU) and Ghent University signed.", ["Sher-e-Bangla Agricultural University", "SAU", "Ghent University"]),
        ("The General Assembly of EU-NORLINK welcomed Ghent University.", ["EU-NORLINK", "Ghent University"]),
        ("It was attended by the Consul at the Embassy of Chile to Norway and by Ghent University.", ["Embassy of Chile to Norway", "Ghent University"]),
    ],
)
def test_names_of_round_6(run_empty, sentence, expected):
    assert names(run_empty(sentence), "organization") == expected


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        ("Spain's participation in European University alliances has grown, Ghent University said.", "European University"),  # a kind of alliance
        ("In the latest QS Asia ranking, Ghent University rose ten places.", "QS Asia"),  # an acronym and a continent
        ("CASABLANCA TRIBUNE | Campus\n\nHassan II University signed an agreement with Ghent University on Monday.", "CASABLANCA"),
        ("According to the Regional Superintendency of Technical University Education, enrolment rose.", "Technical University"),
        ("Separately, the agency said it would review the plan of Ghent University.", "Separately"),
        ("Dr Maria Lopez, a university lecturer, said the plan was sound.", "Maria Lopez"),
        ("Dr Maria Lopez, the agency's director, said the plan was sound.", "Maria Lopez"),
        ("Sapienta, the largest university in Europe, signed with Cairo University.", "Sapienta"),  # a short name, not a new one
        ("Cairo University signed, said the agency Tuesday.", "Tuesday"),
    ],
)
def test_not_names_of_round_6(run_empty, sentence, not_expected):
    assert not_expected not in names(run_empty(sentence), "organization")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a governing body stands for the organisation it governs, when that is named after "of the" or has a head of its own
        ("The Council of Rectors of the Asociación de Universidades del Golfo (AUDG) met in Lima.", ["Asociación de Universidades del Golfo", "AUDG"]),
        ("The Board of Trustees of Banjul Polytechnic University met.", ["Banjul Polytechnic University"]),
        # a body named by its own members stays one
        ("The Council of Rectors of Gambian Universities (CRGU) met.", ["Council of Rectors of Gambian Universities", "CRGU"]),
    ],
)
def test_governing_bodies_stand_for_what_they_govern(run_empty, sentence, expected):
    assert names(run_empty(sentence), "organization") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a newspaper's first word in capitals is a word; three capitals before an amount a currency
        ("THE University of Zambia and the University of Malawi yesterday signed a memorandum.", ["University of Zambia", "University of Malawi"]),
        ("IN Lusaka, Banjul University received NOK 2.4 million and ZAR 300,000 from the NRF.", ["Banjul University", "NRF"]),
    ],
)
def test_a_drop_capital_and_a_currency_are_no_acronyms(empty_nlp, sentence, expected):
    assert [m.text for m in found_mentions(empty_nlp, sentence) if m.kind == "organization"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an elided article before the place of a name in French or Italian: "d'", "l'"
        ("The Université d'Évry and Banjul University signed a memorandum.",
         ["Université d'Évry", "Banjul University"]),
        ("Three institutions – the University of Tamale, the Université d’Antananarivo and Banjul University – signed.",
         ["University of Tamale", "Université d’Antananarivo", "Banjul University"]),
    ],
)
def test_an_elided_article_inside_a_name_of_another_language(empty_nlp, sentence, expected):
    assert [m.text for m in found_mentions(empty_nlp, sentence) if m.kind == "organization"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an eponym in quotation marks opens the name (round 11)
        ('Tema University and the "Petru Rares" Technical University of Suceava entered into a tripartite agreement.',
         ["Tema University", '"Petru Rares" Technical University of Suceava']),
        ("Talks are under way with the „Ion Creanga” State Pedagogical University.",
         ["„Ion Creanga” State Pedagogical University"]),
        # a quotation that is no eponym stays out
        ('"We are proud," Tema University said.', ["Tema University"]),
    ],
)
def test_an_eponym_in_quotation_marks_is_part_of_the_name(empty_nlp, sentence, expected):
    assert [m.text for m in found_mentions(empty_nlp, sentence) if m.kind == "organization"] == expected
