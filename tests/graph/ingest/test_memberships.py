"""Memberships: each sentence shape of :mod:`unikg.graph.ingest.memberships`, on sentences
written for the test (the development articles have the same shapes with other names)."""

from __future__ import annotations

import pytest

from unikg.graph.ingest import learned
from unikg.graph.ingest.membership_decision import NAME as DECISION


def memberships(extraction) -> list[tuple]:
    return [
        (m.member.name if m.member else m.count, m.alliance.name, m.kind, m.date)
        for m in extraction.memberships
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # joining
        ("Banjul University joined the Coastal Universities Alliance in March 2021.",
         [("Banjul University", "Coastal Universities Alliance", None, "2021-03")]),
        ("Banjul University has become the newest member of the Nordic Crafts Network (NCN), the network said.",
         [("Banjul University", "Nordic Crafts Network", None, None)]),
        ("Banjul University, which joined the Coastal Universities Alliance in 2019, will host the meeting.",
         [("Banjul University", "Coastal Universities Alliance", None, "2019")]),
        ("The Coastal Universities Alliance announced that Banjul University and Kestrel Mountain University were selected to join the alliance.",
         [("Banjul University", "Coastal Universities Alliance", None, None), ("Kestrel Mountain University", "Coastal Universities Alliance", None, None)]),
        # welcoming
        ("The Coastal Universities Alliance welcomed Banjul University and Kestrel Mountain University as new members on 4 June 2023.",
         [("Banjul University", "Coastal Universities Alliance", None, "2023-06-04"), ("Kestrel Mountain University", "Coastal Universities Alliance", None, "2023-06-04")]),
        # being a (founding) member
        ("Banjul University has been named as a founding member of the Coastal Universities Alliance.",
         [("Banjul University", "Coastal Universities Alliance", "founding-member", None)]),
        ("As one of the twelve partners of the Coastal Universities Alliance (CUA), within the new programme, Banjul University is among the first.",
         [("Banjul University", "Coastal Universities Alliance", None, None)]),
        # lists of members
        ("Members of the Coastal Universities Alliance include Banjul University, Kestrel Mountain University and the University of Lagos.",
         [("Banjul University", "Coastal Universities Alliance", None, None), ("Kestrel Mountain University", "Coastal Universities Alliance", None, None),
          ("University of Lagos", "Coastal Universities Alliance", None, None)]),
        # roles in the alliance
        ("The Coastal Universities Alliance is coordinated by Banjul University.", [("Banjul University", "Coastal Universities Alliance", "coordinator", None)]),
        ("The Coastal Universities Alliance was founded in 2015, and Banjul University serves as its secretariat.",
         [("Banjul University", "Coastal Universities Alliance", "secretariat", None)]),
        # counts
        ("On 3 March, 14 colleges of the province signed up for the Coastal Universities Alliance.",
         [(14, "Coastal Universities Alliance", None, "--03-03")]),
    ],
)
def test_membership_shapes(run_empty, text, expected):
    assert memberships(run_empty(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Universities Alliance was founded in 2015. 170 universities have joined the alliance.",  # its size so far
        "The city government encouraged local colleges to join the Coastal Universities Alliance.",  # the object, unnamed
        "Banjul University joins more than 300 universities in 40 countries.",  # no alliance
        "Banjul University and Kestrel Mountain University joined hands to fight malaria.",
    ],
)
def test_not_memberships(run_empty, text):
    assert run_empty(text).memberships == []


def test_the_alliance_a_sentence_refers_to(run_empty):
    extraction = run_empty(
        "Banjul University has been named a founding member of a new consortium of African universities.\n"
        "The Coastal Universities Consortium was launched in Accra.\n"
        "The consortium is coordinated by Kestrel Mountain University."
    )
    assert memberships(extraction) == [
        ("Banjul University", "Coastal Universities Consortium", "founding-member", None),
        ("Kestrel Mountain University", "Coastal Universities Consortium", "coordinator", None),
    ]


def test_an_alliance_is_what_has_members(run_empty):
    extraction = run_empty(
        "Banjul University is a member of the European University for Sustainable Coasts (EUSC). "
        "The partners of Banjul University within this initiative are the University of Lagos (Nigeria) and Kestrel Mountain University (Ghana)."
    )
    assert {m.member.name for m in extraction.memberships} == {"Banjul University", "University of Lagos", "Kestrel Mountain University"}
    assert {m.alliance.name for m in extraction.memberships} == {"European University for Sustainable Coasts"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Banjul University became a full member of the Coastal Universities Alliance in 2024, along with the University of Lagos.",
         [("Banjul University", "Coastal Universities Alliance", None, "2024"), ("University of Lagos", "Coastal Universities Alliance", None, "2024")]),
        ("The Coastal Universities Alliance has 30 members. Its secretariat is hosted by Banjul University.",
         [("Banjul University", "Coastal Universities Alliance", "secretariat", None)]),
        ("Banjul University and the University of Lagos signed it. Both universities take part in the Coastal Universities Alliance.",
         [("Banjul University", "Coastal Universities Alliance", None, None), ("University of Lagos", "Coastal Universities Alliance", None, None)]),
        # a boilerplate "About A" paragraph: "It brings together M, M2 and M3" (and "About" is no part of a name)
        ("Banjul University signed a deal.\nAbout the Coastal Universities Alliance\nThe Coastal Universities Alliance is a network. "
         "It brings together Banjul University, the University of Lagos and Gulf University.",
         [("Banjul University", "Coastal Universities Alliance", None, None), ("University of Lagos", "Coastal Universities Alliance", None, None),
          ("Gulf University", "Coastal Universities Alliance", None, None)]),
        # "M and M2 were accepted as associate members", with no "of A": the alliance last named
        ("The Coastal Universities Network (CUN) held its board meeting.\nBanjul University and Gulf University were accepted as associate members during the meeting.",
         [("Banjul University", "Coastal Universities Network", None, None), ("Gulf University", "Coastal Universities Network", None, None)]),
        # "It is a member of A": the organisation the sentence before is about
        ("Banjul University is a public university in the Gambia.\nIt is a member of the Coastal Universities Network.",
         [("Banjul University", "Coastal Universities Network", None, None)]),
    ],
)
def test_more_membership_shapes(run_empty, text, expected):
    assert memberships(run_empty(text)) == expected


