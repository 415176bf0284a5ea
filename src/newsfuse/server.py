"""newsfuse as a local web app: paste or upload reports, get the brief page or its JSON.

It is meant to run on the user's own machine, so it binds to 127.0.0.1 unless told
otherwise. Anything a client sends is data: pasted text and uploaded bytes are read with
``text_items``, article objects with ``article_from_object``; no client string ever
reaches ``read_numbered``, which would take it for a path on the server's disk.

The NLP work is CPU-bound and synchronous and its models are loaded lazily per process, so
briefs run in the threadpool (the event loop keeps answering /health and other requests)
and one at a time behind a lock: two first requests can never load the models twice, and
spaCy pipelines are not documented as safe to share between threads. At most ``max_waiting``
briefs wait behind the running one; a brief beyond that gets a 503 with Retry-After at once
(a queue that grows without bound only turns overload into timeouts), and one that waits
too long gets a 503 instead of hanging.

Everything the pages load comes from this server: the API documentation at /docs uses the
Swagger UI files shipped in the fastapi-offline package, so the app works offline. There is
no /redoc: ReDoc loads its maker's logo from another host.
"""

from __future__ import annotations

import errno
import json
import logging
import socket
import threading
import time
from pathlib import PurePath
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi_offline import FastAPIOffline
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__, interrupts
from .errors import InputError, NewsfuseError, UsageError
from .model import Article, Brief, printable
from .pipeline import (DEFAULT_FIGURES, DEFAULT_WORDS, FIGURE_GROUPINGS, SECTIONS, available_sections, brief_articles,
                       check_figures, check_scorer, check_sections, parse_sections)
from .progress import STEP_NAMES, Progress
from .readers import Reading, article_from_object, text_items
from .readers.jsonl import json_kind, number_too_long
from .summarize import DEFAULT_SCORER, SCORERS

log = logging.getLogger("newsfuse.server")

MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_ARTICLES = 200
MAX_WORDS = 2000
QUEUE_TIMEOUT = 300.0  # seconds a request may wait for the NLP lock before a 503
MAX_WAITING = 8  # briefs that may wait behind the running one; more get a 503 at once
RETRY_AFTER = "30"
UPLOAD_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"}
SEPARATOR = "---"

_nlp_lock = threading.Lock()


# ---------------------------------------------------------------------------- models

class ArticleIn(BaseModel):
    """One report as a client sends it; only ``text`` is required."""

    model_config = ConfigDict(json_schema_extra={"example": {
        "title": "US-led strike kills Syrian troops", "text": "At least 62 Syrian soldiers...",
        "url": "https://example.org/story", "source": "Example News", "published": "2016-09-17"}})

    text: str = Field(min_length=1, description="The article body (plain text).")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="Outlet name.")
    author: str | None = Field(None, description="Byline, shown beside the source.")
    published: str | None = Field(None, description="Publication date, ideally YYYY-MM-DD.")

    @field_validator("text", "title", "url", "source", "author", "published", mode="before")
    @classmethod
    def _characters_only(cls, value: Any) -> Any:
        """A lone surrogate (a JSON ``\ud800`` with no pair) is no character: the readers drop
        it, as the command line does, where pydantic refused the whole request ("unable to
        parse raw data as a unicode string")."""
        return printable(value) if isinstance(value, str) else value


# The Python API's ``scorer`` and ``figures`` keywords (the CLI's --scorer and --figures), with
# the pipeline's own lists of choices, so the three faces offer the same briefs.
SCORER_HELP = (f"Summary sentence scorer: {', '.join(SCORERS)} (default {DEFAULT_SCORER}): heuristic "
               "has hand-set weights, learned is the shipped ranker.")
FIGURES_HELP = (f"How the claims section groups two reports' figures: {', '.join(FIGURE_GROUPINGS)} "
                f"(default {DEFAULT_FIGURES}): rules are the hand rules, learned the shipped linker, "
                "whose licence allows non-commercial research and educational use only (README, "
                "\"Licence of the figure linker\").")


