"""A section's output must not depend on which other sections were requested: a user who asks
for claims alone must get the claims the full brief shows (and the same summary)."""

from __future__ import annotations

import json

import pytest

from newsfuse.pipeline import SECTIONS

# Fails on the harden branch: a section computed alone misses what overlap would have told
# it (copies) and the summary's citations change with it. The attribution issue removes the
# cause; then these pass (XPASS) and the xfail mark should be dropped so they keep it removed.
pytestmark = pytest.mark.fault
STILL_DEPENDENT = pytest.mark.xfail(strict=False, reason="sections still depend on overlap being requested")


@pytest.fixture(scope="module")
def full(example_paths):
    import newsfuse

    return newsfuse.brief(example_paths, sections=list(SECTIONS)).to_dict()


@pytest.mark.parametrize("section", [pytest.param(s, marks=() if s == "overlap" else STILL_DEPENDENT)
                                     for s in SECTIONS])
def test_section_alone_equals_section_in_full_brief(example_paths, full, section):
    import newsfuse

    alone = newsfuse.brief(example_paths, sections=[section]).to_dict()
    assert set(alone) - {"warnings"} == {"schema", "articles", "summary", "summary_words", section}
    assert json.dumps(alone[section], sort_keys=True) == json.dumps(full[section], sort_keys=True), \
        f"'{section}' differs when requested alone"
    assert alone["summary"] == full["summary"], f"the summary changes when only '{section}' is requested"


@STILL_DEPENDENT
def test_summary_alone_equals_summary_in_full_brief(example_paths, full):
    import newsfuse

    assert newsfuse.brief(example_paths, sections=[]).to_dict()["summary"] == full["summary"]
