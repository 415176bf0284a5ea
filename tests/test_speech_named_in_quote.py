"""People speak of others by name, not of themselves: a speaker carried to a quotation (a "he
said", a continued or carried paragraph) is not one the quotation's own words name. Such a
quote goes to the next person the pronoun can mean when that person's gender is known to fit,
else its speaker is withheld (``named-in-quote``, the name kept as the guess).

The paragraphs are the tuning articles' own (multinews-train-18231, a CNN report of Romney's
speech against Trump; multinews-train-8180, a Playbook round-up; multinews-train-40535, Trump's
tweets on the mayor of San Juan), read as short articles. The first three tests fail on main
ed8b828, which gives those quotes to the people they name; ``named_in`` is tested on its own.
"""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.names import named_in
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

ROMNEY = [
    "In his speech, Romney called Trump's policy proposals \"flimsy, at best,\" and said he'd "
    "trigger a trade war, drive up the deficit and lead the nation into a recession.",
    "\"Even though Donald Trump has offered very few specific economic plans, what he has said "
    "is enough to know that he would be very bad for American workers and American families,\" "
    "he said.",
]

TRUMP_ON_ROMNEY = [
    "Mitt Romney delivered a sweeping broadside against Donald Trump on Thursday, laying into "
    "the Republican presidential front-runner with a sharper attack than any of the party's "
    "2016 contenders have made against the billionaire business mogul.",
    "\"Here's what I know: Donald Trump is a phony, a fraud,\" Romney said.",
    "There's irony in Romney's speech: Just four years ago, he courted Trump's endorsement -- "
    "even after Trump had led the \"birther\" controversy against President Barack Obama, "
    "insisting that Obama release his birth certificate to prove he is an American citizen.",
    "\"He was begging for my endorsement. I could have said, 'Mitt, drop to your knees' -- he "
    "would have dropped to his knees,\" he said.",
]

ROUND_UP = [
    "MEDIAWATCH – “Bloomberg Is Worth $49 Billion, Much More Than Most People Thought,” by "
    "Re/code’s Edmund Lee: “Forbes says Mike Bloomberg is worth $35.6 billion. Donald Trump "
    "says it can’t be that much. They’re both wrong. Here’s the real number: $48.8 billion.”",
]

SAN_JUAN = [
    "The day before Trump’s Twitter spree, Cruz held a news conference in which she urged the "
    "federal government to help the U.S. island territory, and asked Trump to ensure someone "
    "from his administration is “up to the task of saving lives.”",
    "“If anybody out there is listening, we are dying. And you are killing us with the "
    "inefficiency,” she said.",
]

# tuning basil-ad409798 a2 (a New York Times report of Trump's tweets on censorship)
TRUMP_TWEETS = [
    "President Trump said on Saturday that conservative voices were being unfairly censored on "
    "social media, hinting that he might intervene if his allies’ accounts continued to be shut "
    "down.",
    "“Social Media is totally discriminating against Republican/Conservative voices,” Mr. Trump "
    "wrote on Twitter, saying that “censorship is a very dangerous thing.”",
    "“Speaking loudly and clearly for the Trump Administration, we won’t let that happen,” he "
    "added.",
]


def _quote(paragraphs: list[str], opening: str) -> dict:
    cluster = analyze([article_from_text("Story\n\n" + "\n\n".join(paragraphs), path=None)])
    return next(q for q in find_quotes(cluster) if q["text"].startswith(opening))


def test_a_he_said_is_not_the_person_the_quote_names():
    # main gave it to Donald Trump, whom the words name; Romney is the only other man
    # named, but his gender is not known in two paragraphs, so the quote is withheld
    q = _quote(ROMNEY, "Even though Donald Trump")
    assert q["speaker"] is None
    assert q["attribution"] == "named-in-quote"


def test_a_speaker_addressed_by_name_in_the_quote_is_not_its_speaker():
    # 'Mitt, drop to your knees': Romney is spoken to, so "he said" is not Romney (main: Romney)
    q = _quote(TRUMP_ON_ROMNEY, "He was begging")
    assert q["speaker"] != "Mitt Romney" and q["speaker"] != "Romney"


def test_a_continued_speaker_the_quote_names_is_withheld():
    # main carried "Forbes" into the quotation that says what Forbes says
    q = _quote(ROUND_UP, "Forbes says Mike Bloomberg")
    assert q["speaker"] is None
    assert q["unconfirmed_speaker"] == "Forbes"


def test_a_she_said_whose_quote_names_no_one_keeps_its_speaker():
    # the quote names no one: the pronoun's reading stands
    assert _quote(SAN_JUAN, "If anybody out there")["speaker"] == "Cruz"


def test_a_name_that_opens_another_name_does_not_name_the_speaker():
    # "the Trump Administration" names his administration, not Trump: main withheld the quote
    # as named-in-quote
    q = _quote(TRUMP_TWEETS, "Speaking loudly and clearly")
    assert q["speaker"] in ("Trump", "Donald Trump")
    assert q["attribution"] != "named-in-quote"


def test_named_in_reads_capitalised_name_words():
    assert named_in("Mitt Romney", "I could have said, 'Mitt, drop to your knees'")
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
