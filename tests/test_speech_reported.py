"""Words quoted inside what a verb of saying reports are the reporting speaker's, whatever
the clause's own verb does with them: 'Moreno told the Valley Herald that inspectors are
looking at the cause of the collapse as "possible neglect"' gives Moreno's words (the
inspectors look; they do not say); and a paper that "reported" what someone said relays that
speaker's words, it does not word them. The sentences are written for these tests, each read
as a one-paragraph article; where a test names a tuning article, it follows that sentence's
shape (gold records hold the articles' own).
"""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_a_regarding_verb_inside_a_reported_clause_leaves_the_reporter_speaking():
    speakers = _speakers(
        'Moreno told the Valley Herald that inspectors are looking at the cause of the '
        'collapse as "possible neglect" and said it was too early to link the collapse to the '
        "storm the town had that week.")
    assert speakers["possible neglect"] == "Moreno", speakers


def test_a_verb_calling_something_by_quoted_words_still_speaks_outside_a_report():
    speakers = _speakers('Officials described the collapse as "sudden and as possible neglect."')
    assert speakers["sudden and as possible neglect."] == "Officials", speakers


def test_a_paper_that_reports_a_saying_relays_the_speakers_words():
    speakers = _speakers(
        'Valley Building Department Chief Rosa Moreno said the department was "treating it '
        'as sudden and as possible neglect for now" but did not elaborate, The '
        "Valley Herald reported.")
    assert speakers["treating it as sudden and as possible neglect for now"] == \
        "Rosa Moreno", speakers


def test_a_name_the_parser_hung_on_a_word_of_the_quotation_still_speaks():
    # an ECB+ tuning sentence's shape: the name parsed in apposition to the quote's "Marcus",
    # leaving "said" with no subject; the quotes after it were carried to the player
    speakers = _speakers(
        '"We know about the legal matter involving Marcus," team president R.J. '
        "Ames said in a statement.")
    assert speakers["We know about the legal matter involving Marcus,"] == "R.J. Ames", speakers


def test_an_organisation_before_an_explaining_verb_is_not_its_subject():
    # the fallback reads only a name hung inside the quotation: here "Kingsbridge" ends the
    # phrase describing Dr Holm (the shape of a Multi-News tuning sentence), who explains
    speakers = _speakers(
        "Dr Dagny Holm, lead author of the research from the School of Nursing at "
        'Kingsbridge explained: "We wanted to find out how much sleep nurses need on a night '
        'shift."')
    assert set(speakers.values()) == {"Dagny Holm"}


def test_an_inverted_said_names_its_speaker_however_the_name_is_parsed():
    # a T12 tuning sentence's shape: the name is parsed as the subject of "considered",
    # leaving "said" with no subject; the name right after the inverted verb speaks
    speakers = _speakers(
        '"A walkout, if it came, would be nothing short of ruinous," said Paul Dane, the '
        'former actor and Emmy-winning producer of "The Long Road" whose latest series, '
        '"Harbor Lights," is considered a strong Emmy contender.')
    assert speakers["A walkout, if it came, would be nothing short of ruinous,"] == \
        "Paul Dane", speakers


def test_a_participle_after_a_comma_does_not_name_a_speaker_after_it():
    # (a BASIL tuning sentence's shape) "claiming he and Ruth Cole both" is no inverted
    # attribution
    speakers = _speakers(
        "Governor Lane on Monday called the court case against his former budget "
        "adviser Owen Pike \u201cvery unfair,\u201d claiming he and Ruth Cole both "
        "\u201clied\u201d to the auditors but only Pike faced consequences.")
    assert speakers.get("lied") != "Ruth Cole", speakers


def test_two_people_speaking_together_are_both_the_speaker():
    # the producers' joint statement (the shape of T12 ecbplus-2a a5)
    speakers = _speakers(
        "Producers James Reed and Peter Cole called the Irish actor \"a consummate performer "
        'and a world-famous film star."')
    assert speakers["a consummate performer and a world-famous film star."] == \
        "James Reed and Peter Cole"


