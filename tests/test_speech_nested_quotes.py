"""A quotation in single marks inside another quotation, which a verb of saying inside the outer
one gives to someone it names, is that person's words, reported by the outer speaker: the outer
quotation stays its own speaker's whole, and the inner one is a quotation of its own. Words in
single marks that nothing inside the outer quotation gives to anyone stay only the outer
speaker's. The sentences are written for these tests, each read as a one-paragraph article."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

from newsfuse.crosscheck.quote_marks import inner_spans


def test_words_someone_told_the_speaker_are_theirs_inside_the_speakers_quote():
    speakers = _speakers('"Tom Ames told me, \u2018Calm down,\u2019 and I did," Fuller said.')
    assert speakers["Tom Ames told me, \u2018Calm down,\u2019 and I did,"] == "Fuller", speakers
    assert speakers["Calm down,"] == "Tom Ames", speakers


def test_straight_single_marks_inside_a_curly_quotation_too():
    speakers = _speakers("\u201cThe coach Ben Ortiz told us, 'Keep the ball low,' and we "
                         "lost anyway,\u201d Fuller said.")
    assert speakers["Keep the ball low,"] == "Ben Ortiz", speakers


def test_words_the_speaker_holds_up_in_single_marks_stay_the_speakers():
    speakers = _speakers("\u201cWe will \u2018win this thing,\u2019 no doubt,\u201d Fuller said.")
    assert "win this thing," not in speakers, speakers
    assert speakers["We will \u2018win this thing,\u2019 no doubt,"] == "Fuller", speakers


def test_a_term_someone_called_a_person_inside_a_quotation_is_no_saying_of_theirs():
    speakers = _speakers("\u201cThe club was wrong. Tom Ames called her a \u2018born "
                         "leader\u2019 and hired her anyway!\u201d Fuller wrote.")
    assert "born leader" not in speakers, speakers


def test_apostrophes_and_plural_possessives_open_no_inner_quotation():
    assert inner_spans("We gotta have 'em back before the players' union meets") == []
    assert inner_spans("She said 'go home now' and left") == [(10, 21)]
