"""Every relative link in README.md and docs/*.md leads somewhere: the file exists and, when the
link names a heading (``#anchor``), the target Markdown file has that heading. Text moves between
the README and docs/ as the project grows (the round summaries went to docs/history.md), and a
link left pointing at the old place would otherwise break without anyone noticing."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def anchors(path: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation but '-' and '_' dropped, spaces to '-',
    a repeated heading numbered -1, -2, ..."""
    seen: dict[str, int] = {}
    out = set()
    for line in FENCE.sub("", path.read_text(encoding="utf-8")).splitlines():
        match = re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not match:
            continue
        slug = "".join(ch for ch in match.group(1).lower()
                       if ch in " -_" or unicodedata.category(ch)[0] in "LMN").replace(" ", "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        out.add(slug if n == 0 else f"{slug}-{n}")
    return out


def broken_links(files: list[Path]) -> list[str]:
    broken = []
    for path in files:
        text = FENCE.sub("", path.read_text(encoding="utf-8"))
        for target in LINK.findall(text):
            if re.match(r"[a-z][a-z0-9+.-]*:", target):  # web addresses, mailto:
                continue
            name, _, anchor = target.partition("#")
            dest = (path.parent / name).resolve() if name else path
            if not dest.exists():
                broken.append(f"{path.name}: {target}: no such file")
            elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
                broken.append(f"{path.name}: {target}: no such heading")
    return broken


def test_readme_and_docs_links_resolve():
    files = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    assert broken_links(files) == []


def test_a_missing_file_or_heading_is_reported(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "log.md").write_text("## Fourth round: the quorum (tuning)\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("[ok](docs/log.md#fourth-round-the-quorum-tuning) [gone](docs/old.md) "
                      "[moved](docs/log.md#third-round) [web](https://example.org/x)\n"
                      "```\n[in code](nowhere.md)\n```\n", encoding="utf-8")
    assert broken_links([readme]) == ["README.md: docs/old.md: no such file",
                                      "README.md: docs/log.md#third-round: no such heading"]