def test_taking_part_in_what_is_not_an_alliance_is_no_membership(run_empty):
    assert run_empty("Banjul University took part in the Lagos Science Forum at the University of Lagos.").memberships == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "and a member of", after another predicate
        ("Banjul University is a public research university and a member of the Coastal Universities Alliance.",
         [("Banjul University", "Coastal Universities Alliance", None, None)]),
        # admitted as a full member; belongs to
        ("Banjul University has been admitted as a full member of the Coastal Universities Alliance.",
         [("Banjul University", "Coastal Universities Alliance", None, None)]),
        ("Kestrel Mountain University belongs to the Nordic Crafts Network.",
         [("Kestrel Mountain University", "Nordic Crafts Network", None, None)]),
        # two adjectives before "members"
        ("The Nordic Crafts Network welcomed Banjul University and Kestrel Mountain University as new full members.",
         [("Banjul University", "Nordic Crafts Network", None, None), ("Kestrel Mountain University", "Nordic Crafts Network", None, None)]),
        # a founding member of two alliances in one phrase
        ("Banjul University is a founding member of the Coastal Universities Alliance and of the Nordic Crafts Network.",
         [("Banjul University", "Coastal Universities Alliance", "founding-member", None), ("Banjul University", "Nordic Crafts Network", "founding-member", None)]),
        # founded by a list
        ("The Coastal Universities Alliance was founded in 2017 by Banjul University, Kestrel Mountain University and the University of Lagos.",
         [("Banjul University", "Coastal Universities Alliance", "founding-member", "2017"), ("Kestrel Mountain University", "Coastal Universities Alliance", "founding-member", "2017"),
          ("University of Lagos", "Coastal Universities Alliance", "founding-member", "2017")]),
        # the alliance as the subject: coordinated by, includes; a relative clause with "in which"
        ("The Nordic Crafts Network, in which Banjul University has participated since 2016, is coordinated by Kestrel Mountain University "
         "and also includes the University of Lagos and Tamale Technical University.",
         [("Kestrel Mountain University", "Nordic Crafts Network", "coordinator", "2016"), ("Banjul University", "Nordic Crafts Network", None, "2016"),
          ("University of Lagos", "Nordic Crafts Network", None, "2016"), ("Tamale Technical University", "Nordic Crafts Network", None, "2016")]),
        # a secretariat hosted, the alliance before as a possessive; hosting "the X Secretariat"
        ("The Nordic Crafts Network was set up in 2010. The network's permanent secretariat is based at Banjul University.",
         [("Banjul University", "Nordic Crafts Network", "secretariat", None)]),
        ("The Nordic Crafts Network is coordinated by Banjul University, which also hosts the Network Secretariat.",
         [("Banjul University", "Nordic Crafts Network", "coordinator", None), ("Banjul University", "Nordic Crafts Network", "secretariat", None)]),
        # the alliance (or its assembly) admitted M; a count of new members
        ("The Nordic Crafts Network met in Accra. The assembly also admitted the University of Lagos.",
         [("University of Lagos", "Nordic Crafts Network", None, None)]),
        ("The Nordic Crafts Network met in Accra, and the network admitted three new member universities.",
         [(3, "Nordic Crafts Network", None, None)]),
        # accession
        ("With the accession of the University of Lagos in 2021, the Nordic Crafts Network has eleven members.",
         [("University of Lagos", "Nordic Crafts Network", None, "2021")]),
    ],
)
def test_membership_shapes_of_round_two(run_empty, text, expected):
    assert memberships(run_empty(text)) == expected


def test_both_universities_are_the_parties_of_the_agreement(run_empty):
    extraction = run_empty(
        "Banjul University and Kestrel Mountain University signed a memorandum of understanding. "
        "Banjul University already works with the University of Lagos and Tamale Technical University. "
        "Both universities are members of the Coastal Universities Alliance."
    )
    assert memberships(extraction) == [
        ("Banjul University", "Coastal Universities Alliance", None, None), ("Kestrel Mountain University", "Coastal Universities Alliance", None, None),
    ]


def test_an_organisation_tried_as_an_alliance_stays_a_member(run_empty):
    extraction = run_empty(
        "Openness is part of Banjul University's history. Banjul University is also a member of the Sahelo4Coasts alliance. "
        "Tamale Technical University has been admitted as a full member of the Coastal Colleges' Network."
    )
    assert memberships(extraction) == [
        ("Banjul University", "Sahelo4Coasts", None, None), ("Tamale Technical University", "Coastal Colleges' Network", None, None),
    ]


def test_dates_of_memberships_with_in_and_since(run_empty):
    extraction = run_empty(
        "In 2021, Banjul University also became a member of the Coastal Universities Alliance. "
        "Tamale Technical University, which has been a member of the Nordic Crafts Network since 1998, hosted it."
    )
    assert memberships(extraction) == [
        ("Banjul University", "Coastal Universities Alliance", None, "2021"), ("Tamale Technical University", "Nordic Crafts Network", None, "1998"),
    ]


