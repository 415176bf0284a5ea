"""The command line: a thin face over the library.

Every command calls the same library functions as the Python API and the web app. Library
errors arrive as ``NewsfuseError`` and leave as one line on stderr with a non-zero status;
a traceback is shown only with NEWSFUSE_DEBUG=1.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__, interrupts, pipeline
from .cli_style import NewsfuseTyper
from .corpus.executor import ENGINES
from .errors import InputError, NewsfuseError, UsageError, check_choice
from .pipeline import DEFAULT_FIGURES, DEFAULT_WORDS, NEEDS_NER, SECTIONS_HELP
from .render import FORMATS, check_format as render_format
from .summarize import DEFAULT_SCORER
from .write_all import write_all

# Plain help like git, pip and ruff (no type names such as <str>), -h as well as --help.
app = NewsfuseTyper(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]},
                  help="Read many news reports of one story as one.")


def _usage(check):
    """A Typer callback from a check every face shares (``errors.check_choice``): its refusal
    is a usage error here, in the same words the web API and batch use."""
    def callback(value):
        try:
            return check(value)
        except InputError as exc:
            raise typer.BadParameter(exc.reason) from None
    return callback


check_engine = _usage(lambda value: check_choice("--engine", value, ENGINES, "an engine"))
check_scorer = _usage(pipeline.check_scorer)
check_figures = _usage(pipeline.check_figures)
check_words = _usage(pipeline.check_words)  # before any input is read, as every other value
check_format = _usage(lambda value: render_format(value.strip().lower(), "--format"))
check_score_format = _usage(lambda value: check_choice("--format", value, ("text", "json"), "a format eval-stories writes"))


@_usage
def check_systems(value: str) -> str:
    """eval's --systems, each name of the comma list refused as any other wrong choice is."""
    from .evaluate import SYSTEMS

    for name in (s.strip() for s in value.split(",") if s.strip()):
        check_choice("--systems", name, SYSTEMS, "a system to score")
    return value
# The environment's address is read only once Dask is chosen: it never turns a local run into a Dask one.
ADDRESS_HELP = ("A running Dask scheduler (tcp://HOST:PORT); implies --engine dask. With --engine dask "
                "and no --address: DASK_SCHEDULER_ADDRESS, else a local Dask cluster.")
SCORER_HELP = ("Summary sentence scorer: heuristic (hand-set weights, the default) or learned "
               "(trained on Multi-News; non-commercial licence, see README).")


def _words_option():
    return typer.Option(DEFAULT_WORDS, "--words", "-w", metavar="N", callback=check_words,
                        help="Summary length in words.")


def _scorer_option():
    return typer.Option(DEFAULT_SCORER, "--scorer", metavar="SCORER", callback=check_scorer, help=SCORER_HELP)


FIGURES_HELP = ("How the claims section groups two reports' figures: rules (the hand rules, the "
                "default, no trained model) or learned (the shipped linker: more shared figures "
                "found, more wrong groups; trained on annotations of Multi-News, non-commercial "
                "licence, see README).")


def _figures_option():
    return typer.Option(DEFAULT_FIGURES, "--figures", metavar="GROUPING", callback=check_figures,
                        help=FIGURES_HELP)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"newsfuse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", "-V", callback=_show_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Read many news reports of one story as one."""


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"newsfuse: error: {message}", err=True)
    raise typer.Exit(code)


def check_port(value: int) -> int:
    """--port in the project's words: a number the socket layer would refuse deep inside uvicorn."""
    if not 1 <= value <= 65535:
        raise typer.BadParameter(f"{value} is not a TCP port; use 1 to 65535")
    return value


def check_queue(value: int) -> int:
    """--queue below 0 would answer every brief with 503: say so instead of serving nothing."""
    if value < 0:
        raise typer.BadParameter(f"{value} briefs cannot wait; use 0 (none wait) or more")
    return value


