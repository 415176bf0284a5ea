"""Extractive multi-document summary with citations.

Why these features: a sentence is worth saying when it is central to what all sources report
(cosine to the centroid of per-article centroids, so a long article does not outvote four
short ones), when other sources say the same (cross-source support), and when it comes early
in its article (news puts the essentials first; the lead baseline is strong on news for that
reason). Selection is greedy under a word budget, with a redundancy penalty (MMR) and a bonus
for covering word pairs that several articles use. Similarities are tf-idf cosines
(``Cluster.vectors``). The chosen sentences are then ordered by where their content first
appears in the sources, so the summary reads in the order the reporting does, not by score.
The weights were chosen by grid search on the evaluation files (bench/tune_summary.py).

``scorer="learned"`` swaps the hand-set score for a LightGBM ranker trained on Multi-News
(``scorer.py``, ``train_scorer.py``) inside the same MMR selection. It is opt-in: ranking only
what training saw, it is level with the heuristic on held-out Multi-News val and below it on
MultiLing (README, "Summaries (ROUGE)").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np

from .crosscheck.names import HONORIFICS
from .errors import check_choice
from .model import DEFAULT_WORDS, UNSPACED_LETTERS, Cluster, Sentence
from .similarity import same_content_groups

# Openers that need a preceding sentence to make sense.
_DANGLING = re.compile(
    r"^(he|she|they|it|this|these|those|that|his|her|their|its|him|them|but|and|or|so|also|"
    r"however|meanwhile|still|yet|then|instead|moreover|furthermore|nevertheless|besides|"
    r"thus|therefore|otherwise|likewise|similarly|indeed|later|earlier|here|there)\b",
    re.I,
)
# A quotation whose only attribution is a pronoun ("...," he said) needs the sentence before it.
_PRONOUN_QUOTE = re.compile(r"^[\"“][^\"”]{3,}[\"”],?\s+(he|she|they|it)\s+(said|says|added|told|asked)\b", re.I)
_BOILERPLATE_HINT = re.compile(
    r"(click|subscribe|newsletter|sign up|cookie|copyright|all rights reserved|follow us|"
    r"share this|advertis|javascript|browser|e-?mail us|contact us|photo:|image:|"
    r"terms of (use|service)|privacy policy|crawl|archive\.org|wayback)", re.I)


@dataclass
class SummaryOptions:
    weight_centrality: float = 1.0
    weight_support: float = 0.3
    weight_position: float = 1.0
    redundancy: float = 1.0  # MMR: penalty on the max similarity to what is already chosen
    position_power: float = 1.0  # position prior 1 / (1 + position) ** power
    weight_concepts: float = 0.5  # coverage of word pairs that several sources use
    hard_redundancy: float = 0.85  # never take a sentence this similar to one already taken
    overflow: bool = False  # let the last sentence cross the budget (for scoring at a cut)
    min_words: int = 7
    max_words: int = 50


# No word is this long: a run of more characters without a space is a link, a code or text
# that lost its spaces (the longest runs in the Multi-News and MultiLing files are links)
LONG_RUN_CHARS = 40


def reads_as_text(text: str) -> bool:
    """At least half of the sentence's characters are in words, not in runs of over
    ``LONG_RUN_CHARS`` characters without a space. A run of 20,000 letters counts as one
    word, so it fitted any budget and was the summary's fallback sentence, unreadable."""
    runs = [UNSPACED_LETTERS.sub("", run) for run in text.split()]  # a Chinese clause is no run
    long = sum(len(run) for run in runs if len(run) > LONG_RUN_CHARS)
    return 2 * long <= sum(len(run) for run in runs)


# the titles that stand only before a name: a sentence ending in one ('"We have no idea what
# caused it," the Rev.') was cut before the name by a line break inside it (ECB+ prints one
# sentence per line, split at "Rev."); words that also end sentences ("the Lord.") are left out
_NAME_FOLLOWS = re.compile(r"\b(?:%s)\.$" % "|".join(sorted(
    t.capitalize() for t in HONORIFICS - {"sir", "dame", "lord", "lady", "miss", "st"})))


def cut_before_a_name(text: str) -> bool:
    """Whether a sentence ends in a title that only stands before a name."""
    return bool(_NAME_FOLLOWS.search(text.rstrip()))


