"""The Dask engine gives the same stories as the local engine: on a LocalCluster, and on a
scheduler and a worker started as separate processes on loopback (the ``dask`` CLIs).

The per-article work runs on the Dask workers; the assignment stays on the driver, so the
stories must be identical. The grouper is the test double (see corpus_double): the test is
about the engines, not about grouping.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import corpus_double
from corpus_data import records, write_jsonl
from newsfuse.corpus.executor import DaskExecutor, LocalExecutor, SerialExecutor, make_executor
from newsfuse.corpus.ingest import ingest
from newsfuse.corpus.store import Store

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
DASK = Path(sys.executable).with_name("dask")


@pytest.fixture(scope="module")
def stream(tmp_path_factory) -> Path:
    # dated and undated articles, full texts and excerpts
    recs = records("allsides_2021a.jsonl", 150) + records("ecbplus.jsonl", 80)
    return write_jsonl(tmp_path_factory.mktemp("dask") / "in.jsonl", recs)


def assignments(stream: Path, tmp: Path, executor) -> dict[str, str]:
    store = tmp / f"{executor.name}-{time.monotonic_ns()}.db"
    with executor:
        ingest([str(stream)], None, str(store), executor=executor, grouping=corpus_double)
    with Store(str(store), read_only=True) as db:
        return db.assignments()


@pytest.fixture(scope="module")
def serial(stream, tmp_path_factory) -> dict[str, str]:
    return assignments(stream, tmp_path_factory.mktemp("serial"), SerialExecutor())


def test_local_pool_gives_the_serial_stories(stream, serial, tmp_path):
    got = assignments(stream, tmp_path, LocalExecutor(workers=2, batch_size=8))
    assert got == serial and len(got) == 230 and len(set(got.values())) > 20


def test_dask_local_cluster_gives_the_local_stories(stream, serial, tmp_path):
    got = assignments(stream, tmp_path, make_executor("dask", workers=2))
    assert got == serial


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def external_scheduler(tmp_path_factory):
    """A scheduler and one worker, each its own process, on 127.0.0.1; stopped afterwards."""
    if not DASK.exists():
        pytest.skip(f"the dask command is not installed beside {sys.executable}")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    tmp_path = tmp_path_factory.mktemp("cluster")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")])}
    logs = [open(tmp_path / "scheduler.log", "w"), open(tmp_path / "worker.log", "w")]
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], env=env, stdout=logs[0], stderr=subprocess.STDOUT)]
    try:
        procs.append(subprocess.Popen([str(DASK), "worker", address, "--host", "127.0.0.1", "--nworkers", "1",
                                       "--nthreads", "1", "--no-dashboard"],
                                      env=env, stdout=logs[1], stderr=subprocess.STDOUT))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(1, timeout=60)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs:
            log.close()


def test_dask_separate_scheduler_gives_the_local_stories(stream, serial, tmp_path, external_scheduler):
    executor = make_executor("dask", address=external_scheduler)
    assert isinstance(executor, DaskExecutor) and executor.cluster is None
    got = assignments(stream, tmp_path, executor)
    assert got == serial


def test_scheduler_address_from_the_environment(stream, serial, tmp_path, external_scheduler, monkeypatch):
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", external_scheduler)
    executor = make_executor("dask")
    assert executor.cluster is None
    got = assignments(stream, tmp_path, executor)
    assert got == serial


def test_unreachable_scheduler_is_one_clear_error():
    from newsfuse.errors import NewsfuseError

    with pytest.raises(NewsfuseError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:.*leave out --address$"):
        make_executor("dask", address=f"tcp://127.0.0.1:{_free_port()}", connect_timeout=2)


def test_a_local_cluster_beside_another_dask_says_nothing(recwarn):
    """Before: with another Dask's dashboard on port 8787 (another user's cluster, a second
    run), every 'group --engine dask' printed "UserWarning: Port 8787 is already in use.
    Perhaps you already have a cluster running?" in four lines over its own: the scheduler
    serves HTTP on 8787 even with no dashboard asked for."""
    import socket
    import warnings

    held = socket.socket()
    try:
        held.bind(("127.0.0.1", 8787))
        held.listen()
    except OSError:  # taken already: the case itself
        held.close()
        held = None
    try:
        warnings.simplefilter("always")
        executor = make_executor("dask", workers=1)
        try:
            assert list(executor.map(len, ["abc", "de"])) == [3, 2]
        finally:
            executor.close()
    finally:
        if held is not None:
            held.close()
    assert not [w for w in recwarn if "already in use" in str(w.message)]


def test_an_unreachable_scheduler_from_the_environment_names_the_variable(monkeypatch):
    """Before: "... or leave out --address" for an address the user set in DASK_SCHEDULER_ADDRESS
    and never typed as --address."""
    from newsfuse.errors import NewsfuseError

    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", f"tcp://127.0.0.1:{_free_port()}")
    with pytest.raises(NewsfuseError, match=r"\(DASK_SCHEDULER_ADDRESS; .*or unset DASK_SCHEDULER_ADDRESS$"):
        make_executor("dask", connect_timeout=2)
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "notanaddress")
    with pytest.raises(NewsfuseError, match="^DASK_SCHEDULER_ADDRESS: 'notanaddress' is not a Dask scheduler"):
        make_executor("dask", connect_timeout=2)


@pytest.mark.parametrize("address", ["notanaddress", "foo://127.0.0.1:8786", "tcp://127.0.0.1:port"])
def test_an_address_dask_cannot_parse_is_one_clear_error(address):
    """Before: 'internal error: ValueError: missing port number in address ...' (status 2)."""
    from newsfuse.errors import NewsfuseError

    with pytest.raises(NewsfuseError, match="is not a Dask scheduler address .*give tcp://HOST:PORT"):
        make_executor("dask", address=address, connect_timeout=2)


def test_a_mistyped_address_is_refused_before_any_client_starts(monkeypatch):
    """The forty-sixth session's CI, on a loaded machine: Client parsed "foo://..." only once
    its event loop ran, the loop's thread took longer than Dask waits, and the run ended in
    Dask's AssertionError. The address is now read before a client is made."""
    import distributed

    from newsfuse.errors import NewsfuseError

    def no_client(*args, **kwargs):
        raise AssertionError("a client was started for an address Dask cannot parse")

    monkeypatch.setattr(distributed, "Client", no_client)
    for address in ("foo://127.0.0.1:8786", "tcp://127.0.0.1:port", "notanaddress"):
        with pytest.raises(NewsfuseError, match="is not a Dask scheduler address"):
            make_executor("dask", address=address, connect_timeout=2)


def test_a_local_worker_that_cannot_start_is_one_clear_error_not_a_hang():
    """A worker process that fails to start (here a preload in the user's Dask configuration
    that does not import; elsewhere no memory) is only logged by Dask's background task.
    Before, the local cluster then waited for its workers for ever, with Ctrl-C and SIGTERM
    held until the start ended: 'timeout 150' could not stop it, only SIGKILL (measured; the
    Dask start before the wait raised 'Nanny failed to start' in 5 s). Run in a process of its
    own so that a hang is killed, not the test run."""
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__PRELOAD": '["newsfuse_no_such_preload"]'}
    code = ("from newsfuse.corpus.executor import make_executor\n"
            "from newsfuse.errors import NewsfuseError\n"
            "if __name__ == '__main__':\n"
            "    try:\n"
            "        make_executor('dask', workers=1).close()\n"
            "    except NewsfuseError as exc:\n"
            "        print('error:', exc)\n")
    try:
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                              timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("the local cluster waited for a worker that had failed to start")
    assert "error: cannot start a local Dask cluster (a worker failed to start" in done.stdout, done.stderr[-2000:]
