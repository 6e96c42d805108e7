"""Role shapes of the fourth blind set (issue 19, round 6, part E), on sentences written for
the tests with other names: titles with a domain in brackets, Malaysian honorifics, everyday
head nouns in lower case, units that roll up to their university, officials of ministries and
embassies, alliance officers. No registry: everything comes from the patterns."""

from __future__ import annotations

import pytest


def roles(extraction) -> set[tuple[str, str, str]]:
    return {(r.person.name, r.title, r.organization.name) for r in extraction.roles}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a domain in brackets is the title's, in any case; an acronym in brackets is not
        ("Kestrel University signed with Banjul University. Kestrel University is old. "
         "The signing was witnessed by the Pro-Vice-Chancellor (Research and Innovation), Professor Ama Boateng-Lartey.",
         {("Ama Boateng-Lartey", "Pro-Vice-Chancellor (Research and Innovation)", "Kestrel University")}),
        ("Kestrel University Deputy Vice-Chancellor (Academic) Prof Ian Morrow spoke.",
         {("Ian Morrow", "Deputy Vice-Chancellor (Academic)", "Kestrel University")}),
        ("Kestrel University signed with Banjul University. Banjul University was represented by its vice-president (academic), Dr Lena Fisk.",
         {("Lena Fisk", "vice-president (academic)", "Banjul University")}),
        # Malaysian honorifics are no part of the name
        ("The MoU was witnessed by Transport Ministry deputy secretary-general (Policy) Datin Siti Aminah Yusof.",
         {("Siti Aminah Yusof", "deputy secretary-general (Policy)", "Transport Ministry")}),
        ("Universiti Kestrel Vice-Chancellor Tan Sri Ahmad Zaki Hashim and Universiti Banjul Chancellor Datuk Seri Lim Kok Wah signed.",
         {("Ahmad Zaki Hashim", "Vice-Chancellor", "Universiti Kestrel"), ("Lim Kok Wah", "Chancellor", "Universiti Banjul")}),
        # an everyday head noun in lower case: "secretary general", or before an honorific and a name
        ("The Association of Coastal Universities (ACU) met in Accra. The ACU secretary general, Prof. Kofi Mensah-Darko, told journalists it had grown.",
         {("Kofi Mensah-Darko", "secretary general", "Association of Coastal Universities")}),
        ("Kestrel University's College of Marine Science (CoMS) signed a deal. It was signed by CoMS principal Prof. Ruth Nabirye Kato.",
         {("Ruth Nabirye Kato", "principal", "College of Marine Science")}),
        ("Kestrel University signed. The principal said the principal fees would rise.", set()),
    ],
)
def test_titles_with_brackets_honorifics_and_lower_case_heads(run_empty, text, expected):
    assert roles(run_empty(text)) == expected


def test_a_unit_s_principal_rolls_up_to_its_university(run_empty):
    extraction = run_empty("Kestrel University's College of Marine Science (CoMS) signed a deal. It was signed by CoMS principal Prof. Ruth Nabirye Kato.")
    (fact,) = extraction.roles
    assert fact.organization.unit_of == next(i.entity.id for i in extraction.linked if i.entity.name == "Kestrel University")


