"""Safe YAML for curated files: line numbers for error messages, no aliases, a size cap.

Aliases are refused outright (curated files have no use for them, and they are how
"billion laughs" bombs expand), and so is nesting over ``MAX_DEPTH`` levels (``[[[[...`` would
exhaust the composer's recursion); mappings remember the line they start on under ``__line__``.

>>> doc = load_text("a: 1\\nb:\\n  c: [x, y]\\n", "x.yaml")
>>> doc["a"], doc["b"]["c"], doc[LINE], doc["b"][LINE]
(1, ['x', 'y'], 1, 3)
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import UserError

MAX_BYTES = 5_000_000
MAX_DEPTH = 50
LINE = "__line__"
LINES = "__lines__"  # key -> line of its value (a list of lines for a sequence)


class _Loader(yaml.SafeLoader):
    depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in curated files", event.start_mark
            )
        if self.depth >= MAX_DEPTH:  # the composer recurses: refuse before Python's stack runs out
            raise yaml.composer.ComposerError(
                None, None, f"lists and mappings nested over {MAX_DEPTH} deep; curated files need a few levels",
                self.peek_event().start_mark,
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        lines = {}
        for key_node, value_node in node.value:
            if isinstance(value_node, yaml.SequenceNode):
                lines[key_node.value] = [item.start_mark.line + 1 for item in value_node.value]
            else:
                lines[key_node.value] = value_node.start_mark.line + 1
        mapping[LINES] = lines
        return mapping


def load_text(text: str, name: str):
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(error, "problem", None) or str(error)
        raise UserError(f"{where}: invalid YAML: {problem}") from None


def load(path: Path):
    """Parse a YAML file; a UserError names the file and line of any problem."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(f"{path}: file not found") from None
    if size > MAX_BYTES:
        raise UserError(f"{path}: {size} bytes is over the {MAX_BYTES}-byte limit for YAML")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise UserError(f"{path}: not UTF-8 (byte {error.start})") from None
    return load_text(text, str(path))


def line_of(node, key: str | None = None, index: int | None = None) -> int | None:
    """The line of a mapping, of one of its values, or of one item of a list value."""
    if not isinstance(node, dict):
        return None
    if key is None:
        return node.get(LINE)
    line = node.get(LINES, {}).get(key, node.get(LINE))
    if isinstance(line, list):
        return line[index] if index is not None and index < len(line) else node.get(LINE)
    return line


def fields(node: dict) -> dict:
    """The mapping without the line bookkeeping."""
    return {k: v for k, v in node.items() if k not in (LINE, LINES)}
