"""The command line: a thin face over the library.

Every command calls the same library functions as the Python API and the web app. Library
errors arrive as ``NewsfuseError`` and leave as one line on stderr with a non-zero status;
a traceback is shown only with NEWSFUSE_DEBUG=1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__, interrupts
from .cli_style import NewsfuseTyper
from .errors import InputError, NewsfuseError
from .pipeline import SECTIONS
from .render import FORMATS

# Plain help like git, pip and ruff (no type names such as <str>), -h as well as --help.
app = NewsfuseTyper(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]},
                  help="Read many news reports of one story as one.")

SECTIONS_HELP = f"all, none, or a comma list of: {', '.join(SECTIONS)}"


DEFAULT_SCORER = "heuristic"  # summarize.DEFAULT_SCORER, without importing numpy for --help
SCORER_HELP = ("Summary sentence scorer: heuristic (hand-set weights, the default) or learned "
               "(trained on Multi-News; non-commercial licence, see README).")


def check_scorer(value: str) -> str:
    """--scorer in the project's words, naming the two choices."""
    if value not in ("heuristic", "learned"):
        raise typer.BadParameter(f"{value!r} is not a summary scorer; use heuristic or learned")
    return value


def _scorer_option():
    return typer.Option(DEFAULT_SCORER, "--scorer", metavar="SCORER", callback=check_scorer, help=SCORER_HELP)


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


def check_format(value: str) -> str:
    """--format in the project's words (a reusable Typer callback)."""
    value = value.strip().lower()
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not a format newsfuse writes; use one of {', '.join(FORMATS)}")
    return value


def parse_sections(value: str) -> list[str]:
    """'all', 'none' or a comma list, as the list of sections to compute."""
    from .pipeline import available_sections

    value = value.strip().lower()
    if value == "all":
        return available_sections()
    if value in ("none", "summary", ""):
        return []
    names = [s.strip() for s in value.split(",") if s.strip()]
    unknown = [s for s in names if s not in SECTIONS]
    if unknown:
        raise typer.BadParameter(f"{unknown[0]!r} is not a section; use {SECTIONS_HELP}",
                                 param_hint="'--sections'")
    return list(dict.fromkeys(names))


def _write(text: str, out: Optional[Path]) -> None:
    """All of ``text`` or nothing: a signal during the write waits for its end."""
    if out is None:
        with interrupts.held():
            sys.stdout.write(text)
            sys.stdout.flush()
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)
    except OSError as exc:
        fail(f"{out}: cannot write ({exc.strerror})")


@app.command()
def brief(
    paths: List[str] = typer.Argument(..., metavar="PATH",
                                      help="Files, folders, JSON/JSONL, or - for standard input."),
    format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", callback=check_format,
                               help=f"Output format: {', '.join(FORMATS)}."),
    words: int = typer.Option(250, "--words", "-w", metavar="N", help="Summary length in words."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="FILE",
                                       help="Write to this file instead of standard output."),
    sections: str = typer.Option("all", "--sections", "-s", metavar="LIST",
                                 help=f"Sections besides the summary: {SECTIONS_HELP}."),
    scorer: str = _scorer_option(),
) -> None:
    """Brief one story: a cited summary and what the sources agree and disagree on."""
    from .pipeline import brief_articles
    from .readers import read_inputs

    skipped: list[str] = []
    articles = read_inputs(paths, warnings=skipped)
    wanted = parse_sections(sections)
    if not (format == "text" and out is None):  # the terminal report shows them as notes
        for line in skipped:
            typer.echo(f"newsfuse: {line}", err=True)
    result = brief_articles(articles, words=words, sections=wanted,
                            progress=_progress_callback(len(articles)), read_warnings=skipped,
                            scorer=scorer)
    if format == "text" and out is None:
        from rich.console import Console

        from .render.text import print_brief

        with interrupts.held():
            print_brief(result, Console())
        return
    from .render import render

    _write(render(result, format), out)


def _progress_callback(n_articles: int):
    """A progress bar for big clusters on a terminal; nothing otherwise."""
    if n_articles < 50 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(desc="analysing paragraphs", unit="para", leave=False)
    return bar.update


