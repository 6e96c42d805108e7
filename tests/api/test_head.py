"""HEAD on a real ``unikg serve``: the status and headers GET sends, no body (api/head.py)."""

import httpx
import pytest

pytestmark = pytest.mark.server

PATHS = [
    "/",  # an HTML page
    "/institutions/xjtu",  # JSON
    "/id/org/xjtu",  # linked data, negotiated below
    "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D",  # the SPARQL endpoint
    "/institutions/nowhere-university",  # a 404 with its JSON message
]


@pytest.mark.parametrize("path", PATHS)
def test_head_answers_what_get_answers_without_the_body(server, path):
    headers = {"Accept": "text/turtle"} if path.startswith("/id/") else {}
    with httpx.Client(base_url=server, timeout=30) as http:
        got = http.get(path, headers=headers)
        head = http.head(path, headers=headers)
    assert head.status_code == got.status_code != 405
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers.get("x-content-type-options") == "nosniff"
    if "content-length" in head.headers:
        assert int(head.headers["content-length"]) == len(got.content)


def test_other_methods_are_still_refused_with_a_message(server):
    with httpx.Client(base_url=server, timeout=30) as http:
        answer = http.delete("/institutions/xjtu")
    assert answer.status_code == 405 and "detail" in answer.json()
