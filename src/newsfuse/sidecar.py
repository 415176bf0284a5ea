"""A helper process for a cold brief: the Python start-up work that threads cannot overlap.

A cold brief of the example articles spends most of its time in Python on the main thread
(spaCy's import and load, the parse's Python parts, the sections' rules), and Python runs one
thread at a time. The other models a brief loads beside spaCy need Python to get ready:
dateparser's first reading compiles its timezone and English regexes (about 0.2 s of CPU),
langid's model is unpickled (about 0.1 s), and MiniLM's ONNX Runtime and tokenizer are imported
(about 0.15 s; the session itself is built in native code). On threads
(``nlp.preload_encoder``, ``timeline.preload``, ``language.preload``) that work took the
interpreter lock from the main thread while spaCy imported and loaded, so it added to the
brief's wall time although the second core was idle. A second process has its own interpreter:
it makes them ready on the other core, and the brief asks it for each encoder run, date reading
and the articles' languages (a line of JSON each way, about a dozen per brief; the vectors come
back as their float32 bytes). Measured on the example brief: 0.13 to 0.5 s less wall per round
(docs/measurements.md, "Tenth session").

Only the command line's brief of input files uses it (``enable``), and only when a section it
runs needs spaCy's parse: one brief per process, where start-up is the cost, and threads that
would compete with spaCy's import and load. A summary-only brief never imports spaCy, and
there the helper's own start (an interpreter and numpy) came later than the langid model on a
thread (0.76 against 0.51 s wall, 8 alternating runs at load 3.8). The Python API, ``batch``
and the server keep the threads, whose models stay warm for every later brief of the
process. The answers are the same functions' answers
(``SentenceEncoder.encode``, ``crosscheck.date_reading.reading``, the langid model
``language.detect_language`` reads), and when the process cannot be started or stops
answering, the brief computes them itself as before.

The process is started in a session of its own, so a terminal's Ctrl-C reaches only the brief,
which handles it; it ends when its input closes: when the brief exits, and at the latest when
the brief's process is gone. The brief waits for it at exit, so its CPU time counts in the
brief's (``os.wait4`` of the command, as ``bench/bench_cold_brief.py`` reads it).

A helper that hangs rather than dies (a reading that never ends, a deadlock, a stopped
process, a full pipe it no longer reads) must not hang the brief, so each question has a
deadline (``deadline``): past it the helper is killed and the brief computes that answer and
every later one itself, the same answers. The deadline is far above the slowest answer seen,
since a deadline missed by a helper that was only slow costs the brief its own loading (about
a second) and changes nothing else, while one that fires only after a long wait costs that
wait once: 15 s for any answer (the first one can queue behind the helper's start and its
warm-ups: 1.5 to 2.3 s from the spawn at load 3.3 to 3.8), plus 0.25 s for each text of an encoder run
(MiniLM took 26 ms a text for 100 and for 1,000 sentences at that load).
"""

from __future__ import annotations

import atexit
import json
import os
import selectors
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, Callable

from .write_all import write_all

NOT_SERVED = object()  # ``ask``'s answer when there is no helper: compute it here
ANSWER_SECONDS = 15.0  # the most any answer may take (see the module docstring)
SECONDS_PER_TEXT = 0.25  # and more for each text the helper encodes
# once a reply has begun to come, the most its next part may take, past the deadline too: a
# reply larger than a pipe holds waits in the helper's write for the reader, who may come late
PART_SECONDS = 1.0

_enabled = False
_lock = threading.Lock()
helper_process: subprocess.Popen | None = None
helper_failed = False
_tasks: set[str] = set()  # what the helper has been asked to make ready


def enable() -> None:
    """Let this process's preloads use a helper process (the command line's brief), and start
    it now: its interpreter and numpy start before the preloads ask it for anything."""
    global _enabled
    _enabled = True
    with _lock:
        _ensure_process()


def _ensure_process() -> bool:
    """The helper is running, or it cannot be (then never tried again). Holds ``_lock``."""
    global helper_process, helper_failed
    if helper_failed:
        return False
    if helper_process is None:
        try:
            if not sys.executable:  # an embedded interpreter: nothing to start
                raise OSError("no Python executable to start")
            helper_process = spawn_helper()
        except (OSError, ValueError):
            helper_failed = True
            return False
        atexit.register(stop_helper)
    return True