def test_a_range_of_days_dates_a_membership_by_its_first_day(run_empty):
    extraction = run_empty("The Coastal Universities Alliance welcomed Banjul University as a new member at its assembly on 23-24 November 2023.")
    assert memberships(extraction) == [("Banjul University", "Coastal Universities Alliance", None, "2023-11-23")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list after a colon; the alliance the sentence refers to
        ("Two universities became associate members of the Coastal Universities Network (CUN), the ministry said. "
         "The country has three full members in the network: the University of Zeltoria (UZ), Kestrel Mountain University and Tamale Technical University.",
         [("University of Zeltoria", "Coastal Universities Network", None, None), ("Kestrel Mountain University", "Coastal Universities Network", None, None),
          ("Tamale Technical University", "Coastal Universities Network", None, None)]),
        # "a member of A (ACR) and of B"
        ("Tamale Technical University is a member of the International Association of Universities (IAU) and of the Association of Universities of Africa, and has many agreements.",
         [("Tamale Technical University", "International Association of Universities", None, None),
          ("Tamale Technical University", "Association of Universities of Africa", None, None)]),
        # the alliance as the subject, with its name in another language in brackets
        ("The Council of Rectors of Gambian Universities (Consejo de Rectores, CRGU) on Thursday admitted the Tamale Technical University (TTU) and the Kestrel Mountain University as full members.",
         [("Tamale Technical University", "Council of Rectors of Gambian Universities", None, None),
          ("Kestrel Mountain University", "Council of Rectors of Gambian Universities", None, None)]),
        # an appositive: "M, a U15 member," (the alliance by the first word of its name)
        ("The Z12 Group of Coastal Research Universities signed it. At the same event, Banjul University and the Tamale Technical University, a Z12 member, renewed their agreement.",
         [("Tamale Technical University", "Z12 Group of Coastal Research Universities", None, None)]),
    ],
)
def test_membership_shapes_of_round_four(run_empty, text, expected):
    assert memberships(run_empty(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Universities Network (CUN) met. Tamale Technical University has applied to join the CUN.",
        "The Coastal Universities Network (CUN) met. Tamale Technical University hopes to become a member of the CUN next year.",
        "The Coastal Universities Network (CUN) met. Tamale Technical University wants to join the CUN.",
        "The Coastal Universities Network (CUN) met. Tamale Technical University is not a member of the CUN.",
        "The Coastal Universities Network (CUN) met. Tamale Technical University joined the CUN as an observer in 2020.",
        "Tamale Technical University signed it. Its rector was proud to join an alliance built around civic engagement. The European Union funds it.",
    ],
)
def test_applicants_observers_and_negations_are_no_members(run_empty, text):
    assert memberships(run_empty(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Banjul University, which is part of the Coastal Universities Network, signed it.",
         [("Banjul University", "Coastal Universities Network", None, None)]),
        ("The Coastal Universities Network's newest member, Banjul University, signed it.",
         [("Banjul University", "Coastal Universities Network", None, None)]),
        ("The Coastal Universities Network has 30 members, including Banjul University and Kestrel University.",
         [("Banjul University", "Coastal Universities Network", None, None), ("Kestrel University", "Coastal Universities Network", None, None)]),
        ("Banjul University's newest member, the Kestrel College, signed it.", []),  # a university is no alliance
        ("The Coastal Universities Network, of which Banjul University and Kestrel University are founding members, met in Accra.",
         [("Banjul University", "Coastal Universities Network", "founding-member", None), ("Kestrel University", "Coastal Universities Network", "founding-member", None)]),
        ("Banjul University rejoined the Coastal Universities Network in 2021.", [("Banjul University", "Coastal Universities Network", None, "2021")]),
        ("The Coastal Universities Network, of which Banjul University is not a member, met.", []),
        ("Banjul University is a former member of the Coastal Universities Network.", []),
        ("Banjul University hosted the annual meeting of the Coastal Universities Network.", []),
    ],
)
def test_part_of_newest_member_and_members_including(run_empty, text, expected):
    assert memberships(run_empty(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # admitted as / have become full members of "the association": the one that says so
        ("Separately, the Universidad de Costa Azul (UCA) was admitted as a member of the Unión de Universidades del Golfo (UDUG) at the union's assembly.",
         [("Universidad de Costa Azul", "Unión de Universidades del Golfo", None, None)]),
        ("Separately, the Agence des universités côtières (AUC) announced that Banjul University (BU) and Kestrel Mountain University (KMU) "
         "have become full members of the association.",
         [("Banjul University", "Agence des universités côtières", None, None), ("Kestrel Mountain University", "Agence des universités côtières", None, None)]),
        # a list with "from Country" qualifiers, approved by the alliance's conference
        ("The Coastal Universities Association met in Accra. The General Conference approved the membership of Banjul University and Kestrel Mountain University "
         "from Ghana, Tamale Technical University and Volta College from Gambia, and the University of Zeltoria from Nigeria, its secretary-general said.",
         [(name, "Coastal Universities Association", None, None) for name in (
             "Banjul University", "Kestrel Mountain University", "Tamale Technical University", "Volta College", "University of Zeltoria")]),
        # one of A's founding members, another founding member
        ("The Tamale Council of Universities (TCU) met. The Banjul University, one of TCU's founding members, hosted a side event, "
         "which was attended by delegates from Kestrel Mountain University, another founding member.",
         [("Banjul University", "Tamale Council of Universities", "founding-member", None),
          ("Kestrel Mountain University", "Tamale Council of Universities", "founding-member", None)]),
        # a long-standing member: of the alliance the article is about
        ("The Coastal Universities Network (CUN) met in Accra. The CUN elected a president. Banjul University, a long-standing member, hosted it.",
         [("Banjul University", "Coastal Universities Network", None, None)]),
        # "Its members include M (Country), ...": the alliance last named
        ("About the Coastal Universities Network. Founded in 2001, it has 40 members. Its members include Banjul University (Ghana), "
         "Kestrel Mountain University (Gambia) and Tamale Technical University (Nigeria).",
         [("Banjul University", "Coastal Universities Network", None, None), ("Kestrel Mountain University", "Coastal Universities Network", None, None),
          ("Tamale Technical University", "Coastal Universities Network", None, None)]),
        # "It ... is a member of A" after a sentence that opens "Founded in 1901, M is ..."
        ("Founded in 1901, Banjul University is the oldest university of the coast. It hosts 5,000 students and is a member of the Coastal Universities Network.",
         [("Banjul University", "Coastal Universities Network", None, None)]),
        # an acronym defined earlier, then as the subject
        ("The Coastal Universities Network (CUN) met. Kestrel Mountain University (KMU) opened a lab. KMU became a member of the CUN in 2020.",
         [("Kestrel Mountain University", "Coastal Universities Network", None, "2020")]),
    ],
)
def test_membership_shapes_of_round_five(run_empty, text, expected):
    assert memberships(run_empty(text)) == expected


def test_interest_in_joining_and_a_fellow_member_are_no_alliance(run_empty):
    assert memberships(run_empty("The Coastal Universities Network (CUN) met. Banjul University has expressed interest in joining the CUN.")) == []
    extraction = run_empty(
        "Banjul University and Kestrel Mountain University joined the Coastal Universities Network in 2024. "
        "They join Tamale Technical University (TTU), which has been a member of the Coastal Universities Network since 2015.")
    assert memberships(extraction) == [
        ("Banjul University", "Coastal Universities Network", None, "2024"), ("Kestrel Mountain University", "Coastal Universities Network", None, "2024"),
        ("Tamale Technical University", "Coastal Universities Network", None, "2015")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the lead dates the event, the next sentence names its members: no year where none is given
        ("TEMA — The Coastal Universities Association (CUA) on Wednesday, April 22, admitted two new member universities during its "
         "General Conference. The General Conference approved the membership of Banjul University from Gambia and Kestrel Mountain "
         "University from Ghana, the secretary-general said.",
         [("Banjul University", "Coastal Universities Association", None, "--04-22"),
          ("Kestrel Mountain University", "Coastal Universities Association", None, "--04-22")]),  # the count they are: dropped
        # the next sentence tells of the decision; "also admitted": the same assembly
        ("Banjul University has been admitted as a full member of the Coastal Universities Network. The decision was taken by the "
         "network's General Assembly, which met in Accra on 23-24 November 2023. The Assembly also admitted Tema University from Ghana.",
         [("Banjul University", "Coastal Universities Network", None, "2023-11-23"), ("Tema University", "Coastal Universities Network", None, "2023-11-23")]),
        ("Banjul University, a member of the Coastal Universities Network since 1998, hosted the assembly. "
         "The Assembly also admitted Tema University from Ghana.",
         [("Banjul University", "Coastal Universities Network", None, "1998"), ("Tema University", "Coastal Universities Network", None, None)]),
        # the date right after the alliance is the membership's, not the sentence's other date
        ("Opening the assembly, the rector reminded the participants that Banjul University, which has been a member of the Coastal "
         "Universities Network since 1998, had hosted the assembly for the first time in 2005.",
         [("Banjul University", "Coastal Universities Network", None, "1998")]),
        ("Banjul University joined the Coastal Universities Network (CUN) in March 2019 and hosted its assembly in 2022.",
         [("Banjul University", "Coastal Universities Network", None, "2019-03")]),
        # participating since the alliance was founded; a founding member's year
        ("The Coastal Universities Alliance, in which Banjul University has participated since the alliance was founded in 2019, is growing.",
         [("Banjul University", "Coastal Universities Alliance", None, "2019")]),
        ("Banjul University, which joined the Coastal Universities Alliance as a founding member in 2001, hosts a summer school on fisheries.",
         [("Banjul University", "Coastal Universities Alliance", None, "2001")]),
        # no event before: no date (a far count, a separate sentence without "also")
        ("The Coastal Universities Association admitted two new members on 3 May 2024. The ceremony was long. The speeches were long. "
         "Banjul University, a long-standing member, presented a proposal.",
         [(2, "Coastal Universities Association", None, "2024-05-03"), ("Banjul University", "Coastal Universities Association", None, None)]),
    ],
)
def test_the_date_of_the_event_a_membership_is_part_of(run_empty, text, expected):
    assert memberships(run_empty(text)) == expected