def check_cut(value: int) -> int:
    """eval's --words below 1 cuts every summary to nothing, and every system scored 0: a
    table that looks like a result. Refused, since no length under 1 word measures anything."""
    if value < 1:
        raise typer.BadParameter(f"summaries cut at {value} words score nothing; use 1 or more")
    return value


def parse_sections(value: str) -> list[str]:
    """'all', 'none' or a comma list, as the list of sections to compute."""
    try:
        return pipeline.check_sections(pipeline.parse_sections(value))
    except InputError as exc:  # an unknown name, or a list naming nothing (',,'): a usage error
        raise typer.BadParameter(exc.reason, param_hint="'--sections'") from None


def _write(text: str, out: Optional[Path], last: bool = False) -> None:
    """All of ``text`` or nothing: a signal during the write waits for its end, and a file is
    written beside its target and renamed over it (an interrupted one is removed). A target
    that is not a regular file (a device, a pipe, /dev/stdout) is written in place, since
    renaming over it would replace the device node itself; a symlink's target is replaced, not
    the link. ``last``: the command's whole output, with nothing left to do after it; a
    signal from the moment it is committed lets it end as done (``interrupts.output_committed``)."""
    try:
        if out is None:
            with interrupts.held():
                if last:
                    interrupts.output_committed()
                write_all(sys.stdout, text)
            return
        if out.exists() and not out.is_file():
            with open(out, "w", encoding="utf-8") as handle:
                write_all(handle, text)
            return
        out = Path(os.path.realpath(out))
        out.parent.mkdir(parents=True, exist_ok=True)
        # this process's own: two runs given one --out (a cron job overlapping the last) shared
        # "brief.json.part", and the first to finish renamed the other's half file into place
        tmp = out.with_name(f"{out.name}.{os.getpid()}.part")
        try:
            tmp.write_text(text, encoding="utf-8")
            with interrupts.held():
                if last:
                    interrupts.output_committed()
                tmp.replace(out)
        except BaseException:  # a full disk, an interrupt: no half file left beside the target
            tmp.unlink(missing_ok=True)
            raise
    except BrokenPipeError:
        raise  # 'newsfuse brief ... | head': main() says nothing
    except OSError as exc:
        if out is None:
            fail(f"standard output: cannot write ({exc.strerror or exc})")
        from .output_path import write_error

        fail(f"{out}: {write_error(out, exc)}")


def _deliver(result, format: str, out: Optional[Path]) -> None:
    """A brief's output, its last step: the terminal report, or the rendered format on
    standard output or in ``out``. Once it is being delivered a signal lets it end as done."""
    if format == "text" and out is None:
        from rich.console import Console

        from .render.text import print_brief

        console = Console()
        if os.name == "posix":  # rendered first, then written as the other formats are
            with console.capture() as captured:
                print_brief(result, console)
            with interrupts.held():
                interrupts.output_committed()
                write_all(sys.stdout, captured.get())
            return
        with interrupts.held():  # a Windows console takes rich's own calls
            interrupts.output_committed()
            print_brief(result, console)
            sys.stdout.flush()
        return
    from .render import render

    _write(render(result, format), out, last=True)


