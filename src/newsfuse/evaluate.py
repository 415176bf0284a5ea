"""ROUGE against human references, with baselines scored in the same run.

Every system is cut to the same number of words before scoring, so a longer summary cannot
buy recall. Scores are rouge-score's F1 with Porter stemming, averaged over clusters; with
several references (MultiLing has three) a cluster's score is the mean over its references.
ROUGE-Lsum gets one sentence per line, as rouge-score expects.

Systems ``learned`` and ``heuristic`` are newsfuse with that sentence scorer (``newsfuse`` is
newsfuse with ``--scorer``), so both scorers and lead are scored on the same clusters in one
run, and the paired learned - heuristic margin gets its own interval.

Baselines: ``lead`` takes the first body sentence of every article, then the second, and so
on (the multi-document form of the lead baseline, on the same cleaned sentences newsfuse
uses); ``lexrank`` and ``textrank`` are sumy's, fed each article with its paragraphs and run
offline through a Punkt tokenizer that ships its parameters in a package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from .errors import InputError, MissingExtraError
from .model import Cluster

METRICS = ("rouge1", "rouge2", "rougeLsum")
SYSTEMS = ("newsfuse", "learned", "heuristic", "lead", "lexrank", "textrank")


def cut_words(text: str, limit: int) -> str:
    """First ``limit`` words, keeping line breaks (sentence boundaries for Lsum)."""
    out: list[str] = []
    left = limit
    for line in text.split("\n"):
        words = line.split()
        if not words:
            continue
        if left <= 0:
            break
        out.append(" ".join(words[:left]))
        left -= len(words[:left])
    return "\n".join(out)


def lead_summary(cluster: Cluster, words: int) -> str:
    """Round-robin over articles: first sentences first."""
    per_article = [[s.text for s in cluster.sentences_of(a.id) if not s.is_headline]
                   for a in cluster.articles]
    out: list[str] = []
    total = 0
    depth = 0
    while total < words and any(depth < len(p) for p in per_article):
        for p in per_article:
            if depth < len(p) and total < words:
                out.append(p[depth])
                total += len(p[depth].split())
        depth += 1
    return "\n".join(out)


class _OfflineTokenizer:
    """sumy's tokenizer interface without NLTK data downloads."""

    language = "english"

    def __init__(self):
        import punkt
        from nltk.tokenize import NLTKWordTokenizer
        from sumy.nlp.tokenizers import Tokenizer

        self._sentences = punkt.tokenizer_for("english", line_breaks="always")
        self._words = NLTKWordTokenizer()
        self._is_word = Tokenizer._is_word

    def to_sentences(self, paragraph):
        return tuple(s.strip() for s in self._sentences.tokenize(paragraph) if s.strip())

    def to_words(self, sentence):
        return tuple(w for w in self._words.tokenize(sentence) if self._is_word(w))


