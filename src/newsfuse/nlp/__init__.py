"""Model loading, once per process and only when first needed.

Batch workers and the HTTP service call these functions many times; the lru_cache keeps
one spaCy pipeline and one ONNX session per process. Nothing is downloaded: both models
ship inside installed packages. ``stop_words`` is spaCy's English list, read without
importing spaCy when no parse is needed.
"""

from .encoder import SentenceEncoder, get_encoder, preload_encoder
from .spacy_pipeline import get_nlp, stop_words

__all__ = ["get_nlp", "stop_words", "get_encoder", "preload_encoder", "SentenceEncoder"]
