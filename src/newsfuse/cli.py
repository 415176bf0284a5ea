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


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Format(str, Enum):
    text = "text"
    md = "md"
    json = "json"
    html = "html"


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
    paths: Optional[List[str]] = typer.Argument(
        None, help="Files, folders, JSON/JSONL, or - for standard input (not with --store)."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    words: int = typer.Option(250, "--words", "-w", help="Summary word budget."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
    sections: Optional[str] = typer.Option(
        None, help="Cross-source sections: all (default), none, or a list such as claims,quotes."),
    store: Optional[Path] = typer.Option(
        None, "--store", metavar="PATH", help="Brief a story of this store (made by 'newsfuse group')."),
    story: Optional[str] = typer.Option(
        None, "--story", metavar="ID", help="The story to brief, with --store (see 'newsfuse stories')."),
    all_stories: bool = typer.Option(
        False, "--all", help="With --store: brief every story that has no up-to-date brief, into the store."),
    min_articles: int = typer.Option(1, "--min-articles", metavar="N", help="With --all: stories of at least N articles."),
    engine: Optional[Engine] = typer.Option(None, "--engine", help="With --all: local (process pool) or dask."),
    address: Optional[str] = typer.Option(None, "--address", metavar="ADDR",
                                          help="With --all: a running Dask scheduler (tcp://HOST:PORT)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", metavar="N",
                                          help="With --all: worker processes (default: one per CPU core)."),
) -> None:
    """Brief one story: a cited summary and what the sources agree and disagree on."""
    from .pipeline import brief_articles
    from .readers import read_inputs

    if all_stories:
        if store is None or story is not None or paths:
            fail("--all briefs every story of a store: give --store PATH and no --story or input files", 2)
        _brief_all(store, words, sections, min_articles, engine, address, workers)
        return
    if store is not None or story is not None:
        if paths:
            fail("give input files or --store PATH --story ID, not both", 2)
        if store is None or story is None:
            fail("--store PATH and --story ID go together; list story ids with 'newsfuse stories --store PATH'", 2)
        _brief_from_store(store, story, format, words, out, sections)
        return
    if not paths:
        fail("missing paths: give the articles to brief (files, folders or -), or --store PATH --story ID", 2)
    skipped: list[str] = []
    articles = read_inputs(paths, warnings=skipped)
    if not (format is Format.text and out is None):  # the terminal report shows them as notes
        for line in skipped:
            typer.echo(f"newsfuse: {line}", err=True)
    result = brief_articles(articles, words=words, sections=_sections(sections, True),
                            progress=_progress_callback(len(articles)), read_warnings=skipped)
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
                       on_done=bar.update, on_error=lambda r, m: (on_error(r, m), bar.update()))
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
        result = evaluate(records, words=words, systems=chosen, progress=bar.update)
    except InputError as exc:
        bar.close()
        fail(f"{input}: {exc.reason}")
    bar.close()
    typer.echo(format_table(result, input.name))
    if json_out:
        _write(json.dumps(result, indent=2) + "\n", json_out)


def _brief_from_store(store: Path, story: str, format: Format, words: int, out: Optional[Path],
                      sections: Optional[str]) -> None:
    from .corpus.stories import brief_story
    from .corpus.store import Store

    with Store(str(store), create=False) as db:
        result, cached = brief_story(db, story, words=words, sections=_sections(sections, True))
    if cached:
        typer.echo(f"newsfuse: story {story}: brief read from the store (its articles have not changed)", err=True)
    if format is Format.text and out is None:
        from rich.console import Console

        from .render.text import print_brief

        print_brief(result, Console())
        return
    from .render import render

    _write(render(result, format.value), out)


