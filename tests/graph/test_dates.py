import pytest
from rdflib.namespace import XSD

from unikg.graph.dates import date_literal
from unikg.graph.errors import UserError


@pytest.mark.parametrize(
    "text, datatype",
    [
        ("2023-05-17", XSD.date),
        ("2015-05", XSD.gYearMonth),
        ("1983", XSD.gYear),
        ("--09-02", XSD.gMonthDay),
        ("--02-29", XSD.gMonthDay),
    ],
)
def test_each_precision_keeps_its_own_type(text, datatype):
    literal = date_literal(text)
    assert literal.datatype == datatype
    assert str(literal) == text


@pytest.mark.parametrize("text", ["May 17, 2023", "2023-13-01", "--02-30", "17/05/2023", "", "20230517"])
def test_anything_else_is_refused_with_the_accepted_forms(text):
    with pytest.raises(UserError, match="YYYY-MM-DD|calendar"):
        date_literal(text)
