"""A short quotation whose own sentence has a person as the subject of a verb of saying is
kept as that person's words, though the parse hangs it under another verb (``quotes.find_quotes``).
A sentence of the tuning gold's AllSides story allsides-6033."""

from __future__ import annotations

from conftest import quote_speakers, story_sentence


def test_what_biden_promised_would_be_an_entirely_new_effort():
    sentence = story_sentence("allsides-6033", r"The donation is another step toward what Mr\. "
                                               r"Biden promised[^.]*\.", "allsides_2021a.jsonl")
    speakers = quote_speakers(sentence)
    # (named only as "Mr. Biden" in the passage, he is printed so: ``Names.fullest``)
    assert speakers.get("entirely new effort") == "Mr. Biden"
