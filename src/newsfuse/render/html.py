"""The brief as one self-contained HTML page.

The page must open from a file, offline, years later, and be safe to open even though the
article text is untrusted: so styles and the script are inline, fonts are the system's, and a
Content-Security-Policy with hashes of exactly those two blocks forbids every other request
and every other script (an escaping bug then still cannot run code). All brief text goes
through Jinja2 autoescape; only http(s) URLs ever become links.

The template stays simple because everything that needs thinking is prepared here as a plain
"view": each article gets a colour, each citation a key that marks the cited span in its
article, the timeline its SVG geometry, the overlap its matrix cells.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..dates import parse_day
from ..model import Brief
from .citations import format_value, how_dated, independence_note

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

# Okabe & Ito's colour-blind-safe set first (yellow last: it is the weakest on white), then
# Paul Tol's muted set for large clusters. Chips always print the article id as well, so
# colour is a second cue, never the only one.
PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442",
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
    "#882255", "#AA4499",
]

ENTITY_LABELS = {
    "PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place",
    "NORP": "Group", "FAC": "Facility", "EVENT": "Event", "PRODUCT": "Product",
    "LAW": "Law", "WORK_OF_ART": "Work", "LANGUAGE": "Language", "DATE": "Date",
    "TIME": "Time", "MONEY": "Money", "PERCENT": "Percent", "QUANTITY": "Quantity",
    "CARDINAL": "Number", "ORDINAL": "Ordinal",
}
STATUS_ORDER = {"disputed": 0, "agreed": 1, "single": 2}


# ---------------------------------------------------------------------------- colours

def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink_for(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return "#000000" if contrast(background, "#000000") >= contrast(background, "#ffffff") else "#ffffff"


def article_colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


# ---------------------------------------------------------------------------- helpers

def safe_url(url: Any) -> str | None:
    """Only http(s) URLs become links: a ``javascript:`` URL in an article is an attack."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def format_number(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_day(text: Any) -> str:
    day = parse_day(text)
    return f"{day.day} {day:%b %Y}" if day else str(text)


