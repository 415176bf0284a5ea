"""Story grouping on real labelled news (../shared/stories): the stream contract the store
relies on (state, determinism), copies, undated input, and quality beside the baseline."""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import timedelta
from pathlib import Path

import pytest

from newsfuse.corpus.evaluate import article_of, bcubed, load_labelled, pairwise, tfidf_baseline
from newsfuse.corpus.features import extract_many
from newsfuse.analyze import content_terms
from newsfuse.corpus.grouping import StoryGrouper, general_doc_share, stream_order

STORIES = next((p / "shared" / "stories" for p in Path(__file__).resolve().parents
                if (p / "shared" / "stories").is_dir()), None)
pytestmark = pytest.mark.skipif(STORIES is None, reason="../shared/stories not present")


def _slice(name: str, n: int) -> list[dict]:
    return load_labelled(str(STORIES / f"{name}.jsonl"))[:n]


@pytest.fixture(scope="module")
def allsides():
    """The first 120 articles of the dated AllSides stream (about two weeks, ~40 stories)."""
    records = _slice("allsides_2021a", 120)
    return records, extract_many([article_of(r) for r in records], [r["id"] for r in records])


@pytest.fixture(scope="module")
def multinews():
    """Undated full-text articles: the Multi-News clusters, shuffled."""
    records = _slice("multinews100", 60)
    return records, extract_many([article_of(r) for r in records], [r["id"] for r in records])


def _run(feats, grouper=None):
    grouper = grouper or StoryGrouper()
    return [grouper.add(f) for f in feats], grouper


def test_two_halves_through_state_equal_one_pass(allsides):
    _, feats = allsides
    ordered = stream_order(feats)
    whole, _ = _run(ordered)
    first, grouper = _run(ordered[:60])
    resumed = StoryGrouper(state=grouper.state())
    second, _ = _run(ordered[60:], resumed)
    assert first + second == whole
    assert len(set(whole)) > 15  # a real grouping, not everything in one story or all apart


def test_same_sequence_same_ids_whatever_the_input_order(allsides):
    _, feats = allsides
    shuffled = list(feats)
    random.Random(7).shuffle(shuffled)
    a, _ = _run(stream_order(feats))
    b, _ = _run(stream_order(shuffled))
    assert a == b
    assert a[0] == "s000001"


def test_wire_copy_joins_its_original_even_outside_the_window(allsides):
    records, feats = allsides
    ordered = stream_order(feats)
    labels, grouper = _run(ordered)
    original = next(r for r in records if len(r["text"].split()) >= 80)
    story = labels[[f.key for f in ordered].index(original["id"])]
    words = original["text"].split()
    copy = dict(original, id="wire-copy", title="Agency report: " + " ".join(words[3:9]),
                text="(AP) — " + " ".join(words[:-6]), source="Some Syndicating Paper")
    copy["published"] = (ordered[-1].published + timedelta(days=20)).isoformat()
    [copy_feats] = extract_many([article_of(copy)], [copy["id"]])
    before = len(grouper.stories)
    assert grouper.add(copy_feats) == story
    assert len(grouper.stories) == before  # a copy never opens a story
    # the same text again under another id (an exact duplicate) joins too
    dup = dataclasses.replace(copy_feats, key="wire-copy-2", minhash=None)
    assert grouper.add(dup) == story


def test_undated_input_groups_without_a_window(multinews):
    records, feats = multinews
    assert all(f.published is None for f in feats)
    labels, _ = _run(stream_order(feats))
    by_key = dict(zip((f.key for f in stream_order(feats)), labels))
    predicted = [by_key[r["id"]] for r in records]
    gold = [r["story"] for r in records]
    assert max(predicted.count(s) for s in set(predicted)) > 1
    singletons = bcubed(gold, [r["id"] for r in records])["f1"]
    assert bcubed(gold, predicted)["f1"] > singletons + 0.2


def test_undated_stream_in_two_halves_through_state_equals_one_pass(multinews):
    # undated articles use the general-English idf prior; a resumed grouper must keep it
    _, feats = multinews
    ordered = stream_order(feats)
    whole, _ = _run(ordered)
    first, grouper = _run(ordered[:30])
    second, _ = _run(ordered[30:], StoryGrouper(state=grouper.state()))
    assert first + second == whole


