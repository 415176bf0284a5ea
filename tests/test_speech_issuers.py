"""A document that speaks ("the statement said") speaks for whoever issued it, when the
article says so in an earlier paragraph; otherwise the document stays the speaker.

Every test reads sentences written for it, in the shapes of tuning articles' sentences (none
is a gold record's or a tuning cluster's sentence).
"""

from __future__ import annotations

import pytest

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.model import Article

# 'In a statement ..., the X family said ...' and two paragraphs on '"...," the statement reads.'
FAMILY = ("Police said officers had spent hundreds of hours on the case so far.\n\n"
          "In a statement released shortly after the morning's news conference, the Lund family "
          "said they had expected that police would find the fire was set on purpose.\n\n"
          "On Friday afternoon, a guard stood outside the house where the family's two dogs were "
          "found. The house has now been handed back to the family.\n\n"
          "\"This view was held by the family from the start and fits the findings of the fire "
          "service's own inquiry,\" the statement reads.")
# "In a later statement, X said ..." then, past an embedded post, 'The statement continued: "..."'
GROUP = ("A picture posted by the group appeared to show the activists using ropes to climb the "
         "side of the tower from the roof of the station.\n\n"
         "In a later statement, Oceanwatch said the tower was chosen because it stood in sight of "
         "the offices of the shipping firm Norhaul, which is involved in deep-sea mining. When "
         "the climbers reached the top they planned to \"hang a huge banner that shows the beauty "
         "of the deep sea\", it added.\n\n"
         "Ana (red helmet) holds on while Lea (white helmet) climbs past her #seaclimb \u2014 "
         "Oceanwatch (@Oceanwatch) May 2, 2019\n\n"
         "The statement continued: \"Norhaul is leading the shipping firms' push into the deep "
         "sea, spending billions on its mining programmes.\"")


@pytest.mark.parametrize("text, opening, speaker", [
    (FAMILY, "This view was held by the family from the start", "Lund family"),
    (GROUP, "Norhaul is leading the shipping firms' push", "Oceanwatch"),
])
def test_a_document_speaks_for_who_issued_it_a_paragraph_before(text, opening, speaker):
    quotes = find_quotes(analyze([Article(text=text)]))
    assert next(q for q in quotes if q["text"].startswith(opening))["speaker"] == speaker


def test_a_document_of_a_clause_is_not_its_subjects():
    # (written for this test) 'The family said Mara J. Olsen "lost her long fight ..." in an
    # obituary on the Hillside Chapel website.' then '"...," the obituary said.': the obituary
    # hangs on "lost", which is no saying, so Olsen did not issue it, and "the family" says no
    # more than the obituary does: it stays the speaker
    from conftest import quote_speakers

    speakers = quote_speakers(
        "The family said Mara J. Olsen \u201clost her long fight with depression\u201d in an "
        "obituary on the Hillside Chapel website.\n\n"
        "\u201cIn an effort to answer the rumors, we want everyone to know how she died,\u201d "
        "the obituary said.")
    assert speakers["In an effort to answer the rumors, we want everyone to know how she died,"] \
        == "obituary"


def test_a_document_by_an_author_speaks_for_the_author():
    # the parser hangs "by" on "concluded", but right after the document it names the
    # report's author (written for this test in the shape of a BASIL tuning sentence)
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    cluster = analyze([Article(text=(
        'But the report, by county counsel Miriam Osei, concluded that "the claims of unfair '
        'hiring rest on mistaken figures and have no footing in the rules."'))])
    quote = next(q for q in find_quotes(cluster) if q["text"].startswith("the claims of unfair"))
    assert quote["speaker"] == "Miriam Osei"


def test_letters_an_organisation_wrote_speak_for_it():
    # main gave such words to "letter" (a BASIL tuning sentence; this one is written for the
    # test); "which" is the organisation it follows, and the letters it wrote are its words
    from conftest import quote_speakers
    speakers = quote_speakers(
        "The memo quotes the National Association of Rural Doctors, which wrote several letters "
        "to the governor saying “a fair plan for future clinics cannot depend on deep cuts in "
        "basic care for poor families.”")
    assert speakers["a fair plan for future clinics cannot depend on deep cuts in basic care "
                    "for poor families."] == "National Association of Rural Doctors", speakers


