"""A common given name says a person's gender when the text does not (``given_names``): a
"he" reaching past "Hillary Clinton" in its own sentence does not take her for a man it might
mean. Paragraphs of the tuning gold's multinews-train-18210 (multinews_sample100)."""

from __future__ import annotations

from conftest import eval_sentence, quote_speakers, speaker_opening


def test_hillary_is_a_womans_name():
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.names import names_of
    from newsfuse.readers.text import article_from_text

    sentence = eval_sentence(r"He infamously claimed former Fox News anchor Megyn Kelly[^\n]*")
    names = names_of(analyze([article_from_text("Story\n\n" + sentence, path=None)]))
    assert names.gender.get("Hillary Clinton") == "F"


def test_he_after_a_list_of_women_is_the_man_named_before():
    paragraphs = [eval_sentence(p) for p in (
        r"Avenatti, who has appealed that decision, responded with a warning to Trump[^\n]*",
        r"For Republicans already worried about female turnout on Nov\. 6[^\n]*",
        r"He infamously claimed former Fox News anchor Megyn Kelly[^\n]*")]
    speakers = quote_speakers("\n\n".join(paragraphs))
    assert speaker_opening(speakers, "bleeding badly from a face-lift") == "Trump"
