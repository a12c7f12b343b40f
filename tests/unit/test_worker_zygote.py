"""The pure parts of the worker zygote: its messages, when it is used, the shared TLS
context, and the runner driving a worker through any launcher (here one without a process)."""

from __future__ import annotations

import json
import os
import signal
import socket
import threading
from collections.abc import Mapping, Sequence

import pytest

from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.job import FormatPreset
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.core.worker_protocol import decode_request, outcome_message
from mediadesk.core.zygote_protocol import (
    DISABLE_ENV,
    SpawnRequest,
    decode,
    encode,
    import_key,
    zygote_supported,
)
from mediadesk.engine.runner import DownloadRunner, RunnerSignals
from mediadesk.engine.zygote_client import LOST_CODE, ForkedWorker
from mediadesk.worker import shared_tls
from mediadesk.worker.zygote import fork_problem


def test_the_zygote_is_used_on_linux_unless_switched_off() -> None:
    assert zygote_supported("linux", {})
    assert zygote_supported("linux", {DISABLE_ENV: "0"})
    assert not zygote_supported("linux", {DISABLE_ENV: "1"})
    assert not zygote_supported("darwin", {})
    assert not zygote_supported("win32", {})


def test_the_import_key_follows_the_python_variables_only() -> None:
    base = {"PYTHONPATH": "/overlay/2099.1.1:/src", "HOME": "/home/a", "http_proxy": "x"}
    assert import_key(base) == import_key({**base, "HOME": "/home/b", "http_proxy": "y"})
    assert import_key(base) != import_key({**base, "PYTHONPATH": "/overlay/2099.2.2:/src"})
    assert import_key(base) != import_key({**base, "PYTHONHOME": "/elsewhere"})


def test_a_spawn_request_round_trips_and_refuses_garbage() -> None:
    request = SpawnRequest.of(["3"], {"HOME": "/h", "PYTHONPATH": "/p"}, "/work")
    assert SpawnRequest.decode(request.encode()) == request
    for bad in (b"[]", b"{", b'{"argv": "3", "env": {}}', b'{"argv": ["3"], "env": {"A": 1}}'):
        with pytest.raises(ValueError):
            SpawnRequest.decode(bad)
    assert decode(encode({"pid": 12})) == {"pid": 12}


def test_the_zygote_refuses_to_fork_where_qt_or_threads_are() -> None:
    # The test process has Qt imported (and pytest-qt's machinery): no safe place to fork.
    assert fork_problem() in {"Qt is imported"} or "threads" in fork_problem()
    release = threading.Event()
    helper = threading.Thread(target=release.wait)
    helper.start()
    try:
        assert "threads are running" in fork_problem()
    finally:
        release.set()
        helper.join()


def test_tls_contexts_are_shared_per_settings_but_never_with_a_client_certificate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[dict[str, object]] = []

    def make(**kwargs: object) -> object:
        made.append(kwargs)
        return object()

    monkeypatch.setattr(shared_tls, "_cache", {})
    monkeypatch.delenv("SSLKEYLOGFILE", raising=False)
    cached = shared_tls.cached(make)  # type: ignore[arg-type]
    first = cached()
    assert cached() is first and cached(verify=True) is first
    assert cached(verify=False) is not first
    assert cached(client_certificate="/c.pem") is not cached(client_certificate="/c.pem")
    monkeypatch.setenv("SSLKEYLOGFILE", "/tmp/keys")
    assert cached() is not first
    assert len(made) == 5


def _channel_pair() -> tuple[socket.socket, socket.socket]:
    return socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)


def test_a_forked_worker_reports_its_exit_code_and_signals_only_while_it_runs() -> None:
    ours, zygote = _channel_pair()
    worker = ForkedWorker(ours, 4242)
    assert worker.poll() is None
    worker.signal_group(signal.SIGTERM)
    assert decode(zygote.recv(4096)) == {"signal": signal.SIGTERM}
    zygote.send(encode({"exit": -15}))
    assert worker.wait() == -15
    assert worker.poll() == -15
    worker.signal_group(signal.SIGKILL)  # ended: nothing is sent (its pid may be reused)
    assert zygote.recv(4096) == b"", "the channel was closed with nothing more on it"
    zygote.close()


def test_a_worker_whose_zygote_died_reports_that_it_was_killed() -> None:
    ours, zygote = _channel_pair()
    worker = ForkedWorker(ours, 4242)
    zygote.close()
    assert worker.wait() == LOST_CODE


class _ThreadHandle:
    """A 'worker' that is a thread: reads the request, answers on the event pipe."""

    def __init__(self, answer: list[str], code: int, *, until_signalled: bool = False) -> None:
        self.pid = 1
        self.code = code
        self.answer = answer
        self.request: tuple[str, RunRequest, float] | None = None
        self.signals: list[int] = []
        self._done = threading.Event()
        self._signalled = threading.Event()
        self._until_signalled = until_signalled

    def run(self, stdin: int, event_fd: int) -> None:
        with os.fdopen(stdin, "rb") as requests, os.fdopen(event_fd, "w") as events:
            self.request = decode_request(requests.readline().decode())
            for line in self.answer:
                events.write(line + "\n")
            if self._until_signalled:  # runs until told to stop, like a real download
                assert self._signalled.wait(10)
        self._done.set()

    def poll(self) -> int | None:
        return self.code if self._done.is_set() else None

    def wait(self) -> int:
        self._done.wait()
        return self.code

    def signal_group(self, sig: int) -> None:
        self.signals.append(sig)
        self._signalled.set()


