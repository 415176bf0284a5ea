"""Words called out loud ("chanted", "yelled", "screamed", "cried") are said (``SPEECH_VERBS``):
the marchers chant their slogan, not the station that reported it. On main 67ccdf6 the slogan
below went to "wcav", the "according to" source of the sentence."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of
from conftest import train_sentence


def test_a_chant_is_the_chanters():
    # a Multi-News train document (multinews-plus-train-1017), lower-cased as that file is
    line = train_sentence(r"The marchers chanted \" you will not replace us \" and \" we will be "
                          r"back \" at emancipation park, according to wcav\.",
                          file="multinews_train.jsonl.gz")
    speakers = _speakers(line)
    assert _of(speakers, "you will not replace us") == "marchers", speakers