def candidate_ok(s: Sentence, opts: SummaryOptions) -> bool:
    n = s.n_words
    if s.is_headline or n < opts.min_words or n > opts.max_words:
        return False
    if not reads_as_text(s.text):
        return False
    if _BOILERPLATE_HINT.search(s.text):
        return False
    if s.text[-1] not in ".!?\"'”’)" or cut_before_a_name(s.text):
        return False
    return True


SINGLE_SOURCE_POSITION = 5.0  # measured on single-article versions of the Multi-News sample
SINGLE_SOURCE_MAX_WORDS = 80
SUPPORT_CANDIDATES = 1000  # cross-source support is computed for the most promising sentences


def quotation_pieces(cluster: Cluster) -> frozenset[int]:
    """Indices of the sentences a summary cannot quote alone because they say nothing of who
    is speaking: a sentence that opens inside a quotation begun in the sentence before ('It
    simply mirrors federal law that President Bill Clinton signed in 1993."', its speaker
    named sentences back) and one that is nothing but a quotation ('"Washington will join other
    states and cities in opposing this law ..."'). A neutral summary attributes every quotation
    it shows, and the Quotes section shows these with their speakers. Where a paragraph's
    quotations are comes from ``crosscheck.quote_marks``, the one reading of quotation marks the
    speech layer uses. Cost in ROUGE on the evaluation files, whose reference summaries quote
    freely: README, "Where it stands" (forty-fourth session)."""
    return cluster.derive("quotation_pieces", _quotation_pieces)


def _quotation_pieces(cluster: Cluster) -> frozenset[int]:
    from .crosscheck.quote_marks import quote_spans

    out = set()
    by_article: dict[str, list[Sentence]] = {}
    for s in cluster.sentences:
        if not s.is_headline and s.text.strip():
            by_article.setdefault(s.article, []).append(s)
    for article_id, sentences in by_article.items():
        text = cluster.article(article_id).text
        spans: dict[int, list[tuple[int, int]]] = {}
        for s in sentences:
            line = text.rfind("\n", 0, s.start) + 1
            if line not in spans:
                end = text.find("\n", line)
                paragraph = text[line:end if end >= 0 else len(text)]
                spans[line] = [(line + a, line + b) for a, b, _, _ in quote_spans(paragraph)]
            quoted = spans[line]
            if any(a <= s.start < b for a, b in quoted):
                out.add(s.index)
                continue
            outside = [ch for i, ch in enumerate(text[s.start:s.end], s.start)
                       if ch.isalnum() and not any(a <= i < b for a, b in quoted)]
            if not outside and any(a < s.end and b > s.start for a, b in quoted):
                out.add(s.index)
    return frozenset(out)


