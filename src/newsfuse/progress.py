"""What a long brief says while it works.

A brief of a few hundred reports takes minutes (a 3 MB input, 490,000 words: several minutes
of CPU, docs/measurements.md), most of it after the parse, in the sections. A bar that counts
only the parse and then stands still looks like a hang, so the brief names each step as it
starts: the parse counted in paragraphs against their total, then each section by name with
the time it has taken so far. ``Progress`` is what the pipeline calls; the base says nothing,
so the library, batch workers and the web service pay for nothing. ``TerminalProgress`` draws
it on a terminal (rich's live display, which redraws its clock on its own thread while a
section runs without reporting).
"""

from __future__ import annotations

from typing import Any, Callable

# what each step of a brief is doing, in a reader's words (the section names are the JSON's)
STEP_NAMES = {
    "models": "loading the language models",
    "parse": "parsing paragraphs",
    "sentences": "splitting sentences",
    "overlap": "overlap: which reports copy each other",
    "entities": "entities: people, organisations, places",
    "quotes": "quotes: who said what",
    "summary": "summary",
    "claims": "claims: figures and who gives them",
    "timeline": "timeline: dated events",
}


class Progress:
    """The steps of one brief, reported as they start; this base reports nothing.

    ``begin(step, total)`` starts a step (``total`` units when it counts them, else None);
    ``advance(n)`` counts units of the current step; calling the object is ``advance``, the
    form ``analyze`` and older callers use."""

    def begin(self, step: str, total: int | None = None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def __call__(self, n: int = 1) -> None:
        self.advance(n)

    def close(self) -> None:
        pass


def as_progress(progress: Progress | Callable[[int], Any] | None) -> Progress:
    """A ``Progress`` for any of the forms callers pass: None, a counting callable, a Progress."""
    if isinstance(progress, Progress):
        return progress
    if progress is None:
        return Progress()
    counted = Progress()
    counted.advance = progress  # type: ignore[method-assign]
    return counted


class TerminalProgress(Progress):
    """The steps on a terminal's standard error, cleared when the brief ends."""

    def __init__(self, file) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bars, SpinnerColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)

        self._bars = Bars(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                          MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                          console=Console(file=file), transient=True)
        self._task = None
        self._bars.start()

    def begin(self, step: str, total: int | None = None) -> None:
        if self._task is not None:
            self._bars.remove_task(self._task)
        self._task = self._bars.add_task(STEP_NAMES.get(step, step), total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._bars.advance(self._task, n)

    def close(self) -> None:
        self._bars.stop()
