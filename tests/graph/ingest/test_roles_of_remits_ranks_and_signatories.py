"""Role shapes of the sixth blind set (issue 19, round 8, part A), on sentences written for the
tests with other names, countries and languages: names with a hyphened particle, titles with a
remit ("in charge of"), ranks written in lower case as honorifics, lists of signatories with a
short form in brackets, short forms the article never defined, an apposition before "was
represented by its", "whose" with a region or a title for two, and "TITLE PERSON accepted ... for ORG". No registry: everything comes from the patterns."""

from __future__ import annotations

import pytest


def roles(extraction) -> set[tuple[str, str | None, str]]:
    return {(r.person.name, r.role, r.organization.name) for r in extraction.roles}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a little word of names joined by a hyphen is part of the name (Arabic, Malay names)
        ("The memorandum was signed by Cairo University President Prof. Ahmed Samir el-Masri and Dr. Layla bin-Rashid, president of Qatar University.",
         {("Ahmed Samir el-Masri", "president", "Cairo University"), ("Layla bin-Rashid", "president", "Qatar University")}),
        ("The University of Kestrel Bay's president, Prof. Yusuf Abd al-Karim Hamdan, said the deal would help.",
         {("Yusuf Abd al-Karim Hamdan", "president", "University of Kestrel Bay")}),
        # a remit after "in charge of", capitalised or not; "in charge of the" is no remit
        ("That agreement was signed for Université de Parakou by its Vice-Rector in charge of Cooperation, Prof. Jean Hounsou.",
         {("Jean Hounsou", "vice-rector", "Université de Parakou")}),
        ("Universidad de Cuenca was represented by its vice-rector in charge of research and innovation, Dr. Paola Cordero.",
         {("Paola Cordero", "vice-rector", "Universidad de Cuenca")}),
        # an apposition between the organisation and "was represented by its"
        ("The University of Jordan (UJ), a public university in Amman, was represented by its vice president for international affairs, Dr. Rami Haddad.",
         {("Rami Haddad", "vice-president", "University of Jordan")}),
        ("Universidad de Cuenca, the oldest university in the south of Ecuador, was represented by its rector, Dr. María Augusta Hermida.",
         {("María Augusta Hermida", "rector", "Universidad de Cuenca")}),
        # a rank in lower case before a name, after another title, is an honorific
        ("Baku State University (BSU) hosted the University of Tartu (UT). The talks were attended by UT vice-rector for research, "
         "professor Anna Tamm, and the BSU rector, academician Elchin Aliyev.",
         {("Anna Tamm", "vice-rector", "University of Tartu"), ("Elchin Aliyev", "rector", "Baku State University")}),
        ("The rector of the Kazan Federal University, academician Ilshat Gafurov, received the delegation.",
         {("Ilshat Gafurov", "rector", "Kazan Federal University")}),
        # signatories, each with the short form of the organisation in brackets, after a plural title
        ("Warsaw University of Technology (WUT), Politecnico di Milano and the Technical University of Munich (TUM) signed an agreement. "
         "It bears the signatures of rectors Jan Kowalski (WUT), Maria Rossi (Politecnico Milano) and Hans Meier (TUM).",
         {("Jan Kowalski", "rector", "Warsaw University of Technology"), ("Maria Rossi", "rector", "Politecnico di Milano"),
          ("Hans Meier", "rector", "Technical University of Munich")}),
        ("Cairo University and Ain Shams University signed a memorandum, signed by presidents Ahmed Fathy (Cairo) and Mona Salem (Ain Shams).",
         {("Ahmed Fathy", "president", "Cairo University"), ("Mona Salem", "president", "Ain Shams University")}),
        # a short form the article never defined: the initials of one organisation named before
        ("The University of Oslo and the Universidad de Chile signed a memorandum. It was signed by UO Rector Svein Stølen.",
         {("Svein Stølen", "rector", "University of Oslo")}),
        ("The University of Iceland has signed a memorandum with the University of Nairobi. "
         "It was signed in Reykjavik by UI president Prof Jón Atli Benediktsson.",
         {("Jón Atli Benediktsson", "president", "University of Iceland")}),
        # initials of two organisations named: whose is not known
        ("The University of Galway and the University of Ghana signed an agreement. It was signed by UG president Prof Ciarán Murphy.", set()),
        # initials of no organisation named: the short form stays an organisation of its own
        ("The University of Oslo signed a memorandum. It was signed by UCH Rector Rosa Devés.", {("Rosa Devés", "rector", "UCH")}),
        # "whose": a region before the title, a title for two after two organisations
        ("Both universities are members of the Association of African Universities (AAU), whose East Africa regional director, Mr. John Kamau, sent a message.",
         {("John Kamau", "director", "Association of African Universities")}),
        ("On the sidelines, the University of Lagos and the Universidade de Lisboa (ULisboa), whose rectors Folasade Ogunsola and Luís Ferreira "
         "attended the meeting, entered into a framework agreement.",
         {("Folasade Ogunsola", "rector", "University of Lagos"), ("Luís Ferreira", "rector", "Universidade de Lisboa")}),
        # a title and a name with no organisation, then a verb of acting "for" one
        ("The plenary at Kyoto University admitted the University of Mandalay and Chiang Mai University. "
         "Rector Dr. Aung Kyaw accepted the certificate for the University of Mandalay.",
         {("Aung Kyaw", "rector", "University of Mandalay")}),
        ("Kyoto University hosted the meeting with Seoul National University. Vice-President Hana Kim signed on behalf of Seoul National University.",
         {("Hana Kim", "vice-president", "Seoul National University")}),
        # counterparts named with their organisations hold the title of the person they are counterparts of
        ("The President of Ghent University, Prof. Rik Van de Walle, met his counterparts Prof. Anne Smith from the University of Leeds "
         "and Dr. Jan Novak of Charles University.",
         {("Rik Van de Walle", "president", "Ghent University"), ("Anne Smith", "president", "University of Leeds"),
          ("Jan Novak", "president", "Charles University")}),
        ("The Vice-Chancellor of Makerere University, Prof. Barnabas Nawangwe, signed together with his counterparts Prof. Anne Mutua "
         "of the University of Nairobi and Prof. Joseph Kamau, President of the Université de Kigali.",
         {("Barnabas Nawangwe", "vice-chancellor", "Makerere University"), ("Anne Mutua", "vice-chancellor", "University of Nairobi"),
          ("Joseph Kamau", "president", "Université de Kigali")}),
        # an office "in the Ministry" named before; "the association's TITLE" after the person's name
        ("The Ministry of Higher Education of Kenya hosted the meeting. The Permanent Secretary in the Ministry, Dr. Beatrice Inyangala, opened the meeting.",
         {("Beatrice Inyangala", None, "Ministry of Higher Education of Kenya")}),
        ("The Irish Universities Association (IUA) welcomed the deal. \"It is good,\" said Sean Murphy, the association's director of international affairs.",
         {("Sean Murphy", "director", "Irish Universities Association")}),
        ("The Irish Universities Association (IUA) welcomed the deal. \"It is good,\" said Sean Murphy, the university's director.", set()),
        # a faculty named on its own, in an article about one university, is that university's
        ("The University of Bergen has signed an exchange agreement with Lund University. \"It is a good day,\" said Kari Olsen, "
         "Dean of the Faculty of Humanities. The University of Bergen will send ten students.",
         {("Kari Olsen", "dean", "University of Bergen")}),
        ("The University of Bergen has signed an exchange agreement with Lund University. The University of Bergen will send ten students. "
         "Kari Olsen, Dean of the Faculty of Humanities of Lund University, said it was a good day.",
         {("Kari Olsen", "dean", "Faculty of Humanities")}),
        # the signature of a release on a line of its own
        ("The University of Tromsø signed an agreement with the University of Iceland. The University of Tromsø will host the students.\n"
         "Communications adviser Ola Nordmann, Division of Communication, University of Tromsø",
         {("Ola Nordmann", "advisor", "University of Tromsø")}),
        ("The Ministry of Education of Ghana announced the scholarships. The Ministry of Education of Ghana will fund them.\n"
         "Issued by: Mr. Kwesi Boateng, Chief Public Relations Officer",
         {("Kwesi Boateng", "staff-member", "Ministry of Education of Ghana")}),
        # not a signature line: the officer is not the article's organisation's
        ("The Ministry of Education of Ghana announced the scholarships. The Ministry of Education of Ghana will fund them.\n"
         "Mr. Kwesi Boateng, Chief Public Relations Officer of the commission, spoke.",
         set()),
        # "the maritime university": the one organisation named before with that word; a military rank in lower case
        ("The council admitted the Technical University of Panama and the International Maritime University of Chile as new members. "
         "The rector of the maritime university, captain Jorge Rojas, said the institution would open its simulators.",
         {("Jorge Rojas", "rector", "International Maritime University of Chile")}),
        ("The council admitted the Technical University of Panama and the Technical University of Chile as new members. "
         "The rector of the technical university, Dr. Ana Ruiz, spoke.", set()),
        # a unit whose university the sentence names holds the role (data/README.md, rule 5)
        ("The University of Bergen has signed an exchange agreement with Lund University. The University of Bergen will send ten students. "
         "It was announced by the University of Bergen's Director, Directorate of Communication, Kari Olsen, on Monday.",
         {("Kari Olsen", "director", "Directorate of Communication")}),
        # "Dean X" with no organisation: the dean of the one faculty its sentence names (its university), not the host's
        ("The meeting was held at Hue University. Hue University hosted it. The Faculty of Law of the University of Vientiane signed an "
         "exchange agreement with Universität Graz; the agreement was signed by Dean Dr. Somchai Vong and Graz Rector Prof. Dr. Peter Riedler.",
         {("Somchai Vong", "dean", "University of Vientiane"), ("Peter Riedler", "rector", "Universität Graz")}),
        # "Minister of State" is a title of its own, before the person and the ministry
        ("The trade mission was led by Minister of State Mary Byrne of the Department of Education and Skills.",
         {("Mary Byrne", "minister", "Department of Education and Skills")}),
        ("The University of Limerick signed a memorandum with the University of Ghana. The University of Limerick will send students. "
         "The trade mission was led by Minister of State Mary Byrne of the Department of Education and Skills.",
         {("Mary Byrne", "minister", "Department of Education and Skills")}),  # a government's department: not rolled up to the university
    ],
)
def test_remits_ranks_signatories_and_short_forms(run_empty, text, expected):
    assert roles(run_empty(text)) == expected