@app.command()
def brief(
    paths: Optional[List[str]] = typer.Argument(
        None, metavar="PATH", help="Files, folders, JSON/JSONL, or - for standard input (not with --store)."),
    format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", callback=check_format,
                               help=f"Output format: {', '.join(FORMATS)}."),
    words: int = _words_option(),
    out: Optional[str] = typer.Option(None, "--out", "-o", metavar="FILE",
                                      help="Write to this file instead of standard output."),
    sections: str = typer.Option("all", "--sections", "-s", metavar="LIST",
                                 help=f"Sections besides the summary: {SECTIONS_HELP}."),
    scorer: str = _scorer_option(),
    figures: str = _figures_option(),
    store: Optional[Path] = typer.Option(
        None, "--store", metavar="PATH", help="Brief a story of this store (made by 'newsfuse group')."),
    story: Optional[str] = typer.Option(
        None, "--story", metavar="ID", help="The story to brief, with --store (see 'newsfuse stories')."),
    all_stories: bool = typer.Option(
        False, "--all", help="With --store: brief every story that has no up-to-date brief, into the store."),
    min_articles: int = typer.Option(1, "--min-articles", metavar="N", help="With --all: stories of at least N articles."),
    engine: str = typer.Option("local", "--engine", metavar="ENGINE", callback=check_engine,
                               help="With --all: where briefs run, local (process pool) or dask."),
    address: Optional[str] = typer.Option(None, "--address", metavar="ADDR",
                                          help=f"With --all: {ADDRESS_HELP[0].lower()}{ADDRESS_HELP[1:]}"),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", metavar="N",
                                          help="With --all: worker processes (default: one per CPU core)."),
) -> None:
    """Brief one story: a cited summary and what the sources agree and disagree on."""
    from . import sidecar
    from .pipeline import brief_articles
    from .readers import path_argument, read_numbered

    out = _out_file(out, f"brief.{_SUFFIXES[format]}")
    if all_stories:
        if store is None or story is not None or paths:
            fail("--all briefs every story of a store: give --store PATH and no --story or input files", 2)
        _brief_all(store, words, sections, min_articles, engine, address, workers, scorer, figures)
        return
    if store is not None or story is not None:
        if paths:
            fail("give input files or --store PATH --story ID, not both", 2)
        if store is None or story is None:
            fail("--store PATH and --story ID go together; list story ids with 'newsfuse stories --store PATH'", 2)
        _brief_from_store(store, story, format, words, out, sections, scorer, figures)
        return
    if not paths:
        fail("missing paths: give the articles to brief (files, folders or -), or --store PATH --story ID", 2)

    reading = read_numbered([path_argument(p) for p in paths], output=out)
    articles, skipped = reading.articles, reading.warnings
    wanted = parse_sections(sections)
    if NEEDS_NER & set(wanted):
        # one brief in this process, and it loads spaCy: the other models' Python start-up goes
        # to a helper process on the other core (a summary-only brief is quicker without one)
        sidecar.enable()
    if not (format == "text" and out is None):  # the terminal report shows them as notes
        for line in skipped:
            typer.echo(f"newsfuse: {line}", err=True)
    progress = brief_progress(articles)
    try:
        result = brief_articles(articles, words=words, sections=wanted, progress=progress,
                                read_warnings=skipped, scorer=scorer, figures=figures, places=reading.places)
    finally:
        progress.close()  # the live display is gone before the report is written
    _deliver(result, format, out)
    _quick_exit.append(True)  # written and closed, nothing else open: see interrupts.finish


_SUFFIXES = {"text": "txt", "md": "md", "json": "json", "html": "html"}  # a format's file suffix


def _out_file(raw: Optional[str], example: str, option: str = "--out") -> Optional[Path]:
    """An --out value as typed, checked before the work (``output_path``)."""
    if raw is None:
        return None
    from .output_path import output_file

    return output_file(raw, example, option)


# A brief of this many words or articles shows its steps on a terminal: at about 100 s of CPU
# per 160,000 words with every section (docs/measurements.md), 20,000 words is some ten
# seconds, a wait worth a word; a smaller brief would only flash a bar.
PROGRESS_WORDS = 20_000
PROGRESS_ARTICLES = 50


def brief_progress(articles, stream=None):
    """The steps of a long brief drawn on the terminal's standard error (``progress``); for a
    short brief, or when standard error is not a terminal, the silent base."""
    from .progress import Progress, TerminalProgress

    stream = stream if stream is not None else sys.stderr
    big = len(articles) >= PROGRESS_ARTICLES or sum(a.words for a in articles) >= PROGRESS_WORDS
    if not big or not stream.isatty():
        return Progress()
    return TerminalProgress(stream)


