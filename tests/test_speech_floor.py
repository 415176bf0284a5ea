"""Who has the floor when a paragraph opens with quotation and names no one: the speaker the
paragraph before introduced. The articles are built from T11 tuning sentences
(gold/tuning-s11, ecbplus-35a a3), one paragraph to a line."""

from __future__ import annotations

from conftest import quote_speakers


def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    return quote_speakers("\n\n".join(paragraphs))


def test_a_full_name_introducing_a_statement_takes_the_floor():
    # the paragraph's subject is "A.J. Smith", a name of two words: the floor was given only
    # to a subject whose first word is the parse's subject ("Smith issued ...")
    speakers = _speakers([
        'Jackson said in a statement: "I was stopped by an officer and arrested."',
        "General Manager A.J. Smith issued the following statement on Jackson's arrest:",
        '"We\'re aware of the off-the-field issue involving Vincent.',
        "Obviously, we're disappointed.",
        'We take these issues very seriously."',
    ])
    said = next(s for t, s in speakers.items() if t.startswith("We're aware"))
    assert said == "A.J. Smith"


def test_a_he_going_on_about_the_speaker_keeps_the_floor():
    # ecbplus-13a a16: Kroon spoke; a paragraph about what he would not say, then a quotation
    # that opens its paragraph and names no one; "any of the church members" in between
    # reported something, but "any" is no one a quotation can go on from
    speakers = _speakers([
        '"I\'ve heard the figure of $1 million, but I don\'t know for sure," Kroon said.',
        "Kroon said he was not at the church when the fire broke out and would not discuss what "
        "any of the church members who were there had reported to him.",
        "He would not specify how many people were in the building at the time of the blaze.",
        '"They were all adults, and they all got out."',
    ])
    assert speakers["They were all adults, and they all got out."] == "Kroon"


def test_a_paragraph_going_on_with_he_hands_no_floor_to_a_name_it_mentions():
    # T12 basil-be026bd1 a3: Skipper characterised the claims; "He said ... and echoed Mr.
    # Moore's assertion"; the next paragraph's "he said" is still Skipper, not Moore
    speakers = _speakers([
        "Mr. Moore told The Post that the allegations were \u201ccompletely false and are a "
        "desperate political attack.\u201d He is set to face Doug Jones, a Democrat, in a "
        "special election next month.",
        "That\u2019s how John Skipper, 66, a former chairman of the Mobile County Republican "
        "Party, characterized the claims, speaking to The New York Times.",
        "He said that he and other Alabama Republicans would continue to support their "
        "candidate and echoed Mr. Moore\u2019s assertion that the Democratic Party had been "
        "behind the story.",
        "\u201cMost of them will not be shocked,\u201d he said, \u201cand will rather be "
        "expecting these shenanigans being pulled by the Democrats as standard operating "
        "procedure.\u201d",
    ])
    assert speakers["Most of them will not be shocked,"] == "John Skipper"


def test_a_he_in_a_clause_below_the_main_verb_is_the_sentences_subject():
    # T12 basil-be026bd1 a1: Sanders spoke last, but "what he called" is Moore's
    speakers = _speakers([
        "Alabama Senate candidate Roy Moore denied the allegations on Thursday.",
        '"Like most Americans, the president believes we cannot allow a mere allegation to '
        'destroy a person\u2019s life," White House press secretary Sarah Sanders said.',
        'Moore lashed out earlier at what he called "the Obama-Clinton machine\'s liberal media '
        'lapdogs" after The Washington Post reported on a woman\'s claims.',
    ])
    assert speakers["the Obama-Clinton machine's liberal media lapdogs"] == "Roy Moore"


def test_a_name_modifying_a_word_is_no_one_a_he_said_can_mean():
    # T12 ecbplus-2a a1: "Oscar-winning director" and "Oscar contender" name no person
    speakers = _speakers([
        '"A strike, if one occurred, would be nothing short of horrible," said Ron Howard, the '
        'former actor and Oscar-winning director of "A Beautiful Mind" whose latest film, '
        '"Frost/Nixon," is considered a strong Oscar contender.',
        '"The timing couldn\'t be worse," he said on Thursday.',
    ])
    assert speakers["The timing couldn't be worse,"] == "Ron Howard"


def test_the_floor_reaches_over_one_paragraph_that_only_mentions_the_speaker():
    # T12 ecbplus-2a a9: Stewart is the subject two paragraphs up; a paragraph that only
    # mentions him, then one whose "he" is him, then his joke
    speakers = _speakers([
        "Stewart pulled off a television miracle last year when he hosted the 2007 Oscars only "
        "11 days after the WGA writer's strike ended.",
        "This didn't seem to dampen Stewart's usual comedic flair.",
        "Keeping a constant string of quick one-liners coming at the audience, he made sure "
        "that the ceremonies didn't get bogged down, keeping things lively.",
        '"Oscar is 80 this year, which makes him now automatically the front-runner for the '
        'Republican nomination."',
    ])
    assert speakers["Oscar is 80 this year, which makes him now automatically the front-runner "
                    "for the Republican nomination."] == "Stewart"