def _brief_all(store: Path, words: int, sections: Optional[str], min_articles: int,
               engine: Optional[Engine], address: Optional[str], workers: Optional[int]) -> None:
    from tqdm import tqdm

    from .corpus.executor import make_executor
    from .corpus.stories import brief_all
    from .corpus.store import Store

    if workers is not None and workers < 1:
        fail("--workers must be at least 1", 2)
    with Store(str(store), create=False) as db:
        bar = tqdm(unit="story", desc="briefing", disable=None, file=sys.stderr)
        with make_executor(engine.value if engine else "local", workers=workers, address=address) as executor:
            counts = brief_all(db, executor, words=words, sections=_sections(sections, True),
                               min_articles=min_articles, on_done=bar.update,
                               on_error=lambda s, e: bar.write(f"newsfuse: story {s}: {e}", file=sys.stderr))
        bar.close()
    typer.echo(f"newsfuse: {counts['briefed']} stories briefed, {counts['cached']} already up to date, "
               f"{counts['failed']} failed -> {store}", err=True)
    if counts["failed"]:
        raise typer.Exit(1)


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so a run stops the way Ctrl-C stops it (a
    BaseException, so no ``except Exception`` on the way swallows it)."""

    signum = 15
    exit_code = 143


@app.command()
def group(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUT", help="JSONL article objects {id, title, text, published, source, url}, "
                                      "other files or folders, or - for standard input."),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", metavar="ASSIGNMENTS.jsonl",
        help="One {id, story} line per input article; an existing file is resumed."),
    store: Optional[Path] = typer.Option(
        None, "--store", metavar="PATH", help="Keep articles and stories in this store; a rerun adds to it."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="Where per-article work runs: local "
                                  "(process pool) or dask."),
    address: Optional[str] = typer.Option(
        None, "--address", metavar="ADDR", help="A running Dask scheduler (tcp://HOST:PORT); implies "
                                                "--engine dask. Default: DASK_SCHEDULER_ADDRESS, else a local cluster."),
    workers: Optional[int] = typer.Option(
        None, "--workers", "-j", metavar="N", help="Worker processes (default: one per CPU core)."),
) -> None:
    """Group a stream of articles into stories (one ordered pass, publication order)."""
    import signal

    from tqdm import tqdm

    from .corpus.executor import make_executor
    from .corpus.ingest import ingest

    if out is None and store is None:
        fail("give --out ASSIGNMENTS.jsonl, --store PATH, or both", 2)
    if workers is not None and workers < 1:
        fail("--workers must be at least 1", 2)

    def on_term(signum, frame):
        raise _Terminated()

    previous = signal.signal(signal.SIGTERM, on_term)
    bar = tqdm(total=0, unit="article", desc="grouping", disable=None, file=sys.stderr)
    executor = None
    store_path = str(store) if store is not None else f"{out}.store"
    try:
        executor = make_executor(engine.value, workers=workers, address=address)
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
        # Ctrl-C, our SIGTERM, or any signal exception with an exit code (a shared handler's)
        if isinstance(exc, (KeyboardInterrupt, _Terminated)) or hasattr(exc, "signum"):
            code = 130 if isinstance(exc, KeyboardInterrupt) else getattr(exc, "exit_code", 143)
            typer.echo(f"newsfuse: interrupted; {_committed(store_path)}; rerun the same command to resume",
                       err=True)
            raise typer.Exit(code)
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
    bar.close()
    where = f" -> {out}" if out else ""
    typer.echo(
        f"newsfuse: {report.read} articles read, {report.new} new, {report.known} already in the store, "
        f"{report.duplicates} duplicates, {len(report.malformed)} lines skipped; "
        f"{report.stories_after} stories ({report.stories_after - report.stories_before} new)"
        f"{where} in {report.seconds:.1f} s (features {report.seconds_features:.1f} s, "
        f"assignment {report.seconds_assign:.1f} s)", err=True)


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
    format: Format = typer.Option(Format.text, "--format", "-f", help="Output format: text, md, json or html."),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE",
                                        help="Only stories last seen on or after this date (YYYY-MM-DD)."),
    min_articles: int = typer.Option(1, "--min-articles", metavar="N", help="Only stories with at least N articles."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
) -> None:
    """List a store's stories, newest first: id, headline, articles, outlets, first and last seen."""
    from .corpus.stories import check_date, list_stories, render_stories
    from .corpus.store import Store

    if min_articles < 1:
        fail("--min-articles must be at least 1", 2)
    try:
        check_date(since)
    except InputError as exc:
        fail(str(exc), 2)
    with Store(str(store), read_only=True) as db:
        listing = list_stories(db, since=since, min_articles=min_articles)
    _write(render_stories(listing, format.value), out)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind; loopback by default."),
    port: int = typer.Option(8000, help="Port."),
    store: Optional[Path] = typer.Option(
        None, "--store", metavar="PATH",
        help="Also serve this store's stories: the list at /, /stories/ID, /api/stories (read-only)."),
) -> None:
    """Run the local web app: paste or upload articles, get the report; JSON API at /api/brief."""
    from .server import run

    if store is not None:
        from .corpus.store import Store

        Store(str(store), read_only=True).close()  # refuse a bad store before serving
    run(host=host, port=port, store=str(store) if store is not None else None)


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
