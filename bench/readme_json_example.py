"""The README's JSON example, made from real output so it cannot drift from it.

Runs the README's command (`newsfuse brief ../shared/examples/deir-ezzor-2016/ --format json`,
from the repository folder) and abridges the result the same way every time: each list cut
to its first few items, long strings shortened with " …". Keys are never added or dropped,
so the example has exactly the keys real output has (``warnings`` appears only when real
output has warnings). tests/test_readme.py checks the README against real output.

    .venv/bin/python bench/readme_json_example.py          # print the example
    .venv/bin/python bench/readme_json_example.py --write  # replace it in README.md (make readme-json)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COMMAND = ["brief", "../shared/examples/deir-ezzor-2016/", "--format", "json"]
START, END = "<!-- readme-json:start -->", "<!-- readme-json:end -->"

KEEP = {"articles": 1, "summary": 1, "sources": 4, "claims": 1, "values": 4, "voices": 2, "texts": 1,
        "quotes": 1, "timeline": 1, "mentions": 1, "pairs": 1, "copies": 1, "passages": 1,
        "entities": 1, "variants": 4, "warnings": 2}
DEFAULT_KEEP = 3
# Lists whose most telling item leads the example: the summary sentence with the most
# sources (it shows copied_from), the first disputed figure.
LEAD = {"summary": lambda item: -len(item.get("sources", [])),
        "claims": lambda item: item.get("status") != "disputed"}
LONG = 100  # characters; longer strings are cut to CUT and marked
CUT = 90


def real_output() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-m", "newsfuse", *COMMAND], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise SystemExit(result.stderr.strip() or f"newsfuse exited with {result.returncode}")
    return json.loads(result.stdout)


def abridge(value, key: str | None = None):
    """The same shape with fewer list items and shorter strings."""
    if isinstance(value, dict):
        return {k: abridge(v, k) for k, v in value.items()}
    if isinstance(value, list):
        keep = KEEP.get(key or "", DEFAULT_KEEP)
        if key in LEAD and all(isinstance(v, dict) for v in value):
            value = sorted(value, key=LEAD[key])  # stable: ties keep their order
        if all(isinstance(v, (int, float)) for v in value):
            keep = max(keep, 5)  # short number lists (sentence numbers) read better whole
        return [abridge(v, key) for v in value[:keep]]
    if isinstance(value, str) and len(value) > LONG:
        return value[:CUT].rstrip() + " …"
    return value


def example(data: dict | None = None) -> str:
    return json.dumps(abridge(data if data is not None else real_output()), ensure_ascii=False, indent=1)


def readme_block(text: str) -> str:
    """The JSON between the README's markers (inside its ```json fence)."""
    start, end = text.index(START), text.index(END)
    block = text[start + len(START):end].strip()
    return block.removeprefix("```json").removesuffix("```").strip()


def write(json_text: str) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(START), text.index(END)
    text = text[:start + len(START)] + "\n```json\n" + json_text + "\n```\n" + text[end:]
    README.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="replace the example in README.md")
    args = parser.parse_args()
    json_text = example()
    if args.write:
        write(json_text)
        print(f"README.md: JSON example replaced ({len(json_text.splitlines())} lines)")
    else:
        print(json_text)


if __name__ == "__main__":
    main()
