"""The documentation the tests hold to the code: the README, docs/*.md and bench/README.md.

The README's SPARQL examples and those of docs/ must give the output they show
(``tests/test_readme.py``) and be editor examples (``tests/api/sparql/test_editor.py``);
every route is a row of the routes table of docs/api.md (``tests/api/test_openapi.py``,
``tests/api/test_analysis.py``); every setting is in the table of docs/configuration.md
(``tests/test_settings_documented.py``).
"""

from __future__ import annotations

import re

from unikg.graph.settings import PROJECT_ROOT

FILES = [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").glob("*.md")), PROJECT_ROOT / "bench" / "README.md"]
ROUTES_TABLE = PROJECT_ROOT / "docs" / "api.md"
CONFIGURATION = PROJECT_ROOT / "docs" / "configuration.md"


def text(path) -> str:
    return path.read_text(encoding="utf-8")


def sparql_examples() -> list[tuple[str, str, str]]:
    """(file, query, output shown) for each SPARQL example followed by its output, in every file."""
    return [
        (str(path.relative_to(PROJECT_ROOT)), query, output)
        for path in FILES
        for query, output in re.findall(r"```sparql\n(.*?)```\s*```text\n(.*?)```", text(path), flags=re.S)
    ]


def sparql_blocks() -> list[str]:
    """Every SPARQL block of every file, with or without its output."""
    return [block for path in FILES for block in re.findall(r"```sparql\n(.*?)```", text(path), flags=re.S)]


def documented_routes() -> set[str]:
    """The paths of the routes table (``| `GET /path?query` | … |`` rows), without their query."""
    rows = re.findall(r"^\| `GET ([^`]+)` \|", text(ROUTES_TABLE), flags=re.M)
    return {re.sub(r"\?.*", "", row) for row in rows}