@app.command()
def batch(
    input: Path = typer.Argument(..., metavar="INPUT",
                                 help='JSONL, one cluster per line: {"id", "documents": [...]}.'),
    out: str = typer.Option(..., "--out", "-o", metavar="FILE",
                            help="Output JSONL; an existing file is resumed."),
    words: int = _words_option(),
    workers: int = typer.Option(1, "--workers", "-j", metavar="N",
                                help="Processes (each loads the models once)."),
    sections: str = typer.Option("none", "--sections", "-s", metavar="LIST",
                                 help=f"Sections besides the summary, per record: {SECTIONS_HELP}."),
    scorer: str = _scorer_option(),
    figures: str = _figures_option(),
) -> None:
    """Brief every cluster of a JSONL file, writing each result as it is done."""
    from tqdm import tqdm

    from .batch import BatchReport, check_input, count_records, run_batch

    wanted = parse_sections(sections)
    check_input(str(input))
    out = _out_file(out, "briefs.jsonl")
    total = count_records(str(input))
    bar = tqdm(total=total, unit="cluster", desc="briefing", disable=None, file=sys.stderr)

    def on_error(rid: str, reason: str) -> None:
        bar.write(f"newsfuse: skipped {rid}: {reason}", file=sys.stderr)

    report = BatchReport()
    try:
        run_batch(str(input), str(out), words=words, workers=workers, sections=wanted, report=report, scorer=scorer,
                  figures=figures, on_done=bar.update, on_error=lambda r, m: (on_error(r, m), bar.update()))
    except interrupts.STOP as exc:
        bar.close()
        finished = report.done + report.skipped
        interrupts.leave(exc, f"interrupted: {finished} of {total} clusters are in {out} "
                              f"({report.done} from this run); rerun the same command to resume")
    bar.update(report.skipped)
    bar.close()
    typer.echo(f"{report.done} briefed, {report.skipped} already done, {len(report.failed)} failed -> {out}",
               err=True)
    if report.failed:
        raise typer.Exit(1)


@app.command(name="eval")
def evaluate_cmd(
    input: Path = typer.Argument(..., metavar="INPUT", help="JSONL with documents and reference summaries."),
    words: int = typer.Option(300, "--words", "-w", metavar="N", callback=check_cut,
                              help="Every summary is cut at this many words."),
    systems: str = typer.Option("newsfuse,lead,lexrank,textrank", "--systems", metavar="LIST", callback=check_systems,
                                help="Systems to score, a comma list of: newsfuse (with --scorer), learned, heuristic "
                                     "(newsfuse with that scorer), lead, lexrank, textrank."),
    json_out: Optional[str] = typer.Option(None, "--json", metavar="FILE",
                                            help="Also write scores (per cluster) as JSON."),
    scorer: str = _scorer_option(),
) -> None:
    """ROUGE-1/2/Lsum of newsfuse and baselines, in the same run, at the same length."""
    import json

    from tqdm import tqdm

    from .batch import check_input
    from .evaluate import evaluate, format_table, load_records

    check_input(str(input))
    json_out = _out_file(json_out, "scores.json", "--json")
    records = load_records(str(input))
    chosen = tuple(s.strip() for s in systems.split(",") if s.strip())
    bar = tqdm(total=len(records), unit="cluster", desc="scoring", disable=None, file=sys.stderr)
    try:
        result = evaluate(records, words=words, systems=chosen, progress=bar.update, scorer=scorer)
    except InputError as exc:
        bar.close()
        fail(f"{input}: {exc.reason}")
    bar.close()
    if result["skipped"]:
        typer.echo(f"newsfuse: {input}: {result['skipped']} of {result['clusters'] + result['skipped']} "
                   "records not scored (no documents, no reference summary, or nothing left after "
                   "cleaning)", err=True)
    typer.echo(format_table(result, input.name))
    if json_out:
        _write(json.dumps(result, indent=2) + "\n", json_out)
    if result["skipped"]:  # a partial run: the rest scored, as batch's rest is briefed
        raise typer.Exit(1)


