"""Command line: `cleanpage [clean] INPUT...`, `cleanpage train`, `cleanpage evaluate`, `cleanpage corpus`.

The CLI only parses arguments and calls importable functions.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from collections import Counter, deque
from collections.abc import Container, Iterator, Sequence
from pathlib import Path

from . import __version__
from .cleaner import MAX_BYTES_DEFAULT, Cleaner, Options, default_model, default_model_path
from .errors import CleanError, ModelError, OptionError
from .io import check_protocols, expand_inputs, is_warc, iter_inputs, read_input
from .model import META_FILE, BlockModel
from .output import FORMATS, Output, format_for
from .parallel import check_jobs, run_batches
from .records import Result
from .signals import SIGNAL_MODES

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
TIMEOUT_DEFAULT = 60.0


MAX_EXAMPLES = 5  # file names quoted when files are passed over


def include_ext(value: str | None) -> frozenset[str]:
    """`--include-ext php,.asp` as a set of lower-case suffixes with their dot."""
    return frozenset("." + e.strip().lower().lstrip(".") for e in (value or "").split(",") if e.strip())


class HelpFormatter(argparse.HelpFormatter):
    """Every option's help ends with its default, unless the help already names it or there is none."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if (
            action.default is None
            or action.default is False
            or action.default == argparse.SUPPRESS
            or "default" in text
            or not action.option_strings
        ):
            return text
        return f"{text} (default: %(default)s)".strip()


def clean_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        formatter_class=HelpFormatter,
        prog="cleanpage",
        description="Clean article text out of scraped pages (HTML or plain text).",
        epilog="Other commands: cleanpage train|evaluate|corpus|synth --help",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files (.html .htm .txt, optionally .gz; .warc .warc.gz), folders, fsspec URLs, or - for stdin",
    )
    p.add_argument("-o", "--output", help="output file or fsspec URL (default: stdout); written atomically, .gz compresses")
    p.add_argument("--format", choices=FORMATS, help="jsonl (default), txt, md, or parquet (default for .parquet outputs)")
    p.add_argument(
        "--resume", action="store_true", help="skip inputs already in the output (or its .part file) and finish the run"
    )
    p.add_argument("--jobs", type=int, default=1, help="worker processes (-1: all cores)")
    p.add_argument(
        "--include-ext",
        metavar="EXTS",
        help="in folders, also take files with these extensions (e.g. php,asp); files whose first bytes are HTML "
        "are taken whatever their name, and the rest are counted on stderr",
    )
    p.add_argument("--no-tables", action="store_true", help="leave the cells of data tables out of the text")
    p.add_argument(
        "--no-paragraphs",
        action="store_true",
        help="lean records: JSON Lines or Parquet without the per-paragraph list (text and metadata only)",
    )
    p.add_argument("--dask-scheduler", metavar="ADDRESS", help="run on a Dask cluster (e.g. tcp://host:8786)")
    p.add_argument("--model", help="model folder (default: the shipped model)")
    p.add_argument(
        "--trust-model",
        action="store_true",
        help="allow --model to be a pickle file (.pkl/.joblib); unpickling runs code, so only for files you trust",
    )
    p.add_argument("--threshold", type=float, help="keep blocks with P(content) >= this (default: the model's tuned value)")
    p.add_argument("--max-bytes", type=int, default=MAX_BYTES_DEFAULT, help="inputs larger than this get an error record")
    p.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT_DEFAULT,
        help="seconds allowed per input; a slower one gets an error record (default: %(default)s; 0: none)",
    )
    p.add_argument("--url", help="URL of the page (single input)")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens to each input")
    p.add_argument("--version", action="version", version=f"cleanpage {__version__}")
    return p


def clean_inputs(
    cleaner: Cleaner,
    inputs: Sequence[str],
    *,
    max_bytes: int,
    n_jobs: int = 1,
    skip: Container[str] = (),
    url: str | None = None,
    skipped: Counter | None = None,
    include_ext: Container[str] = (),
    passed_over: list[str] | None = None,
) -> Iterator[Result]:
    """Read and clean inputs lazily, one Result per input in input order (read failures too);
    WARC responses that are not pages are counted in `skipped` instead."""
    items = iter_inputs(inputs, max_bytes, skip, skipped, include_ext=include_ext, passed_over=passed_over)
    readable: deque = deque()  # read failures keep their place in the output order

    def work():
        for item in items:
            readable.append(item)
            yield (item.source, item.data if item.error is None else b"", url or item.url)

    for result in run_batches(cleaner, work(), n_jobs=n_jobs):
        item = readable.popleft()
        yield item.failure() if item.error is not None else result


