"""Every route of the API, asked of a running server for every resource of its graph.

``requests(get)`` lists the requests: each list route with its filters and pages, each
resource route for every organisation, alliance, agreement, person and article the lists
name (partners by every relation, shared partners, linked data in every format, views),
the analysis routes for every measure, layer and unit mode, name lookups by acronym,
spelling and typo, and the errors (404 with suggestions, 422). ``answers(url)`` asks them and
keeps each answer's status, media type and bytes.

Run as a script it writes the answers of a server to a file, and compares two such files:

    python tests/api/sweep.py http://127.0.0.1:8000 before.json
    python tests/api/sweep.py --compare before.json after.json
"""

from __future__ import annotations

import hashlib
import json
import sys
from urllib.parse import quote

import httpx

MEASURES = ["degree", "weighted-degree", "betweenness", "closeness", "eigenvector", "pagerank"]
NETWORKS = ["", "&layer=alliances", "&layer=agreements&layer=alliances&layer=events", "&units=separate"]
LD_FORMATS = ["ttl", "jsonld", "nt", "html"]


def requests(get) -> list[str]:
    """The requests to ask, found from the server's own lists (``get(path)`` → JSON)."""
    orgs = [i["id"] for i in get("/institutions?limit=1000")["items"]]
    alliances = [i["id"] for i in get("/alliances?limit=1000")["items"]]
    agreements = get("/agreements?limit=1000")["items"]
    people = [i["id"] for i in get("/people?limit=1000")["items"]]
    documents = [i["id"] for i in get("/documents?limit=1000")["items"]]
    names = [i["name"] for i in get("/institutions?limit=1000")["items"]]
    out = ["/", "/openapi.json", "/alliances", "/alliances?limit=2&offset=1", "/agreements/per-year",
           "/institutions", "/institutions?limit=5&offset=3", "/institutions?kind=university&limit=1000",
           "/institutions?kind=company", "/institutions?name=university", "/institutions?name=UNIVERSITE",
           "/institutions?country=KZ", "/institutions?country=china", "/institutions?country=XX",
           "/institutions?kind=nothing", "/agreements", "/agreements?limit=3&offset=2", "/agreements?groups=false",
           "/agreements?kind=cooperation", "/agreements?kind=memorandum-of-understanding", "/agreements?area=biotechnology",
           "/agreements?signed_from=2023&signed_to=2023", "/agreements?signed_from=2015", "/agreements?signed_to=2023-05",
           "/agreements?signed_from=2024-02-30", "/agreements?kind=nothing", "/agreements?party=nobody-at-all",
           "/people", "/people?limit=2&offset=1", "/documents", "/documents?limit=2&offset=1",
           "/shared-partners?ids=xjtu&ids=cup", "/shared-partners?ids=xjtu", "/shared-partners?ids=kaznu&ids=szu&limit=1",
           "/shared-partners?ids=xjtuu", "/institutions/XJTUU", "/institutions/xjtu/partners?via=nothing",
           "/institutions/xjtu/shared-partners?limit=0", "/institutions/xjtu/shared-partners?limit=1001",
           "/agreements/no-such-agreement", "/documents/no-such-doc", "/people/nobody", "/alliances/xjtu/members",
           "/analysis/path?from=ensia&to=kaznu", "/analysis/path?from=nust&to=szu",
           "/analysis/path?from=ensia&to=kaznu&layer=agreements&layer=alliances&layer=events",
           "/analysis/path?from=xjtu&to=xjtu", "/analysis/path?from=nobody&to=xjtu", "/analysis/centrality?measure=nothing",
           "/analysis/communities?limit=1&offset=1&members=2", "/analysis/brokers?limit=1",
           "/analysis/export.graphml", "/analysis/export.gexf", "/analysis/export.csv",
           "/analysis/export.graphml?network=alliances", "/analysis/export.csv?layer=events",
           "/viz", "/viz?color=country&size=betweenness", "/viz?layer=alliances", "/viz/ego/nobody",
           "/id/org/no-such-org", "/id/org/xjtu?incoming=ukg:party&limit=1&format=html",
           "/id/org/xjtu?incoming=ukg:party&format=ttl"]
    for query in ["xian", "xi'an jiaotong", "politecnico milan", "kaznu", "UANSR", "shenzen", "zhang", "twinning", "q"]:
        out.append(f"/search?q={quote(query)}")
        out.append(f"/search?q={quote(query)}&kind=organization&limit=3")
    for network in NETWORKS:
        for measure in MEASURES:
            out.append(f"/analysis/centrality?measure={measure}&top=100000{network}")
        out += [f"/analysis/communities?limit=1000&members=1000{network}", f"/analysis/brokers?limit=1000{network}"]
    for org in orgs:
        out += [f"/institutions/{org}", f"/institutions/{org}/shared-partners?limit=1000",
                f"/institutions/{org}/shared-partners?limit=2&offset=1", f"/agreements?party={org}&limit=1000",
                f"/institutions?alliance={org}", f"/id/org/{org}?format=jsonld", f"/viz/ego/{org}"]
        for via in ["agreement", "alliance", "event"]:
            out.append(f"/institutions/{org}/partners?via={via}&limit=1000")
        out.append(f"/institutions/{org}/partners?limit=1&offset=1")
        out.append(f"/shared-partners?ids={org}&ids=kaznu")
        out.append(f"/analysis/path?from={org}&to=xjtu&layer=agreements&layer=alliances&layer=events")
    for org in orgs[:8]:
        for fmt in LD_FORMATS:
            out.append(f"/id/org/{org}?format={fmt}")
        out += [f"/viz/ego/{org}?depth=2&color=country", f"/viz/ego/{org}.png"]
    for name in names[:20]:
        out += [f"/institutions/{quote(name)}", f"/institutions/{quote(name.upper())}/partners"]
    for alliance in alliances:
        out += [f"/alliances/{alliance}/members", f"/viz/alliance/{alliance}", f"/viz/alliance/{alliance}.png"]
    for agreement in agreements:
        out.append(f"/agreements/{agreement['id']}")
        out.append(f"/agreements/{quote(agreement['name'])}")
        kind = "agreement-group" if agreement.get("type") == "agreement-group" else "agreement"
        for fmt in LD_FORMATS:
            out.append(f"/id/{kind}/{agreement['id']}?format={fmt}")
    for person in people:
        out += [f"/people/{person}", f"/id/person/{person}?format=ttl", f"/id/person/{person}?format=html"]
    for document in documents:
        out += [f"/documents/{document}", f"/documents/{document[:-1]}", f"/id/doc/{document}?format=jsonld"]
    return out


