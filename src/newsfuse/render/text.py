"""Terminal output with rich: the summary first, then the cross-source tables."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Brief
from .citations import (article_list, citation_labels, counted_from, figure_tables, format_value, grouped_notes,
                        nothing_found, plural, source_path, source_url, untitled_label)


def _t(value: str | None, style: str = "") -> Text:
    """Report text as rich Text, never console markup: a "[/b]" or "[bold]" in an article is
    shown as printed (as a str, rich would parse it, and stop on a closing tag it cannot match)."""
    return Text(value or "", style=style)


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        # the articles column wraps its note ("(3 independent reports)") rather than take
        # the width the quotes and events are read in
        table.add_column(column, max_width=16 if column == "articles" else None)
    return table


def renderables(brief: Brief) -> list:
    titles = [a["title"] for a in brief.articles if a.get("title")]
    items: list = []
    summary = Text()
    for n, s in enumerate(brief.summary):
        if n:
            summary.append("\n\n")
        summary.append(s["text"])
        summary.append(f" [{', '.join(citation_labels(s['sources']))}]", style="cyan")
    items.append(Panel(summary, title=_t(titles[0] if titles else "Summary"),
                       subtitle=f"{plural(len(brief.articles), 'article')} · {plural(brief.words, 'word')}", title_align="left"))
    if brief.claims:
        for title, claims in figure_tables(brief.claims):
            table = _table(title, "about", "status", "value", "claimed by", "articles")
            for claim in claims:
                style = "bold red" if claim["status"] == "disputed" else ""
                for n, v in enumerate(claim["values"]):
                    first = n == 0  # name the group once; its figures follow
                    table.add_row(_t(claim["about"] if first else ""),
                                  _t(claim["status"] if first else "", style=style),
                                  _t(format_value(v)), _t(v.get("attributed_to") or "–"),
                                  _t(article_list(v, "\n")),
                                  end_section=n == len(claim["values"]) - 1)
            items.append(table)
    if brief.quotes:
        table = _table("Quotes", "speaker", "quote", "articles")
        for q in brief.quotes:
            who = (q.get("speaker") or "?") + (f"\n{q['role']}" if q.get("role") else "")
            table.add_row(_t(who), _t(f"“{q['text']}”"), _t(article_list(q, "\n")))
        items.append(table)
    if brief.timeline:
        table = _table("Timeline", "date", "event", "articles")
        for t in brief.timeline:
            event = _t(t["text"])
            how = counted_from(t)
            if how:
                event.append(f"\n({how})", style="dim")
            table.add_row(_t(t["date"]), event, _t(", ".join(t["articles"])))
        items.append(table)
    if brief.overlap and brief.overlap.get("copies"):
        lines = [f"{c['copy']} copies {c['original']} ({c.get('share', 0):.0%} of its sentences)"
                 for c in brief.overlap["copies"]]
        items.append(Panel(_t("\n".join(lines)), title="Copied text", title_align="left"))
    if brief.entities:
        names = ", ".join(f"{e['name']} ({e['mentions']})" for e in brief.entities[:20])
        items.append(Panel(_t(names), title="Who and where", title_align="left"))
    sources = _table("Sources", "id", "title", "source", "author", "published", "words")
    for a in brief.articles:
        # a report without a headline by its opening, in italics: words of the report, no title
        title = _t(a["title"]) if a.get("title") else _t(untitled_label(a, brief.texts.get(a["id"])), style="italic")
        sources.add_row(_t(a["id"]), title, _t(a.get("source")),
                        _t(a.get("author")), _t(a.get("published")), _t(str(a["words"])))
    items.append(sources)
    # each report's path (a file, or a store's article key) and link, as the JSON has them
    links = ["  ".join(part for part in (a["id"], source_path(a), source_url(a)) if part)
             for a in brief.articles if source_path(a) or source_url(a)]
    if links:  # whole, on lines of their own, so a terminal can open them and nothing cuts them
        items.append(Text("\n".join(links), no_wrap=True, overflow="ignore"))
    empty = nothing_found(brief)
    if empty:
        items.append(Text(empty))
    for w in grouped_notes(brief.warnings):
        items.append(Text(f"note: {w}", style="yellow"))
    return items


def print_brief(brief: Brief, console: Console) -> None:
    # crop=False: every table and panel fits the width already; the source links are the
    # lines that may not, and rich's default crop cut them at the terminal's edge
    console.print(Group(*renderables(brief)), crop=False)


def render_text(brief: Brief, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False)
    print_brief(brief, console)
    return buffer.getvalue()
