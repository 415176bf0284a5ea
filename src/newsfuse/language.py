"""Which language each article is written in, and whether the articles share one story.

The rules that find figures, quotes, speakers and dates are English rules run on an English
spaCy model: on German or French text they do not fail, they invent ("übrigen EU Staaten
killed: 27"). So every article's language is identified first, with py3langid (langid.py's
Naive Bayes model over byte n-grams, 97 languages, shipped inside the package: nothing is
downloaded). The English-only sections (every one but the summary and the overlap, which
compare words as they are) then read ``Cluster.english_view()``, and the brief says each other
article's language: one policy for every language, whatever its script.

A brief also assumes its articles report one story. ``stray_articles`` checks that on the
tf-idf sentence vectors the analysis pass already built: an article whose closest other
article is far less similar than the cluster's articles typically are to each other is
named in a warning.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

import numpy as np

from . import sidecar
from .model import UNSPACED_LETTERS

if TYPE_CHECKING:  # pragma: no cover
    from .model import Article, Cluster

ENGLISH = "en"
SAMPLE_CHARS = 1500  # the opening of an article decides its language; ~1.5 ms to classify
MIN_LETTERS = 40  # below this a guess is noise: too short to call anything but English
_LETTERS = re.compile(r"[^\W\d_]+")
# Prose repeats its words: in any language written with spaces, the function words come back
# ("the", "de", "и"; 8% of the words or more in the openings of 3,853 Multi-News training
# reports; 4% even in spaCy's unrelated example sentences of Hebrew or Polish). Letters typed
# or generated at random hardly ever do (at most 3% of 100 random words, 2% of 150 to 250, in
# 300 runs each), and langid named such a run Kinyarwanda with probability 1.0. A sample of at
# least PROSE_WORDS words fewer than PROSE_REPEATS of which recur has no words to tell a
# language by. Scripts without spaces are not asked: their runs between spaces are clauses.
PROSE_WORDS = 100
PROSE_REPEATS = 0.025
# langid's naive Bayes is sure of itself on long texts; below this normalised probability
# the text is too mixed or too short to set English rules aside
MIN_CONFIDENCE = 0.9

# scripts of which langid knows no language, each written by one language: text in them was
# named after whichever known language its bytes resemble (Burmese as Georgian)
_SCRIPT_LANGUAGES = ((re.compile(r"[\u1000-\u109f]"), "my"), (re.compile(r"[\u0f00-\u0fff]"), "bo"))

_lock = threading.Lock()


@lru_cache(maxsize=1)
def identifier():
    """The langid model (a 730 kB LZMA pickle; ~0.25 s to load, most of it decompression,
    which releases the GIL, so ``preload`` hides it behind spaCy's start-up)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def _load() -> None:
    with _lock:
        identifier()


def preload() -> None:
    """Start loading the model: in the brief's helper process when it has one
    (``newsfuse.sidecar``), else on a background thread."""
    if sidecar.start("languages"):
        return
    threading.Thread(target=_load, name="newsfuse-langid-preload", daemon=True).start()


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of ``text``; short or letterless text, or text of no
    words that recur, counts as English, since there is nothing for English rules to get wrong
    in it."""
    sample = text[:SAMPLE_CHARS]
    if (settled := _settled(sample)) is not None:
        return settled
    answer = sidecar.ask("language", sample)
    if answer is not sidecar.NOT_SERVED:
        return answer[0], float(answer[1])
    with _lock:
        code, probability = identifier().classify(sample)
    return code, float(probability)


def _readable(sample: str) -> bool:
    """Enough text to tell a language by: ``MIN_LETTERS`` letters, each distinct word counted
    once. A word repeated is no more evidence than the word once: "buffalo" 2,000 times was
    named Xhosa with probability 1.0, and the brief said the report was not in English. Nor
    is a long run of words none of which recur (``PROSE_REPEATS``)."""
    words = _LETTERS.findall(sample.lower())
    distinct = set(words)
    if sum(len(word) for word in distinct) < MIN_LETTERS:
        return False
    return len(words) < PROSE_WORDS or UNSPACED_LETTERS.search(sample) is not None or \
        len(words) - len(distinct) >= PROSE_REPEATS * len(words)


def _settled(sample: str) -> tuple[str, float] | None:
    """The answer a sample gets without the model: English for too little to tell by
    (``_readable``), a script's one language (``_script_language``); None when the model must
    be asked."""
    if not _readable(sample):
        return ENGLISH, 0.0
    if script := _script_language(sample):
        return script, 1.0
    return None


def _script_language(sample: str) -> str | None:
    """The language of a script langid does not know (``_SCRIPT_LANGUAGES``) when most of the
    sample's letters are in it."""
    letters = "".join(_LETTERS.findall(sample))
    for script, code in _SCRIPT_LANGUAGES:
        if len(script.findall(letters)) * 2 > len(letters):
            return code
    return None


def _sample(article: "Article") -> str:
    return "\n".join(part for part in (article.title, article.text) if part)[:SAMPLE_CHARS]


def _kept(code: str, probability: float) -> str:
    """English unless the model is confident of another language."""
    return ENGLISH if code != ENGLISH and probability < MIN_CONFIDENCE else code


def article_language(article: "Article") -> str:
    """The article's language code; English unless the model is confident otherwise."""
    return _kept(*detect_language(_sample(article)))


def languages_ahead(articles: list["Article"]) -> Callable[[], None]:
    """Ask the brief's helper process (``newsfuse.sidecar``) now for the languages of the
    articles that have none, in one question, and return the function that sets them
    (``article_language``'s answers). The analysis pass asks before spaCy's import, load and
    parse, which nothing here reads, so the helper answers while they run; asked after the
    parse, one article at a time, the brief waited for five round trips to the helper (0.025
    to 0.045 s at load 5). Without a helper, or when it does not answer, each article is
    identified as ``article_language`` does it."""
    todo = [a for a in articles if a.language is None]
    samples = [_sample(a) for a in todo]
    settled = [_settled(s) for s in samples]
    asked = [s for s, known in zip(samples, settled) if known is None]
    answer = sidecar.ask_ahead("languages", asked) if asked else None

    def settle() -> None:
        found = answer() if answer is not None else sidecar.NOT_SERVED
        served = isinstance(found, list) and len(found) == len(asked)
        answers = iter(found) if served else iter(())
        for article, sample, known in zip(todo, samples, settled):
            if known is not None:
                code, probability = known
            elif served:
                code, probability = next(answers)
            else:
                code, probability = detect_language(sample)
            article.language = _kept(code, float(probability))
    return settle


def language_warning(articles: list["Article"]) -> str | None:
    """One line naming the articles that are not in English, or None."""
    other = [a for a in articles if a.language and a.language != ENGLISH]
    if not other:
        return None
    named = ", ".join(f"{a.id} ({a.language})" for a in other)
    verb = "is" if len(other) == 1 else "are"
    them = "it" if len(other) == 1 else "them"
    return (f"{named} {verb} not in English: figures, quotes, speakers, dates and entities use "
            f"English rules and skip {them}; the summary includes {them}")


# An article stands apart when its best cosine to any other article is below STRAY_SHARE of
# the cluster's typical (median) best cosine, and below STRAY_MAX_COSINE. When the typical
# best cosine is itself below NO_STORY_MEDIAN, the cluster as a whole shares no story and every
# article below STRAY_MAX_COSINE stands apart. Measured on the 100 clusters of
# multinews_sample100.jsonl, with articles moved between them (bench/story_check.py; README,
# "Language and story checks").
STRAY_SHARE = 0.35
STRAY_MAX_COSINE = 0.15
NO_STORY_MEDIAN = 0.16
STRAY_PAIR_COSINE = 0.08  # two articles only: nothing to compare with but each other (real pairs of
# the sample: 0.099 and up; error pages beside a report: 0.047 and below)


def article_vectors(cluster: "Cluster") -> tuple[list[str], np.ndarray]:
    """One L2-normalised row per article: the sum of its sentences' tf-idf rows, headline
    included. A headline says what story an article reports; without it a short report
    ('"Who?" asked people entirely appropriately.' under a headline about the new Doctor Who
    actor) had nothing left to share with its story. Measured on stories no rule was tuned
    on (README, "Language and story checks")."""
    ids = [a.id for a in cluster.articles]
    row = {a: i for i, a in enumerate(ids)}
    dim = cluster.vectors.shape[1] if cluster.vectors.ndim == 2 else 0
    out = np.zeros((len(ids), dim), dtype=np.float32)
    for s in cluster.sentences:
        if s.index < len(cluster.vectors):
            out[row[s.article]] += cluster.vectors[s.index]
    norms = np.linalg.norm(out, axis=1)
    return ids, out / np.maximum(norms, 1e-9)[:, None]


def best_similarities(cluster: "Cluster") -> dict[str, float]:
    """Each article's highest cosine to another article of the cluster."""
    ids, vectors = article_vectors(cluster)
    if len(ids) < 2:
        return {}
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -1.0)
    return {a: float(sims[i].max()) for i, a in enumerate(ids)}


