"""The example queries the editor opens with: the SPARQL examples of the README and docs/ (``examples/*.rq``,
kept equal to them by a test), an agreement list with its evidence, and named queries
of ``graph/queries`` with example parameters (XJTU's partners, UANSR's members).

>>> [e.name for e in editor_examples()][-2:]
["XJTU's partners (graph/queries/partners.rq)", "UANSR's members (graph/queries/members.rq)"]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from unikg.graph import queries
from unikg.graph.namespaces import org_iri

FOLDER = Path(__file__).resolve().parent / "examples"
NAMED = (
    ("XJTU's partners", "partners", {"org": org_iri("xjtu")}),
    ("UANSR's members", "members", {"alliance": org_iri("uansr")}),
)


@dataclass(frozen=True)
class Example:
    name: str
    query: str


def editor_examples() -> list[Example]:
    examples = []
    for path in sorted(FOLDER.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        examples.append(Example(title.lstrip("# ").strip(), body))
    for title, name, params in NAMED:
        examples.append(Example(f"{title} (graph/queries/{name}.rq)", queries.bind(queries.load(name), **params)))
    return examples
