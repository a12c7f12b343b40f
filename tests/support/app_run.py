"""Running the real startup code (app.main) inside a test and looking at what it showed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mediadesk import app as app_module
from mediadesk.ui.actions import ActionId
from mediadesk.ui.main_window import MainWindow


def run_and_inspect(argv: list[str]) -> tuple[int, dict[str, object]]:
    """Run app.main; once the event loop runs, record what the user would see, then Quit."""
    seen: dict[str, object] = {}
    before = set(main_windows())

    def inspect() -> None:
        new = [w for w in main_windows() if w not in before]
        if len(new) != 1:
            QApplication.exit(98)  # fail the run instead of waiting forever
            return
        window = new[0]
        seen.update(
            visible=window.isVisible(),
            minimized=window.isMinimized(),
            tray=window.tray,
            quit_on_last_window_closed=QApplication.instance().quitOnLastWindowClosed(),
            message=window.message_area.text(),
            rows=window.model.rowCount(),
        )
        window.job_actions[ActionId.QUIT].trigger()

    QTimer.singleShot(300, inspect)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: QApplication.exit(99))  # Quit did not end the app
    give_up.start(10_000)
    try:
        code = app_module.main(argv)
    finally:
        give_up.stop()  # a stray exit() would end some later test's waiting
    for window in main_windows():
        if window not in before:
            window.deleteLater()
    return code, seen


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