@app.command(name="train-scorer")
def train_scorer_cmd(
    train: Path = typer.Option(..., "--train", metavar="FILE",
                               help="Clusters with reference summaries: JSONL, optionally gzipped."),
    out: str = typer.Option(..., "--out", "-o", metavar="FILE",
                            help="Model file to write (the shipped one is src/newsfuse/data/summary_scorer.txt)."),
    clusters: int = typer.Option(12000, "--clusters", "-n", metavar="N",
                                 help="Seeded sample of this many clusters; 0 for all."),
    seed: int = typer.Option(0, "--seed", metavar="SEED", help="Seed for the sample and the trees."),
    trees: int = typer.Option(300, "--trees", metavar="N", help="Boosting rounds."),
) -> None:
    """Train the learned summary scorer from clusters with human summaries (one core)."""
    from tqdm import tqdm

    from .train_scorer import train as train_model

    if not train.exists():
        fail(f"{train}: no such file; pass --train with the Multi-News train file")
    if clusters < 0 or trees < 1:
        fail("--clusters must be 0 or more and --trees at least 1", 2)
    out = _out_file(out, "summary_scorer.txt")
    bar = tqdm(total=clusters or None, unit="cluster", desc="features and oracle labels", disable=None,
               file=sys.stderr)
    report = train_model(str(train), str(out), clusters=clusters or None, seed=seed, trees=trees,
                   progress=bar.update)
    bar.close()
    typer.echo(f"{report['clusters']} clusters, {report['sentences']} candidate sentences "
               f"({100 * report['oracle_share']:.0f}% in the oracle); features {report['feature_seconds']:.0f} s, "
               f"fit {report['fit_seconds']:.0f} s -> {report['out']} ({report['bytes'] // 1024} KB)", err=True)


@app.command(name="eval-stories")
def eval_stories(
    input: Path = typer.Argument(..., metavar="FILE.jsonl",
                                 help="JSONL articles with a gold \"story\" label (as in shared/stories)."),
    format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", callback=check_score_format,
                               help="Output format: text or json."),
) -> None:
    """B-cubed and pairwise P/R/F1 of story grouping, newsfuse beside a TF-IDF baseline, same run."""
    import json

    from tqdm import tqdm

    from .batch import check_input
    from .corpus.evaluate import evaluate_stories, format_text, load_labelled

    check_input(str(input))
    try:
        records = load_labelled(str(input))
    except InputError as exc:
        fail(f"{input}: {exc.reason}")
    bar = tqdm(total=len(records), unit="article", desc="features", disable=None, file=sys.stderr, leave=False)
    try:
        result = evaluate_stories(records, progress=bar.update)
    except InputError as exc:
        bar.close()
        fail(f"{input}: {exc.reason}")
    bar.close()
    if format == "json":
        typer.echo(json.dumps({"file": input.name, **result}, indent=2))
    else:
        typer.echo(format_text(result, input.name), nl=False)


def _brief_from_store(store: Path, story: str, format: str, words: int, out: Optional[Path],
                      sections: str, scorer: str, figures: str) -> None:
    from .corpus.stories import brief_story
    from .corpus.store import Store

    with Store(str(store), create=False) as db:
        result, cached = brief_story(db, story, words=words, sections=parse_sections(sections), scorer=scorer,
                                     figures=figures)
    if cached:
        typer.echo(f"newsfuse: story {story}: brief read from the store (its articles have not changed)", err=True)
    _deliver(result, format, out)


