"""The encoder cuts its runs where padding costs more than a run, and the vectors stay the
ones each text gets alone (``nlp/encoder.py``, ``length_runs``)."""

from __future__ import annotations

import numpy as np


def _padded(runs: list[list[int]], length: dict[int, int]) -> int:
    return sum(len(run) * max(length[i] for i in run) for run in runs)


def test_runs_cover_the_sorted_texts_and_pad_less_than_one_run(example_cluster):
    from newsfuse.nlp import get_encoder
    from newsfuse.nlp.encoder import BATCH, RUN_COST_TOKENS, length_runs

    texts = [s.text for s in example_cluster.sentences[:60]]
    encodings = get_encoder().tokenizer.encode_batch(texts)
    length = {i: len(e.ids) for i, e in enumerate(encodings)}
    order = sorted(length, key=length.get)
    runs = length_runs(order, [length[i] for i in order])
    assert [i for run in runs for i in run] == order  # every text once, in length order
    assert all(1 <= len(run) <= BATCH for run in runs)
    one_size = [order[b:b + BATCH] for b in range(0, len(order), BATCH)]
    cost = _padded(runs, length) + RUN_COST_TOKENS * len(runs)
    assert cost < _padded(one_size, length) + RUN_COST_TOKENS * len(one_size)
    assert _padded(runs, length) < 0.8 * _padded(one_size, length)


def test_short_texts_of_one_length_share_a_run():
    from newsfuse.nlp.encoder import length_runs

    assert length_runs([4, 2, 7], [10, 10, 10]) == [[4, 2, 7]]
    assert length_runs([], []) == []
    # one long text is not worth padding ten short ones to its length
    assert length_runs(list(range(11)), [5] * 10 + [120]) == [list(range(10)), [10]]


def test_vectors_do_not_depend_on_the_run_a_text_is_in(example_cluster):
    """Each sentence's vector, encoded among the others, is bit for bit its vector alone."""
    from newsfuse.nlp import get_encoder

    encoder = get_encoder()
    texts = [s.text for s in example_cluster.sentences[:40]] + ["Deir ez-Zor", "62"]
    together = encoder.encode(texts)
    alone = np.stack([encoder.encode([t])[0] for t in texts])
    assert np.array_equal(together, alone)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
