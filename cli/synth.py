"""``unikg synth``: write a large synthetic graph in the project's ontology (for scale tests)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from unikg.graph.errors import UserError
from unikg.graph.settings import Settings


def register(commands) -> None:
    p = commands.add_parser(
        "synth",
        help="generate a synthetic graph of N institutions (deterministic for a seed)",
        description="Generate a synthetic dataset shaped like `unikg build`'s output: "
        "institutions, alliances, agreements with parties, dates, areas and signatories, "
        "events, and synthetic articles with verbatim quotes as evidence. The same "
        "arguments give a byte-identical file. About 93 triples per institution.",
    )
    size = p.add_mutually_exclusive_group(required=True)
    size.add_argument("--institutions", type=int, metavar="N", help="number of institutions")
    size.add_argument(
        "--triples", type=int, metavar="T",
        help="aim at about T triples (chooses the number of institutions)",
    )
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    p.add_argument(
        "--format", choices=["nt", "nq", "trig"],
        help="nt (one graph), nq or trig (one named graph per article, plus registry and "
        "ontology graphs); default: from the file extension, else nq",
    )
    p.set_defaults(run=run_synth)


def run_synth(args, settings: Settings) -> int:
    from unikg.graph.synth import institutions_for_triples, synthesize

    if args.triples is not None:
        if args.triples < 5000:
            raise UserError(f"--triples must be at least 5000 (the ontology alone has ~1200), not {args.triples}")
        institutions = institutions_for_triples(args.triples, seed=args.seed)
    else:
        institutions = args.institutions
    progress = Progress(f"synth: {institutions:,} institutions")
    try:
        report = synthesize(
            Path(args.output), institutions=institutions, seed=args.seed, format=args.format,
            progress=progress,
        )
    finally:
        progress.close()
    s = report.stats
    print(
        f"wrote {args.output}: {report.triples:,} triples in {report.graphs:,} graph(s) "
        f"({s.institutions:,} institutions, {s.agreements:,} agreements, {s.documents:,} articles; "
        f"top hub {s.top_hub} with {s.top_hub_partners:,} partners) in {report.seconds:.1f} s"
    )
    return 0


class Progress:
    """A progress line on stderr: rewritten in place on a terminal, every 10 % otherwise."""

    def __init__(self, what: str, *, stream=None):
        self.what = what
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.last = 0.0
        self.step = -1

    def __call__(self, done: int, expected: int) -> None:
        share = min(done / expected, 0.99) if expected else 0.0
        if self.tty:
            now = time.monotonic()
            if now - self.last >= 0.25:
                self.last = now
                print(f"\runikg: {self.what}: {done:,} triples ({share:.0%})", end="", file=self.stream, flush=True)
        elif int(share * 10) > self.step:
            self.step = int(share * 10)
            print(f"unikg: {self.what}: {done:,} triples ({share:.0%})", file=self.stream, flush=True)

    def close(self) -> None:
        """End the line rewritten in place."""
        if self.tty and self.last:
            print(file=self.stream, flush=True)