def test_general_english_prior_weights_common_words_down_from_the_first_article(multinews):
    # after one article the streaming counts alone give all of its terms the same idf;
    # the prior already tells an everyday word from a rare one
    _, feats = multinews
    first = stream_order(feats)[0]
    plain, primed = StoryGrouper(idf_prior_docs=0), StoryGrouper()
    plain.add(first)
    primed.add(first)
    share = general_doc_share()
    own = sorted(set(first.text_terms), key=lambda t: (share.get(t, 0.0), t))
    rare, common = own[0], own[-1]
    assert share[content_terms(["people"])[0]] > share.get(rare, 0.0)
    assert plain._idf(common) == plain._idf(rare)
    assert primed._idf(common) < primed._idf(rare) - 1.0


def test_scores_above_the_tfidf_baseline_on_a_real_slice(allsides):
    records, feats = allsides
    labels, _ = _run(stream_order(feats))
    by_key = dict(zip((f.key for f in stream_order(feats)), labels))
    predicted = [by_key[r["id"]] for r in records]
    gold = [r["story"] for r in records]
    baseline = tfidf_baseline(records)
    assert bcubed(gold, predicted)["f1"] > bcubed(gold, baseline)["f1"]
    assert pairwise(gold, predicted)["f1"] > pairwise(gold, baseline)["f1"]


def test_proposals_are_merge_suggestions_between_existing_stories(allsides):
    _, feats = allsides
    labels, grouper = _run(stream_order(feats))
    proposals = grouper.proposals(min_embed=0.6, min_tfidf=0.1)
    assert proposals, "loose thresholds on two weeks of politics find candidate merges"
    for p in proposals:
        assert p["kind"] == "merge" and len(p["stories"]) == 2 and set(p["stories"]) <= set(labels)
        assert p["stories"][0] < p["stories"][1]  # the older id first: it is the one kept


def test_state_from_another_version_is_refused():
    import pickle

    with pytest.raises(ValueError, match="another newsfuse version"):
        StoryGrouper(state=pickle.dumps({"version": 999}))