def _brief_all(store: Path, words: int, sections: str, min_articles: int,
               engine: str, address: Optional[str], workers: Optional[int], scorer: str,
               figures: str) -> None:
    from tqdm import tqdm

    from .corpus.executor import make_executor
    from .corpus.stories import brief_all
    from .corpus.store import Store

    if workers is not None and workers < 1:
        fail("--workers must be at least 1", 2)
    counts: dict[str, int] = {}
    with Store(str(store), create=False) as db:
        bar = tqdm(unit="story", desc="briefing", disable=None, file=sys.stderr)
        try:
            with make_executor(engine, workers=workers, address=address) as executor:
                brief_all(db, executor, words=words, sections=parse_sections(sections), scorer=scorer,
                          figures=figures, min_articles=min_articles, on_done=bar.update, counts=counts,
                          on_error=lambda s, e: bar.write(f"newsfuse: story {s}: {e}", file=sys.stderr))
        except interrupts.STOP as exc:  # each brief was saved as it arrived: say how far it got
            bar.close()
            if not counts.get("stories"):
                raise
            kept = counts["cached"] + counts["briefed"]
            interrupts.leave(exc, f"interrupted: {kept} of {counts['stories']} stories have an up-to-date "
                                  f"brief in {store} ({counts['briefed']} from this run); "
                                  "rerun the same command to resume")
        bar.close()
    typer.echo(f"newsfuse: {counts['briefed']} stories briefed, {counts['cached']} already up to date, "
               f"{counts['failed']} failed -> {store}", err=True)
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def group(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUT", help="JSONL article objects {id, title, text, published, source, url}, "
                                      "other files or folders, or - for standard input."),
    out: Optional[str] = typer.Option(
        None, "--out", "-o", metavar="FILE",
        help="One {id, story} line per input article; an existing file is resumed."),
    store: Optional[Path] = typer.Option(
        None, "--store", metavar="PATH", help="Keep articles and stories in this store; a rerun adds to it."),
    engine: str = typer.Option("local", "--engine", metavar="ENGINE", callback=check_engine,
                               help="Where per-article work runs: local (process pool) or dask."),
    address: Optional[str] = typer.Option(None, "--address", metavar="ADDR", help=ADDRESS_HELP),
    workers: Optional[int] = typer.Option(
        None, "--workers", "-j", metavar="N", help="Worker processes (default: one per CPU core)."),
) -> None:
    """Group a stream of articles into stories (one ordered pass, publication order)."""
    from tqdm import tqdm

    from .corpus.executor import make_executor
    from .corpus.ingest import ingest

    if out is None and store is None:
        fail("give --out ASSIGNMENTS.jsonl, --store PATH, or both", 2)
    if workers is not None and workers < 1:
        fail("--workers must be at least 1", 2)
    out = _out_file(out, "assignments.jsonl")
    bar = tqdm(total=0, unit="article", desc="grouping", disable=None, file=sys.stderr)
    executor = None
    store_path = str(store) if store is not None else f"{out}.store"
    try:
        executor = make_executor(engine, workers=workers, address=address)
        report = ingest(
            inputs, str(out) if out else None, str(store) if store else None, executor,
            on_warning=lambda line: bar.write(f"newsfuse: {line}", file=sys.stderr),
            on_total=lambda n: (setattr(bar, "total", 2 * n), bar.refresh()),
            on_features=bar.update, on_assigned=bar.update)
        executor.close()
    except BaseException as exc:
        bar.close()
        if executor is not None:
            try:
                executor.terminate()
            except Exception:
                pass
        # Ctrl-C or SIGTERM: say what is kept, exit 130 / 143; also when the signal reached us as
        # another error (a Dask cluster interrupted while it starts fails with its own)
        stop = exc if isinstance(exc, interrupts.STOP) else interrupts.pending()
        if stop is not None:
            interrupts.leave(stop, f"interrupted; {_committed(store_path)}; rerun the same command to resume")
        raise
    bar.close()
    from .render.citations import plural

    where = f" -> {out}" if out else ""
    typer.echo(
        f"newsfuse: {plural(report.read, 'article')} read, {report.new} new, {report.known} already in the store, "
        f"{plural(report.duplicates + report.repeated, 'duplicate')}, {plural(len(report.malformed), 'line')} "
        f"skipped; {plural(report.stories_after, 'story', 'stories')} ({report.stories_after - report.stories_before} new)"
        f"{where} in {report.seconds:.1f} s (features {report.seconds_features:.1f} s, "
        f"assignment {report.seconds_assign:.1f} s)", err=True)
    if report.malformed:  # a partial run: the rest grouped, as batch's rest is briefed
        raise typer.Exit(1)


