"""A common given name says a person's gender when the text does not (``given_names``,
``names.Names.gender``), so a "she" is not given to a man whom the text gives no gender.
Sentences written for these tests; the first fails when the given names are not read."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.names import names_of
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

# Neither person has a gendered title nor a "said he/she" of their own: only the given names
# tell that the "she" of the last paragraph is the columnist, not the senator who spoke.
TEXT = (
    "Senator Robert Hale said on Monday that the bill would \"create jobs in every county of "
    "the state.\"\n\n"
    "Take columnist Margaret Cole's view that the bill, which Hale wrote last spring, is "
    "\"a gift to the largest donors of both parties.\" The plan, she wrote, \"does nothing for "
    "the families who need help with the rent.\"")


def _quotes(text: str):
    cluster = analyze([article_from_text("Story\n\n" + text, path=None)])
    return cluster, {q["text"]: q for q in find_quotes(cluster)}


def test_a_given_name_says_the_gender_the_text_does_not():
    cluster, quotes = _quotes(TEXT)
    names = names_of(cluster)
    assert names.gender.get("Robert Hale") == "M"
    assert names.gender.get("Margaret Cole") == "F"
    q = next(q for t, q in quotes.items() if t.startswith("does nothing for"))
    assert q["speaker"] == "Margaret Cole"


def test_the_texts_own_evidence_outranks_the_given_name():
    # "Ms." says a woman though the given name is a man's in the lists
    cluster, _ = _quotes("Ms. Michael Grant, the school's director, said the roof \"will be "
                         "fixed by the end of the month.\"")
    assert names_of(cluster).gender.get("Michael Grant") == "F"