def test_eval_stories_command(tmp_path, capsys):
    from typer.testing import CliRunner

    from newsfuse.cli import app

    small = tmp_path / "small.jsonl"
    small.write_text("".join(json.dumps(r) + "\n" for r in _slice("basil", 30)), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval-stories", str(small), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores["systems"]) == {"newsfuse", "tfidf-baseline"}
    assert scores["systems"]["newsfuse"]["bcubed"]["f1"] > 0.8
    unlabelled = tmp_path / "unlabelled.jsonl"
    unlabelled.write_text(json.dumps({"id": "x", "title": "t", "text": "some text"}) + "\n", encoding="utf-8")
    bad = CliRunner().invoke(app, ["eval-stories", str(unlabelled)])
    assert bad.exit_code == 1
    assert "line 1 has no gold \"story\" label" in bad.output and "Traceback" not in bad.output


def test_an_undated_report_of_another_event_of_the_same_kind_does_not_join_a_dated_story():
    # Reports written for the test: five dated reports of one man's death, and an undated
    # report of another person's death that shares the town, the inquiry, the governor and
    # "died" with them. As the only candidate it clears the lenient undated rules; with no
    # date it has no time evidence, so only the full threshold may put it in a dated story.
    # (With StoryGrouper's same-footing check disabled, the last report joins the first five.)
    report = ("Harold Brenning, the Ashford Valley rail company founder who built the Millbrook line "
              "and later testified in the Corvale bridge inquiry, died on Monday at his home in "
              "Ashford. He was 81. Brenning led the company for three decades and served on the "
              "Corvale inquiry board that questioned Governor Ellis Thorpe. His family said he died "
              "peacefully after a long illness. ")
    endings = ["Brenning's funeral will be held next week in Ashford.",
               "The Millbrook line still carries commuters to Ashford every day.",
               "Governor Thorpe called Brenning a builder of the valley.",
               "Workers at the Ashford depot held a minute of silence for Brenning.",
               "Brenning is survived by his wife and two sons."]
    dated = [{"id": f"brenning-{i}", "title": "Ashford rail founder Harold Brenning dies at 81",
              "published": f"2015-03-{10 + i}", "text": report + ending}
             for i, ending in enumerate(endings)]
    other = {"id": "keswick", "title": "Nora Keswick, who exposed the Corvale scandal, dies",
             "published": None,
             "text": ("Nora Keswick, the Ashford clerk whose letters exposed the Corvale bridge scandal "
                      "and forced Governor Ellis Thorpe from office, has died. She was 92. For years "
                      "she kept her role secret; she revealed it at 85. She testified at the Corvale "
                      "inquiry. Her family said she died peacefully.")}
    feats = extract_many([article_of(r) for r in dated + [other]], [r["id"] for r in dated + [other]])
    labels, grouper = _run(stream_order(feats))
    assert len(set(labels[:-1])) == 1  # Brenning's dated reports are one story
    assert labels[-1] != labels[0]


def test_the_halves_bench_cuts_allsides_by_date_without_cutting_a_day():
    """bench/grouping_halves.py decides on the first half and confirms on the second, so the
    halves must be disjoint in time: every first-half article is older than every second-half
    one, no day is split, and together they are the whole file in stream order."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / "grouping_halves.py"
    spec = importlib.util.spec_from_file_location("grouping_halves", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    records = load_labelled(str(STORIES / "allsides_2021a.jsonl"))
    first, second = bench.split_by_date(records)
    assert (len(first), len(second)) == (352, 370)
    assert max(r["published"] for r in first) < min(r["published"] for r in second)
    assert [r["id"] for r in first + second] == [r["id"] for r in records]


def test_a_weak_match_needs_a_quorum_of_a_grown_story_to_join_it():
    """AllSides, 3-7 May 2021: Twitter suspending Trump's new account (one roundup) follows
    Facebook's board upholding his ban (others). On the mean of the six Facebook articles the
    Twitter reports are the clear winner, yet each Facebook article alone is not close enough
    to them: the quorum keeps the two events apart. Without it (``quorum_size`` out of reach)
    the clear-winner rule put all nine articles in one story."""
    records = [r for r in load_labelled(str(STORIES / "allsides_2021a.jsonl"))
               if "2021-05-03" <= r["published"] <= "2021-05-07"]
    feats = extract_many([article_of(r) for r in records], [r["id"] for r in records])

    def stories(**options):
        grouper = StoryGrouper(**options)
        got = {f.key: grouper.add(f) for f in stream_order(feats)}
        return ({got[k] for k in got if k.startswith(("allsides-6069", "allsides-6072"))},
                {got[k] for k in got if k.startswith("allsides-6065")})

    facebook, twitter = stories()
    assert len(twitter) == 1 and twitter.isdisjoint(facebook)
    facebook, twitter = stories(quorum_size=10**9)
    assert twitter == facebook


def test_a_state_saved_before_the_quorum_continues_without_it(allsides):
    """Its stories kept no embeddings: a quorum would judge a weak match on the articles added
    after the upgrade alone, unlike a fresh run, so an old state keeps the old rule."""
    import pickle

    _, feats = allsides
    _, grouper = _run(stream_order(feats)[:30])
    payload = pickle.loads(grouper.state())
    payload["options"] = {k: v for k, v in payload["options"].items() if not k.startswith("quorum")}
    restored = StoryGrouper(state=pickle.dumps(payload))
    assert restored.options["quorum_size"] is None
    assert StoryGrouper(state=grouper.state()).options["quorum_size"] == 3
    with pytest.raises(ValueError, match="quorum_keep"):
        StoryGrouper(quorum_keep=0)


def test_a_run_of_megabytes_without_a_space_is_left_out_of_an_articles_features():
    """An article of allsides_2021a with 2 MB of its own words run together without spaces
    after its text (a pasted data blob, a line that is no text): MiniLM's tokenizer read the
    run whole (6.6 s; a 20 MB line took a group run 70 s and 1.6 GB) and it was a term of its
    own. The features are those of the article without it, the copy fingerprint aside."""
    import time

    record = _slice("allsides_2021a", 1)[0]
    article = article_of(record)
    run = "".join(article.text.split())
    blob = dataclasses.replace(article, text=article.text + "\n" + run * (2_000_000 // len(run) + 1))
    started = time.monotonic()
    plain, long = extract_many([article, blob], ["a", "b"])
    assert time.monotonic() - started < 5.0
    assert (long.title_terms, long.text_terms, long.entities) == (plain.title_terms, plain.text_terms, plain.entities)
    assert long.embedding.tolist() == plain.embedding.tolist()
    assert (long.minhash == plain.minhash).all()