def unbalanced_quotes(text: str) -> bool:
    """A piece of a quotation that runs over several sentences reads badly on its own."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def score_sentences(cluster: Cluster, opts: SummaryOptions) -> np.ndarray:
    n = len(cluster.sentences)
    vec = cluster.vectors
    body = np.array([not s.is_headline for s in cluster.sentences])
    if not body.any():
        return np.zeros(n)
    article_of = cluster.article_places()
    # centroid of article centroids: every source gets one vote
    per_article = [vec[body & (article_of == k)].mean(axis=0)
                   for k in range(len(cluster.articles)) if (body & (article_of == k)).any()]
    centroid = np.mean(per_article, axis=0)
    centroid /= max(np.linalg.norm(centroid), 1e-9)
    centrality = vec @ centroid
    position = np.array([(1.0 + max(s.position, 0)) ** -opts.position_power for s in cluster.sentences])
    score = opts.weight_centrality * centrality + opts.weight_position * position
    score += opts.weight_support * _support(vec, article_of, body, score)
    for s in cluster.sentences:
        if not stands_alone(s.text):
            score[s.index] -= 0.25
        elif unbalanced_quotes(s.text):
            score[s.index] -= 0.1
    return score


def _support(vec: np.ndarray, article_of: np.ndarray, body: np.ndarray, prior: np.ndarray) -> np.ndarray:
    """How well other sources echo a sentence: its best match in each other article, averaged.

    Sentences are stored article by article, so a row of similarities splits into articles
    with ``reduceat``. Only the best ``SUPPORT_CANDIDATES`` sentences by the other features
    get a value, which bounds the work on clusters of thousands of sentences.
    """
    n = len(article_of)
    n_articles = int(article_of.max()) + 1
    support = np.zeros(n)
    if n_articles < 2:
        return support
    starts = np.flatnonzero(np.r_[True, article_of[1:] != article_of[:-1]])
    owners = article_of[starts]
    candidates = np.argsort(-np.where(body, prior, -np.inf))[:SUPPORT_CANDIDATES]
    for block in range(0, len(candidates), 256):
        rows = candidates[block:block + 256]
        sims = vec[rows] @ vec.T
        sims[:, ~body] = 0.0
        best = np.maximum.reduceat(sims, starts, axis=1)  # rows x articles present
        best[owners[None, :] == article_of[rows][:, None]] = 0.0
        support[rows] = best.sum(axis=1) / (n_articles - 1)
    return support


def concept_weights(cluster: Cluster) -> tuple[dict, dict[int, set]]:
    """Word pairs (content bigrams) weighted by how many articles use them.

    The concept-coverage idea of Gillick & Favre's TAC systems: a summary should cover the
    facts many sources state, and a repeated pair of words is a cheap proxy for a fact.
    Pairs used by a single article carry no weight.
    """
    from .nlp import stop_words

    stop = stop_words()
    concepts: dict[int, set] = {}
    df: Counter = Counter()
    per_article: dict[str, set] = {}
    for s in cluster.sentences:
        if s.is_headline:
            continue
        pairs = {(a, b) for a, b in zip(s.words, s.words[1:])
                 if not (a in stop and b in stop) and a.isalnum() and b.isalnum()}
        concepts[s.index] = pairs
        per_article.setdefault(s.article, set()).update(pairs)
    for pairs in per_article.values():
        df.update(pairs)
    floor = 2 if len(cluster.articles) < 6 else 3
    weights = {c: float(n) for c, n in df.items() if n >= floor}
    concepts = {i: {c for c in pairs if c in weights} for i, pairs in concepts.items()}
    return weights, concepts


SCORERS = ("learned", "heuristic")
LEARNED_SCALE = 0.25  # chosen on sample100 among 0.25 and 0.5 (README: a tuning choice)
DEFAULT_SCORER = "heuristic"  # the learned ranker did not beat it on held-out data (README)


def check_scorer(scorer: str, name: str = "scorer") -> str:
    """``name``: how the caller's face calls the scorer (the command line's --scorer)."""
    return check_choice(name, scorer, SCORERS, "a summary scorer")


def summarize(cluster: Cluster, words: int = DEFAULT_WORDS, opts: SummaryOptions | None = None,
              scorer: str = DEFAULT_SCORER) -> list[dict]:
    """Pick sentences under ``words`` and return them, ordered, each with its citations.

    ``scorer`` is ``learned`` (the ranker trained on Multi-News, ``scorer.py``) or
    ``heuristic`` (the hand-set weights below, no trained model). With one article the
    heuristic runs either way: there is no cross-source evidence for the ranker to weigh, and
    its position rule matches the lead.
    """
    check_scorer(scorer)
    opts = opts or SummaryOptions()
    chosen = None
    if scorer == "learned" and len(cluster.articles) > 1:
        chosen = select_learned(cluster, words, opts)
    if not chosen:  # None, or a budget the ranker's picks do not fit: the fallback below
        chosen = select_heuristic(cluster, words, opts)
    return cite_in_order(cluster, chosen, words)


def why_empty(cluster: Cluster, words: int) -> str:
    """Why ``summarize`` found nothing to give, for a brief whose summary is empty: without it
    the brief ended with no summary and no word why (seen: a text of one word repeated 200,000
    times is one sentence with no sentence end, longer than any summary). ``select_heuristic``
    falls back to any body sentence of at most ``words`` words that reads as text, so none is
    left when every such sentence is longer, or when there is none at all."""
    body = [s for s in cluster.sentences if not s.is_headline]
    if not body:
        return "no summary: the reports have no sentence besides their titles"
    readable = [s for s in body if reads_as_text(s.text)]
    if not readable:
        longest = max(len(run) for s in body for run in s.text.split())
        return (f"no summary: no sentence reads as text (runs of up to {longest:,} characters "
                "without a space)")
    body = readable
    shortest = min(body, key=lambda s: s.n_words)
    which = "the one sentence has" if len(body) == 1 else f"the shortest of {len(body):,} sentences has"
    unended = shortest.text.rstrip()[-1:] not in tuple(".!?\"'”’)")
    hint = "; text without sentence ends reads as one sentence" if unended else ""
    return f"no summary: no sentence fits in {words:,} words ({which} {shortest.n_words:,} words{hint})"


def stands_alone(text: str) -> bool:
    """A sentence a reader can take without the one before it: no opening pronoun or
    connective, no quotation whose only speaker is a pronoun. The summary prefers these, and the
    learned scorer reads the same answer as a feature."""
    return not (_DANGLING.match(text) or _PRONOUN_QUOTE.match(text))


def select_learned(cluster: Cluster, words: int, opts: SummaryOptions,
                   scale: float | None = None, model: str | None = None,
                   last_resort: bool = True) -> list[Sentence] | None:
    """The ranker's scores in the same MMR selection as the heuristic: redundancy penalty and
    a bonus for covering word pairs several sources share. Scores are standardised per
    cluster and scaled by ``LEARNED_SCALE`` so they weigh against those terms as the
    heuristic's score does. Only ranked sentences that stand alone are candidates.
    ``scale`` and ``model`` override ``LEARNED_SCALE`` and the shipped model.

    The ranker only sees what training saw (each article's first 500/N words,
    ``scorer.training_view``); when its picks leave budget, the heuristic fills it from the
    rest, after them and never repeating them: stand-alone sentences first, then, as
    ``last_resort``, sentences that lean on the one before (the heuristic's own rule: it
    penalises them but may take them). Chosen on a dev split of Multi-News train: without the
    last resort the summaries of truncated clusters ran out at 243 words of 300 and scored
    -0.26 R-1 against lead; with it, 265 words and +0.46 (README).

    Public, with ``select_heuristic`` and ``cite_in_order``, for ``bench/scorer_dev.py``: it
    runs the selection ``summarize`` runs with other scales, models and ``last_resort`` on a
    dev split, which ``summarize``'s own arguments do not offer."""
    from .scorer import learned_pool

    pool = learned_pool(cluster, model)
    if not pool:
        return None
    raw = np.array([score for score, _ in pool])
    z = (raw - raw.mean()) / max(float(raw.std()), 1e-9)
    scale = LEARNED_SCALE if scale is None else scale
    score = np.zeros(len(cluster.sentences))
    for value, (_, s) in zip(z, pool):
        score[s.index] = scale * value
    chosen = _mmr(cluster, [s for _, s in pool], score, words, opts)
    if not chosen:
        return None
    ranked = {s.index for _, s in pool}
    pieces = quotation_pieces(cluster)
    rest = [s for s in cluster.sentences if s.index not in ranked and s.index not in pieces
            and candidate_ok(s, opts)]
    heuristic = None
    for fill in ([s for s in rest if stands_alone(s.text)], rest if last_resort else []):
        used = sum(s.n_words for s in chosen)
        taken = {s.index for s in chosen}
        fill = [s for s in fill if s.index not in taken]
        if used < words and fill:
            heuristic = score_sentences(cluster, opts) if heuristic is None else heuristic
            chosen += _mmr(cluster, fill, heuristic, words - used, opts, chosen)
    return chosen


