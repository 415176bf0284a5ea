"""A he or she in a relative clause that tells what someone's tweet, speech or comments said
means the one named as their owner, not the subject of the sentence: 'Bannon was infuriated
by Romney's tweet on Monday in which he wrote that Moore would be a "stain"' (a tuning
report, multinews-train-23283, cased) is Romney's word (``speech._owner_of_described``). It
fails without the rule: the sentence's subject, Bannon, was given."""

from __future__ import annotations

from conftest import eval_sentence, quote_speakers


def test_a_he_in_a_clause_on_a_persons_tweet_is_the_tweets_owner():
    paragraph = eval_sentence(r"Bannon was infuriated by Romney's tweet on Monday in which he "
                              r"wrote[^\n]*")
    speakers = quote_speakers(paragraph)
    assert speakers["stain"] == "Romney"

