"""The most specific kinds of an item, among its types: the build states every superclass of
a type, so an agreement typed ukg:MemorandumOfUnderstanding is a ukg:Agreement too, and a
university a ukg:Organization; a page shows the narrowest ones only.

>>> tree = KindTree(labels={"u": "University", "o": "Organization"}, broader={"u": {"o"}})
>>> [k.name for k in tree.most_specific(["o", "u", "http://xmlns.com/foaf/0.1/Agent"])]
['University']
>>> [k.name for k in tree.most_specific(["o"])]
['Organization']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from .. import queries
from ..store import Store
from .common import Ref, kind_ref


@dataclass(frozen=True)
class KindTree:
    labels: dict[str, str]  # every labelled class under the base (the base included) → its label
    broader: dict[str, set[str]]  # a class → every class it is a subclass of, at any depth

    @classmethod
    def of(cls, store: Store, base: str) -> KindTree:
        """The classes under ``base`` (named query ``kind_tree``: each with its direct
        superclasses; the classes above them at any depth are found here)."""
        labels: dict[str, str] = {}
        direct: dict[str, set[str]] = defaultdict(set)
        for row in queries.run(store, "kind_tree", base=URIRef(base)).rows:
            kind = str(row["kind"])
            if row.get("label") is not None:
                labels.setdefault(kind, str(row["label"]))
            if row.get("broader") is not None:
                direct[kind].add(str(row["broader"]))
        return cls(labels=labels, broader={kind: above(kind, direct) for kind in direct})

    def most_specific(self, types: Iterable[str], *, leaving_out: str | None = None) -> list[Ref]:
        """The labelled kinds among ``types`` that no other of ``types`` is narrower than (but
        ``leaving_out``), by name."""
        given = {str(t) for t in types}
        return sorted(
            kind_ref(t, self.labels[t]) for t in given
            if t in self.labels and t != leaving_out
            and not any(t in self.broader.get(other, ()) for other in given if other != t)
        )


def above(kind: str, direct: dict[str, set[str]]) -> set[str]:
    """Every class ``kind`` is a subclass of, at any depth, from the direct superclasses
    (cycles, which OWL allows for equivalent classes, end the walk).

    >>> sorted(above("u", {"u": {"o"}, "o": {"a"}, "a": {"o"}}))
    ['a', 'o']
    """
    found: set[str] = set()
    todo = list(direct.get(kind, ()))
    while todo:
        broader = todo.pop()
        if broader not in found:
            found.add(broader)
            todo.extend(direct.get(broader, ()))
    found.discard(kind)
    return found
