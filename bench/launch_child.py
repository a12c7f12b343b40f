"""Start MediaDesk through its real entry point and report once the window is up and filled.

Usage: python -m bench.launch_child [--bare]
Prints READY <rows> <jobs counted> <peak RSS kB> on stdout when the event loop first runs with
the window shown (``--bare``: a plain PySide6 window, the floor), then quits. The table loads
rows on demand: <rows> is what it holds then, <jobs counted> what its status bar counts.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTableView


def peak_rss_kb() -> int:
    """Own peak RSS (VmHWM); ru_maxrss would include the parent's peak (kept across exec)."""
    for line in open("/proc/self/status").read().splitlines():  # noqa: SIM115
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _report(app: QApplication) -> None:
    rows = counted = -1
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            view = widget.findChild(QAbstractItemView, "jobTable")
            if view is not None and view.model() is not None:
                rows = view.model().rowCount()
            model = getattr(widget, "model", None)
            if model is not None:
                counted = model.stats().total
    peak = peak_rss_kb()
    print(f"READY {rows} {counted} {peak}", flush=True)
    for widget in app.topLevelWidgets():
        quit_window = getattr(widget, "quit", None)
        if isinstance(widget, QMainWindow) and callable(quit_window):
            quit_window()  # MediaDesk's own Quit: never asks, saves the layout
            return
    app.quit()


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: _report(app))
    if "--bare" in argv:
        window = QMainWindow()
        window.setCentralWidget(QTableView())
        window.resize(1000, 640)
        window.show()
        return app.exec()
    from mediadesk.app import main as app_main

    return app_main([])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
