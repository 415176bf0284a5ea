"""A quotation that ends the "that" clause of a verb of saying is that verb's subject's words,
even when the parser hangs the quotation's clause on a verb further up that says nothing
('Lopez had sued the paper after Briggs wrote ... that her claim ... was "..."' parses "was"
as a clause of "sued"): ``attribution._content_before``. Before the rule the words went to
the subject of "sued". Sentences written for this test."""

from __future__ import annotations

from conftest import quote_speaker


def test_the_words_end_what_the_writer_wrote():
    text = ("Defamation suit dismissed\n\n"
            "Maria Lopez had sued the newspaper after Senator Tom Briggs wrote in a March post "
            "that her public claim to have been threatened over the land deal several years "
            "ago was \"a complete fabrication.\" A judge dismissed the suit on Monday.")
    assert quote_speaker(text, "a complete fabrication") == "Tom Briggs"


def test_a_clause_after_other_words_is_not_the_writers():
    text = ("Defamation suit\n\n"
            "Maria Lopez sued the newspaper after Tom Briggs wrote that she had lied, and she "
            "told the court on Monday the column was \"a hit job from start to finish.\"")
    assert quote_speaker(text, "a hit job") == "Maria Lopez"
