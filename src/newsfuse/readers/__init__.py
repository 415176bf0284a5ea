"""Readers turn inputs (files, folders, JSON/JSONL, standard input, Python objects) into Articles.

One module per input kind; ``read_inputs`` picks by suffix first and by content when the
suffix says nothing, so a saved page called ``story`` still reads as HTML. Every failure is
an ``InputError`` that names the input, so the CLI can print one line and go on.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError, UsageError, kind_of
from ..model import Article
from .decode import read_text, shown_name
from .reading import Item, Reading
from .text import article_from_text

# The HTML and JSON readers (with the page metadata rules) are imported by the input that needs
# them: a brief of text files does not compile them (about 0.02 s of a cold brief).

MAX_FILE_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

__all__ = ["read_inputs", "read_numbered", "read_path", "read_text_input", "text_items", "Reading",
           "article_from_object", "path_argument"]

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)

# What may come before a page's <!DOCTYPE> or <html>: an XML declaration (XHTML), comments
# (a browser's "<!-- saved from url=(0040)... -->"). A page saved without a suffix that opened
# so was read as plain text, its tags and all ("<p>Moscow appeared ..." in the summary).
_MARKUP_PREAMBLE = re.compile(r"\A(?:\s*(?:<\?xml[^>]*\?>|<!--.*?-->))+", re.DOTALL)

# How each of newsfuse's own output formats begins (render/), so a brief saved into the folder
# it briefs is not read back as one more report on the next run: as an article it would be a
# report whose every sentence copies another, and a JSON brief failed as a malformed article.
_OWN_BRIEF = (
    ("JSON", re.compile(r'\A\s*\{\s*"schema"\s*:\s*"newsfuse\.(\w*)')),
    ("HTML", re.compile(r'\A\s*<!doctype html>.{0,3000}?<meta name="generator" content="newsfuse[ "]',
                        re.IGNORECASE | re.DOTALL)),
    ("Markdown", re.compile(r"\A# [^\n]*\n\n\*[\d,]+ articles?, summary of [\d,]+ words?\.\*\n")),
    ("text", re.compile(r"\A\s*╭─ [^\n]* ─+╮\n│ ")),
)
# what each of newsfuse's JSON schemas is called (a story list given back is not a "brief")
_OWN_JSON = {"brief": "a newsfuse brief", "stories": "a newsfuse story list",
             "proposals": "a newsfuse list of merge proposals"}


def _refuse_url(item: str) -> None:
    """A web address is neither a file nor article text: say what to do instead."""
    if _URL.match(item.strip()):
        raise InputError(item.strip(), "is a web address; newsfuse reads files, it does not fetch pages: "
                                       "save the page (curl -o page.html URL) and give the file")


def path_argument(arg: str) -> Path | str:
    """A command-line input: always a path (or ``-``), never article text, so a mistyped
    folder name fails with "no such file" instead of being briefed as a one-line article."""
    _refuse_url(arg)
    if not arg:  # Path("") is the current folder: an unset shell variable would brief all of it
        raise InputError("''", "an empty argument is not a path; give a file or a folder ('.' for this one)")
    return arg if arg == "-" else Path(arg)


def read_inputs(inputs: Iterable[Any], warnings: list[str] | None = None,
                output: Path | None = None) -> list[Article]:
    """Every input's articles, in order (``read_numbered`` without the places); given
    ``warnings``, the inputs skipped are said there by where they were."""
    reading = read_numbered(inputs, lenient=warnings is not None, output=output)
    if warnings is not None:
        warnings.extend(reading.unnumbered)
    return reading.articles


def read_numbered(inputs: Iterable[Any], lenient: bool = True, output: Path | None = None) -> Reading:
    """Read every input into articles, in order, each with its place among the inputs; ids
    are assigned later, by the cluster, from these places (``analyze.assign_ids``).

    An input named directly must read, or the call fails. ``lenient``: a file found inside a
    folder that cannot be read (empty, binary, malformed, a newsfuse brief) is skipped in its
    place instead, so one stray file does not stop a folder; a folder with no readable file
    still fails, naming the folder and the first reason. So is a record of a JSON Lines file
    or a JSON list that has no text (a feed item that kept only its headline), so one empty
    item does not stop a file of many.

    ``output``: the file the caller will write (``brief --out``), never read as an input:
    named as one it is refused (the brief would replace the article), found in a folder it
    is left out (a rerun of ``brief news/ --out news/brief.txt`` read the last brief).
    """
    reading = Reading()
    for item in inputs:
        if isinstance(item, Article):
            reading.add([item])
        elif isinstance(item, dict):
            reading.add([article_from_object(item, "<dict>")])
        elif isinstance(item, Path):
            reading.add(_path_items(item, lenient, output, reading.notes))
        elif isinstance(item, str):
            _refuse_url(item)
            if item == "-":
                reading.add(text_items(sys.stdin.buffer.read(), "-", lenient=lenient))
            elif _looks_like_text(item):
                reading.add([article_from_text(item, path=None)])
            else:
                reading.add(_path_items(Path(item), lenient, output, reading.notes))
        else:
            raise InputError(repr(item)[:60], f"cannot read {kind_of(item)}; give a path, text or a dict")
    return reading


def _looks_like_text(item: str) -> bool:
    """A string is article text unless it names an existing file or folder or is shaped like
    a path: a few words at most, ending in a suffix newsfuse reads or in ``/``, or starting
    with ``/``, ``./``, ``../`` or ``~``. A path-shaped string that names nothing still reads
    as a path, so a typo in a file name fails with "no such file" instead of being briefed as
    a one-line article. Callers who need certainty pass ``pathlib.Path`` (always a path) or
    ``{"text": ...}`` / ``Article`` (always text)."""
    if "\n" in item or not item.strip():  # Path("") would name the current folder
        return True
    try:
        if Path(item).exists():
            return False
    except (OSError, ValueError):  # too long or odd to be a file name: it is text
        return True
    stripped = item.strip()
    if len(stripped.split()) > 3:
        return True
    suffix = Path(stripped).suffix.lower()
    path_shaped = (stripped.endswith(("/", "\\")) or stripped.startswith(("/", "./", "../", "~"))
                   or (suffix in KNOWN_SUFFIXES and suffix != ""))
    return not path_shaped


def _same_file(path: Path, other: Path | None) -> bool:
    try:
        return other is not None and other.exists() and path.samefile(other)
    except OSError:
        return False


def _broken_link(path: Path) -> str:
    """Why a link leads to no file: to nothing, or round a loop of links (said "a link to
    nothing" and, named directly, "no such file", while the link is there to see)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a link that leads back to itself (a loop of links), not a file"
    return "a link to nothing"


def read_path(path: Path, warnings: list[str] | None = None, output: Path | None = None) -> list[Article]:
    return read_inputs([Path(path)], warnings, output)


def _path_items(path: Path, lenient: bool, output: Path | None, notes: list[str]) -> list[Item]:
    """A file's or a folder's inputs in order (``Reading``); a folder's files of other types
    are said in ``notes``, taking no place."""
    name = shown_name(path)
    if not path.exists():
        raise InputError(name, _broken_link(path) if path.is_symlink() else "no such file or folder")
    if _same_file(path, output):
        raise UsageError(name, "is also the --out file: the brief would replace it; write the brief elsewhere")
    if path.is_dir():
        entries = sorted(p for p in path.rglob("*") if not p.name.startswith(".") and not _same_file(p, output))
        found = [p for p in entries if p.is_file()]
        # named like an article but nothing to read: a link to nowhere, a pipe (reading it
        # would wait for a writer), a device; said, not silently left out, in its place
        named = [p for p in entries if p.suffix.lower() in KNOWN_SUFFIXES and not p.is_dir()]
        unreadable = {p: InputError(shown_name(p), _broken_link(p) if p.is_symlink() and not p.exists()
                                    else "not a regular file (a pipe or a device)")
                      for p in named if not p.is_file()}
        if not named:
            raise InputError(name, "folder holds no .txt, .md, .html, .json or .jsonl files")
        if unreadable and not lenient:
            raise next(iter(unreadable.values()))
        if lenient and len(named) - len(unreadable) < len(found):
            # a PDF or Word file the user put beside the reports is left out: say so, once
            others = [shown_name(p.relative_to(path)) for p in found if p.suffix.lower() not in KNOWN_SUFFIXES]
            shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
            kinds = "1 file of another type" if len(others) == 1 else f"{len(others)} files of other types"
            notes.append(f"{name}: {kinds} not read ({shown}); "
                         "newsfuse reads .txt, .md, .html, .json and .jsonl")
        items: list[Item] = []
        for p in named:
            if p in unreadable:
                items.append(unreadable[p])
                continue
            try:  # a file of a folder is read whole or skipped whole
                items.extend(_path_items(p, False, None, notes))
            except InputError as exc:
                if not lenient:
                    raise
                items.append(exc)
        if not any(isinstance(item, Article) for item in items):
            skipped = [item for item in items if isinstance(item, InputError)]
            more = f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""
            raise InputError(name, f"no readable file in the folder: {skipped[0]}{more}")
        return items
    size = path.stat().st_size
    if size == 0:
        raise InputError(name, "file is empty")
    if size > MAX_FILE_BYTES:
        raise InputError(name, f"file is {size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB")
    return text_items(path.read_bytes(), name, suffix=path.suffix.lower(), lenient=lenient)


def read_text_input(data: bytes, name: str, suffix: str = "",
                    warnings: list[str] | None = None) -> list[Article]:
    """Read bytes whose kind is told by ``suffix`` or, failing that, by their first characters
    (``text_items`` without the places); given ``warnings``, a JSONL line without text is
    skipped and said there."""
    reading = Reading.of(text_items(data, name, suffix, lenient=warnings is not None))
    if warnings is not None:
        warnings.extend(reading.unnumbered)
    return reading.articles


def text_items(data: bytes, name: str, suffix: str = "", lenient: bool = False) -> list[Item]:
    """The inputs of one file's bytes in order: one article, or a JSON file's (``Reading``)."""
    text = read_text(data, name)
    if not text.strip():
        raise InputError(name, "no text in input")
    for kind, start in _OWN_BRIEF:
        found = start.match(text)
        if found:
            what = _OWN_JSON.get(found.group(1), "a newsfuse output") if found.groups() else "a newsfuse brief"
            raise InputError(name, f"{what} ({kind}), not an article")
    head = text.lstrip()[:200].lower()
    path = None if name == "-" else name
    if suffix in JSON_SUFFIXES or (suffix not in HTML_SUFFIXES and head[:1] in "{["):
        from .jsonl import json_items

        return json_items(text, name, lenient, data=data)
    markup = _MARKUP_PREAMBLE.sub("", text[:4000], count=1).lstrip()[:200].lower()
    if suffix in HTML_SUFFIXES or markup.startswith(("<!doctype html", "<html")) or "<body" in markup:
        from .html import read_html

        return [read_html(text, name, path=path)]
    return [article_from_text(text, path=path)]


def article_from_object(obj: dict[str, Any], name: str) -> Article:
    from .jsonl import article_from_dict

    return article_from_dict(obj, name)
