"""Printing results: aligned tables for people (``graph/text_table.py``), CSV and JSON for scripts."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys

from unikg.graph.text_table import table  # noqa: F401 (the commands print output.table)


def progress(message: str) -> None:
    """One line of progress on stderr (the results go to stdout)."""
    print(f"unikg: {message}", file=sys.stderr, flush=True)


def progress_line(line: str) -> None:
    """A line on stderr, as it is."""
    print(line, file=sys.stderr, flush=True)


def print_json(value) -> None:
    json.dump(_plain(value), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _plain(value):
    if dataclasses.is_dataclass(value):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def print_csv(headers: list[str], rows: list[list]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v) for v in row])
