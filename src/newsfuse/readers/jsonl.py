"""JSON and JSONL: the evaluation record format ``{"id", "documents": [...]}`` and lists of
article objects ``{"title", "text", "url", "source", "published"}``.

For ``brief`` all articles of a file form one cluster; a file of several records is a batch
job and says so. ``iter_records`` serves ``batch``: it yields bad lines as errors instead of
stopping, so one malformed record never loses the rest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from ..errors import InputError
from ..model import Article, printable
from ..dates import normalise_date
from .decode import JsonLine, RefusedLine, decode_utf8_or_legacy, refuse_lines, shown_name, text_lines
from .reading import Reading
from .text import article_from_text


_JSON_KINDS = {int: "a number", float: "a number", list: "a list", dict: "an object", str: "a string"}


def json_kind(value: Any) -> str:
    """What a parsed JSON value is, as a sentence names it: "a number", "an object", and the
    literals as written, "null", "true", "false" (a bare type name read "item 2 of the list is
    number", Python's read "found NoneType"). The readers and the web API say it alike."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    return _JSON_KINDS.get(type(value), "a JSON value")


class OtherEncodingLine(json.JSONDecodeError):
    """A line ``text_lines`` refused as text of another encoding (``decode.RefusedLine``): the
    readers of JSON lines report it where they report a malformed line, in its own words."""


def load_json(text: str | bytes) -> Any:
    """``json.loads``, with nesting too deep to parse reported as malformed JSON: the parser
    recurses once per level and ends in RecursionError, which no reader expects (seen: 100,000
    nested brackets stopped brief, a whole batch and a whole group run with "internal error",
    and made the web app answer 500). A line ``text_lines`` has parsed already gives its value;
    one it refused raises ``OtherEncodingLine``."""
    if isinstance(text, JsonLine):
        return text.value
    if isinstance(text, RefusedLine):
        raise OtherEncodingLine(text.reason, "", 0)
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text if isinstance(text, str) else "", 0) from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # Python's int() of a number of thousands of digits
        raise json.JSONDecodeError(number_too_long(exc) or str(exc), text if isinstance(text, str) else "",
                                   0) from None


def number_too_long(exc: BaseException) -> str | None:
    """Why JSON holding a number of thousands of digits is not read, in our words, when that is
    what ``exc`` (from ``json.loads``) says, else None: Python reads at most 4,300 digits
    (``sys.get_int_max_str_digits``), and its ValueError ended brief, a whole batch and a whole
    group run in "internal error", and made the web app answer "There was an error parsing the
    body"."""
    import re
    import sys

    found = re.search(r"\(\d+ digits\) for integer string conversion(?:: value has (\d+) digits)?", str(exc))
    if not isinstance(exc, ValueError) or not found:
        return None
    size = f"{int(found.group(1)):,} digits" if found.group(1) else "too many digits"
    return f"a number of {size}; JSON numbers of over {sys.get_int_max_str_digits():,} digits are not read"