def start(task: str) -> bool:
    """Have the helper make ``task`` ready ("encoder", "dates" or "languages"), starting it first
    if needed. False when helpers are not enabled or it cannot be started: the caller then
    preloads on a thread as before."""
    if not _enabled:
        return False
    with _lock:
        if not _ensure_process():
            return False
        if not _send(["warm", task]):
            return False
        _tasks.add(task)
        return True


def serves(task: str) -> bool:
    """Whether the helper holds ``task`` (started, and answering so far)."""
    return task in _tasks and helper_process is not None and not helper_failed


def ask(name: str, *args: Any) -> Any:
    """The helper's answer to ``name(*args)``, or ``NOT_SERVED`` when there is no helper or it
    has stopped answering, within its deadline or at all (then it is stopped and never asked
    again)."""
    return _sent(name, args)()


def ask_ahead(name: str, *args: Any) -> Callable[[], Any]:
    """Send ``name(*args)`` to the helper now; the function returned gives ``ask``'s answer when
    called, waiting for it if the helper is not done. The helper works on the question while
    this process goes on (the timeline's sentence embeddings while the claims run, see
    ``Cluster.embed_ahead``) instead of this process waiting for it later. Its deadline runs
    from now; a reply already received is read however late it is read."""
    return _sent(name, args)


def _sent(name: str, args: tuple) -> Callable[[], Any]:
    """Send a question, once every earlier one's reply has been read: the helper answers in
    order, so a later question is never answered sooner for being sent before those replies
    are read, its deadline counts from a helper with nothing else to do, and with one question
    out at a time neither side waits on a pipe the other has filled (a long encoder run's reply
    is larger than a pipe holds)."""
    with _lock:
        while _unread:
            _read_reply()
        if helper_process is None or helper_failed:
            return _not_served
        by = time.monotonic() + deadline(name, args)
        if not _send([name, *args], by):
            return _not_served
        question = _Question(by)
        _unread.append(question)
    return question.answer


def _not_served() -> Any:
    return NOT_SERVED


class _Question:
    """A question sent to the helper: its deadline (monotonic) and, once read, its reply (None
    when none came)."""

    def __init__(self, by: float) -> None:
        self.by = by
        self.reply: Any = _UNREAD

    def answer(self) -> Any:
        with _lock:
            while self.reply is _UNREAD:
                _read_reply()
            return self.reply["answer"] if isinstance(self.reply, dict) else NOT_SERVED


def _read_reply() -> None:
    """Read the reply of the oldest question not read yet. Holds ``_lock``."""
    global helper_failed
    oldest = _unread.popleft()
    if helper_process is None or helper_failed:
        oldest.reply = None  # stopped or failed: it will not be answered
        return
    try:
        line = _readline(oldest.by) if _written() else b""
        reply = json.loads(line) if line else None
    except (OSError, ValueError):
        reply = None
    except BaseException:  # an interrupt while waiting: its reply would answer the next question
        helper_failed = True
        oldest.reply = None
        raise
    if not isinstance(reply, dict) or "answer" not in reply:
        _give_up()
        reply = None
    oldest.reply = reply


_UNREAD = object()
_unread: deque[_Question] = deque()  # sent, reply not read yet, oldest first


def deadline(name: str, args: tuple) -> float:
    """Seconds the helper may take to answer ``name(*args)``: see the module docstring."""
    texts = len(args[0]) if name == "encode" and args and isinstance(args[0], list) else 0
    return ANSWER_SECONDS + SECONDS_PER_TEXT * texts