class BriefRequest(BaseModel):
    # a misspelt key ("word": 100) was ignored, and the client got the default 250-word brief
    # with no word of it; an article object keeps its extra keys quiet (a feed's "id", "story")
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES,
                                      description=f"The reports of one story, at most {MAX_ARTICLES}.")
    words: int = Field(DEFAULT_WORDS, ge=10, le=MAX_WORDS, description="Summary length in words.")
    sections: list[str] | None = Field(
        None, description=f"Sections to compute besides the summary (default: all available). "
                          f"Known: {', '.join(SECTIONS)}.")
    scorer: str = Field(DEFAULT_SCORER, description=SCORER_HELP, json_schema_extra={"enum": list(SCORERS)})
    figures: str = Field(DEFAULT_FIGURES, description=FIGURES_HELP,
                         json_schema_extra={"enum": list(FIGURE_GROUPINGS)})

    @field_validator("sections", mode="before")
    @classmethod
    def _a_comma_list(cls, value: Any) -> Any:
        """"claims, quotes" as the command line and the Python API take it ("Input should be a
        valid list" told the client nothing it could not already send)."""
        return parse_sections(value, "sections") if isinstance(value, str) else value

    @field_validator("words", mode="before")
    @classmethod
    def _a_json_number(cls, value: Any) -> Any:
        """The schema says integer: "100" in quotes, or true, was read as 100 or 1, so a client
        that sent the wrong type never learned of it. 100.0 is an integer in JSON Schema and
        stays one; 100.5 is refused by the int check."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            kind = f"a string ({json.dumps(value[:20])})" if isinstance(value, str) else json_kind(value)
            raise PydanticCustomError("int_type", "{kind}, not a number; send an integer such as 150",
                                      {"kind": kind})
        return value


class ErrorBody(BaseModel):
    status: int
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: str
    version: str
    sections: list[str]


class BriefProgress(BaseModel):
    running: bool = Field(description="Whether a brief is running now.")
    step: str | None = Field(None, description="Its step: models, parse, a section's name or summary.")
    label: str | None = Field(None, description="The step in a reader's words.")
    done: int | None = Field(None, description="Units of the step done (paragraphs of the parse).")
    total: int | None = Field(None, description="Units of the step in all, when it counts them.")
    seconds: float | None = Field(None, description="Seconds since the brief began.")
    waiting: int = Field(0, description="Briefs waiting behind it.")


class _Running(Progress):
    """The steps of the brief that holds the NLP lock, for ``GET /api/progress``: briefs run
    one at a time, so the server has at most one. A brief of a few hundred reports runs for
    minutes, and the form's page asks this every second to say which step it is at."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.step = "models"  # the first step of every brief (``brief_articles``)
        self.total: int | None = None
        self.done = 0

    def begin(self, step: str, total: int | None = None) -> None:
        self.step, self.total, self.done = step, total, 0

    def advance(self, n: int = 1) -> None:
        self.done += n


_running: _Running | None = None


def progress_now(waiting: int = 0) -> dict[str, Any]:
    """What ``GET /api/progress`` answers: the running brief's step, or ``running: false``."""
    now = _running
    if now is None:
        return {"running": False, "waiting": waiting}
    return {"running": True, "step": now.step, "label": STEP_NAMES.get(now.step, now.step),
            "done": now.done, "total": now.total, "seconds": round(time.monotonic() - now.started, 1),
            "waiting": waiting}


