"""The one analysis pass: articles in, a Cluster out.

Sentences are split on lines first (headlines, subheads and paragraphs never merge), then by
nupunkt, a Punkt model that ships in its package and splits ~100k sentences/s; the same
boundaries are handed to spaCy, so every analysis sees the same sentences whether or not
spaCy runs. Word tokens and Snowball stems (PyStemmer) feed lexical (tf-idf) sentence vectors, which the
summary uses: on the evaluation files they score the same ROUGE as MiniLM embeddings at a
fraction of the cost (README, "Why lexical vectors for the summary").

spaCy (entities, dates, syntax) runs only when a requested section needs it, and the MiniLM
sentence embeddings are computed on first use, once per cluster: a summary-only batch of
thousands of clusters then never pays for a parser or a transformer.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Callable, Iterable, Sequence

import numpy as np

from .game_report import tells_games
from .model import Article, Cluster, Entity, Sentence, input_id

MAX_CHUNK_CHARS = 20_000  # spaCy's parser needs ~1 GB per 100k chars; long paragraphs are cut
_CHUNK_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-'’.][^\W_]+)*")


@lru_cache(maxsize=1)
def lexicon():
    """Stop words (spaCy's English list) and the Snowball English stemmer (PyStemmer, the C
    build: the pure-Python one took most of a summary-only run's time)."""
    import Stemmer
    from .nlp import stop_words

    return stop_words(), Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def content_terms(words: list[str]) -> list[str]:
    """Stems of the words that carry content (no stop words, no one-letter tokens)."""
    stop, stemmer = lexicon()
    kept = [w for w in words if w not in stop and (len(w) > 1 or w.isdigit())]
    return [w if w[0].isdigit() else s for w, s in zip(kept, stemmer.stemWords(kept))]


def assign_ids(articles: list[Article], places: Sequence[int] | None = None) -> None:
    """Name each article by its place among the inputs (``readers.Reading.places``): the
    one numbering of articles.

    ``pipeline.prepare_cluster`` numbers the inputs before cleaning, by the places the reader
    gave (an empty file of a folder or a text-less JSONL line takes its place unused) or, for
    Article objects a caller passes, in the order passed (one briefed before carries that
    brief's id), so an input skipped or dropped keeps its number unused: the brief's a4 is the
    fourth input, as the warning about a3 says. Without ``places`` (``analyze`` of a list a
    caller made), ids that are all set and distinct are kept, else a1, a2, ... in order."""
    if places is None:
        ids = [a.id for a in articles]
        if all(ids) and len(set(ids)) == len(ids):
            return
        places = range(1, len(articles) + 1)
    places = list(places)
    # places out of step with the articles would cite one report by another's number
    if len(places) != len(articles) or any(b <= a for a, b in zip([0] + places, places)):
        raise ValueError(f"{len(places)} places for {len(articles)} articles, or not rising from 1: {places[:10]}")
    for article, place in zip(articles, places):
        article.id = input_id(place)


def _chunks(paragraph: str) -> Iterable[tuple[int, str]]:
    """Cut a very long paragraph at sentence-looking breaks, else at a space; yield (offset, text)."""
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
            elif window.rfind(" ") > MAX_CHUNK_CHARS // 2:  # not mid-word ("Those se" | "ven")
                end = start + window.rfind(" ")
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


# military rank abbreviations that the shipped Punkt model lacks (it has col, gen, sgt, ...)
_EXTRA_ABBREVIATIONS = ("lt", "cmdr", "spc", "sfc", "brig", "cpl", "pvt", "insp", "supt", "det")


@lru_cache(maxsize=1)
def _splitter():
    import nupunkt

    model = nupunkt.load_default_model()
    model.add_abbreviations(list(_EXTRA_ABBREVIATIONS))
    return model


# The longest sentence the analyses get. News sentences run to ~760 characters at most (the
# 34,000 sentences of the shared evaluation and story files); text without sentence punctuation
# (automatic captions, a pasted transcript) is one "sentence" as long as the paragraph, and
# every analysis that looks at a token's sentence (spaCy's ``token.sent``, the speaker and
# figure rules) then costs the sentence's length per token: a 2 MB caption line ran for
# minutes and grew past 4 GB. Such a run is cut into pieces of at most this many characters,
# at spaces, and the brief says so (``long_sentence_warning``).
MAX_SENTENCE_CHARS = 2_000


def split_sentences(text: str, cut: list[int] | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph, trimmed of white space; a run over
    ``MAX_SENTENCE_CHARS`` is cut at spaces (``_cut_long``), and its length is added to
    ``cut`` when one is given."""
    spans = []
    for start, end in _splitter().span_tokenize(text):
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    spans = _join_lower_starts(text, spans) or [(0, len(text.strip()))]
    if all(end - start <= MAX_SENTENCE_CHARS for start, end in spans):
        return spans
    out = []
    for start, end in spans:
        pieces = list(_cut_long(text, start, end))
        if len(pieces) > 1 and cut is not None:
            cut.append(end - start)
        out.extend(pieces)
    return out


def _join_lower_starts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join to the sentence before it every piece the splitter starts with a lower-case word.

    The shipped Punkt model ends a sentence at an initialism it does not know ("the N.C.A.A. |
    president, Mark Emmert, said"; "the D.N.C. | computer network"), a site's name ("TMZ. |
    com"), a name with an exclamation mark ("Yahoo! | denying"). Each cut leaves two pieces
    that are not sentences: a summary quoted one ("president, Mark Emmert, said the
    organization was ..."), the timeline dated the other. A sentence of news opens with a
    capital, a digit or a mark: of the 10,579 sentences the splitter finds in the four shared
    story files outside the held-out stories, 25 open with a lower-case letter, 20 going on
    with the sentence before and 5 a link or an address after one. This joins 17 (16 of the
    20, and "tips@mediaite.com", which loses nothing joined); it leaves links whose words carry
    capitals ("pic.twitter.com/m9R1asDKD1") and web addresses typed with spaces ("www.
    earthquake. usgs. gov"), whose paragraphs are mostly lower-case pieces (below).

    Left as split: a piece opening with a quotation mark, a quotation of its own even in lower
    case ('he said. "if Sen. McCain says'); a word with an inner capital ("iPhone", "eBay"),
    which opens sentences as it stands; a piece after a sentence that ends as sentences do
    (``_plain_end``); and a paragraph that has lost its capitals (most pieces open in lower
    case, as the lower-cased Multi-News reports do before ``restore_capitals`` re-cases them),
    which would otherwise become one sentence."""
    if len(spans) < 2:
        return spans
    lower = [text[start].islower() for start, _ in spans]
    if 2 * sum(lower) > len(spans) or lower[0]:
        return spans
    out = [spans[0]]
    for (start, end), low in zip(spans[1:], lower[1:]):
        word = text[start:end].split(maxsplit=1)[0]
        if low and not any(ch.isupper() for ch in word) and not _plain_end(text[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _plain_end(sentence: str) -> bool:
    """Whether a sentence ends as sentences do, a word in lower case and a full stop ('... to
    protect his daughter."'): a lower-case piece after it opens a sentence whose capital was
    lost (short lower-cased text that ``restore_capitals`` does not re-case), not the rest of
    this one. The cuts ``_join_lower_starts`` mends end otherwise: an initialism or a name
    ("N.C.A.A.", "Az.", "TMZ."), a "!" or a "?" ("Yahoo!", a quoted question)."""
    last = sentence.rstrip().rstrip("\"'”’ ").rsplit(maxsplit=1)[-1] if sentence.strip() else ""
    return bool(re.fullmatch(r"[a-z]+\.", last))


def _cut_long(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """(start, end) as it is, or cut into pieces of at most ``MAX_SENTENCE_CHARS`` at the
    last space before each limit. A word longer than that (a run of thousands of digits)
    is never cut: the piece runs on to the first space after it, since spaCy can only begin
    a sentence where a token begins."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + 1, limit + 1)
        if cut <= start:
            cut = text.find(" ", limit, end)
            if cut < 0:
                break
        yield start, len(text[start:cut].rstrip()) + start
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


MAX_VECTOR_CELLS = 40_000_000  # 160 MB of float32: the dense matrix stays bounded on huge clusters


def lexical_vectors(sentences: list[Sentence]) -> np.ndarray:
    """L2-normalised tf-idf rows over content stems, idf from this cluster's sentences.

    Only terms that occur in two or more sentences get a column (a term in one sentence adds
    to its length but never to a similarity), and on very large clusters only the most
    widespread of those, so memory stays bounded; norms always count every term.
    """
    df: Counter = Counter()
    for s in sentences:
        df.update(list(dict.fromkeys(s.content)))  # insertion order, not hash order: same floats every run
    n = len(sentences)
    shared = [w for w, c in df.most_common() if c > 1]
    limit = max(256, MAX_VECTOR_CELLS // max(n, 1))
    vocab = {w: i for i, w in enumerate(shared[:limit])}
    matrix = np.zeros((n, max(len(vocab), 1)), dtype=np.float32)
    norms = np.zeros(n, dtype=np.float32)
    for i, s in enumerate(sentences):
        total = 0.0
        for w, k in Counter(s.content).items():
            weight = (1.0 + math.log(k)) * math.log((1.0 + n) / (1.0 + df[w]))
            total += weight * weight
            column = vocab.get(w)
            if column is not None:
                matrix[i, column] = weight
        norms[i] = math.sqrt(total)
    return matrix / np.maximum(norms, 1e-9)[:, None]


def _sentence_embeddings(sentences: list[Sentence]) -> np.ndarray:
    from .nlp import get_encoder

    if not sentences:
        return np.zeros((0, 384), dtype=np.float32)
    return get_encoder().encode([s.text for s in sentences])


def _later_embedder():
    """``Cluster.embed_later``: sentence embeddings asked of the helper process's encoder now
    and read when wanted, when the helper holds the model; else None."""
    from .nlp.encoder import helper_encoder

    encoder = helper_encoder()
    if encoder is None:
        return None
    return lambda sentences: encoder.encode_later([s.text for s in sentences])


def _run_spacy(texts, spans_per_unit, progress):
    """spaCy over every paragraph with our sentence boundaries preset, so the parser, the
    NER and every analysis agree on what a sentence is."""
    from .nlp import get_nlp

    nlp = get_nlp(full=True)
    docs = []
    for text, spans in zip(texts, spans_per_unit):
        doc = nlp.make_doc(text)
        starts = {s for s, _ in spans}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts
        docs.append(doc)
    for batch in _batches(docs):
        for doc in nlp.pipe(batch, batch_size=len(batch)):
            progress(1)
            yield doc


BATCH_DOCS = 64
# spaCy holds a batch's activations at once, ~0.2 GB per 100,000 characters: 64 paragraphs
# of 20,000 characters each (a long text without line breaks) took over 4 GB
BATCH_CHARS = 100_000


def _batches(docs: list) -> Iterable[list]:
    """``docs`` in runs of at most ``BATCH_DOCS`` docs and, past the first doc of a run,
    ``BATCH_CHARS`` characters."""
    batch: list = []
    size = 0
    for doc in docs:
        if batch and (len(batch) == BATCH_DOCS or size + len(doc.text) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(doc)
        size += len(doc.text)
    if batch:
        yield batch


def _cut_pieces_apart(plan: list, texts: list[str], spans_per_unit: list[list[tuple[int, int]]],
                      was_cut: list[bool]):
    """A paragraph cut into pieces (``MAX_SENTENCE_CHARS``) parsed as one doc per piece. The
    figure, entity and speaker rules read a token's doc whole at each call (its text, its
    entities): on a doc of 20,000 characters without a sentence end, against a few hundred in
    a news paragraph, the claims of 2 MB of such text took 21 s of CPU against 6 s for the same
    text punctuated. A paragraph that was not cut (every news paragraph) is left as it is."""
    out_plan, out_texts, out_spans = [], [], []
    for (article, paragraph, offset, head), text, spans, pieces in zip(plan, texts, spans_per_unit, was_cut):
        if not pieces:
            out_plan.append((article, paragraph, offset, head))
            out_texts.append(text)
            out_spans.append(spans)
            continue
        for start, end in spans:
            out_plan.append((article, paragraph, offset + start, head))
            out_texts.append(text[start:end])
            out_spans.append([(0, end - start)])
    return out_plan, out_texts, out_spans


def restore_capitals(articles: list[Article]) -> None:
    """Restore the capitals of each English report that lost them (``nlp.casing``), in place,
    and mark it ``case_restored``. Only a report that reads as lowered is asked its language
    here, ahead of the others (``languages_ahead``), since re-casing must precede the parse and
    only English is re-cased: the truecaser's counts are English. The text keeps its length,
    so offsets read from it stay valid for the text a brief shows."""
    from .language import ENGLISH, article_language
    from .nlp.casing import lowered, restore

    for article in articles:
        if article.case_restored or not lowered(article.text):
            continue
        if article.language is None:
            article.language = article_language(article)
        if article.language != ENGLISH:
            continue
        article.text = restore(article.text, split_sentences)
        if article.title:
            article.title = restore(article.title, split_sentences)
        article.case_restored = True


def analyze(articles: list[Article], *, entities: bool = True,
            progress: Callable[[int], None] | None = None) -> Cluster:
    """Build the Cluster. ``entities=False`` skips spaCy when no requested output needs it."""
    assign_ids(articles)
    from .language import languages_ahead
    from .progress import as_progress

    restore_capitals(articles)  # before anything reads the text: every section reads the capitals
    set_languages = languages_ahead(articles)  # answered by the helper process while spaCy runs
    plan: list[tuple[Article, int, int, bool]] = []
    texts: list[str] = []
    for article in articles:
        for paragraph, offset, text, is_headline in _units(article):
            plan.append((article, paragraph, offset, is_headline))
            texts.append(text)
    cut: dict[str, list[int]] = {a.id: [] for a in articles}
    spans_per_unit, was_cut = [], []
    for t, (article, _, _, head) in zip(texts, plan):
        before = len(cut[article.id])
        spans_per_unit.append([(0, len(t))] if head else split_sentences(t, cut[article.id]))
        was_cut.append(len(cut[article.id]) > before)
    if any(was_cut):
        plan, texts, spans_per_unit = _cut_pieces_apart(plan, texts, spans_per_unit, was_cut)
    progress = as_progress(progress)
    progress.begin("parse" if entities else "sentences", total=len(texts))

    sentences: list[Sentence] = []
    docs: dict[str, list] = {a.id: [] for a in articles}
    positions: dict[str, int] = {a.id: 0 for a in articles}
    parsed = _run_spacy(texts, spans_per_unit, progress) if entities else iter(())
    for (article, paragraph, offset, is_headline), text, spans in zip(plan, texts, spans_per_unit):
        doc = next(parsed, None) if entities else None
        if doc is not None:
            docs[article.id].append(doc)
        else:
            progress(1)
        ents = doc.ents if doc is not None else ()  # built from the tokens at each call: once a paragraph
        for start, end in spans:
            sentence_text = text[start:end]
            if not any(ch.isalnum() for ch in sentence_text):
                continue
            words = tokenize(sentence_text)
            found = []
            if doc is not None:
                found = [Entity(e.text, e.label_, e.start_char - start, e.end_char - start)
                         for e in ents if start <= e.start_char < end]
            sentences.append(Sentence(
                index=len(sentences),
                article=article.id,
                position=-1 if is_headline else positions[article.id],
                paragraph=paragraph,
                text=sentence_text,
                start=-1 if is_headline else offset + start,
                end=-1 if is_headline else offset + end,
                is_headline=is_headline,
                words=words,
                content=content_terms(words),
                entities=found,
            ))
            if not is_headline:
                positions[article.id] += 1

    # whether each report tells a game, asked once of all its paragraphs here, where the cluster
    # is built, so the figures' readings never depend on which section asked first
    told = tells_games(docs[article.id] for article in articles) if entities else None
    for i, article in enumerate(articles):
        article.game_report = told[i] if told is not None else None

    # Languages read last: nothing above reads them, and by now the language model, loading
    # since the brief began (``language.preload``), is ready; read first, a cold process
    # waited ~0.25 s for it with nothing else to do. The helper process, where there is one,
    # was asked for them before the parse (``languages_ahead``).
    set_languages()
    return Cluster(articles=articles, sentences=sentences, vectors=lexical_vectors(sentences),
                   docs=docs, embed=_sentence_embeddings, embed_later=_later_embedder(),
                   cut_runs={key: runs for key, runs in cut.items() if runs})


def cut_runs_warning(cluster: Cluster) -> str | None:
    """One line naming the articles whose text ran on without a sentence end past
    ``MAX_SENTENCE_CHARS`` and was cut at spaces: their summary sentences and quotes may start
    or stop mid-sentence, and a reader should know why."""
    if not cluster.cut_runs:
        return None
    named = "; ".join(f"{key}: {len(runs):,} stretch{'es' if len(runs) > 1 else ''} of up to "
                      f"{max(runs):,} characters" for key, runs in cluster.cut_runs.items())
    return (f"text without sentence punctuation ({named}) was cut at spaces into pieces of about "
            f"{MAX_SENTENCE_CHARS:,} characters; sentences there may start or stop mid-sentence")