def test_the_university_among_the_founding_members(run_empty):
    text = ("The Coastal Universities Association met in Tema. President of Banjul University Prof. Ama Mensah welcomed the delegates, "
            "saying the university was \"proud to have been among the founding members\" of the association in 1964.")
    assert memberships(run_empty(text)) == [("Banjul University", "Coastal Universities Association", "founding-member", "1964")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Coastal Universities Network held its General Assembly in Tema on 3 May 2024. Rectors of 30 universities attended. "
         "The Assembly admitted Banjul University as a new member.", ["2024-05-03"]),
        ("The Coastal Universities Network held its General Assembly in Tema in May 2024. "
         "The Assembly admitted Banjul University as a new member.", [None]),  # a month is no day of the assembly
        ("The Coastal Universities Network held its General Assembly in Tema on 3 May 2024. "
         "The Board admitted Banjul University as a new member.", [None]),  # the network's board: its assembly's day is not the board's
    ],
)
def test_the_assembly_admitted_on_the_day_the_text_gives_for_it(run_empty, text, expected):
    assert [m.date for m in run_empty(text).memberships if m.member is not None] == expected


def test_the_cities_of_coordinated_members_are_no_members(run_seed):
    text = "Kestrel University of Science in Abu Dhabi and Banjul Harbour University (BHU) in Doha joined the Coastal Universities Alliance."
    assert sorted(m.member.name for m in run_seed(text).memberships) == ["Banjul Harbour University", "Kestrel University of Science"]


def test_a_count_the_article_goes_on_to_name_is_those_names(run_empty):
    named = run_empty(
        "The Nordic Crafts Network met in Accra, and the network admitted two new member universities. "
        "The assembly approved the membership of Banjul University and Tamale Technical University.")
    assert memberships(named) == [("Banjul University", "Nordic Crafts Network", None, None),
                                  ("Tamale Technical University", "Nordic Crafts Network", None, None)]
    # fewer names than the count: the count stays, beside the one it names
    partly = run_empty(
        "The Nordic Crafts Network met in Accra, and the network admitted three new member universities. "
        "The assembly approved the membership of Banjul University.")
    assert sorted(memberships(partly), key=str) == sorted(
        [(3, "Nordic Crafts Network", None, None), ("Banjul University", "Nordic Crafts Network", None, None)], key=str)


def test_the_year_an_alliance_was_set_up_is_no_date_of_its_members(run_empty):
    text = "Both Banjul University and Tema University are members of the Coastal Universities Network, which was set up in 1995."
    assert [m.date for m in run_empty(text).memberships] == [None, None]


def members_of(extraction) -> list[tuple]:
    """(member or count, alliance, kind): the dates aside."""
    return [(m.member.name if m.member else m.count, m.alliance.name, m.kind) for m in extraction.memberships]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the body that admits is the alliance, never the host of its meeting named between them
        ("Accra, 3 May 2025 – The General Assembly of the Coastal Universities Alliance, meeting at the University of Lagos (UNILAG), "
         "today welcomed Banjul University (BU) from Gambia and Kestrel Mountain University from Ghana as new full members of the alliance.",
         [("Banjul University", "Coastal Universities Alliance", None), ("Kestrel Mountain University", "Coastal Universities Alliance", None)]),
        ("LIMA – The Council of Rectors of the Asociación de Universidades del Golfo (AUDG), meeting on 3 May 2024 at the Universidad de Costa Azul (UCA), "
         "welcomed the Universidad de Talamanca and the Universidad del Sol (UDS), both from Peru, as full members of the association.\n"
         "The Council also admitted the Universidad de Montaña (UDM) as an associate member, while the application of the Universidad de Playa (UDP) "
         "was deferred to the next session. Representatives of the Universidad Católica del Norte attended the session as observers.",
         [("Universidad de Talamanca", "Asociación de Universidades del Golfo", None), ("Universidad del Sol", "Asociación de Universidades del Golfo", None),
          ("Universidad de Montaña", "Asociación de Universidades del Golfo", None)]),
        ("Madrid – Meeting at the Universidad de Costa Azul (UCA) on 2 June, the Board of Rectors of EU-COASTS welcomed Banjul University as a new full member of the alliance.",
         [("Banjul University", "EU-COASTS", None)]),
        # "Its members include ..., and M3, which hosts the Executive Secretariat": the alliance of the "About A" paragraph, not the network named last
        ("On Friday, the CUA and the Nordic Crafts Network signed a framework agreement.\n\nAbout the CUA\n\n"
         "The Coastal Universities Association, created in 1999, is a network of public universities. Its members include Banjul University (BU), "
         "Kestrel Mountain University (KMU) and the Tamale Technical University, which hosts the Executive Secretariat in Accra.",
         [("Tamale Technical University", "Coastal Universities Association", "secretariat"), ("Banjul University", "Coastal Universities Association", None),
          ("Kestrel Mountain University", "Coastal Universities Association", None)]),
        # "A brings together M (Country), ...": a name with no alliance noun, shown to have members by the list
        ("EU-COASTS brings together Banjul University (Gambia), Kestrel Mountain University (Ghana) and the University of Lagos (Nigeria).",
         [("Banjul University", "EU-COASTS", None), ("Kestrel Mountain University", "EU-COASTS", None), ("University of Lagos", "EU-COASTS", None)]),
        # a member of two alliances, a relative clause on the first between them
        ("Banjul University is a member of the Association of Coastal Universities (ACU), whose secretariat is located in Accra, and of the Nordic Crafts Network.",
         [("Banjul University", "Association of Coastal Universities", None), ("Banjul University", "Nordic Crafts Network", None)]),
        # "of which both universities are members": the two parties of the agreement
        ("Banjul University and Kestrel Mountain University signed an agreement. The signing took place in the presence of the director of the "
         "regional office of the Agence des universités côtières (AUC), of which both universities are members.",
         [("Banjul University", "Agence des universités côtières", None), ("Kestrel Mountain University", "Agence des universités côtières", None)]),
        # a short form of an organisation named in full earlier, as the subject
        ("Galway College and Memorial University of Newfoundland renewed their agreement. Galway College is a member of ENLIGHT, a European alliance, "
         "while Memorial is a member of Universities Canada, the national association of Canadian universities.",
         [("Galway College", "ENLIGHT", None), ("Memorial University of Newfoundland", "Universities Canada", None)]),
        # counts, with the alliance (or its conference) as the subject of "admitted", "welcomed"
        ("At its most recent General Assembly, held in Hanoi, the AUC admitted 12 new member institutions, among them three from Senegal.",
         [(12, "AUC", None)]),
        ("The rector said that the AUC's regional conference in Bamako last month welcomed three new member institutions from Mali.",
         [(3, "AUC", None)]),
    ],
)
def test_membership_shapes_of_round_six(run_empty, text, expected):
    assert members_of(run_empty(text)) == expected


