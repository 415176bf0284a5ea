"""A quotation that closes on "?" or "!" may close its sentence too: the clause after it is
then what happened next, not its attribution, though its verb stands in the attribution's slot
(``attribution._next_sentence``, read by ``_closing_verb``). The lines are Multi-News train
documents (lower-cased there); before the check, the hackers' message went to "politicians"
and the rap lyric to "song"."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of
from conftest import train_sentence


def test_a_long_clause_after_an_exclamation_is_a_new_sentence():
    # multinews-plus-train-35
    line = train_sentence(r"the magazine's website was taken over shortly after that by a turkish "
                          r"hackers group[^\"]*\"[^\"]*\" politicians and the media came out[^.]*\.",
                          file="multinews_train.jsonl.gz")
    speakers = _speakers(line)
    assert _of(speakers, "you keep abusing") != "politicians", speakers


def test_a_thing_that_premiered_after_the_lyric_did_not_say_it():
    # multinews-plus-train-1051
    line = train_sentence(r"\" don't worry i ' m working on an album! \" the rapper tweeted.*?"
                          r"the song premiered on the rapper's shade 45 channel[^.]*\.",
                          file="multinews_train.jsonl.gz")
    speakers = _speakers(line)
    assert _of(speakers, "consider me a dangerous man") != "song", speakers


def test_a_person_gushing_at_length_still_says_it():
    # multinews-plus-train-11006: a person's long adverbials after the verb still attribute
    line = train_sentence(r"\"that's my baby boy! \" frances mcdormand gushed[^.]*\.",
                          file="multinews_train.jsonl.gz")
    speakers = _speakers(line)
    assert (_of(speakers, "that's my baby boy") or "").lower().endswith("mcdormand"), speakers  # full name once re-cased


def test_a_thing_that_struck_after_the_question_did_not_ask_it():
    # multinews-plus-train-11409: a short clause, but its subject is no one who could speak
    line = train_sentence(r"\"[^\"]{0,200}negligence\? \" tragedy struck[^.]*\.",
                          file="multinews_train.jsonl.gz")
    speakers = _speakers(line)
    assert _of(speakers, "how he's going to get past this") != "tragedy", speakers
