"""Articles as text: plain text, the main text of HTML pages with their metadata, bad input."""

from __future__ import annotations

import pytest

from unikg.graph.errors import UserError
from unikg.graph.ingest.text import read_article
from unikg.graph.settings import PROJECT_ROOT

PAGE = (PROJECT_ROOT / "tests/graph/ingest/articles/press-release.html").read_bytes()


def test_plain_text_is_kept_as_written():
    article = read_article("\ufeffLine one.\r\nLine  two.\r\n\r\n".encode(), name="a.txt")
    assert (article.text, article.is_html, article.title, article.published) == ("Line one.\nLine  two.", False, None, None)


def test_html_main_text_without_menus_footers_and_scripts():
    article = read_article(PAGE, name="page.html")
    assert article.is_html
    assert article.text.splitlines()[1].startswith("Tsinghua University signed a double degree agreement")
    for absent in ("Home", "Copyright", "alert", "hacked", "Injected", "color: red", "document.write"):
        assert absent not in article.text


def test_html_metadata_from_the_page_tags():
    article = read_article(PAGE, name="page.html")
    assert article.title == "Tsinghua University and University of Helsinki sign double degree agreement"  # JSON-LD headline
    assert article.published == "2024-03-12"  # datePublished, reduced to the day
    assert article.source == "https://news.example.edu/2024/03/tsinghua-helsinki"
    assert article.publisher_name == "University News"


def test_metadata_falls_back_to_og_title_time_and_title():
    page = (
        b"<html><head><title>Plain title</title><meta property='og:title' content='OG title'></head>"
        b"<body><article><p>Lanzhou University signed an agreement with Aalto University on student exchange.</p>"
        b"<time datetime='2023-05-19T10:00'>May 19</time></article></body></html>"
    )
    article = read_article(page, name="p.html")
    assert (article.title, article.published) == ("OG title", "2023-05-19")
    article = read_article(page.replace(b"<meta property='og:title' content='OG title'>", b""), name="p.html")
    assert article.title == "Plain title"


def test_options_override_the_page():
    article = read_article(PAGE, name="page.html", title="My title", date="2024-03-13", source="XJTU")
    assert (article.title, article.published, article.source) == ("My title", "2024-03-13", "XJTU")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (b"%PDF-1.7\n...", "this is a PDF file"),
        (b"PK\x03\x04rest", "this is a ZIP file"),
        (b"text\x00with\x00nul", "binary file (it has NUL bytes)"),
        ("Lanzhou University signed an agreement.".encode("utf-16"), "this is UTF-16 text, not UTF-8; convert it first"),
        ("Lanzhou University signed an agreement.".encode("utf-16-le"), "this is UTF-16 text"),
        ("Lanzhou University signed an agreement.".encode("utf-16-be"), "this is UTF-16 text"),
        ("Université de Genève".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 9)"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f" * 5, "looks like a binary file"),
        (b"<html><body><script>alert(1)</script></body></html>", "no article text found in the HTML page"),
        (b"x" * 101, "101 bytes is over the 100-byte limit"),
    ],
)
def test_bad_input_is_a_one_line_error(data, message):
    with pytest.raises(UserError) as error:
        read_article(data, name="in.txt", max_bytes=100)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_bad_date_option_says_the_forms():
    with pytest.raises(UserError, match="--date '5 May'.*YYYY-MM-DD"):
        read_article(b"Lanzhou University.", name="a.txt", date="5 May")
