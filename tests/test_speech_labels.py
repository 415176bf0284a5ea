"""A name and a colon label the words after them, also when the words open a paragraph of
their own under the line that ends on the name, and when the name is a transcript's lone
surname the tagger missed. In two tuning articles (ECB+), before ``speech._introduced`` and
the lone-name case of ``attribution.label_ending``, all four quotations had no speaker; the
paragraphs below are written for these tests in their shapes."""

from __future__ import annotations

from conftest import eval_sentence, quote_speakers as _speakers


def _given(speakers, opening):
    return next(s for t, s in speakers.items() if t.startswith(opening))


def test_a_name_ending_the_paragraph_on_a_colon_labels_the_block_quotation_below():
    speakers = _speakers(
        "Expect a week of flood experts on the radio, such as the ever-gloomy Dr Rania "
        "Al Masri:\n"
        "\"We must stop telling people the coast is safe from the sea.\n"
        "I have to say the river mouths are rising every year and the old walls will not "
        "hold. \"\n"
        "Farmers in the far north hear none of it.")
    assert "Masri" in _given(speakers, "We must stop telling"), speakers


def test_a_place_a_paragraph_ends_on_labels_nothing():
    speakers = _speakers(
        "The senator appeared on Fox News:\n"
        "\"We must stop telling people the coast is safe from the sea.\"")
    assert _given(speakers, "We must stop telling") != "Fox News"


def test_a_transcripts_lone_surname_labels_its_line():
    speakers = _speakers(
        "After the new laptops, head of software Greta Lindqvist took the stage to show the new "
        "phone system.\n"
        "First on her list was the voice helper: \"In six months, it has been reading and learning "
        "a great deal,\" says Lindqvist.\n"
        "Lindqvist: \"Which city is bigger, Oslo or Bergen?\"\n"
        "Besides geography, the helper now knows more about train times.")
    assert _given(speakers, "Which city is bigger") == "Greta Lindqvist", speakers


def test_a_name_with_a_dash_typed_against_it_labels_its_line():
    # a tuning article (multinews-train-18231) opens its clip's transcript on the speaker's
    # name with the dash glued to it; the tokenizer keeps "Romney-" as one word and the tagger
    # leaves it out of the name, so the quotation had no speaker
    opening = eval_sentence(r'Published on Feb 23, 2016\s+Mitt Romney- "[^.]+\.')
    named = eval_sentence(r"Mitt Romney has announced that he.ll be giving a speech[^.]+\.")
    speakers = _speakers(opening + '"\n\n' + named)
    assert _given(speakers, "Donald Trump has shown") == "Mitt Romney", speakers


def test_a_hyphenated_word_before_a_quotation_labels_nothing():
    speakers = _speakers('The report was a follow-"up to last year\'s audit," the clerk said.')
    assert "follow" not in (_given(speakers, "up to last year") or ""), speakers