def test_a_member_since_the_alliances_creation_is_a_founding_member(run_empty):
    extraction = run_empty(
        "EU-COASTS welcomed Banjul University as a new member. The host, Rector of the University of Zadar, recalled that Zadar had been part of "
        "the alliance since its creation in 2019. The Coastal Universities Network (CUN) met in Accra. Kestrel Mountain University has been a member "
        "of the CUN since its founding in 2001. Tamale Technical University became the first university to join the network since its founding in 2001.")
    assert [(m.member.name, m.alliance.name, m.kind, m.date) for m in extraction.memberships if m.kind] == [
        ("University of Zadar", "EU-COASTS", "founding-member", "2019"), ("Kestrel Mountain University", "Coastal Universities Network", "founding-member", "2001")]
    assert ("Tamale Technical University", "Coastal Universities Network", None) in members_of(extraction)


@pytest.mark.parametrize(
    "text",
    [
        # the list is of people, not of members
        "The Volta Research Council brings together researchers from Kestrel Mountain University and the University of Lagos.",
        "Banjul University brings together Kestrel Mountain University (Ghana) and the University of Lagos (Nigeria) in a new programme.",
        # the host of the meeting, an applicant whose application was deferred, observers
        "The Coastal Universities Network (CUN) met at Banjul University. The application of Kestrel Mountain University (KMU) was deferred to the next session. "
        "Representatives of Tamale Technical University attended the session as observers.",
        # a unit belongs to its university: no membership
        "On the same day, the Faculty of Marine Sciences of Tamale, which belongs to Kestrel Mountain University, inked an agreement with Gulf University.",
        # taking part in something of the alliance's is no membership
        "Banjul University is one of the founding members of EU-COASTS. Kestrel Mountain University said the deal would let its researchers take part in the alliance's hub.",
    ],
)
def test_round_six_non_members(run_empty, text):
    assert [m for m in members_of(run_empty(text)) if m[0] != "Banjul University"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the alliance's body, with a possessive, and the host of its meeting between them
        ("The Coastal Universities Network (CUN) was founded in 2001. The CUN's General Assembly, held at the University of Lagos, "
         "welcomed Banjul University as a new member.", [("Banjul University", "Coastal Universities Network", None)]),
        # the body as the subject ("The assembly"), hosted by a university: the alliance the text is about
        ("The Coastal Universities Network (CUN) was founded in 2001. The assembly, hosted by the University of Lagos, admitted Banjul University as a new member.",
         [("Banjul University", "Coastal Universities Network", None)]),
        # passive welcome; "voted to admit"
        ("The Coastal Universities Network (CUN) was founded in 2001. Banjul University and Gulf University were welcomed as new members of the CUN "
         "at its assembly hosted by the University of Lagos.",
         [("Banjul University", "Coastal Universities Network", None), ("Gulf University", "Coastal Universities Network", None)]),
        ("The Coastal Universities Network (CUN) was founded in 2001. Meeting in Accra, the members of the CUN voted to admit Banjul University "
         "and Gulf University as full members.",
         [("Banjul University", "Coastal Universities Network", None), ("Gulf University", "Coastal Universities Network", None)]),
        # an intent or a negation before the verb: no membership
        ("The Coastal Universities Network (CUN) was founded in 2001. The CUN plans to admit Banjul University as a full member next year.", []),
        ("The Coastal Universities Network (CUN) was founded in 2001. The CUN has not admitted Banjul University.", []),
    ],
)
def test_admitting_bodies_and_hosts(run_empty, text, expected):
    assert members_of(run_empty(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Members include ..." with no "Its": the alliance the paragraph is about
        ("The Coastal Universities Network (CUN) was founded in 2001. Members include Banjul University (Gambia) and Gulf University (Ghana).",
         [("Banjul University", "Coastal Universities Network", None), ("Gulf University", "Coastal Universities Network", None)]),
        # "A consists of M (Country), ..."
        ("EU-COASTS consists of Banjul University (Gambia), Gulf University (Ghana) and Kestrel Mountain University.",
         [("Banjul University", "EU-COASTS", None), ("Gulf University", "EU-COASTS", None), ("Kestrel Mountain University", "EU-COASTS", None)]),
        # a count admitted, with no "new"; delegates from member universities are no count of members
        ("The Coastal Universities Network (CUN) met. At its assembly, the CUN admitted 12 universities from Mali. "
         "The network welcomed 300 delegates from member universities.", [(12, "Coastal Universities Network", None)]),
        # a member "since it was founded in 2001"
        ("The Coastal Universities Network (CUN) met. Banjul University has been part of the CUN since it was founded in 2001.",
         [("Banjul University", "Coastal Universities Network", "founding-member")]),
    ],
)
def test_lists_counts_and_founding_in_other_words(run_empty, text, expected):
    assert members_of(run_empty(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "were admitted to membership": of the alliance the article is about
        ("LAGOS, 2 June 2025 – The Kestrel Universities Association has welcomed new member institutions. "
         "Banjul University in Gambia and Tamale Technical University were admitted to membership with effect from 1 July 2025.",
         [("Banjul University", "Kestrel Universities Association", "2025-07-01"), ("Tamale Technical University", "Kestrel Universities Association", "2025-07-01")]),
        # not an intent
        ("The Kestrel Universities Association met in Accra. Banjul University hopes to be admitted to membership next year.", []),
        # "admitted to the council": the council the sentence named; the other clause's year is not its date
        ("The University of Lagos was one of the founding members of the West African University Council in 1965, "
         "while Banjul University was admitted to the council last year.",
         [("Banjul University", "West African University Council", None), ("University of Lagos", "West African University Council", "1965")]),
        # "long-standing members of A, a global network of ...": a hyphened word before "members"
        ("Both Banjul University and Tamale Technical University are long-standing members of the AUC, a global network of English-speaking universities.",
         [("Banjul University", "AUC", None), ("Tamale Technical University", "AUC", None)]),
        # "..., together with five institutions from C1 and C2": a count of more members
        ("The Council of the Coastal Universities Network met in Accra. The Council welcomed Banjul University and the University of Lagos "
         "as new members of the network, together with three institutions from Ghana and Togo.",
         [("3 unnamed", "Coastal Universities Network", None), ("Banjul University", "Coastal Universities Network", None),
          ("University of Lagos", "Coastal Universities Network", None)]),
    ],
)
def test_membership_shapes_of_round_seven(run_empty, text, expected):
    found = sorted((m.member.name if m.member else f"{m.count} unnamed", m.alliance.name, m.date) for m in run_empty(text).memberships)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Both are members": the two the article last named together
        ("Banjul University and Tamale Technical University signed an agreement in Accra. Both are members of the AUC, a network of African universities.",
         [("Banjul University", "AUC"), ("Tamale Technical University", "AUC")]),
        # "Both X and Y are": short names, one word set of each party's name (accents folded)
        ("The Université de Yaoundé II and Ghana's University of Cape Coast signed a cooperation agreement on Monday. "
         "Both Yaounde II and Cape Coast are long-standing members of the AAU, a continental association of African universities.",
         [("University of Cape Coast", "AAU"), ("Université de Yaoundé II", "AAU")]),
        # a governing body of an acronym's organisation, meeting and admitting
        ("The Council of the KUA met in Accra on 3 May 2025 and admitted Banjul University as a new member.", [("Banjul University", "KUA")]),
    ],
)
def test_members_by_their_short_names_and_bodies_by_their_acronym(run_empty, text, expected):
    assert sorted((m.member.name, m.alliance.name) for m in run_empty(text).memberships if m.member) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjul University's membership of the African Universities Network dates back to 2010.", [("Banjul University", "African Universities Network")]),
        ("Tamale Technical University has been granted full membership of the Sahel Research Network.", [("Tamale Technical University", "Sahel Research Network")]),
        ("Banjul University and Tamale Technical University, both members of the Coastal Universities Network, signed an agreement.",
         [("Banjul University", "Coastal Universities Network"), ("Tamale Technical University", "Coastal Universities Network")]),
        ("Banjul University (a member of the Coastal Universities Network) signed an agreement with Tamale Technical University.",
         [("Banjul University", "Coastal Universities Network")]),
        # an application is no membership; a rector is no member
        ("Banjul University's application for membership of the Coastal Universities Network was deferred.", []),
        ("Banjul University hopes to be granted membership of the Coastal Universities Network.", []),
    ],
)
def test_membership_as_a_noun_and_in_an_apposition(run_empty, text, expected):
    assert sorted((m.member.name, m.alliance.name) for m in run_empty(text).memberships if m.member) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It joined": the organisation the sentence before opens with
        ("Banjul University signed an agreement with the Kestrel Universities Association. It joined the association in 2019.",
         [("Banjul University", "Kestrel Universities Association", "2019")]),
        # "joined it": the alliance last named
        ("Banjul University is a member of the Kestrel Universities Association. Tamale Technical University joined it in 2022.",
         [("Banjul University", "Kestrel Universities Association", None), ("Tamale Technical University", "Kestrel Universities Association", "2022")]),
        # no alliance named: "it" is nothing to join
        ("Banjul University signed an agreement with Tamale Technical University. The University of Lagos joined it in 2022.", []),
    ],
)
def test_it_as_the_member_and_as_the_alliance(run_empty, text, expected):
    assert sorted((m.member.name, m.alliance.name, m.date) for m in run_empty(text).memberships if m.member) == expected


