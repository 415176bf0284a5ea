"""Capitals restored to English reports that lost them.

Some corpora lower-case their text and then capitalise each sentence's first letter (Multi-News
as shared in ../shared/train: "dan brown has topped oxfam's list, said john smith"). spaCy's
name finder reads capitals, and so do the speaker and claimant rules: on such text few names
are found, and a quote's "said john smith" finds no speaker. Such a report is re-cased here,
before the analysis pass parses it, by a statistical truecaser (the ``truecase`` package:
unigram to trigram counts of each word's casings in NLTK's English corpora, shipped in its
wheel; 76 MB, ~2 s and ~550 MB to load, so loaded once per process and only when a report
needs it).

The restoration only raises letters: a lower-case word the truecaser gives a capital ("john"
-> "John", "bbc" -> "BBC") takes it, letter for letter, and nothing else changes: no capital
is lowered, a sentence's first word is raised only by its neighbours, never for standing
first (``restore_sentence``), and the text keeps its length, so every
offset into the article (sentences, highlights, citations) stays valid. The truecaser is not
always right ("a Video posted"), which is why a report is re-cased only when it has plainly
lost its capitals, and the brief says so. A word its counts lack is raised only when it does
not read as a common word (``UNSEEN``, ``common_word``): its own "title" option raised every
such word ("people Queue", "Bullock Famously said").

Whether a report lost them (``lowered``): its words inside sentences (after a word or a
comma, not after a sentence's end, a colon or a line break) almost never start with a
capital, AND there is evidence a capital is missing: a word English always capitalises
(``_ALWAYS_CAPITALISED``: "i", "mr", days, months, countries, parties, news agencies) written
in lower case inside a sentence, or so many words (``MANY_WORDS``) that a report with no
capital among them is no cased report. Measured (``bench/casing_shares.py``, counts in its
docstring): the share of capitals inside sentences is 0.0000 in every one of the 131,446
Multi-News train and validation reports with 40 or more such words; in the cased corpora
(../shared/eval, ../shared/stories, the example, gold/pages) it is 0.019 and up, except 12
short reports about nobody (36 to 181 words inside sentences, at most 3 capitalised: "Are you
worried about your chip supply? Not potato chips."), which is why a low share alone is not
enough. The test fires on 112,348 of the 124,609 train reports and 13,862 of the 15,292
validation ones (most of the rest: archive and sign-up boilerplate, or under 40 words), and
on none of the cased ones.
"""

from __future__ import annotations

import re
import string
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Article

# Below this share of capitalised words inside sentences a report may have lost its capitals
# (Multi-News: 0.0000 in every report; cased news: 0.019 and up, but 0.0 in short reports
# that name nobody)
MAX_CAPITAL_SHARE = 0.01
MIN_WORDS = 20  # words inside sentences: fewer is too little text to tell
# this many words inside sentences with no capital is a lowered report even with no word of
# ``_ALWAYS_CAPITALISED`` (cased reports with a share under 0.01: at most 84 such words)
MANY_WORDS = 100

_WORD = re.compile(r"[^\W\d_]+")
_SKIPPED_BEFORE = " \t\"'“”‘’()[]"  # what may stand between a word and the word before it

# Words English capitalises wherever they stand (not "may", "march", "us", "apple", "mark":
# common words too). Found in lower case inside a sentence, they say the capitals were lost.
_ALWAYS_CAPITALISED = frozenset("""
i i'm i've i'll i'd mr mrs ms dr sen rep gov gen lt sgt col capt prof
monday tuesday wednesday thursday friday saturday sunday january february april june july
august september october november december christmas easter thanksgiving
american americans british french german russian chinese japanese indian canadian mexican
israeli iranian syrian iraqi afghan african european muslim muslims christian jewish catholic
islamic arab america u.s u.k u.n usa england britain france germany russia china japan india
canada mexico israel iran syria iraq afghanistan pakistan korea africa europe australia ukraine
egypt washington york london paris california texas florida chicago angeles boston colorado
arizona ohio virginia michigan pennsylvania carolina jersey massachusetts minnesota wisconsin
illinois oregon utah nevada alabama louisiana kentucky tennessee missouri iowa kansas indiana
oklahoma maryland connecticut seattle atlanta miami detroit denver houston dallas philadelphia
obama trump clinton bush hillary romney biden putin republican republicans democrat democrats
democratic gop congress senate facebook twitter google microsoft youtube instagram netflix cnn
nbc cbs abc bbc reuters nasa fbi cia isis nfl nba pentagon kremlin vatican john david michael
james robert mary jennifer william richard thomas paul steve george peter joe chris susan sarah
elizabeth
""".split())
_MARKER = re.compile(r"(?<![\w'’.])(?:" + "|".join(
    re.escape(w) for w in sorted(_ALWAYS_CAPITALISED, key=len, reverse=True)) + r")(?![\w'’])")