@app.command()
def batch(
    input: Path = typer.Argument(..., metavar="INPUT",
                                 help='JSONL, one cluster per line: {"id", "documents": [...]}.'),
    out: Path = typer.Option(..., "--out", "-o", metavar="FILE",
                             help="Output JSONL; an existing file is resumed."),
    words: int = typer.Option(250, "--words", "-w", metavar="N", help="Summary length in words."),
    workers: int = typer.Option(1, "--workers", "-j", metavar="N",
                                help="Processes (each loads the models once)."),
    sections: str = typer.Option("none", "--sections", "-s", metavar="LIST",
                                 help=f"Sections besides the summary, per record: {SECTIONS_HELP}."),
    scorer: str = _scorer_option(),
) -> None:
    """Brief every cluster of a JSONL file, writing each result as it is done."""
    from tqdm import tqdm

    from .batch import BatchReport, count_records, run_batch

    wanted = parse_sections(sections)
    if not input.exists():
        fail(f"{input}: no such file")
    total = count_records(str(input))
    bar = tqdm(total=total, unit="cluster", desc="briefing", disable=None, file=sys.stderr)

    def on_error(rid: str, reason: str) -> None:
        bar.write(f"newsfuse: skipped {rid}: {reason}", file=sys.stderr)

    report = BatchReport()
    try:
        run_batch(str(input), str(out), words=words, workers=workers, sections=wanted, report=report, scorer=scorer,
                  on_done=bar.update, on_error=lambda r, m: (on_error(r, m), bar.update()))
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
    words: int = typer.Option(300, "--words", "-w", metavar="N", help="Every summary is cut at this many words."),
    systems: str = typer.Option("newsfuse,lead,lexrank,textrank", "--systems", metavar="LIST",
                                help="Systems to score, a comma list of: newsfuse, lead, lexrank, textrank."),
    json_out: Optional[Path] = typer.Option(None, "--json", metavar="FILE",
                                            help="Also write scores (per cluster) as JSON."),
    scorer: str = _scorer_option(),
) -> None:
    """ROUGE-1/2/Lsum of newsfuse and baselines, in the same run, at the same length."""
    import json

    from tqdm import tqdm

    from .evaluate import evaluate, format_table, load_records

    if not input.exists():
        fail(f"{input}: no such file")
    records = load_records(str(input))
    chosen = tuple(s.strip() for s in systems.split(",") if s.strip())
    unknown = set(chosen) - {"newsfuse", "lead", "lexrank", "textrank"}
    if unknown:
        fail(f"unknown system {sorted(unknown)[0]!r}; choose from newsfuse, lead, lexrank, textrank")
    bar = tqdm(total=len(records), unit="cluster", desc="scoring", disable=None, file=sys.stderr)
    try:
        result = evaluate(records, words=words, systems=chosen, progress=bar.update, scorer=scorer)
    except InputError as exc:
        bar.close()
        fail(f"{input}: {exc.reason}")
    bar.close()
    typer.echo(format_table(result, input.name))
    if json_out:
        _write(json.dumps(result, indent=2) + "\n", json_out)


@app.command(name="train-scorer")
def train_scorer_cmd(
    train: Path = typer.Option(..., "--train", metavar="FILE",
                               help="Clusters with reference summaries: JSONL, optionally gzipped."),
    out: Path = typer.Option(..., "--out", "-o", metavar="FILE",
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
    bar = tqdm(total=clusters or None, unit="cluster", desc="features and oracle labels", disable=None,
               file=sys.stderr)
    report = train_model(str(train), str(out), clusters=clusters or None, seed=seed, trees=trees,
                   progress=bar.update)
    bar.close()
    typer.echo(f"{report['clusters']} clusters, {report['sentences']} candidate sentences "
               f"({100 * report['oracle_share']:.0f}% in the oracle); features {report['feature_seconds']:.0f} s, "
               f"fit {report['fit_seconds']:.0f} s -> {report['out']} ({report['bytes'] // 1024} KB)", err=True)


def check_score_format(value: str) -> str:
    """eval-stories writes a table or JSON; anything else is named back with the choices."""
    if value not in ("text", "json"):
        raise typer.BadParameter(f"{value!r} is not a format eval-stories writes; use text or json")
    return value


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

    from .corpus.evaluate import evaluate_stories, format_text, load_labelled

    if not input.exists():
        fail(f"{input}: no such file")
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


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST", help="Interface to bind; loopback by default."),
    port: int = typer.Option(8000, "--port", metavar="PORT", help="TCP port to listen on."),
    queue: int = typer.Option(8, "--queue", metavar="N",
                              help="Briefs that may wait behind the running one; more get HTTP 503."),
) -> None:
    """Run the local web app: paste or upload articles, get the report; JSON API at /api/brief."""
    from .server import run

    try:
        run(host=host, port=port, max_waiting=queue)
    except interrupts.STOP as exc:
        interrupts.leave(exc, "server stopped", wait=0.5)  # a brief still running has lost its client


def main() -> None:
    """Entry point: one-line errors, never a traceback (unless NEWSFUSE_DEBUG=1)."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    interrupts.install()
    interrupts.finish(_run())


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
    except NewsfuseError as exc:
        if interrupts.pending() is not None:
            interrupts.leave(interrupts.pending())
        if os.environ.get("NEWSFUSE_DEBUG"):
            raise
        typer.echo(f"newsfuse: error: {exc}", err=True)
        return 1
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
    except Exception as exc:  # a bug: say so in one line, keep the traceback for debugging
        if interrupts.pending() is not None:  # an interrupt a C extension turned into an error
            interrupts.leave(interrupts.pending())
        if os.environ.get("NEWSFUSE_DEBUG"):
            raise
        typer.echo(f"newsfuse: internal error: {type(exc).__name__}: {exc} "
                   "(rerun with NEWSFUSE_DEBUG=1 for details)", err=True)
        return 2
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    main()
