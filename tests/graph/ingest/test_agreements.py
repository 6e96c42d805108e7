"""Agreement patterns, each on the seed sentence that motivated it and on one written for the
test. No registry: parties are found by the patterns and compared by name."""

from __future__ import annotations

import pytest


def agreements(extraction) -> list[tuple[list[str], list[str]]]:
    return [([p.name for p in a.parties], a.kinds) for a in extraction.agreements if not a.is_group]


@pytest.mark.parametrize(
    "text, expected, date",
    [
        # "between A and B", with a signing verb: article 000
        ("A twinning agreement was signed between the National School of Artificial Intelligence and Northwest Normal University from Chine on May 17, 2023.",
         [(["National School of Artificial Intelligence", "Northwest Normal University"], ["twinning"])], "2023-05-17"),
        ("A memorandum of understanding was signed between Lanzhou University, Aalto University and Kathmandu University on 3 March 2024.",
         [(["Lanzhou University", "Aalto University", "Kathmandu University"], ["memorandum-of-understanding"])], "2024-03-03"),
        # "the KIND agreement between A and B", no verb: articles 001 and 002
        ("The cooperation agreement between XJTU and Politecnico di Milano aims at further broadening and deepening practical collaboration.",
         [(["XJTU", "Politecnico di Milano"], ["cooperation"])], None),
        ("During the conference, a signing ceremony for cooperation agreements between XJTU and institutions such as KAZNU was held.",
         [(["XJTU", "KAZNU"], ["cooperation"])], None),
        ("The double degree agreement between Aalto University and Lanzhou University starts in autumn.",
         [(["Aalto University", "Lanzhou University"], ["double-degree"])], None),
        # "signed by A and B": written for this test
        ("An academic cooperation agreement was signed by Aalto University and Lanzhou University on July 4.",
         [(["Aalto University", "Lanzhou University"], ["academic-cooperation"])], "--07-04"),
    ],
)
def test_between_and_by(run_empty, text, expected, date):
    extraction = run_empty(text)
    assert agreements(extraction) == expected
    assert [a.signed_on for a in extraction.agreements] == [date]


@pytest.mark.parametrize(
    "text, expected",
    [
        # subject + "with" + an explicitly multilateral kind: one agreement of all (article 001)
        ("XJTU also signed with Pusan National University and LGE a three-party agreement to promote collaboration with business entities.",
         [(["XJTU", "Pusan National University", "LGE"], ["three-party"])]),
        ("Lanzhou University signed a tripartite agreement with Aalto University and the Nokia Corporation.",
         [(["Lanzhou University", "Aalto University", "Nokia Corporation"], ["three-party"])]),
        # subject + "with" several counterparts: one bilateral agreement each (article 001)
        ("XJTU Health Science Center signed with National University of Sciences and Technology (Pakistan) and Chiang Mai University medical collaboration agreement on talent education.",
         [(["XJTU Health Science Center", "National University of Sciences and Technology"], ["medical-collaboration"]),
          (["XJTU Health Science Center", "Chiang Mai University"], ["medical-collaboration"])]),
        ("Lanzhou University concluded cooperation agreements with Aalto University, Kathmandu University and Hanoi University.",
         [(["Lanzhou University", "Aalto University"], ["cooperation"]), (["Lanzhou University", "Kathmandu University"], ["cooperation"]),
          (["Lanzhou University", "Hanoi University"], ["cooperation"])]),
        # "A and B signed": article 002
        ("At the same time, XJTU and KAZNU also signed an agreement on the exchange of students in the field of international law.",
         [(["XJTU", "KAZNU"], ["student-exchange"])]),
        ("Aalto University and Lanzhou University renewed their double degree agreement on Monday.",
         [(["Aalto University", "Lanzhou University"], ["double-degree"])]),
    ],
)
def test_subject_with_counterparts(run_empty, text, expected):
    assert agreements(run_empty(text)) == expected


def test_people_met_stand_for_their_organisations_and_parents_are_not_parties(run_empty):
    # article 003: the parties are the organisations of the people met; CAS is XIEG's parent
    text = (
        "Head of KazNU Zhanseit Tuimebayev met with Chancellor of the China University of Petroleum Chen Feng, "
        "Director General of the Xinjiang Institute of Ecology and Geography (XIEG) of the Chinese Academy of Sciences (CAS) Zhang Yuanming "
        "and Vice President of Shenzhen University Zhang Xueji and concluded agreements defining the main directions of academic cooperation."
    )
    assert agreements(run_empty(text)) == [
        (["KazNU", "China University of Petroleum"], ["academic-cooperation"]),
        (["KazNU", "Xinjiang Institute of Ecology and Geography"], ["academic-cooperation"]),
        (["KazNU", "Shenzhen University"], ["academic-cooperation"]),
    ]
    assert [p.name for p in run_empty(text).agreements[0].signatories] == ["Zhanseit Tuimebayev"]
    text = (
        "President of Lanzhou University Wang Fang met with Rector of the Gansu Institute of Geology of the Russian Academy of Sciences Li Ming "
        "and signed a memorandum."
    )
    assert agreements(run_empty(text)) == [(["Lanzhou University", "Gansu Institute of Geology"], ["memorandum-of-understanding"])]


