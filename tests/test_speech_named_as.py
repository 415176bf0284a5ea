"""A described speaker the sentence names by a participle hung on the description ("a
17-year-old known only as Arthur", "known only as Dasai", "identified only as Taylan") or by a
clause giving the name ("who gave his name only as Sergei") is that name, not the role
(``speakers.named_as``): on int26 de788d5 each went to "pupil", "One", "fellow", "One".

The sentences are fresh Multi-News text: the first from speaker_review seed 50 (read draw),
the rest from the training file (``train_sentence``); that text is lower-cased, so the name's
capital is restored here as its article wrote it (held-out text keeps its capitals)."""

from __future__ import annotations

import re

from conftest import quote_speakers, train_sentence

PUPIL = ("The pupil behind it, a 17-year-old known only as Arthur, told a local TV station that "
         "coping was \"not a very common word\" and that many students had never heard it.")
FRIEND = ("One of the dead man's friends, known only as Dasai, said: \"The rooster tried to get "
          "away from the ring several times, but Soren pushed it into the ring repeatedly.\"")
CONTRACTOR = ("One of the contractors picking up his materials on Tuesday, who gave his name only "
              "as Sergei, said he had not received any formal instructions to stop work.")
FELLOW = ("The fellow, identified only as Taylan, told police he had consensual sex with Sierra "
          "on Jan. 19, after a first date in the bustling tourist city Jan. 13.")


def test_the_sentences_are_the_training_files():
    for sentence in (PUPIL, FRIEND, FELLOW, CONTRACTOR):
        words = sentence.lower().split("\"")[0]
        assert train_sentence(re.escape(words[4:40]), "multinews_train.jsonl.gz")


def test_a_described_speaker_known_only_by_a_name_is_that_name():
    assert set(quote_speakers(PUPIL).values()) == {"Arthur"}
    assert set(quote_speakers(FRIEND).values()) == {"Dasai"}


def _reported_speaker(text: str, verb: str) -> str | None:
    # no quotation: the verb of saying's own reading, as figure claimants are named
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.speakers import speaker_of, speech_subject
    from newsfuse.readers.text import article_from_text

    cluster = analyze([article_from_text("Story\n\n" + text, path=None)])
    said = [t for docs in cluster.docs.values() for doc in docs for t in doc if t.lower_ == verb]
    assert said
    return speaker_of(speech_subject(said[0]), names_of(cluster))[0]


def test_a_reported_speaker_identified_only_by_a_name_is_that_name():
    assert _reported_speaker(FELLOW, "told") == "Taylan"


def test_a_speaker_who_gave_a_name_only_is_that_name():
    assert _reported_speaker(CONTRACTOR, "said") == "Sergei"


def test_a_description_with_no_name_stays_the_description():
    # "identified as a driver" names a kind, not a person: the role still speaks
    text = ("The man, identified by police as a delivery driver, says: \"The beaver ran out of "
            "some bushes and suddenly bit me.\"")
    assert set(quote_speakers(text).values()) == {"man"}
