"""Aligned plain-text tables: what the CLI prints and what ``unikg evaluate`` writes.

>>> print(table(["id", "name"], [["xjtu", "Xi'an Jiaotong University"], ["cup", None]]))
id    name
----  -------------------------
xjtu  Xi'an Jiaotong University
cup
"""

from __future__ import annotations

import textwrap


def table(headers: list[str], rows: list[list], *, width: int = 60) -> str:
    """A plain aligned text table; long cells are shortened to ``width`` characters."""
    cells = [[_cell(v, width) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _cell(value, width: int) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return textwrap.shorten(text, width, placeholder="…") if len(text) > width else text