class ApiError(Exception):
    """A refusal with an HTTP status; rendered as ``{"error": {"status", "message"}}``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        self.status = status
        self.message = message
        self.headers = headers
        super().__init__(message)


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status,
                        headers=headers)


ERRORS = {code: {"model": ErrorResponse} for code in (400, 413, 415, 422, 503)}
FORM_POST = "/brief"  # the paste-and-upload form posts here: refusals answer it with the form


# ---------------------------------------------------------------------------- body limit

class BodyLimit:
    """Refuse bodies over ``limit`` bytes with a 413, whatever Content-Length claims.

    A declared length over the limit is refused before reading; otherwise the body is read
    (at most limit + 1 bytes, so a chunked or lying client cannot make us buffer more) and
    replayed to the app.
    """

    def __init__(self, app, limit: int = MAX_BODY_BYTES):
        self.app = app
        self.limit = limit

    def _refusal(self, scope, status: int, message: str, headers: dict[str, str] | None = None):
        """JSON for the API; the form again, with the reason, for the form's own post, which a
        browser sends (before: a browser that uploaded a 5 MB file was shown the raw JSON)."""
        if scope.get("path") == FORM_POST:
            page = _page(render_form(error=message), status)
            page.headers.update(headers or {})
            return page
        return error_response(status, message, headers)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        too_big = _too_big(self.limit)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                return await self._refusal(scope, 400, "Content-Length is not a number")(scope, receive, send)
            if declared > self.limit:
                return await self._refusal(scope, 413, too_big, {"Connection": "close"})(scope, receive, send)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await self._refusal(scope, 413, too_big, {"Connection": "close"})(scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


def _too_big(limit: int) -> str:
    return f"request body is larger than {limit // (1024 * 1024)} MB; send fewer or shorter articles"


# ---------------------------------------------------------------------------- the work

# The checks every face shares, each refusal naming the request's own key ("sections",
# "scorer", "figures": the JSON body's keys, the story routes' query parameters and the
# form's fields alike), as pydantic's refusals name "words"; the command line names its options.

def _check_sections(sections: list[str] | None) -> list[str] | None:
    if sections is None:
        return None
    try:
        check_sections(sections, "sections")
    except InputError as exc:
        raise ApiError(422, str(exc)) from None
    missing = [s for s in sections if s not in available_sections()]
    if missing:
        raise ApiError(422, f"section {missing[0]!r} is not available in this install")
    return list(dict.fromkeys(sections))


def _check_choices(scorer: str, figures: str) -> None:
    """Refuse an unknown scorer or figure grouping before the brief waits in the queue, with
    the pipeline's check and message."""
    try:
        check_scorer(scorer, "scorer")
        check_figures(figures, "figures")
    except InputError as exc:
        raise ApiError(422, str(exc)) from None


def _check_count(articles: list[Article]) -> None:
    if not articles:
        raise ApiError(422, "no articles: paste some text or upload files")
    if len(articles) > MAX_ARTICLES:
        raise ApiError(422, f"{len(articles)} articles; the limit is {MAX_ARTICLES} per request")


def brief_guarded(articles: list[Article], words: int, sections: list[str] | None,
                  scorer: str = DEFAULT_SCORER, figures: str = DEFAULT_FIGURES,
                  read_warnings: list[str] | None = None, places: list[int] | None = None) -> Brief:
    """``brief_articles`` one at a time (see the module docstring); runs in a worker thread."""
    global _running
    if not _nlp_lock.acquire(timeout=QUEUE_TIMEOUT):
        raise ApiError(503, "the server is busy with other briefs; try again in a minute",
                       {"Retry-After": RETRY_AFTER})
    try:
        _running = _Running()
        with interrupts.native_work():  # a stopping server waits for it (see interrupts.py)
            return brief_articles(articles, words=words, sections=sections, scorer=scorer, figures=figures,
                                  read_warnings=read_warnings or (), progress=_running, places=places)
    finally:
        _running = None
        _nlp_lock.release()


class BriefQueue:
    """Admission for briefs: one running and at most ``waiting`` waiting. Counted on the
    event loop (one thread), before a worker thread is taken, so the refusal is immediate."""

    def __init__(self, waiting: int = MAX_WAITING):
        self.limit = 1 + max(0, waiting)
        self.count = 0

    async def run(self, articles: list[Article], words: int, sections: list[str] | None,
                  scorer: str = DEFAULT_SCORER, figures: str = DEFAULT_FIGURES,
                  read_warnings: list[str] | None = None, places: list[int] | None = None) -> Brief:
        if self.count >= self.limit:
            raise ApiError(503, f"the server is busy: {self.count} briefs are running or waiting; "
                                f"try again in {RETRY_AFTER} seconds", {"Retry-After": RETRY_AFTER})
        self.count += 1
        try:
            return await run_in_threadpool(brief_guarded, articles, words, sections, scorer, figures,
                                           read_warnings, places)
        finally:
            self.count -= 1


