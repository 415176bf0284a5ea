"""Keeping Python's cyclic garbage collector off objects that live as long as the process.

A cold brief imports a few hundred modules (numpy, typer, spaCy, thinc, pydantic) and loads
spaCy's model: about a million objects that live as long as the process. Left on, the collector
keeps walking them as they pile up: 0.06-0.08 s of a cold brief's CPU in 120 collections (all
threads, ``gc.callbacks``, three runs). ``paused`` turns automatic collection off around a step
that builds only long-lived objects (importing) and then freezes what exists out of every later
collection (``gc.freeze``); ``freeze`` does the last part alone, after a step that builds
long-lived objects and some garbage (``spacy.load``), which therefore runs with collection on:
its young collections are cheap once everything imported before it is frozen. Frozen objects
are never walked again, in a brief or in a server that runs for days; the price is that cyclic
garbage present at that moment is never freed, a one-off and small (about 4,500 objects,
under 1 MB, in a cold brief).

Collection is turned off with a zero threshold as well as ``gc.disable()``: srsly (spaCy's
serialiser) wraps every msgpack read in ``gc.disable()`` / ``gc.enable()``, which used to switch
the collector back on in the middle of a pause that spanned ``spacy.load``; it never touches the
thresholds. With the command line's imports and spaCy's import paused, and the load frozen
after it: 0.02 s in 95 collections.
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


def freeze() -> None:
    """Freeze every object that exists now out of later collections (``gc.freeze``), without
    collecting first: a collection here would walk everything built since the last pause."""
    gc.freeze()
