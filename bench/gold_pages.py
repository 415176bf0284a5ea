"""Saved news pages read as newsfuse reads them, against hand-made gold (gold/pages/).

Usage: python bench/gold_pages.py [--gold FILE ...] [--frozen] [--no-brief]

Each gold record (every .jsonl file in gold/pages/, and every --gold FILE) names a saved page under
gold/pages/html/ (``NAME.html.gz``). The page is read by the call the command line makes for
a .html file (``readers.read_text_input`` with the page's suffix, as ``read_path`` does), its
language decided as the brief decides it (``language.article_language``), and each field is
scored on the records of kind "article" (an article the reader refuses counts missing in
each field):

- headline: right when, casefolded, with whitespace collapsed, typographic quotes and dashes
  made plain and quotes or punctuation at either end trimmed, it equals the gold "headline"
  or one of its "headline_alternatives"; a given headline that carries the outlet's name
  (gold "source" or an alternative, where the gold headline does not) is counted apart;
- source: the same comparison against "source" and "source_alternatives";
- published: right / wrong date (a page's modification date given as its publication counts
  wrong, and is said) / missing (the page states a date, none given) / rightly none / given
  where the page states none;
- language: the ISO 639-1 code;
- graceful (records of another kind: index, redirect, other; their other fields are not
  scored): a one-line message (the reader's ``InputError``) or an article read, never an
  exception of another kind (a traceback at the command line). A page of another kind read
  as an article is said.

Then the whole brief (``newsfuse brief PAGE --format json``, all sections, in a subprocess, as
a user runs it) on each page alone and on all of a part's pages together: a traceback or an
internal error is reported, and so is a page whose gold language is not English that the brief
takes as English, or whose text gives figures, quotes, dates or entities (English rules).

A record's "split" decides where it is counted, as in bench/gold_claims_quotes.py: "frozen"
records are run only with --frozen, and then only the aggregate lines are printed, never a
page's fields; every other split is tuning data (tuning scores).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

GOLD = ROOT / "gold" / "pages"
PAGES = GOLD / "html"
FIELDS = ("headline", "source", "published", "language", "graceful")
PARTS = ("tuning", "frozen")  # the pages' splits: tune (tuning scores) and frozen (held out)
ENGLISH_RULES = ("claims", "quotes", "timeline", "entities")  # the sections English rules make
_PLAIN = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
                        "«": '"', "»": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " "})


def part_of(split: str | None) -> str:
    return "frozen" if split == "frozen" else "tuning"


def norm(text: str | None) -> str:
    """Casefolded, whitespace collapsed, quotes and punctuation at either end trimmed."""
    text = unicodedata.normalize("NFKC", text or "").translate(_PLAIN).casefold()
    text = " ".join(text.split())
    return text.strip(" \"'.,;:!?-|·•()[]")


def load_gold(files: list[Path]) -> list[dict]:
    records: dict[str, dict] = {}
    for path in files:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record
    return list(records.values())


def page_bytes(record: dict) -> bytes:
    path = PAGES / (record["file"] + ".gz")
    if path.exists():
        return gzip.decompress(path.read_bytes())
    return (PAGES / record["file"]).read_bytes()


def read_page(record: dict) -> dict:
    """What the reader gives for the page: an article's fields, its one-line refusal, or the
    exception of another kind (a traceback at the command line)."""
    from newsfuse.errors import InputError
    from newsfuse.language import article_language
    from newsfuse.readers import read_text_input

    data = page_bytes(record)
    start = time.perf_counter()
    try:
        article = read_text_input(data, record["file"], suffix=Path(record["file"]).suffix.lower())[0]
    except InputError as exc:
        return {"refused": str(exc), "seconds": time.perf_counter() - start}
    except Exception as exc:  # noqa: BLE001 - the bench reports it, never stops on it
        return {"exception": f"{type(exc).__name__}: {exc}", "seconds": time.perf_counter() - start}
    return {"headline": article.title, "source": article.source, "published": article.published,
            "language": article_language(article), "words": len(article.text.split()),
            "seconds": time.perf_counter() - start}


def carries_site(headline: str | None, record: dict) -> bool:
    """The given headline holds the outlet's name where the gold headline does not."""
    given = norm(headline)
    gold = norm(record.get("headline"))
    for name in [record.get("source"), *record.get("source_alternatives", [])]:
        name = norm(name)
        if len(name) >= 2 and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", given) and name not in gold:
            return True
    return False


