"""Exports for the tools analysts already use: GraphML and GEXF (Gephi, Cytoscape, yEd) and a
CSV of the measures (spreadsheets, R, pandas).

Lists on nodes and edges (agreement ids, kinds, dates) become ``|``-separated text, since
neither format has lists; every node also carries its measures and community, so Gephi can
size and colour by them without recomputing. Files are written atomically.

>>> from .network_data import NetworkData, partnership_network
>>> g = partnership_network(NetworkData.example())
>>> print(measures_csv(g).splitlines()[0])
id,name,kind,country,ror,wikidata,degree,weighted_degree,betweenness,closeness,eigenvector,pagerank,community,articulation_point
>>> b"<graphml" in graphml(g)
True
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
from pathlib import Path

import networkx as nx

from ..files import write_atomically
from ..errors import UserError
from .brokers import brokers
from .centrality import MEASURES, compute
from .communities import communities

FORMATS = ("graphml", "gexf", "csv")
MEDIA_TYPES = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "csv": "text/csv; charset=utf-8",
}


def annotated(graph: nx.Graph, *, seed: int = 42, **options) -> nx.Graph:
    """A copy of ``graph`` with plain attributes only, measures and community on every node."""
    flat = nx.Graph()
    flat.graph.update({k: "|".join(v) if isinstance(v, list) else v
                       for k, v in graph.graph.items() if not k.startswith("_")})
    scores = {m: compute(graph, measure=m, seed=seed, **options).values for m in MEASURES}
    community = communities(graph, seed=seed).of()
    points = {p.id for p in brokers(graph).articulation_points}
    for node, data in graph.nodes(data=True):
        attributes = _plain(data)
        attributes["label"] = data.get("name", node)  # what Gephi shows
        for measure in MEASURES:
            value = scores[measure].get(node, 0)
            attributes[measure.replace("-", "_")] = float(value) if measure not in ("degree", "weighted-degree") else int(value)
        attributes["community"] = community.get(node, 0)
        attributes["articulation_point"] = node in points
        flat.add_node(node, **attributes)
    for a, b, data in graph.edges(data=True):
        attributes = _plain({k: v for k, v in data.items() if k != "agreements"})
        agreements = data.get("agreements", [])
        if agreements:
            attributes["agreements"] = "|".join(x.id for x in agreements)
            attributes["agreement_labels"] = "|".join(x.label for x in agreements)
            attributes["agreement_kinds"] = "|".join(sorted({k for x in agreements for k in x.kinds}))
            attributes["signed_on"] = "|".join(x.signed_on or "" for x in agreements)
            attributes["sources"] = "|".join(sorted({x.source for x in agreements}))
        flat.add_edge(a, b, **attributes)
    return flat


def _plain(data: dict) -> dict:
    """Scalars as they are, lists as ``|``-joined ids or text; objects without an id dropped."""
    out = {}
    for key, value in data.items():
        if value is None or key.startswith("_") or dataclasses.is_dataclass(value):
            continue
        if isinstance(value, (list, tuple)):
            if any(dataclasses.is_dataclass(v) and not hasattr(v, "id") for v in value):
                continue
            value = "|".join(str(getattr(v, "id", v)) for v in value)
        out[key] = value
    return out


def graphml(graph: nx.Graph, **options) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(annotated(graph, **options), out, encoding="utf-8")
    return out.getvalue()


def gexf(graph: nx.Graph, **options) -> bytes:
    out = io.BytesIO()
    nx.write_gexf(annotated(graph, **options), out, encoding="utf-8")
    return out.getvalue()


def measures_csv(graph: nx.Graph, **options) -> str:
    """One row per organisation: id, name, kind, country, ROR id, Wikidata item, every
    measure, community, broker."""
    flat = annotated(graph, **options)
    columns = ["id", "name", "kind", "country", "ror", "wikidata", *(m.replace("-", "_") for m in MEASURES),
               "community", "articulation_point"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for node, data in sorted(flat.nodes(data=True), key=lambda item: (-item[1]["pagerank"], item[0])):
        row = {"id": node, **data}
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.9g}"
    return str(value)


def export(graph: nx.Graph, *, format: str, **options) -> bytes:
    """The network in ``format`` (graphml, gexf or csv), as bytes."""
    if format not in FORMATS:
        raise UserError(f"unknown export format {format!r}; choose from {', '.join(FORMATS)}")
    if format == "graphml":
        return graphml(graph, **options)
    if format == "gexf":
        return gexf(graph, **options)
    return measures_csv(graph, **options).encode("utf-8")


def write_export(graph: nx.Graph, path: Path, *, format: str, **options) -> int:
    """Write the export to ``path`` atomically (temporary file, then rename); bytes written."""
    data = export(graph, format=format, **options)
    write_file(path, data)
    return len(data)


def write_file(path: Path, data: bytes) -> None:
    """Write a file for the user atomically, readable as their umask says (the temporary file
    starts private); a clear one-line error when it cannot be written."""
    try:
        write_atomically(path, data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(path, 0o666 & ~umask)
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None
