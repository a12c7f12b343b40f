"""Shared pieces of the UI tests: a stand-in desktop, window and engine factories, and
helpers that read what the job table shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from mediadesk.app import build_window
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.store.credential_vault import FileVault
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.actions import ActionId
from mediadesk.ui.dialogs.download_again import AgainChoice
from mediadesk.ui.jobs.model import Column
from mediadesk.ui.main_window import MainWindow
from mediadesk.ui.tray.notifications import Notifier
from mediadesk.ui.tray.presence import TrayPresence
from tests.support.teardown import delete_now, shut_down


@dataclass
class Desktop:
    """Stands in for the desktop session: records what would be opened, answers questions."""

    opened: list[QUrl] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True
    #: What "downloaded before, download again?" is answered.
    again_choice: AgainChoice = AgainChoice.DOWNLOAD_AGAIN
    asked_again: list[list[str]] = field(default_factory=list)  # job ids, per question
    folder_choice: str | None = None
    quits: int = 0

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True

    def confirm(self, _parent: QWidget, title: str, _text: str) -> bool:
        self.questions.append(title)
        return self.answer

    def ask_again(self, _parent: QWidget | None, jobs: Sequence[Job]) -> AgainChoice:
        self.asked_again.append([job.id for job in jobs])
        return self.again_choice

    def choose_folder(self, _parent: QWidget, _start: str) -> str | None:
        return self.folder_choice

    def quit(self) -> None:
        self.quits += 1


WindowFactory = Callable[..., MainWindow]


def opening_windows(
    qtbot, desktop: Desktop, downloads: Path, db_path: Path
) -> Iterator[WindowFactory]:
    """Body of the ``open_window`` fixture: ``open_window(engine, tray=None, *, notifier=None,
    show=True, **window_options)`` makes a window wired by ``app.build_window`` as the app
    does, talking to ``desktop`` (no tray: the window's own stand-in; ``show=False`` leaves
    showing to ``window.start``). Its layout goes to the test database through its own
    connection (the LayoutStore port, as in the app). Every window quits before the engines
    it watches shut down: ``quit`` saves the layout and never asks or hides, so teardown
    does not depend on the tray."""
    made: list[MainWindow] = []
    layout_stores: list[SqliteJobStore] = []

    def factory(
        engine: JobEngine,
        tray: TrayPresence | None = None,
        *,
        notifier: Notifier | None = None,
        show: bool = True,
        **kwargs: object,
    ) -> MainWindow:
        options: dict[str, object] = {
            "confirm": desktop.confirm,
            "ask_again": desktop.ask_again,
            "open_url": desktop.open_url,
            "choose_folder": desktop.choose_folder,
            "quit_app": desktop.quit,
            "default_download_dir": str(downloads),
        }
        options.update(kwargs)
        layout_stores.append(SqliteJobStore.open(db_path))
        window = build_window(engine, layout_stores[-1], tray=tray, notifier=notifier, **options)
        qtbot.add_widget(window)
        if show:
            window.start()
            qtbot.waitExposed(window)
        made.append(window)
        return window

    yield factory
    for window in made:
        # Added jobs are selected: unselected, the details pane reads no log from a store
        # that the engine fixture closes before this window is deleted.
        window.table.clearSelection()
        window.quit()
    delete_now(made)
    for store in layout_stores:
        store.close()


def launching_engines(db_path: Path, downloads: Path) -> Iterator[Callable[[], JobEngine]]:
    """Body of a ``launch`` fixture: engines started the way app.py starts them (settings
    come from the store), shut down at the end."""
    made: list[tuple[JobEngine, SqliteJobStore]] = []

    def factory() -> JobEngine:
        store = SqliteJobStore.open(db_path)
        settings = Settings.from_dict(store.load_settings(), download_dir=str(downloads))
        engine = JobEngine(store, settings, vault=FileVault(db_path.parent / "credentials"))
        engine.start()
        made.append((engine, store))
        return engine

    yield factory
    shut_down(made)


def stored(db_path: Path, *jobs: Job) -> None:
    store = SqliteJobStore.open(db_path)
    with store.transaction():
        for job in jobs:
            store.insert_job(job)
    store.close()


def stored_job(n: int, state: JobState, folder: Path, **kw: object) -> Job:
    values: dict[str, object] = {
        "id": f"{n:016x}",
        "url": f"http://127.0.0.1:9/stored-{n}.mp4",
        "state": state,
        "preset": FormatPreset.BEST,
        "output_dir": str(folder),
        "position": n + 1,
        "created_at": 1_700_000_000.0 + n,
        "title": f"Stored video {n}",
    }
    values.update(kw)
    return Job(**values)  # type: ignore[arg-type]


def status_of(window: MainWindow, job_id: str) -> str:
    """What the Status cell of a job shows right now (through proxy and view)."""
    index = window.proxy.mapFromSource(window.model.index_of(job_id, Column.STATUS))
    return index.data() if index.isValid() else ""


def wait_status(qtbot, window: MainWindow, job_id: str, text: str, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: status_of(window, job_id) == text, timeout=timeout)


def enabled_actions(window: MainWindow) -> set[ActionId]:
    return {i for i, action in window.job_actions.all().items() if action.isEnabled()}
