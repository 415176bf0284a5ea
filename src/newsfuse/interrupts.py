"""Stopping cleanly on Ctrl-C and SIGTERM, for every command that runs long.

Why a module of its own: the same four problems meet every long command (brief, batch,
serve, group), and each has one right answer.

1. SIGTERM kills Python outright by default: no ``finally``, no closed pool, worker
   processes orphaned and the multiprocessing resource tracker warning about "leaked
   semaphore objects". ``install()`` makes SIGTERM (and SIGINT) raise ``Interrupted`` in the
   main thread, so the same cleanup runs for both.
2. Ctrl-C reaches every process of the terminal's process group, so pool workers die with
   their own tracebacks. ``quiet_worker()`` (a pool initializer) makes workers ignore both
   signals and leave the decision to the parent, which terminates them.
3. A signal that lands while a result line is being written can leave half a line.
   ``held()`` blocks the signals for the few microseconds of a write; a signal that arrived
   meanwhile is delivered when the block ends.
4. "terminate called without an active exception": when the interpreter exits while a
   daemon thread is inside C++ code that released the GIL (onnxruntime building its
   session, a spaCy parse in a server worker thread), the thread is killed by
   ``pthread_exit`` as it tries to take the GIL back; the forced unwind crosses a
   ``noexcept`` C++ frame and the C++ runtime aborts the process (exit 134). ``leave()``
   first waits briefly for our own background threads (``newsfuse-*``), and if any other
   thread is still running native code it flushes the output and ends the process with
   ``os._exit``, which does not finalize the interpreter under that thread.

Use in a command::

    from . import interrupts

    interrupts.install()                      # once, in the CLI entry point
    try:
        run_the_work()
    except interrupts.STOP as exc:            # KeyboardInterrupt or Interrupted
        interrupts.leave(exc, "interrupted after 12 of 40 clusters; rerun the same command to resume")

and in a ``multiprocessing`` pool: create it inside ``with interrupts.held((signal.SIGINT,)):``
with ``initializer=interrupts.quiet_worker`` (or call ``quiet_worker()`` first thing in your
own initializer), so workers never see Ctrl-C; wrap each output write in
``with interrupts.held():``. Mark long native work on a non-main thread (a server's worker
thread) with ``with interrupts.native_work():`` so exit waits for it. For a pool of threads
or dask, the same rule holds: catch ``STOP`` in the main thread, stop the workers, ``leave()``.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from typing import Iterator, NoReturn

SIGNALS = (signal.SIGINT, signal.SIGTERM)
BACKGROUND_PREFIX = "newsfuse-"  # name our helper threads so leave() knows it may wait for them
EXIT_DEADLINE = 5.0  # seconds the normal exit after an interrupt may take before it is cut short


class Interrupted(BaseException):
    """The process was asked to stop (SIGINT or SIGTERM). A BaseException, like
    KeyboardInterrupt, so ``except Exception`` in library code does not swallow it."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(signal.Signals(signum).name)

    @property
    def exit_code(self) -> int:
        return 128 + self.signum  # the shell's convention: 130 for SIGINT, 143 for SIGTERM


STOP = (KeyboardInterrupt, Interrupted)
received: int | None = None  # the first signal seen, even if a C extension swallowed its exception


def _raise(signum: int, frame) -> None:
    global received
    received = received or signum
    raise Interrupted(signum)


def _unraisable(hook):
    """An Interrupted raised where Python cannot propagate it (a weakref callback during an
    import, a destructor) is printed as "Exception ignored" and lost. Say nothing and send
    the signal again, from another thread a moment later: ``os.kill`` of our own process
    runs the handler before it returns, so sent from here the new Interrupted would be
    raised inside this hook and lost the same way (seen: a brief that ran to the end after
    SIGTERM). Sent later, the handler raises at the main thread's next ordinary line; if
    that is another callback, this happens again."""
    def handle(unraisable) -> None:
        if isinstance(unraisable.exc_value, Interrupted):
            signum = unraisable.exc_value.signum

            def resend() -> None:
                time.sleep(0.02)
                os.kill(os.getpid(), signum)

            background(resend, "resend-signal")
            return
        hook(unraisable)
    handle.newsfuse = True
    return handle


def install() -> None:
    """SIGINT and SIGTERM raise ``Interrupted`` in the main thread (no-op elsewhere)."""
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in SIGNALS:
        signal.signal(sig, _raise)
    if not getattr(sys.unraisablehook, "newsfuse", False):
        sys.unraisablehook = _unraisable(sys.unraisablehook)


def pending() -> Interrupted | None:
    """The interrupt to act on after an error that may have been a swallowed one (a C
    extension importing under a signal reports ImportError, not Interrupted)."""
    return Interrupted(received) if received else None