@pytest.mark.parametrize(
    "text, count, counterparts, least",
    [
        ("Over 20 membership universities signed with XJTU 17 MOUs, and various agreements on academic,research, and enterprise-academia collaborations etc.",
         17, "Over 20 membership universities", 21),  # article 001
        ("More than 30 universities signed 25 agreements with Lanzhou University.", 25, "More than 30 universities", 31),
        ("Lanzhou University signed twelve memoranda with partner universities.", 12, "partner universities", None),  # as stated
    ],
)
def test_a_count_of_agreements_is_a_group(run_empty, text, count, counterparts, least):
    (group,) = run_empty(text).agreements
    assert (group.is_group, group.count, group.counterparts, group.counterparts_min) == (True, count, counterparts, least)
    assert group.kinds in (["memorandum-of-understanding"], [])  # "agreements": the kind is not said


@pytest.mark.parametrize(
    "text",
    [
        # a signing ceremony is not a signing: article 001
        "Following the agreement signing ceremony, CentraleSupelec, SKEMA Business School, National University of Singapore visited XJTU.",
        "After the signing ceremony of the agreement, Aalto University and Lanzhou University toured the campus.",
        # an alliance named as where the counterparts are members is not a party: article 001
        "XJTU signed cooperation agreements with a number of UANSR membership universities",
        "Lanzhou University signed agreements with SCO member universities.",
        # one party only: article 003
        "During a working trip to China, Chairman of the Board-Rector of Al-Farabi Kazakh National University Zhanseit Tuimebayev signed a memorandum of cooperation with leading universities of China.",
        # co-hosting, not agreeing: article 002
        "This event was co-hosted by Xi'an Jiaotong University (XJTU), Al-Farabi Kazakh National University (KAZNU), and Astana IT University (AITU).",
        # a plan, an expectation, a negation: blind set 2
        "Aalto University said it plans to sign a memorandum of understanding with Lund University next month.",
        "Aalto University is expected to sign an exchange agreement with Lund University in the spring.",
        "Aalto University and Lund University met at the forum, where no agreements were signed.",
        "Aalto University did not sign the memorandum of understanding with Lund University.",
        # a modal, an invitation, an agreement not made yet (drafts, proposals, talks)
        "Banjul University and Tema University will sign an agreement next month.",
        "Banjul University and Tema University could soon sign an agreement.",
        "A memorandum of understanding between Banjul University and Tema University is to be signed in May.",
        "Banjul University invited Tema University to sign an agreement.",
        "Banjul University is preparing to sign an agreement with Tema University.",
        "A draft agreement between Banjul University and Tema University was discussed.",
        "The proposed agreement between Banjul University and Tema University would create a joint centre.",
        "Talks on an agreement between Banjul University and Tema University continue.",
        "Banjul University and Tema University agreed to explore a similar arrangement with Kestrel Mountain University.",
    ],
)
def test_not_agreements(run_empty, text):
    assert run_empty(text).agreements == []


def test_later_sentences_about_the_agreement_add_areas_kinds_and_evidence(run_empty):
    # article 003's shape: areas in later sentences that name the same parties or refer back
    text = (
        "Lanzhou University concluded agreements with Aalto University and Kathmandu University. "
        "Within the framework of the agreement, the parties will exchange teaching staff and hold joint conferences. "
        "Lanzhou University together with Aalto University will implement a program of double-degree education within the framework of the memorandum."
    )
    extraction = run_empty(text)
    aalto, kathmandu = extraction.agreements
    assert aalto.kinds == ["memorandum-of-understanding"]  # "the memorandum" names its kind
    assert kathmandu.kinds == []  # "agreements" alone does not
    assert aalto.areas == ["staff-exchange", "conferences", "double-degree"]
    assert kathmandu.areas == ["staff-exchange", "conferences"]
    assert len(aalto.evidence) == 3 and len(kathmandu.evidence) == 2


def test_an_unstated_kind_is_left_out_with_a_note(run_empty):
    # data/README.md: "leave out [kinds] when the text does not say"
    (agreement,) = run_empty("Lanzhou University signed an agreement with Aalto University.").agreements
    assert agreement.kinds == []
    assert "does not say what kind" in agreement.notes[0]
    stated = run_empty("Lanzhou University signed a cooperation agreement with Aalto University.").agreements[0]
    assert agreement.confidence < stated.confidence


def test_the_same_agreement_reported_twice_is_one(run_empty):
    text = (
        "Aalto University and Lanzhou University sign double degree agreement\n"
        "Aalto University signed a double degree agreement with Lanzhou University on March 8, 2024."
    )
    (agreement,) = run_empty(text).agreements
    assert (len(agreement.evidence), agreement.signed_on) == (2, "2024-03-08")


def test_a_three_party_agreement_naming_two_parties_keeps_no_three_party_kind(run_empty):
    (agreement,) = run_empty("Lanzhou University signed a tripartite agreement with Aalto University.").agreements
    assert agreement.kinds == []
    assert "names 2 parties" in agreement.notes[-1]


# -- the shapes of the development articles, on sentences written for these tests ------------


def parties(extraction) -> list[list[str]]:
    return [sorted(p.name for p in a.parties) for a in extraction.agreements if not a.is_group]


def test_both_parties_are_the_two_the_text_last_named_together(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University and Banjul University have agreed to cooperate in marine research.\n"
        "The cooperation is set out in a memorandum of understanding signed by both parties in Banjul."
    )
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"]]
    assert extraction.agreements[0].kinds == ["memorandum-of-understanding"]


def test_between_the_two_universities_are_the_two_the_sentence_named(run_empty):
    extraction = run_empty(
        "On 3 May 2023, Kestrel Mountain University (KMU) and Banjul University (BU) deepened their ties by "
        "signing a memorandum of understanding between the two universities."
    )
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"]]
    assert extraction.agreements[0].signed_on == "2023-05-03"


