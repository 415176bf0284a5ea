"""'"...," the company said' is the organisation at the noun's last earlier mention in its
article ("Beiersdorf, the Hamburg-based company that owns Nivea"), as "the spokeswoman said"
is the person at hers (``speakers._last_holder`` with ``label="ORG"``); no one when another
organisation was a clause subject since (two fit), the words then read as written."""

from __future__ import annotations

from conftest import quote_speakers
from conftest import speaker_opening as _of

# speaker_review seed 62 (read draw), multinews-plus-train-40452 a1, with the capitals the
# review's lower-casing took out; main 6c3a209 gave "company"
NIVEA = (
    "The post sparked a backlash, with social media users accusing Nivea of being racist and "
    "insensitive. \"Come on Nivea. This is so racist that I do not even know where to begin. "
    "Speechless. In future, refer to clothes or products, not colors,\" Scott Bellows posted "
    "on Twitter. Beiersdorf (BDRFF), the Hamburg-based company that owns Nivea, Eucerin and "
    "other skincare brands, said it decided to take the advert down due to what it called "
    "\"concerns about ethnic discrimination.\" \"We are deeply sorry to anyone who may take "
    "offense to this specific post. After realizing that the post is misleading, it was "
    "immediately withdrawn,\" the company said in a statement.")

# ecbplus-30a a3 (tuning): the company that said it will publish an update is Reliance, not
# Sonaecom, the last one written "company"
CABLES = (
    "Sonaecom SGPS SA, Portugal's second-biggest fixed-line phone company, also said that it's "
    "diverting traffic to other routes.\n\n"
    "France Telecom's Orange mobile-phone unit said the cable failure \"greatly disturbed\" "
    "the traffic between Europe and parts of Asia.\n\n"
    "Internet traffic \"from Mumbai to London has now been rerouted via Hong Kong which may "
    "lead to congestion and increased latency on this route,\"\n\n"
    "Reliance said in an e-mailed \"traffic disruption update,\" adding that it is working "
    "with the affected customers to restore all services.\n\n"
    "The company said it will publish another update on its Web site tomorrow.")

# multinews-train-5697 (tuning): "the agency" is the FBI, not the agency last written so
JONES = (
    "Jones said the man claimed to have information about Edward Snowden, a former U.S. "
    "government contractor who leaked a once-secret National Security Agency surveillance "
    "program two weeks ago.\n\n"
    "Jones said he never heard the man threaten passengers or the plane. While the plane was "
    "still in the air, the FBI said the man had claimed everyone aboard the plane was being "
    "poisoned, but the agency later said it was working to clarify what the man said.")


def _speaker_of_last(text: str, word: str) -> str | None:
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.speakers import speaker_of
    from newsfuse.readers.text import article_from_text

    cluster = analyze([article_from_text("Story\n\n" + text, path=None)])
    doc = cluster.docs[cluster.articles[0].id][-1]
    last = [t for t in doc if t.lower_ == word][-1]
    return speaker_of(last, names_of(cluster))[0]


def test_the_company_is_the_one_last_written_so():
    speakers = quote_speakers(NIVEA)
    assert _of(speakers, "We are deeply sorry") == "Beiersdorf", speakers


def test_the_company_is_no_one_when_another_took_the_floor_since():
    assert _speaker_of_last(CABLES, "company") != "Sonaecom SGPS SA"


def test_the_agency_is_not_a_name_ending_in_agency_after_another_spoke():
    assert "National Security Agency" not in (_speaker_of_last(JONES, "agency") or "")
