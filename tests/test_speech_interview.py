"""Interviews in match reports: answers set one paragraph after another under one attribution,
a line of narrative between them that names a broadcaster or a team but no one who could speak,
and answers headed by the speaker's name and their topic ('Harris on the injury to Harrison:').
The sentences are made up for these tests in the shape of sports and news interviews; before
this round the answer after the narrative line and the headed answers had no speaker, and the
words a colon-ending line introduced went to the last speaker."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

REPORT = (
    "Leeds beat Millwall 2-0 on Saturday, with goals from Patrick Bamford and Jack Harrison.\n\n"
    "Leeds manager Tom Harris said: \"We were poor in the first half, no doubt about it.\"\n\n"
    "\"The lads showed real character after the break and deserved the points.\"\n\n"
    "The match was shown live on Sky Sports, and the result leaves them third in the "
    "table.\n\n"
    "\"We have to keep going now. There is a long way to go in this league.\"\n\n"
    "Harris on the injury to Harrison: \"He will be out for a few weeks, which is a blow.\"")


def _given(speakers, opening):
    return next(s for t, s in speakers.items() if t.startswith(opening))


def test_an_answer_after_a_line_naming_no_person_goes_on_with_the_speaker():
    speakers = _speakers(REPORT)
    assert _given(speakers, "The lads showed") == "Tom Harris"
    assert _given(speakers, "We have to keep going") == "Tom Harris"


def test_a_name_and_its_topic_before_a_colon_label_the_answer():
    assert _given(_speakers(REPORT), "He will be out") == "Tom Harris"


def test_a_heading_paragraph_with_name_and_topic_labels_the_next_paragraph():
    speakers = _speakers(
        "Leeds beat Millwall 2-0 on Saturday.\n\n"
        "Leeds striker Patrick Bamford on his form:\n\n"
        "\"I feel sharp at the moment and the service from the wide men has been brilliant.\"")
    assert _given(speakers, "I feel sharp") == "Patrick Bamford"


def test_a_clause_before_the_colon_is_no_heading():
    # 'The referee booked Bamford on the stroke of half-time:' has a verb of its own: the name
    # before "on" is the one booked, not the one who speaks after the colon
    speakers = _speakers(
        "Leeds beat Millwall 2-0 on Saturday, with goals from Patrick Bamford and Jack "
        "Harrison.\n\n"
        "The referee booked Bamford on the stroke of half-time: \"It was a clear dive and "
        "everyone in the ground saw it.\"")
    assert _given(speakers, "It was a clear dive") != "Patrick Bamford"


def test_a_line_naming_a_person_hands_the_floor_to_no_one_before():
    # the person the narrative names may be who answers next: no carried speaker
    speakers = _speakers(
        "Leeds manager Tom Harris said: \"We were poor in the first half, no doubt about it.\"\n\n"
        "Goalkeeper Illan Meslier made three fine saves after the break.\n\n"
        "\"We have to keep going now. There is a long way to go in this league.\"")
    assert _given(speakers, "We have to keep going") != "Tom Harris"


def test_a_paragraph_ending_on_a_colon_keeps_no_floor():
    # a line that introduces a document's words: they are not the last speaker's
    speakers = _speakers(
        "Leeds manager Tom Harris said: \"We were poor in the first half, no doubt about it.\"\n\n"
        "Over at the supporters' trust, a post about the game gives the following verdict:\n\n"
        "\"Expect more of this. The board has let the squad run down and the fans have had "
        "enough of it.\"")
    assert _given(speakers, "Expect more of this") != "Tom Harris"


ANSWERS = (
    "Leeds beat Millwall 2-0 on Saturday.\n\n"
    "Leeds manager Tom Harris said: \"We were poor in the first half, no doubt about it.\"\n\n"
    "\"The lads showed real character after the break and deserved the points.\"\n\n"
    "\"I thought the crowd were magnificent. They got us going when we needed it most.\"\n\n"
    "\"We have a long way to go in this league, but this is a good start,\" he said.")


def test_a_he_said_after_answers_carried_from_paragraph_to_paragraph_is_the_speakers():
    # the name is three paragraphs back, but every answer between was his
    assert _given(_speakers(ANSWERS), "We have a long way") == "Tom Harris"


def test_a_he_said_after_a_paragraph_that_brings_in_someone_unnamed_is_not_given():
    # 'a steward' may be who says it: the floor does not pass a paragraph that brings in a
    # new participant, and a name this far back is withheld
    speakers = _speakers(
        "Leeds beat Millwall 2-0 on Saturday.\n\n"
        "Leeds manager Tom Harris said: \"We were poor in the first half, no doubt about it.\"\n\n"
        "\"The lads showed real character after the break and deserved the points.\"\n\n"
        "One moment was particularly tense as a steward at the away end tried to calm an "
        "elderly fan who had fallen on the steps.\n\n"
        "\"Stay where you are and we will get someone to help you up,\" he said.")
    assert _given(speakers, "Stay where you are") is None


def test_answers_do_not_run_on_past_a_paragraph_that_brings_in_someone_unnamed():
    speakers = _speakers(
        "Leeds beat Millwall 2-0 on Saturday.\n\n"
        "Leeds manager Tom Harris said: \"We were poor in the first half, no doubt about it.\"\n\n"
        "One moment was particularly tense as a steward at the away end tried to calm an "
        "elderly fan who had fallen on the steps.\n\n"
        "\"Stay where you are and we will get someone to help you up.\"")
    assert _given(speakers, "Stay where you are") != "Tom Harris"


TENNIS = (
    "Serena Williams reached the final with a 6-2, 6-3 win over Simona Halep.\n\n"
    "\"I felt really good out there today and my serve was working,\" said the 36-year-old.\n\n"
    "Halep was left to rue her missed chances.\n\n"
    "\"I had my opportunities but I did not take them,\" the Romanian said.\n\n"
    "Roger Federer also advanced after a long battle with Rafael Nadal.\n\n"
    "\"It was an incredible match,\" the Swiss told reporters. \"Rafa pushed me all the way.\"")


def test_an_age_or_a_nationality_for_a_speaker_means_the_person_named_before():
    speakers = _speakers(TENNIS)
    assert _given(speakers, "I felt really good") == "Serena Williams"
    assert _given(speakers, "I had my opportunities") == "Simona Halep"


def test_an_epithet_passes_over_a_person_named_only_as_an_object():
    # "after a long battle with Rafael Nadal": the subject, Federer, is the Swiss
    assert _given(_speakers(TENNIS), "It was an incredible match") == "Roger Federer"


def test_an_epithet_with_no_one_named_before_stays_a_description():
    speakers = _speakers(
        "The storm brought down power lines across the county overnight.\n\n"
        "\"We heard a crack and then the lights went out,\" said the 36-year-old.")
    assert _given(speakers, "We heard a crack") == "36-year-old"


def test_a_position_for_a_speaker_means_the_player_just_named():
    speakers = _speakers(
        "The Warriors beat the Celtics 112-104 on Sunday night.\n\n"
        "Celtics guard Jaylen Brown finished with 29 points.\n\n"
        "\"It hurts,\" the forward said. \"We had it and we let it go.\"")
    assert _given(speakers, "We had it and we let it go") == "Jaylen Brown"


def test_answers_headed_by_their_topic_go_on_with_the_speaker():
    speakers = _speakers(
        "Leeds beat Millwall 2-0 on Saturday.\n\n"
        "Leeds manager Tom Harris said: \"We were poor in the first half, no doubt about it.\"\n\n"
        "On the injury to Harrison: \"He will be out for a few weeks, which is a blow.\"\n\n"
        "And on his own future: \"I am happy here and the owners know that.\"")
    assert _given(speakers, "He will be out") == "Tom Harris"
    assert _given(speakers, "I am happy here") == "Tom Harris"


def test_a_lead_in_with_a_verb_of_its_own_is_no_topic_heading():
    # 'On Sunday the club announced:' is a clause: its words are not the manager's
    speakers = _speakers(
        "Leeds manager Tom Harris said: \"We were poor in the first half, no doubt about it.\"\n\n"
        "On Sunday the board announced: \"Ticket prices will be frozen for next season.\"")
    assert _given(speakers, "Ticket prices will be frozen") != "Tom Harris"


def test_an_epithet_after_someone_brought_in_unnamed_names_no_one_before():
    speakers = _speakers(
        "Officer Dan Moore arrested a man outside the stadium after the game.\n\n"
        "\"I did nothing wrong and I will prove it,\" said the 45-year-old.")
    assert _given(speakers, "I did nothing wrong") != "Dan Moore"
