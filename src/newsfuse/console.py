"""The ``newsfuse`` command's entry point: signal handling first, everything else after.

Importing the CLI takes a few hundred milliseconds (typer, numpy, the readers); a Ctrl-C or
SIGTERM in that time must end as quietly as one later on. The collector is paused while it
imports (``collector.paused``): the modules live as long as the process.
"""

import errno
import io
import os
import sys

from . import interrupts
from .collector import paused


class ClosedOutput(io.TextIOBase):
    """Standard output for a process started without one (``newsfuse brief x >&-``): each
    write fails as a write to a closed descriptor does, so a command says it cannot write its
    output (exit 1) instead of losing it unsaid or failing on ``None``."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def stand_in_for_closed_streams() -> None:
    """Standard streams the process was started without (a closed descriptor 0, 1 or 2: a
    shell's ``>&-``, a daemon or cron job that closed them). Python sets them to None, and a
    brief to standard output ended with "internal error: AttributeError" and a traceback at
    exit. Each closed descriptor is held open on the null device, so that no file opened later
    (the store's database, a helper's pipe) takes its number and receives what a child process
    prints; standard input then reads as empty, standard output is ``ClosedOutput``, standard
    error discards (there is nowhere to say anything)."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            held = os.open(os.devnull, os.O_RDWR)  # the lowest free number: ``fd`` itself
            if held != fd:
                os.close(held)
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = ClosedOutput()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")


def main() -> None:
    stand_in_for_closed_streams()
    interrupts.install()
    try:
        with paused():
            from .cli import main as cli_main
    except interrupts.STOP as exc:
        interrupts.leave(exc)
    except Exception:  # numpy's C import turns an interrupt into ImportError
        if interrupts.pending() is None:
            raise
        interrupts.leave(interrupts.pending())
    cli_main()
