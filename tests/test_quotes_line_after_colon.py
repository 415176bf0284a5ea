"""A short line in title case that a colon introduces and a full stop ends inside its marks is
words someone wrote, not a work's title (``quotes._line_after_colon``). In a tuning article
(multinews-train-18210) 'ending the tweet with: "Game on, Tiny."' was dropped as a title."""

from __future__ import annotations

from conftest import eval_sentence, quote_speakers


def test_a_title_case_line_after_a_colon_is_a_quotation():
    named = eval_sentence(r"Daniels also fired back, saying Trump’s comments “demonstrated[^”]+”")
    line = eval_sentence(r"She also appeared to debut her own nickname for the president, "
                         r"ending the tweet with: “Game on, Tiny\.”")
    speakers = quote_speakers(named + "\n\n" + line)
    assert speakers.get("Game on, Tiny.") == "Daniels", speakers


def test_a_title_after_a_preposition_is_still_no_quotation():
    speakers = quote_speakers("Daniels also fired back on Tuesday, speaking on “Meet the Press.”")
    assert "Meet the Press." not in speakers, speakers