def answers(url: str) -> dict[str, dict]:
    with httpx.Client(base_url=url, timeout=120) as client:
        def get(path):
            response = client.get(path, headers={"Accept": "application/json"})
            response.raise_for_status()
            return response.json()

        found = {}
        for path in requests(get):
            response = client.get(path, headers={"Accept": "application/json"})
            found[path] = {"status": response.status_code, "type": response.headers.get("content-type"),
                           "sha256": hashlib.sha256(response.content).hexdigest(),
                           "body": response.text if len(response.content) < 200_000 and "png" not in (response.headers.get("content-type") or "") else None}
        return found


def compare(before: dict, after: dict) -> list[str]:
    """The requests whose answers differ (or that one side did not ask)."""
    differ = [p for p in before if p in after and before[p]["sha256"] != after[p]["sha256"]]
    return differ + [p for p in before.keys() ^ after.keys()]


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        a, b = (json.load(open(f)) for f in sys.argv[2:4])
        differences = compare(a, b)
        print(f"{len(a)} requests before, {len(b)} after; {len(differences)} differ")
        for path in differences:
            print(" ", path, a.get(path, {}).get("status"), b.get(path, {}).get("status"))
        sys.exit(1 if differences else 0)
    found = answers(sys.argv[1])
    json.dump(found, open(sys.argv[2], "w"), indent=0, ensure_ascii=False)
    print(f"{len(found)} requests, statuses {sorted({v['status'] for v in found.values()})}")
