"""One run at a time on a file: the claim that ``batch`` (its resumable --out file) and the
corpus store (``group``'s store) both take.

Why one place: both guard against a second run started meanwhile (a cron job overlapping the
last), and both need the same three answers from the system: the claim is taken, another
process holds it, or this system cannot lock files (no ``fcntl``, as on Windows, or a file
system without locks), where runs go unguarded as before. An exclusive ``flock`` is released by
the kernel when the process ends however it ends, so a killed run never blocks its rerun.
"""

from __future__ import annotations

try:
    import fcntl
except ImportError:  # Windows: runs are not guarded
    fcntl = None

AVAILABLE = fcntl is not None  # whether this system can claim a file at all


def claim(handle) -> bool:
    """Take an exclusive lock on ``handle``'s file without waiting, held until the handle is
    closed. False when another process holds it; True when taken, and also where files cannot
    be locked (nothing to guard with, so nothing refused)."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks: unguarded
        return True
    return True
