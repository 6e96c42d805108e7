"""Hostile requests against a real ``unikg serve``: path traversal in every id and file name,
oversized URLs, headers and bodies (the documented limits of ``api/limits.py``), and bytes
that are not UTF-8 in paths, query strings and form bodies. Every one is a 4xx with a message,
no file content leaks, and the server keeps answering."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import httpx
import pytest
from SPARQLWrapper import POST, SPARQLWrapper

from unikg.graph.settings import PROJECT_ROOT

from .conftest import assert_refused, cases, ids

pytestmark = pytest.mark.server

TRAVERSALS = cases("path-traversal")
INVALID_UTF8 = cases("invalid-utf8", "*.bin")
# every route that takes an id or a file name in its path, and query parameters that take ids
ROUTES = [
    "/institutions/{}", "/institutions/{}/partners", "/institutions/{}/shared-partners",
    "/alliances/{}/members", "/agreements/{}", "/people/{}", "/documents/{}", "/id/{}", "/id/org/{}",
    "/id/doc/{}?format=html", "/viz/ego/{}", "/viz/ego/{}.png", "/viz/alliance/{}", "/viz/alliance/{}.png",
    "/viz/static/{}", "/sparql/editor/{}", "/shared-partners?ids=xjtu&ids={}", "/analysis/path?from=xjtu&to={}",
    "/agreements?party={}",
]
# what a leak would look like: a line of /etc/passwd, or our own source code
LEAKS = ["root:x:0:0", "root:*:", "from __future__ import", "def create_app", "[extensions]"]


def raw_request(url: str, head: bytes, body: bytes = b"") -> bytes:
    """Bytes sent as they are (no client library would send a broken request), the answer read."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head + body)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def status_and_body(answer: bytes) -> tuple[int, bytes]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