def _send(message: list, by: float | None = None) -> bool:
    """Write one line to the helper, by the monotonic time ``by`` (a warm-up: in
    ``ANSWER_SECONDS``): a helper that no longer reads leaves a long question in a full pipe.
    A question (``by`` given) does not wait for the helper to read it: what the pipe does not
    take at once is written on a thread (``_Rest``), so the brief goes on while the helper is
    still busy (starting, warming up). The languages of 60 articles (90 kB of samples) asked
    ahead waited 0.25 s for the helper's warm-ups at load 1, the time the question was asked
    ahead to save; a stopped helper held it until the deadline."""
    if not _written():  # the rest of the question before: lines go out whole and in order
        return False
    data = memoryview((json.dumps(message) + "\n").encode("utf-8"))
    question = by is not None
    by = time.monotonic() + ANSWER_SECONDS if by is None else by
    try:
        fd = helper_process.stdin.fileno()
        while data and _ready(fd, time.monotonic(), write=True):  # what goes without waiting
            data = data[os.write(fd, data):]
        if data and question:
            global _rest
            _rest = _Rest(fd, data, by)
            _rest.start()
            return True
        while data:
            if not _ready(fd, by, write=True):
                _give_up()
                return False
            data = data[os.write(fd, data):]
        return True
    except (OSError, ValueError):
        _give_up()
        return False


class _Rest(threading.Thread):
    """The part of a question the pipe did not take at once, written by the question's
    deadline. It never takes ``_lock``: whoever next writes to the helper or reads its reply
    waits for it first (``_written``)."""

    def __init__(self, fd: int, data: memoryview, by: float) -> None:
        super().__init__(name="newsfuse-helper-question", daemon=True)
        self.fd, self.data, self.by, self.ok = fd, data, by, False

    def run(self) -> None:
        try:
            while self.data:
                if not _ready(self.fd, self.by, write=True):
                    return
                self.data = self.data[os.write(self.fd, self.data):]
            self.ok = True
        except (OSError, ValueError):  # the helper was ended (a broken pipe) or its input closed
            pass


_rest: _Rest | None = None  # the thread writing the rest of the last question, if any


def _written() -> bool:
    """Wait for the rest of the last question to be written; False (and the helper given up)
    when it could not be by its deadline. Holds ``_lock``."""
    global _rest
    rest, _rest = _rest, None
    if rest is None:
        return True
    rest.join()
    if not rest.ok:
        _give_up()
    return rest.ok


_received = bytearray()  # what the helper has sent beyond the last whole line read


def _readline(by: float) -> bytes:
    """The helper's next line, or b"" if it closes its output or sends none by ``by`` (or, once
    a line has begun, none of its next part within ``PART_SECONDS``)."""
    fd = helper_process.stdout.fileno()
    while b"\n" not in _received:
        if not _ready(fd, by, write=False):
            return b""
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b""
        _received.extend(chunk)
        by = max(by, time.monotonic() + PART_SECONDS)
    end = _received.index(b"\n") + 1
    line = bytes(_received[:end])
    del _received[:end]
    return line


def _ready(fd: int, by: float, write: bool) -> bool:
    """Whether ``fd`` can be read (or written) before the monotonic time ``by``. The wait wakes
    for a signal, whose handler raises in the main thread (``interrupts``); a platform that
    cannot wait on a pipe raises OSError, and the brief answers itself."""
    left = max(0.0, by - time.monotonic())  # past it: only what is there already (a reply read late)
    with selectors.DefaultSelector() as selector:  # not select.select: no limit on the fd's number
        selector.register(fd, selectors.EVENT_WRITE if write else selectors.EVENT_READ)
        return bool(selector.select(left))


def _give_up() -> None:
    """The helper failed to take a question or answer it in time: kill it (one that hangs
    would not exit on a closed input either) and answer everything here from now on. Holds
    ``_lock``."""
    global helper_failed
    helper_failed = True
    _tasks.clear()
    if helper_process is not None and helper_process.poll() is None:
        try:
            helper_process.kill()
            helper_process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass


