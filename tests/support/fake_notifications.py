"""A stand-in for the desktop's notification service, run as its own process on a private
session bus: ``python -m tests.support.fake_notifications``.

It registers ``org.freedesktop.Notifications`` (optionally without the ``actions``
capability), prints one JSON line per ``Notify`` call on stdout, and reads commands on stdin:
``invoke ID ACTION`` emits ``ActionInvoked``, ``close ID`` emits ``NotificationClosed``.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": SERVICE})  # its signals go out on the service's interface
class FakeService(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, capabilities: list[str]) -> None:
        super().__init__()
        self._capabilities = capabilities
        self._next_id = 0

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return self._capabilities

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict,
        expire_timeout: int,
    ) -> int:
        self._next_id += 1
        record = {
            "id": self._next_id,
            "app_name": app_name,
            "replaces_id": replaces_id,
            "app_icon": app_icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {str(k): str(v) for k, v in dict(hints).items()},
            "expire_timeout": expire_timeout,
        }
        print(json.dumps(record), flush=True)
        return self._next_id


def main() -> int:
    capabilities = sys.argv[1].split(",") if len(sys.argv) > 1 else ["actions", "body"]
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    service = FakeService(capabilities)
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    if not (bus.registerObject(PATH, SERVICE, service, options) and bus.registerService(SERVICE)):
        print(json.dumps({"error": bus.lastError().message()}), flush=True)
        return 1
    print(json.dumps({"ready": True}), flush=True)

    def on_command() -> None:
        line = os.read(0, 4096).decode()
        if not line:
            app.quit()
            return
        for command in line.splitlines():
            words = command.split()
            if words[:1] == ["invoke"]:
                service.ActionInvoked.emit(int(words[1]), words[2])
            elif words[:1] == ["close"]:
                service.NotificationClosed.emit(int(words[1]), 2)

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(on_command)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