def _inside(text: str, at: int) -> bool:
    """Whether the word at ``at`` stands inside a sentence: after a word or a comma (quotes
    and brackets between them ignored), not at a line's start or after other punctuation."""
    i = at - 1
    while i >= 0 and text[i] in _SKIPPED_BEFORE:
        i -= 1
    return i >= 0 and (text[i].isalnum() or text[i] == ",")


def capital_share(text: str) -> tuple[int, int]:
    """(words inside sentences whose first letter has a case, how many of them start with a
    capital). Letters without case (Arabic, Chinese) are not counted: no evidence either way."""
    words = capitals = 0
    for m in _WORD.finditer(text):
        first = m.group()[0]
        if first.lower() == first.upper() or not _inside(text, m.start()):
            continue
        words += 1
        capitals += first.isupper()
    return words, capitals


def lost_capitals(text: str) -> list[str]:
    """The words of ``_ALWAYS_CAPITALISED`` written in lower case inside a sentence."""
    return [m.group() for m in _MARKER.finditer(text) if _inside(text, m.start())]


def lowered(text: str) -> bool:
    """Whether ``text`` reads as having lost its capitals (module docstring); short texts
    (``MIN_WORDS``) never do."""
    words, capitals = capital_share(text)
    if words < MIN_WORDS or capitals >= MAX_CAPITAL_SHARE * words:
        return False
    return words >= MANY_WORDS or bool(lost_capitals(text))


