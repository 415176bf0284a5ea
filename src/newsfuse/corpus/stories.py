"""Reading a store: the story list in four formats, and the brief of one story (cached).

A story's brief is cached in the store under the hash of its article ids and the options
that shape the brief; when an article joins the story the hash changes and the brief is
computed again, otherwise it is read back. Readers that opened the store read-only (the web
app) keep what they computed in memory instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Iterable

from .. import interrupts
from ..errors import InputError, NewsfuseError, UsageError
from ..model import DEFAULT_WORDS, Article, Brief
from ..render import check_format
from ..render.citations import plural
from ..render.markdown import md_text
from .store import Store

STORIES_SCHEMA = "newsfuse.stories/1"
PROPOSALS_SCHEMA = "newsfuse.proposals/1"


class UnknownStory(NewsfuseError):
    def __init__(self, store: str, story: str):
        super().__init__(f"{store}: no story {story!r}; list them with 'newsfuse stories --store {store}'")


def check_date(value: str | None, name: str = "--since") -> str | None:
    """``name`` is how the caller's user gave it: the command line's --since, the web API's
    ``since`` query parameter."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageError(name, f"{value!r} is not a date; use YYYY-MM-DD") from None


def list_stories(store: Store, since: str | None = None, min_articles: int = 1) -> dict[str, Any]:
    """The JSON form (schema newsfuse.stories/1), newest first."""
    if min_articles < 1:
        raise UsageError("--min-articles", "must be at least 1")
    return {"schema": STORIES_SCHEMA, "store": store.path,
            "stories": store.stories(since=check_date(since), min_articles=min_articles)}


def list_proposals(store: Store) -> dict[str, Any]:
    """The merge proposals still open (schema newsfuse.proposals/1), best first."""
    return {"schema": PROPOSALS_SCHEMA, "store": store.path, "proposals": store.proposals()}


def _story_line(s: dict) -> str:
    """A story as the text listings open its line (the story list and each side of a merge
    proposal): its id, the days it spans and how many articles it holds."""
    span = s["first_seen"] if s["first_seen"] == s["last_seen"] else f"{s['first_seen']} .. {s['last_seen']}"
    return f"{s['id']}  {span}  {plural(s['n_articles'], 'article')}"


def render_proposals(listing: dict[str, Any], fmt: str) -> str:
    """What the grouper's offline pass suggests, with the command that applies each one."""
    proposals = listing["proposals"]
    if fmt == "json":
        return json.dumps(listing, ensure_ascii=False, indent=2) + "\n"
    store = listing.get("store") or "PATH"

    def command(p: dict) -> str:
        return f"newsfuse merge --store {store} {p['stories'][0]['id']} {p['stories'][1]['id']}"

    def side(s: dict) -> str:
        return f"{_story_line(s)}  {s['title'] or ''}"

    if fmt == "text":
        if not proposals:
            return "No merge proposals.\n"
        lines = []
        for p in proposals:
            lines.append(f"merge (score {p['score']}):")
            lines.extend("    " + side(s) for s in p["stories"])
            lines.append(f"    apply: {command(p)}")
        lines.append(f"{len(proposals)} proposal{'s' if len(proposals) != 1 else ''}; a merge keeps the id of the story first seen")
        return "\n".join(lines) + "\n"
    if fmt == "md":
        if not proposals:  # a table of headers alone reads as a failed listing
            return f"# Merge proposals (0)\n\nNo merge proposals.\n"
        lines = [f"# Merge proposals ({len(proposals)})", "",
                 "| score | kept (first seen) | merged into it | apply |", "|---:|---|---|---|"]
        for p in proposals:
            a, b = (f"{s['id']}: {md_text(s['title'])} ({s['n_articles']})"
                    for s in p["stories"])
            lines.append(f"| {p['score']} | {a} | {b} | `{command(p)}` |")
        return "\n".join(lines) + "\n"
    if fmt == "html":
        from jinja2 import Environment, select_autoescape

        env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
        return env.from_string(_PROPOSALS_PAGE).render(proposals=proposals, command=command)
    raise AssertionError(fmt)  # check_format let through a format with no writer


# ---------------------------------------------------------------------------- rendering