def test_a_second_reported_clause_joined_to_the_speech_verb_is_still_reported():
    # the parser joins "the Foreign Office has had ..." to "added" (the shape of T11
    # basil-45bd61bc a2)
    speakers = _speakers(
        '"The minister thinks that it is her duty to speak out," Hartley said.\n\n'
        "He added the cabinet can't control the debate on talk radio or in magazines, but the "
        'Foreign Office has had a "very full discussion" about it and has looked into it to a '
        '"fairly large degree."')
    assert speakers["very full discussion"] == "Hartley"


def test_a_clause_joined_after_that_keeps_its_own_subject():
    # a reported clause opened by "that" is told apart from the main clause joined after it
    speakers = _speakers(
        "Cruz said that the plan would fail, and Trump called the senator \"a nasty guy\" at a "
        "rally on Friday.")
    assert speakers["a nasty guy"] == "Trump"


def test_a_subject_inside_what_a_verb_of_saying_reports_is_what_the_words_are_about():
    # (the shapes of two BASIL tuning paragraphs) main gave "biased" to the papers the
    # governor calls biased, and "many times" to the rival he says lied: the clause's subject
    # is who the words describe, the speaker says them
    speakers = _speakers(
        "Governor Lane on Saturday took aim at the big city papers for \u201cignoring\u201d "
        "rural voters and farmers.\n\n"
        "He went on to call the silence \u201ca dangerous thing\u201d and then took a swipe at the "
        "Herald and the Courier, saying that while they are \u201cbiased,\u201d he does not demand "
        "that their columns be pulled.")
    assert speakers["biased,"] not in ("Herald & Courier", "Herald", "Courier"), speakers
    speakers = _speakers(
        "Governor Lane on Monday said the auditors ruined the career of his former budget "
        "adviser and said his opponent for governor, Ruth Cole, "
        "suffered no consequences after she lied \u201cmany times\u201d to the auditors.")
    assert speakers["many times"] in ("Lane", "Governor Lane"), speakers


def test_a_second_verb_of_saying_joined_to_a_reported_clause_is_the_reporters():
    # (a BASIL tuning sentence's shape) main gave the authors' words to "guidance", the
    # subject of the clause they acknowledge
    speakers = _speakers(
        "The authors acknowledge that the guidance indeed calls for town-level answers to "
        "problems but say it is \u201cno excuse to close the clinics\u201d and needs help from the "
        "state as well.")
    assert speakers["no excuse to close the clinics"] == "authors", speakers


def test_a_reporter_after_the_clause_relays_the_second_verb_of_saying():
    # (an ECB+ tuning sentence's shape) the young man insists; the sources after it only relay
    speakers = _speakers(
        "A 19-year-old man has admitted to hitting a cyclist, who died on Sunday as she rode home "
        "from work, but insisted he \"did not mean to hurt anyone,\" sources tell the Daily Courier.")
    assert speakers["did not mean to hurt anyone,"] != "sources", speakers


def test_a_reported_clause_whose_subject_the_parser_took_for_an_object_keeps_it():
    # (a BASIL tuning sentence's shape) the name parsed as the object of "reports", so main
    # gave her words to the paper, which reports them
    speakers = _speakers(
        "The Herald reports Nora Bell on Friday first set out her position on the "
        "disputed question, saying it should be something for parents to decide town "
        "by town, and not a matter for \u201cofficials\u201d or \u201cexperts.\u201d")
    assert speakers["officials"] == "Nora Bell", speakers


def test_words_named_as_in_a_second_reported_clause_are_the_reporters():
    # fresh Multi-News train text (speaker_review seed 68, read): 'Governor o'malley said that
    # ..., and that ... few defendants ... go to prison as a matter of "judicial economy ..."':
    # the second "that" clause is joined to the first, which "said" reports; main gave the
    # words to "few defendants", the joined clause's subject
    from conftest import quote_speakers, speaker_opening, train_sentence

    speakers = quote_speakers(train_sentence(
        r"Governor o ' malley said that the decriminalization bill.*?prosecutorial discretion\. \"",
        "multinews_train.jsonl.gz"))
    assert "malley" in speaker_opening(speakers, "judicial economy").lower()
