"""Who has the floor when a paragraph opens with quotation and names no one: the speaker the
paragraph before introduced. The articles are written for these tests, one paragraph to a
line, in the shapes of tuning articles' paragraphs (ECB+ and BASIL stories of T11 and T12)."""

from __future__ import annotations

from conftest import quote_speakers


def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    return quote_speakers("\n\n".join(paragraphs))


def test_a_full_name_introducing_a_statement_takes_the_floor():
    # the paragraph's subject is "R.J. Ames", a name of two words: the floor was given only
    # to a subject whose first word is the parse's subject ("Ames issued ...")
    speakers = _speakers([
        'Dalton said in a statement: "I was pulled over by an officer and held for an hour."',
        "Team president R.J. Ames issued the following statement on Dalton's arrest:",
        '"We know about the legal matter involving Marcus.',
        "Clearly, we're let down.",
        'We treat these matters with great care."',
    ])
    said = next(s for t, s in speakers.items() if t.startswith("We know about"))
    assert said == "R.J. Ames", speakers


def test_a_he_going_on_about_the_speaker_keeps_the_floor():
    # Brandt spoke; a paragraph about what he would not say, then a quotation that opens its
    # paragraph and names no one; "any of the staff" in between reported something, but
    # "any" is no one a quotation can go on from
    speakers = _speakers([
        '"I\'ve heard the figure of $2 million, but I can\'t confirm it," Brandt said.',
        "Brandt said he was not at the school when the flood came and would not discuss what "
        "any of the staff who were there had told him.",
        "He would not say how many pupils were in the building at the time of the flood.",
        '"They were all children, and they all got out safely."',
    ])
    assert speakers["They were all children, and they all got out safely."] == "Brandt", speakers


def test_a_paragraph_going_on_with_he_hands_no_floor_to_a_name_it_mentions():
    # Ward characterised the claims; "He said ... and echoed Mr. Lane's assertion"; the next
    # paragraph's "he said" is still Ward, not Lane
    speakers = _speakers([
        "Mr. Lane told the Herald that the claims were \u201centirely untrue and a "
        "cynical political stunt.\u201d He is set to face Ruth Cole, a Democrat, in a "
        "special election next spring.",
        "That\u2019s how Henry Ward, 71, a former chairman of the county Republican "
        "Party, characterized the claims, speaking to the Courier.",
        "He said that he and other local Republicans would keep backing their "
        "candidate and echoed Mr. Lane\u2019s assertion that the Democrats had been "
        "behind the story.",
        "\u201cMost voters will not be surprised,\u201d he said, \u201cand will rather see "
        "these tricks played by the Democrats as business as usual.\u201d",
    ])
    assert speakers["Most voters will not be surprised,"] == "Henry Ward", speakers


def test_a_he_in_a_clause_below_the_main_verb_is_the_sentences_subject():
    # Pryce spoke last, but "what he called" is Lane's
    speakers = _speakers([
        "State Senate candidate Gerald Lane denied the claims on Friday.",
        '"Like most voters, the governor believes we cannot let a mere claim '
        'ruin a person\u2019s career," the governor\'s spokeswoman Alice Pryce said.',
        'Lane lashed out earlier at what he called "the party machine\'s tame media '
        'friends" after the Herald reported on a former aide\'s claims.',
    ])
    assert speakers["the party machine's tame media friends"] == "Gerald Lane", speakers


def test_a_name_modifying_a_word_is_no_one_a_he_said_can_mean():
    # "Emmy-winning producer" and "Emmy contender" name no person
    speakers = _speakers([
        '"A walkout, if it came, would be nothing short of ruinous," said Paul Dane, the '
        'former actor and Emmy-winning producer of "The Long Road" whose latest series, '
        '"Harbor Lights," is considered a strong Emmy contender.',
        '"The timing could not be worse," he said on Friday.',
    ])
    assert speakers["The timing could not be worse,"] == "Paul Dane", speakers


def test_the_floor_reaches_over_one_paragraph_that_only_mentions_the_speaker():
    # Dan Carver is the subject two paragraphs up; a paragraph that only mentions him, then one
    # whose "he" is him, then his joke
    speakers = _speakers([
        "Dan Carver pulled off a small miracle last year when he hosted the awards show only "
        "nine days after the stagehands' strike ended.",
        "This didn't seem to dull Carver's usual sharp wit.",
        "Keeping a steady stream of quick one-liners coming at the crowd, he made sure "
        "that the evening never got bogged down, keeping things lively.",
        '"Emmy is 60 this year, which makes him now automatically the favourite for the '
        'Senate seat."',
    ])
    assert speakers["Emmy is 60 this year, which makes him now automatically the favourite "
                    "for the Senate seat."] == "Dan Carver", speakers