def run_clean(argv: Sequence[str]) -> int:
    args = clean_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="cleanpage: %(message)s")
    if not args.verbose:  # trafilatura logs its own complaints about hostile pages; the record says enough
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    dask_client = None
    try:
        check_jobs(args.jobs)
        check_protocols([*args.inputs, *([args.output] if args.output else [])])
        if args.dask_scheduler:
            from .distributed import connect

            dask_client = connect(args.dask_scheduler)  # before any output is opened
        if args.url and (len(args.inputs) > 1 or Path(args.inputs[0]).is_dir() or is_warc(args.inputs[0])):
            raise OptionError("--url names the page of a single input file, not of several inputs, a folder or a WARC")
        if (
            args.output
            and args.format
            and args.format != format_for(args.output, None)
            and "parquet" in (args.format, format_for(args.output, None))
        ):
            raise OptionError(f"--format {args.format} does not match the output file {args.output}")
        cleaner = Cleaner(
            args.model,
            trust_pickle=args.trust_model,
            options=Options(
                threshold=args.threshold,
                max_bytes=args.max_bytes,
                timeout=args.timeout or None,
                include_tables=not args.no_tables,
            ),
        )
        if args.model or args.jobs == 1:
            _ = cleaner.model  # fail early on a bad model
        elif not (default_model_path() / META_FILE).is_file():  # workers load it; keep this process light
            raise ModelError(f"the shipped model is missing from {default_model_path()}; reinstall cleanpage")
        output = Output(args.output, format_for(args.output, args.format), resume=args.resume, paragraphs=not args.no_paragraphs)
    except (CleanError, ValueError) as exc:
        print(f"cleanpage: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    failed = 0
    skipped: Counter = Counter()
    passed_over: list[str] = []
    progress = None
    previous_term = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with output:
            if args.resume:
                print(f"cleanpage: resuming: {len(output.done)} inputs already done are skipped", file=sys.stderr)
            progress = _progress(args.inputs, include_ext(args.include_ext), len(output.done))
            if args.dask_scheduler:
                from .distributed import clean_on_dask

                results = clean_on_dask(args.inputs, cleaner, dask_client, max_bytes=args.max_bytes, skip=output.done)
            else:
                results = clean_inputs(
                    cleaner,
                    args.inputs,
                    max_bytes=args.max_bytes,
                    n_jobs=args.jobs,
                    skip=output.done,
                    url=args.url,
                    skipped=skipped,
                    include_ext=include_ext(args.include_ext),
                    passed_over=passed_over,
                )
            for result in results:
                if result.error:
                    failed += 1
                    print(f"cleanpage: {result.source}: {result.error}", file=sys.stderr)
                output.write(result)
                if progress is not None:
                    progress.update(1)
    except KeyboardInterrupt:
        where = (
            f"; {output.written} records kept in {output.partial_path}, run again with --resume to finish"
            if output.partial_path
            else ""
        )
        print(f"cleanpage: interrupted{where}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except CleanError as exc:  # the output cannot be used (a directory, locked by another run)
        print(f"cleanpage: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # a read-only folder, a full disk
        kept = (
            f"; {output.written} records kept in {output.partial_path}, run again with --resume once it is fixed"
            if output.partial_path and output.written
            else ""
        )
        print(f"cleanpage: error: cannot write {args.output or 'the output'}: {exc.strerror or exc}{kept}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        signal.signal(signal.SIGTERM, previous_term)
        if dask_client is not None:
            dask_client.close()
        if progress is not None:
            progress.close()
    if passed_over:
        examples = ", ".join(passed_over[:MAX_EXAMPLES]) + (", …" if len(passed_over) > MAX_EXAMPLES else "")
        print(
            f"cleanpage: passed over {len(passed_over)} file{'s' if len(passed_over) != 1 else ''} in folders that are pages "
            "neither by name nor by content "
            f"({examples}); --include-ext takes files by extension",
            file=sys.stderr,
        )
    if skipped:
        print(
            f"cleanpage: skipped {sum(skipped.values())} WARC responses that are not pages: "
            + ", ".join(f"{n} {why}" for why, n in skipped.most_common()),
            file=sys.stderr,
        )
    if failed:
        print(f"cleanpage: {failed} of {output.written} inputs failed", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _progress(inputs: Sequence[str], include: frozenset[str] = frozenset(), done: int = 0):
    """A progress bar on a terminal for several inputs: with a total and an ETA when the inputs
    are local files and folders (counted first: one walk, which reads the first bytes of files
    not named as pages, as the run will), without one for WARC files and URLs, whose pages are
    known only as they are read."""
    many = len(inputs) > 1 or any(Path(i).is_dir() or "://" in i for i in inputs if i != "-")
    if not (many and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    total = None
    if not any(i == "-" or "://" in i for i in inputs):
        sources = list(expand_inputs(inputs, include))
        total = None if any(is_warc(s) for s in sources) else max(0, len(sources) - done)
    return tqdm(unit="page", file=sys.stderr, total=total)


def _interrupt(signum, frame):
    """SIGTERM ends a run the way Ctrl-C does: whole records kept, the output left resumable."""
    raise KeyboardInterrupt


def run_train(argv: Sequence[str]) -> int:
    from .training.corpus import read_corpus
    from .training.synth import parse_families
    from .training.train import TrainConfig, train

    p = argparse.ArgumentParser(
        formatter_class=HelpFormatter,
        prog="cleanpage train",
        description="Train a model on derived corpus files (train split; dev split tunes the threshold).",
    )
    p.add_argument("corpus", nargs="+", help="derived corpus files (.jsonl or .jsonl.gz)")
    p.add_argument("-o", "--output", required=True, help="model folder to write")
    p.add_argument("--seed", type=int, default=0, help="random seed")
    p.add_argument("--no-filler", action="store_true", help="train without synthetic SEO filler")
    p.add_argument("--families", help="comma-separated filler families to plant (default: all)")
    p.add_argument("--max-iter", type=int, help="boosting iterations per stage (default: the config's)")
    p.add_argument(
        "--stacked",
        action="store_true",
        help="add a second stage that sees the neighbouring blocks' first-stage scores "
        "(higher F1 on held-out sites, twice the trees per page)",
    )
    p.add_argument(
        "--envelope-quantile",
        type=float,
        help="quantile of the corpus's content blocks that limits keyword density (default: the config's)",
    )
    p.add_argument("--no-envelope", action="store_true", help="no content envelope: the trees alone decide")
    p.add_argument("--jobs", type=int, default=-1, help="worker processes (-1: one per core)")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    kwargs: dict = {"seed": args.seed, "n_jobs": args.jobs}
    if args.max_iter:
        kwargs["max_iter"] = args.max_iter
    if args.stacked:
        kwargs["stacked"] = True
    if args.no_envelope:
        kwargs["envelope_quantile"] = None
    elif args.envelope_quantile is not None:
        kwargs["envelope_quantile"] = args.envelope_quantile
    try:
        if args.no_filler:
            kwargs["families"] = ()
        elif args.families:
            kwargs["families"] = parse_families(args.families)
        config = TrainConfig(**kwargs)
    except ValueError as exc:
        print(f"cleanpage train: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    pages = list(read_corpus(*args.corpus, splits=("train", "dev")))
    try:
        model, report = train([p for p in pages if p.split == "train"], [p for p in pages if p.split == "dev"], config)
    except ValueError as exc:  # inputs that disagree are refused before any fitting
        print(f"cleanpage train: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    model.save(args.output)
    print(
        json.dumps(
            {
                "threshold": report.threshold,
                "train_pages": report.n_train_pages,
                "dev_pages": report.n_dev_pages,
                "dev": report.dev,
            },
            indent=1,
        )
    )
    return EXIT_OK


def run_evaluate(argv: Sequence[str]) -> int:
    from .cleaner import default_model
    from .training.corpus import read_corpus
    from .training.train import evaluate_pages

    p = argparse.ArgumentParser(
        formatter_class=HelpFormatter,
        prog="cleanpage evaluate",
        description="Page-level shingle P/R/F1 and block-level P/R/F1 per label.",
    )
    p.add_argument("corpus", nargs="+", help="derived corpus files to score")
    p.add_argument("--model", help="model folder (default: the shipped model)")
    p.add_argument("--split", default="test", help="split to evaluate: train, dev, test or all (default: test)")
    p.add_argument("--threshold", type=float, help="threshold on P(content) (default: the model's tuned value)")
    p.add_argument("--jobs", type=int, default=-1, help="worker processes (-1: one per core)")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    model = BlockModel.load(args.model) if args.model else default_model()
    splits = None if args.split == "all" else (args.split,)
    pages = list(read_corpus(*args.corpus, splits=splits))
    if not pages:
        print(f"cleanpage evaluate: error: no pages in split {args.split!r}", file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(evaluate_pages(model, pages, args.threshold, n_jobs=args.jobs), indent=1))
    return EXIT_OK


def run_corpus(argv: Sequence[str]) -> int:
    from .training.corpus import DATASETS, build_corpus

    p = argparse.ArgumentParser(
        formatter_class=HelpFormatter,
        prog="cleanpage corpus",
        description="Convert labelled datasets (NAME/input + NAME/GoldStandard) into a derived corpus.",
    )
    p.add_argument("root", help="folder holding the unpacked datasets")
    p.add_argument("-o", "--output", required=True, help="corpus file to write (.jsonl or .jsonl.gz)")
    p.add_argument("--datasets", default=",".join(DATASETS), help="comma-separated datasets to read")
    p.add_argument("--splits", help="also write the page splits (id, dataset, site, split) to this TSV file")
    p.add_argument(
        "--signal",
        choices=SIGNAL_MODES,
        help="trafilatura signal stored with each page (a model uses the one it was trained on; default: the shipped model's)",
    )
    p.add_argument("--jobs", type=int, default=-1, help="worker processes (-1: one per core)")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    report = build_corpus(
        args.root,
        args.output,
        [d for d in args.datasets.split(",") if d],
        n_jobs=args.jobs,
        splits_out=args.splits,
        signal_mode=args.signal or default_model().signal_mode,
    )
    print(json.dumps(report, indent=1))
    return EXIT_OK


def run_synth(argv: Sequence[str]) -> int:
    from .training.corpus import DATASETS
    from .training.plant_html import synth_corpus
    from .training.synth import FAMILIES, parse_families

    p = argparse.ArgumentParser(
        formatter_class=HelpFormatter,
        prog="cleanpage synth",
        description="Plant SEO filler into the HTML of labelled pages (and plain-text renderings of them); "
        "writes a corpus file with exact labels and filler kinds.",
    )
    p.add_argument("root", help="folder holding the unpacked datasets (NAME/input + NAME/GoldStandard)")
    p.add_argument("-o", "--output", required=True, help="corpus file to write (.jsonl, .jsonl.gz or .jsonl.xz)")
    p.add_argument("--datasets", default=",".join(DATASETS), help="comma-separated datasets to read")
    p.add_argument("--splits", default="train,dev,test", help="site splits to take pages from")
    p.add_argument("--families", default=",".join(FAMILIES), help="filler families to plant")
    p.add_argument("--seed", type=int, default=0, help="random seed")
    p.add_argument("--text-share", type=float, default=0.3, help="share of planted pages also rendered as a text dump")
    p.add_argument(
        "--signal",
        choices=SIGNAL_MODES,
        help="trafilatura signal of the planted pages (must match the corpus it trains with; default: the shipped model's)",
    )
    p.add_argument("--jobs", type=int, default=-1, help="worker processes (-1: one per core)")
    args = p.parse_args(argv)
    try:
        families = parse_families(args.families)
    except ValueError as exc:
        print(f"cleanpage synth: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    report = synth_corpus(
        args.root,
        args.output,
        [d for d in args.datasets.split(",") if d],
        splits=tuple(args.splits.split(",")),
        families=families,
        seed=args.seed,
        text_share=args.text_share,
        signal_mode=args.signal or default_model().signal_mode,
        n_jobs=args.jobs,
    )
    print(json.dumps(report, indent=1))
    return EXIT_OK


def run_explain(argv: Sequence[str]) -> int:
    from .explain import explain, render_html

    p = argparse.ArgumentParser(
        formatter_class=HelpFormatter,
        prog="cleanpage explain",
        description="Write a self-contained HTML report of every block of one page: its label, "
        "score, filler family, the rule that decided it, with a threshold slider.",
    )
    p.add_argument("page", help="HTML or text file (or - for stdin, or a URL fsspec can read)")
    p.add_argument("-o", "--output", help="report file to write (default: PAGE's name + .explain.html)")
    p.add_argument("--model", help="model folder (default: the shipped model)")
    p.add_argument("--threshold", type=float, help="threshold the report opens at (default: the model's)")
    p.add_argument("--url", help="the page's URL, when the file does not say")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="cleanpage: %(message)s")
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    out = Path(args.output or ("explain.html" if args.page == "-" or "://" in args.page else args.page + ".explain.html"))
    try:
        cleaner = Cleaner(args.model, options=Options(threshold=args.threshold))
        _ = cleaner.model
        report = render_html(
            explain(read_input(args.page, cleaner.options.max_bytes), args.url, cleaner=cleaner, source=args.page)
        )
    except (OptionError, ModelError) as exc:
        print(f"cleanpage explain: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CleanError as exc:
        print(f"cleanpage explain: error: {args.page}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        out.write_text(report, encoding="utf-8")
    except OSError as exc:
        print(f"cleanpage explain: error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    print(out)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    runners = {
        "clean": run_clean,
        "train": run_train,
        "evaluate": run_evaluate,
        "corpus": run_corpus,
        "synth": run_synth,
        "explain": run_explain,
    }
    command = argv[0] if argv and argv[0] in runners else "clean"
    if argv and argv[0] in runners:
        argv = argv[1:]
    runner = runners[command]
    try:
        return runner(argv)
    except CleanError as exc:
        print(f"cleanpage: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("cleanpage: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