def render_stories(listing: dict[str, Any], fmt: str, link: str | None = None) -> str:
    """``link`` is the URL pattern of a story page ("/stories/{id}") for html."""
    fmt = check_format(fmt)
    stories = listing["stories"]
    if fmt == "json":
        return json.dumps(listing, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        return _html(listing, link)
    if fmt == "md":
        if not stories:  # as the text and HTML lists say it, not a table of headers alone
            return "# Stories (0)\n\nNo stories match.\n"
        lines = [f"# Stories ({len(stories)})", "",
                 "| story | headline | articles | outlets | first seen | last seen |",
                 "|---|---|---:|---|---|---|"]
        for s in stories:
            title = md_text(s["title"])  # headlines are article text: shown, never markup
            outlets = md_text(", ".join(s["sources"]))
            lines.append(f"| {s['id']} | {title} | {s['n_articles']} | {outlets} | "
                         f"{s['first_seen'] or ''} | {s['last_seen'] or ''} |")
        return "\n".join(lines) + "\n"
    if fmt == "text":
        if not stories:
            return "No stories match.\n"
        lines = []
        for s in stories:
            lines.append(f"{_story_line(s)}  {', '.join(s['sources']) or 'no outlet named'}")
            lines.append(f"    {s['title'] or ''}")
        lines.append(f"{len(stories)} stor{'ies' if len(stories) != 1 else 'y'}")
        return "\n".join(lines) + "\n"
    raise AssertionError(fmt)  # check_format let through a format with no writer


def _html(listing: dict[str, Any], link: str | None) -> str:
    from jinja2 import Environment, select_autoescape

    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(_PAGE)
    return template.render(stories=listing["stories"], link=link, schema=STORIES_SCHEMA)


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Stories ({{ stories|length }})</title>
<style>
body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
li{margin:.8rem 0;list-style:none} ul{padding:0} .meta{color:#555;font-size:.9rem}
a{color:#0050a0} code{font-size:.85rem}
</style></head><body>
<h1>Stories <span class="meta">({{ stories|length }}, newest first)</span></h1>
<ul>
{% for s in stories %}<li id="{{ s.id }}">
{% if link %}<a href="{{ link.replace('{id}', s.id) }}">{{ s.title or s.id }}</a>{% else %}<strong>{{ s.title or s.id }}</strong>{% endif %}
<div class="meta"><code>{{ s.id }}</code> · {{ s.n_articles }} article{{ '' if s.n_articles == 1 else 's' }}
 · {{ s.sources|join(', ') or 'no outlet named' }} · {{ s.first_seen }}{% if s.last_seen != s.first_seen %} to {{ s.last_seen }}{% endif %}</div>
</li>
{% else %}<li>No stories match.</li>{% endfor %}
</ul></body></html>
"""


_PROPOSALS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Merge proposals ({{ proposals|length }})</title>
<style>
body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
li{margin:.8rem 0;list-style:none} ul{padding:0} .meta{color:#555;font-size:.9rem} code{font-size:.85rem}
</style></head><body>
<h1>Merge proposals <span class="meta">({{ proposals|length }}; a merge keeps the id of the story first seen)</span></h1>
<ul>
{% for p in proposals %}<li>score {{ p.score }}
{% for s in p.stories %}<div><code>{{ s.id }}</code> {{ s.title or '' }} <span class="meta">· {{ s.n_articles }} article{{ '' if s.n_articles == 1 else 's' }} · {{ s.first_seen }}{% if s.last_seen != s.first_seen %} to {{ s.last_seen }}{% endif %}</span></div>
{% endfor %}<div class="meta"><code>{{ command(p) }}</code></div></li>
{% else %}<li>No merge proposals.</li>{% endfor %}
</ul></body></html>
"""


# ---------------------------------------------------------------------------- briefs

def story_articles(store: Store, story_id: str) -> tuple[str, list[Article]]:
    """The kept id of a story and its articles, rebuilt from the store in publication order."""
    rows = store.story_articles(story_id)
    if not rows:
        raise UnknownStory(store.path, story_id)
    articles = [Article(text=r["text"], title=r["title"], source=r["source"], published=r["published"],
                        url=r["url"], path=r["key"]) for r in rows]
    return store.resolve(story_id), articles


def articles_hash(articles: Iterable[Article]) -> str:
    return hashlib.sha1("\n".join(sorted(a.path or "" for a in articles)).encode("utf-8")).hexdigest()


def brief_options(words: int, sections: list[str] | None, scorer: str | None = None,
                  figures: str | None = None) -> str:
    options = {"words": words, "sections": None if sections is None else sorted(sections)}
    if scorer and scorer != "heuristic":  # the default leaves the key out, so older caches stay valid
        options["scorer"] = scorer
    if figures and figures != "rules" and sections and "claims" in sections:
        options["figures"] = figures  # the same: only a brief whose claims it changes differs
    return json.dumps(options, sort_keys=True)


def brief_story(store: Store, story_id: str, words: int = DEFAULT_WORDS, sections: list[str] | None = None,
                progress=None, memo: dict | None = None, brief_fn=None,
                scorer: str | None = None, figures: str | None = None) -> tuple[Brief, bool]:
    """The brief of one story and whether it came from the cache.

    A writable store caches the brief in the store; a read-only one (the web app) in ``memo``.
    ``brief_fn`` replaces ``brief_articles`` (the web app passes its locked version).
    """
    from ..pipeline import available_sections, brief_articles

    kept, articles = story_articles(store, story_id)
    wanted = available_sections() if sections is None else list(sections)
    options = brief_options(words, wanted, scorer, figures)
    digest = articles_hash(articles)
    cached = store.cached_brief(kept, options, digest)
    if cached is None and memo is not None:
        cached = memo.get((kept, options, digest))
    if cached is not None:
        result = Brief.from_dict(json.loads(cached))
        # the texts were stored for the report page; the brief itself lists articles without them
        result.articles = [{k: v for k, v in a.items() if k != "text"} for a in result.articles]
        return result, True
    extra = {k: v for k, v in (("scorer", scorer), ("figures", figures)) if v}
    brief_fn = brief_fn or (lambda arts, w, s: brief_articles(arts, words=w, sections=s, progress=progress, **extra))
    result = brief_fn(articles, words, wanted)
    text = result.to_json(indent=None, include_text=True)
    if store.read_only:
        if memo is not None:
            memo[(kept, options, digest)] = text
    else:
        store.save_brief(kept, options, digest, text)
    return result, False


# ---------------------------------------------------------------------------- every story, through an executor

def _brief_job(job: tuple[str, str, list[Article], int, list[str], str | None, str | None]
               ) -> tuple[str, str, str | None, str | None]:
    """Runs on a worker: (story, digest, brief JSON or None, error or None)."""
    from ..pipeline import brief_articles

    story, digest, articles, words, sections, scorer, figures = job
    extra = {k: v for k, v in (("scorer", scorer), ("figures", figures)) if v}
    try:
        result = brief_articles(articles, words=words, sections=sections, **extra)
    except NewsfuseError as exc:
        return story, digest, None, str(exc)
    except Exception as exc:  # one odd story must not stop the others
        return story, digest, None, f"internal error ({type(exc).__name__}: {exc})"
    return story, digest, result.to_json(indent=None, include_text=True), None


def brief_all(store: Store, executor, words: int = DEFAULT_WORDS, sections: list[str] | None = None,
              min_articles: int = 1, on_done=None, on_error=None, scorer: str | None = None,
              figures: str | None = None, counts: dict[str, int] | None = None) -> dict[str, int]:
    """Brief every story of the store that has no valid cached brief, through ``executor``
    (one story per task); each brief is written to the store as it arrives.

    ``counts`` (briefed, cached, failed, and ``stories``, how many were considered) is kept
    up to date as briefs arrive, so a caller stopped by Ctrl-C can say what the store kept.
    """
    from ..pipeline import available_sections

    wanted = available_sections() if sections is None else list(sections)
    options = brief_options(words, wanted, scorer, figures)
    counts = {} if counts is None else counts
    counts.update(briefed=0, cached=0, failed=0, stories=0)
    jobs = []
    for s in store.stories(min_articles=min_articles):
        kept, articles = story_articles(store, s["id"])
        digest = articles_hash(articles)
        if store.cached_brief(kept, options, digest) is not None:
            counts["cached"] += 1
            continue
        jobs.append((kept, digest, articles, words, wanted, scorer, figures))
    counts["stories"] = counts["cached"] + len(jobs)
    for story, digest, text, error in executor.map(_brief_job, jobs, batch_size=1):
        if error:
            counts["failed"] += 1
            if on_error:
                on_error(story, error)
        else:
            # a Ctrl-C between the save and the count made the interrupted run's message say one
            # brief fewer than the store kept (seen in CI): the two happen together or not at all
            with interrupts.held():
                store.save_brief(story, options, digest, text)
                counts["briefed"] += 1
        if on_done:
            on_done(1)
    return {k: counts[k] for k in ("briefed", "cached", "failed")}