def test_a_passive_with_one_counterpart_and_the_host(run_empty):
    extraction = run_empty(
        "A memorandum of understanding has been signed with Banjul University on joint research at Ghana's Kestrel Mountain University."
    )
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Mountain University inked an agreement with Banjul University.",
        "Kestrel Mountain University has entered into a partnership agreement with Banjul University.",
        "Kestrel Mountain University and Banjul University renewed their memorandum.",
    ],
)
def test_signing_verbs_of_news(run_empty, text):
    assert parties(run_empty(text)) == [["Banjul University", "Kestrel Mountain University"]]


def test_a_later_sentence_that_signs_adds_signatories_and_date_not_witnesses(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University has inked a memorandum of understanding with Banjul University.\n"
        "The memorandum was signed by KMU Rector Dr Ilse Brandt and Banjul University President Ousman Jallow on 4 June 2024, "
        "in the presence of Dr Lamin Sowe, Dean, School of Law, Banjul University."
    )
    (agreement,) = extraction.agreements
    assert [p.name for p in agreement.signatories] == ["Ilse Brandt", "Ousman Jallow"]
    assert agreement.signed_on == "2024-06-04" and len(agreement.evidence) == 2


def test_signing_on_behalf_names_the_parties_and_the_signatories(run_empty):
    extraction = run_empty(
        "An agreement was recently signed with Kestrel Mountain University.\n"
        "KMU Rector Dr Ilse Brandt signed the agreement on behalf of KMU and Banjul University President Ousman Jallow "
        "signed the agreement on behalf of the Gambian university."
    )
    (agreement,) = extraction.agreements
    assert sorted(p.name for p in agreement.parties) == ["Banjul University", "Kestrel Mountain University"]
    assert [p.name for p in agreement.signatories] == ["Ilse Brandt", "Ousman Jallow"]


def test_the_agreements_signed_by_several_people_are_the_ones_reported(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University signed cooperation agreements with Banjul University and the University of Lagos. "
        "The agreements were signed by Kestrel Mountain University Rector Ilse Brandt, Banjul University President Ousman Jallow "
        "and University of Lagos Provost Ada Okoro."
    )
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"], ["Kestrel Mountain University", "University of Lagos"]]
    assert [[p.name for p in a.signatories] for a in extraction.agreements] == [["Ilse Brandt", "Ousman Jallow"], ["Ilse Brandt", "Ada Okoro"]]


def test_a_relative_clause_with_which(run_empty):
    extraction = run_empty("The project is led by Banjul University, with which Kestrel Mountain University has a signed agreement.")
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"]]


@pytest.mark.parametrize(
    "text, date",
    [
        ("BANJUL, May 24: Banjul University has signed an agreement with Kestrel Mountain University.", None),  # the dateline's
        ("Banjul University signed an agreement with Kestrel Mountain University, the university announced on 2 May 2023.", None),
        ("Banjul University, founded in 1998, signed an agreement with Kestrel Mountain University on 2 May 2023.", "2023-05-02"),
        ("Banjul University renewed its agreement with Kestrel Mountain University, extending a partnership that began in 2009.", None),
        ("SEOUL, March 11 (Yonhap) -- Banjul University signed an agreement with Kestrel Mountain University.", None),
    ],
)
def test_a_date_that_is_not_the_signings_is_left_out(run_empty, text, date):
    (agreement,) = run_empty(text).agreements
    assert agreement.signed_on == date


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subject without a name: "it" is the organisation the sentence before starts with
        ("Banjul University hosted the talks.\nKestrel Mountain University, the oldest college in the region, trains nurses. "
         "In 2021, it also concluded a student exchange agreement with Tamale Technical University.",
         [(["Kestrel Mountain University", "Tamale Technical University"], ["student-exchange"])]),
        # "the varsity": the organisation the article names most; "while talks are on with" adds no party
        ("Banjul University signed it. Banjul University is proud.\n"
         "Earlier this year, the varsity had signed a similar pact with Tamale Technical University, while talks are on with the University of Lagos.",
         [(["Banjul University", "Tamale Technical University"], [])]),
        # "extended their agreement", "a cooperation protocol"
        ("Banjul University and Tamale Technical University have extended their agreement for five years.",
         [(["Banjul University", "Tamale Technical University"], [])]),
        ("Banjul University and Tamale Technical University signed on Monday a cooperation protocol.",
         [(["Banjul University", "Tamale Technical University"], ["cooperation"])]),
        # the nominal "through the signing of a memorandum ... with"
        ("Banjul University has strengthened its links with Ghana through the signing of a memorandum of understanding with Tamale Technical University.",
         [(["Banjul University", "Tamale Technical University"], ["memorandum-of-understanding"])]),
    ],
)
def test_agreement_shapes_of_round_two(run_empty, text, expected):
    assert agreements(run_empty(text)) == expected


def test_the_two_universities_entered_into_an_earlier_agreement(run_empty):
    extraction = run_empty(
        "Banjul University has renewed its memorandum of understanding with Tamale Technical University on 3 May 2024. "
        "The two universities first entered into an agreement in 2013."
    )
    assert [([p.name for p in a.parties], a.signed_on) for a in extraction.agreements] == [
        (["Banjul University", "Tamale Technical University"], "2024-05-03"), (["Banjul University", "Tamale Technical University"], "2013"),
    ]


