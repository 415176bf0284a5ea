"""Where the per-article work runs: in this process, a local process pool, or Dask.

Every engine has one method, ``map(fn, items)``, yielding results in the order of ``items``
as they become available, so the caller can commit and report progress as it goes while the
story assignment (which must see articles in stream order) stays on the driver. Items are
sent in batches, so a worker pays the round trip once per batch rather than per article;
``map_batches(fn, items)`` hands ``fn`` the whole batch, for work that is faster in bulk
(sentence embeddings: 32 texts at once are several times faster than one at a time).

``fn`` must be a module-level function (it is pickled to the workers); models it loads are
loaded once per worker process and kept.
"""

from __future__ import annotations

import os
from functools import partial
from typing import Any, Callable, Iterable, Iterator

from ..errors import NewsfuseError, UsageError, check_choice

ENGINES = ("local", "dask")


def _apply_batch(fn: Callable[[Any], Any], batch: list[Any]) -> list[Any]:
    return [fn(item) for item in batch]


def _each(fn: Callable[[Any], Any]) -> Callable[[list[Any]], list[Any]]:
    return partial(_apply_batch, fn)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _in_order(submit: Callable[[list[Any]], Any], batches: Iterable[list[Any]],
              workers: int) -> Iterator[Any]:
    """The results of ``submit(batch)`` futures in the order of the batches, with at most two
    batches a worker in flight: enough to keep every worker busy while the driver takes the
    results, few enough that a long stream is not all sent (and held in memory) at once. One
    loop for the process pool and Dask, whose futures both answer ``result()``."""
    from collections import deque

    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= 2 * workers:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


class Executor:
    """The interface; ``SerialExecutor`` is the reference behaviour."""

    def terminate(self) -> None:
        """Stop at once (Ctrl-C); the default has nothing running outside this process."""
        self.close()

    name = "serial"
    workers = 1

    batch_size = 32

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any], batch_size: int | None = None) -> Iterator[Any]:
        """``fn(item)`` for every item, in order. Heavy items (a story's brief) want ``batch_size=1``."""
        return self.map_batches(_each(fn), items, batch_size)

    def map_batches(self, fn: Callable[[list[Any]], list[Any]], items: Iterable[Any],
                    batch_size: int | None = None) -> Iterator[Any]:
        """``fn(batch)`` returns one result per item of the batch; results come item by item, in order."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SerialExecutor(Executor):
    """In this process: one worker, no start-up cost (small inputs, tests, debugging)."""

    def map_batches(self, fn, items, batch_size=None):
        for batch in _batches(items, batch_size or self.batch_size):
            yield from fn(batch)


class LocalExecutor(Executor):
    """A ``concurrent.futures`` process pool on this machine (the default engine).

    At most ``2 * workers`` batches are in flight, so a big input is never all queued in memory.
    """

    name = "local"

    def __init__(self, workers: int | None = None, batch_size: int = 32):
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        self.workers = max(1, workers or os.cpu_count() or 1)
        self.batch_size = batch_size
        # spawn, not fork: the driver may hold an open SQLite connection and loaded models
        from .. import interrupts

        self.pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                        initializer=interrupts.quiet_worker)

    def map_batches(self, fn, items, batch_size=None):
        return _in_order(partial(self.pool.submit, fn), _batches(items, batch_size or self.batch_size),
                         self.workers)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Stop at once (on Ctrl-C): cancel queued batches and end the worker processes."""
        processes = list((getattr(self.pool, "_processes", None) or {}).values())  # shutdown forgets them
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()


def _check_address(address: str) -> None:
    """Raise ValueError for an address Dask cannot parse, before a client starts its event
    loop: Client parses the address only once that loop runs, and on a loaded machine the
    loop's thread could take longer than Dask waits for it (10 s), so a mistyped address gave
    Dask's internal AssertionError instead of the one-line error that names it. Dask's own
    parsing: its known schemes, and a host and port for the schemes that have them."""
    from distributed.comm import get_address_host_port, parse_address
    from distributed.comm.registry import get_backend

    scheme, _ = parse_address(address)
    get_backend(scheme)
    if scheme in ("tcp", "tls", "ws", "wss"):
        get_address_host_port(address)