@pytest.mark.parametrize("route", ROUTES)
def test_path_traversal_in_ids_and_file_names_is_a_4xx(guarded, route):
    for case in TRAVERSALS:
        target = route.format(case.read_text(encoding="utf-8").strip())
        # sent exactly as written (a client library would resolve "../" and "." first)
        answer = raw_request(guarded, f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        status, body = status_and_body(answer)
        assert 400 <= status < 500, (case.name, target, answer[:300])
        assert json.loads(body)["detail"], (case.name, target)
        assert not any(leak.encode() in body for leak in LEAKS), (case.name, body[:300])


def test_dot_segments_are_not_resolved_by_the_server(guarded):
    """``/viz/static/../../api/app.py`` sent without normalising: no file outside the assets."""
    for path in ("/viz/static/../../api/app.py", "/viz/static/..%2f..%2fapi%2fapp.py",
                 "/sparql/editor/../../../etc/passwd", "/id/../../../../etc/passwd"):
        answer = raw_request(guarded, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        status, _ = status_and_body(answer)
        assert 400 <= status < 500, answer[:300]
        assert not any(leak.encode() in answer for leak in LEAKS)


def test_the_asset_routes_serve_their_files_only(http, guarded):
    """A control: the names the routes know are served, so the 4xx above are refusals, not breakage."""
    assert http.get(guarded + "/viz/static/view.js", timeout=30).status_code == 200
    assert http.get(guarded + "/sparql/editor/editor.js", timeout=30).status_code == 200


def test_an_oversized_url_is_a_414(http, guarded, settings):
    response = http.get(guarded + "/search", params={"q": "x" * settings.max_url_bytes}, timeout=30)
    assert "UNIKG_MAX_URL_BYTES" in assert_refused(response, 414)
    response = http.get(guarded + "/institutions/" + "x" * settings.max_url_bytes, timeout=30)
    assert_refused(response, 414)


def test_a_url_past_the_http_parsers_own_limit_is_the_same_414(guarded):
    """Past 64 KiB the HTTP parser itself gave up ("Invalid HTTP request received.", plain
    text): the URL is counted as it arrives, and refused with the documented 414."""
    for size in (70_000, 300_000):
        answer = raw_request(guarded, b"GET /search?q=" + b"x" * size + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        status, body = status_and_body(answer)
        assert status == 414, answer[:300]
        assert "UNIKG_MAX_URL_BYTES" in json.loads(body)["detail"]


def test_a_header_line_that_never_ends_is_a_431(guarded):
    answer = raw_request(guarded, b"GET / HTTP/1.1\r\nHost: x\r\nX-Endless: " + b"a" * 2_000_000 + b"\r\n\r\n")
    status, body = status_and_body(answer)
    assert status == 431, answer[:300]
    assert "UNIKG_MAX_HEADER_BYTES" in json.loads(body)["detail"]


def test_plain_python_clients_get_the_413_of_an_oversized_body(guarded):
    """urllib (and SPARQLWrapper, built on it) sends the whole body before reading the answer:
    the server reads and discards it (up to 64 MiB) after its 413, so the 413 arrives instead
    of a connection reset."""
    for _ in range(3):
        request = urllib.request.Request(guarded + "/sparql", data=b"#" * 20_000_000,
                                         headers={"Content-Type": "application/sparql-query"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=60)
        assert refused.value.code == 413
        assert "UNIKG_MAX_BODY_BYTES" in json.loads(refused.value.read())["detail"]
    client = SPARQLWrapper(guarded + "/sparql")
    client.setMethod(POST)
    client.setQuery("ASK { FILTER('" + "a" * 2_000_000 + "' = 'b') }")
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 413


def test_oversized_headers_are_a_431(http, guarded, settings):
    big = {"X-Padding": "a" * settings.max_header_bytes}
    detail = assert_refused(http.get(guarded + "/institutions", headers=big, timeout=30), 431)
    assert "UNIKG_MAX_HEADER_BYTES" in detail
    many = {f"X-Header-{i}": "a" * 100 for i in range(settings.max_header_bytes // 100)}
    assert_refused(http.get(guarded + "/", headers=many, timeout=30), 431)
    cookie = {"Cookie": "; ".join(f"c{i}={'v' * 50}" for i in range(settings.max_header_bytes // 50))}
    assert_refused(http.get(guarded + "/sparql", headers=cookie, timeout=30), 431)


def test_oversized_bodies_are_a_413_announced_or_streamed(http, guarded, settings):
    limit = settings.max_body_bytes
    query_type = {"Content-Type": "application/sparql-query"}
    # announced: refused from the Content-Length, before the body is read
    announced = raw_request(
        guarded,
        f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        f"Content-Length: {limit * 100}\r\nConnection: close\r\n\r\n".encode(),
        b"ASK {}",
    )
    assert announced.startswith(b"HTTP/1.1 413"), announced[:300]
    assert b"UNIKG_MAX_BODY_BYTES" in announced

    def chunks():  # streamed (chunked): no Content-Length to refuse from
        for _ in range(limit // 65536 + 2):
            yield b"#" * 65536

    streamed = http.post(guarded + "/sparql", content=chunks(), headers=query_type, timeout=60)
    assert "UNIKG_MAX_BODY_BYTES" in assert_refused(streamed, 413)
    # a streamed body under the limit is read whole and answered
    small = http.post(guarded + "/sparql", content=iter([b"ASK { ", b"?s ?p ?o }"]), headers=query_type, timeout=60)
    assert small.json()["boolean"] is True
    # a body on a route that takes none is refused by its size all the same
    assert_refused(http.post(guarded + "/institutions", content=b"x" * (limit + 1), timeout=60), 413)


@pytest.mark.parametrize("case", INVALID_UTF8, ids=ids(INVALID_UTF8))
def test_invalid_utf8_in_paths_query_strings_and_forms_is_a_400(http, guarded, case):
    raw = case.read_bytes()
    if raw.startswith(b"q="):  # raw bytes in the request line: the HTTP parser refuses them
        for target in (b"/search?" + raw, b"/institutions/" + raw[2:]):
            answer = raw_request(guarded, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
            assert answer.split(b"\r\n\r\n", 1)[1].strip()  # with a message
        return
    text = raw.decode("ascii")  # percent-encoded bytes that do not decode as UTF-8
    for url in (f"/search?q={text}", f"/sparql?query=ASK%20%7B%7D%23{text}", f"/institutions/{text}",
                f"/id/org/{text}", f"/institutions?name={text}", f"/agreements?party={text}"):
        detail = assert_refused(http.get(httpx.URL(guarded + url)), 400)
        assert "not UTF-8" in detail, (url, detail)
    form = http.post(guarded + "/sparql", content=b"query=ASK%20%7B%7D%23" + raw,
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert "UTF-8" in assert_refused(form, 400)
    body = http.post(guarded + "/sparql", content=b"ASK {} #" + bytes.fromhex(text.replace("%", "")),
                     headers={"Content-Type": "application/sparql-query"})
    assert "UTF-8" in assert_refused(body, 400)


def test_well_formed_utf8_still_works(http, guarded):
    """The control: percent-encoded UTF-8 (an accent, an emoji) is read as the text it is."""
    response = http.get(guarded + "/search", params={"q": "Politécnico 🦄"}, timeout=30)
    assert response.status_code == 200
    assert response.json()["query"] == "Politécnico 🦄"


def test_no_route_serves_files_of_the_checkout(http, guarded):
    """No route maps a URL onto the file system: the checkout's files are not reachable by name."""
    for name in ("pyproject.toml", "api/app.py", "data/documents.yaml", ".git/config"):
        assert (PROJECT_ROOT / name).exists() or name == ".git/config"
        for prefix in ("/", "/viz/static/", "/sparql/editor/", "/static/", "/docs/"):
            response = http.get(guarded + prefix + name)
            assert response.status_code == 404, (prefix + name, response.status_code)
            assert not any(leak in response.text for leak in LEAKS)
