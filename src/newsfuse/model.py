"""The data that flows through newsfuse: articles in, one Cluster, one Brief out.

Everything here is plain data. Readers make ``Article`` objects, ``analyze`` turns a
list of them into a ``Cluster`` (the one object every analysis reads, so the NLP models
run once), and analyses return plain dicts/lists that the ``Brief`` collects. Renderers
only read a Brief; they never compute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

SCHEMA = "newsfuse.brief/1"
DEFAULT_WORDS = 250  # the summary's length when none is asked: the CLI, API, batch, corpus and web form

# Scripts written without spaces between words, where a run between spaces is a clause or a
# sentence, not a word: Han and kana count a word a character (as word processors count them);
# Thai, Lao, Myanmar and Khmer a word per five characters, about their average word. Counted as
# one word a run, a Chinese report was "under 3 words" and dropped as not English, where an
# Arabic one was briefed with a language note.
WORD_A_CHARACTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
UNSPACED_LETTERS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                              "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
THAI_LIKE_WORD_CHARS = 5


def word_count(text: str) -> int:
    """Words in ``text``: runs between spaces, and in scripts written without spaces, the words
    ``UNSPACED_LETTERS`` estimates. Text with none of them is counted as ``len(text.split())``."""
    runs = text.split()
    if not UNSPACED_LETTERS.search(text):
        return len(runs)
    count = 0
    for run in runs:
        unspaced = len(UNSPACED_LETTERS.findall(run))
        ideographs = len(WORD_A_CHARACTER.findall(run))
        count += max(1, ideographs + -(-(unspaced - ideographs) // THAI_LIKE_WORD_CHARS))
    return count


# Characters no report means and no output can carry as they are: C0 controls other than tab,
# line and page breaks (NUL, ESC), DEL, and lone surrogates (a JSON "\\ud800", a file name's
# undecodable byte). A NUL went raw into the HTML and Markdown briefs, an ESC from a page
# recoloured the terminal, and a lone surrogate ended the brief in "internal error:
# UnicodeEncodeError".
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")


def printable(text: str | None) -> str | None:
    """``text`` without ``_UNPRINTABLE``: a vertical tab (Word's line break) becomes a line
    break, a lone surrogate U+FFFD, any other a space (words it stood between stay apart)."""
    if not text or not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: "\n" if m.group() == "\x0b" else " " if m.group() < "\ud800" else "\ufffd",
                            text)


def input_id(place: int) -> str:
    """The id of the input at ``place`` (1 for the first) among the inputs as given: the
    brief cites an article by it, and a warning names by it an input skipped in reading or
    dropped in cleaning, so the gap it leaves in the numbers is explained."""
    return f"a{place}"


def input_label(article_id: str, where: str | None) -> str:
    """How a warning names an input: its id and where the reader found it ("a2
    (news/b.txt)"), the one form of a read skip's warning and of a cleaning drop's."""
    return f"{article_id} ({where})" if where else article_id


@dataclass
class Article:
    """One news report, cleaned, with where it came from.

    ``id`` is assigned by the cluster (a1, a2, ...) by the input's place among the inputs, so
    citations are short and stable for the same input; an input skipped in reading or dropped
    in cleaning keeps its number unused.
    """

    text: str
    title: str | None = None
    source: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    path: str | None = None
    url: str | None = None
    author: str | None = None
    id: str = ""
    removed: list[str] = field(default_factory=list)  # furniture lines cleaning dropped
    # ISO 639-1 code set by the analysis pass (py3langid); English-only rules skip other codes
    language: str | None = None
    # whether the report tells a game (``game_report.tells_games``), set by the
    # analysis pass when it parses: a game's box score is no figure, a season's totals are.
    # Asked of the whole article once, so no section's reading depends on which ran first;
    # None when nothing was parsed
    game_report: bool | None = None
    # whether the analysis pass restored the capitals of a lower-cased English report
    # (``nlp.casing``): its text then carries capitals its source did not have
    case_restored: bool = False

    def __post_init__(self) -> None:  # every reader makes one: what it read is made printable here
        for name in ("text", "title", "source", "path", "url", "author"):
            setattr(self, name, printable(getattr(self, name)))

    @property
    def words(self) -> int:
        return word_count(self.text)

    def meta(self) -> dict[str, Any]:
        restored = {"case_restored": True} if self.case_restored else {}  # said only when so
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "path": self.path,
            "url": self.url,
            "author": self.author,
            "language": self.language,
            "words": self.words,
            **restored,
        }


@dataclass
class Entity:
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, DATE, CARDINAL, ...
    start: int  # character offsets inside the sentence text
    end: int


@dataclass
class Sentence:
    """A sentence of one article, with what the analysis pass found in it.

    ``position`` counts body sentences from 0 in their article; the headline has
    ``is_headline`` set and position -1, so lead-position features never confuse the two.
    ``start``/``end`` are character offsets in the article's cleaned text, so a page can
    highlight the sentence in its article.
    """

    index: int
    article: str
    position: int
    paragraph: int
    text: str
    start: int
    end: int
    is_headline: bool = False
    words: list[str] = field(default_factory=list)  # lowercase word tokens, no punctuation
    content: list[str] = field(default_factory=list)  # Snowball stems of content words and numbers
    entities: list[Entity] = field(default_factory=list)

    @property
    def n_words(self) -> int:
        return word_count(self.text)


@dataclass
class Cluster:
    """The one analysed form of a set of articles about a story.

    ``vectors`` has one L2-normalised tf-idf row per sentence (same order as ``sentences``);
    the summary reads them. ``embeddings`` are MiniLM sentence embeddings, computed on first
    access and kept, so analyses that need meaning (merging events, grouping counted things)
    share one encoder run and summary-only runs never pay for it. ``docs`` keeps each
    article's spaCy Docs (headline first, then paragraphs) when spaCy ran, for syntax.
    ``copies`` maps an article id to the id of the earlier article it mostly copies. It is
    worked out on first use (see ``derive``), so the summary, the claims and the quotes
    read the same copies whether or not the overlap section was requested.
    """

    articles: list[Article]
    sentences: list[Sentence]
    vectors: np.ndarray
    docs: dict[str, Any] = field(default_factory=dict)
    embed: Callable[[list[Sentence]], np.ndarray] | None = field(default=None, repr=False)
    # ``embed`` started now and read when the function it returns is called, where the encoder
    # runs beside this process (the command line's helper process), else None: ``embed_ahead``
    embed_later: Callable[[list[Sentence]], Callable[[], np.ndarray]] | None = field(
        default=None, repr=False)
    _embedded: dict[int, np.ndarray] = field(default_factory=dict, repr=False)
    _embedding: list[tuple[list[int], Callable[[], np.ndarray]]] = field(default_factory=list, repr=False)
    # article id -> the lengths of its runs of text without a sentence end that the analysis
    # cut into pieces (``analyze.MAX_SENTENCE_CHARS``); the brief warns of them
    cut_runs: dict[str, list[int]] = field(default_factory=dict, repr=False)
    # analyses several sections share (copies, names, speech events), each computed once
    derived: dict[str, Any] = field(default_factory=dict, repr=False)
    # (the sentences list it was made from, its length, article id -> its sentences): sentences_of
    _by_article: tuple[list[Sentence], int, dict[str, list[Sentence]]] | None = field(
        default=None, repr=False, compare=False)

    def derive(self, key: str, compute: Callable[["Cluster"], Any]) -> Any:
        """``compute(self)`` on first request, then the kept result.

        Sections read what others compute through here rather than through fields a section
        fills as a side effect, so no section's output depends on which others ran.
        """
        if key not in self.derived:
            self.derived[key] = compute(self)
        return self.derived[key]

    @property
    def copies(self) -> dict[str, str]:
        """Copy id -> original id, from the overlap analysis (computed on first use)."""
        from .crosscheck.overlap import analyse_overlap

        overlap = self.derive("overlap", analyse_overlap)
        return self.derive("copies", lambda _: {r["copy"]: r["original"]
                                                for r in overlap["copies"]})

    @copies.setter
    def copies(self, value: dict[str, str] | None) -> None:
        """Set by hand (tests, callers that know the syndication); None recomputes."""
        if value is None:
            self.derived.pop("copies", None)
        else:
            self.derived["copies"] = dict(value)

    def embed_ahead(self, indices: list[int]) -> None:
        """Start embedding these sentences now, where the encoder runs beside this process
        (``embed_later``), for ``embeddings_for`` to read when an analysis wants them; nothing
        otherwise. A cold brief's helper process then encodes the timeline's sentences while
        this process runs the claims (``pipeline.Section.ahead``). A sentence's vector does not
        depend on the texts it is encoded with (``encoder.length_runs``), so it is the same
        vector whenever and with whatever it is asked for."""
        if self.embed_later is None:
            return
        started = {i for ids, _ in self._embedding for i in ids}
        missing = [i for i in dict.fromkeys(indices) if i not in self._embedded and i not in started]
        if not missing:
            return
        self._embedding.append((missing, self.embed_later([self.sentences[i] for i in missing])))

    def embeddings_for(self, indices: list[int]) -> np.ndarray:
        """Embeddings of some sentences, each computed on first use and then kept, so an
        analysis that compares a few hundred dated sentences does not embed all thousands."""
        wanted = set(indices)
        for started in [s for s in self._embedding if wanted.intersection(s[0])]:
            self._embedding.remove(started)
            ids, vectors = started
            self._embedded.update(zip(ids, vectors()))
        missing = [i for i in dict.fromkeys(indices) if i not in self._embedded]
        if missing:
            if self.embed is None:
                raise RuntimeError("this Cluster was built without an encoder")
            for i, row in zip(missing, self.embed([self.sentences[i] for i in missing])):
                self._embedded[i] = row
        if not indices:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._embedded[i] for i in indices])

    @property
    def embeddings(self) -> np.ndarray:
        """All sentence embeddings (one encoder run for whatever is not embedded yet)."""
        return self.embeddings_for(list(range(len(self.sentences))))

    def article_places(self) -> np.ndarray:
        """Each sentence's article as its place in ``articles`` (0, 1, ...), for arrays indexed
        by article: the ids keep the input's numbers, so an input dropped in cleaning leaves a
        gap in them (a1, a3), and the number in an id is no index."""
        place = {a.id: k for k, a in enumerate(self.articles)}
        return np.array([place[s.article] for s in self.sentences], dtype=int)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def sentences_of(self, article_id: str) -> list[Sentence]:
        """One article's sentences, in order. Looked up in an index of the sentences by article,
        made again whenever ``sentences`` is another list or another length: the timeline asks
        once per article, and a scan of every sentence each time grew with the square of the
        input (a 3 MB brief of 1,017 articles, docs/measurements.md)."""
        index = self._by_article
        if index is None or index[0] is not self.sentences or index[1] != len(self.sentences):
            by: dict[str, list[Sentence]] = {}
            for s in self.sentences:
                by.setdefault(s.article, []).append(s)
            index = self._by_article = (self.sentences, len(self.sentences), by)
        return list(index[2].get(article_id, ()))

    def english_articles(self) -> list[Article]:
        """Articles English rules may read (language unknown counts as English)."""
        return [a for a in self.articles if a.language in (None, "en")]

    def is_english(self, article_id: str) -> bool:
        return self.article(article_id).language in (None, "en")

    def english_view(self) -> "Cluster":
        """This cluster without its non-English articles, for sections whose rules are English
        (figures, quotes, speakers, dates): the same Sentence objects are not shared, because
        a view renumbers ``index`` so it still points into its own ``vectors``. Returns self
        when every article is English; ``copies`` is shared, so overlap found on the whole
        cluster still applies."""
        keep = {a.id for a in self.english_articles()}
        if len(keep) == len(self.articles):
            return self
        from dataclasses import replace

        rows = [s.index for s in self.sentences if s.article in keep]
        sentences = [replace(s, index=n) for n, s in enumerate(self.sentences[i] for i in rows)]
        vectors = self.vectors[rows] if len(rows) else self.vectors[:0]
        view = Cluster(articles=[a for a in self.articles if a.id in keep], sentences=sentences,
                       vectors=vectors, docs={k: v for k, v in self.docs.items() if k in keep},
                       embed=self.embed, embed_later=self.embed_later)
        view.copies = self.copies
        return view