def _render(brief: Brief) -> str:
    from .render.html import render_html

    return render_html(brief)


def articles_from_request(req: BriefRequest) -> list[Article]:
    return [article_from_object(a.model_dump(), f"articles[{i}]") for i, a in enumerate(req.articles)]


def split_pasted(text: str) -> list[str]:
    """Pasted text as articles: a line holding only ``---`` separates two of them."""
    parts, current = [], []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip() == SEPARATOR:
            parts.append("\n".join(current))
            current = []
        else:
            current.append(line)
    parts.append("\n".join(current))
    return [p.strip() for p in parts if p.strip()]


def articles_from_paste(texts: list[str]) -> Reading:
    """The pasted articles, each in its place among the form's inputs (the uploads follow)."""
    out = Reading()
    n = 0
    for box in texts:
        for part in split_pasted(box):
            n += 1
            if n > MAX_ARTICLES:
                raise ApiError(422, f"more than {MAX_ARTICLES} articles; the limit is {MAX_ARTICLES} per request")
            out.add(text_items(part.encode("utf-8"), f"pasted article {n}"))
    return out


def upload_name(filename: str | None, n: int) -> str:
    """The client's file name, reduced to its last part: it only labels the article."""
    name = PurePath((filename or "").replace("\\", "/")).name.strip()
    return name[:120] or f"upload {n}"


# ---------------------------------------------------------------------------- app