def test_a_count_that_joined_with_some_of_them_named(run_empty):
    text = "The Kestrel Universities Association held its assembly in Accra. Three new universities joined the association, including Banjul University."
    found = sorted((m.member.name if m.member else f"{m.count} unnamed", m.alliance.name) for m in run_empty(text).memberships)
    assert found == [("3 unnamed", "Kestrel Universities Association"), ("Banjul University", "Kestrel Universities Association")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case classifier after the name says what it is; the name is the name alone
        ("Riga Technical University, a member of the BALTIQ alliance of northern universities, signed with Tallinn University.",
         [("Riga Technical University", "BALTIQ")]),
        ("Both Banjul University and Tamale Technical University are members of the Sahel Rim network, which has six partners.",
         [("Banjul University", "Sahel Rim"), ("Tamale Technical University", "Sahel Rim")]),
        ("Universidad de Cuenca joined the ANDES-5 consortium in 2019. ANDES-5 now counts nine universities.",
         [("Universidad de Cuenca", "ANDES-5")]),
    ],
)
def test_a_classifier_in_small_letters_is_not_part_of_the_alliances_name(run_empty, text, expected):
    extraction = run_empty(text)
    assert [(member, alliance) for member, alliance, _, _ in memberships(extraction)] == expected
    alliances = {i.entity.id: i.entity for i in extraction.linked if i.entity.name == expected[0][1]}
    assert len(alliances) == 1 and next(iter(alliances.values())).alliance


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count, a colon and the names: the names, not the count
        ("The 14th Plenary Meeting of the Baltic Sea University Network, held from 3 to 5 May at Vilnius University, Lithuania, "
         "admitted three new members: the University of Tartu (Estonia), Riga Technical University and the University of Gdansk (Poland).",
         [("University of Tartu", "Baltic Sea University Network"), ("Riga Technical University", "Baltic Sea University Network"),
          ("University of Gdańsk", "Baltic Sea University Network")]),
        ("The Andean Universities Association on Tuesday welcomed two new member institutions: Universidad de Cuenca and Banjul University.",
         [("Universidad de Cuenca", "Andean Universities Association"), ("Banjul University", "Andean Universities Association")]),
        # the association's meeting admits for it; "AGM" is no organisation
        ("The Association of West African Universities was founded in 1990. Its AGM admitted five new member institutions from Ghana and Togo.",
         [(5, "Association of West African Universities")]),
    ],
)
def test_a_meeting_admits_and_a_colon_names_the_counted_members(run_empty, text, expected):
    assert [(member, alliance) for member, alliance, _, _ in memberships(run_empty(text))] == expected