class _ThreadLauncher:
    def __init__(self, handle: _ThreadHandle) -> None:
        self.handle = handle
        self.args: list[str] = []
        self.env: Mapping[str, str] = {}

    def start(
        self,
        args: Sequence[str],
        *,
        stdin: int,
        stdout: int,
        stderr: int,
        env: Mapping[str, str],
        event_fd: int | None = None,
    ) -> _ThreadHandle:
        assert event_fd is not None
        self.args, self.env = list(args), env
        # The launcher gets the runner's descriptors and must not close them: keep copies.
        mine = (os.dup(stdin), os.dup(event_fd))
        threading.Thread(target=self.handle.run, args=mine).start()
        return self.handle


def _request() -> RunRequest:
    options = DownloadOptions(job_id="j1", output_dir="/nowhere", preset=FormatPreset.BEST)
    return RunRequest("https://media.example/a", options)


def test_the_runner_speaks_the_worker_protocol_through_any_launcher(qtbot) -> None:
    done = RunOutcome(OutcomeKind.DONE, file_path="/nowhere/a.mp4", bytes_total=10)
    handle = _ThreadHandle([json.dumps(outcome_message(done))], code=0)
    launcher = _ThreadLauncher(handle)
    signals = RunnerSignals()
    finished: list[RunOutcome] = []
    signals.finished.connect(lambda _id, outcome: finished.append(outcome))
    DownloadRunner("j1", _request(), signals, launcher=launcher).run()
    assert finished == [done]
    assert handle.request is not None and handle.request[0] == "j1"
    assert "PYTHONPATH" in launcher.env  # the worker environment, overlay first


def test_a_worker_lost_without_an_outcome_is_a_transient_failure(qtbot) -> None:
    handle = _ThreadHandle([], code=LOST_CODE)
    signals = RunnerSignals()
    finished: list[RunOutcome] = []
    signals.finished.connect(lambda _id, outcome: finished.append(outcome))
    DownloadRunner("j1", _request(), signals, launcher=_ThreadLauncher(handle)).run()
    (outcome,) = finished
    assert outcome.kind is OutcomeKind.FAILED
    assert outcome.failure is not None and outcome.failure.kind.value == "transient"
    assert f"exit code {LOST_CODE}" in outcome.failure.message


class _SlowLauncher(_ThreadLauncher):
    """Starting takes until ``release`` is set (a zygote still warming up)."""

    def __init__(self, handle: _ThreadHandle) -> None:
        super().__init__(handle)
        self.starting = threading.Event()
        self.release = threading.Event()

    def start(self, args, **kwargs):  # type: ignore[no-untyped-def, override]
        self.starting.set()
        assert self.release.wait(10)
        return super().start(args, **kwargs)


def test_a_stop_while_the_worker_starts_neither_waits_nor_gets_lost(qtbot) -> None:
    handle = _ThreadHandle([], code=-signal.SIGTERM, until_signalled=True)
    launcher = _SlowLauncher(handle)
    signals = RunnerSignals()
    finished: list[RunOutcome] = []
    signals.finished.connect(lambda _id, outcome: finished.append(outcome))
    runner = DownloadRunner("j1", _request(), signals, launcher=launcher)
    supervising = threading.Thread(target=runner.run)
    supervising.start()
    assert launcher.starting.wait(10)
    stopping = threading.Thread(target=runner.request_stop)
    stopping.start()
    stopping.join(5)
    assert not stopping.is_alive(), "the stop (from the GUI thread) waited for the start"
    launcher.release.set()
    supervising.join(10)
    assert handle.signals[:1] == [signal.SIGTERM], "the worker was told to stop once it ran"
    assert not supervising.is_alive()
    qtbot.waitUntil(lambda: bool(finished))  # emitted from the runner's thread: queued
    assert [o.kind for o in finished] == [OutcomeKind.STOPPED]


class _FailingLauncher:
    def start(self, args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("Resource temporarily unavailable")


def test_a_worker_that_cannot_start_is_a_transient_failure(qtbot) -> None:
    signals = RunnerSignals()
    finished: list[RunOutcome] = []
    signals.finished.connect(lambda _id, outcome: finished.append(outcome))
    DownloadRunner("j1", _request(), signals, launcher=_FailingLauncher()).run()
    (outcome,) = finished
    assert outcome.kind is OutcomeKind.FAILED and outcome.failure is not None
    assert outcome.failure.kind.value == "transient"
    assert "could not start: Resource temporarily unavailable" in outcome.failure.message