def create_app(warm: bool = False, max_waiting: int = MAX_WAITING, store: str | None = None) -> FastAPI:
    """The web app. ``warm`` loads the models in the background at startup, so the first
    user does not wait for them (off in tests, which make their own requests);
    ``max_waiting`` briefs may wait behind the running one (see the module docstring).
    ``store`` adds a store's stories (see ``add_story_routes``); the paste form then moves to /new."""
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm:
            interrupts.background(_warm_up, "warm-up")
        yield

    queue = BriefQueue(max_waiting)
    app = FastAPIOffline(
        static_url="/docs-assets",
        redoc_url=None,  # ReDoc fetches its own logo from its maker's host

        swagger_ui_parameters={"validatorUrl": None},  # the public validator is another host
        title="newsfuse",
        version=__version__,
        summary="Read many news reports of one story as one.",
        description="Paste or upload reports of one story; get a cited summary, disputed figures, "
                    "quotes, a timeline, copied text and entities, as JSON or as one HTML page.",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.message, exc.headers)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return error_response(422, str(exc))

    @app.exception_handler(NewsfuseError)
    async def _newsfuse_error(request: Request, exc: NewsfuseError):
        return error_response(*_status_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if isinstance(exc.__cause__, UnicodeDecodeError):
            # FastAPI's words for a JSON body that is not UTF-8 (binary, or Latin-1 text) are
            # "There was an error parsing the body"; the cause names the byte
            coding = request.headers.get("content-encoding", "").strip().lower()
            if coding not in ("", "identity"):  # a client that compresses: not a byte of its text
                return error_response(415, f"the body is compressed (Content-Encoding: {coding}); send the "
                                           "JSON uncompressed")
            bad = exc.__cause__
            byte = bad.object[bad.start:bad.start + 1].hex() if isinstance(bad.object, bytes) else ""
            return error_response(400, f"malformed JSON: the body is not UTF-8 text (byte 0x{byte} at position "
                                       f"{bad.start}); send JSON as UTF-8")
        if isinstance(exc.__cause__, RecursionError):
            # FastAPI's "There was an error parsing the body" for JSON nested past what
            # Python's parser follows; the command line says it so
            return error_response(400, "malformed JSON: nested too deeply")
        too_long = number_too_long(exc.__cause__) if exc.__cause__ is not None else None
        if too_long:
            return error_response(400, f"malformed JSON: {too_long}")
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(jsonable_encoder(exc.detail))
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not _is_json(media) and any(tuple(e.get("loc", ())) == ("body",) for e in errors):
            # FastAPI reads only a JSON content type as JSON; any other body reached the model
            # as bytes and pydantic's words ("a valid dictionary") named no fix
            which = f"this body is {media}" if media else "this body has no content type"
            return error_response(415, f"send the articles as JSON with 'Content-Type: application/json'; {which}")
        if any(e.get("type") == "json_invalid" for e in errors):
            detail = next(e for e in errors if e.get("type") == "json_invalid")
            reason = (detail.get("ctx") or {}).get("error", "")
            return error_response(400, f"malformed JSON{': ' + str(reason) if reason else ''}")
        return error_response(422, _validation_message(errors))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error_response(500, "internal error; the server log has the details")

    @app.get("/health", response_model=Health, tags=["service"])
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "sections": available_sections()}

    @app.get("/api/progress", response_model=BriefProgress, response_model_exclude_none=True, tags=["service"],
             summary="The step of the brief running now (briefs run one at a time)")
    def api_progress() -> dict[str, Any]:
        return progress_now(waiting=max(0, queue.count - 1))

    async def requested_brief(req: BriefRequest) -> Brief:
        """The brief a request asks for, in JSON or as the page: its choices checked before it waits."""
        sections = _check_sections(req.sections)
        _check_choices(req.scorer, req.figures)
        return await queue.run(articles_from_request(req), req.words, sections, req.scorer, req.figures)

    @app.post("/api/brief", tags=["brief"], responses=ERRORS,
              summary="Brief the reports; the JSON brief (schema newsfuse.brief/1)")
    async def api_brief(req: BriefRequest,
                        include_text: bool = Query(False, description="Add each article's cleaned text.")
                        ) -> JSONResponse:
        return JSONResponse((await requested_brief(req)).to_dict(include_text=include_text))

    @app.post("/api/brief.html", tags=["brief"], responses=ERRORS, response_class=HTMLResponse,
              summary="Brief the reports; the self-contained HTML page")
    async def api_brief_html(req: BriefRequest) -> HTMLResponse:
        return _page(await run_in_threadpool(_render, await requested_brief(req)))

    if store is not None:
        add_story_routes(app, store)
    else:
        add_storeless_routes(app)

    @app.get("/new" if store is not None else "/", response_class=HTMLResponse, include_in_schema=False)
    def form_page() -> HTMLResponse:
        return _page(render_form())

    @app.post(FORM_POST, response_class=HTMLResponse, include_in_schema=False)
    async def form_brief(request: Request) -> HTMLResponse:
        """The form post: the page on success, the form again with the reason on failure."""
        texts: list[str] = []
        words_raw = str(DEFAULT_WORDS)
        chosen: list[str] = []
        scorer, figures = DEFAULT_SCORER, DEFAULT_FIGURES
        try:
            form = await request.form(max_files=MAX_ARTICLES, max_fields=MAX_ARTICLES + 50,
                                      max_part_size=MAX_BODY_BYTES)
            texts = [t for t in form.getlist("text") if isinstance(t, str)]
            words_raw = str(form.get("words") or DEFAULT_WORDS)
            chosen = [s for s in form.getlist("sections") if isinstance(s, str)]
            scorer = str(form.get("scorer") or DEFAULT_SCORER)
            figures = str(form.get("figures") or DEFAULT_FIGURES)
            try:
                words = int(words_raw)
            except ValueError:
                raise ApiError(422, f"summary length {words_raw!r} is not a number") from None
            if not 10 <= words <= MAX_WORDS:
                raise ApiError(422, f"summary length must be between 10 and {MAX_WORDS} words")
            sections = _check_sections(chosen) if form.get("sections_sent") else None
            _check_choices(scorer, figures)
            reading = articles_from_paste(texts)
            # an uploaded feed's items without text are skipped in their places and said, as
            # ``brief`` does
            uploads = [f for f in form.getlist("files") if not isinstance(f, str)]
            for n, upload in enumerate(uploads, 1):
                if not upload.filename and not upload.size:
                    continue  # the empty file input a browser sends when nothing was chosen
                name = upload_name(upload.filename, n)
                suffix = PurePath(name).suffix.lower()
                if suffix not in UPLOAD_SUFFIXES:
                    raise ApiError(415, f"{name}: cannot read {suffix or 'files without a suffix'}; "
                                        "upload .txt, .md, .html, .json or .jsonl")
                data = await upload.read()
                if not data.strip():
                    raise ApiError(422, f"{name}: file is empty")
                reading.add(text_items(data, name, suffix=suffix, lenient=True))
            _check_count(reading.articles)
            brief = await queue.run(reading.articles, words, sections, scorer, figures, reading.warnings,
                                    reading.places)
            return _page(await run_in_threadpool(_render, brief))
        except (ApiError, InputError, StarletteHTTPException) as exc:
            status, message = _status_message(exc)
            return _page(render_form(error=message, texts=texts, words=words_raw, chosen=chosen,
                                     sections_sent=True, scorer=scorer, figures=figures), status=status)

    return app


