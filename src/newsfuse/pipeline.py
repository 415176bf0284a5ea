"""The one call every face uses: inputs -> articles -> Cluster -> Brief.

The CLI, the Python API, batch and the HTTP service all go through ``brief_articles`` so they
cannot drift apart. Sections a caller does not ask for are not computed, and NER is skipped
when no requested section needs it (summary-only batch runs are the common big job).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from .analyze import analyze, assign_ids, cut_runs_warning
from .clean import clean_articles
from .errors import InputError, UsageError, check_choice, kind_of
from .language import language_warning, preload as preload_language_model, stray_warning
from .model import DEFAULT_WORDS, Article, Brief, word_count
from .progress import Progress, as_progress
from .readers import read_numbered
from .summarize import DEFAULT_SCORER, check_scorer, summarize, why_empty



@dataclass(frozen=True)
class Section:
    """One analysis a brief may include, and what it needs from the analysis pass.

    ``needs`` is declared, not discovered: "parse" (spaCy's parse and entities), "encoder"
    (MiniLM, loaded before the parse so the two do not contend), "copies" (the overlap
    analysis, computed on demand through ``Cluster.copies``), "english" (its rules are English:
    it reads only the English articles, ``Cluster.english_view``), "figure-linker" (the
    shipped model that links two reports' figures, src/newsfuse/data/figure_links.*, read
    before the parse so a missing or stale model fails at once). No section reads anything
    another section wrote, so its output is the same whichever sections are requested.
    """

    name: str
    target: str  # "module:function"; the function takes a Cluster and returns plain data
    needs: frozenset[str] = frozenset()
    # "module:function" run on the same Cluster before any section runs, to start slow work
    # the section will read, elsewhere (the timeline's sentence embeddings, on a cold brief's
    # helper process); it changes nothing the section computes, only when it is computed
    ahead: str = ""

    def load(self) -> Callable[[Any], Any]:
        """The function ``target`` names, its module imported now (a brief imports only the
        sections it runs). Public for code that runs one section alone on a Cluster, as
        ``bench/scale_crosscheck.py`` times each."""
        return _resolve(self.target)


SECTIONS: dict[str, Section] = {s.name: s for s in (
    Section("overlap", "newsfuse.crosscheck.overlap:find_overlap"),
    Section("claims", "newsfuse.crosscheck.claims:find_claims",
            frozenset({"parse", "encoder", "copies", "english"})),
    Section("quotes", "newsfuse.crosscheck.quotes:find_quotes",
            frozenset({"parse", "copies", "english"})),
    Section("timeline", "newsfuse.crosscheck.timeline:build_timeline",
            frozenset({"parse", "encoder", "copies", "english"}), ahead="newsfuse.crosscheck.timeline:embed_ahead"),
    Section("entities", "newsfuse.crosscheck.entities:find_entities", frozenset({"parse", "english"})),
)}
# How the claims section decides which figures of two reports are one quantity (--figures):
# "rules", the hand rules alone, which need no model (the default), or "learned", the shipped
# linker (opt-in: on the validation batch it found more of the figures two reports share but
# showed more wrong groups, and it is trained on annotations of Multi-News texts, whose
# agreement allows non-commercial research and educational use only; README, "Licences of the
# trained models").
FIGURE_GROUPINGS: dict[str, Section] = {
    "rules": SECTIONS["claims"],
    "learned": Section("claims", "newsfuse.crosscheck.claims:find_claims_learned",
                       SECTIONS["claims"].needs | {"figure-linker"}),
}
DEFAULT_FIGURES = "rules"
# --sections' choices, as its help and every refusal name them
SECTIONS_HELP = f"all, none, or a comma list of: {', '.join(SECTIONS)}"
NEEDS_NER = {name for name, s in SECTIONS.items() if "parse" in s.needs}
MAX_ARTICLES = 5000
# Every word is held through the analysis pass at once: one 159,000-word article took 54 s
# of CPU and 0.9 GB with every section (2026-12-01); a 50 MB text file (8.4 million words)
# was still running after 5 minutes with the summary alone, and would need about 45 minutes
# of CPU and tens of GB with every section. 500,000 words is
# several hundred full reports, more than one story needs; a stream that size is grouped.
MAX_WORDS = 500_000


def available_sections() -> list[str]:
    """Sections whose analysis module is present in this install."""
    out = []
    for name, section in SECTIONS.items():
        module = section.target.split(":")[0]
        try:
            importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        out.append(name)
    return out


# The checks below name the value as the Python API's keyword does by default; the command
# line passes its option (--sections) and the HTTP API its JSON key, so each face's caller
# reads the name it wrote, from the one check every face shares.

def parse_sections(value: str, name: str = "sections") -> list[str]:
    """'all', 'none' or a comma list (the command line's --sections, also accepted by the
    Python API and the HTTP API) as section names; an unknown name is kept for the caller to
    refuse."""
    given, value = value, value.strip().lower()
    if value == "all":
        return available_sections()
    if value in ("none", "summary", ""):
        return []
    names = list(dict.fromkeys(s.strip() for s in value.split(",") if s.strip()))
    if not names:  # ',,' is a list with nothing in it, not a way to write 'none'
        raise UsageError(name, f"{given!r} names no section; use {SECTIONS_HELP}")
    return names


def check_figures(figures: str, name: str = "figures") -> str:
    return check_choice(name, figures, tuple(FIGURE_GROUPINGS), "a figure grouping")


def check_sections(names, name: str = "sections") -> list[str]:
    """``names`` when each is a section, refused at the first that is not in the words every
    face uses for a wrong choice (``errors.check_choice``)."""
    for section in names:
        check_choice(name, section, tuple(SECTIONS), "a section")
    return list(names)


def check_words(words: int, name: str = "words") -> int:
    """A summary length a brief can be cut to: a whole number, at least 10 (a shorter cut holds
    no sentence the selection weighs)."""
    if not isinstance(words, int) or isinstance(words, bool):
        raise UsageError(name, f"{words!r} is not a whole number")
    if words < 10:
        raise UsageError(name, f"a summary of {words} words is too short; use at least 10")
    return words


def _resolve(target: str):
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def prepare_cluster(inputs: list[Any], entities: bool = True, progress=None,
                    places: Sequence[int] | None = None):
    """Read (if needed), clean and analyse: the Cluster every analysis reads, and warnings.

    ``places``: each article's place among the inputs as the reader found them
    (``readers.Reading.places``), which numbers it; without them Articles are numbered in the
    order passed."""
    articles = [a if isinstance(a, Article) else None for a in inputs]
    read_warnings: list[str] = []
    if any(a is None for a in articles):
        if places is not None:
            raise ValueError("places are given with articles read already, not with inputs to read")
        reading = read_numbered(inputs, lenient=False)
        articles, places, read_warnings = reading.articles, reading.places, reading.warnings
    if not articles:
        raise InputError("input", "no articles to brief")
    if len(articles) > MAX_ARTICLES:
        raise InputError("input", f"{len(articles)} articles in one cluster; the limit is "
                                  f"{MAX_ARTICLES}. Group them into stories first.")
    _check_size(articles)
    # every input numbered before cleaning, so a dropped input's number stays its own; an Article
    # a caller passes is numbered whatever id a brief before gave it
    assign_ids(articles, places if places is not None else range(1, len(articles) + 1))
    articles, warnings = clean_articles(articles)
    warnings = read_warnings + warnings
    if not articles:
        raise InputError("input", "no article has any reporting left after cleaning; " + "; ".join(warnings))
    cluster = analyze(articles, entities=entities, progress=progress)
    from .nlp.casing import case_warning  # read by the analysis pass already; not at import

    checks = (cut_runs_warning(cluster), language_warning(cluster.articles), case_warning(cluster.articles),
              stray_warning(cluster))
    return cluster, warnings + [w for w in checks if w]


def _check_size(articles: list[Article]) -> None:
    """Refuse, before any analysis, a cluster with more words than one brief can hold."""
    counts = [a.words for a in articles]
    total = sum(counts)
    if total <= MAX_WORDS:
        return
    longest = max(range(len(articles)), key=counts.__getitem__)
    article = articles[longest]
    if len(articles) == 1:
        where = article.path or article.title or "one article"
    else:
        # a feed's articles share their file's path: name the article within it (before, a
        # 10 MB feed was refused as "many.jsonl alone has 4,072", as if the file had 4,072)
        shared = article.path is not None and sum(a.path == article.path for a in articles) > 1
        name = (f"{article.title!r} in {article.path}" if shared and article.title else
                f"article {longest + 1} of {article.path}" if shared else
                article.path or article.title or f"article {longest + 1}")
        where = f"{len(articles):,} articles; the longest, {name}, has {counts[longest]:,}"
    raise InputError("input", f"{total:,} words to brief ({where}); the limit is {MAX_WORDS:,} words "
                              "(about 3 MB of text) in one brief. Brief fewer or shorter reports, or "
                              "group a stream into stories first ('newsfuse group')")


def brief_articles(articles: list[Article], words: int = DEFAULT_WORDS,
                   sections: Iterable[str] | None = None,
                   progress: Progress | Callable[[int], Any] | None = None,
                   read_warnings: Iterable[str] = (), scorer: str = DEFAULT_SCORER,
                   figures: str = DEFAULT_FIGURES, places: Sequence[int] | None = None) -> Brief:
    """Brief ``articles``; ``read_warnings`` (files skipped while reading) lead the warnings.
    ``places``: where each article stood among the inputs read (``readers.read_numbered``), so
    an input skipped in reading keeps its number; without them, a1, a2, ... in the order given.
    ``progress`` hears each step as it starts (``progress.Progress``; a plain callable counts
    the paragraphs parsed).
    ``scorer`` picks the summary's sentence scorer: ``learned`` or ``heuristic``; ``figures``
    how the claims section groups figures: ``learned`` or ``rules`` (``FIGURE_GROUPINGS``)."""
    check_scorer(scorer)
    check_figures(figures)
    progress = as_progress(progress)
    check_words(words)
    if isinstance(sections, str):
        sections = parse_sections(sections)
    try:
        wanted = available_sections() if sections is None else list(sections)
    except TypeError:  # a number: not a list of names
        raise UsageError("sections", f"{sections!r} is not a list of sections; choose from "
                                     f"{', '.join(SECTIONS)}") from None
    check_sections(wanted)
    chosen = {**SECTIONS, "claims": FIGURE_GROUPINGS[figures]}
    needs = set().union(*(chosen[name].needs for name in wanted))
    progress.begin("models")
    if "encoder" in needs:
        from .nlp import preload_encoder

        preload_encoder()  # claims and timeline ask for embeddings after the parse
    preload_language_model()
    if "figure-linker" in needs:
        _resolve("newsfuse.crosscheck.links:load_linker")()
    if "timeline" in wanted:
        _resolve("newsfuse.crosscheck.timeline:preload")()
    cluster, warnings = prepare_cluster(articles, entities="parse" in needs, progress=progress, places=places)
    result = Brief(articles=[a.meta() for a in cluster.articles], summary=[], words=0,
                   warnings=list(read_warnings) + warnings, texts={a.id: a.text for a in cluster.articles})
    english = cluster.english_view()
    views = {name: english if "english" in chosen[name].needs else cluster for name in wanted}
    for name in wanted:
        if chosen[name].ahead and views[name].articles:
            _resolve(chosen[name].ahead)(views[name])
    # Sections that ask nothing of the encoder, and the summary, run first: where the encoder
    # runs in the helper process, the timeline's run asked ahead is being encoded meanwhile, and
    # the claims' first run, which the helper answers after it, waits less. No section reads
    # another's output, so the order changes no result.
    def run(name: str) -> None:
        progress.begin(name)
        target = views[name]
        setattr(result, name, chosen[name].load()(target) if target.articles else [])

    encoding = [name for name in wanted if "encoder" in chosen[name].needs]
    for name in [n for n in wanted if n not in encoding]:
        run(name)
    progress.begin("summary")
    result.summary = summarize(cluster, words=words, scorer=scorer)
    for name in encoding:
        run(name)
    if not result.summary:
        result.warnings.append(why_empty(cluster, words))
    result.words = sum(word_count(s["text"]) for s in result.summary)
    return result


def brief(inputs: Any, words: int = DEFAULT_WORDS, sections: Iterable[str] | None = None,
          scorer: str = DEFAULT_SCORER, figures: str = DEFAULT_FIGURES) -> Brief:
    """Brief one story from paths, folders, texts, dicts or Articles (see ``readers``).

    A string is read as a path when it names an existing file or folder or is shaped like
    one (``story/``, ``a.txt``, ``./x``); any other string is article text, even a short
    one-line text. To force either: ``pathlib.Path("...")`` is always a path, and
    ``{"text": "..."}`` or ``newsfuse.Article(text="...")`` is always text.
    """
    if isinstance(inputs, (str, bytes, dict, Article)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]  # one input (bytes too: read_numbered then names its type)
    try:
        inputs = list(inputs)
    except TypeError:  # None, a number
        raise InputError("inputs", f"cannot read {kind_of(inputs)}; give a path, text, dict or Article, or a "
                                   "list of them") from None
    reading = read_numbered(inputs)
    return brief_articles(reading.articles, words=words, sections=sections, read_warnings=reading.warnings,
                          scorer=scorer, figures=figures, places=reading.places)
