"""``unikg query``: any SPARQL query over the graph, as a table, CSV or SPARQL JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from unikg.graph.dataset import current
from unikg.graph.errors import UserError
from unikg.graph.settings import Settings
from unikg.graph.store import AskResult, GraphResult
from unikg.graph.store.formats import to_csv, to_json

from . import output


def register(commands) -> None:
    p = commands.add_parser("query", help="run a SPARQL query (text, -f FILE, or - for stdin)")
    p.add_argument("sparql", nargs="?", help="the query text, or - to read it from stdin")
    p.add_argument("-f", "--file", help="read the query from a .rq file")
    p.add_argument(
        "--format", choices=["table", "csv", "json"], default="table",
        help="table (default), csv, or json (SPARQL 1.1 Query Results JSON); "
        "CONSTRUCT/DESCRIBE print Turtle",
    )
    p.set_defaults(run=run_query)


def query_text(args) -> str:
    if args.file and args.sparql:
        raise UserError("give the query as text or with -f FILE, not both")
    if args.file:
        try:
            return Path(args.file).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise UserError(f"{args.file}: file not found") from None
        except UnicodeDecodeError:
            raise UserError(f"{args.file}: not UTF-8 text") from None
    if args.sparql == "-":
        return sys.stdin.read()
    if not args.sparql:
        raise UserError('give a query: unikg query "SELECT ..." or unikg query -f file.rq')
    return args.sparql


def run_query(args, settings: Settings) -> int:
    result = current.opened(settings, progress=output.progress).query(query_text(args))
    if isinstance(result, GraphResult):
        sys.stdout.write(result.serialize("turtle").decode("utf-8"))
        return 0
    if isinstance(result, AskResult):
        if args.format == "json":
            output.print_json(to_json(result))
        else:
            print("true" if result.value else "false")
        return 0
    if args.format == "json":
        sys.stdout.write(json.dumps(to_json(result), indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        sys.stdout.write(to_csv(result))
    else:
        rows = [[_show(row.get(v)) for v in result.variables] for row in result.rows]
        print(output.table(result.variables, rows, width=70))
        print(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return 0


def _show(term) -> str:
    if term is None:
        return ""
    text = str(term)
    for prefix, base in (("id:", "https://w3id.org/unikg/id/"), ("ukg:", "https://w3id.org/unikg/ontology#")):
        if text.startswith(base):
            return prefix + text[len(base):]
    return text
