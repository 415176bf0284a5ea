"""A name and a colon label the words after them, also when the words open a paragraph of
their own under the line that ends on the name, and when the name is a transcript's lone
surname the tagger missed. The paragraphs are tuning articles' own (gold ecbplus-20b a2 and
ecbplus-40b a7); before ``speech._introduced`` and the lone-name case of
``attribution.label_ending`` all four quotations had no speaker."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def _given(speakers, opening):
    return next(s for t, s in speakers.items() if t.startswith(opening))


def test_a_name_ending_the_paragraph_on_a_colon_labels_the_block_quotation_below():
    speakers = _speakers(
        "Expect endless earthquake experts in the papers tomorrow, such as the prophetic Dr Azm "
        "Al Homoud:\n"
        "\"We should stop saying the UAE is not in an earthquake prone area.\n"
        "I must say we are near major epicentres across the Arabian Gulf and fall within the "
        "collision area. \"\n"
        "Inmates in the far southern gulags miss out on everything.")
    assert "Homoud" in _given(speakers, "We should stop saying")


def test_a_place_a_paragraph_ends_on_labels_nothing():
    speakers = _speakers(
        "The senator appeared on Fox News:\n"
        "\"We should stop saying the state is not in an earthquake prone area.\"")
    assert _given(speakers, "We should stop saying") != "Fox News"


def test_a_transcripts_lone_surname_labels_its_line():
    speakers = _speakers(
        "Following Mountain Lion, SVP of iOS software Scott Forstall took the stage to unveil iOS "
        "6.\n"
        "First on his agenda was Siri: \"In eight months, Siri has been studying up and learning "
        "a lot,\" says Forstall.\n"
        "Forstall: \"Who is taller, Lebron or Kobe?\"\n"
        "In addition to sports, Siri does more with restaurant details.")
    assert _given(speakers, "Who is taller") == "Scott Forstall"
