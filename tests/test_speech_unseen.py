"""Who said what on text first read as validation (gold/multinews-s5, now tuning data).

Shapes of attribution that rules written on the earlier gold missed: two people sharing a
surname, a title-case headline quoted in a report and taken for a name, a person's campaign
speaking under a one-sentence ORG tag, and a "you" that says. Each sentence is looked up in
the evaluation record first, so a test fails loudly if the file changes.
"""

from __future__ import annotations

import pytest

from conftest import events_containing, record_cluster, wanted_records
from newsfuse.crosscheck.names import head_word

WANTED = ("multinews-train-4679", "multinews-train-8180", "multinews-train-13730")


@pytest.fixture(scope="module")
def analysed():
    records = wanted_records(WANTED)
    return {rid: (record, record_cluster(record)) for rid, record in records.items()}


def _events(analysed, rid, sentence, words):
    return events_containing(*analysed[rid], sentence, words)


def test_a_shared_surname_is_the_person_introduced_first(analysed):
    # "Abdul Qadeer Khan" opens the reports; "retired Lt. Gen. Zulfiqar Khan" comes later and
    # is always named in full, more often than A.Q. Khan is: "Khan wrote" is A.Q. Khan
    record, _ = analysed["multinews-train-4679"]
    assert any("retired Lt. Gen. Zulfiqar Khan" in d for d in record["documents"])
    events = _events(analysed, "multinews-train-4679", "Once the details of that assistance "
                     "were worked out, Khan wrote,", "I personally gave the remaining")
    assert all(e.speaker == "Abdul Qadeer Khan" for e in events)


def test_a_quoted_headline_is_not_the_network(analysed):
    # 'N.Y. Times A1 ..., "Trump, in Feud With Network, Shuns Debate"' is tagged as a name;
    # "the network said" is Fox News, not the headline's feud
    record, _ = analysed["multinews-train-8180"]
    assert any("Trump, in Feud With Network, Shuns Debate" in d for d in record["documents"])
    events = _events(analysed, "multinews-train-8180", "at the last minute,\" the network said",
                     "not sure how Iowans are going to feel")
    assert events and not any(e.speaker and "Feud" in e.speaker for e in events)
    assert any(e.speaker == "network" for e in events)


def test_a_persons_campaign_speaks_for_itself(analysed):
    # "Trump" is tagged ORG in this one sentence, but the cluster's Trump is a person:
    # the campaign's statement is not his
    events = _events(analysed, "multinews-train-8180",
                     "Trump's campaign charged in a statement", "This takes guts, and is")
    assert all(e.speaker == "Trump's campaign" for e in events)


def test_you_say_names_no_speaker(analysed):
    events = _events(analysed, "multinews-train-8180", 'You say, "We want our prisoners back',
                     "We want our prisoners back")
    assert all(e.speaker != "you" for e in events)
    assert all(e.speaker is None for e in events)


def test_a_bracketed_role_before_the_name_is_not_the_speaker(analysed):
    # "‘This whole thing is a disaster,’ said [Jindal strategist] Curt Anderson" sits inside a
    # round-up's quotation of Alex Isenstadt's article ('by Alex Isenstadt: "The chiding ...'),
    # which is Isenstadt's as a whole; the verb inside it still names Anderson, not the role
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.speech import speaker_of, speech_subject

    record, cluster = analysed["multinews-train-8180"]
    sentence = "said [Jindal strategist] Curt Anderson"
    assert any(sentence in d for d in record["documents"])
    said = [t for docs in cluster.docs.values() for doc in docs if sentence in doc.text
            for t in doc if t.lower_ == "said" and sentence in doc[t.i:t.i + 8].text]
    assert said
    names = names_of(cluster)
    assert all(speaker_of(speech_subject(t), names)[0] == "Curt Anderson" for t in said)


def test_the_one_told_is_not_the_speaker(analysed):
    events = _events(analysed, "multinews-train-8180",
                     "telling radio host Mark Levin that Trump was", "afraid")
    assert all(e.speaker == "Ted Cruz" for e in events)


def test_an_owner_run_into_a_persons_name_is_cut(analysed):
    # "When Maura tells a doubting Kate ..." after "Poehler's Maura" was tagged one name
    events = _events(analysed, "multinews-train-13730", "When Maura tells a doubting Kate",
                     "cool because we’re doing it")
    assert all(e.speaker == "Maura" for e in events)


@pytest.mark.parametrize("name, head", [
    ("Syrian Observatory for Human Rights", "observatory"),
    ("Feud With Network", "feud"),
    ("Committee to Protect Journalists", "committee"),
    ("Moon Jae-in", "in"),
    ("Fox News Network", "network"),
])
def test_a_name_is_headed_by_the_noun_before_its_preposition(name, head):
    assert head_word(name) == head