@pytest.mark.parametrize(
    "text, groups",
    [
        # a count a few words before the noun; two counts in one sentence
        ("Banjul University is busy. Last year, the university signed 27 new Erasmus+ inter-institutional agreements with partner universities "
         "in 14 countries, and three exchange protocols with universities in Mali.",
         [(["Banjul University"], 27, "partner universities in 14 countries"), (["Banjul University"], 3, "universities in Mali")]),
        # counted by the counterparts only: the number of agreements is not stated
        ("So far, Banjul University has signed cooperation agreements with 12 universities and research institutes in Mali.",
         [(["Banjul University"], None, "12 universities")]),
    ],
)
def test_counts_of_agreements_of_round_two(run_empty, text, groups):
    found = [([p.name for p in a.parties], a.count, a.counterparts) for a in run_empty(text).agreements if a.is_group]
    assert found == groups


def test_a_relative_clause_with_which_after_two_organisations(run_empty):
    extraction = run_empty(
        "The visit included meetings with Banjul University (BU) and the University of Lagos, "
        "with which Tamale Technical University already has student exchange agreements."
    )
    assert agreements(extraction) == [
        (["Banjul University", "Tamale Technical University"], ["student-exchange"]),
        (["University of Lagos", "Tamale Technical University"], ["student-exchange"]),
    ]


def test_an_acronym_written_after_the_name_is_part_of_it(run_empty):
    extraction = run_empty("In 2023, Banjul University concluded a cooperation agreement with the Kestrel Nuclear University KNUPhI in Accra.")
    assert agreements(extraction) == [(["Banjul University", "Kestrel Nuclear University KNUPhI"], ["cooperation"])]


def test_the_university_is_the_one_the_article_opens_with(run_empty):
    extraction = run_empty(
        "Banjul University welcomed a delegation of Tamale Technical University. Tamale Technical University and Tamale Technical University staff came. "
        "Banjul University thanked them. Last year, the university had signed a similar pact with the University of Lagos."
    )
    assert agreements(extraction)[-1] == (["Banjul University", "University of Lagos"], [])


def test_a_three_party_agreement_signed_by_names_with_acronyms_owners_and_places(run_empty):
    extraction = run_empty(
        "A tripartite Memorandum of Understanding (MoU) has been signed by the University of Nursing, Tamale (UNT), "
        "KMU-University of Fisheries, Accra (KMUUFA) and Ghana's Banjul Agricultural University (BAU), Kumasi, to promote research."
    )
    assert agreements(extraction) == [
        (["University of Nursing, Tamale", "KMU-University of Fisheries, Accra", "Banjul Agricultural University"], ["memorandum-of-understanding", "three-party"]),
    ]