def _committed(store_path: str) -> str:
    """What a stopped run kept, read back from the store itself."""
    from .corpus.store import Store

    try:
        with Store(store_path, read_only=True) as db:
            c = db.counts()
    except Exception:
        return "nothing committed"
    return f"{c['articles']} articles committed to {store_path} ({c['assigned']} assigned to stories)"


@app.command()
def stories(
    store: Path = typer.Option(..., "--store", metavar="PATH", help="A store made by 'newsfuse group'."),
    format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", callback=check_format,
                               help=f"Output format: {', '.join(FORMATS)}."),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE",
                                        help="Only stories last seen on or after this date (YYYY-MM-DD)."),
    min_articles: int = typer.Option(1, "--min-articles", metavar="N", help="Only stories with at least N articles."),
    out: Optional[str] = typer.Option(None, "--out", "-o", metavar="FILE",
                                      help="Write to this file instead of standard output."),
    proposals: bool = typer.Option(
        False, "--proposals", help="List the merges the grouper proposes instead (apply one with 'newsfuse merge')."),
) -> None:
    """List a store's stories, newest first: id, headline, articles, outlets, first and last seen."""
    from .corpus.stories import check_date, list_proposals, list_stories, render_proposals, render_stories
    from .corpus.store import Store

    if min_articles < 1:
        fail("--min-articles must be at least 1", 2)
    try:
        check_date(since)
    except InputError as exc:
        fail(str(exc), 2)
    if proposals and (since is not None or min_articles != 1):
        fail("--proposals lists every open proposal; it takes no --since or --min-articles", 2)
    out = _out_file(out, f"{'proposals' if proposals else 'stories'}.{_SUFFIXES[format]}")
    with Store(str(store), read_only=True) as db:
        if proposals:
            text = render_proposals(list_proposals(db), format)
        else:
            text = render_stories(list_stories(db, since=since, min_articles=min_articles), format)
    _write(text, out)


@app.command()
def merge(
    story_a: str = typer.Argument(..., metavar="STORY_A", help="A story id (see 'newsfuse stories')."),
    story_b: str = typer.Argument(..., metavar="STORY_B", help="The story to merge with it."),
    store: Path = typer.Option(..., "--store", metavar="PATH", help="A store made by 'newsfuse group'."),
) -> None:
    """Merge two stories of a store: the story first seen keeps its id, the other becomes its alias."""
    from .corpus.store import Store

    with Store(str(store), create=False) as db:
        a, b = db.resolve(story_a), db.resolve(story_b)
        if a == b:
            typer.echo(f"newsfuse: {story_a} and {story_b} are already one story ({a}); nothing to merge", err=True)
            return
        kept = db.merge_stories(a, b)
        merged = b if kept == a else a
        n = db.story(kept)["n_articles"]
    typer.echo(f"newsfuse: merged {merged} into {kept} (first seen, it keeps its id; {merged} now leads "
               f"to it), {n} articles", err=True)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST", help="Interface to bind; loopback by default."),
    port: int = typer.Option(8000, "--port", metavar="PORT", callback=check_port, help="TCP port to listen on."),
    queue: int = typer.Option(8, "--queue", metavar="N", callback=check_queue,
                              help="Briefs that may wait behind the running one; more get HTTP 503."),
    store: Optional[Path] = typer.Option(
        None, "--store", metavar="PATH",
        help="Also serve this store's stories: the list at /, /stories/ID, /api/stories (read-only)."),
) -> None:
    """Run the local web app: paste or upload articles, get the report; JSON API at /api/brief."""
    from .server import run

    if store is not None:
        from .corpus.store import Store

        Store(str(store), read_only=True).close()  # refuse a bad store before serving
    try:
        run(host=host, port=port, max_waiting=queue, store=str(store) if store is not None else None)
    except interrupts.STOP as exc:
        interrupts.leave(exc, "server stopped", wait=0.5)  # a brief still running has lost its client


