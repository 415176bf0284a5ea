"""A mark followed by a capitalised pronoun and a verb of saying opens a quotation ('...
O'Brien, "He asked why, and I told him ...'), it does not close one lost at the paragraph's
start: an attribution after a closing mark writes its pronoun in lower case (', he said'), so
``quote_marks._SAID_BEFORE`` takes no capitalised pronoun for a name. Before the rule the
paragraph's narrative became the quotation and the quoted words were lost, with the next
paragraph that closes them. Text of a tuning article (ECB+, ecbplus-5b)."""

from __future__ import annotations

from newsfuse.crosscheck.quote_marks import quote_spans

OPENS = ("King said that when he broke the news yesterday to O'Brien, \"He asked why, and I "
         "told him that I just felt there were some things that took place that I don't think "
         "will change and we're going to make a change.")


def test_a_capitalised_pronoun_after_the_mark_opens_the_quotation():
    spans = quote_spans(OPENS)
    assert [OPENS[a:b] for a, b, *_ in spans] == [OPENS[OPENS.index("He asked"):]]
    assert spans[0][3] is False  # left open: the next paragraph closes it


def test_a_name_after_the_mark_still_closes_a_lost_opening():
    text = "The two floods had much in common in terms of timing and reach,\" said Paolo Serra."
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == [
        "The two floods had much in common in terms of timing and reach,"]