@dataclass
class Brief:
    """What newsfuse answers about a cluster: plain data with one JSON form.

    Sections other than ``articles`` and ``summary`` are filled by the cross-source
    analyses; a section that was not requested stays ``None`` and is left out of JSON.
    """

    articles: list[dict[str, Any]]
    summary: list[dict[str, Any]]
    words: int
    claims: list[dict[str, Any]] | None = None
    quotes: list[dict[str, Any]] | None = None
    timeline: list[dict[str, Any]] | None = None
    overlap: dict[str, Any] | None = None
    entities: list[dict[str, Any]] | None = None
    warnings: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # article id -> cleaned text

    @property
    def summary_text(self) -> str:
        """The summary as plain text, one sentence per line (how ROUGE-Lsum wants it)."""
        return "\n".join(s["text"] for s in self.summary)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The JSON form. ``include_text`` adds each article's cleaned text (for pages that
        show the cited sentence in its article); batch output leaves it out to stay small."""
        articles = self.articles
        if include_text:
            articles = [{**a, "text": self.texts.get(a["id"], "")} for a in articles]
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "articles": articles,
            "summary": self.summary,
            "summary_words": self.words,
        }
        for name in ("claims", "quotes", "timeline", "overlap", "entities"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.warnings:
            out["warnings"] = self.warnings
        return out

    def to_json(self, indent: int | None = 2, include_text: bool = False) -> str:
        import json

        return json.dumps(self.to_dict(include_text), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Brief":
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} brief (schema is {data.get('schema')!r})")
        return cls(
            articles=data["articles"],
            summary=data["summary"],
            words=data.get("summary_words", 0),
            claims=data.get("claims"),
            quotes=data.get("quotes"),
            timeline=data.get("timeline"),
            overlap=data.get("overlap"),
            entities=data.get("entities"),
            warnings=data.get("warnings", []),
            texts={a["id"]: a["text"] for a in data["articles"] if "text" in a},
        )
