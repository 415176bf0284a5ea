"""A name whose verb of saying is a participle hung on its own verb ('Trump had led the
"birther" controversy ..., insisting that ...', 'took to Twitter, writing ...', 'ended by
asking') has taken the floor as surely as one that "said", so a "he said" after it looks to it
before the people named since (``pronouns._named_speakers``).

The paragraphs are a Multi-News tuning article's (multinews-train-18231, a4), read as a short
article; the test failed on main 1742088, which withheld the quote as ``named-in-quote``: the
"he" went to Romney, the last man named, whom the quote names ("Mitt"), and no other reading
was sure. A name inside what someone else reports has not spoken ('Graham suggested Trump
might want to think twice before tweeting')."""

from __future__ import annotations

from conftest import quote_speaker

ROMNEY = [
    "(CNN) Mitt Romney delivered a sweeping broadside against Donald Trump on Thursday, laying "
    "into the Republican presidential front-runner with a sharper attack than any of the "
    "party's 2016 contenders have made against the billionaire business mogul.",
    "There's irony in Romney's speech: Just four years ago, he courted Trump's endorsement -- "
    "even after Trump had led the \"birther\" controversy against President Barack Obama, "
    "insisting that Obama release his birth certificate to prove he is an American citizen.",
    "Trump returns fire",
    "\"He was begging for my endorsement. I could have said, 'Mitt, drop to your knees' -- he "
    "would have dropped to his knees,\" he said.",
]

GRAHAM = [
    "Trump also noted over the weekend that Clinton was not recorded or under oath during that "
    "interview.",
    "On Sunday, Sen. Lindsey Graham, R-S.C., suggested Trump might want to think twice before "
    "tweeting and commenting on the Russia case.",
    "\u201cYou tweet and comment regarding ongoing criminal investigations at your own peril,\u201d "
    "he said on CBS\u2019 \u201cFace the Nation.\u201d",
]


def _speaker(paragraphs: list[str], opening: str) -> str | None:
    return quote_speaker("Story\n\n" + "\n\n".join(paragraphs), opening)


def test_a_participle_of_saying_gives_its_name_the_floor():
    assert _speaker(ROMNEY, "He was begging") in ("Donald Trump", "Trump")


def test_a_name_inside_a_reported_clause_does_not_take_the_floor():
    # (a BASIL tuning story, basil-0c78e748: the one who suggested speaks)
    assert _speaker(GRAHAM, "You tweet and comment") in ("Lindsey Graham", "Graham")