def id_text(value: Any) -> str:
    """An input's ``id`` as the text that names it: a string as it is, any other JSON value
    as JSON writes it (``["x"]``, ``true``), not as Python would (``['x']``, ``True``), since
    the user wrote JSON and looks for what they wrote."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class NoTextError(InputError):
    """An article object without text: among many records it can be skipped and said."""


def article_from_dict(obj: dict[str, Any], name: str) -> Article:
    text = obj.get("text", obj.get("body", obj.get("content")))
    if text is not None and not isinstance(text, str):
        raise InputError(name, f"the article's 'text' is {json_kind(text)}, not a string")
    if not isinstance(text, str) or not (printable(text) or "").strip():  # control characters are no text
        raise NoTextError(name, "article object has no 'text'")
    title = obj.get("title")
    article = article_from_text(
        text, path=None, title=title if isinstance(title, str) and title.strip() else None,
        source=_str(obj.get("source")), published=normalise_date(_str(obj.get("published"))),
        url=_str(obj.get("url")),
    )
    article.author = printable(_str(obj.get("author")))  # the renderers list it beside the source
    return article


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


class EmptyItem(NoTextError):
    """A list's item that is an empty string: it takes its place among the inputs, as any
    text-less item does, but was never an error, so even where a text-less object fails the
    call (no warnings asked) it is passed by; it is said only where inputs are numbered, to
    explain the number it leaves unused (``Reading.warnings``)."""

    said_unnumbered = False


def record_items(obj: Any, name: str, lenient: bool = False) -> list[Article | NoTextError]:
    """One JSON value's inputs in order: a record, an article object, or a list of either;
    each of a list's items without text (``lenient``: an article object too) in its place as
    the error that skips it, so the articles after it keep their places."""
    if isinstance(obj, list):
        out: list[Article | NoTextError] = []
        for i, item in enumerate(obj):
            where = f"{name}[{i}]"
            if isinstance(item, str):
                if (printable(item) or "").strip():
                    out.append(article_from_text(item, path=None))
                else:
                    out.append(EmptyItem(where, "the item is an empty text"))
            elif isinstance(item, (dict, list)):
                try:
                    out.extend(record_items(item, where, lenient))
                except NoTextError as exc:
                    if not lenient:
                        raise
                    out.append(exc)
            else:  # a list holds texts too: said so, and which item (a batch line names only its id)
                raise InputError(where, f"item {i + 1} of the list is {json_kind(item)}; "
                                        "give a text or an article object")
        return out
    if isinstance(obj, dict):
        # a record of the eval files ("documents"), or the web API's request body ("articles")
        key = "documents" if "documents" in obj else "articles" if "articles" in obj and "text" not in obj else None
        if key:
            docs = obj[key]
            if not isinstance(docs, list):
                raise InputError(name, f"'{key}' must be a list")
            return record_items(docs, name, lenient)
        return [article_from_dict(obj, name)]
    raise InputError(name, f"expected an object or a list, found {json_kind(obj)}")


def articles_from_record(obj: Any, name: str, skip: list[NoTextError] | None = None) -> list[Article]:
    """One JSON value as articles (``record_items`` without the places).

    ``skip``: where a list's text-less items go instead of failing the list."""
    read = Reading.of(record_items(obj, name, lenient=skip is not None))
    if skip is not None:
        skip.extend(read.skipped_unnumbered)
    return read.articles