def test_after_the_meeting_the_signing_has_the_meetings_date(run_empty):
    extraction = run_empty(
        "On the morning of 17 October, the President of Banjul University met a delegation of Tamale Technical University. Deans attended the meeting.\n\n"
        "The guests praised the campus.\n\n"
        "After the meeting, the two presidents signed a memorandum of understanding between Banjul University and Tamale Technical University."
    )
    assert [(a.signed_on, [p.name for p in a.parties]) for a in extraction.agreements] == [
        ("--10-17", ["Banjul University", "Tamale Technical University"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an earlier agreement in a clause after its noun, while the agreement reported has no date
        "Banjul University and Tamale Technical University have signed a memorandum of understanding on nursing. "
        "The rector said the agreement builds on a general cooperation agreement the two universities signed in 2009.",
        # the same with "that"
        "Banjul University and Tamale Technical University have signed a memorandum of understanding on nursing. "
        "The rector said the agreement builds on a general cooperation agreement that the two universities signed in 2009.",
        # "the first agreement", its parties not named
        "Banjul University and Tamale Technical University have signed a memorandum of understanding on nursing. "
        "Since the first agreement was concluded in 2009, 200 students have graduated.",
        # "one signed in", "an earlier agreement, signed in"
        "Banjul University and Tamale Technical University have signed a memorandum of understanding on nursing. "
        "The agreement replaces one signed in 2009.",
        "Banjul University and Tamale Technical University have signed a memorandum of understanding on nursing. "
        "It renews an earlier agreement, signed in 2009.",
    ],
)
def test_an_earlier_agreement_is_one_of_its_own_with_its_year(run_empty, text):
    assert [([p.name for p in a.parties], a.signed_on) for a in run_empty(text).agreements] == [
        (["Banjul University", "Tamale Technical University"], None), (["Banjul University", "Tamale Technical University"], "2009"),
    ]


def test_a_unit_signing_for_its_university_makes_the_university_the_party(run_empty):
    extraction = run_empty("On Monday, Banjul University's Faculty of Law signed an implementing arrangement with Tamale Technical University.")
    assert agreements(extraction) == [(["Banjul University", "Tamale Technical University"], [])]


def test_institutes_of_the_reference_list_in_a_list_are_no_units_of_each_other(run_empty):
    extraction = run_empty(
        "The Gwangju Institute of Science and Technology (GIST), Daegu Gyeongbuk Institute of Science and Technology (DGIST) "
        "and Tamale Technical University signed the three-party agreement."
    )
    assert agreements(extraction) == [
        (["Gwangju Institute of Science and Technology", "Daegu Gyeongbuk Institute of Science and Technology", "Tamale Technical University"], ["three-party"]),
    ]


@pytest.mark.parametrize(
    "text, dates",
    [
        # "On the same day": the last agreement's date
        ("Banjul University and Tamale Technical University renewed their agreement on 14 August 2024. "
         "On the same day, Banjul University signed an agreement with Kestrel Mountain University.", ["2024-08-14", "2024-08-14"]),
        # "On the sidelines of the meeting": the meeting's
        ("The rectors of the network held their meeting at Banjul University on 29 June. "
         "On the sidelines of the meeting, Tamale Technical University and Kestrel Mountain University signed an agreement.", ["--06-29"]),
        # "The document", "The renewal": a sentence that signs the agreement reported gives its date
        ("Tamale Technical University and Kestrel Mountain University signed an agreement on exchange. "
         "The document was signed on 26 September by the two rectors.", ["--09-26"]),
        ("Tamale Technical University announced it had renewed its agreement with Kestrel Mountain University. "
         "The renewal was signed on August 12 by the two rectors.", ["--08-12"]),
    ],
)
def test_a_signing_without_a_date_of_its_own_takes_the_one_it_refers_to(run_empty, text, dates):
    assert [a.signed_on for a in run_empty(text).agreements] == dates


def test_the_source_of_a_report_is_no_party(run_empty):
    extraction = run_empty("According to the Banjul Higher Education Commission, Ghanaian universities signed 62 agreements with foreign universities.")
    assert extraction.agreements == []


def test_a_later_signing_by_a_units_head_is_the_same_agreement(run_empty):
    extraction = run_empty(
        "Meanwhile, Banjul University's Institute of Engineering (IoE) signed a memorandum of understanding with Tamale Technical University (TTU) on June 28. "
        "IoE Dean Prof Dr Ama Mensah and TTU Vice President Prof Dr Kofi Boateng signed the MoU in Accra."
    )
    assert [([p.name for p in a.parties], a.signed_on) for a in extraction.agreements] == [
        (["Banjul University", "Tamale Technical University"], "--06-28"),
    ]


def test_a_two_letter_acronym_defined_once_names_its_organisation_later(run_empty):
    extraction = run_empty(
        "Its members are the University of the Gambia (UG) and Tamale Technical University. "
        "On 3 May, UG Banjul signed a memorandum of understanding with Kestrel Mountain University on joint research."
    )
    assert agreements(extraction) == [(["University of the Gambia", "Kestrel Mountain University"], ["memorandum-of-understanding"])]


def test_a_word_shown_to_name_an_organisation_names_it_wherever_it_stands_alone(run_empty):
    extraction = run_empty(
        "Ateneo de Zamboanga University is old. Ateneo and Tamale Technical University, meanwhile, signed a student exchange agreement on Wednesday, "
        "according to Ateneo vice president Dr. Ama Mensah."
    )
    assert agreements(extraction) == [(["Ateneo de Zamboanga University", "Tamale Technical University"], ["student-exchange"])]  # a word the reference list knows (not a coined one)


@pytest.mark.parametrize(
    "text, dates",
    [
        # "the same occasion" is a day: not the year of another sentence
        ("Banjul University was admitted to the network at its meeting on July 9. Tema University applied in 2023. "
         "On the same occasion, Tamale Technical University signed an agreement with Kestrel Mountain University.", ["--07-09"]),
        # "the same visit" lasts days
        ("Banjul University and Tamale Technical University signed an agreement on 20 May 2024. "
         "During the same visit, Tema University signed an agreement with Kestrel Mountain University.", ["2024-05-20", None]),
    ],
)
def test_the_same_occasion_is_a_day(run_empty, text, dates):
    assert [a.signed_on for a in run_empty(text).agreements] == dates


@pytest.mark.parametrize(
    "text, expected",
    [
        # two capitals where a party stands, never defined
        ("KU signed a memorandum of understanding with Tamale Technical University.", [["KU", "Tamale Technical University"]]),
        # an acronym and a city name one institution
        ("Tamale Technical University signed an MoU with IIT Bombay and with NUST Islamabad-Rawalpindi.",
         [["Tamale Technical University", "IIT Bombay"], ["Tamale Technical University", "NUST Islamabad-Rawalpindi"]]),
        # not a country's code, nor a minister's country
        ("The US and UK signed an agreement with Tamale Technical University.", []),
        ("The award went to SA Minister Ama Mensah and to Banjul University, which signed an agreement with Tema University in 2021.",
         [["Banjul University", "Tema University"]]),
    ],
)
def test_acronyms_never_defined_that_stand_as_parties(run_empty, text, expected):
    assert [[p.name for p in a.parties] for a in run_empty(text).agreements] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three universities on Monday entered into a three-way agreement on chips. "
         "Banjul University, Tema University and Kestrel Mountain University signed the agreement in Accra.",
         [(["Banjul University", "Tema University", "Kestrel Mountain University"], ["three-party"], None)]),
        ("A tripartite agreement was signed on 3 May 2024. It brings together Banjul University, Tema University and Kestrel Mountain University.",
         [(["Banjul University", "Tema University", "Kestrel Mountain University"], ["three-party"], "2024-05-03")]),
        # agreements, not one: no party set to complete
        ("Three universities signed agreements with foreign partners. Banjul University, Tema University and Kestrel Mountain University lead.", []),
        # as many as counted, or none
        ("Three universities signed a three-way agreement. Banjul University and Tema University welcomed it.", []),
    ],
)
def test_parties_counted_in_one_sentence_and_named_in_the_next(run_empty, text, expected):
    assert [([p.name for p in a.parties], a.kinds, a.signed_on) for a in run_empty(text).agreements] == expected


# -- round 6: units of units, places after a party, a later sentence's date ------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit of a unit signs a "deal": the two parents are the parties
        ("KMU's School of Nursing (SON) also signed a separate deal with Banjul University's Faculty of Medicine for the exchange of nurses.",
         [["KMU", "Banjul University"]]),
        ("Tema University signed a deal with Banjul University on staff exchange.", [["Tema University", "Banjul University"]]),
        # "a great deal of" is no agreement
        ("Tema University signed up a great deal of students with Banjul University.", []),
    ],
)
def test_a_deal_signed_by_units_is_an_agreement_of_their_organisations(run_empty, text, expected):
    found = run_empty(text)
    assert [sorted(p.unit_of or p.id for p in a.parties) for a in found.agreements] == \
        [sorted(next(i.entity.id for i in found.linked if i.mention.text == n) for n in names) for names in expected]