# Tokens as the truecaser's counts were made (Penn Treebank tokens of Punkt's sentences):
# initialisms with their full stops ("u.s."), a word's clitic apart ("oxfam" "'s", "do" "n't"),
# and each punctuation mark, whose neighbours the counts also read. A word and the full stop
# after it are one token when the counts know them so ("mr." "smith"): split off otherwise,
# since a stop before a closing quotation mark stays inside Punkt's sentence, and "event." as
# one token, unknown, came back capitalised ("a once-in-a-lifetime Event."). A hyphenated word
# is read part by part: the counts hold few compounds, and one they lack came back capitalised
# whole ("ever-so-brief" as "Ever-So-Brief"), where its parts are known ("al-Qaeda" stays right)
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?=n['’]t\b)|n['’]t\b|['’][^\W_]+|[^\W_]+|[^\w\s]")
STOPS = frozenset(".!?")  # a sentence's end the splitter may pass over ("preserved.then")

_lock = threading.Lock()


@lru_cache(maxsize=1)
def truecaser():
    """The truecaser's model, loaded on first use (~2 s, ~550 MB). Only its token interface is
    used: ``get_true_case`` would tokenise with NLTK's punkt data, which is not installed."""
    from truecase.TrueCaser import TrueCaser

    model = TrueCaser()
    # Each word's casings are a set, whose order, and so the casing a tie goes to, changed with
    # the process's string hashing: two batch workers wrote "data Analytics" and "data
    # ANALYTICS". In a fixed order, fewest capitals first, a tie goes to the plainer casing
    model.word_casing_lookup = {word: sorted(casings, key=lambda c: (sum(ch.isupper() for ch in c), c))
                                for word, casings in model.word_casing_lookup.items()}
    return model


def _raised(token: str, answer: str) -> str | None:
    """``token`` with the truecaser's capitals, when the answer only raises letters of an
    all-lower-case token to a capitalised form ("John", "BBC", "McDonald"); else None."""
    if (token != token.lower() or answer == token or len(answer) != len(token)
            or answer.lower() != token or not answer[0].isupper()):
        return None
    if any(a != t and a != t.upper() for a, t in zip(answer, token)):
        return None
    return answer


def _times_sign(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is an "x" between two numbers, a times sign ("a 480 x 360 pixels
    display", "a 20 x 8 cell"): the counts hold "X" more often than "x" and no number beside
    it, so it came back raised, and "480 X 360" read as a name took the figures beside it
    from the grouping (the 360 of one report of a screen's resolution, tuning ecbplus-42a)."""
    return (tokens[i] == "x" and 0 < i < len(tokens) - 1
            and tokens[i - 1][-1].isdigit() and tokens[i + 1][0].isdigit())


# What a word the truecaser's counts lack becomes. The counts (NLTK's corpora) predate most
# names in the news ("romney", "obama", "lohan", "winehouse": 3,818 of the 6,007 unseen tokens
# of the lowered tuning gold were capitalised in the cased original, bench/case_unseen.py),
# but they also lack common words, which the truecaser's own "title" option raised with the
# names ("a Video posted", "Bullock Famously said"). "names": an unseen word is raised unless
# it reads as a common word (``common_word``); "title": every unseen word is raised
UNSEEN = "names"


def unseen(token: str, known) -> bool:
    """Whether the truecaser has no counts for ``token`` (a word, not punctuation or digits)."""
    return not (token in string.punctuation or token.isdigit()) and token.lower() not in known


@lru_cache(maxsize=1)
def word_index() -> dict[str, frozenset[str]] | None:
    """spaCy's English word index (its rule lemmatizer's table: the WordNet words of each part
    of speech, lower-cased; shipped in the model package) and the lemmatizer's exceptions, by
    part of speech. None when the chosen model (``NEWSFUSE_SPACY_MODEL``) carries no such
    table, a lookup-mode lemmatizer's included: every unseen word is then raised, as the
    truecaser's own "title" option does, rather than the restoration failing."""
    from pathlib import Path

    from .spacy_pipeline import import_spacy, model_source

    source = model_source()
    try:
        folder = Path(source) if Path(source).is_dir() else import_spacy().util.get_package_path(source)
        found = next(folder.glob("**/lemmatizer/lookups/lookups.bin"), None)
    except (OSError, ImportError, ValueError):
        found = None
    if found is None:
        return None
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(found.parent)
    if not (lookups.has_table("lemma_index") and lookups.has_table("lemma_exc")):
        return None
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    return {pos: frozenset(index.get(pos, [])) | frozenset(exceptions.get(pos, {}))
            for pos in ("verb", "adj", "adv")}


def common_word(word: str) -> bool:
    """Whether an unseen lower-case ``word`` reads as a common word: a word spaCy's word index
    knows as an adverb, adjective or verb, or the "-ed" or "-ing" form of such a verb
    ("famously", "online", "tweeted", "vaccinated"; an ending alone is no evidence: "milly",
    "connolly"). A word the index knows
    only as a noun is not: WordNet lists many names among its nouns, lower-cased ("putin",
    "lohan", "aleppo", "pickett"), and a noun raised by mistake names nobody who speaks. Of the lowered
    tuning gold's 6,007 unseen tokens (3,818 capitalised in the original) this keeps 907 in
    lower case, 216 of them wrongly ("twitter", "google", "caption" as verbs, "fey" as an
    adjective); 1,498 are still raised that the original writes in lower case ("http",
    "rehab", "website", "smartphone"; the "title" option raised 2,189)."""
    index = word_index()
    if index is None:
        return False
    if any(word in index[pos] for pos in ("verb", "adj", "adv")):
        return True
    return any(word.endswith(ending) and (word[:-len(ending)] in index["verb"]
                                          or word[:-len(ending)] + "e" in index["verb"])
               for ending in ("ed", "ing"))


def sentence_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the truecaser's tokens (``_TOKEN``) in the sentence ``text[start:end]``."""
    found = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    known = truecaser().word_casing_lookup
    spans: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(found):  # "mr" "." -> "mr." where the counts have "mr."
        if (spans and text[a:b] == "." and a == spans[-1][1] and i < len(found) - 1
                and text[spans[-1][0]:b].lower() in known):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def asked(token: str) -> str:
    """``token`` as the truecaser is asked it: a curly apostrophe read as the counts' straight
    one ("didn’t": "n’t", unseen, came back "N’T"); one character for one, so spans hold."""
    return token.replace("’", "'")


def sentence_spans(text: str, sentences: Callable[[str], Iterable[tuple[int, int]]]):
    """The spans in ``text`` of the sentences the restoration reads: each line's, by
    ``sentences`` (the analysis pass's splitter, so the truecaser reads the sentences the
    parser will read)."""
    offset = 0
    for line in text.split("\n"):
        for start, end in sentences(line) if line.strip() else ():
            yield offset + start, offset + end
        offset += len(line) + 1


def restore_sentence(text: str, start: int, end: int, out: list[str],
                     case: Callable[[list[str]], list[str]]) -> None:
    """Raise in ``out`` (the text's characters) the letters the truecaser capitalises in the
    sentence ``text[start:end]``."""
    spans = sentence_tokens(text, start, end)
    if not spans:
        return
    tokens = [text[a:b] for a, b in spans]
    known = truecaser().word_casing_lookup
    # The truecaser capitalises whatever stands first, so the sentence is read after a comma:
    # each word, the first too, is then cased by its neighbours. The first word is raised only
    # when written in lower case, where the corpus saw no sentence start ('"that's my baby
    # boy! " frances mcdormand gushed': Punkt starts a sentence at "frances", Multi-News did
    # not); written with its capital, it stays as written
    words = [asked(t) for t in tokens]
    answers = case([","] + words)[1:]
    for i, ((a, b), answer) in enumerate(zip(spans, answers)):
        # a word after a full stop the splitter passed over ("preserved.then") opens a
        # sentence the parser does not see: written as it is
        if i > 0 and tokens[i - 1] in STOPS or _times_sign(tokens, i):
            continue
        if unseen(words[i], known) and UNSEEN == "names":
            answer = words[i] if common_word(words[i].lower()) else words[i].title()
        raised = _raised(tokens[i], answer)
        if raised is not None:
            out[a:b] = list(raised)


def restore(text: str, sentences: Callable[[str], Iterable[tuple[int, int]]]) -> str:
    """``text`` with capitals restored (module docstring): the same length, only letters'
    case changed, and only raised. ``sentences`` gives a line's sentence spans
    (``sentence_spans``)."""
    model = truecaser()

    def case(tokens: list[str]) -> list[str]:
        with _lock:
            return model.get_true_case_from_tokens(tokens, "title" if UNSEEN == "title" else "as-is")

    out = list(text)
    for start, end in sentence_spans(text, sentences):
        restore_sentence(text, start, end, out, case)
    restored = "".join(out)
    assert len(restored) == len(text)
    return restored


def case_warning(articles: list["Article"]) -> str | None:
    """One line naming the articles whose capitals were restored, or None."""
    restored = [a.id for a in articles if a.case_restored]
    if not restored:
        return None
    named = restored[0] if len(restored) == 1 else f"{', '.join(restored[:-1])} and {restored[-1]}"
    were = "was" if len(restored) == 1 else "were"
    return (f"{named} {were} lower-cased; capitals were restored to read names (a statistical "
            f"truecaser, sometimes wrong): shown text carries the restored capitals")


# short words a title keeps lower case: "Meet the Press", "Face the Nation"
TITLE_SMALL_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "to", "for", "with",
                               "at", "by"})
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’]*")


def title_cased(text: str) -> bool:
    """Whether every word of ``text`` starts with a capital but a title's small words: how
    a work's name ("Anderson Cooper 360") and many headlines ("Cuban Protests Demand Freedom,
    Food") are written. spaCy reads capitals as names, so on such text it finds names in
    ordinary words ("Vaccines" an organisation); the analyses that trust its names ask here."""
    words = _TITLE_WORD.findall(text)
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or (i and w in TITLE_SMALL_WORDS) for i, w in enumerate(words))
