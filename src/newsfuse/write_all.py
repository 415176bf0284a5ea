"""Text written to its last byte on a stream that may be a pipe.

Why its own module: the command's output (cli) and the helper process's replies (sidecar)
both go into pipes, and the helper must not import the command line to write one line.
"""

from __future__ import annotations

import os


def write_all(stream, text: str) -> None:
    """``text`` on ``stream`` to its last byte. Python's buffered writer drops what a pipe has
    not yet taken when the process is stopped and continued in the middle of the write (Ctrl-Z
    and fg, SIGSTOP and SIGCONT): a brief whose JSON waited in a full pipe ended with status 0
    and its output cut at the pipe's size. ``os.write`` says how much it wrote, and the rest
    is written again. Where the stream has no descriptor (a test's capture) or newlines are
    translated (Windows), the stream writes it."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # io.UnsupportedOperation is both
        fd = None
    if fd is None or os.name != "posix":
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    data = memoryview(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    while data:
        data = data[os.write(fd, data):]
