"""Every section gives the same output alone as within a brief of all sections.

Sections used to depend on each other by side effect (overlap wrote the copies that claims,
quotes and the summary's citations read), so a brief of "claims" alone counted a syndicated
copy as an independent confirmation. Each section is briefed alone on the example articles
and compared with the same section of the full brief, and so is the summary.
"""

from __future__ import annotations

import json

import pytest

from newsfuse.pipeline import SECTIONS, brief_articles
from newsfuse.readers import read_inputs

pytestmark = pytest.mark.fault  # part of the fault suite (make fault): keeps the cause removed


@pytest.fixture(scope="module")
def full(example_paths):
    return brief_articles(read_inputs(example_paths), sections=list(SECTIONS)).to_dict()


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_section_alone_equals_section_within_all(name, example_paths, full):
    alone = brief_articles(read_inputs(example_paths), sections=[name]).to_dict()
    assert json.dumps(alone[name], sort_keys=True) == json.dumps(full[name], sort_keys=True)
    assert alone["summary"] == full["summary"]
    assert set(alone) & set(SECTIONS) == {name}


def test_summary_alone_cites_copies_as_copies(example_paths, full):
    """The summary-only brief (no spaCy) still marks a5's sentences copied from a3."""
    alone = brief_articles(read_inputs(example_paths), sections=[]).to_dict()
    assert alone["summary"] == full["summary"]
    assert any(s["copied_from"] == "a3" for item in alone["summary"] for s in item["sources"])
