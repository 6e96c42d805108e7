"""Checking curated YAML records field by field, with messages that name file and line."""

from __future__ import annotations

from pathlib import Path

from .errors import UserError
from .namespaces import is_slug
from .yamlfile import fields, line_of


def where(path: Path, node, key: str | None = None, index: int | None = None) -> str:
    line = line_of(node, key, index)
    return f"{path}:{line}" if line else str(path)


def check_record(
    path: Path, node, *, required: set[str], optional: set[str], what: str
) -> dict:
    """The record's fields; unknown or missing ones are a UserError at the record's line."""
    if not isinstance(node, dict):
        raise UserError(f"{where(path, node)}: each {what} must be a mapping (key: value)")
    record = fields(node)
    unknown = sorted(set(record) - required - optional)
    if unknown:
        known = ", ".join(sorted(required | optional))
        raise UserError(
            f"{where(path, node, unknown[0])}: {what} has unknown field {unknown[0]!r} "
            f"(known fields: {known})"
        )
    missing = sorted(k for k in required if record.get(k) in (None, "", []))
    if missing:
        raise UserError(f"{where(path, node)}: {what} needs the field {missing[0]!r}")
    return record


def text(path: Path, node, key: str) -> str | None:
    value = node.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise UserError(f"{where(path, node, key)}: {key!r} must be text")
    return str(value).strip()


def slug(path: Path, node, key: str) -> str | None:
    value = node.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not is_slug(value):
        raise UserError(
            f"{where(path, node, key)}: {key!r} {value!r} is not a slug "
            "(lower-case ASCII words joined by '-', e.g. 'xjtu' or 'university-of-liverpool')"
        )
    return value


def string_list(path: Path, node, key: str) -> list[str]:
    value = node.get(key)
    if value is None:
        return []
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, list):
        raise UserError(f"{where(path, node, key)}: {key!r} must be a list")
    items = []
    for index, item in enumerate(value):
        if not isinstance(item, (str, int)) or isinstance(item, bool):
            raise UserError(f"{where(path, node, key, index)}: items of {key!r} must be text")
        items.append(str(item).strip())
    return items


def slug_list(path: Path, node, key: str) -> list[str]:
    items = string_list(path, node, key)
    for index, item in enumerate(items):
        if not is_slug(item):
            raise UserError(
                f"{where(path, node, key, index)}: {item!r} in {key!r} is not a slug "
                "(lower-case ASCII words joined by '-')"
            )
    return items


def integer(path: Path, node, key: str) -> int | None:
    value = node.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise UserError(f"{where(path, node, key)}: {key!r} must be a whole number ≥ 0")
    return value


def boolean(path: Path, node, key: str) -> bool | None:
    value = node.get(key)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise UserError(f"{where(path, node, key)}: {key!r} must be true or false")
    return value


def records(path: Path, value, what: str) -> list:
    """A YAML list of records (None = empty)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise UserError(f"{path}: the {what} must be a list of entries ('- id: ...')")
    return value