def test_each_coordinated_party_with_its_city_is_one_party(run_seed):
    """"A in Abu Dhabi and B (ACR) in Doha entered into ...": the cities are no parties, also
    when one is written like an acronym the registry knows ("Abu", "ABU")."""
    text = ("In a related development, Kestrel University of Science in Abu Dhabi and Banjul Harbour University (BHU) "
            "in Doha entered into a research collaboration agreement covering energy systems.")
    assert [[p.name for p in a.parties] for a in run_seed(text).agreements] == [["Kestrel University of Science", "Banjul Harbour University"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the dateline's date is the news's; the next sentence's is the signing's
        ("TEMA, October 28 (GNA) – Kestrel Mountain Polytechnic Institute and Banjul University of Technology have signed a memorandum "
         "of understanding on engineering.\n\nThe memorandum was signed in Tema on October 27, 2026, by the rector of Kestrel Polytechnic, "
         "Professor Ama Mensah, and the Vice-Rector of BUT, Professor Kofi Boateng.", "2026-10-27"),
        # an ordinal day, and the place of the signing (an organisation's building) is no party
        ("The University of Tema has strengthened its links with Gambia through the signing of a memorandum of understanding with Banjul "
         "University.\n\nThe memorandum, which was signed in the University's Queen's Hall on Wednesday 8th November, will see the two "
         "institutions collaborate.", "--11-08"),
        # a unit and its organisation written another way ("Universitat de Banjul" is Banjul University)
        ("Tema University and Banjul University renewed their cooperation agreement for another five years. The renewed agreement was "
         "signed on 15 October by TU Vice-Rector Ama Mensah and Professor Kofi Boateng, dean of the Faculty of History of the "
         "Universitat de Banjul.", "--10-15"),
        # an acronym never defined, of initials of the party's name
        ("Tema State University named after Kofi Annan and Banjul University renewed their cooperation agreement for another five "
         "years. The renewed agreement was signed on 15 October by TemSU Vice-Rector Ama Mensah and Professor Kofi Boateng, dean of "
         "the Faculty of History of Banjul University.", "--10-15"),
    ],
)
def test_the_sentence_after_the_report_dates_the_agreement(run_empty, text, expected):
    found = [a for a in run_empty(text).agreements if not a.is_group]
    assert len(found) == 1 and len(found[0].parties) == 2
    assert found[0].signed_on == expected


def test_a_list_of_units_and_their_organisations_after_by(run_empty):
    text = ("These are the objectives of the agreement signed on 16 June by the Department of Food Sciences (DFS) of the University of "
            "Tema and the Faculty of Agriculture of the Universidad Nacional de Banjul (UNB), Gambia.")
    found = run_empty(text)
    [agreement] = found.agreements
    assert agreement.signed_on == "--06-16"
    assert sorted(p.unit_of for p in agreement.parties) == sorted(
        {i.entity.id for i in found.linked if i.mention.text in ("University of Tema", "Universidad Nacional de Banjul")})


def test_a_person_of_the_subject_stands_for_the_organisation_the_subject_does_not_name(run_empty):
    text = ("Banjul University Rector Prof. Dr. Ama Mensah opened the assembly. On the second day, Prof. Dr. Mensah and his counterpart "
            "from Ghana, Rector of Tema State University (TSU) Prof. Dr. Kofi Boateng, signed a memorandum of understanding on student exchange.")
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements] == [["Banjul University", "Tema State University"]]
    # a witness does not stand for his
    text = ("Banjul University Rector Prof. Dr. Ama Mensah opened the assembly. In the presence of Prof. Dr. Mensah, the Rector of Tema "
            "State University (TSU) Prof. Dr. Kofi Boateng signed a memorandum of understanding on student exchange.")
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements] == []


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Banjul University hosted the 25th General Assembly of the Coastal Network on May 11-12, 2023.", "2023-05-12"),
        ("Banjul University hosted the 25th General Assembly of the Coastal Network on 3-5 June 2024.", "2024-06-04"),
        ("Banjul University hosted the 25th General Assembly of the Coastal Network on 3 June 2024.", None),  # no range: which day?
    ],
)
def test_on_the_second_day_of_the_assembly(run_empty, opening, expected):
    text = opening + (" On the second day of the assembly, Banjul University and Tema University signed a memorandum of "
                      "understanding on student exchange.")
    assert [a.signed_on for a in run_empty(text).agreements] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On the same day, the Faculty of Sciences of Tema, which belongs to Kestrel Mountain University, inked a separate cooperation "
        "agreement with Banjul University on marine biology.",
        "The School of Law, part of Kestrel Mountain University, signed an agreement with Banjul University.",
    ],
)
def test_a_unit_that_belongs_to_its_university_signs_for_it(run_empty, text):
    found = run_empty(text)
    assert [sorted(p.name for p in a.parties) for a in found.agreements] == [["Banjul University", "Kestrel Mountain University"]]
    assert found.memberships == []  # a unit belongs to a university, no alliance


def test_a_definite_agreement_of_other_parties_right_after_one_is_its_own(run_empty):
    text = ("Tema University signed an MoU with Volta University on 3 May 2024. "
            "The agreement signed by Tema University and Kestrel University last year was also renewed.")
    assert sorted(sorted(p.name for p in a.parties) for a in run_empty(text).agreements) == [
        ["Kestrel University", "Tema University"], ["Tema University", "Volta University"]]


