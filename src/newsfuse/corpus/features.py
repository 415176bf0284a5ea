"""What story grouping needs to know about one article, computed once, anywhere.

``extract_features`` is a pure function of one article so that the ingest can run it in
worker processes or on Dask workers in any order; only ``StoryGrouper.add`` is sequential.
The features are the ones production story clusterers and the stream-clustering literature
combine (shared/research/corpus.md, section 3):

- content-stem counts of the title and of the text (the project's tokenizer, stop list and
  Snowball stemmer from ``newsfuse.analyze``), for TF-IDF with an idf the grouper keeps
  streaming (the whole text: cutting full articles at 400 words lost 0.03-0.04 B-cubed F1 on
  basil and multinews100);
- names: capitalised phrases of the title and lead (0.09 ms CPU per article). spaCy's NER
  (tok2vec + ner only) on the same text costs 7.6 ms, a quarter more on top of the 32 ms
  embedding, which the 9,000-articles-in-3-minutes budget does not leave room for (measured
  on 300 allsides_2021a articles; whether NER would group better was not measured);
- a MiniLM embedding of title + lead (the packaged int8 ONNX model), which catches the same
  event told in other words ("strikes on Kyiv" vs "Russia hits Ukrainian capital");
- a MinHash (datasketch) of word 5-shingles, so wire copies and light rewrites are found in
  constant time per article through LSH;
- a fingerprint of the normalised text for exact duplicates.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

import numpy as np

from ..analyze import content_terms, tokenize
from ..dates import parse_day
from ..model import Article

TEXT_WORDS = 2000  # words of body text counted (all of nearly every article; bounds the cost of very long ones)
LEAD_WORDS = 40  # words of body text embedded with the title: 60 cost 37% more CPU for 0.001 B-cubed F1 (tuning)
ENTITY_WORDS = 120  # words of body text searched for names
SHINGLE = 5  # word shingles for MinHash: a 5-word run is rarely shared by chance
NUM_PERM = 64  # MinHash permutations: Jaccard error about 1/sqrt(64) = 0.125, enough for copies
MINHASH_SCHEME = "affine32"  # datasketch 2 names its hashing scheme; signatures must agree
MIN_SHINGLES = 12  # texts shorter than this carry no copy signature (a headline is not a copy)
# A run of characters without a space longer than this is no word of any language (a data
# URI, base64, one character repeated, a line of 20 MB with no space): the features read the
# text without it. MiniLM's tokenizer read such a run whole before cutting to its token limit
# (6.6 s for 2 MB; a 20 MB line took the group run 70 s and 1.6 GB), and the run was a term of
# its own. No article of shared/stories has a run of even 300 characters.
LONGEST_WORD = 1000
_LONG_RUN = re.compile(r"\S{%d,}" % (LONGEST_WORD + 1))


@dataclass
class ArticleFeatures:
    """Picklable; holds no reference to the article text beyond what grouping reads."""

    key: str
    published: date | None
    fingerprint: str
    title_terms: dict[str, int] = field(default_factory=dict)
    text_terms: dict[str, int] = field(default_factory=dict)
    entities: tuple[str, ...] = ()
    embedding: np.ndarray | None = None  # float32[384], L2-normalised
    minhash: np.ndarray | None = None  # uint32[NUM_PERM] hash values, None for short texts
    title: str = ""
    source: str | None = None


_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def fingerprint(text: str) -> str:
    """Same words in the same order -> same fingerprint, whatever the case, spacing or punctuation."""
    normal = _SPACE.sub(" ", _NON_WORD.sub(" ", text.lower())).strip()
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


# A name: capitalised words, optionally joined by a lowercase connector ("Bank of England").
_NAME = re.compile(r"\b(?:[A-Z][\w’'.-]*[\w]|[A-Z])(?:\s+(?:of|de|la|von|van|the|for|and)?\s*[A-Z][\w’'.-]*[\w])*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n)$")


def names(text: str) -> list[str]:
    """Capitalised phrases, lowercased; a lone capitalised stop word or sentence-initial
    common word ("The", "But", "Police") is not a name."""
    from ..analyze import lexicon

    stop, _ = lexicon()
    out = []
    for m in _NAME.finditer(text):
        phrase = m.group(0).strip(" .'’-")
        words = phrase.split()
        if not words:
            continue
        if words[0].lower() in stop:  # "The White House" -> "White House"
            words = words[1:]
        if not words:
            continue
        if len(words) == 1:
            w = words[0]
            if len(w) < 2 or w.lower() in stop:
                continue
            if _SENTENCE_START.search(text[:m.start()]) and not w.isupper():
                continue  # sentence-initial single word: too often an ordinary word
        out.append(" ".join(words).lower())
    return out


def long_run(text: str) -> int:
    """The length of the longest run without a space above ``LONGEST_WORD``, else 0."""
    return max((len(m) for m in _LONG_RUN.findall(text)), default=0) if len(text) > LONGEST_WORD else 0


def _words_only(text: str) -> str:
    """``text`` without its runs longer than ``LONGEST_WORD`` (each left as one space)."""
    return _LONG_RUN.sub(" ", text) if len(text) > LONGEST_WORD else text


def _lead(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def _shingle_minhash(tokens: list[str]) -> np.ndarray | None:
    from datasketch import MinHash

    if len(tokens) < SHINGLE + MIN_SHINGLES - 1:
        return None
    shingles = {" ".join(tokens[i:i + SHINGLE]).encode("utf-8") for i in range(len(tokens) - SHINGLE + 1)}
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=MINHASH_SCHEME)
    m.update_batch(list(shingles))
    return m.hashvalues.copy()


def _without_embedding(article: Article, key: str) -> ArticleFeatures:
    title = _words_only(article.title or "")
    text = _words_only(article.text or "")
    words = tokenize(text)
    title_terms: dict[str, int] = {}
    for t in content_terms(tokenize(title)):
        title_terms[t] = title_terms.get(t, 0) + 1
    text_terms: dict[str, int] = {}
    for t in content_terms(words[:TEXT_WORDS]):
        text_terms[t] = text_terms.get(t, 0) + 1
    entities = tuple(dict.fromkeys(names(title + ".\n" + _lead(text, ENTITY_WORDS))))
    return ArticleFeatures(
        key=key, published=parse_day(article.published),
        fingerprint=fingerprint(article.text if (article.text or "").strip() else article.title or ""),
        title_terms=title_terms, text_terms=text_terms, entities=entities,
        minhash=_shingle_minhash(words), title=title, source=article.source,
    )


def embedding_text(article: Article) -> str:
    title = _words_only(article.title or "").strip()
    lead = _lead(_words_only(article.text or ""), LEAD_WORDS)
    if title and lead.startswith(title):  # some feeds repeat the headline as the first line
        return lead
    return f"{title}. {lead}" if title else lead


def extract_features(article: Article, key: str) -> ArticleFeatures:
    """Features of one article; loads the encoder once per process, on first use."""
    return extract_many([article], [key])[0]


def extract_many(articles: Sequence[Article], keys: Sequence[str]) -> list[ArticleFeatures]:
    """The same as ``extract_features`` on each, with the embeddings computed in batches:
    MiniLM on 32 texts at once is several times faster than one at a time, so executors
    should hand workers chunks of articles."""
    from ..nlp import get_encoder

    feats = [_without_embedding(a, k) for a, k in zip(articles, keys)]
    vectors = get_encoder().encode([embedding_text(a) for a in articles])
    for f, v in zip(feats, vectors):
        f.embedding = v.astype(np.float32)
    return feats
