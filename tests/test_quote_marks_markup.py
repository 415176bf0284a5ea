"""The marks of an HTML attribute's value pasted with an embedded post ('<a href= "https://...
" >#yyjtraffic</a>') delimit markup, not a quotation (``quote_marks._MARKUP``): read as
quotation marks they quoted the address and turned the paragraph's later pairs inside out.
Text of the fresh read draw (Multi-News seed 52, multinews-plus-train-4390), as that sample
prints it (lower-cased, marks set apart by spaces)."""

from __future__ import annotations

from newsfuse.crosscheck.quote_marks import marks_text, quote_spans

PARAGRAPH = (
    "Saanich police say a mother was pulled over for speeding in a school zone after she had "
    "smoked marijuana to celebrate school being back in. <a href= \" "
    "https://twitter.com/hashtag/yyjtraffic?src=hash \" >#yyjtraffic</a> my drug recognition "
    "expert just did roadside sobriety tests on a mom in a school zone.smoked a joint to "
    "celebrate school back in — @spd_traffic \" as soon as the officer tried to speak to the "
    "driver, it became abundantly obvious that someone in the car had been smoking a joint, \" "
    "said acting sgt. Jereme leslie with the saanich police department.")


def test_an_attribute_value_quotes_nothing_and_the_quotation_after_it_pairs_right():
    assert len(marks_text(PARAGRAPH)) == len(PARAGRAPH)
    quoted = [PARAGRAPH[a:b].strip() for a, b, *_ in quote_spans(PARAGRAPH)]
    assert quoted == ["as soon as the officer tried to speak to the driver, it became abundantly "
                      "obvious that someone in the car had been smoking a joint,"]


def test_quoted_words_beside_a_link_still_quote():
    text = 'He wrote <a href="https://example.com/x">a post</a> and said "we are done here."'
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == ["we are done here."]
