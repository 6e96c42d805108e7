"""Dates as precise as the text, read against the article's date (data/README.md, rule 2)."""

from __future__ import annotations

import pytest

from unikg.graph.ingest.dates import find_dates

from .conftest import names


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("signed on May 17, 2023.", None, ["2023-05-17"]),  # article 000
        ("signed on 17 May 2023.", "2023-05-20", ["2023-05-17"]),
        ("signed on 2023-05-17.", None, ["2023-05-17"]),
        ("held at Astana IT University, Kazakhstan, on July 4.", "2024-07-05", ["--07-04"]),  # article 002: the year is not taken from the article
        ("held in Tianjin on Sept 2.", None, ["--09-02"]),  # article 004
        ("On 4 July the parties met.", "2024-07-05", ["--07-04"]),
        ("It opened in May 2023.", None, ["2023-05"]),
        ("The university, founded in 1983, ...", None, ["1983"]),  # article 003
        ("5/19/2023During a working trip", None, ["2023-05-19"]),  # article 003: month/day/year when the day is over 12
        ("on 5/6/2023 they met", None, []),  # May 6 or 5 June: not said
        ("signed yesterday", "2024-07-05", ["2024-07-04"]),  # relative to the day it was published
        ("signed today", "2024-07-05", ["2024-07-05"]),
        ("signed yesterday", "2024-07", []),  # the article's day is not known
        ("signed yesterday", None, []),
        ("signed on Monday, last week", "2024-07-05", []),
        ("signed on February 30, 2023", None, []),  # not a calendar date
        ("170 MOUs and 17 May", None, ["--05-17"]),
        ("renewed on Wednesday (14/8) at the senate", "2024-08-16", ["--08-14"]),  # day/month in brackets after a weekday
        ("renewed on Friday (5/8)", None, []),  # day/month or month/day: not said
        ("signed on 3.9.2025 in Almaty", None, ["2025-09-03"]),  # day.month.year with dots
        ("signed on 13.09.2025, version 2.1.3", None, ["2025-09-13"]),
        ("signed on 31.02.2025", None, []),  # not a calendar date
        # ordinal days, in every order
        ("AL AIN, 4th November, 2026 (WAM) --", None, ["2026-11-04"]),
        ("signed on 2nd November", None, ["--11-02"]),
        ("signed on Tuesday, 3rd November, at the campus", None, ["--11-03"]),
        ("signed on November 21st, 2025", None, ["2025-11-21"]),
        ("signed on the 1st of March 2024 and on the 22nd of May", None, ["2024-03-01", "--05-22"]),
    ],
)
def test_dates_are_as_precise_as_the_text(text, published, expected):
    assert [d.value for d in find_dates(text, published=published)] == expected


def test_offsets_point_into_the_text():
    text = "Signed in Astana on July 4."
    (found,) = find_dates(text, offset=100)
    assert (found.text, found.start, found.end) == ("July 4", 100 + text.index("July"), 100 + text.index("July") + 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today" is the dateline's day when the dateline states one (the page may be dated later),
        # as precise as the dateline states it; a date on a line of its own above the story
        ("Accra, 3 May 2025 – The Coastal Universities Network today admitted Banjul University as a new member.", ["2025-05-03"]),
        ("TEMA, May 3 (GNA) -- The Coastal Universities Network today admitted Banjul University as a new member.", ["--05-03"]),
        ("PRESS RELEASE\n3 May 2025\n\nThe Coastal Universities Network today admitted Banjul University as a new member.", ["2025-05-03"]),
        ("TEMA, May 3 (GNA) -- The Coastal Universities Network yesterday admitted Banjul University as a new member.", ["--05-02"]),
        # the text states no day: the page's publication date is no part of it, and adds no year
        ("ACCRA – The Coastal Universities Network today admitted Banjul University as a new member.", [None]),
        ("The Coastal Universities Network yesterday admitted Banjul University as a new member.", [None]),
        # a speaker's "today" is "nowadays", not the day of the fact
        ('"Our network was born in Ghana, and today it reaches the Sahel," said the president of Banjul University, '
         "which is a member of the Coastal Universities Network.", [None]),
    ],
)
def test_today_is_the_day_the_news_was_written(run_empty, text, expected):
    assert [m.date for m in run_empty(text, published="2025-05-04").memberships if m.member is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's date between two dashes, and ".-" after a dateline (as Spanish agencies write it), are the news's
        ("PORT LOUIS, Mauritius – March 3, 2023 – The University of Mauritius has signed a memorandum of understanding "
         "with Kestrel Mountain University, the first of its kind.", [None]),
        ("The Kestrel Times St. Tema | Press Office | News and Events | Media Release\n\nKestrel deepens ties with Togo\n\n"
         "ST. TEMA, Ghana – February 15, 2024 – Banjul University has signed a memorandum of understanding with Kestrel "
         "Mountain University.", [None]),  # a masthead's line of sections above the dateline is no story yet
        ("Tema, Mar 3 (GNA).- Banjul University signed a memorandum of understanding with Kestrel Mountain University "
         "on 2 March, the university said.", ["--03-02"]),
        ("TEMA.- Banjul University signed a memorandum of understanding with Kestrel Mountain University on 2 March 2025.", ["2025-03-02"]),
        # a renewal is the fact, not the first signing it recalls (with or without a comma)
        ("Banjul University and Kestrel Mountain University renewed on Monday, June 2 the memorandum of understanding "
         "first signed in 2014.", ["--06-02"]),
        # a year in a relative clause of another verb is no date of the fact
        ("Banjul University renewed on Wednesday its framework agreement with Kestrel Mountain University, extending a "
         "partnership that has brought 300 students to Ghana since 1995.", [None]),
        ("Banjul University, which has hosted students from Togo since 2010, signed an agreement with Kestrel Mountain "
         "University on 4 May 2024.", ["2024-05-04"]),
    ],
)
def test_a_date_the_fact_does_not_own_is_left_out(run_empty, text, expected):
    assert [a.signed_on for a in run_empty(text, published="2025-03-04").agreements] == expected


def test_a_dateline_s_place_ends_before_its_separator(run_empty):
    extraction = run_empty("TEMA.- The Ministry of Higher Education of Ghana hosted the signing of an agreement between "
                           "Banjul University and Kestrel Mountain University.")
    assert "Ministry of Higher Education of Ghana" in names(extraction, "organization")
    assert not any("TEMA" in n for n in names(extraction, "organization"))


def test_a_year_in_a_relative_clause_of_another_verb_is_not_a_membership_s(run_empty):
    text = "Both universities are members of the Coastal Universities Network, an alliance that was funded by the Commission in 2022."
    assert all(m.date is None for m in run_empty(text).memberships)


@pytest.mark.parametrize(
    "second",
    [
        "Banjul's Faculty of Law renewed its exchange agreement with Tema University the same day.",
        "At a second ceremony the same day, Banjul University and Tema University concluded a memorandum of understanding.",
    ],
)
def test_the_same_day_anywhere_in_the_sentence_is_the_day_of_the_last_one_stated(run_empty, second):
    text = "Kestrel University and Banjul University signed an agreement on 3 May 2024. " + second
    assert [a.signed_on for a in run_empty(text).agreements] == ["2024-05-03", "2024-05-03"]
