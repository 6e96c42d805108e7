"""The web domains' short forms: made from the swot package's domains and the reference list as
graph/web_domains.py says, and what the linker reads from it."""

from __future__ import annotations

import io

from unikg.graph import web_domains
from unikg.graph.web_domains import DEFAULT_FILE, country_of, load_short_forms


def test_the_table_is_what_swot_and_the_reference_list_make():
    made = io.StringIO()
    web_domains._write(made, web_domains.REFERENCE)
    assert made.getvalue() == DEFAULT_FILE.read_text(encoding="utf-8"), "run `python -m unikg.graph.web_domains` and commit the table"


def test_a_domain_gives_the_country_of_its_top_level():
    assert [country_of(d) for d in ("kaist.ac.kr", "caltech.edu", "ox.ac.uk", "aou.org", "x.eu")] == ["KR", "US", "GB", None, None]


def test_no_short_form_is_a_place_a_hyphenated_label_or_two_rows_of_one_country():
    forms = load_short_forms()
    assert "oulu" not in forms and "vienna" not in forms  # oulu.fi, the university; Oulu, the city
    assert "mail" not in forms and "www" not in forms  # mail.gxu.cn, www.nt.gov.au: a site's service, no short form
    assert ("ZA", "03rp50x72") in forms["wits"] and ("NO", "05xg72x27") in forms["ntnu"]  # wits.ac.za abbreviates; ntnu.no is top
    assert all(form.isalpha() and len(form) >= web_domains.MIN_LETTERS for form in forms)
    for form, pairs in forms.items():
        countries = [country for country, _ in pairs]
        assert len(countries) == len(set(countries)), form
