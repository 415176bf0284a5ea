"""A quotation that itself reports who said what ('"A Republican involved with the project
said ..."'), opening the paragraph after one whose last person was named without speaking
('Even though Bibi Netanyahu recently decried ...'), is a passage quoted from a report, not
that person's words: carried to no one (``relayed``, withheld). The paragraphs are those of
two tuning articles (BASIL b4dbeda7 a1, ECB+ 20b a2); on main e8b103f both quotations went to
the person named before them.
"""

from __future__ import annotations

from conftest import quote_in_paragraphs as _quote

AD = [
    "Even though Bibi Netanyahu recently decried the use of his name in election-year "
    "politicking, the Israeli prime minister is the subject of a new ad by Secure America Now, "
    "a neoconservative nonprofit organization dedicated to influencing the debate around "
    "American security and foreign policy.",
    "\u201cA Republican involved with the project said it\u2019s airing in Miami, West Palm Beach "
    "and Ft. Myers. The flight is ultimately going to be $1 million, the official said - a "
    "media-tracking source said about $400,000 has been placed so far.",
    "Those markets house some of the state\u2019s largest Jewish communities.",
    "The pollster for Secure America Now is John McLaughlin, who has worked with Netanyahu\u2019s "
    "Likud Party.\u201d",
]

TREMOR = [
    "Because it didn't down here at Cell Block G. Dubai experienced a slight \"tremor\" today, "
    "after a more serious earthquake in Southern Iran, resulting in the evacuation of Emirates "
    "Towers and a few other scrapers:",
    "\"Witnesses in high-rise buildings said they felt the ground shaking beneath them for "
    "about a minute.",
    "Many residents evacuated their buildings and waited on the streets. \"",
]

SPOKEN = [
    "Even though Bibi Netanyahu recently decried the use of his name in election-year "
    "politicking, the Israeli prime minister is the subject of a new ad by Secure America Now.",
    "\u201cThe flight is ultimately going to be $1 million and it is airing in Miami, West Palm "
    "Beach and Ft. Myers.\u201d",
]


def test_a_quoted_report_is_not_the_last_named_persons():
    q = _quote(AD, "A Republican involved")
    assert q["speaker"] is None
    assert q["attribution"] == "relayed"


def test_a_quoted_news_report_after_a_colon_is_not_carried():
    q = _quote(TREMOR, "Witnesses in high-rise")
    assert q["speaker"] is None
    assert q["attribution"] == "relayed"


def test_words_that_report_no_one_are_still_carried():
    # the same paragraph before, a quotation that reports no one's saying: carried as before
    q = _quote(SPOKEN, "The flight is ultimately")
    assert q["attribution"] != "relayed"