def test_a_document_from_someone_read_after_the_quote_is_theirs():
    # the parser hangs the "from" on "read", not on the document (the shapes of two
    # Multi-News tuning sentences; these are written for the test). Main gave the first to
    # "one Twitter post"
    from conftest import quote_speakers
    speakers = quote_speakers(
        "\"A late train doesn't excuse shouting at the guard, but it does change how you see the "
        "crowd that night,\" read one Twitter post from @RailWatcher22.")
    assert next(iter(speakers.values())) == "@RailWatcher22"
    speakers = quote_speakers(
        "“The school board and the whole district have a firm policy with respect to bullying of "
        "any kind,” read a statement from Mayor Grace Okafor.")
    assert next(iter(speakers.values())) == "Grace Okafor"


def test_an_earlier_mention_of_the_document_names_its_issuer_in_apposition():
    # "the letter" later in the paragraph is the one "from her lawyer, Thomas Reid" (main read
    # the verb the earlier mention hangs on: Hollis); written in a BASIL tuning paragraph's shape
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.speakers import speaker_of
    from newsfuse.readers.text import article_from_text

    cluster = analyze([article_from_text(
        "Story\n\nHollis announced her plans to refuse to testify in a letter from her lawyer, "
        "Thomas Reid, to the panel. \"She has broken no law and misled no one, but as things "
        "stand she has no option but to take this step,\" the letter addressed to Chairman "
        "Victor Lang (R-Ohio) reads, according to the Columbus Dispatch.", path=None)])
    doc = cluster.docs[cluster.articles[0].id][-1]
    last = [t for t in doc if t.lower_ == "letter"][-1]
    # (the parser leaves "reads" without a subject, so the quote itself goes to the paper;
    # the letter, as a speaker, is Taylor's)
    assert speaker_of(last, names_of(cluster))[0] == "Thomas Reid"


def test_quotes_and_figures_read_a_documents_issuer_in_one_place():
    # speakers.issuer_role and speakers.issuing_agents are the one reading of a document's
    # phrase; the quote and figure layers keep only their own bar for who may issue it
    from newsfuse.crosscheck.speakers import issuer_role, issuing_agents
    from newsfuse.nlp.spacy_pipeline import get_nlp

    doc = get_nlp()("The state performs worse than 11 other nations, according to a new report "
                    "released today by the Commonwealth Fund.")
    report = next(t for t in doc if t.lower_ == "report")
    assert [(v.lemma_, b.text) for v, b in issuing_agents(report)] == [("release", "Fund")]
    doc = get_nlp()("The broadcast drew 32 million total viewers, according to figures from "
                    "Nielsen Media Research.")
    figures = next(t for t in doc if t.lower_ == "figures")
    body = next(t for t in doc if t.text == "Research")
    assert issuer_role(body, figures) == "source"
    assert issuer_role(body, figures, sources=("by",)) is None


def test_a_document_that_spoke_before_is_the_one_issued_earlier_in_the_paragraph():
    # fresh Multi-News train text (speaker_review seed 68, read): '"...," the statement read.
    # "..." the statement also said ...': main stopped at the statement that had read, which
    # names no issuer, and gave the later quotations to "statement"; it is the airline's, which
    # "confirmed the situation in a statement" at the paragraph's start
    from conftest import quote_speakers, speaker_opening, train_sentence

    speakers = quote_speakers(train_sentence(
        r"The airline confirmed the situation in a statement to usa today saturday\..*?"
        r"subject to ongoing proceedings\. \"", "multinews_train.jsonl.gz"))
    assert speaker_opening(speakers, "we welcome all passengers") == "airline"
    assert speaker_opening(speakers, "we are pleased that our crew") == "airline"
    assert speaker_opening(speakers, "the case is subject to ongoing") == "airline"
