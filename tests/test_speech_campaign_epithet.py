"""A campaign report calls the one candidate it is about by what the campaign makes of them
("the Republican front-runner", "the presidential hopeful", "the nominee") once it has named
them: the speaker is that person, the only one the article has named as a clause subject, as
"the actor said" is (``speakers.CAMPAIGN_EPITHETS``, ``speakers._epithet_noun``, which reads
"front-runner", cut in three by the tokenizer, as one word). On main 4bcecbf the quotation
below went to "Republican front-runner".

The paragraph is a fresh Multi-News cluster's (speaker_review seed 60, read draw,
multinews-plus-train-2812), with the capitals the review's lower-casing took out (lower-cased,
the tagger reads the name with the dateline's dash)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

RALLY = (
    "GRAND RAPIDS, Mich. — Donald Trump is taking his criticism of Hillary Clinton into new "
    "territory. The Republican front-runner mocked his Democratic counterpart for a \"disgusting\" "
    "bathroom trip she made during Saturday night's debate, and said Barack Obama \"schlonged\" "
    "her in the 2008 primaries at a raucous rally here on Monday night."
)


def test_the_front_runner_is_the_candidate_named_before():
    speakers = _speakers(RALLY)
    assert _of(speakers, "schlonged") == "Donald Trump", speakers