def background(target, name: str) -> threading.Thread:
    """Start a daemon thread named ``newsfuse-NAME`` with SIGINT/SIGTERM blocked in it (and
    in the threads it starts, such as onnxruntime's), so the kernel delivers them to the main
    thread: a signal handled on another thread cannot wake a main thread that is waiting."""
    thread = threading.Thread(target=target, name=BACKGROUND_PREFIX + name, daemon=True)
    with held():
        thread.start()
    return thread


def acquire(lock) -> None:
    """``lock.acquire()`` that lets the main thread's signal handlers run while it waits."""
    while not lock.acquire(timeout=0.1):
        pass


def quiet_worker() -> None:
    """Pool initializer: workers ignore Ctrl-C (the parent handles it and terminates them;
    Pool.terminate sends SIGTERM, which keeps its default action here), and end when the
    parent is gone. A parent killed outright (SIGKILL, the OOM killer) terminates nobody, and
    a ``concurrent.futures`` worker waits for ever on a task queue whose writing end it holds
    itself, keeping its loaded models (seen: two workers of 360 MB each left by a killed
    'brief --store --all'). multiprocessing gives each child its parent's sentinel, which
    becomes ready when the parent ends, so the watch costs one thread asleep on it."""
    import multiprocessing

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = multiprocessing.parent_process()
    if parent is None:  # not a multiprocessing child: nothing to watch
        return

    def exit_with_parent() -> None:
        parent.join()
        os._exit(1)  # nobody is left to read a result; nothing of ours to flush

    background(exit_with_parent, "orphan-watch")


@contextmanager
def deferred() -> Iterator[list[int]]:
    """SIGINT and SIGTERM that arrive while the block runs take effect when it ends, through
    the handlers in place before it, never inside it: for a library's start-up that a
    KeyboardInterrupt half-way leaves half built, with warnings of its own at exit (a Dask
    local cluster interrupted while its client connects: "coroutine 'Client._close' was never
    awaited", "12 leaked semaphore objects"). Keep the block short: a Ctrl-C waits for it.
    Unlike ``held()``, which blocks the signal in this thread only, this also catches one
    the kernel gives another thread (the cluster's own threads do not block it). The block
    gets the signals held so far, so a wait inside it can end early when one came: a wait
    that never ended would leave the process deaf to both signals."""
    seen: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield seen
        return

    def note(signum: int, frame) -> None:
        global received
        received = received or signum
        seen.append(signum)

    previous = {sig: signal.signal(sig, note) for sig in SIGNALS}
    try:
        yield seen
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if seen:
        signal.raise_signal(seen[0])  # now, to the handler the caller had (Interrupted, KeyboardInterrupt)


