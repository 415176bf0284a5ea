"""The speaker breakdown bench never prints a validation record's errors: with --validation it
reads held-out records for aggregate tables only, so -v (each miss, with its text) is refused."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_validation_refuses_verbose():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "speaker_breakdown.py"),
                          "--validation", "-v", "--only-extra", "--gold",
                          str(ROOT / "gold" / "validation-s7")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2
    assert "aggregate tables only" in run.stderr
    assert "gold quotes" not in run.stdout


def test_description_head_classes_given_descriptions():
    """The aggregate class of a description given for a named speaker, on speakers the program
    gives in tuning clusters (multinews-train-41660, -10463, -16049, basil-38f7cbb7, 18217)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from speaker_breakdown import description_head

    assert description_head("Google spokeswoman") == "spokesperson"
    assert description_head("memo") == "document"
    assert description_head("Chinese government official") == "person noun"
    assert description_head("auction house") == "other"
    assert description_head("GP") == "other, one word"


def test_dropped_shape_says_whether_a_name_was_read():
    """A short quote no verb of saying governs ('thought it was "cool."') is dropped by
    find_quotes, and the speech reading found no one for it: the aggregate line says so, since
    admitting it would only add a withheld speaker."""
    sys.path.insert(0, str(ROOT / "bench"))
    from speaker_breakdown import classify, dropped_shape

    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.quotes import find_quotes
    from newsfuse.crosscheck.speech import speech_events
    from newsfuse.model import Article

    cluster = analyze([Article(text=(
        "The fountain opened on Monday in the town square. Residents who came to see it thought "
        "the new fountain was \"cool.\" The council plans a second one next year."))])
    gold = {"text": "cool", "speaker": "residents"}
    events = speech_events(cluster)
    assert classify(gold, find_quotes(cluster), events, cluster)[0] == "not found: event dropped"
    assert dropped_shape(gold, events, cluster) == "short, no verb governs it, no name read"
    assert dropped_shape({"text": "a second fountain", "speaker": "council"}, events,
                         cluster) == "?"


def test_merge_shape_says_when_the_merge_lost_an_article_s_own_speaker():
    """A fragment one article credits to a coach, folded into a statement two other articles
    give the club's spokesman: the aggregate line says the fragment's own article named the
    gold speaker and its words went into a longer quote (the entry's speaker is not the
    coach's unless ``quotes`` kept the fragment apart); a quote whose gold speaker no article
    names is the reading's miss, not the merge's."""
    sys.path.insert(0, str(ROOT / "bench"))
    from speaker_breakdown import merge_shape

    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.speech import speech_events
    from newsfuse.readers.text import article_from_text

    long = ("“We are aware of the incident involving our linebacker on Saturday night. Obviously "
            "we are disappointed in him. We take these matters very seriously,” club spokesman "
            "Mark Olsen said in a statement.")
    texts = [f"Player arrested\n\n{long}", f"Linebacker held\n\n{long}",
             "Arrest\n\n“We are aware of the incident involving our linebacker on Saturday "
             "night,” head coach Daniel Whitaker told reporters."]
    cluster = analyze([article_from_text(t, path=None) for t in texts])
    events = speech_events(cluster)
    merged = [{"text": long.split("”")[0].strip("“"), "speaker": "Mark Olsen"}]
    gold = {"text": "We are aware of the incident involving our linebacker",
            "speaker": "Daniel Whitaker", "articles": ["a3"]}
    assert merge_shape(gold, merged, events) == \
        "own article named the gold speaker, its words folded into a longer quote"
    assert merge_shape({**gold, "speaker": "Ann Lowe"}, merged, events) == \
        "no article named the gold speaker"
    assert merge_shape({**gold, "speaker": "Mark Olsen", "articles": ["a3"]}, merged, events) == \
        "only another article named the gold speaker"


def test_resolver_view_says_whether_the_gold_name_is_the_one_person_given():
    """The resolver's reading of a gold name against the name given (a sentence written for
    the test): the gold's "Mueller" read as the "Robert Mueller" given is a display choice."""
    sys.path.insert(0, str(ROOT / "bench"))
    from speaker_breakdown import resolver_view
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.names import names_of
    from newsfuse.model import Article

    names = names_of(analyze([Article(
        text="Robert Mueller met the committee on Monday. Mueller said little.")]))
    assert resolver_view("Robert Mueller", ["Mueller"], names).startswith(
        "gold read as the given name; given PERSON")
    assert resolver_view("Robert Mueller", ["Jane Doe"], names).startswith(
        "gold no cluster name")
    assert resolver_view("Mueller", ["the special counsel"], names) == \
        "gold a description; given PERSON, one word"


def test_in_sentence_shape_tells_how_and_what_kind():
    """A wrong speaker given while the gold's name stands in the quote's own sentence is counted
    by how the entry got it and by the kinds of the two names (aggregate only), on speakers the
    program gives in tuning clusters (ecbplus-5b: "NCAA" for "the NCAA report"; ecbplus-13a:
    "James Steele", from another article, for "authorities")."""
    sys.path.insert(0, str(ROOT / "bench"))
    from speaker_breakdown import in_sentence_shape

    class Names:
        label = {"NCAA": "ORG", "James Steele": "PERSON"}

        def resolve(self, name):
            return name

    shape = "all the name's words in the sentence; gold name in it"
    assert in_sentence_shape("NCAA", {"speaker": "the NCAA report"}, shape, Names()) == \
        ("own sentence, given named there", "org for document")
    assert in_sentence_shape("James Steele", {"speaker": "authorities"},
                             "no own event gave it (merged)", Names()) == \
        ("another article's reading", "person for description")