def test_the_association_that_reports_is_no_apposition_of_the_host(run_empty):
    extraction = run_empty(
        "The Association of Caribbean Universities on Monday welcomed Banjul University as a new member, at the close of its "
        "conference hosted by the University of Havana, the association said. The University of Havana and the University of the "
        "Bahamas signed a memorandum, signed by Prof. Ana Ruiz, president of the University of the Bahamas, which has been a member "
        "of the association since 2001."
    )
    assert [(member, alliance) for member, alliance, _, _ in memberships(extraction)] == [
        ("Banjul University", "Association of Caribbean Universities"), ("University of the Bahamas", "Association of Caribbean Universities"),
    ]
    assert not any(i.entity.alliance for i in extraction.linked if i.entity.name == "University of Havana")


def test_a_list_of_founders_goes_on_after_a_relative_clause_about_one_of_them(run_empty):
    extraction = run_empty(
        "The Baltic Sea University Network (BSUN) was launched in 2020 by four founding members: the University of Tartu, which "
        "coordinates the alliance, Riga Technical University, Vilnius University and Banjul University."
    )
    founders = [member for member, _, kind, date in memberships(extraction) if kind == "founding-member" and date == "2020"]
    assert founders == ["University of Tartu", "Riga Technical University", "Vilnius University", "Banjul University"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # appositions: "also a(n) A member/partner" (A named in it), "one of A's N founding members", a quoted apposition
        ("The Universidad de Cuenca (UCU), also a Sahel Rim Network member, sent its dean of engineering.",
         [("Universidad de Cuenca", "Sahel Rim Network", None)]),
        ("Kestrel Mountain University, also an Andean Universities Association partner, will host the next school.",
         [("Kestrel Mountain University", "Andean Universities Association", None)]),
        ("On 3 May, Banjul University (BU), one of the Sahel Rim Network's five founding members, and Tamale Technical University opened a joint school.",
         [("Banjul University", "Sahel Rim Network", "founding-member")]),
        ('The minister praised Banjul University, "a founding member of the Sahel Rim Network", for its work.',
         [("Banjul University", "Sahel Rim Network", "founding-member")]),
        # a relative clause: "M, which belongs to the A Council"; "A, ..., which both M and M2 belong to"; "to which M belongs"
        ("Prof. Ana Ruiz said the University of Cuenca, which belongs to the Andean Rectors' Council (ARC), will teach in Quechua.",
         [("University of Cuenca", "Andean Rectors' Council", None)]),
        ("The talks took place at a session of the Sahel Rim Network (SRN), the network of public universities of the Sahel, which both Banjul University and Tamale Technical University belong to.",
         [("Banjul University", "Sahel Rim Network", None), ("Tamale Technical University", "Sahel Rim Network", None)]),
        ("The Andean Universities Association, to which Kestrel Mountain University belongs, met in Quito.",
         [("Kestrel Mountain University", "Andean Universities Association", None)]),
        # "The university, which has been a member of A": the organisation the sentence before opens with
        ("Kestrel Mountain University signed three agreements with Chilean universities. The university, which has been a member of "
         "the Andean Universities Association since 2011, hosts 200 students from Chile.",
         [("Kestrel Mountain University", "Andean Universities Association", None)]),
    ],
)
def test_appositions_relative_clauses_and_the_university_of_round_ten(run_empty, text, expected):
    assert [(member, alliance, kind) for member, alliance, kind, _ in memberships(run_empty(text))] == expected


def test_the_three_institutions_are_the_parties_of_the_agreement_of_three(run_empty):
    extraction = run_empty(
        "Banjul University, Tamale Technical University and Kestrel Mountain University signed a memorandum of understanding on 3 May 2024. "
        "The University of Lagos was not part of it. "
        "The three institutions are members of the Sahel Rim Network, whose director attended the signing."
    )
    assert sorted(member for member, alliance, _, _ in memberships(extraction) if alliance == "Sahel Rim Network") == [
        "Banjul University", "Kestrel Mountain University", "Tamale Technical University"]


def test_the_two_universities_both_members_are_the_parties(run_empty):
    extraction = run_empty(
        "Banjul University and Kestrel Mountain University renewed their exchange agreement on Monday. "
        "Speaking at the ceremony, the rector said the two universities, both members of the Sahel Rim Network (SRN), \"share one coast.\""
    )
    assert sorted(member for member, alliance, _, _ in memberships(extraction) if alliance == "Sahel Rim Network") == [
        "Banjul University", "Kestrel Mountain University"]


def test_an_acronym_after_the_admitting_alliance_and_a_count_before_named_members(run_empty):
    extraction = run_empty(
        "At its General Assembly held in Quito on 4 May 2025, the Andean Universities Association (AUA) admitted six new member "
        "universities from Peru and Chile and welcomed Bolivia's Universidad de Cuenca as a full member."
    )
    assert [(member, alliance) for member, alliance, _, _ in memberships(extraction)] == [
        ("Universidad de Cuenca", "Andean Universities Association"), (6, "Andean Universities Association")]


@pytest.mark.parametrize(
    "text",
    [
        "Banjul University, a long-standing partner, signed with the Sahel Rim Network on Monday.",  # a partner of no alliance named
        "The Sahel Rim Network, which neither Banjul University nor Tamale Technical University belongs to, met in Dakar.",
        "The Faculty of Law, which belongs to Banjul University, will teach the course.",
    ],
)
def test_round_ten_non_members(run_empty, text):
    assert run_empty(text).memberships == []


@pytest.mark.parametrize(
    "text",
    [
        # an application, a bid or talks on joining are no membership, nor is what the applicant already belongs to
        "Banjul University, which became a member of the Sahel Rim Network in 2019, has submitted an application to join the Andean Universities Association.",
        "Negotiations with Kestrel Mountain University on joining the Sahel Rim Network have begun, the rector said.",
        "Kestrel Mountain University has launched a bid to join the Andean Universities Association.",
    ],
)
def test_applications_bids_and_talks_on_joining_are_no_membership(run_empty, text):
    with learned.using({DECISION: None}):  # the rules' shapes (the learned decision weighs the pairs they leave)
        found = memberships(run_empty(text))
    assert [(member, alliance) for member, alliance, _, _ in found if alliance == "Andean Universities Association" or "Negotiations" in text] == []


