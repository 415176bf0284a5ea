"""A description whose noun the article brought in with "a" ('A senior Hamas official has said
... "We can't predict anything," the official said') goes back to that unnamed person: the
delayed identification of a lede (``speakers._identified_after``) does not hand it the first
person named as a subject after it, here Israel's prime minister several sentences on, whom a
report stored on one line (its paragraph breaks lost) puts in the same paragraph. Real ABC text
of a tuning story (gold/lee-abc, through conftest.story_sentence, which refuses every story a
frozen or validation record names)."""

from __future__ import annotations

from conftest import story_sentence

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text


def test_the_official_brought_in_unnamed_is_not_the_next_person_named():
    item = story_sentence("lee-16", r"A senior Hamas official has said.*", file="gold/lee-abc/stories.jsonl")
    cluster = analyze([article_from_text("Hamas\n\n" + item, path=None)])
    said = [q["speaker"] or q.get("unconfirmed_speaker") for q in find_quotes(cluster)
            if q["text"].startswith("We can't predict anything")]
    assert said and "official" in (said[0] or "") and "Sharon" not in (said[0] or "")