def spawn_helper() -> subprocess.Popen:
    """The helper process, its input a non-blocking pipe. Raises OSError where a pipe cannot
    be waited on by a deadline (Windows: ``select`` takes only sockets, and ``os.set_blocking``
    is missing before Python 3.12, which made every parsing brief there an internal error):
    the brief then answers everything itself, as with no helper."""
    if os.name != "posix" or not hasattr(os, "set_blocking"):
        raise OSError("the helper's deadlines need POSIX pipes")
    package_root = str(Path(__file__).resolve().parent.parent)  # where this newsfuse is
    path = os.environ.get("PYTHONPATH")
    env = dict(os.environ, PYTHONPATH=package_root + (os.pathsep + path if path else ""))
    process = subprocess.Popen([sys.executable, "-m", "newsfuse.sidecar"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                               bufsize=0, start_new_session=True)
    try:
        os.set_blocking(process.stdin.fileno(), False)  # ``_send`` writes what the pipe takes, by a deadline
    except OSError:
        process.kill()  # not left running unasked
        process.wait()
        raise
    return process


def stop_helper() -> None:
    """Close the helper's input (it then exits) and wait for it. With a reply not read (a run
    asked ahead, when an interrupt ends the brief first) the helper is ended at once: nobody
    wants its answer, and a long run's reply would hold it writing into a full pipe until the
    wait gave up (2 s)."""
    global helper_process, _rest
    process, helper_process = helper_process, None
    _tasks.clear()
    _received.clear()
    unread = bool(_unread)
    for question in _unread:
        question.reply = None
    _unread.clear()
    if process is None:
        return
    try:
        if unread:
            process.kill()
        rest, _rest = _rest, None
        if rest is not None:  # ends at once once the helper is gone: its input is then closed
            rest.join()
        process.stdin.close()
        process.wait(timeout=2)
    except (OSError, ValueError, subprocess.TimeoutExpired):
        process.kill()
        process.wait()


# --- the helper's side ----------------------------------------------------------------------

_warming: list[threading.Thread] = []


def _warm(task: str) -> None:
    if task == "encoder":  # mostly native work: on a thread, beside the other tasks' Python
        from .nlp.encoder import local_encoder

        thread = threading.Thread(target=local_encoder, daemon=True)
        thread.start()
        _warming.append(thread)
    elif task == "dates":
        from .crosscheck.date_reading import WARM_UP, reading

        reading(*WARM_UP)
    elif task == "languages":
        from .language import identifier

        identifier()


def _answer(name: str, args: list) -> Any:
    if name == "date":
        from datetime import date

        from .crosscheck.date_reading import reading

        text, base, prefer, periods = args
        day = reading(text, date.fromisoformat(base), prefer, tuple(periods))
        return day.isoformat() if day else None
    if name == "encode":
        from .nlp.encoder import local_encoder, vectors_as_text

        return vectors_as_text(local_encoder().encode(args[0]))
    if name == "language":
        from .language import identifier

        code, probability = identifier().classify(args[0])
        return [code, float(probability)]
    if name == "languages":  # several articles' samples in one question (``languages_ahead``)
        from .language import identifier

        return [[code, float(probability)] for code, probability in map(identifier().classify, args[0])]
    raise ValueError(f"unknown question {name!r}")


def serve(lines=None, out=None) -> None:
    """Answer each line of JSON on ``lines`` (standard input) with one on ``out``: ``["warm",
    task]`` makes a task ready and is not answered; ``[name, *args]`` is answered with
    ``{"answer": ...}``, or ``{"error": ...}`` when it fails (the brief then computes it)."""
    lines = sys.stdin if lines is None else lines
    out = sys.stdout if out is None else out
    import numpy  # noqa: F401 - every task needs it: imported while the brief has nothing to ask

    for line in lines:
        message = json.loads(line)
        if message[0] == "warm":
            try:
                _warm(message[1])
            except Exception:  # noqa: BLE001 - the brief computes it itself, and says why
                pass
            continue
        try:
            reply = {"answer": _answer(message[0], message[1:])}
        except Exception as exc:  # noqa: BLE001
            reply = {"error": repr(exc)}
        write_all(out, json.dumps(reply) + "\n")  # whole even if stopped and continued in a full pipe
    for thread in _warming:  # the interpreter must not exit under ONNX Runtime's session build
        thread.join()


if __name__ == "__main__":
    serve()
    sys.stdout.flush()
    os._exit(0)  # nothing to tidy, and the brief waits for this exit: no teardown of the models