def test_a_member_since_a_year_is_a_member_of_the_articles_alliance(run_empty):
    extraction = run_empty(
        "The Sahel Rim Network held its annual conference in Tamale. The Sahel Rim Network brings together 40 universities. "
        "Tamale Technical University, a member since 2004, hosted the delegates."
    )
    assert memberships(extraction) == [("Tamale Technical University", "Sahel Rim Network", None, "2004")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # round 11 (each shape a family of errors in two blind sets or more): "among the participants of A"
        ("Banjul University and Tarn Valley University are among the Russian participants of the Baltic Coast Network, a consortium of universities.",
         [("Banjul University", "Baltic Coast Network", None, None), ("Tarn Valley University", "Baltic Coast Network", None, None)]),
        # an "About A" paragraph opened by who coordinates it, with "among them" in the list
        ("About the Baltic Coast Network\nThe Baltic Coast Network is one of the first European Universities selected in 2019. "
         "Coordinated by Kestrel Mountain University (France), it brings together universities from coastal regions of Europe, "
         "among them the Agricultural University of Tarn (Greece) and Banjul University (Lithuania).",
         [("Agricultural University of Tarn", "Baltic Coast Network", None, None), ("Banjul University", "Baltic Coast Network", None, None),
          ("Kestrel Mountain University", "Baltic Coast Network", "coordinator", None)]),
        # who heads the alliance, where it has its headquarters: in a relative clause about it
        ("Banjul University is a member of the Eurasian Association of Universities, which brings together more than 130 universities "
         "from the CIS countries and is headed by Kestrel Mountain University.",
         [("Kestrel Mountain University", "Eurasian Association of Universities", "coordinator", None),
          ("Banjul University", "Eurasian Association of Universities", None, None)]),
        ("The deal was signed at the meeting of the Asociación Universitaria de Lagos (AUL), the regional postgraduate association, "
         "which has its headquarters at the University of Tarn.",
         [("University of Tarn", "Asociación Universitaria de Lagos", "secretariat", None)]),
        # "The new members are M1 in C1; M2 (ACR), C2; ...": the alliance last named, the count those names
        ("Three universities were admitted to membership of the Association of Lake Universities (ALU) on 29 April 2025. "
         "The new members are Banjul University in Gambia; Kestrel Mountain University (KMU), Ghana; and the University of Tarn, France.",
         [("Banjul University", "Association of Lake Universities", None, "2025-04-29"),
          ("Kestrel Mountain University", "Association of Lake Universities", None, "2025-04-29"),
          ("University of Tarn", "Association of Lake Universities", None, "2025-04-29")]),
        # the governing body of an alliance whose name says "University" welcomes "new members of the alliance"
        ("The General Assembly of the European University for Coastal Towns met at Banjul University and welcomed "
         "the University of Tarn and Kestrel Mountain University as new full members of the alliance.",
         [("University of Tarn", "European University for Coastal Towns", None, None),
          ("Kestrel Mountain University", "European University for Coastal Towns", None, None)]),
        # "which thus became full members of A" after two names; "a member of A, B (ACR) and C"
        ("The conference approved the applications of Banjul University (Gambia) and Kestrel Mountain University (KMU), "
         "which thus became full members of the Association of Lake Universities.",
         [("Banjul University", "Association of Lake Universities", None, None), ("Kestrel Mountain University", "Association of Lake Universities", None, None)]),
        ("Banjul University is a member of the Coastal Universities Alliance, the Nordic Crafts Network (NCN) and the Sahel Rim Network.",
         [("Banjul University", "Coastal Universities Alliance", None, None), ("Banjul University", "Nordic Crafts Network", None, None),
          ("Banjul University", "Sahel Rim Network", None, None)]),
        # "joining M1 and M2, which were already A members": fellow members, not alliances
        ("The minister recalled that the Tarn Institute of Technology (TIT) was admitted in May as a full member of the Nordic Crafts "
         "Network (NCN), joining Banjul University and Kestrel Mountain University, which were already NCN members.",
         [("Tarn Institute of Technology", "Nordic Crafts Network", None, None), ("Banjul University", "Nordic Crafts Network", None, None),
          ("Kestrel Mountain University", "Nordic Crafts Network", None, None)]),
    ],
)
def test_membership_shapes_of_round_eleven(run_empty, text, expected):
    with learned.using({DECISION: None}):
        assert memberships(run_empty(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Nordic Crafts Network has its headquarters in Oslo, near the University of Lagos.",  # a city: no member right after
        "Kestrel Mountain University was one of the participants of the Tarn Summer University programme.",  # a participant, not "among the"
    ],
)
def test_round_eleven_non_members(run_empty, text):
    with learned.using({DECISION: None}):
        assert memberships(run_empty(text)) == []


def test_an_alliance_in_an_apposition_is_no_list_of_alliances(run_empty):
    with learned.using({DECISION: None}):
        found = memberships(run_empty("Both universities signed. Banjul University is a founding member of ENLACE, the European University Alliance that was selected in 2020."))
    assert [alliance for _, alliance, _, _ in found] == ["ENLACE"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # round 12 (families of the tenth blind set also seen in another): a founding told by an opening participle
        ("The Coastal Universities Alliance held its assembly. Founded in 2009 by Banjul University and Kestrel Mountain University, "
         "the alliance now runs three summer schools.",
         [("Banjul University", "Coastal Universities Alliance", "founding-member", "2009"),
          ("Kestrel Mountain University", "Coastal Universities Alliance", "founding-member", "2009")]),
        # a founder written by one word of a name named before
        ("Banjul University and Kestrel Mountain University met in Oslo. Established by Banjul and Kestrel, the Nordic Crafts Network "
         "has grown to twenty members.",
         [("Banjul University", "Nordic Crafts Network", "founding-member", None),
          ("Kestrel Mountain University", "Nordic Crafts Network", "founding-member", None)]),
        # a count of admitted universities as the subject of a passive: of the alliance named after, else the one last named
        ("Banjul University joined the Sahel Rim Network in May. Four universities from Mali were admitted as associate members at the same meeting.",
         [("Banjul University", "Sahel Rim Network", None, None), (4, "Sahel Rim Network", None, None)]),
        ("Banjul University held a ceremony. Six other Ghanaian universities, most of them from the north, were admitted in the same round, the ministry said.",
         []),  # no alliance named before: none
        ("Seven universities from Asia were admitted to membership of the Nordic Crafts Network last year.",
         [(7, "Nordic Crafts Network", None, None)]),
        # the alliance that admits, antecedent of a relative clause
        ("The talks were held at the annual meeting of the Sahel Rim Network (SRN), which admitted three new members at the gathering.",
         [(3, "Sahel Rim Network", None, None)]),
        # the secretariat named by the alliance's acronym
        ("The Sahel Rim Network (SRN) is a network of research universities. The SRN Secretariat is hosted by Banjul University, Serrekunda.",
         [("Banjul University", "Sahel Rim Network", "secretariat", None)]),
    ],
)
def test_membership_shapes_of_round_twelve(run_empty, text, expected):
    with learned.using({DECISION: None}):
        assert memberships(run_empty(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Sahel Rim Network met in Bamako. Four universities from Mali have not been admitted as members.",  # a negation
        "Founded in 1950 by the Ministry of Education, Banjul University has 30,000 students.",  # a university: no alliance founded
    ],
)
def test_round_twelve_non_members(run_empty, text):
    with learned.using({DECISION: None}):
        assert memberships(run_empty(text)) == []
