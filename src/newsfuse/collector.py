"""Pausing Python's cyclic garbage collector while long-lived objects are built.

A cold brief imports a few hundred modules (numpy, typer, spaCy, thinc, pydantic) and loads
spaCy's model: about a million objects that live as long as the process, and hardly any
garbage. Left on, the collector keeps walking them as they pile up. ``paused`` turns automatic
collection off around such a step and then freezes what was built out of every later
collection (``gc.freeze``): the objects are never walked again, in a brief or in a server that
runs for days. The price is that cyclic garbage present at that moment is never freed, a
one-off and small. The command line pauses it while it imports (``console.main``) and the
spaCy loader while spaCy imports and loads (``nlp.spacy_pipeline``).

Collection is turned off with a zero threshold as well as ``gc.disable()``: srsly (spaCy's
serialiser) wraps every msgpack read in ``gc.disable()`` / ``gc.enable()``, which switched the
collector back on in the middle of ``spacy.load``, and the next collection walked everything
imported since the pause began (0.04 s of CPU in one collection); srsly never touches the
thresholds. Measured with ``gc.callbacks`` and the main thread's CPU clock over a cold brief of
the example articles: 0.05-0.06 s in collections before (99 young and 9 middle collections),
0.01 s after (45 and 4), three runs each.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_pauses = 0
_was_enabled = False
_thresholds: tuple[int, ...] = ()


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block; what exists at its end is frozen.

    Nested or concurrent pauses (threads) restore the collector only when the last one ends,
    and leave it disabled if it was disabled before the first."""
    global _pauses, _was_enabled, _thresholds
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            _thresholds = gc.get_threshold()
            gc.disable()
            gc.set_threshold(0)
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0:
                gc.freeze()
                gc.set_threshold(*_thresholds)
                if _was_enabled:
                    gc.enable()
                else:
                    gc.disable()