def sumy_summary(documents: list[str], words: int, method: str = "lexrank") -> str:
    """A sumy summarizer over the whole cluster, sentences added in rank order up to ``words``."""
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        raise MissingExtraError("sumy baselines", "eval") from None
    # paragraphs apart, so a headline line is not glued to the first sentence
    text = "\n\n".join("\n\n".join(p.strip() for p in d.split("\n") if p.strip()) for d in documents)
    parser = PlaintextParser.from_string(text, _OfflineTokenizer())
    summarizer = (LexRankSummarizer if method == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    captured: dict = {}

    def capture(sentences, count, rating, *args, **kwargs):
        captured.update(rating if isinstance(rating, dict) else {})
        return ()

    summarizer._get_best_sentences = capture  # the ratings sumy computes, before it cuts
    sentences = parser.document.sentences
    summarizer(parser.document, len(sentences))
    ranked = sorted(range(len(sentences)), key=lambda i: -captured.get(sentences[i], 0.0))
    chosen: list[int] = []
    total = 0
    for i in ranked:
        if total >= words:
            break
        chosen.append(i)
        total += len(str(sentences[i]).split())
    # as sumy returns them: the top sentences in document order
    out = [str(sentences[i]) for i in sorted(chosen)]
    return "\n".join(out)


@dataclass
class Scores:
    totals: dict[str, dict[str, float]] = field(default_factory=dict)
    count: int = 0

    def add(self, system: str, scores: dict[str, float]) -> None:
        bucket = self.totals.setdefault(system, {m: 0.0 for m in METRICS})
        for m in METRICS:
            bucket[m] += scores[m]

    def means(self) -> dict[str, dict[str, float]]:
        return {s: {m: 100 * v / max(self.count, 1) for m, v in b.items()} for s, b in self.totals.items()}


def rouge(candidate: str, references: list[str]) -> dict[str, float]:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise MissingExtraError("ROUGE evaluation", "eval") from None
    scorer = _scorer(rouge_scorer)
    result = {m: 0.0 for m in METRICS}
    for ref in references:
        s = scorer.score(ref, candidate)
        for m in METRICS:
            result[m] += s[m].fmeasure / len(references)
    return result


BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 0


def confidence_intervals(per_cluster: list[dict], systems: list[str], baseline: str = "lead") -> dict:
    """95% bootstrap intervals (rouge-score's BootstrapAggregator) of each system's mean F1,
    and of its per-cluster difference to ``baseline`` (paired: the same clusters resampled),
    so that half a point on 100 clusters is not mistaken for progress. Seeded, so a rerun
    prints the same intervals."""
    from rouge_score.scoring import BootstrapAggregator

    import numpy as np

    def interval(rows: list[dict]) -> dict:
        aggregator = BootstrapAggregator(confidence_interval=0.95, n_samples=BOOTSTRAP_SAMPLES)
        for row in rows:
            aggregator.add_scores({m: _F1(row[m]) for m in METRICS})
        return {m: (100 * a.low.fmeasure, 100 * a.high.fmeasure) for m, a in aggregator.aggregate().items()}

    state = np.random.get_state()
    np.random.seed(BOOTSTRAP_SEED)
    try:
        out: dict = {"systems": {}, "vs_" + baseline: {}}
        for system in systems:
            rows = [r[system] for r in per_cluster if system in r]
            if rows:
                out["systems"][system] = interval(rows)
            if system != baseline and rows and all(baseline in r for r in per_cluster):
                diffs = [{m: r[system][m] - r[baseline][m] for m in METRICS} for r in per_cluster]
                out["vs_" + baseline][system] = interval(diffs)
    finally:
        np.random.set_state(state)
    return out


class _F1(tuple):
    """A one-field score for the aggregator, which stacks whatever tuples it is given."""

    def __new__(cls, fmeasure: float):
        return super().__new__(cls, (fmeasure,))

    @property
    def fmeasure(self) -> float:
        return self[0]


_SCORER = None


def _scorer(module):
    global _SCORER
    if _SCORER is None:
        _SCORER = module.RougeScorer(list(METRICS), use_stemmer=True)
    return _SCORER


def record_references(record: dict) -> list[str]:
    """The record's human references (``references``, else ``summary``), one sentence a line
    as ROUGE-Lsum reads them. Public for ``bench/tune_summary.py``, which scores its own grid
    of summaries against the references ``evaluate`` uses."""
    summary = record.get("summary", "")
    if isinstance(summary, list) and summary and all(isinstance(s, str) for s in summary):
        summary = "\n".join(summary)  # one reference as its list of sentences (highlights): was not scored
    refs = record.get("references") or [summary]
    if isinstance(refs, str):  # one reference given as a string, not a list
        refs = [refs]
    # rouge-score's Lsum splits on newlines: put reference sentences on lines the same way
    return [_sentence_lines(r) for r in refs if isinstance(r, str) and r.strip()]


def _sentence_lines(text: str) -> str:
    import punkt

    global _PUNKT
    if _PUNKT is None:
        _PUNKT = punkt.tokenizer_for("english", line_breaks="always")
    return "\n".join(s.strip() for s in _PUNKT.tokenize(text.strip()) if s.strip())


_PUNKT = None


def evaluate(records: Iterable[dict], words: int = 300,
             systems: tuple[str, ...] = ("newsfuse", "lead", "lexrank", "textrank"),
             progress: Callable[[], None] | None = None, scorer: str | None = None) -> dict:
    """Score ``systems`` on every record; returns {"clusters", "words", "scores": {system:
    {metric: mean}}, "intervals": 95% bootstrap intervals, "per_cluster"}. ``scorer`` picks
    newsfuse's sentence scorer (``summarize.SCORERS``)."""
    from .pipeline import prepare_cluster
    from .readers.text import article_from_text
    from .summarize import DEFAULT_SCORER, SummaryOptions, summarize

    scorer = scorer or DEFAULT_SCORER

    scores = Scores()
    per_cluster = []
    seen = 0
    for record in records:
        seen += 1
        if not isinstance(record, dict):
            continue
        refs = record_references(record)
        docs = record.get("documents")
        docs = [d for d in docs if isinstance(d, str) and d.strip()] if isinstance(docs, list) else []
        if not refs or not docs:
            continue
        try:
            cluster, _ = prepare_cluster([article_from_text(d, path=None) for d in docs], entities=False)
        except InputError:  # nothing but page furniture: no system has a sentence to offer
            continue
        outputs: dict[str, str] = {}
        by_scorer: dict[str, str] = {}  # "newsfuse" with --scorer learned is "learned": summarise once
        for system, used in (("newsfuse", scorer), ("learned", "learned"), ("heuristic", "heuristic")):
            if system in systems:
                if used not in by_scorer:
                    # like the baselines, the last sentence may cross the cut and is then cut
                    chosen = summarize(cluster, words=words, opts=SummaryOptions(overflow=True), scorer=used)
                    by_scorer[used] = "\n".join(s["text"] for s in chosen)
                outputs[system] = by_scorer[used]
        if "lead" in systems:
            outputs["lead"] = lead_summary(cluster, words)
        for method in ("lexrank", "textrank"):
            if method in systems:
                outputs[method] = sumy_summary(docs, words, method)
        row = {"id": record.get("id")}
        for system, text in outputs.items():
            s = rouge(cut_words(text, words), refs)
            scores.add(system, s)
            row[system] = s
        scores.count += 1
        per_cluster.append(row)
        if progress:
            progress()
    if seen and not scores.count:
        raise InputError("input", f"no record (of {seen}) has both 'documents' and a reference "
                                  "summary ('summary' or 'references') to score against")
    intervals = confidence_intervals(per_cluster, list(scores.totals))
    if {"learned", "heuristic"} <= set(scores.totals):
        intervals["vs_heuristic"] = confidence_intervals(per_cluster, ["heuristic", "learned"],
                                                         baseline="heuristic")["vs_heuristic"]
    # records without documents or a reference are not scored; the caller says how many, so a
    # table "of 3 clusters" from a file of 100 is never taken for the whole file
    return {"clusters": scores.count, "skipped": seen - scores.count, "words": words,
            "scores": scores.means(), "scorer": scorer, "intervals": intervals, "per_cluster": per_cluster}


def format_table(result: dict, title: str = "") -> str:
    """Means with their 95% bootstrap intervals, and each system's paired margin over lead (and
    learned's over heuristic when both ran)."""
    intervals = result.get("intervals", {})
    lines = [f"{title}  ({result['clusters']} clusters, summaries cut at {result['words']} words; "
             f"rouge-score F1 x100, stemmed, mean over clusters [95% bootstrap interval])"]
    lines.append(f"{'system':<20} {'R-1':>21} {'R-2':>21} {'R-Lsum':>21}")
    for system, m in result["scores"].items():
        ci = intervals.get("systems", {}).get(system, {})
        cells = [_cell(m[k], ci.get(k)) for k in METRICS]
        lines.append(f"{system:<20} " + " ".join(f"{c:>21}" for c in cells))
    for baseline in ("lead", "heuristic"):
        for system, ci in intervals.get("vs_" + baseline, {}).items():
            m, base = result["scores"][system], result["scores"][baseline]
            cells = [_cell(m[k] - base[k], ci.get(k), signed=True) for k in METRICS]
            lines.append(f"{system + '-' + baseline:<20} " + " ".join(f"{c:>21}" for c in cells))
    return "\n".join(lines)


def _cell(mean: float, interval: tuple[float, float] | None, signed: bool = False) -> str:
    value = f"{mean:+.2f}" if signed else f"{mean:.2f}"
    if not interval:
        return value
    low, high = interval
    return f"{value} [{low:.2f}, {high:.2f}]" if not signed else f"{value} [{low:+.2f}, {high:+.2f}]"


def load_records(path: str) -> list[dict]:
    """The file's JSON lines; a malformed line is an InputError naming ``path:line``."""
    from .readers.decode import text_lines
    from .readers.jsonl import parse_json_lines

    with open(path, "rb") as handle:
        out = parse_json_lines(text_lines(handle), path)
    if not out:
        raise InputError(path, "no records in file")
    return out
