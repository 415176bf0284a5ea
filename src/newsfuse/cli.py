"""The command line: a thin face over the library.

Every command calls the same library functions as the Python API and the web app. Library
errors arrive as ``NewsfuseError`` and leave as one line on stderr with a non-zero status;
a traceback is shown only with NEWSFUSE_DEBUG=1.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import InputError, NewsfuseError

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="Read many news reports of one story as one.")


class Format(str, Enum):
    text = "text"
    md = "md"
    json = "json"
    html = "html"


class Scorer(str, Enum):
    learned = "learned"
    heuristic = "heuristic"


DEFAULT_SCORER = "heuristic"  # summarize.DEFAULT_SCORER, without importing numpy for --help


SCORER_HELP = ("Summary sentence scorer: learned (trained on Multi-News; non-commercial licence, see "
               "README) or heuristic (hand-set weights, no trained model).")


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"newsfuse: error: {message}", err=True)
    raise typer.Exit(code)


def _sections(value: Optional[str], default_all: bool) -> Optional[list[str]]:
    """'all', 'none' or a comma list; None means every available section."""
    if value is None:
        return None if default_all else []
    value = value.strip().lower()
    if value == "all":
        return None
    if value in ("none", "summary", ""):
        return []
    return [s.strip() for s in value.split(",") if s.strip()]


def _write(text: str, out: Optional[Path]) -> None:
    if out is None:
        sys.stdout.write(text)
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
    paths: List[str] = typer.Argument(..., help="Files, folders, JSON/JSONL, or - for standard input."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    words: int = typer.Option(250, "--words", "-w", help="Summary word budget."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
    sections: Optional[str] = typer.Option(
        None, help="Cross-source sections: all (default), none, or a list such as claims,quotes."),
    scorer: Scorer = typer.Option(Scorer(DEFAULT_SCORER), "--scorer", help=SCORER_HELP),
) -> None:
    """Brief one story: a cited summary and what the sources agree and disagree on."""
    from .pipeline import brief_articles
    from .readers import read_inputs

    skipped: list[str] = []
    articles = read_inputs(paths, warnings=skipped)
    if not (format is Format.text and out is None):  # the terminal report shows them as notes
        for line in skipped:
            typer.echo(f"newsfuse: {line}", err=True)
    result = brief_articles(articles, words=words, sections=_sections(sections, True),
                            progress=_progress_callback(len(articles)), read_warnings=skipped,
                            scorer=scorer.value)
    if format is Format.text and out is None:
        from rich.console import Console

        from .render.text import print_brief

        print_brief(result, Console())
        return
    from .render import render

    _write(render(result, format.value), out)


def _progress_callback(n_articles: int):
    """A progress bar for big clusters on a terminal; nothing otherwise."""
    if n_articles < 50 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(desc="analysing paragraphs", unit="para", leave=False)
    return bar.update


@app.command()
def batch(
    input: Path = typer.Argument(..., help="JSONL, one cluster per line: {\"id\", \"documents\": [...]}"),
    out: Path = typer.Option(..., "--out", "-o", help="Output JSONL; an existing file is resumed."),
    words: int = typer.Option(250, "--words", "-w"),
    workers: int = typer.Option(1, "--workers", "-j", help="Processes (each loads the models once)."),
    sections: Optional[str] = typer.Option(
        None, help="Cross-source sections per record: none (default), all, or a list."),
    scorer: Scorer = typer.Option(Scorer(DEFAULT_SCORER), "--scorer", help=SCORER_HELP),
) -> None:
    """Brief every cluster of a JSONL file, writing each result as it is done."""
    from tqdm import tqdm

    from .batch import count_records, run_batch

    if not input.exists():
        fail(f"{input}: no such file")
    total = count_records(str(input))
    bar = tqdm(total=total, unit="cluster", desc="briefing", disable=None, file=sys.stderr)

    def on_error(rid: str, reason: str) -> None:
        bar.write(f"newsfuse: skipped {rid}: {reason}", file=sys.stderr)

    report = run_batch(str(input), str(out), words=words, workers=workers,
                       sections=_sections(sections, False) or [],
                       on_done=bar.update, on_error=lambda r, m: (on_error(r, m), bar.update()),
                       scorer=scorer.value)
    bar.update(report.skipped)
    bar.close()
    typer.echo(f"{report.done} briefed, {report.skipped} already done, {len(report.failed)} failed -> {out}",
               err=True)
    if report.failed:
        raise typer.Exit(1)


@app.command(name="eval")
def evaluate_cmd(
    input: Path = typer.Argument(..., help="JSONL with documents and reference summaries."),
    words: int = typer.Option(300, "--words", "-w", help="Every summary is cut at this many words."),
    systems: str = typer.Option("newsfuse,lead,lexrank,textrank", help="Systems to score, comma-separated."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write scores (per cluster) as JSON."),
    scorer: Scorer = typer.Option(Scorer(DEFAULT_SCORER), "--scorer", help=SCORER_HELP),
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
        result = evaluate(records, words=words, systems=chosen, progress=bar.update, scorer=scorer.value)
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


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind; loopback by default."),
    port: int = typer.Option(8000, help="Port."),
) -> None:
    """Run the local web app: paste or upload articles, get the report; JSON API at /api/brief."""
    from .server import run

    run(host=host, port=port)


def main() -> None:
    """Entry point: one-line errors, never a traceback (unless NEWSFUSE_DEBUG=1)."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from typer.exceptions import Abort, TyperException

    try:
        code = app(standalone_mode=False)  # usage errors come here, to leave as one line
    except TyperException as exc:  # unknown option, bad --format value, missing argument
        if type(exc).__name__ == "NoArgsIsHelpError":  # 'newsfuse' alone: the help, as before
            exc.show()
            sys.exit(exc.exit_code)
        command = exc.ctx.command_path if getattr(exc, "ctx", None) else "newsfuse"
        typer.echo(f"newsfuse: error: {exc.format_message()} (see '{command} --help')", err=True)
        sys.exit(exc.exit_code)
    except NewsfuseError as exc:
        if os.environ.get("NEWSFUSE_DEBUG"):
            raise
        typer.echo(f"newsfuse: error: {exc}", err=True)
        sys.exit(1)
    except (KeyboardInterrupt, Abort):
        typer.echo("newsfuse: interrupted", err=True)
        sys.exit(130)
    except MemoryError:
        typer.echo("newsfuse: error: out of memory; brief fewer or smaller articles", err=True)
        sys.exit(1)
    except Exception as exc:  # a bug: say so in one line, keep the traceback for debugging
        if os.environ.get("NEWSFUSE_DEBUG"):
            raise
        typer.echo(f"newsfuse: internal error: {type(exc).__name__}: {exc} "
                   "(rerun with NEWSFUSE_DEBUG=1 for details)", err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