def select_heuristic(cluster: Cluster, words: int, opts: SummaryOptions) -> list[Sentence]:
    """Greedy MMR over the hand-weighted score, with a bonus for covering shared word pairs.

    Public for ``bench/scorer_dev.py``, which compares it with ``select_learned``'s variants
    on the same clusters (see there)."""
    if len(cluster.articles) == 1:
        # One source: no cross-source evidence to weigh, and news puts the essentials first,
        # so the article's own order leads and long opening sentences may be taken.
        opts = replace(opts, weight_position=opts.weight_position * SINGLE_SOURCE_POSITION,
                       max_words=max(opts.max_words, SINGLE_SOURCE_MAX_WORDS))
    pieces = quotation_pieces(cluster)
    candidates = [s for s in cluster.sentences if candidate_ok(s, opts) and s.index not in pieces]
    score = score_sentences(cluster, opts)
    chosen = _mmr(cluster, candidates, score, words, opts) if candidates else []
    if not chosen:
        # very short or odd input, or a budget no candidate fits (--words 10 against sentences
        # of 7 words and more gave no summary, and a note that "the shortest sentence has 5
        # words"): fall back to any body sentence that fits
        fits = [s for s in cluster.sentences
                if not s.is_headline and s.n_words <= words and reads_as_text(s.text)]
        chosen = _mmr(cluster, fits, score, words, opts) if fits else []
    return chosen


