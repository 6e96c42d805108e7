"""``unikg ingest`` (a draft of a new article's facts) and ``unikg evaluate`` (its scores)."""

from __future__ import annotations

import sys
from pathlib import Path

from unikg.graph.errors import UserError
from unikg.graph.namespaces import is_slug
from unikg.graph.settings import Settings

from . import output


def register(commands) -> None:
    p = commands.add_parser(
        "ingest", help="extract a draft of new articles' facts (text or HTML), or load them (--apply)"
    )
    p.add_argument(
        "articles", nargs="+", metavar="ARTICLE",
        help="a .txt or .html file, a folder of them, or - to read standard input; as many as you like",
    )
    p.add_argument("--title", help="the article's title (default: from the HTML page; one article only)")
    p.add_argument("--date", help="publication date, YYYY-MM-DD (or YYYY-MM, YYYY); default: from the page (one article only)")
    p.add_argument("--source", help="where it comes from: its URL, or the publisher's name (one article only)")
    p.add_argument("--id", dest="document_id", metavar="SLUG", help="the article's slug (default: from its title; one article only)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the draft as JSON for scripts (a list for several articles)")
    mode.add_argument("-o", "--output", metavar="DIR", help="write the draft files into DIR for review")
    mode.add_argument(
        "--apply", action="store_true",
        help="write the article and its facts into the data folder, marked machine-extracted, and rebuild",
    )
    p.set_defaults(run=run_ingest)

    p = commands.add_parser(
        "evaluate",
        help="score the extractor: on the curated articles leaving one out, or on articles with gold (--gold DIR)",
    )
    p.add_argument(
        "--gold", metavar="DIR",
        help="a folder of articles/NN.txt with gold/NN.yaml: strict scores per category, with every error",
    )
    p.add_argument("--json", action="store_true", help="print the scores (and, with --gold, the errors) as JSON")
    p.add_argument(
        "--results", metavar="FILE",
        help="also keep the scores as a section of this Markdown file, e.g. bench/RESULTS.md (replaced in place)",
    )
    p.set_defaults(run=run_evaluate)


ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml")