def _passage_text(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        for key in ("text", "a_text", "passage"):
            if isinstance(item.get(key), str):
                return item[key]
    return ""


# ---------------------------------------------------------------------------- citations

class Citations:
    """Finds cited text in its article and gives each distinct span a key.

    Sections cite by text, not offsets, so the span is looked up in the cleaned article text:
    exactly first, then with any run of whitespace allowed to differ. The article is later cut
    at every span boundary, so overlapping citations (a quote inside a summary sentence) each
    keep their own highlight.
    """

    def __init__(self, texts: dict[str, str]):
        self.texts = texts
        self.spans: dict[str, dict[tuple[int, int], str]] = {aid: {} for aid in texts}

    def key(self, article: str, text: Any) -> str | None:
        body = self.texts.get(article)
        if not body or not isinstance(text, str) or not text.strip():
            return None
        span = self._find(body, text.strip())
        if span is None:
            return None
        spans = self.spans.setdefault(article, {})
        if span not in spans:
            spans[span] = f"{article}s{len(spans) + 1}"
        return spans[span]

    @staticmethod
    def _find(body: str, text: str) -> tuple[int, int] | None:
        at = body.find(text)
        if at >= 0:
            return at, at + len(text)
        words = text.split()
        if not words:
            return None
        pattern = r"\s+".join(re.escape(w) for w in words)
        match = re.search(pattern, body)
        return (match.start(), match.end()) if match else None

    def paragraphs(self, article: str) -> list[list[tuple[str, str]]]:
        """The article as paragraphs of (text, space-separated keys) pieces."""
        body = self.texts.get(article, "")
        spans = self.spans.get(article, {})
        out = []
        for para in re.finditer(r"[^\n]+", body):
            ps, pe = para.span()
            if not body[ps:pe].strip():
                continue
            cuts = {ps, pe}
            for (s, e) in spans:
                if s < pe and e > ps:
                    cuts.update(x for x in (s, e) if ps < x < pe)
            bounds = sorted(cuts)
            pieces: list[tuple[str, str]] = []
            for x, y in zip(bounds, bounds[1:]):
                keys = " ".join(k for (s, e), k in spans.items() if s <= x and e >= y)
                if pieces and pieces[-1][1] == keys:
                    pieces[-1] = (pieces[-1][0] + body[x:y], keys)
                else:
                    pieces.append((body[x:y], keys))
            out.append(pieces)
        return out


# ---------------------------------------------------------------------------- view

class View:
    """Everything the template shows, prepared; see the module docstring for why."""

    def __init__(self, brief: Brief):
        self.brief = brief
        self.articles: "OrderedDict[str, dict[str, Any]]" = OrderedDict()
        for i, meta in enumerate(brief.articles):
            colour = article_colour(i)
            aid = meta["id"]
            self.articles[aid] = {
                "id": aid,
                "css": f"c-{_css_ident(aid)}",
                "colour": colour,
                "ink": ink_for(colour),
                "title": (meta.get("title") or "").strip() or None,
                "label": (meta.get("title") or "").strip() or f"Untitled report {aid}",
                "source": meta.get("source"),
                "published": format_day(meta["published"]) if meta.get("published") else None,
                "author": meta.get("author"),
                "url": safe_url(meta.get("url")),
                "host": urlsplit(meta["url"]).netloc if safe_url(meta.get("url")) else None,
                "file": Path(meta["path"]).name if meta.get("path") else None,
                "words": meta.get("words", 0),
                "has_text": bool(brief.texts.get(aid)),
            }
        self.cites = Citations({aid: brief.texts.get(aid, "") for aid in self.articles})
        self.summary = self._summary()
        self.claims = self._claims()
        self.quotes = self._quotes()
        self.timeline = self._timeline()
        self.overlap = self._overlap()
        self.entities = self._entities()
        # last: the article bodies need every citation found above
        for aid, art in self.articles.items():
            art["paragraphs"] = self.cites.paragraphs(aid)

    # a chip is one article cited, with the text to show and highlight
    def chip(self, article: str, text: Any = None, note: str | None = None) -> dict[str, Any]:
        art = self.articles.get(article)
        key = self.cites.key(article, text) if art else None
        tip = text.strip() if isinstance(text, str) and text.strip() else None
        return {
            "id": article,
            "css": art["css"] if art else "c-unknown",
            "label": art["label"] if art else f"unknown article {article}",
            "known": art is not None,
            "key": key or "",
            "tip": tip or "",
            "note": note or "",
        }

    def chips(self, articles: Iterable[str], text: Any = None) -> list[dict[str, Any]]:
        seen: list[str] = []
        for a in articles or []:
            if isinstance(a, str) and a not in seen:
                seen.append(a)
        return [self.chip(a, text) for a in seen]

    def _summary(self) -> list[dict[str, Any]]:
        out = []
        for n, item in enumerate(self.brief.summary, 1):
            chips: "OrderedDict[str, dict[str, Any]]" = OrderedDict()
            for src in item.get("sources", []):
                aid = src.get("article")
                if aid in chips:  # one chip per cited article: the first sentence it gives
                    continue
                copied = src.get("copied_from")
                note = f"{aid} copies this from {copied}" if copied else None
                chips[aid] = self.chip(aid, src.get("text"), note)
            out.append({"n": n, "text": item.get("text", ""), "chips": list(chips.values())})
        return out

    def _claims(self) -> list[dict[str, Any]] | None:
        claims = self.brief.claims
        if claims is None:
            return None
        rows = []
        for claim in sorted(claims, key=lambda c: STATUS_ORDER.get(c.get("status"), 3)):
            # one row per value as shown: "62" from three outlets is one line with three chips
            merged: "OrderedDict[str, dict[str, Any]]" = OrderedDict()
            for v in claim.get("values", []):
                shown = format_value(v)  # as the report wrote it, like the text and Markdown
                row = merged.setdefault(shown, {"value": shown, "text": v.get("text") or "",
                                                "who": [], "chips": {}})
                who = v.get("attributed_to")
                if isinstance(who, str) and who.strip() and who.strip() not in row["who"]:
                    row["who"].append(who.strip())
                for a in v.get("articles", []):
                    if isinstance(a, str) and a not in row["chips"]:
                        row["chips"][a] = self.chip(a, v.get("text"))
                row["independent"] = row.get("independent", 0) + (v.get("independent") or 0)
            values = [{**r, "chips": list(r["chips"].values()),
                       "note": independence_note({"articles": list(r["chips"]),
                                                  "independent": r.get("independent")})}
                      for r in merged.values()]
            rows.append({"about": claim.get("about", ""), "status": claim.get("status", ""),
                         "rows": values or [{"value": "", "text": "", "who": [], "chips": []}]})
        return rows

    def _quotes(self) -> list[dict[str, Any]] | None:
        quotes = self.brief.quotes
        if quotes is None:
            return None
        groups: "OrderedDict[str, dict[str, Any]]" = OrderedDict()
        for q in quotes:
            speaker = (q.get("speaker") or "").strip()
            group = groups.setdefault(speaker.lower(), {
                "speaker": speaker or None, "roles": [], "quotes": []})
            role = (q.get("role") or "").strip()
            if role and role not in group["roles"]:
                group["roles"].append(role)
            group["quotes"].append({"text": q.get("text", ""),
                                    "chips": self.chips(q.get("articles", []), q.get("text")),
                                    "note": independence_note(q)})
        # most-quoted first; the unattributed ones last, whatever their number
        return sorted(groups.values(), key=lambda g: (g["speaker"] is None, -len(g["quotes"])))

    def _timeline(self) -> dict[str, Any] | None:
        events = self.brief.timeline
        if events is None:
            return None
        days: "OrderedDict[str, dict[str, Any]]" = OrderedDict()
        for e in sorted(events, key=lambda e: str(e.get("date", ""))):
            date = str(e.get("date", ""))
            day = days.setdefault(date, {"date": date, "day": parse_day(date), "shown": format_day(date),
                                         "id": "tl-" + _css_ident(date), "events": []})
            arts = [a for a in dict.fromkeys(e.get("articles", [])) if isinstance(a, str)]
            day["events"].append({"text": e.get("text", ""), "how": how_dated(e),
                                  "chips": self.chips(arts, e.get("text"))})
        groups = list(days.values())
        return {"days": groups, "count": sum(len(g["events"]) for g in groups),
                "chart": timeline_chart(groups)}

    def _overlap(self) -> dict[str, Any] | None:
        overlap = self.brief.overlap
        if overlap is None:
            return None
        ids = list(self.articles)
        share: dict[tuple[str, str], float] = {}
        shared: dict[tuple[str, str], int] = {}
        for p in overlap.get("pairs", []) or []:
            a, b = p.get("a"), p.get("b")
            if a is None or b is None:
                continue
            share[(a, b)] = float(p.get("a_in_b") or 0)
            share[(b, a)] = float(p.get("b_in_a") or 0)
            shared[(a, b)] = shared[(b, a)] = int(p.get("shared_sentences") or 0)
        copies = overlap.get("copies", []) or []
        copy_pairs = {(c.get("copy"), c.get("original")) for c in copies}
        rows = []
        for r in ids:
            cells = []
            for c in ids:
                # the analysis lists only pairs that share text: a missing pair shares none
                value = share.get((r, c), 0.0 if share else None)
                cells.append({
                    "col": c,
                    "self": r == c,
                    "value": value,
                    "pct": f"{round(value * 100)}%" if value is not None else "",
                    "level": min(9, int((value or 0) * 10)),
                    "is_copy": (r, c) in copy_pairs,
                    "shared": shared.get((r, c), 0),
                })
            rows.append({"id": r, "cells": cells})
        copy_rows = []
        for c in copies:
            passages = [p for p in (_passage_text(x) for x in (c.get("passages") or [])) if p]
            share_value = c.get("share")
            copy_rows.append({
                "copier": self.chip(c.get("copy", "")),
                "original": self.chip(c.get("original", "")),
                "share": f"{round(float(share_value) * 100)}%" if isinstance(share_value, (int, float)) else "",
                "passages": passages[:3],
                "more": max(0, len(passages) - 3),
            })
        return {"ids": ids, "rows": rows, "copies": copy_rows, "has_pairs": bool(share)}

    def _entities(self) -> list[dict[str, Any]] | None:
        entities = self.brief.entities
        if entities is None:
            return None
        out = []
        for e in sorted(entities, key=lambda e: -int(e.get("mentions") or 0)):
            name = e.get("name", "")
            variants = [v for v in (e.get("variants") or []) if v != name]
            out.append({
                "name": name,
                "label": ENTITY_LABELS.get(e.get("label", ""), (e.get("label") or "").title()),
                "mentions": e.get("mentions", 0),
                "variants": variants,
                "chips": self.chips(e.get("articles", [])),
            })
        return out

    def colour_css(self) -> str:
        rules = [f".{a['css']}{{--c:{a['colour']};--ink:{a['ink']}}}" for a in self.articles.values()]
        return "\n".join(rules)

    def heading(self) -> str:
        for art in self.articles.values():
            if art["title"]:
                return art["title"]
        return "News brief"


def _css_ident(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


# ---------------------------------------------------------------------------- timeline chart

CHART_W, CHART_PAD, BREAK_W, MAX_GAP_DAYS = 760, 16, 40, 90


def timeline_chart(days: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Geometry of the timeline SVG: one bubble per date (its size and number say how many
    events), over a date axis that is proportional within a stretch of dates and broken
    between stretches more than ``MAX_GAP_DAYS`` apart, so one event from 2001 does not
    squeeze a week of 2016 into a dot. Bubbles too close to share a row are lifted."""
    dated = [d for d in days if d["day"] is not None]
    if not dated:
        return None
    segments: list[list[dict[str, Any]]] = [[dated[0]]]
    for prev, cur in zip(dated, dated[1:]):
        if (cur["day"] - prev["day"]).days > MAX_GAP_DAYS:
            segments.append([])
        segments[-1].append(cur)

    def radius(n: int) -> float:
        return round(min(22.0, 10.0 + 3.2 * (n - 1) ** 0.5), 1)

    r_max = max(radius(len(d["events"])) for d in dated)
    usable = CHART_W - 2 * CHART_PAD - BREAK_W * (len(segments) - 1)
    spans = [max((seg[-1]["day"] - seg[0]["day"]).days, 1) for seg in segments]
    shares = [max(sp / sum(spans), 0.12) for sp in spans]
    widths = [usable * sh / sum(shares) for sh in shares]

    bubbles, ticks, breaks = [], [], []
    x = CHART_PAD
    for seg, width in zip(segments, widths):
        lo, hi = seg[0]["day"], seg[-1]["day"]
        inner0, inner1 = x + r_max, x + width - r_max
        single = lo == hi

        def x_of(day: dt.date, lo=lo, hi=hi, inner0=inner0, inner1=inner1, single=single) -> float:
            if single:
                return round((inner0 + inner1) / 2, 1)
            return round(inner0 + (inner1 - inner0) * (day - lo).days / (hi - lo).days, 1)

        for d in seg:
            bubbles.append({"x": x_of(d["day"]), "r": radius(len(d["events"])), "day": d})
        max_ticks = max(1, int(width // 64))
        for n, (day, label) in enumerate(_ticks(lo, hi, max_ticks)):
            if n == 0 and not label.endswith(str(day.year)):
                label = f"{label} {day.year}"  # each stretch says its year once
            ticks.append({"x": x_of(day), "label": label})
        x += width
        if seg is not segments[-1]:
            breaks.append(round(x + BREAK_W / 2, 1))
            x += BREAK_W

    lanes: list[float] = []  # right edge of the last bubble in each row
    for b in bubbles:
        for lane, right in enumerate(lanes):
            if b["x"] - b["r"] - right >= 3:
                break
        else:
            lane = len(lanes)
            lanes.append(0.0)
        lanes[lane] = b["x"] + b["r"]
        b["lane"] = lane
    row = 2 * r_max + 6
    axis_y = 8 + len(lanes) * row + 8
    for b in bubbles:
        b["y"] = round(axis_y - 8 - r_max - b["lane"] * row, 1)
    first, last = dated[0]["day"], dated[-1]["day"]
    return {"width": CHART_W, "height": axis_y + 28, "axis_y": axis_y, "bubbles": bubbles,
            "ticks": ticks, "breaks": breaks, "x0": CHART_PAD / 2, "x1": CHART_W - CHART_PAD / 2,
            "range": _range_label(first, last)}


def _ticks(lo: dt.date, hi: dt.date, max_ticks: int) -> list[tuple[dt.date, str]]:
    """Tick dates and labels for [lo, hi]: days, months or years, at most ``max_ticks``."""
    days = (hi - lo).days
    if days == 0:
        return [(lo, f"{lo.day} {lo:%b %Y}")]
    if days <= 120:
        step = max(1, -(-(days + 1) // max_ticks))
        return [(lo + dt.timedelta(days=n), f"{(lo + dt.timedelta(days=n)).day} {lo + dt.timedelta(days=n):%b}")
                for n in range(0, days + 1, step)]
    out: list[tuple[dt.date, str]] = []
    if days <= 3 * 365:
        months = [dt.date(lo.year + (lo.month + k) // 12, (lo.month + k) % 12 + 1, 1) for k in range(days // 28 + 2)]
        months = [m for m in months if lo <= m <= hi]
        step = max(1, -(-len(months) // max_ticks))
        return [(m, f"{m:%b %Y}") for m in months[::step]]
    years = [dt.date(y, 1, 1) for y in range(lo.year + 1, hi.year + 1)]
    step = max(1, -(-len(years) // max_ticks))
    return [(y, str(y.year)) for y in years[::step]] or out


def _range_label(first: dt.date, last: dt.date) -> str:
    if first == last:
        return format_day(first.isoformat())
    return f"{format_day(first.isoformat())} – {format_day(last.isoformat())}"


# ---------------------------------------------------------------------------- rendering

@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = format_number
    return env


@lru_cache(maxsize=None)
def static_text(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(brief: Brief) -> str:
    """The brief as one HTML page that needs nothing but itself."""
    from .. import __version__

    view = View(brief)
    css = static_text("report.css") + "\n" + view.colour_css() + "\n"
    js = static_text("report.js")
    csp = ("default-src 'none'; img-src data:; "
           f"style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
           "base-uri 'none'; form-action 'none'")
    return environment().get_template("report.html").render(
        view=view, brief=brief, css=css, js=js, csp=csp, version=__version__,
        heading=view.heading(), articles=list(view.articles.values()),
    )