def parse_json_lines(lines: Iterable[str], name: str) -> list[Any]:
    """Every non-blank line as JSON; a malformed line is an InputError naming ``name:line``."""
    values = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            values.append(load_json(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{n}", _malformed(exc, line)) from None
    return values


def _malformed(exc: json.JSONDecodeError, line: str) -> str:
    """Why a line is not JSON; when it is the input's last, without its newline, and the parser
    ran out of text in it, that the input ends there: standard input closed early or a copy
    cut short reads "Unterminated string starting at" on its own."""
    if isinstance(exc, OtherEncodingLine):
        return exc.msg
    reason = f"malformed JSON ({getattr(exc, 'msg', exc.__class__.__name__)})"
    if not line.endswith("\n") and (exc.pos >= len(line.rstrip()) or exc.msg.startswith("Unterminated string")):
        reason += "; the input ends inside this line (cut short?)"
    return reason


def json_items(text: str, name: str, lenient: bool = False, data: bytes | None = None) -> list[Article | NoTextError]:
    """The inputs of a JSON or JSONL file read whole, in order (``record_items``); ``lenient``:
    a line without text is skipped in its place, unless it is the file's only one; ``data``,
    its bytes, lets a line in another encoding be refused as ``batch`` refuses it
    (``decode.refuse_lines``)."""
    stripped = text.strip()
    try:
        values = [load_json(stripped)]
        names = [name]
    except json.JSONDecodeError:
        parts = text.split("\n")  # not stripped: leading blank lines count in line numbers
        if data is not None:
            parts = refuse_lines(parts, data)
        lines = [part + "\n" if not isinstance(part, RefusedLine) else part
                 for part in parts[:-1]] + parts[-1:]  # the last says if the input ends in it
        values = parse_json_lines(lines, name)
        # a bad article names its line, as a malformed line does
        names = [f"{name}:{n}" for n, line in enumerate(lines, 1) if line.strip()]
    records = [v for v in values if isinstance(v, dict) and "documents" in v]
    if len(records) > 1:
        raise InputError(name, f"holds {len(records)} clusters; brief one cluster per call, "
                               "or run 'newsfuse batch' on the file")
    items: list[Article | NoTextError] = []
    for value, where in zip(values, names):
        try:
            items.extend(record_items(value, where, lenient))
        except NoTextError as exc:
            if not lenient or len(values) == 1:
                raise
            items.append(exc)
    if not any(isinstance(item, Article) for item in items):
        skipped = [item for item in items if not isinstance(item, EmptyItem)]
        if skipped:
            raise skipped[0]
        raise InputError(name, "no articles in JSON")
    for item in items:
        if isinstance(item, Article):
            item.path = item.path or (None if name == "-" else name)
    return items


@dataclass
class Record:
    """One line of a batch file: an id and its articles, or the reason it cannot be read."""

    line: int
    id: str
    articles: list[Article] | None
    error: str | None = None
    # its documents without text, skipped as ``brief`` skips them in a file ("a2 (c1[1]):
    # skipped, article object has no 'text'"): one headline-only item must not cost the whole
    # cluster
    skipped: list[str] = field(default_factory=list)
    # each article's place among the record's documents (``readers.Reading.places``): a
    # document skipped keeps its number unused
    places: list[int] | None = None


def iter_records(path: str) -> Iterator[Record]:
    with open(path, "rb") as handle:
        for n, obj, error in _json_lines(handle):
            rid = f"line-{n}"
            if error:
                yield Record(n, rid, None, error)
                continue
            if isinstance(obj, dict) and obj.get("id") is not None:
                rid = id_text(obj["id"])
            try:
                read = Reading.of(record_items(obj, rid, lenient=True))
            except InputError as exc:
                yield Record(n, rid, None, exc.reason)
                continue
            if not read.articles:
                yield Record(n, rid, None, "record has no non-empty documents")
                continue
            yield Record(n, rid, read.articles, skipped=read.warnings, places=read.places)


def _json_lines(handle) -> Iterator[tuple[int, object, str | None]]:
    """(line number, object, None) for each line of a JSONL file that is not blank, or (line
    number, None, why it is not JSON): one reading of the lines for ``batch`` and ``group``,
    so a line one of them reads the other reads the same way."""
    for n, raw in enumerate(text_lines(handle), 1):
        if raw.strip():
            yield n, *_parse_line(raw)


def _parse_line(raw: bytes | str) -> tuple[object, str | None]:
    """One JSONL line as (object, None), or (None, the one-line reason it is not JSON)."""
    line = decode_utf8_or_legacy(raw) if isinstance(raw, bytes) else raw
    try:
        return load_json(line), None
    except json.JSONDecodeError as exc:
        return None, _malformed(exc, line)


@dataclass
class Entry:
    """One article of a stream (``newsfuse group``): its id from the input, or why it cannot be read.

    ``key`` is the input's own ``id`` when it has one, so assignments name articles the way
    the user's data does; otherwise ``FILE:LINE`` (plus ``#N`` for the Nth article of a line
    that holds several), stable across reruns of the same file.
    """

    where: str
    key: str
    article: Article | None
    error: str | None = None
    note: str | None = None  # a line for the user that skips no article (files of other types)


def iter_articles(path: str, handle=None) -> Iterator[Entry]:
    """The article objects of a JSONL file, one per line; a bad line is yielded as an error."""
    own = handle is None
    handle = open(path, "rb") if own else handle
    label = shown_name(path)  # the keys of its articles: stored, written, shown
    try:
        for n, obj, error in _json_lines(handle):
            where = f"{label}:{n}"
            if error:
                yield Entry(where, where, None, error)
                continue
            own_id = obj.get("id") if isinstance(obj, dict) else None
            key = id_text(own_id) if own_id is not None and id_text(own_id).strip() else where
            try:
                read = Reading.of(record_items(obj, where, lenient=True))
            except InputError as exc:
                yield Entry(where, key, None, exc.reason)
                continue
            articles, skipped = read.articles, read.skipped_unnumbered
            # a list's text-less item (a feed item that kept only its headline) is left out and
            # named as ``brief`` names it ("in.jsonl:3[1]: skipped, ..."); it failed the whole
            # line, every other article of it lost
            for exc in skipped:
                yield Entry(exc.source, exc.source, None, exc.reason)
            if not articles:
                if not skipped:
                    yield Entry(where, key, None, "no article text on this line")
                continue
            if len(articles) == 1:
                yield Entry(where, key, articles[0])
            else:
                for i, article in enumerate(articles, 1):
                    yield Entry(where, f"{key}#{i}", article)
    finally:
        if own:
            handle.close()