@pytest.mark.parametrize(
    "meeting, expected",
    [
        ("The Coastal Network's board met in Tema on Tuesday, June 10.", "--06-10"),
        ("The Coastal Network's board met in Tema on Tuesday, June 10. Banjul University hosted the three-day meeting.", None),
        ("The Coastal Network's board met in Tema on 10-12 June 2025.", None),
    ],
)
def test_on_the_sidelines_of_a_meeting_of_several_days_no_day_is_said(run_empty, meeting, expected):
    text = meeting + " On the sidelines of the meeting, Tema University signed a memorandum of understanding with Volta University."
    assert [a.signed_on for a in run_empty(text).agreements] == [expected]


def test_who_reports_an_agreement_is_no_party_and_a_count_over_years_has_no_date(run_empty):
    text = ("The Ministry of Higher Education announced on Tuesday that Tema University and Volta University had concluded a "
            "memorandum of understanding.")
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements] == [["Tema University", "Volta University"]]
    counted = run_empty("Banjul University had signed 37 agreements with Malaysian universities since 2015, the rector said.")
    assert [(a.count, a.signed_on) for a in counted.agreements] == [(37, None)]


def test_two_subjects_with_counted_counterparts_sign_nothing_together(run_empty):
    text = "Tema University and Volta University had concluded agreements with two Hungarian universities during a visit to Budapest."
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements if not a.is_group] == []


def test_an_agreement_not_reached_is_none(run_empty):
    extraction = run_empty(
        "Polar Norway, the government agency that runs the station, welcomed the plan. Its director said it would also look at "
        "sharing flights with the Instituto Antártico Uruguayo (IAU), but no agreement had been reached."
    )
    assert extraction.agreements == []


@pytest.mark.parametrize("text", [
    "Banjul University (BU) is in talks with the University of Tamale (UT) on a joint master's in fisheries, although no agreement has yet been signed, a BU spokeswoman said.",
    "The University of Lodz and Banjul University met in May, but no memorandum of understanding was ever signed between them.",
])
def test_no_agreement_signed_a_few_words_before_the_verb(run_empty, text):
    assert run_empty(text).agreements == []


@pytest.mark.parametrize("text, party", [
    ("Riga Technical University (RTU), a member of the BALTIQ alliance of northern universities, has so far signed 12 cooperation "
     "agreements with universities in Ukraine, its vice-rector said.", "Riga Technical University"),
    ("Banjul University, also a member of the Sahel Rim Network, signed nine agreements with partner universities in 2024.", "Banjul University"),
])
def test_a_count_of_agreements_is_the_universitys_not_its_alliances(run_empty, text, party):
    (group,) = run_empty(text).agreements
    assert group.is_group and [p.name for p in group.parties] == [party]


# -- round 10, part C: a party written as a reference, or behind an aside --------------------

@pytest.mark.parametrize("text, expected", [
    ("On 4 May, Tema University (TU), one of the Coastal Network's five founding members, and Volta University signed a "
     "memorandum of understanding on joint degrees in fisheries.", [["Tema University", "Volta University"]]),
    ("Banjul University, which joined the Sahel Rim Network in 2021, and Kestrel Mountain University signed an exchange agreement.",
     [["Banjul University", "Kestrel Mountain University"]]),
    ("Tema University and Volta University, both members of the Coastal Network, renewed their research agreement on Friday.",
     [["Tema University", "Volta University"]]),
    # a list goes on with a name: "the" and a name after the comma
    ("Tema University, the Volta University and Kestrel Mountain University signed a tripartite agreement.",
     [["Kestrel Mountain University", "Tema University", "Volta University"]]),
])
def test_an_aside_between_commas_names_no_party(run_empty, text, expected):
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements if not a.is_group] == expected


@pytest.mark.parametrize("text, party", [
    ("Banjul University (BU), which last year joined the Sahel Rim Network, has signed 14 agreements with universities in Europe.",
     "Banjul University"),
    ("Banjul University, which has signed 14 agreements with universities in Europe since 2022, also welcomed a delegation from "
     "Volta University this week.", "Banjul University"),
    ("Tema University opened a new campus in Accra. Tema University said the campus, which has signed 9 agreements with "
     "universities in Asia since 2020, also hosted a delegation from Volta University.", "Tema University"),
])
def test_a_count_of_agreements_is_its_subjects_across_a_relative_clause(run_empty, text, party):
    (group,) = [a for a in run_empty(text).agreements if a.is_group]
    assert [p.name for p in group.parties] == [party]


# -- round 13, part A: a count of agreements is its subject's and its named counterparts' ---------

@pytest.mark.parametrize("text, parties", [
    # what the sentence goes on to say after the count names no party
    ("Banjul University signed 11 memorandums of understanding with universities from Ghana and Togo on Friday, as rectors "
     "met in Accra for the annual assembly of the Coastal Network.", ["Banjul University"]),
    ("Tema University has signed 14 exchange agreements with Asian universities since 2021, while Volta University hosted a "
     "delegation of the Sahel Rim Network.", ["Tema University"]),
    # named counterparts right after the count stay parties
    ("Banjul University signed 3 agreements with Volta University during the visit of the Sahel Rim Network.",
     ["Banjul University", "Volta University"]),
])
def test_a_count_of_agreements_is_not_of_what_the_sentence_names_after_it(run_empty, text, parties):
    (group,) = [a for a in run_empty(text).agreements if a.is_group]
    assert sorted(p.name for p in group.parties) == parties