def stray_articles(cluster: "Cluster") -> list[str]:
    """Articles that share far less with every other article than the cluster's articles
    typically share with their closest neighbour: probably another story."""
    best = best_similarities(cluster)
    if len(best) < 2:
        return []
    if len(best) == 2:
        return list(best) if max(best.values()) < STRAY_PAIR_COSINE else []
    typical = float(np.median(list(best.values())))
    limit = STRAY_MAX_COSINE if typical < NO_STORY_MEDIAN else min(STRAY_SHARE * typical, STRAY_MAX_COSINE)
    return [a for a, sim in best.items() if sim < limit]


def stray_warning(cluster: "Cluster") -> str | None:
    stray = stray_articles(cluster)
    if not stray:
        return None
    if len(stray) == len(cluster.articles) == 2:
        return (f"{stray[0]} and {stray[1]} share almost no content: they may not report the "
                f"same story, and the brief treats them as one")
    named = ", ".join(stray)
    if len(stray) > len(cluster.articles) / 2:
        return (f"{named} share little with each other or with the rest: the articles may not "
                f"report one story; group them by story first (figures and quotes compare them as one)")
    verb = "shares" if len(stray) == 1 else "share"
    return (f"{named} {verb} little with the other articles and may report a different story; "
            f"group the articles by story first (figures and quotes compare them as one story)")