@contextmanager
def children_ignore_ctrl_c() -> Iterator[None]:
    """Processes forked while the block runs are born ignoring SIGINT, for workers started by
    a library whose start we do not control (a Dask local cluster's nanny spawns them from
    its own threads, so ``held()`` in this thread does not reach them, and ``quiet_worker``
    cannot run before their imports). An ignored SIGINT stays ignored across exec, and Python
    then installs no KeyboardInterrupt handler, nor does asyncio, so a terminal's Ctrl-C,
    which reaches the whole process group, leaves them quiet from their first instruction.
    This process ignores Ctrl-C meanwhile: keep the block to the moments of forking."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def held(signals: tuple[int, ...] = SIGNALS) -> Iterator[None]:
    """Hold ``signals`` (SIGINT and SIGTERM) while the block runs, e.g. writing one output
    line; a signal that arrives meanwhile is delivered when the block ends. Processes started
    inside the block inherit the blocked mask: hold only SIGINT while starting pool workers
    (they then never see a terminal's Ctrl-C), never SIGTERM, which Pool.terminate sends."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)  # a held signal is delivered here


def output_committed() -> None:
    """The command is delivering its whole output (standard output is being written, or the
    file is being renamed into place), and nothing is left to do but exit: a Ctrl-C or SIGTERM
    from here on interrupts nothing, so it is let pass, and the process ends with the status
    of the work it did (0 for a brief) and no message. Call it inside the ``held()`` block
    of that last write, before the write, in the main thread.

    Why: a signal that arrived during the write is held until the write ends (and one that
    the kernel gave another thread, whose mask is not held, is run by the main thread at its
    next line), and then raised ``Interrupted``: a whole output with "newsfuse: interrupted"
    and status 130 (seen in ``tests/test_fault_signals.py``: the brief's 65 kB of JSON in a
    full pipe, the reader's Ctrl-C). A status of 130 tells a script the output is not to be
    used when it is whole. A no-op handler rather than SIG_IGN: a signal whose handler is
    already due would then be reported as "ignored due to race condition"."""
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in SIGNALS:
        signal.signal(sig, _let_pass)


def _let_pass(signum: int, frame) -> None:
    """The handler once the output is committed (``output_committed``): nothing to stop."""


def exit_code(exc: BaseException) -> int:
    return exc.exit_code if isinstance(exc, Interrupted) else 130


_busy: set[threading.Thread] = set()


@contextmanager
def native_work() -> Iterator[None]:
    """Mark a block that runs long native (C++) code on a thread other than the main one,
    such as a brief in a server worker thread, so ``settle()`` waits for it before exit."""
    thread = threading.current_thread()
    _busy.add(thread)
    try:
        yield
    finally:
        _busy.discard(thread)


def settle(timeout: float = 3.0) -> bool:
    """Wait up to ``timeout`` s for threads that may be inside C++ code: our background
    threads (named ``newsfuse-*``) and blocks marked with ``native_work()``. True when none
    is left, so a normal interpreter exit is safe. Other threads (a progress bar's monitor,
    idle pool threads) wait in C or Python code, which interpreter exit stops safely."""
    deadline = time.monotonic() + timeout
    me = threading.current_thread()

    def risky() -> list[threading.Thread]:
        ours = [t for t in threading.enumerate() if t.name.startswith(BACKGROUND_PREFIX)]
        return [t for t in {*ours, *_busy} if t is not me and t.is_alive()]

    while risky() and time.monotonic() < deadline:
        for thread in risky():
            thread.join(min(0.05, max(0.0, deadline - time.monotonic())))
    return not risky()


def leave(exc: BaseException, message: str = "interrupted", wait: float = 3.0) -> NoReturn:
    """Print one line (``newsfuse: MESSAGE``) and end the process with the signal's status,
    after waiting up to ``wait`` seconds for threads in native code (see ``settle``)."""
    code = exit_code(exc)
    ignore()  # a second Ctrl-C while we tidy up must not print a traceback
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    sys.stderr.write(f"newsfuse: {message}\n")
    sys.stderr.flush()
    if not settle(wait):
        os._exit(code)  # see point 4 of the module docstring
    _exit_by(code, EXIT_DEADLINE)
    raise SystemExit(code)


def _exit_by(code: int, seconds: float) -> None:
    """End the process with ``code`` if the normal exit has not ended it within ``seconds``.

    Why: after an interrupt, exit still joins threads we do not own, and one can wait forever.
    Seen once in seven test-suite runs: ``group --workers 2`` wrote its last line on SIGTERM
    and did not exit, most likely the process pool's queue-feeder thread blocked writing a
    batch into the pipe of a worker that had just been terminated, which the pool's exit hook
    (``concurrent.futures``' thread join) and the queue finalizer wait for. The results are
    committed and the message is written by then, so ending the process is safe; a daemon
    thread keeps running through the interpreter's exit hooks, so the deadline holds there."""
    def fire() -> None:
        time.sleep(seconds)
        _flush_streams()
        os._exit(code)

    # not named with BACKGROUND_PREFIX: settle() would wait for it
    threading.Thread(target=fire, name="exit-deadline", daemon=True).start()


def ignore() -> None:
    """Ignore further SIGINT/SIGTERM (while tidying up after the first one)."""
    if threading.current_thread() is threading.main_thread():
        for sig in SIGNALS:
            signal.signal(sig, signal.SIG_IGN)


def finish(code: int, teardown: bool = True) -> NoReturn:
    """End the process with ``code`` after any command, interrupted or not: an error path can
    leave a background model load running too (see point 4 of the module docstring).

    ``teardown=False`` is for a command whose work is written and closed (a brief of input
    files): what interpreter exit would do that anyone could notice is done (non-daemon
    threads are waited for, by falling back to a normal exit; ``atexit`` functions run;
    standard streams are flushed), and the rest, freeing every object of a process that
    holds spaCy and MiniLM one by one (~0.05 s of CPU), is left to the kernel."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        quiet_stdout()
    if not settle():
        sys.stderr.flush()
        os._exit(code)
    # CPython's own hook; an interpreter without it exits the normal way
    run_exitfuncs = getattr(atexit, "_run_exitfuncs", None)
    if not teardown and run_exitfuncs is not None and not _other_threads_to_wait_for():
        with held():  # the work is done: a signal now changes nothing, and must not cut atexit short
            run_exitfuncs()  # what exit runs first (logging's flush, finalizers)
            _flush_streams()
            os._exit(code)
    sys.exit(code)


def _flush_streams() -> None:
    """Flush stdout and stderr before ``os._exit``, which does not; a closed or broken stream
    has nothing left to save."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def _other_threads_to_wait_for() -> bool:
    """Non-daemon threads besides this one, which a normal exit joins first."""
    me = threading.current_thread()
    return any(t is not me and not t.daemon and t.is_alive() for t in threading.enumerate())


def quiet_stdout() -> None:
    """Standard output's reader has gone (a closed pipe): send what is left nowhere, so the
    interpreter's final flush does not print 'Exception ignored ... BrokenPipeError'."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