def add_storeless_routes(app: FastAPI) -> None:
    """The story addresses of a server started without a store answer how to get one: a
    client that read README's /api/stories got "Not Found", the words of a mistyped address."""
    no_store = ("this server has no story store; start it with 'newsfuse serve --store PATH' "
                "(a store made by 'newsfuse group')")

    @app.get("/api/stories", include_in_schema=False)
    @app.get("/api/stories/{story_id}", include_in_schema=False)
    def no_stories(story_id: str | None = None) -> None:
        raise ApiError(404, no_store)


def add_story_routes(app: FastAPI, store_path: str) -> None:
    """The store's stories: the list at /, a story's report page, and the JSON API.

    The store is opened read-only, per request, so a ``group`` run may write it meanwhile
    (SQLite WAL: each request sees the last committed chunk). A story's brief comes from the
    store's cache when ``newsfuse brief --store`` made it for the same articles; otherwise it is
    computed here, kept in memory, and recomputed when the story gains articles.
    """
    from .corpus.stories import UnknownStory, brief_story, check_date, list_stories, render_stories
    from .corpus.store import Store

    memo: dict = {}

    def open_store() -> Store:
        return Store(store_path, read_only=True)

    def listing(since: str | None, min_articles: int) -> dict[str, Any]:
        since = check_date(since, "since")  # named as the query gives it, not as --since
        with open_store() as db:
            return list_stories(db, since=since, min_articles=min_articles)

    def story_brief(story_id: str, words: int, sections: list[str] | None,
                    scorer: str = DEFAULT_SCORER, figures: str = DEFAULT_FIGURES) -> Brief:
        _check_choices(scorer, figures)

        def locked(articles: list[Article], w: int, s: list[str] | None) -> Brief:
            return brief_guarded(articles, w, s, scorer, figures)

        with open_store() as db:
            try:
                result, _ = brief_story(db, story_id, words=words, sections=sections, memo=memo,
                                        brief_fn=locked, scorer=scorer, figures=figures)
            except UnknownStory as exc:
                raise ApiError(404, str(exc)) from None
        return result

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def story_list_page(since: str | None = None, min_articles: int = Query(1, ge=1)) -> HTMLResponse:
        try:
            data = await run_in_threadpool(listing, since, min_articles)
        except (ApiError, NewsfuseError) as exc:
            return _error_page(exc)
        return _page(render_stories(data, "html", link="/stories/{id}"))

    @app.get("/api/stories", tags=["stories"], responses=ERRORS,
             summary="The store's stories, newest first (schema newsfuse.stories/1)")
    async def api_stories(since: str | None = Query(None, description="YYYY-MM-DD"),
                          min_articles: int = Query(1, ge=1)) -> JSONResponse:
        return JSONResponse(await run_in_threadpool(listing, since, min_articles))

    @app.get("/api/stories/{story_id}", tags=["stories"], responses={**ERRORS, 404: {"model": ErrorResponse}},
             summary="The brief of one story (schema newsfuse.brief/1)")
    async def api_story(story_id: str, words: int = Query(DEFAULT_WORDS, ge=10, le=MAX_WORDS),
                        include_text: bool = Query(False),
                        scorer: str = Query(DEFAULT_SCORER, description=SCORER_HELP,
                                            json_schema_extra={"enum": list(SCORERS)}),
                        figures: str = Query(DEFAULT_FIGURES, description=FIGURES_HELP,
                                             json_schema_extra={"enum": list(FIGURE_GROUPINGS)})
                        ) -> JSONResponse:
        result = await run_in_threadpool(story_brief, story_id, words, None, scorer, figures)
        return JSONResponse(result.to_dict(include_text=include_text))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    async def story_page(story_id: str, scorer: str = DEFAULT_SCORER, figures: str = DEFAULT_FIGURES
                         ) -> HTMLResponse:
        try:
            result = await run_in_threadpool(story_brief, story_id, DEFAULT_WORDS, None, scorer, figures)
        except (ApiError, NewsfuseError) as exc:
            return _error_page(exc)
        return _page(await run_in_threadpool(_render, result))


