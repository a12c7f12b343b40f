"""A private D-Bus session bus for one test, and a fake notification service on it.

``dbus-daemon --session --nofork --print-address`` runs as the test's child; the app side
connects with ``QDBusConnection.connectToBus`` (never the user's own session bus), and the
fake service (tests/support/fake_notifications.py) runs as a separate process, as a real
notification daemon would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtDBus import QDBusConnection

ROOT = Path(__file__).resolve().parents[2]


def have_dbus_daemon() -> bool:
    return shutil.which("dbus-daemon") is not None


@dataclass
class PrivateBus:
    address: str
    connection: QDBusConnection
    name: str


@dataclass
class FakeNotificationService:
    """The fake's process; ``calls`` fills with its ``Notify`` records as they arrive."""

    proc: subprocess.Popen[str]
    calls: list[dict[str, Any]] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            record = json.loads(line)
            if record.get("ready"):
                self.ready.set()
            elif "id" in record:
                self.calls.append(record)

    def invoke(self, notification_id: int, action: str) -> None:
        self._command(f"invoke {notification_id} {action}")

    def close(self, notification_id: int) -> None:
        self._command(f"close {notification_id}")

    def _command(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()


@contextmanager
def private_bus() -> Iterator[PrivateBus]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    name = f"mediadesk-test-{uuid.uuid4().hex}"
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected(), connection.lastError().message()
        yield PrivateBus(address, connection, name)
    finally:
        QDBusConnection.disconnectFromBus(name)
        daemon.terminate()
        daemon.wait(5)


@contextmanager
def fake_notification_service(
    bus: PrivateBus, capabilities: str = "actions,body"
) -> Iterator[FakeNotificationService]:
    env = {"DBUS_SESSION_BUS_ADDRESS": bus.address, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.fake_notifications", capabilities],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**_base_env(), **env},
    )
    service = FakeNotificationService(proc)
    threading.Thread(target=service._read, daemon=True).start()
    try:
        if not service.ready.wait(15):
            raise RuntimeError("the fake notification service did not start")
        yield service
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _base_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
