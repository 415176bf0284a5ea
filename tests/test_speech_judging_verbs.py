"""Words quoted in the clause of a verb of judging or holding a view (think, believe,
criticize, praise, consider, hope, fear) are its subject's view in its own words, even when
the subject is a common noun no entity tag names ('the neighbors thought it was "cool"'):
on dd6ad57 these quotations got no speaker (the walk up from the quote stopped at a common-noun
subject) and the short ones were dropped as scare quotes.

The sentences are tuning text: ecbplus-13a (shared/stories) and multinews-train-18024
(multinews_sample100), gold records that credit the quoted words to the subject, and a
Multi-News train sentence (lower-cased there; its capital restored here)."""

from __future__ import annotations

from conftest import eval_sentence, quote_speakers, story_sentence, train_sentence


def test_the_neighbors_who_thought_it_cool_said_so():
    passage = story_sentence("ecbplus-13a", r"The governor of California did nothing[^\n]*?\"cool\.\"")
    assert set(quote_speakers(passage).values()) == {"neighbors"}


def test_an_administration_considering_under_conditions_owns_them():
    passage = eval_sentence(r"The Trump administration is considering staying[^\n]*?pull out")
    speakers = quote_speakers(passage)
    assert [s for q, s in speakers.items() if q.startswith("under the right")] == \
        ["Trump administration"]


def test_researchers_who_hope_say_what_they_hope():
    sentence = 'Researchers hope people will "rethink their relationship with plastic".'
    assert train_sentence(r'Researchers hope people will " rethink', "multinews_train.jsonl.gz")
    assert set(quote_speakers(sentence).values()) == {"Researchers"}


def test_a_date_read_as_the_subject_holds_no_view():
    # (basil-13792511, tuning) the parse takes "October" for the subject of "praising"
    passage = story_sentence("basil-13792511-5142-449f-8d3e-d77d790f65ec",
                             r"Christie was seen that October praising[^\n]*?aftermath\.", "basil.jsonl")
    assert "October" not in set(quote_speakers(passage).values())
