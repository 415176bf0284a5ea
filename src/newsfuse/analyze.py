"""The one analysis pass: articles in, a Cluster out.

Sentences are split on lines first (headlines, subheads and paragraphs never merge), then by
spaCy's parser within each paragraph. The same spaCy run gives tokens, lemmas, entities and
dates; one encoder run embeds every sentence. Analyses read the Cluster and never run a model
again, so asking for five sections costs one pass.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

import numpy as np

from .model import Article, Cluster, Entity, Sentence
from .nlp import get_encoder, get_nlp

MAX_CHUNK_CHARS = 20_000  # spaCy's parser needs ~1 GB per 100k chars; long paragraphs are cut
_CHUNK_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def assign_ids(articles: list[Article]) -> None:
    for n, article in enumerate(articles, 1):
        article.id = f"a{n}"


def _chunks(paragraph: str) -> Iterable[tuple[int, str]]:
    """Cut a very long paragraph at sentence-looking breaks; yield (offset, text)."""
    if len(paragraph) <= MAX_CHUNK_CHARS:
        yield 0, paragraph
        return
    start = 0
    while start < len(paragraph):
        end = min(start + MAX_CHUNK_CHARS, len(paragraph))
        if end < len(paragraph):
            window = paragraph[start:end]
            breaks = [m.start() for m in _CHUNK_BREAK.finditer(window)]
            if breaks and breaks[-1] > MAX_CHUNK_CHARS // 2:
                end = start + breaks[-1]
        yield start, paragraph[start:end]
        start = end
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1


def _units(article: Article) -> list[tuple[int, int, str, bool]]:
    """(paragraph number, char offset in article text, text, is_headline) for one article."""
    units: list[tuple[int, int, str, bool]] = []
    if article.title:
        units.append((-1, -1, article.title, True))
    offset = 0
    paragraph = 0
    for line in article.text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = line.index(stripped[0])
            for chunk_offset, chunk in _chunks(stripped):
                units.append((paragraph, offset + lead + chunk_offset, chunk, False))
            paragraph += 1
        offset += len(line) + 1
    return units


def analyze(articles: list[Article], *, entities: bool = True,
            progress: Callable[[int], None] | None = None) -> Cluster:
    """Build the Cluster. ``entities=False`` skips NER when no requested output needs it."""
    assign_ids(articles)
    nlp = get_nlp(full=entities)
    plan: list[tuple[Article, int, int, bool]] = []
    texts: list[str] = []
    for article in articles:
        for paragraph, offset, text, is_headline in _units(article):
            plan.append((article, paragraph, offset, is_headline))
            texts.append(text)

    sentences: list[Sentence] = []
    docs: dict[str, list] = {a.id: [] for a in articles}
    positions: dict[str, int] = {a.id: 0 for a in articles}
    for (article, paragraph, offset, is_headline), doc in zip(plan, nlp.pipe(texts, batch_size=64)):
        docs[article.id].append(doc)
        spans = [doc[:]] if is_headline else list(doc.sents)
        for span in spans:
            text = span.text.strip()
            if not text or not any(ch.isalnum() for ch in text):
                continue
            lead = len(span.text) - len(span.text.lstrip())
            start = -1 if is_headline else offset + span.start_char + lead
            sentence = Sentence(
                index=len(sentences),
                article=article.id,
                position=-1 if is_headline else positions[article.id],
                paragraph=paragraph,
                text=text,
                start=start,
                end=-1 if is_headline else start + len(text),
                is_headline=is_headline,
                words=[t.lower_ for t in span if not (t.is_punct or t.is_space)],
                content=[t.lemma_.lower() for t in span
                         if t.is_alpha and not t.is_stop and len(t) > 1]
                        + [t.text for t in span if t.like_num],
                entities=[Entity(e.text, e.label_, e.start_char - span.start_char - lead,
                                 e.end_char - span.start_char - lead) for e in span.ents],
            )
            sentences.append(sentence)
            if not is_headline:
                positions[article.id] += 1
        if progress:
            progress(1)

    embeddings = get_encoder().encode([s.text for s in sentences]) if sentences else \
        np.zeros((0, 384), dtype=np.float32)
    return Cluster(articles=articles, sentences=sentences, embeddings=embeddings, docs=docs)
