"""Real labelled articles from ../shared/stories for the corpus-mode tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# the shared data sits beside the checkout (../shared), or beside the folder of worktrees
STORIES = next((p / "shared" / "stories" for p in ROOT.parents if (p / "shared" / "stories").is_dir()),
               ROOT.parent / "shared" / "stories")

# held-out gold set (COMMON.md): grouping may read these, nothing may brief them
RESERVED_BASIL = ("basil-c99adbdd", "basil-7a97de89", "basil-e71d149d", "basil-6e502405", "basil-86e6e27d",
                  "basil-b7021938", "basil-84678e18", "basil-0c78e748", "basil-38f7cbb7", "basil-d1344998")


def stories_file(name: str) -> Path:
    path = STORIES / name
    if not path.exists():
        pytest.skip(f"labelled stories not found at {path}")
    return path


def records(name: str, limit: int | None = None) -> list[dict]:
    out = []
    with open(stories_file(name), encoding="utf-8") as handle:
        for line in handle:
            out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


def briefable_basil(n_stories: int) -> list[dict]:
    """Articles of the first ``n_stories`` basil stories that are not in the reserved gold set."""
    chosen: list[str] = []
    out = []
    for rec in records("basil.jsonl"):
        label = rec["story"]
        if label.startswith(RESERVED_BASIL):
            continue
        if label not in chosen:
            if len(chosen) == n_stories:
                continue
            chosen.append(label)
        out.append(rec)
    return out


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for rec in recs:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def read_assignments(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            assert obj["id"] not in out, f"{obj['id']} written twice"
            out[obj["id"]] = obj["story"]
    return out
