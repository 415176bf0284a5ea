"""A paragraph break lost inside a quotation ('... rape has many victims. "The mistake I made
...," he said.': a report stored on one line, its paragraphs joined by spaces): the mark that
reopened the quotation on the next paragraph is read as opening it again
(``quote_marks.lost_break``), not as closing the quotation, which turned every later pair of
the line inside out, quoting the narration and losing the quotations. Real text of a tuning
article (BASIL, Akin's apology), its two paragraphs joined; the marks typed apart that the
rule must leave alone are real lines of BASIL and ECB+."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quote_marks import lost_paragraphs, quote_spans
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

FIRST = ('"Rape is an evil act. I used the wrong words in the wrong way and for that I '
         'apologize," he said in the ad. "As the father of two daughters, I want tough justice '
         'for predators. I have a compassionate heart for the victims of sexual assault. And I '
         'pray for them. The fact is, rape can lead to pregnancy. The truth is, rape has many '
         'victims.')
SECOND = ('"The mistake I made was in the words I said, not in the heart I hold. I ask for your '
          'forgiveness," he said. The video was released after Akin canceled a scheduled '
          'television interview Monday night.')


def _quoted(text: str) -> list[str]:
    return [text[a:b].strip() for a, b, *_ in quote_spans(text)]


def test_the_reopening_mark_of_a_lost_paragraph_opens_the_next_quotation():
    line = FIRST + " " + SECOND
    assert _quoted(line) == [
        "Rape is an evil act. I used the wrong words in the wrong way and for that I apologize,",
        FIRST[FIRST.index("As the father"):],
        "The mistake I made was in the words I said, not in the heart I hold. I ask for your "
        "forgiveness,"]
    assert [closed for *_, closed in quote_spans(line)] == [True, False, True]
    assert lost_paragraphs(line) == [len(FIRST) + 1]


def test_paragraphs_with_their_breaks_read_as_before():
    assert lost_paragraphs(FIRST) == [] and lost_paragraphs(SECOND) == []
    assert _quoted(SECOND)[0].startswith("The mistake I made")


def test_a_closing_mark_typed_after_a_space_still_closes():
    # BASIL: the closing mark typed apart before the next sentence, which an opening mark
    # inside it shows ('programs "promote and protect"')
    perry = ('In one emailed statement, Perry stated, "just when you thought Barack Obama '
             'couldn\'t get any more out of touch with America\'s values, AP reports his '
             'administration wants to make foreign aid decisions based on gay rights. Investing '
             'tax dollars promoting a lifestyle many Americas of faith find so deeply '
             'objectionable is wrong. "Perry is referring to a presidential memorandum released by the White '
             'House, in which Obama has directed all agencies working abroad ensure U.S. diplomacy '
             'and aid programs "promote and protect" the rights of gays and lesbians.')
    assert lost_paragraphs(perry) == []
    assert _quoted(perry)[1] == "promote and protect"
    # ECB+: the words after the mark are its attribution
    arians = "''Would we have done it without him? \"Colts interim coach Bruce Arians asked."
    assert lost_paragraphs(arians) == []
    assert _quoted(arians) == ["Would we have done it without him?"]


def test_the_quotation_after_the_lost_break_is_found_with_its_attribution():
    cluster = analyze([article_from_text(
        "Akin ad\n\n"
        "But Akin rebuffed calls late Monday to step aside and let another Republican candidate "
        "take his place. Instead, his campaign released a new ad in which Akin looks into the "
        "camera and addresses the controversy surrounding his remarks.\n\n"
        + FIRST + " " + SECOND, path=None)])
    quotes = {q["text"]: q["speaker"] or q.get("unconfirmed_speaker")
              for q in find_quotes(cluster)}
    mistake = [t for t in quotes if t.startswith("The mistake I made")]
    assert [quotes[t] for t in mistake] == ["Akin"]
    assert not any("The video was released" in t for t in quotes)