def article_names(names: list[str]) -> list[str]:
    """The articles to read: files as given, a folder's .txt and .html files (sorted), "-"."""
    found = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            inside = sorted(str(p) for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not inside:
                raise UserError(f"{name}: a folder with no .txt or .html article in it")
            found += inside
        else:
            found.append(name)
    if found.count("-") > 1:
        raise UserError("- (standard input) can be given once")
    return found


def read_input(name: str, *, max_bytes: int) -> bytes:
    """The bytes of a file (or stdin for "-"), refusing more than ``max_bytes`` before reading it."""
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(name)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise UserError(
                    f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit for an article "
                    "(set UNIKG_INGEST_MAX_BYTES to raise it)"
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise UserError(f"{name}: file not found") from None
        except PermissionError:
            raise UserError(f"{name}: not readable (permission denied)") from None
    return data


def run_ingest(args, settings: Settings) -> int:
    """Each article in turn, in one process (the pipeline is built once): a summary line each,
    a progress bar on a terminal for several. With several articles, one that fails is one
    line on stderr and the others go on; the exit status is then 1."""
    names = article_names(args.articles)
    if len(names) > 1 and any(v is not None for v in (args.title, args.date, args.source, args.document_id)):
        raise UserError("--title, --date, --source and --id describe one article; give one, or leave them out")
    if args.document_id is not None and not is_slug(args.document_id):
        raise UserError(f"--id {args.document_id!r} is not a slug (lower-case ASCII words joined by '-')")
    batch = _Batch(args, settings)
    if len(names) == 1:
        batch.ingest(names[0])  # a bad article is the command's one-line error
    else:
        from tqdm import tqdm

        with tqdm(total=len(names), unit="article", desc="unikg ingest", file=sys.stderr, disable=None, dynamic_ncols=True) as bar:
            batch.say = lambda line: bar.write(line, file=sys.stderr)
            for name in names:
                try:
                    batch.ingest(name)
                except UserError as error:
                    batch.failed += 1
                    bar.write(f"unikg: error: {error}", file=sys.stderr)
                bar.update(1)
    if args.json:
        output.print_json(batch.json[0] if len(names) == 1 else batch.json)
    return 1 if batch.failed else 0


class _Batch:
    """What the articles of one ``unikg ingest`` share: the registry, the pipeline, the ids taken."""

    def __init__(self, args, settings: Settings):
        from unikg.graph.documents import load_documents
        from unikg.graph.ingest.apply import existing_fact_ids
        from unikg.graph.reference import REFERENCE_FILE
        from unikg.graph.reference_linking import Linker as ReferenceLinker
        from unikg.graph.registry import load_registry

        self.args = args
        self.settings = settings
        self.registry = load_registry(settings.data_dir)
        self.taken = set(load_documents(settings.data_dir))
        self.fact_ids = existing_fact_ids(settings.data_dir)
        self.nlp = None
        self.reference = ReferenceLinker.default(settings.data_dir / REFERENCE_FILE)  # the new organisations' ROR links
        self.json: list[dict] = []
        self.failed = 0
        self.drafts = 0
        self.say = output.progress_line

    def ingest(self, name: str) -> None:
        from unikg.graph.ingest.draft import make_draft, to_json
        from unikg.graph.ingest.extract import document_slug, extract
        from unikg.graph.ingest.pipeline import build_pipeline
        from unikg.graph.ingest.text import read_article

        args, settings = self.args, self.settings
        shown = "<stdin>" if name == "-" else name
        data = read_input(name, max_bytes=settings.ingest_max_bytes)
        article = read_article(
            data, name=shown, max_bytes=settings.ingest_max_bytes, title=args.title, date=args.date, source=args.source,
        )
        document_id = args.document_id or document_slug(article, taken=self.taken)
        if self.nlp is None:
            self.nlp = build_pipeline(self.registry)
        extraction = extract(article, registry=self.registry, document_id=document_id, pipeline=self.nlp)
        draft = make_draft(extraction, registry=self.registry, taken_ids=self.fact_ids, reference=self.reference)
        self.taken.add(document_id)
        self.fact_ids |= set(draft.agreement_ids)
        entities = len({item.entity.id for item in extraction.linked})
        self.say(
            f"unikg: {shown}: {len(extraction.linked)} mentions of {entities} entities ({len(extraction.new_entities)} new), "
            f"{len(extraction.agreements)} agreement(s), {len(extraction.memberships)} membership(s), {len(extraction.roles)} role(s)"
        )
        if args.json:
            self.json.append(to_json(extraction, draft))
        elif args.output:
            written = write_draft_files(draft, Path(args.output))
            print("wrote the draft for review: " + ", ".join(str(p) for p in written))
        elif args.apply:
            self._apply(draft)
        else:
            if self.drafts:
                sys.stdout.write("---\n")
            sys.stdout.write(draft.annotations_yaml())
            sys.stdout.write("---\n")
            sys.stdout.write(draft.registry_yaml())
        self.drafts += 1

    def _apply(self, draft) -> None:
        from unikg.graph.ingest.apply import apply_draft
        from unikg.graph.registry import load_registry

        applied = apply_draft(draft, data_dir=self.settings.data_dir, dataset_path=self.settings.dataset_path, progress=self.say_progress)
        for path in applied.written:
            print(f"wrote {path}")
        print(
            f"applied {applied.document_id}: rebuilt {applied.report.path} ({applied.report.quads} quads "
            f"in {applied.report.graphs} named graphs); its facts are marked machine-extracted"
        )
        self.registry = load_registry(self.settings.data_dir)  # the next article knows what this one added
        self.nlp = None

    def say_progress(self, message: str) -> None:
        self.say(f"unikg: {message}")


def write_draft_files(draft, folder: Path) -> list[Path]:
    """The four draft files, each written atomically, for a curator to review."""
    from unikg.graph.files import write_atomically

    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder}: exists and is not a folder")
    parts = {
        f"{draft.document_id}.txt": draft.text if draft.text.endswith("\n") else draft.text + "\n",
        f"{draft.document_id}.documents.yaml": draft.document_yaml(),
        f"{draft.document_id}.yaml": draft.annotations_yaml(),
        f"{draft.document_id}.registry.yaml": draft.registry_yaml(),
    }
    written = []
    for file, content in parts.items():
        write_atomically(folder / file, content.encode("utf-8"))
        written.append(folder / file)
    return written


def run_evaluate(args, settings: Settings) -> int:
    if args.gold:
        return _evaluate_gold(args, settings)
    from unikg.graph.ingest.evaluate import CATEGORIES, evaluate, write_results

    evaluation = evaluate(settings.data_dir)
    if args.json:
        output.print_json(evaluation.as_json())
    else:
        _print_totals(evaluation, CATEGORIES, heading="scored")
        rows = [[a.document, *(f"{a.scores[c].f1:.2f}" for c in CATEGORIES), len(a.held_out)] for a in evaluation.articles]
        print(output.table(["article (F1)", *CATEGORIES, "held out"], rows, width=45))
    if args.results:
        write_results(Path(args.results), evaluation)
        output.progress(f"wrote the scores to {args.results}")
    return 0


def _print_totals(evaluation, categories, *, heading: str) -> None:
    """One row per category: precision, recall, F1 and the counts behind them."""
    rows = []
    for category in categories:
        s = evaluation.total(category)
        rows.append([category, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", s.tp, s.fp, s.fn])
    print(output.table([heading, "precision", "recall", "F1", "tp", "fp", "fn"], rows))
    print()


def _evaluate_gold(args, settings: Settings) -> int:
    from unikg.graph.ingest.gold import CATEGORIES, evaluate_gold, write_results

    evaluation = evaluate_gold(Path(args.gold), settings.data_dir)
    if args.json:
        output.print_json(evaluation.as_json())
    else:
        _print_totals(evaluation, CATEGORIES, heading="scored (strict)")
        rows = [[r.article, *(f"{r.scores[c].f1:.2f}" for c in CATEGORIES), r.curated_as or ""] for r in evaluation.results]
        print(output.table(["article (F1)", *CATEGORIES, "curated as (held out)"], rows, width=45))
        for r in evaluation.results:
            if r.errors:
                print(f"\n{r.article}:")
            for e in r.errors:
                print(f"  {e.category}, {e.what}: {e.detail}")
                if e.sentence:
                    print(f"      « {' '.join(e.sentence.split())} »")
    if args.results:
        write_results(Path(args.results), evaluation, folder=args.gold)
        output.progress(f"wrote the scores to {args.results}")
    return 0
