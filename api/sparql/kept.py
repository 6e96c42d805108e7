"""Answers of the SPARQL endpoint, kept for the one dataset a pool of workers serves.

A pool's workers answer from one state of the dataset: the built file or the Oxigraph
version they opened (a reload or a load brings a new pool). So the same query asked again,
with the same ``Accept``, graphs and row limit, has the same answer: it is sent again
without a worker (the per-year GROUP BY of a 1M-triple disk store: 595 ms, then a
dictionary lookup). Not kept: errors, answers over ``LARGEST`` bytes, queries whose answer
may change between runs (``RAND()``, ``NOW()``, ``UUID()``, ``STRUUID()``, ``BNODE()``), and
anything from a remote store (other programs may change it). At most ``BYTES`` bytes are
kept, the least recently asked dropped first.

>>> kept = KeptAnswers()
>>> job = Job(query="SELECT * WHERE { ?s ?p ?o } LIMIT 1")
>>> kept.keep(job, Answer(200, b"{}", "application/sparql-results+json"))
>>> kept.get(Job(query="SELECT * WHERE { ?s ?p ?o } LIMIT 1")).body
b'{}'
>>> kept.keep(Job(query="SELECT (RAND() AS ?r) {}"), Answer(200, b"{}", "application/json"))
>>> len(kept)
1
"""

from __future__ import annotations

import re
from collections import OrderedDict

from .worker import Answer, Job

BYTES = 64_000_000  # kept answers in all
LARGEST = 4_000_000  # the largest answer kept
VOLATILE = re.compile(r"\b(?:RAND|NOW|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)


class KeptAnswers:
    def __init__(self, *, bytes: int = BYTES, largest: int = LARGEST):
        self.bytes = bytes
        self.largest = largest
        self._kept: OrderedDict[tuple, Answer] = OrderedDict()
        self._size = 0

    def get(self, job: Job) -> Answer | None:
        key = _key(job)
        found = self._kept.get(key)
        if found is not None:
            self._kept.move_to_end(key)
        return found

    def keep(self, job: Job, answer: Answer) -> None:
        if answer.status != 200 or len(answer.body) > self.largest or VOLATILE.search(job.query):
            return
        key = _key(job)
        if key in self._kept:
            return
        self._kept[key] = answer
        self._size += len(answer.body)
        while self._size > self.bytes:
            _, dropped = self._kept.popitem(last=False)
            self._size -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._kept)


def _key(job: Job) -> tuple:
    graphs = lambda iris: tuple(iris) if iris is not None else None  # noqa: E731
    return (job.query, job.accept, job.format, graphs(job.default_graphs), graphs(job.named_graphs), job.max_rows)
