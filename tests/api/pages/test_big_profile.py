"""A hub's profile stays usable: its tables are paged (a synthetic graph, ``unikg synth``),
and the pages, one after the other, are every partner and every organisation sharing one."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from unikg.api.app import create_app
from unikg.api.pages.institution import PARTNERS, SHARED
from unikg.graph.settings import Settings
from unikg.graph.synth import synthesize

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    build_dir = tmp_path_factory.mktemp("synth-pages")
    report = synthesize(build_dir / "unikg.trig", institutions=400, seed=5)
    with TestClient(create_app(Settings.from_env({}, build_dir=build_dir))) as client:
        yield client, report.stats.top_hub


def walk(client, hub: str, *, table: str, key: str, size: int) -> list[str]:
    found, page = [], 1
    while True:
        html = client.get(f"/id/org/{hub}", params={table: page}, headers=HTML).text
        section = html.split(f'id="{table}"', 1)[1].split("</section>", 1)[0]
        ids = list(dict.fromkeys(re.findall(rf'data-{key}="([^"]+)"', section)))
        assert 0 < len(ids) <= size
        found += ids
        if f'href="?{table}={page + 1}#{table}"' not in section:
            return found
        page += 1


def test_a_hubs_tables_are_paged_and_their_pages_are_the_whole_answer(hub):
    client, org = hub
    partners = client.get(f"/institutions/{org}/partners", params={"limit": 1000}).json()
    assert partners["total"] > 2 * PARTNERS, "the synthetic hub should have many partners"
    assert walk(client, org, table="partners", key="partner", size=PARTNERS) == [p["id"] for p in partners["partners"]]
    shared = client.get(f"/institutions/{org}/shared-partners", params={"limit": 1000}).json()
    assert shared["total"] > SHARED
    assert walk(client, org, table="shared", key="other", size=SHARED) == [s["id"] for s in shared["organizations"]]
    beyond = client.get(f"/id/org/{org}", params={"partners": 10_000}, headers=HTML).text
    assert "page" in beyond and "No agreement names a partner" not in beyond  # past the end: the last page
