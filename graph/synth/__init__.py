"""``unikg synth``: large synthetic graphs in the project's ontology, for scale tests.

A synthetic dataset looks like a built one: one named graph per (synthetic) article, with its
text, its quotes and the facts it states with their evidence; a registry graph; the ontology
graph. So every named query, every shape and every view applies to it. It is deterministic: the
same institutions, seed and format give a byte-identical file.

Size: about ``TRIPLES_PER_INSTITUTION`` triples per institution, plus the ontology; use
``institutions_for_triples`` to aim at a triple count.

>>> 10_000 < institutions_for_triples(1_000_000) < 11_000
True
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import UserError
from .generate import Stats, Synthesis, ontology_lines
from .write import FORMATS, atomic_text_file, format_for, write_chunks

__all__ = ["FORMATS", "SynthReport", "institutions_for_triples", "synthesize", "format_for"]

# measured from 300 to 100k institutions: ~93 triples each (about 3 agreements with their
# quotes, an article, an organisation, a few events and people); the ontology (~1.2k
# triples), the countries and the alliances add a roughly fixed amount
TRIPLES_PER_INSTITUTION = 93.0
FIXED_TRIPLES = 1500
EXACT_BELOW = 300_000
TRIES = 4  # generations to correct a small world's estimate
CLOSE = 0.03  # an estimate this close (a fraction of the triples asked) is kept
MIN_INSTITUTIONS = 20
MAX_INSTITUTIONS = 5_000_000


@dataclass(frozen=True)
class SynthReport:
    path: Path
    format: str
    institutions: int
    seed: int
    triples: int
    graphs: int
    seconds: float
    stats: Stats

    def as_dict(self) -> dict:
        return {**asdict(self), "path": str(self.path), "stats": asdict(self.stats)}


def institutions_for_triples(triples: int, *, seed: int = 1) -> int:
    """How many institutions make about ``triples`` triples (within a few per cent).

    Small worlds have more triples per institution (the alliances and the first hubs weigh
    more), and one institution more can draw another hub, so below ``EXACT_BELOW`` triples
    the estimate is corrected by generating, at most ``TRIES`` times, keeping the closest.
    """
    fixed = len(ontology_lines()) + FIXED_TRIPLES
    guess = max(MIN_INSTITUTIONS, round((triples - fixed) / TRIPLES_PER_INSTITUTION))
    if triples >= EXACT_BELOW:
        return guess
    base = len(ontology_lines())
    tried: dict[int, int] = {}  # institutions → triples
    while guess not in tried and len(tried) < TRIES:
        tried[guess] = sum(len(lines) for _, lines in Synthesis(institutions=guess, seed=seed).chunks())
        if abs(tried[guess] - triples) <= CLOSE * triples:
            break
        guess = max(MIN_INSTITUTIONS, round(guess * (triples - base) / max(tried[guess] - base, 1)))
    return min(tried, key=lambda n: abs(tried[n] - triples))


def check(*, institutions: int, seed: int) -> None:
    if not MIN_INSTITUTIONS <= institutions <= MAX_INSTITUTIONS:
        raise UserError(
            f"--institutions must be between {MIN_INSTITUTIONS} and {MAX_INSTITUTIONS:,}, "
            f"not {institutions:,}"
        )
    if seed < 0:
        raise UserError(f"--seed must be zero or positive, not {seed}")


def synthesize(
    path: Path,
    *,
    institutions: int,
    seed: int = 1,
    format: str | None = None,
    progress: Callable[[int, int], None] = lambda done, expected: None,
) -> SynthReport:
    """Generate and write a synthetic dataset atomically; ``progress(triples, expected)``."""
    check(institutions=institutions, seed=seed)
    path = Path(path)
    format = format_for(path, format)
    started = time.perf_counter()
    synthesis = Synthesis(institutions=institutions, seed=seed)
    expected = int(institutions * TRIPLES_PER_INSTITUTION) + len(ontology_lines()) + FIXED_TRIPLES
    graphs: set[str] = set()

    def chunks():
        for graph, lines in synthesis.chunks():
            graphs.add(graph)
            yield graph, lines

    with atomic_text_file(path) as out:
        triples = write_chunks(out, chunks(), format=format, progress=lambda n: progress(n, expected))
    return SynthReport(
        path=path, format=format, institutions=institutions, seed=seed, triples=triples,
        graphs=len(graphs) if format != "nt" else 1, seconds=time.perf_counter() - started,
        stats=synthesis.stats,
    )
