"""The quotations of an embedded post with no speaker of their own are the words of the author
its signature names at the paragraph's end ('— Donald J. Trump (@realDonaldTrump) February 18,
2018'), the post's "I said" included (``speech._post_author``); words the post itself credits
to someone ('.@iKnightscope says it's a "testament to the technology"') are not the poster's.
On main 4bcecbf the first quotation below was withheld (its "I" read as the article's writer).

The paragraphs are a tuning story's (multinews-train-27493 and multinews-train-1739 of the
shared multinews100 stories), as the shared file writes them."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

HOAX = (
    "I never said Russia did not meddle in the election, I said “it may be Russia, or China or "
    "another country or group, or it may be a 400 pound genius sitting in bed and playing with "
    "his computer.” The Russian “hoax” was that the Trump campaign colluded with Russia - it "
    "never did! — Donald J. Trump (@realDonaldTrump) February 18, 2018"
)

DROID = (
    ".@iKnightscope says it's a \"testament to the technology\" that guy who attacked anti-crime "
    "droid was arrested pic.twitter.com/SWGGVOWlvi — Tiffany Wilson (@TWilsonTV) April 25, 2017"
)


def test_a_posts_quotation_is_its_authors():
    speakers = _speakers("The president answered on Twitter.\n\n" + HOAX)
    assert _of(speakers, "it may be Russia") == "Donald J. Trump", speakers


def test_words_the_post_credits_to_someone_are_not_the_posters():
    speakers = _speakers("The robot was attacked.\n\n" + DROID)
    assert _of(speakers, "testament to the technology") != "Tiffany Wilson", speakers
