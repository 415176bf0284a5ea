"""Words quoted inside the clause of a rule a body lays down (a law, a policy, a resolution)
that makes, gives or requires something are that rule's words: 'Federal law makes it a crime
for anyone "who directly or indirectly, promises any employment ..."' (``attribution.
WRITTEN_RULES``, ``_governing_speaker``). The sentences are tuning records' (BASIL
basil-38f7cbb7, AllSides allsides-5911), whose gold names the law and the resolution; both
were given no speaker on main f2dced4."""

from __future__ import annotations

from conftest import quote_speakers, speaker_opening, story_sentence


def test_a_law_that_makes_a_crime_speaks_its_words():
    law = story_sentence("basil-38f7cbb7-5d6a-4c89-bcbd-8e164144172a",
                         r"Federal law makes it a crime for anyone[^\n]*?political office\.\u201d",
                         "basil.jsonl")
    speakers = quote_speakers(law)
    assert speaker_opening(speakers, "who directly or indirectly") == "Federal law"
    assert speaker_opening(speakers, "as consideration, favor") == "Federal law"


def test_a_resolution_that_gives_a_power_speaks_its_words():
    resolution = story_sentence("allsides-5911", r"The resolution, which mirrors[^\n]*?Calif\.\)\.",
                                "allsides_2021a.jsonl")
    speakers = quote_speakers(resolution)
    assert speaker_opening(speakers, "after consultation with") == "resolution"

