"""The agreement network as integer ids and sparse matrices, built from named SPARQL queries.

``Projection.from_store`` runs four small named queries (``projection_parties``,
``projection_units``, ``projection_labels``, ``projection_dates``), so it works on any store;
``Projection.from_rows`` shapes their rows:

* ``nodes``: every organisation and every party of an agreement, by IRI (the position is the
  node's id), with its name (``labels``; None when it has none);
* ``parties``: agreements × nodes, 1 where the node is a party (SciPy CSR), and ``signed``,
  its transpose (nodes × agreements);
* ``co_parties``: nodes × nodes, 1 where two nodes are parties of one agreement (no diagonal);
* ``units``: organisation × unit (``ukg:unitOf``, one level), so that an organisation's
  **side** is itself and its units at any depth, as ``ukg:unitOf*`` in the named queries;
* ``years``: the year each agreement was signed in (0: no date, or a date without a year).

Nothing is rolled up: a party is the organisation or unit that signed, as in the SPARQL
answers. The questions are gathers of CSR rows (NumPy), a few milliseconds on the hub of a
10M-triple graph:

>>> p = Projection.example()
>>> [p.nodes[n] for n in p.side(p.node("x:a"))]
['x:a', 'x:a-lab']
>>> partner, agreement, via = p.agreement_links(p.node("x:a"))
>>> sorted((p.nodes[q], p.agreements[g], p.nodes[v]) for q, g, v in zip(partner, agreement, via))
[('x:b', 'x:ab', 'x:a'), ('x:c', 'x:lab-c', 'x:a-lab')]
>>> shared = p.shared_partners(p.node("x:b"))
>>> [(p.nodes[o], int(n)) for o, n in zip(shared.others, shared.counts)]
[('x:a-lab', 1)]
>>> p.per_year(), p.undated
({2023: 1}, 2)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from .. import queries
from ..questions.common import resource_id
from ..store import Store

_YEAR = re.compile(r"^(\d+)")


@dataclass(frozen=True, kw_only=True, eq=False)
class Shared:
    """Other organisations by partners shared with one: ``others`` ranked (most shared first,
    then by name), ``counts`` aligned with them; ``pairs`` (other, partner), sorted by other."""

    others: np.ndarray
    counts: np.ndarray
    pairs: np.ndarray  # shape (k, 2)

    def partners_of(self, other: int) -> np.ndarray:
        low, high = np.searchsorted(self.pairs[:, 0], [other, other + 1])
        return self.pairs[low:high, 1]


@dataclass(frozen=True, kw_only=True, eq=False)
class Projection:
    nodes: list[str]
    labels: list[str | None]
    agreements: list[str]
    parties: sparse.csr_matrix  # agreements × nodes
    signed: sparse.csr_matrix  # nodes × agreements
    co_parties: sparse.csr_matrix  # nodes × nodes
    units: sparse.csr_matrix  # organisation × unit
    years: np.ndarray  # per agreement; 0 = no year stated
    name_rank: np.ndarray  # per node: rank by (name, IRI), SPARQL's ORDER BY ?name
    title_rank: np.ndarray  # per node: rank by (casefolded name, id), the API's order by name
    has_label: np.ndarray  # per node: whether it has a name (the answers list only named ones)
    index: dict[str, int] = field(repr=False)
    _per_year: dict[int, int] = field(repr=False)

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def from_store(cls, store: Store) -> Projection:
        """The projection of ``store``, from its named queries (any SPARQL store)."""
        return cls.from_rows(
            parties=((str(r["agreement"]), str(r["party"])) for r in queries.run(store, "projection_parties").rows),
            units=((str(r["unit"]), str(r["parent"])) for r in queries.run(store, "projection_units").rows),
            labels={str(r["node"]): str(r["label"]) for r in queries.run(store, "projection_labels").rows},
            dates=((str(r["agreement"]), str(r["signedOn"]) if r.get("signedOn") is not None else None)
                   for r in queries.run(store, "projection_dates").rows),
        )

    @classmethod
    def from_rows(
        cls,
        *,
        parties: Iterable[tuple[str, str]],
        units: Iterable[tuple[str, str]],
        labels: Mapping[str, str],
        dates: Iterable[tuple[str, str | None]],
    ) -> Projection:
        """From (agreement, party), (unit, parent), {node: name} and (agreement, date or None)."""
        index: dict[str, int] = {}
        agreement_index: dict[str, int] = {}

        def node(iri: str) -> int:
            return index.setdefault(iri, len(index))

        def agreement(iri: str) -> int:
            return agreement_index.setdefault(iri, len(agreement_index))

        party_rows, party_cols = [], []
        for a, p in parties:
            party_rows.append(agreement(a))
            party_cols.append(node(p))
        unit_rows, unit_cols = [], []
        for unit, parent in units:
            unit_cols.append(node(unit))
            unit_rows.append(node(parent))
        for iri in labels:
            node(iri)
        year_of: dict[int, int] = {}
        for a, date in dates:
            found = _YEAR.match(date) if date is not None else None
            year_of[agreement(a)] = max(year_of.get(agreement(a), 0), int(found[1]) if found else 0)

        n, m = len(index), len(agreement_index)
        nodes = [""] * n
        for iri, i in index.items():
            nodes[i] = iri
        agreements = [""] * m
        for iri, i in agreement_index.items():
            agreements[i] = iri
        names = [labels.get(iri) for iri in nodes]

        ones = np.ones(len(party_rows), dtype=np.int32)
        parties_m = sparse.csr_matrix((ones, (party_rows, party_cols)), shape=(m, n), dtype=np.int32)
        parties_m.sum_duplicates()
        parties_m.data[:] = 1
        units_m = sparse.csr_matrix(
            (np.ones(len(unit_rows), dtype=np.int8), (unit_rows, unit_cols)), shape=(n, n)
        )
        units_m.sum_duplicates()
        years = np.zeros(m, dtype=np.int32)
        for a, y in year_of.items():
            years[a] = y
        return cls.assembled(nodes=nodes, labels=names, agreements=agreements, parties=parties_m,
                              units=units_m, years=years)

    @classmethod
    def assembled(cls, *, nodes: list[str], labels: list[str | None], agreements: list[str],
                   parties: sparse.csr_matrix, units: sparse.csr_matrix, years: np.ndarray) -> Projection:
        """The projection of these nodes, agreements and matrices: the rest is derived."""
        signed = parties.T.tocsr()
        co = (signed @ parties).tocsr()
        co.setdiag(0)
        co.eliminate_zeros()
        co.data[:] = 1
        found_years, counts = np.unique(years[years > 0], return_counts=True)
        return cls(
            nodes=nodes, labels=labels, agreements=agreements, parties=parties, signed=signed,
            co_parties=co, units=units, years=years,
            name_rank=_rank([(name is None, name or "", iri) for name, iri in zip(labels, nodes)]),
            title_rank=_rank([(name is None, (name or "").casefold(), resource_id(iri))
                              for name, iri in zip(labels, nodes)]),
            has_label=np.array([name is not None for name in labels], dtype=bool),
            index={iri: i for i, iri in enumerate(nodes)},
            _per_year={int(y): int(c) for y, c in zip(found_years, counts)},
        )

    @classmethod
    def example(cls) -> Projection:
        """a (with its lab) signed with b (2023) and, through the lab, with c; b signed with c."""
        return cls.from_rows(
            parties=[("x:ab", "x:a"), ("x:ab", "x:b"), ("x:lab-c", "x:a-lab"), ("x:lab-c", "x:c"),
                     ("x:bc", "x:b"), ("x:bc", "x:c")],
            units=[("x:a-lab", "x:a")],
            labels={"x:a": "A", "x:a-lab": "A Lab", "x:b": "B", "x:c": "C"},
            dates=[("x:ab", "2023-05-17"), ("x:lab-c", "--07-04"), ("x:bc", None)],
        )

    # -- questions --------------------------------------------------------------------------

    def node(self, iri: str) -> int | None:
        return self.index.get(str(iri))

    def side(self, node: int) -> np.ndarray:
        """``node`` and its units at any depth (``ukg:unitOf*``), sorted."""
        seen = {node}
        frontier = [node]
        while frontier:
            _, found = gather(self.units, np.asarray(frontier))
            frontier = [int(u) for u in found if int(u) not in seen]
            seen.update(frontier)
        return np.array(sorted(seen), dtype=np.int64)

    def agreement_links(self, node: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(partner, agreement, via): every agreement a node of ``node``'s side signed, once
        per party of it off that side (the partner) and per party on it (via)."""
        side = self.side(node)
        owner, agreements = gather(self.signed, side)
        vias = side[owner]
        owner, partners = gather(self.parties, agreements)
        keep = ~self._on(side)[partners]
        return partners[keep], agreements[owner][keep], vias[owner][keep]

    def shared_partners(self, node: int) -> Shared:
        """Every labelled node off ``node``'s side that shares an agreement with one of its
        partners (itself excepted), with how many and which of them."""
        on_side = self._on(self.side(node))
        partners = np.unique(self.agreement_links(node)[0])
        owner, others = gather(self.co_parties, partners)
        keep = ~on_side[others] & self.has_label[others]
        pairs = np.column_stack([others[keep], partners[owner[keep]]])
        pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))] if len(pairs) else pairs.reshape(0, 2)
        found, counts = np.unique(pairs[:, 0], return_counts=True)
        order = np.lexsort((self.name_rank[found], -counts))
        return Shared(others=found[order], counts=counts[order], pairs=pairs)

    def common_partners(self, nodes: list[int]) -> dict[int, list[tuple[int, int]]]:
        """The partners every one of ``nodes`` has: partner → [(node, agreement), ...]."""
        common: set[int] | None = None
        links: dict[int, list[tuple[int, int]]] = {}
        for asked in nodes:
            partners, agreements, _ = self.agreement_links(asked)
            mine = set(partners.tolist())
            common = mine if common is None else common & mine
            for p, a in zip(partners.tolist(), agreements.tolist()):
                links.setdefault(p, []).append((asked, a))
        return {p: sorted(set(links[p])) for p in sorted(common or ())}

    def per_year(self) -> dict[int, int]:
        """Agreements per year of signing (those with a date that states a year)."""
        return dict(self._per_year)

    @property
    def undated(self) -> int:
        """Agreements with no date, or a date without a year."""
        return int((self.years == 0).sum())

    def _on(self, side: np.ndarray) -> np.ndarray:
        mask = np.zeros(len(self.nodes), dtype=bool)
        mask[side] = True
        return mask

    def nbytes(self) -> int:
        """Bytes held by the arrays (the IRIs and names are Python strings besides)."""
        matrices = (self.parties, self.signed, self.co_parties, self.units)
        arrays = sum(m.data.nbytes + m.indices.nbytes + m.indptr.nbytes for m in matrices)
        return arrays + self.years.nbytes + self.name_rank.nbytes + self.title_rank.nbytes


def gather(matrix: sparse.csr_matrix, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The column indices of ``rows`` of a CSR matrix, concatenated, with the position in
    ``rows`` each came from.

    >>> m = sparse.csr_matrix(np.array([[0, 1, 1], [1, 0, 0]]))
    >>> [a.tolist() for a in gather(m, np.array([1, 0]))]
    [[0, 1, 1], [0, 1, 2]]
    """
    rows = np.asarray(rows, dtype=np.int64)
    starts = matrix.indptr[rows].astype(np.int64)
    lengths = matrix.indptr[rows + 1] - starts
    owner = np.repeat(np.arange(len(rows)), lengths)
    offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return owner, matrix.indices[np.repeat(starts, lengths) + offsets].astype(np.int64)


def _rank(keys: list[tuple]) -> np.ndarray:
    ranks = np.empty(len(keys), dtype=np.int64)
    ranks[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    return ranks