_quick_exit: list[bool] = []  # a command that leaves nothing open says so (a brief of files)


def main() -> None:
    """Entry point: one-line errors, never a traceback (unless NEWSFUSE_DEBUG=1)."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    interrupts.install()
    code = _run()
    interrupts.finish(code, teardown=not (code == 0 and _quick_exit))


def _usage_message(exc) -> str:
    """'--format: 'pdf' is not a format ...' rather than click's "Invalid value for '--format' / '-f': ..."."""
    if isinstance(exc, typer.BadParameter) and type(exc).__name__ != "MissingParameter":
        param = getattr(exc, "param", None)
        name = max(param.opts, key=len) if param is not None and param.opts else \
            (exc.param_hint or "").strip("'") if isinstance(exc.param_hint, str) else ""
        if name:
            if param is not None and param.param_type_name == "argument":
                name = param.metavar or param.name.upper()
            return f"{name}: {_own_words(exc.message)}"
    return exc.format_message()


def _own_words(message: str) -> str:
    """Typer checks numbers with pydantic, whose wording names Python types."""
    if "valid integer" in message:
        return "expects a whole number"
    if "valid number" in message:
        return "expects a number"
    return message.removeprefix("Value error, ")


def _run() -> int:
    from typer.exceptions import Abort, TyperException

    try:
        code = app(prog_name="newsfuse", standalone_mode=False)  # usage errors come here, to leave as one line
    except TyperException as exc:  # unknown option, bad --format value, missing argument
        if type(exc).__name__ == "NoArgsIsHelpError":  # 'newsfuse' alone: the help, as before
            exc.show()
            return exc.exit_code
        command = exc.ctx.command_path if getattr(exc, "ctx", None) else "newsfuse"
        typer.echo(f"newsfuse: error: {_usage_message(exc)} (see '{command} --help')", err=True)
        return exc.exit_code
    except NewsfuseError as exc:  # a value to fix (2), or input that could not be read or a failed run (1)
        if interrupts.pending() is not None:
            interrupts.leave(interrupts.pending())
        if os.environ.get("NEWSFUSE_DEBUG"):
            raise
        typer.echo(f"newsfuse: error: {exc}", err=True)
        return 2 if isinstance(exc, UsageError) else 1
    except interrupts.STOP as exc:
        interrupts.leave(exc)
    except Abort:
        typer.echo("newsfuse: interrupted", err=True)
        return 130
    except BrokenPipeError:  # 'newsfuse brief ... | head': the reader left; not an error of ours
        interrupts.quiet_stdout()
        return 1
    except MemoryError:
        typer.echo("newsfuse: error: out of memory; brief fewer or smaller articles", err=True)
        return 1
    except OSError as exc:
        from .console import ClosedOutput

        closed = exc.errno == errno.EBADF and isinstance(sys.stdout, ClosedOutput)
        if exc.errno not in _FULL and not closed:
            return _internal_error(exc)
        # the output (standard output, a store, an --out file) has no room, or the process was
        # started with standard output closed: not a bug of ours
        interrupts.quiet_stdout()  # what is left in its buffer would fail again at exit
        typer.echo(f"newsfuse: error: cannot write the output ({exc.strerror})", err=True)
        return 1
    except Exception as exc:  # a bug: say so in one line, keep the traceback for debugging
        return _internal_error(exc)
    return code if isinstance(code, int) else 0


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}  # a disk or quota full, a file too big for it


def _internal_error(exc: Exception) -> int:
    if interrupts.pending() is not None:  # an interrupt a C extension turned into an error
        interrupts.leave(interrupts.pending())
    if os.environ.get("NEWSFUSE_DEBUG"):
        raise exc
    typer.echo(f"newsfuse: internal error: {type(exc).__name__}: {exc} "
               "(rerun with NEWSFUSE_DEBUG=1 for details)", err=True)
    return 1  # a run that failed; 2 is a usage error only (README, "Exit codes")


if __name__ == "__main__":
    main()