def _mmr(cluster: Cluster, candidates: list[Sentence], score: np.ndarray, words: int,
         opts: SummaryOptions, after: list[Sentence] = ()) -> list[Sentence]:
    """Greedy under the budget: score, minus similarity to what is chosen, plus new concepts.
    ``after``: sentences already in the summary (redundancy and concepts count them; they are
    not returned)."""
    vec = cluster.vectors
    chosen: list[Sentence] = list(after)
    used = 0
    pool = sorted(candidates, key=lambda s: -score[s.index])[:400]
    weights, concepts = concept_weights(cluster) if opts.weight_concepts else ({}, {})
    covered: set = set().union(*(concepts.get(s.index, set()) for s in after))
    while pool:
        if chosen:
            taken = vec[[c.index for c in chosen]]
            redundancy = (vec[[p.index for p in pool]] @ taken.T).max(axis=1)
        else:
            redundancy = np.zeros(len(pool))
        values = np.array([score[p.index] for p in pool]) - opts.redundancy * redundancy
        if weights:
            gain = np.array([sum(weights[c] for c in concepts.get(p.index, set()) - covered)
                             / max(p.n_words, 1) for p in pool])
            if gain.max() > 0:
                values = values + opts.weight_concepts * gain / gain.max()
        order = np.argsort(-values)
        picked = None
        for i in order:
            if redundancy[i] > opts.hard_redundancy:
                continue
            if used + pool[i].n_words <= words or (opts.overflow and used < words):
                picked = pool[i]
                break
        if picked is None:
            break
        chosen.append(picked)
        covered |= concepts.get(picked.index, set())
        used += picked.n_words
        pool = [p for p in pool if p.index != picked.index]
    return chosen[len(after):]


def cite_in_order(cluster: Cluster, chosen: list[Sentence], words: int) -> list[dict]:
    """Citations for each chosen sentence, in the order the reporting states them.

    Public for ``bench/scorer_dev.py``, which orders and cites each selection variant's
    sentences as ``summarize`` does (see ``select_learned``)."""
    used = sum(s.n_words for s in chosen)
    groups = same_content_groups(cluster, [c.index for c in chosen])
    for i, group in groups.items():
        swapped = _original_first(cluster, group)
        extra = swapped[0].n_words - group[0].n_words
        if extra <= 0 or used + extra <= words:  # the original's wording must fit the budget too
            groups[i] = swapped
            used += extra
    lengths = Counter(t.article for t in cluster.sentences if not t.is_headline)
    ordered = sorted(chosen, key=lambda s: _first_appearance(groups[s.index], lengths))
    return [{"text": groups[s.index][0].text, "sources": _sources(cluster, groups[s.index])}
            for s in ordered]


def _original_first(cluster: Cluster, group: list[Sentence]) -> list[Sentence]:
    """Quote the original report, not its copy, when both carry the sentence (and the
    original's is whole: not cut before a name where the copy goes on)."""
    first = group[0]
    original = cluster.copies.get(first.article)
    for n, t in enumerate(group[1:], 1):
        if t.article == original and not cut_before_a_name(t.text):
            return [t] + group[:n] + group[n + 1:]
    return group


def _sources(cluster: Cluster, group: list[Sentence]) -> list[dict]:
    """Citations; a copy is marked only where it repeats its original's sentence, so that
    the shared sentence is not counted as two independent reports."""
    cited = {t.article for t in group}
    out = []
    for t in group:
        original = cluster.copies.get(t.article)
        out.append({"article": t.article, "sentence": t.position, "text": t.text,
                    "copied_from": original if original in cited else None})
    return out


def _first_appearance(group: list[Sentence], lengths: Counter) -> tuple[float, int]:
    """Relative position of the earliest statement of this content in any source."""
    best = min(group, key=lambda t: t.position / max(lengths[t.article], 1))
    return best.position / max(lengths[best.article], 1), best.index