def score(record: dict, got: dict) -> dict[str, str]:
    """Each field's verdict: "right", or a word or two saying how it is wrong."""
    verdict: dict[str, str] = {}
    article = record.get("kind") == "article"
    read = "refused" not in got and "exception" not in got
    if not article:
        if "exception" in got:
            verdict["graceful"] = "traceback"
        elif "refused" in got:
            verdict["graceful"] = "right" if "\n" not in got["refused"] else "message of many lines"
        else:
            verdict["graceful"] = "right" + (" (read as an article)" if record.get("kind") != "redirect"
                                             else " (a redirect read as an article)")
    if article:
        if not read:
            verdict["headline"] = "missing (not read)"
        else:
            accepted = {norm(h) for h in [record.get("headline"), *record.get("headline_alternatives", [])] if h}
            verdict["headline"] = "right" if norm(got["headline"]) in accepted else "wrong"
            if carries_site(got["headline"], record):
                verdict["headline"] += ", carries the site name"
    if record.get("source") and article:
        if not read:
            verdict["source"] = "missing (not read)"
        else:
            accepted = {norm(s) for s in [record["source"], *record.get("source_alternatives", [])] if s}
            verdict["source"] = ("right" if norm(got["source"]) in accepted
                                 else "missing" if not got["source"] else "wrong")
    if article:
        given, gold = (got.get("published") if read else None), record.get("published")
        if gold and given == gold:
            verdict["published"] = "right"
        elif gold and given:
            verdict["published"] = "wrong date" + (" (the modified date)" if given == record.get("modified") else "")
        elif gold:
            verdict["published"] = "missing"
        elif given:
            verdict["published"] = "given, page states none" + (
                " (the modified date)" if given == record.get("modified") else "")
        else:
            verdict["published"] = "right (none)"
    if article and record.get("language"):
        verdict["language"] = ("missing (not read)" if not read
                               else "right" if got["language"] == record["language"] else "wrong")
    return verdict