class DaskExecutor(Executor):
    """Dask distributed: a local cluster, or a running scheduler at ``address``.

    The workers must be able to import newsfuse (same install, or the same PYTHONPATH).
    """

    name = "dask"

    def __init__(self, address: str | None = None, workers: int | None = None, batch_size: int = 32,
                 connect_timeout: float = 10.0):
        import logging

        try:
            from distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - a default dependency
            raise NewsfuseError("--engine dask needs dask[distributed]: pip install 'dask[distributed]'")
        self.batch_size = batch_size
        self.cluster = None
        self.client = None
        # name the address the way the user gave it: an error that says "--address" about an
        # address set in the environment sends them looking for an option they never typed
        given = "--address"
        if not address and os.environ.get("DASK_SCHEDULER_ADDRESS"):
            address, given = os.environ["DASK_SCHEDULER_ADDRESS"], "DASK_SCHEDULER_ADDRESS"
        address = address or None
        try:
            if address:
                _check_address(address)
                self.client = Client(address, timeout=f"{connect_timeout}s")
            else:
                from .. import interrupts

                n = max(1, workers or os.cpu_count() or 1)
                try:
                    # a Ctrl-C while the cluster starts stops the run once it stands, with no
                    # half-built client or nanny left to warn at exit
                    with interrupts.deferred() as signalled:
                        # the scheduler serves HTTP even without a dashboard, on 8787 unless told:
                        # with another Dask on the machine it warned in four lines and moved
                        self.cluster = LocalCluster(n_workers=0, threads_per_worker=1, processes=True,
                                                    dashboard_address=None, scheduler_port=0,
                                                    silence_logs=logging.ERROR,
                                                    scheduler_kwargs={"dashboard": False,
                                                                      "dashboard_address": "127.0.0.1:0"})
                        _start_quiet_workers(self.cluster, n)
                        self.client = Client(self.cluster)
                        _wait_for_workers(self.cluster, self.client, n, signalled)
                except BaseException:  # the caller never gets this executor to close
                    self.close()
                    raise
        except ValueError as exc:  # distributed parses the address itself: no port, unknown scheme
            raise UsageError(given, f"{address!r} is not a Dask scheduler address ({exc}); "
                                    "give tcp://HOST:PORT") from None
        except OSError as exc:
            if not address:
                raise NewsfuseError(f"cannot start a local Dask cluster ({exc})") from None
            way_out = "leave out --address" if given == "--address" else "unset DASK_SCHEDULER_ADDRESS"
            raise NewsfuseError(f"cannot reach the Dask scheduler at {address} ({given}; {exc}); "
                                f"start one with 'dask scheduler' or {way_out}") from None
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or (workers or 1))

    def map_batches(self, fn, items, batch_size=None):
        return _in_order(partial(self.client.submit, fn, pure=False),
                         _batches(items, batch_size or self.batch_size), self.workers)

    def close(self) -> None:
        try:
            if getattr(self, "client", None) is not None:
                if self.cluster is not None:
                    self._quiet_workers()
                self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()

    def _quiet_workers(self) -> None:
        """Keep a local cluster's workers from logging their own shutdown as errors.

        Closing, the scheduler may end a worker's connection while that worker's heartbeat
        is on its way, and the worker logged "Failed to communicate with scheduler during
        heartbeat" with two tracebacks above the run's last line (seen in the test suite on a
        plain run and after Ctrl-C). Once the run's work is done or given up, nothing a worker
        logs is news to the user, so its "distributed" logger is raised to CRITICAL first; while
        the cluster starts and runs, errors (a worker that cannot start) are still shown."""
        import logging

        def quiet() -> None:
            logging.getLogger("distributed").setLevel(logging.CRITICAL)

        try:
            self.client.run(quiet, on_error="ignore")
        except Exception:  # a client already cut off: closing goes on as before
            pass

    def terminate(self) -> None:
        self.close()


def _start_quiet_workers(cluster, n: int, spawn_timeout: float = 30.0) -> None:
    """Ask ``cluster`` for ``n`` worker processes that never see Ctrl-C.

    A terminal's Ctrl-C reaches every process of its group, and a Dask worker that sees it
    dies with a traceback of its own (two workers, two tracebacks) over the driver's one line;
    one that sees it while still importing prints a traceback from the import. The workers
    are forked (by the nanny, from the cluster's threads) while this process ignores SIGINT,
    so they are born ignoring it; this process ignores it only until they exist (the fork
    itself, milliseconds), not while they import and register."""
    import multiprocessing
    import time

    from .. import interrupts

    before = {child.pid for child in multiprocessing.active_children()}
    deadline = time.monotonic() + spawn_timeout
    with interrupts.children_ignore_ctrl_c():
        cluster.scale(n)
        while time.monotonic() < deadline:
            started = {child.pid for child in multiprocessing.active_children()} - before
            if len(started) >= n:
                break
            time.sleep(0.01)


# seconds a local cluster's workers have to start (import, register) before the run gives up:
# a generous bound, for a loaded machine; a worker that fails ends the wait at once
WORKER_START_TIMEOUT = 120.0


def _wait_for_workers(cluster, client, n: int, signalled: list[int],
                      timeout: float = WORKER_START_TIMEOUT) -> None:
    """Wait until ``n`` workers of ``cluster`` run, ending early when one failed to start or
    a signal came (``signalled``, held by ``interrupts.deferred`` until the start ends).

    Dask's own wait has no end: a worker that cannot start (a preload in the user's Dask
    configuration that does not import, no memory) is reported by a background task as a
    logged error, and the wait went on for ever with Ctrl-C and SIGTERM held, so only
    SIGKILL stopped the run (before the wait, Dask's start raised "Nanny failed to start").
    An OSError here is a cluster that could not start (``DaskExecutor`` says so)."""
    import time

    from distributed.core import Status

    deadline = time.monotonic() + timeout
    while not signalled:
        try:
            client.wait_for_workers(n, timeout=0.5)
            return
        except TimeoutError:
            pass
        if any(worker.status in (Status.failed, Status.closing, Status.closed)
               for worker in list(cluster.workers.values())):
            raise OSError("a worker failed to start; Dask's log above says why")
        if time.monotonic() >= deadline:
            raise OSError(f"{n} workers did not start within {timeout:.0f} s")


def make_executor(engine: str = "local", workers: int | None = None, address: str | None = None,
                  connect_timeout: float = 10.0) -> Executor:
    """The engine a user asked for. ``--address`` implies Dask; DASK_SCHEDULER_ADDRESS does not
    (``DaskExecutor`` reads it once Dask is chosen), so a set variable never moves a local run."""
    check_choice("--engine", engine, ENGINES, "an engine")
    if workers is not None and workers < 1:
        raise UsageError("--workers", "must be at least 1")
    if engine == "dask" or address:
        return DaskExecutor(address=address, workers=workers, connect_timeout=connect_timeout)
    if workers == 1:
        return SerialExecutor()
    return LocalExecutor(workers)
