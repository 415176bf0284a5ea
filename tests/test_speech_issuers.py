"""A document that speaks ("the statement said") speaks for whoever issued it, when the
article says so in an earlier paragraph; otherwise the document stays the speaker.

Real text from the tuning clusters of multinews_sample100.jsonl; each test first checks
that the sentences it reads are in the record.
"""

from __future__ import annotations

import pytest

from conftest import record_cluster, wanted_records
from newsfuse.crosscheck.quotes import find_quotes

IDS = ("multinews-train-7296", "multinews-train-1639", "multinews-val-47823")


@pytest.fixture(scope="module")
def analysed():
    records = wanted_records(IDS)
    return {rid: (records[rid], find_quotes(record_cluster(records[rid]))) for rid in IDS}


def _speaker(analysed, rid: str, sentences: tuple[str, ...], opening: str) -> str | None:
    record, quotes = analysed[rid]
    for sentence in sentences:
        assert any(sentence in d for d in record["documents"]), sentence
    return next(q for q in quotes if q["text"].startswith(opening))["speaker"]


@pytest.mark.parametrize("rid, sentences, opening, speaker", [
    # 'In a statement released shortly after today's news conference, the Sherman family
    # said ...' and two paragraphs on '"...," the statement reads.'
    ("multinews-train-7296",
     ("In a statement released shortly after today's news conference, the Sherman family said",
      "the statement reads"),
     "This conclusion was expressed by the family from the outset", "Sherman family"),
    # "In a later statement, Greenpeace said ..." then 'The statement continued: "..."'
    ("multinews-train-1639",
     ("In a later statement, Greenpeace said", "The statement continued:"),
     "Shell is leading the oil companies' drive into the Arctic", "Greenpeace"),
])
def test_a_document_speaks_for_who_issued_it_a_paragraph_before(analysed, rid, sentences,
                                                                opening, speaker):
    assert _speaker(analysed, rid, sentences, opening) == speaker


def test_a_document_of_a_clause_is_not_its_subjects(analysed):
    # multinews-val-47823 (tuning): 'The family said Sadie L. Riggs "took her own life" in an
    # obituary on the Louis Geisel Funeral Home website.' then '"...," the obituary said.':
    # the obituary hangs on "took", which is no saying, so Riggs did not issue it, and "the
    # family" says no more than the obituary does: it stays the speaker
    assert _speaker(analysed, "multinews-val-47823",
                    ("in an obituary on the Louis Geisel Funeral Home website",),
                    "In an effort to debunk the rumors") == "obituary"


def test_a_document_by_an_author_speaks_for_the_author():
    # basil-38f7cbb7 (tuning, gold/basil): the parser hangs "by" on "concluded", but right
    # after the document it names the report's author (the sentence as the story writes it)
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    cluster = analyze([Article(text=(
        'But the report, by White House Counsel Robert Bauer, concluded that "allegations of '
        'improper conduct rest on factual errors and lack a basis in the law."'))])
    quote = next(q for q in find_quotes(cluster) if q["text"].startswith("allegations of"))
    assert quote["speaker"] == "Robert Bauer"


def test_letters_an_organisation_wrote_speak_for_it():
    # tuning basil-29ffd053 a1 (gold/tuning-s17): main gave the bishops' words to "letter";
    # "which" is the organisation it follows, and the letters it wrote are its words
    from conftest import quote_speakers
    speakers = quote_speakers(
        "The letter quotes the U.S. Conference of Catholic Bishops, which wrote several letters "
        "to Congress saying “a just framework for future budgets cannot rely on "
        "disproportionate cuts in essential services to poor persons.”")
    assert speakers["a just framework for future budgets cannot rely on disproportionate cuts "
                    "in essential services to poor persons."] == \
        "U.S. Conference of Catholic Bishops"


def test_a_document_from_someone_read_after_the_quote_is_theirs():
    # the parser hangs the "from" on "read", not on the document; tuning multinews-train-6338
    # a2 (gold/tuning-s17) and multinews-val-45753 a2. Main gave the first to "one Twitter post"
    from conftest import quote_speakers
    speakers = quote_speakers(
        "\"A robbery doesn't justify shooting Mike Brown, but it definitely changes your "
        "perspective on his mindset at the time of police encounter,\" read one Twitter post "
        "from @OneTermTooMany.")
    assert next(iter(speakers.values())) == "@OneTermTooMany"
    speakers = quote_speakers(
        "“The diocese and the entire Episcopal Church have a zero tolerance policy with respect "
        "to criminal conduct of any kind,” read a statement from Bishop Lawrence Provenzano.")
    assert next(iter(speakers.values())) == "Lawrence Provenzano"


def test_an_earlier_mention_of_the_document_names_its_issuer_in_apposition():
    # tuning basil-84678e18 a1: "the letter" later in the paragraph is the one "from her
    # lawyer, William Taylor III" (main read the verb the earlier mention hangs on: Lerner)
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.speakers import speaker_of
    from newsfuse.readers.text import article_from_text

    cluster = analyze([article_from_text(
        "Story\n\nLerner announced her plans to plead the Fifth during her testimony in a letter "
        "from her lawyer, William Taylor III, to the committee. \"She has not committed any "
        "crime or made any misrepresentation but under the circumstances she has no choice but "
        "to take this course,\" the letter addressed to Chairman Darrell Issa (R-Calif.) reads, "
        "according to the Los Angeles Times.", path=None)])
    doc = cluster.docs[cluster.articles[0].id][-1]
    last = [t for t in doc if t.lower_ == "letter"][-1]
    # (the parser leaves "reads" without a subject, so the quote itself goes to the paper;
    # the letter, as a speaker, is Taylor's)
    assert speaker_of(last, names_of(cluster))[0] == "William Taylor III"