def test_represented_by_its_with_no_organisation_found_gives_none(run_empty):
    """"Ocean State was represented by its vice-president": "its" is Ocean State's, which no pattern
    found; neither the organisation named last nor the article's own may stand for it."""
    text = ("Kestrel University and Harbour University of Newfoundland renewed their agreement. Kestrel University is old. "
            "Prof Ada Lyne signed for Kestrel University, while Ocean State was represented by its vice-president (academic), Dr Tom Pell.")
    assert not {r for r in roles(run_empty(text)) if r[0] == "Tom Pell"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the NOUN" refers back to the one organisation or unit named before with that noun
        ("The College of Mining at the University of Kestrel signed an agreement with Banjul University. "
         "The agreement was signed by the Dean of the College, Prof. Dr. Amir Hadi Saleh, and Prof. Dr. Eva Kiss.",
         {("Amir Hadi Saleh", "Dean", "College of Mining")}),
        ("Universiti Kestrel's Asia-Africa Institute signed with Banjul University. "
         "It was signed by the institute's director, Assoc Prof Dr Nor Aini Yusof.",
         {("Nor Aini Yusof", "director", "Universiti Kestrel's Asia-Africa Institute")}),
        ("The Ministry of Higher Education of Kestrel welcomed it. "
         "Amin Salah Ouali, Director-General of International Cooperation at the ministry, said it was good.",
         {("Amin Salah Ouali", "Director-General of International Cooperation", "Ministry of Higher Education of Kestrel")}),
        # two that fit: none
        ("The Ministry of Health of Kestrel and the Ministry of Education of Kestrel met. "
         "Amin Salah Ouali, Director-General of International Cooperation at the ministry, said it was good.", set()),
        # an office "in the ORG"
        ("The Ministry of Education and Culture of Kestrel hosted it. The Commissioner for Higher Education in the "
         "Ministry of Education and Culture, Dr Ruth Amani Kiiza, who attended the opening, spoke.",
         {("Ruth Amani Kiiza", "Commissioner for Higher Education", "Ministry of Education and Culture of Kestrel")}),
    ],
)
def test_organisations_referred_to_and_offices_in_a_ministry(run_empty, text, expected):
    assert roles(run_empty(text)) == expected


def test_a_college_at_a_university_is_a_unit_of_it(run_empty):
    extraction = run_empty("The College of Mining at the University of Kestrel signed an agreement with Banjul University.")
    units = {i.entity.name: i.entity.unit_of for i in extraction.linked if i.mention.kind == "organization"}
    assert units["College of Mining"] == next(i.entity.id for i in extraction.linked if i.entity.name == "University of Kestrel")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the country an embassy is accredited to is part of its name, and the organisation of its officials
        ("The ceremony at Kestrel University was attended by Anne-Marie Leduc, Deputy Head of Mission at the Embassy of Belgium to Hungary.",
         {("Anne-Marie Leduc", "Deputy Head of Mission", "Embassy of Belgium to Hungary")}),
        # a university title later in the sentence that says whom ORG sent is held in ORG
        ("Kestrel University hosted the alliance. Kestrel University is old. Banjul University was represented by its Vice-Rector for "
         "International Affairs, Prof. Jens Albers, who presented greetings from Rector Prof. Karla Lindqvist.",
         {("Jens Albers", "Vice-Rector for International Affairs", "Banjul University"), ("Karla Lindqvist", "Rector", "Banjul University")}),
        # ... not when another organisation is named between: "and B by Rector P2" is B's rector, the verb said once (gapping)
        ("Kestrel University hosted the alliance. Kestrel University is old. Banjul University was represented by its Vice-Rector, "
         "Prof. Jon Haas, and Oslo Polytechnic by Rector Prof. Ada Berg.",
         {("Jon Haas", "Vice-Rector", "Banjul University"), ("Ada Berg", "Rector", "Oslo Polytechnic")}),
    ],
)
def test_embassies_and_whom_an_organisation_sent(run_empty, text, expected):
    assert roles(run_empty(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title whose organisation no pattern found, then "signed for ORG"
        ("Kestrel University and Harbour University renewed their agreement. Prof Siobhan Ni Dhuill, president of Ollscoil Chill Dara, "
         "as the university is known in Irish, signed for Kestrel University, while Harbour University was represented by its "
         "vice-president (academic), Dr Tom Pell.",
         {("Siobhan Ni Dhuill", "president", "Kestrel University"), ("Tom Pell", "vice-president (academic)", "Harbour University")}),
        # ... not when someone else signed
        ("Kestrel University and Harbour University renewed their agreement. Prof Siobhan Ni Dhuill, president of Ollscoil Chill Dara, "
         "was present while Dr Tom Pell signed for Kestrel University.", set()),
        # an office "of the ..." in any case before "of ORG"
        ("Kestrel University signed. The signing took place in the presence of Dr. Rima Khoury-Sayegh, director of the West Africa "
         "regional office of the Association of Coastal Universities (ACU), of which both universities are members.",
         {("Rima Khoury-Sayegh", "director of the West Africa regional office", "Association of Coastal Universities")}),
    ],
)
def test_signed_for_after_an_apposition_and_offices_of_the(run_empty, text, expected):
    assert roles(run_empty(text)) == expected
