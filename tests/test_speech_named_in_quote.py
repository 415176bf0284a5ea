"""People speak of others by name, not of themselves: a speaker carried to a quotation (a "he
said", a continued or carried paragraph) is not one the quotation's own words name. Such a
quote goes to the next person the pronoun can mean when that person's gender is known to fit,
else its speaker is withheld (``named-in-quote``, the name kept as the guess).

The paragraphs are written for these tests in the shapes of three Multi-News tuning articles
(a report of one politician's speech against another, a media round-up, a mayor's plea) and a
BASIL one (a leader's posts), read as short articles. The first three tests failed on main
ed8b828's code with the articles' own paragraphs, which gave those quotes to the people they
name; ``named_in`` is tested on its own.
"""

from __future__ import annotations

from conftest import quote_in_paragraphs as _quote
from newsfuse.crosscheck.names import named_in

HALE = [
    "In his speech, Hale called Varga's budget plans \"vague, at best,\" and said they would "
    "raise taxes, cut schools and push the state into debt.",
    "\"Even though Peter Varga has offered very few real budget plans, what he has said "
    "is enough to know that he would be very bad for working families and small towns,\" "
    "he said.",
]

VARGA_ON_HALE = [
    "Thomas Hale delivered a sweeping attack on Peter Varga on Thursday, laying into "
    "the front-runner for governor with a sharper attack than any of the party's "
    "other candidates have made against the businessman.",
    "\"Here's what I know: Peter Varga is a fake, a con man,\" Hale said.",
    "There's irony in Hale's speech: Just four years ago, he sought Varga's backing -- "
    "and Hale spent a whole summer at the businessman's side, shaking hands at his rallies.",
    "\"He was begging for my backing. I could have said, 'Thomas, get on your knees' -- he "
    "would have got on his knees,\" he said.",
]

ROUND_UP = [
    "MEDIAWATCH \u2013 \u201cThe Mayor Is Worth $12 Million, Much More Than Most People Thought,\u201d by "
    "the Ledger\u2019s media desk: \u201cThe Gazette says Karl Brandt is worth $8.2 million. Peter Varga "
    "says it can\u2019t be that much. They\u2019re both wrong. Here\u2019s the real number: $11.9 million.\u201d",
]

HARBOR = [
    "The day before Varga\u2019s posts, Ortiz held a news conference in which she urged the "
    "state to help the flooded harbor town, and asked Varga to make sure someone "
    "from his office is \u201cable to do the job of saving homes.\u201d",
    "\u201cIf anybody out there can hear us, we are drowning. And you are letting us down with the "
    "delays,\u201d she said.",
]

VARGA_POSTS = [
    "Governor Varga said on Saturday that rural voices were being unfairly ignored by the "
    "city papers, hinting that he might act if his allies\u2019 columns continued to be cut.",
    "\u201cThe city papers are totally unfair to rural voters,\u201d Mr. Varga "
    "wrote on his page, saying that \u201csilencing people is a very dangerous thing.\u201d",
    "\u201cSpeaking loudly and clearly for the Varga Administration, we won\u2019t let that happen,\u201d he "
    "added.",
]


def test_a_he_said_is_not_the_person_the_quote_names():
    # main gave it to the man the words name; Hale is the only other man named, but his
    # gender is not known in two paragraphs, so the quote is withheld
    q = _quote(HALE, "Even though Peter Varga")
    assert q["speaker"] is None
    assert q["attribution"] == "named-in-quote"


def test_a_speaker_addressed_by_name_in_the_quote_is_not_its_speaker():
    # 'Thomas, get on your knees': Hale is spoken to, so "he said" is not Hale (main: Hale)
    q = _quote(VARGA_ON_HALE, "He was begging")
    assert q["speaker"] != "Thomas Hale" and q["speaker"] != "Hale", q


def test_a_continued_speaker_the_quote_names_is_withheld():
    # main carried the paper into the quotation that says what the paper says
    q = _quote(ROUND_UP, "The Gazette says Karl Brandt")
    assert q["speaker"] is None, q
    assert q["unconfirmed_speaker"] == "Gazette", q


def test_a_she_said_whose_quote_names_no_one_keeps_its_speaker():
    # the quote names no one: the pronoun's reading stands
    assert _quote(HARBOR, "If anybody out there")["speaker"] == "Ortiz"


def test_a_name_that_opens_another_name_does_not_name_the_speaker():
    # "the Varga Administration" names his administration, not Varga: main withheld the quote
    # as named-in-quote
    q = _quote(VARGA_POSTS, "Speaking loudly and clearly")
    assert q["speaker"] in ("Varga", "Governor Varga", "Mr. Varga"), q
    assert q["attribution"] != "named-in-quote"


def test_named_in_reads_capitalised_name_words():
    assert named_in("Thomas Hale", "I could have said, 'Thomas, get on your knees'")
    assert named_in("Ricardo Rosselló", "Governor Rossello asked for help")
    assert named_in("Omar al-Bashir", "the case against al-Bashir")
    # a lower-case word or a longer word is no mention of the name
    assert not named_in("Will Smith", "it will be done")
    assert not named_in("Donald Trump", "Trumpism is on the rise")
    assert not named_in(None, "anything")
    # the first word of another name (an administration, a tower) is no mention of the person,
    # but the name before a pronoun "I" or a word of the name itself is
    assert not named_in("Donald Trump", "for the Trump Administration, we won't")
    assert not named_in("Donald Trump", "a penthouse in Trump Tower")
    assert named_in("Donald Trump", "Donald Trump is a phony")
    assert named_in("Donald Trump", "if it were up to Trump I would leave")