def brief(paths: list[Path]) -> dict:
    """The command line's brief of ``paths`` (JSON, all sections): its exit code, its error
    line, whether a traceback or an internal error showed, and the JSON."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("NEWSFUSE_DEBUG", None)
    run = subprocess.run([sys.executable, "-m", "newsfuse", "brief", *map(str, paths), "--format", "json",
                          "--sections", "all"], capture_output=True, text=True, env=env, timeout=900)
    out = {"code": run.returncode, "stderr": run.stderr.strip(),
           "traceback": "Traceback (most recent call last)" in run.stderr or "internal error" in run.stderr}
    try:
        out["json"] = json.loads(run.stdout) if run.returncode == 0 else None
    except ValueError:
        out["json"], out["traceback"] = None, True
    return out


def english_rules_on_other(result: dict, language_of: dict[str, str]) -> list[str]:
    """Pages (by file name) whose gold language is not English that the brief took as English
    or whose sentences its English-rule sections cite."""
    doc = result.get("json") or {}
    found = []
    for article in doc.get("articles", []):
        name = Path(article.get("path") or "").name
        gold = language_of.get(name)
        if not gold or gold == "en":
            continue
        cited = any(re.search(r'"%s"' % re.escape(article["id"]), json.dumps(doc.get(section)))
                    for section in ENGLISH_RULES)
        if article.get("language") == "en" or cited:
            found.append(f"{name} (gold {gold}, brief {article.get('language')}"
                         + (", cited by an English-rule section" if cited else "") + ")")
    return found


def brief_line(result: dict) -> str:
    if result["traceback"]:
        return "TRACEBACK " + result["stderr"].splitlines()[-1][:200] if result["stderr"] else "TRACEBACK"
    if result["code"]:
        return f"exit {result['code']}: {result['stderr'].splitlines()[-1][:200] if result['stderr'] else ''}"
    doc = result["json"]
    return (f"ok: {len(doc.get('articles', []))} articles, " +
            ", ".join(f"{s} {len(doc.get(s) or [])}" for s in ENGLISH_RULES) +
            (f"; warnings: {' / '.join(w[:90] for w in doc.get('warnings', []))}" if doc.get("warnings") else ""))


def aggregate(verdicts: list[dict[str, str]]) -> list[str]:
    lines = []
    for field in FIELDS:
        given = [v[field] for v in verdicts if field in v]
        if not given:
            continue
        right = sum(v.startswith("right") for v in given)
        kinds: dict[str, int] = {}
        for v in given:
            if not v.startswith("right") or field in ("published", "graceful"):
                kinds[v] = kinds.get(v, 0) + 1
        detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(f"  {field:10s} {right / len(given):.2f} ({right}/{len(given)})" + (f"  [{detail}]" if detail else ""))
    site = sum("carries the site name" in v.get("headline", "") for v in verdicts)
    lines.append(f"  headline carrying the site name: {site}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", metavar="FILE", action="append", type=Path, default=[],
                        help="another file of page records read after gold/pages/*.jsonl")
    parser.add_argument("--frozen", action="store_true",
                        help="score the frozen records too (aggregate lines only); without it they "
                             "are not run, so a tuning run never shows a held-out figure")
    parser.add_argument("--no-brief", action="store_true",
                        help="only the reader's fields: skip the command-line briefs (slow)")
    args = parser.parse_args(argv)
    files = sorted(GOLD.glob("*.jsonl")) + args.gold  # pages.jsonl, and any other file of records there
    records = load_gold(files)
    verdicts: dict[str, list[dict]] = {part: [] for part in PARTS}
    kept: dict[str, list[dict]] = {part: [] for part in PARTS}
    skipped = 0
    for record in records:
        part = part_of(record.get("split"))
        if part == "frozen" and not args.frozen:
            skipped += 1
            continue
        got = read_page(record)
        verdict = score(record, got)
        verdicts[part].append(verdict)
        kept[part].append(record)
        if part == "tuning":
            print(f"{record['id']} ({record.get('kind')}, {got['seconds']:.2f}s)")
            if "refused" in got or "exception" in got:
                print(f"  reader: {got.get('refused') or 'EXCEPTION ' + got['exception']}")
            else:
                print(f"  headline: {got['headline']!r}  gold {record.get('headline')!r}")
                print(f"  source:   {got['source']!r}  gold {record.get('source')!r}")
                print(f"  published: {got['published']}  gold {record.get('published')} "
                      f"(modified {record.get('modified')})")
                print(f"  language: {got['language']}  gold {record.get('language')}; {got['words']} words")
            print("  " + "; ".join(f"{k} {v}" for k, v in verdict.items()))
    print()
    for part in PARTS:
        print(f"{part}{' (tuning scores)' if part == 'tuning' else ''}:")
        if part == "frozen" and skipped:
            print(f"  not run: {skipped} frozen records (--frozen scores them)")
            continue
        print("\n".join(aggregate(verdicts[part])) if verdicts[part] else "  no records")
    if args.no_brief:
        return 0
    for part in PARTS:
        if not kept[part]:
            continue
        with tempfile.TemporaryDirectory(prefix="gold-pages-") as tmp:
            folder = Path(tmp) / "pages"
            folder.mkdir()
            paths = []
            for record in kept[part]:
                path = folder / record["file"]
                path.write_bytes(page_bytes(record))
                paths.append(path)
            language_of = {r["file"]: r.get("language") for r in kept[part]}
            tracebacks, english, failed = 0, [], 0
            print(f"\nbriefs ({part}, each page alone, then all together):")
            for record, path in zip(kept[part], paths):
                result = brief([path])
                tracebacks += result["traceback"]
                failed += bool(result["code"]) and not result["traceback"]
                wrong = english_rules_on_other(result, language_of)
                english += wrong
                if part == "tuning":
                    print(f"  {record['id']}: {brief_line(result)}")
                    for line in wrong:
                        print(f"    English rules on {line}")
            together = brief([folder])
            tracebacks += together["traceback"]
            wrong_together = english_rules_on_other(together, language_of)
            if part == "tuning":
                print(f"  together: {brief_line(together)}")
                for line in wrong_together:
                    print(f"    English rules on {line}")
            print(f"  {part}: tracebacks {tracebacks}, one-line refusals {failed}/{len(paths)} alone, "
                  f"together {'exit ' + str(together['code']) if together['code'] else 'ok'}; "
                  f"non-English pages under English rules: {len(english)} alone, {len(wrong_together)} together")
    return 0


if __name__ == "__main__":
    sys.exit(main())