def _status_message(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, ApiError):
        return exc.status, exc.message
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code, str(exc.detail)
    from .corpus.store import StoreError

    if isinstance(exc, StoreError):  # the server's own store (damaged, removed): not the request's fault
        return 500, str(exc)
    return 422, str(exc)


def _is_json(media: str) -> bool:
    """A media type FastAPI parses as JSON: application/json or a +json type."""
    main, _, sub = media.partition("/")
    return main == "application" and (sub == "json" or sub.endswith("+json"))


_REQUEST_SHAPE = '{"articles": [{"text": "..."}, ...]}'
_OBJECT_EXPECTED = ("model_type", "model_attributes_type", "dict_type")


def _validation_message(errors: list[dict[str, Any]]) -> str:
    """Pydantic's errors in the words the readers use: ``articles[0].text``, and a body or an
    article of the wrong kind named as what it is, with the shape to send."""
    parts = []
    for e in errors[:3]:
        loc_in = tuple(e.get("loc", ()))  # ("body", ...) or ("query", name): the name says enough
        path = list(loc_in[1:] if loc_in[:1] in (("body",), ("query",), ("path",)) else loc_in)
        if not path and e.get("type") == "missing":
            return f"the body is empty; send {_REQUEST_SHAPE}"
        if not path and e.get("type") in _OBJECT_EXPECTED:
            return f"the body is {json_kind(e.get('input'))}, not an object; send {_REQUEST_SHAPE}"
        loc = "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in path).lstrip(".") or "body"
        if len(path) == 1 and e.get("type") == "extra_forbidden":
            parts.append(f"{loc}: unknown key; a request has {', '.join(BriefRequest.model_fields)}")
            continue
        if len(path) == 2 and path[0] == "articles" and e.get("type") in _OBJECT_EXPECTED:
            parts.append(f"{loc}: {json_kind(e.get('input'))}, not an article object "
                         '{"text": "...", "title": "..."}')
            continue
        parts.append(f"{loc}: {e.get('msg', 'invalid')}")
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return "; ".join(parts) + more


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _page(html: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


_ERROR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>newsfuse: {{ status }}</title>
<style>body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
a{color:#0050a0}</style></head><body>
<h1>Could not show this page</h1>
<p role="alert">{{ message }}</p>
<p><a href="/">All stories</a></p>
</body></html>
"""


def _error_page(exc: Exception) -> HTMLResponse:
    """A refusal on a page a browser asked for: the same message as the API's, as a page."""
    from jinja2 import Environment, select_autoescape

    status, message = _status_message(exc)
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    return _page(env.from_string(_ERROR_PAGE).render(status=status, message=message), status=status)


def render_form(error: str | None = None, texts: list[str] | None = None, words: str | None = None,
                chosen: list[str] | None = None, sections_sent: bool = False,
                scorer: str = DEFAULT_SCORER, figures: str = DEFAULT_FIGURES) -> str:
    from .render.html import csp_hash, environment, static_text

    css, js = static_text("form.css"), static_text("form.js")
    csp = ("default-src 'none'; img-src data:; "
           f"style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
           "connect-src 'self'; base-uri 'none'; form-action 'self'")
    sections = available_sections()
    return environment().get_template("form.html").render(
        css=css, js=js, csp=csp, version=__version__, error=error,
        texts=[t for t in (texts or []) if t.strip()] or [""], words=words or DEFAULT_WORDS,
        sections=sections, chosen=set(chosen if sections_sent else sections),
        scorers=SCORERS, scorer=scorer, groupings=list(FIGURE_GROUPINGS), figures=figures,
        max_articles=MAX_ARTICLES, max_mb=MAX_BODY_BYTES // (1024 * 1024), max_bytes=MAX_BODY_BYTES,
        separator=SEPARATOR, suffixes=",".join(sorted(UPLOAD_SUFFIXES)),
    )


def _warm_up() -> None:
    text = ("The city council approved the new budget on Monday, officials said. "
            "The mayor said the plan would add 40 teachers. Critics said the cost was too high.")
    try:
        brief_guarded([article_from_object({"text": text}, "warm-up")], 50, None)
        log.info("models loaded")
    except Exception:  # a failed warm-up only means the first user waits
        log.warning("warm-up failed", exc_info=True)


class _QuietShutdown(logging.Filter):
    """Drop uvicorn's shutdown lines, and the traceback of a brief that the shutdown cut
    short (its client gets a closed connection): on Ctrl-C the CLI prints one line of its own."""

    PREFIXES = ("Shutting down", "Waiting for application shutdown", "Application shutdown complete",
                "Finished server process", "Waiting for connections to close",
                "Waiting for background tasks to complete", "Cancel ")

    def filter(self, record: logging.LogRecord) -> bool:
        import asyncio

        if record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError):
            return False
        return not str(record.msg).startswith(self.PREFIXES)


def _check_address(host: str, port: int) -> None:
    """Refuse, in one line and before the models load, an address the server cannot listen on
    (a port in use, a host that is not this machine's): uvicorn would log it after start-up
    and exit with status 3. The socket is bound as uvicorn binds it (SO_REUSEADDR), then freed."""
    if not host.strip():  # uvicorn would listen on every interface: never by accident
        raise UsageError("--host", "an empty host would listen on every interface; give 127.0.0.1 "
                                   "(this machine only) or 0.0.0.0 (every interface)")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        hint = "stop what uses it or pick another --port" if exc.errno == errno.EADDRINUSE else "check --host"
        raise NewsfuseError(f"cannot listen on {host}:{port}: {reason}; {hint}") from None


def run(host: str = "127.0.0.1", port: int = 8000, max_waiting: int = MAX_WAITING,
        store: str | None = None) -> None:
    """Serve the app until interrupted. Loopback by default: it is a personal tool.

    uvicorn catches SIGINT/SIGTERM, finishes the requests in flight (3 s at most) and then
    raises the signal again, which reaches the caller as ``interrupts.Interrupted`` when
    ``interrupts.install()`` ran first (the CLI does)."""
    import uvicorn

    _check_address(host, port)
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: anyone who can reach this address can use the app", host)
    logging.getLogger("uvicorn.error").addFilter(_QuietShutdown())
    uvicorn.run(create_app(warm=True, max_waiting=max_waiting, store=store), host=host, port=port, log_level="info",
                limit_concurrency=64, timeout_graceful_shutdown=3)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="newsfuse local web app")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    run(args.host, args.port)