@pytest.mark.parametrize("text, expected", [
    # the clause of the signing verb opens with "after", "when", "where": what comes before it is said of another verb
    ("The grant makes Tema University the third partner of Volta University's fisheries programme, after Banjul University signed "
     "a similar agreement with Kestrel Mountain University in 2021.", [["Banjul University", "Kestrel Mountain University"]]),
    ("Volta University hosted the forum in Accra when Banjul University and Kestrel Mountain University signed a memorandum "
     "of understanding on joint degrees.", [["Banjul University", "Kestrel Mountain University"]]),
    # a comma between: the subject stands before the aside
    ("Tema University, after a week in Accra, signed an exchange agreement with Banjul University.",
     [["Banjul University", "Tema University"]]),
])
def test_the_subject_of_a_signing_is_in_its_own_clause(run_empty, text, expected):
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements if not a.is_group] == expected


def test_we_in_a_quote_is_the_speakers_organisation(run_empty):
    text = ("Prof. Ama Owusu, the Vice-Chancellor of Tema University, opened the fair. \"The agreement we signed with Volta "
            "University in March 2023 has sent 40 students abroad,\" Prof. Owusu said.")
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements] == [["Tema University", "Volta University"]]


def test_his_university_is_the_organisation_of_the_person_before(run_empty):
    text = ("Volta University hosted the meeting, opened by Banjul University Vice-Chancellor Prof. Lamin Ceesay. "
            "Prof. Ceesay said his university had signed 11 cooperation agreements with Asian universities since 2020.")
    (group,) = [a for a in run_empty(text).agreements if a.is_group]
    assert [p.name for p in group.parties] == ["Banjul University"]


def test_the_two_universities_are_the_only_two_the_article_named(run_empty):
    text = ("The rector of Tema University, Prof. Ama Owusu, on Monday received in her office the delegation of Volta University. "
            "After the talks, a memorandum of understanding between the two universities was signed by the rectors.")
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements] == [["Tema University", "Volta University"]]


@pytest.mark.parametrize("aside", ["founded in 1845", "which has campuses in Accra and Kumasi"])
def test_the_university_with_an_aside_is_the_article_s(run_empty, aside):
    text = (f"Tema University opened its new library. Tema University hosted the fair. The university, {aside}, signed a "
            "memorandum of understanding with Banjul University on Monday.")
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements] == [["Banjul University", "Tema University"]]


# -- round 11, part A: precision of the agreements' party sets -------------------------------

@pytest.mark.parametrize("second", [
    # the signatories of two parties; the third written in words no name stands for
    "The accord was signed at the Tema campus by TU rector Prof. Ama Owusu, VU rector Dr. Kofi Mensah and the rector of the "
    "Gambian university, Dr. Lamin Ceesay.",
    # one party's rector signed "the agreement" together with the other two's
    "TU Rector Prof. Ama Owusu signed the agreement together with VU's rector, Dr. Kofi Mensah, and the rector of BU, "
    "Dr. Lamin Ceesay.",
])
def test_the_signing_of_the_three_party_agreement_just_reported_is_no_new_agreement(run_empty, second):
    text = ("Tema University (TU) and Volta University (VU) signed a three-way framework agreement with Banjul University (BU) "
            f"on 7 May 2024. {second}")
    assert [sorted(p.name for p in a.parties) for a in run_empty(text).agreements] == [
        ["Banjul University", "Tema University", "Volta University"]]


@pytest.mark.parametrize("text", [
    "Dr Ama Owusu said Tema University hoped to sign a similar arrangement with Volta University next year.",
    "The rector said Tema University had long wanted to sign an exchange agreement with Volta University.",
    "Tema University aimed to sign a memorandum with Volta University before the summer, its rector said.",
])
def test_an_agreement_hoped_for_in_reported_speech_is_none(run_empty, text):
    assert run_empty(text).agreements == []


def test_the_agency_a_speaker_told_is_no_party(run_empty):
    text = ("Tema University, meanwhile, signed five agreements with universities in Hunan province, its Rector Prof. Ama Owusu "
            "told the Coastal News Agency.")
    (group,) = run_empty(text).agreements
    assert group.count == 5 and [p.name for p in group.parties] == ["Tema University"]


def test_a_unit_named_by_its_universitys_acronym_signs_for_it(run_empty):
    # the acronym is not the initials of the name ("UNAT" of "National Autonomous University of Tema")
    text = ("The National Autonomous University of Tema (UNAT) hosted the fair on Monday. Separately, the UNAT Faculty of Marine "
            "Sciences inked a memorandum with Volta University on fisheries research.")
    (agreement,) = run_empty(text).agreements
    assert sorted(p.unit_of or p.id for p in agreement.parties) == ["unat", "volta-university"]


@pytest.mark.parametrize("text", [
    "The memorandum was signed between the School of Public Health of Tamberlane University and the Faculty of Medicine of Orvane University.",
    "A memorandum of understanding was signed between the Institute of Oceanology of Kestrel University and Orvane University on 3 May.",
])
def test_between_a_unit_of_one_organisation_and_another_the_list_goes_on_after_the_units_organisation(run_empty, text):
    """Round 14: "between UNIT of A and (UNIT of) B": the unit's organisation closes no list; both sign (units roll up)."""
    extraction = run_empty(text)
    names = {i.entity.id: i.entity.name for i in extraction.linked}
    assert [sorted(names[p.unit_of or p.id] for p in a.parties) for a in extraction.agreements] in (
        [["Orvane University", "Tamberlane University"]], [["Kestrel University", "Orvane University"]])
