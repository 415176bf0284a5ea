"""Sentence ends the splitter finds where a sentence goes on in lower case (analyze._join_lower_starts)."""
from conftest import story_cluster, story_sentence

from newsfuse.analyze import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def _one(passage: str) -> bool:
    """Whether the splitter reads ``passage`` (a real sentence found by its words) as one."""
    return _sentences(passage.strip()) == [passage.strip()]


def test_an_initialism_before_a_lower_case_word_ends_no_sentence():
    passage = story_sentence("basil-4f473faf-f928-4cfd-8bed-00578be9db9a",
                             r"In a statement on Thursday, the N\.C\.A\.A\. president[^.]*\.", file="basil.jsonl")
    assert _one(passage), _sentences(passage)
    network = story_sentence("multinews-train-6698", r"[^.]*inside the D\.N\.C\. computer network[^.]*\.",
                             file="multinews100.jsonl")
    assert _one(network), _sentences(network)


def test_a_site_name_and_a_name_with_an_exclamation_mark_end_no_sentence():
    site = story_sentence("ecbplus-1b", r"[^.]*first reported by TMZ\. com, California[^.]*\.")
    assert _one(site), _sentences(site)
    yahoo = story_sentence("multinews-train-41660", r"[^.]*Google and Yahoo! denying any such link\.",
                           file="multinews100.jsonl")
    assert _one(yahoo), _sentences(yahoo)


def test_sentences_that_open_with_a_capital_or_an_inner_capital_stay_apart():
    assert _sentences("Sales rose at the U.S. unit. Then they fell.") == \
        ["Sales rose at the U.S. unit.", "Then they fell."]
    assert _sentences("Apple sold more phones. iPhone sales rose by a tenth.") == \
        ["Apple sold more phones.", "iPhone sales rose by a tenth."]


def test_a_paragraph_that_lost_its_capitals_keeps_its_sentences():
    # re-casing (nlp.casing.restore) splits lower-cased text before it has capitals again
    lowered = "the storm hit on monday. officials said 12 people died. schools stayed shut."
    assert len(_sentences(lowered)) == 3


def test_no_sentence_of_a_brief_opens_on_the_rest_of_a_cut_one():
    cluster = story_cluster("basil-4f473faf-f928-4cfd-8bed-00578be9db9a")
    texts = [s.text for s in cluster.sentences if not s.is_headline]
    assert not [t for t in texts if t[0].islower()], [t for t in texts if t[0].islower()]
    assert any(t.startswith("In a statement on Thursday, the N.C.A.A. president") for t in texts)
