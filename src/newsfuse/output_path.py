"""The file an ``--out`` names, checked before any work is done.

Why here: every command that writes a file (brief, batch, group, stories, eval --json,
train-scorer) takes its name as text, and text says more than the ``Path`` made of it:
``Path("newdir/")`` is ``newdir``, so ``--out newdir/`` wrote a file called ``newdir``.
``--out`` names a file, as ``-o`` does for curl and cp: a name that names a folder (ending in
``/``, or an existing folder) is refused with a file name to use instead, not guessed at, since
batch and group resume the file they are given and a guessed name would be one the next run
could not know. A name under a regular file (``notes.txt/brief.json``) is refused before the
work, naming the file in the way; the system's own word for it was "File exists".
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import UsageError


def output_file(raw: str, example: str, option: str = "--out") -> Path:
    """``raw`` (an ``--out`` value as typed) as the file to write, or one ``UsageError`` that
    says what to give instead; ``example`` is a file name that fits the command."""
    if not raw:
        raise UsageError(option, f"an empty name is not a file; give one, such as {example}")
    seps = tuple(s for s in (os.sep, os.altsep) if s)
    if raw.endswith(seps) or os.path.basename(raw) in (".", "..") or os.path.isdir(raw):
        how = ("is a folder" if os.path.isdir(raw) else
               "names a folder (it ends with '/')" if raw.endswith(seps) else "names a folder")
        raise UsageError(raw, f"{option} {how}; it takes a file name, such as "
                              f"{os.path.join(os.path.normpath(raw), example)}")
    path = Path(raw)
    blocked = _blocked(path)
    if blocked is not None:
        raise UsageError(raw, blocked)
    return path


def file_in_the_way(path: Path) -> Path | None:
    """The first folder of ``path`` that exists and is not a folder (a regular file, a device),
    where the file could not be made; None when there is none."""
    for parent in reversed(Path(os.path.abspath(path)).parents):
        try:
            if parent.exists() and not parent.is_dir():
                return _as_given(parent, path)
        except OSError:  # a name too long, a folder that cannot be searched: the write says
            return None
    return None


def _as_given(parent: Path, path: Path) -> Path:
    """``parent`` relative, when ``path`` was (the user's words, not the absolute path)."""
    if path.is_absolute():
        return parent
    try:
        return parent.relative_to(Path.cwd())
    except ValueError:
        return parent


def write_error(path, exc: OSError) -> str:
    """Why ``path`` could not be written, in one phrase: the file in the way when there is one
    (the system's "File exists" or "Not a directory" names nothing), else the system's words."""
    return _blocked(Path(path)) or f"cannot write ({exc.strerror or exc})"


def _blocked(path: Path) -> str | None:
    """The refusal of a path under a file, before the work and after a failed write alike."""
    blocking = file_in_the_way(path)
    return None if blocking is None else f"cannot write: {blocking} is a file, not a folder"
