"""Terminal output with rich: the summary first, then the cross-source tables."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Brief
from .citations import citation_labels, format_value, plural, source_url, split_claims


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
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
    items.append(Panel(summary, title=titles[0] if titles else "Summary",
                       subtitle=f"{plural(len(brief.articles), 'article')} · {plural(brief.words, 'word')}", title_align="left"))
    if brief.claims:
        # figures two or more reports give come first; one report's figures are kept apart
        shared, single = split_claims(brief.claims)
        for title, claims in (("Figures the reports share", shared),
                              ("Figures only one report gives", single)):
            if not claims:
                continue
            table = _table(title, "about", "status", "value", "claimed by", "articles")
            for claim in claims:
                style = "bold red" if claim["status"] == "disputed" else ""
                for n, v in enumerate(claim["values"]):
                    first = n == 0  # name the group once; its figures follow
                    table.add_row(claim["about"] if first else "",
                                  Text(claim["status"] if first else "", style=style),
                                  format_value(v), v.get("attributed_to") or "–",
                                  ", ".join(v["articles"]),
                                  end_section=n == len(claim["values"]) - 1)
            items.append(table)
    if brief.quotes:
        table = _table("Quotes", "speaker", "quote", "articles")
        for q in brief.quotes:
            who = (q.get("speaker") or "?") + (f"\n{q['role']}" if q.get("role") else "")
            table.add_row(who, f"“{q['text']}”", ", ".join(q["articles"]))
        items.append(table)
    if brief.timeline:
        table = _table("Timeline", "date", "event", "articles")
        for t in brief.timeline:
            table.add_row(t["date"], t["text"], ", ".join(t["articles"]))
        items.append(table)
    if brief.overlap and brief.overlap.get("copies"):
        lines = [f"{c['copy']} copies {c['original']} ({c.get('share', 0):.0%} of its sentences)"
                 for c in brief.overlap["copies"]]
        items.append(Panel("\n".join(lines), title="Copied text", title_align="left"))
    if brief.entities:
        names = ", ".join(f"{e['name']} ({e['mentions']})" for e in brief.entities[:20])
        items.append(Panel(names, title="Who and where", title_align="left"))
    sources = _table("Sources", "id", "title", "source", "author", "published", "words")
    for a in brief.articles:
        sources.add_row(a["id"], a.get("title") or a.get("path") or "", a.get("source") or "",
                        a.get("author") or "", a.get("published") or "", str(a["words"]))
    items.append(sources)
    links = [f"{a['id']}  {source_url(a)}" for a in brief.articles if source_url(a)]
    if links:  # whole, on lines of their own, so a terminal can open them and nothing cuts them
        items.append(Text("\n".join(links), no_wrap=True, overflow="ignore"))
    for w in brief.warnings:
        items.append(Text(f"note: {w}", style="yellow"))
    return items


def print_brief(brief: Brief, console: Console) -> None:
    console.print(Group(*renderables(brief)))


def render_text(brief: Brief, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False)
    print_brief(brief, console)
    return buffer.getvalue()
