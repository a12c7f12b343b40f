"""Startup wiring: open the store, build the engine and the window, run, shut down cleanly."""

from __future__ import annotations

import os
import sys

from mediadesk import cli, paths


def main(argv: list[str] | None = None) -> int:
    args = cli.parse_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtWidgets import QApplication, QMessageBox

    from mediadesk.core.engine import JobEngine
    from mediadesk.core.ffmpeg import find_ffmpeg
    from mediadesk.core.settings import Settings
    from mediadesk.store.errors import StoreError
    from mediadesk.store.sqlite_store import SqliteJobStore
    from mediadesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MediaDesk")
    app.setApplicationDisplayName("MediaDesk")
    app.setOrganizationName("MediaDesk")
    app.setDesktopFileName("mediadesk")

    try:
        store = SqliteJobStore.open(paths.database_path())
    except StoreError as exc:
        QMessageBox.critical(None, "MediaDesk cannot start", str(exc))
        return 1
    if store.recovered_from is not None:
        QMessageBox.warning(
            None,
            "Job list was damaged",
            "MediaDesk's job database was damaged and could not be read. It was moved to\n"
            f"{store.recovered_from}\nand a new, empty job list was started. "
            "Downloaded files are not affected.",
        )
    settings = Settings.from_dict(
        store.load_settings(), download_dir=str(paths.default_download_dir())
    )
    engine = JobEngine(store, settings, ffmpeg=find_ffmpeg())
    engine.start()
    window = MainWindow(engine)
    window.show()
    if args.urls:
        window.add_text("\n".join(args.urls))
    code = app.exec()
    stopped = engine.shutdown(timeout=2.0)
    store.close()
    if not stopped:
        # A runner is stuck in a stalled socket; every job's state is already committed,
        # so leaving now is as safe as a crash, which the next launch recovers from.
        os._exit(code)
    return code
