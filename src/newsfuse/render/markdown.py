"""Markdown: the brief as a document to paste into notes, tickets or a CMS."""

from __future__ import annotations

import re

from ..model import Brief
from .citations import (article_list, citation_labels, counted_from, figure_tables, format_value, grouped_notes,
                        nothing_found, plural, source_path, source_url, untitled_label)

# Markdown's inline syntax, and the table cell bar: backslash-escaped, a CommonMark renderer
# shows the character itself. Article text is quoted, never markup: a page's <script>, a
# "*" or a "[...](...)" must reach the reader as the characters the report printed.
_INLINE = re.compile(r"([\\`*_\[\]<>|#&~])")
# what makes a paragraph a heading, list or rule when it opens one: "2. ...", "- ...", "+ ..."
_BLOCK_START = re.compile(r"^(\s*)(?:([-+=])|(\d{1,9})([.)]))(?=\s|$)")


def md_text(text: str | None) -> str:
    """Article text inside a line: shown as text, never read as Markdown or HTML."""
    return _INLINE.sub(r"\\\1", (text or "").replace("\n", " "))


def _para(text: str | None) -> str:
    """Article text that opens a paragraph: also never a heading, list or rule."""
    return _BLOCK_START.sub(lambda m: m.group(1) + (f"\\{m.group(2)}" if m.group(2)
                                                    else f"{m.group(3)}\\{m.group(4)}"), md_text(text))


def render_markdown(brief: Brief) -> str:
    titles = [a["title"] for a in brief.articles if a.get("title")]
    out = [f"# {md_text(titles[0]) if titles else 'News brief'}", ""]
    out.append(f"*{plural(len(brief.articles), 'article')}, summary of {plural(brief.words, 'word')}.*")
    out += ["", "## Summary", ""]
    for s in brief.summary:
        out.append(f"{_para(s['text'])} [{', '.join(citation_labels(s['sources']))}]")
        out.append("")
    if brief.claims:
        out += ["## Figures", ""]
        for title, claims in figure_tables(brief.claims):
            out += [f"### {title}", "", "| about | status | value | claimed by | articles |",
                    "|---|---|---|---|---|"]
            for claim in claims:
                for v in claim["values"]:
                    out.append(f"| {md_text(claim['about'])} | {claim['status']} | {md_text(format_value(v))} | "
                               f"{md_text(v.get('attributed_to') or 'unattributed')} | "
                               f"{article_list(v)} |")
            out.append("")
    if brief.quotes:
        out += ["## Quotes", ""]
        for q in brief.quotes:
            who = q.get("speaker") or "unknown speaker"
            if q.get("role"):
                who += f", {q['role']}"
            out.append(f"> “{md_text(q['text'])}”  \n> — {md_text(who)} [{article_list(q)}]")
            out.append("")
    if brief.timeline:
        out += ["## Timeline", ""]
        for t in brief.timeline:
            how = counted_from(t)
            out.append(f"- **{t['date']}** {md_text(t['text'])} [{', '.join(t['articles'])}]"
                       + (f" *({md_text(how)})*" if how else ""))
        out.append("")
    if brief.overlap and brief.overlap.get("copies"):
        out += ["## Copied text", ""]
        for c in brief.overlap["copies"]:
            out.append(f"- {c['copy']} copies {c['original']} ({c.get('share', 0):.0%} of its sentences)")
        out.append("")
    if brief.entities:
        out += ["## Who and where", ""]
        for e in brief.entities[:30]:
            out.append(f"- {md_text(e['name'])} ({e['label']}, {plural(e['mentions'], 'mention')} in "
                       f"{plural(len(e['articles']), 'article')})")
        out.append("")
    out += ["## Sources", "", "| id | title | source | author | published | words | path | link |",
            "|---|---|---|---|---|---|---|---|"]
    for a in brief.articles:
        url = source_url(a)
        link = f"<{url.replace('<', '%3C').replace('>', '%3E')}>" if url else ""
        # a report without a headline by its opening, in italics: words of the report, no title
        untitled = not a.get("title") and md_text(untitled_label(a, brief.texts.get(a["id"])))
        title = f"*{untitled}*" if untitled else md_text(a.get("title"))
        out.append(f"| {a['id']} | {title} | {md_text(a.get('source') or '')} | "
                   f"{md_text(a.get('author') or '')} | {a.get('published') or ''} | {a['words']} | "
                   f"{md_text(source_path(a) or '')} | {link} |")
    notes = ([nothing_found(brief)] if nothing_found(brief) else []) + grouped_notes(brief.warnings)
    if notes:
        out += ["", "## Notes", ""] + [f"- {md_text(w)}" for w in notes]
    return "\n".join(out).rstrip() + "\n"
