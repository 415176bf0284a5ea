"""The ``newsfuse`` command's entry point: signal handling first, everything else after.

Importing the CLI takes a few hundred milliseconds (typer, numpy, the readers); a Ctrl-C or
SIGTERM in that time must end as quietly as one later on. The collector is paused while it
imports (``collector.paused``): the modules live as long as the process.
"""

from . import interrupts
from .collector import paused


def main() -> None:
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
