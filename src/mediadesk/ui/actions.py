"""Every command the window offers, as QActions with icons and shortcuts, and which of them
make sense for the selected jobs (derived from core/states.py's command table).

The rule is a pure function over Job values so it can be tested without a window; the
window calls :meth:`JobActions.update` whenever the selection or the selected jobs change.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from mediadesk.core.job import Job
from mediadesk.core.states import Command, applies
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mediadesk.ui.icons import IconSet


class ActionId(enum.StrEnum):
    ADD = "add"
    PASTE = "paste"
    RESUME = "resume"
    PAUSE = "pause"
    TOGGLE_PAUSE = "toggle-pause"
    CANCEL = "cancel"
    RETRY = "retry"
    REMOVE = "remove"
    REMOVE_WITH_FILES = "remove-files"
    MOVE_TOP = "move-top"
    MOVE_UP = "move-up"
    MOVE_DOWN = "move-down"
    OPEN_FILE = "open-file"
    OPEN_FOLDER = "open-folder"
    COPY_URL = "copy-url"
    PAUSE_ALL = "pause-all"
    RESUME_ALL = "resume-all"
    CHECK_NEW = "check-new"
    SETTINGS = "settings"
    QUIT = "quit"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    tip: str
    icon: str | None
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    #: Only while the job table has focus (keys that mean something else in a text field).
    table_only: bool = False


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.ADD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Add Links"),
        QT_TRANSLATE_NOOP("Actions", "Type or paste links to download"),
        "add",
        ("Ctrl+N", "Ctrl+L"),
    ),
    ActionId.PASTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Paste Links"),
        QT_TRANSLATE_NOOP("Actions", "Queue every link on the clipboard"),
        "paste",
        ("Ctrl+V",),
        True,
    ),
    ActionId.RESUME: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Resume"),
        QT_TRANSLATE_NOOP("Actions", "Resume the selected downloads"),
        "resume",
        ("Ctrl+R",),
    ),
    ActionId.PAUSE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Pause"),
        QT_TRANSLATE_NOOP("Actions", "Pause the selected downloads"),
        "pause",
        ("Ctrl+P",),
    ),
    ActionId.TOGGLE_PAUSE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pause or Resume"),
        QT_TRANSLATE_NOOP("Actions", "Pause running downloads, or resume paused ones"),
        None,
        ("Space",),
        True,
    ),
    ActionId.CANCEL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Cancel"),
        QT_TRANSLATE_NOOP("Actions", "Stop the selected downloads and delete their partial files"),
        "cancel",
        ("Ctrl+K",),
    ),
    ActionId.RETRY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&try"),
        QT_TRANSLATE_NOOP("Actions", "Try the failed or canceled downloads again"),
        "retry",
        ("Ctrl+T",),
    ),
    ActionId.REMOVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&move from List"),
        QT_TRANSLATE_NOOP("Actions", "Remove from the list; downloaded files are kept"),
        "remove",
        ("Del",),
        True,
    ),
    ActionId.REMOVE_WITH_FILES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remove with &Files…"),
        QT_TRANSLATE_NOOP("Actions", "Remove from the list and delete the downloaded files"),
        "remove-files",
        ("Shift+Del",),
        True,
    ),
    ActionId.MOVE_TOP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Move to &Top"),
        QT_TRANSLATE_NOOP("Actions", "Download these next"),
        "move-top",
        ("Ctrl+Home",),
        True,
    ),
    ActionId.MOVE_UP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Move &Up"),
        QT_TRANSLATE_NOOP("Actions", "Move up in the queue"),
        "move-up",
        ("Ctrl+Up",),
        True,
    ),
    ActionId.MOVE_DOWN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Move &Down"),
        QT_TRANSLATE_NOOP("Actions", "Move down in the queue"),
        "move-down",
        ("Ctrl+Down",),
        True,
    ),
    ActionId.OPEN_FILE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open File"),
        QT_TRANSLATE_NOOP("Actions", "Open the downloaded file"),
        "open-file",
        ("Return", "Enter", "Ctrl+O"),
        True,
    ),
    ActionId.OPEN_FOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Open &Folder"),
        QT_TRANSLATE_NOOP("Actions", "Show the folder the file is saved in"),
        "open-folder",
        ("Ctrl+Shift+O",),
    ),
    ActionId.COPY_URL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Copy Address"),
        QT_TRANSLATE_NOOP("Actions", "Copy the web address of the selected downloads"),
        "copy-link",
        ("Ctrl+C",),
        True,
    ),
    ActionId.PAUSE_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pause &All"),
        QT_TRANSLATE_NOOP("Actions", "Pause every queued and running download"),
        "pause-all",
        ("Ctrl+Shift+P",),
    ),
    ActionId.RESUME_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Resume A&ll"),
        QT_TRANSLATE_NOOP("Actions", "Resume every paused download"),
        "resume-all",
        ("Ctrl+Shift+R",),
    ),
    ActionId.CHECK_NEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Check for &New Items"),
        QT_TRANSLATE_NOOP(
            "Actions", "Look at the playlist, channel or feed again and queue what is new"
        ),
        None,
        ("F5",),
    ),
    ActionId.SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        QT_TRANSLATE_NOOP("Actions", "Download folder, speed, file names and more"),
        "settings",
        ("Ctrl+,",),
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit MediaDesk; unfinished downloads continue next time"),
        "quit",
        (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
    ),
}

#: Actions whose availability depends on the selected jobs.
SELECTION_ACTIONS = frozenset(
    {
        ActionId.RESUME,
        ActionId.PAUSE,
        ActionId.TOGGLE_PAUSE,
        ActionId.CANCEL,
        ActionId.RETRY,
        ActionId.REMOVE,
        ActionId.REMOVE_WITH_FILES,
        ActionId.MOVE_TOP,
        ActionId.MOVE_UP,
        ActionId.MOVE_DOWN,
        ActionId.OPEN_FILE,
        ActionId.OPEN_FOLDER,
        ActionId.COPY_URL,
    }
)


def job_folder(job: Job) -> str:
    """Where a job's file is (or will be) saved."""
    if job.file_path:
        return str(Path(job.file_path).parent)
    return job.output_dir


#: Selection actions that are one job command each; they apply when the command applies to
#: at least one selected job (core/states.py decides which state allows what).
_COMMAND_OF: dict[ActionId, Command] = {
    ActionId.PAUSE: Command.PAUSE,
    ActionId.RESUME: Command.RESUME,
    ActionId.CANCEL: Command.CANCEL,
    ActionId.RETRY: Command.RETRY,
    ActionId.REMOVE: Command.REMOVE,
    ActionId.REMOVE_WITH_FILES: Command.REMOVE,
    ActionId.MOVE_TOP: Command.REORDER,
    ActionId.MOVE_UP: Command.REORDER,
    ActionId.MOVE_DOWN: Command.REORDER,
}


def applicable_actions(
    jobs: Sequence[Job],
    *,
    is_file: Callable[[str], bool] = os.path.isfile,
    is_dir: Callable[[str], bool] = os.path.isdir,
) -> set[ActionId]:
    """The selection actions that would do something for ``jobs``."""
    if not jobs:
        return set()
    states = {job.state for job in jobs}
    enabled = {ActionId.COPY_URL}
    enabled |= {
        action_id
        for action_id, command in _COMMAND_OF.items()
        if any(applies(command, state) for state in states)
    }
    if enabled & {ActionId.PAUSE, ActionId.RESUME}:
        enabled.add(ActionId.TOGGLE_PAUSE)
    only = jobs[0] if len(jobs) == 1 else None
    if (
        only
        and applies(Command.OPEN_FILE, only.state)
        and only.file_path
        and is_file(only.file_path)
    ):
        enabled.add(ActionId.OPEN_FILE)
    if any(is_dir(folder) for folder in {job_folder(job) for job in jobs}):
        enabled.add(ActionId.OPEN_FOLDER)
    return enabled


class JobActions(QObject):
    """Owns the QActions; the window connects their ``triggered`` signals to its slots."""

    def __init__(self, icons: IconSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            text, tip = translate("Actions", spec.text), translate("Actions", spec.tip)
            action = QAction(text, self)
            action.setObjectName(f"action-{action_id.value}")
            action.setStatusTip(tip)
            shortcuts: list[QKeySequence] = []
            for key in spec.shortcuts:
                sequence = QKeySequence(key)
                if not sequence.isEmpty() and sequence not in shortcuts:
                    shortcuts.append(sequence)
            action.setShortcuts(shortcuts)
            if spec.table_only:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            hint = (
                shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
            )
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({hint})\n{tip}" if hint else f"{plain}\n{tip}")
            self._actions[action_id] = action
        self.set_icons(icons)
        self.update([], any_unfinished=False, any_paused=False)

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def all(self) -> dict[ActionId, QAction]:
        return dict(self._actions)

    def table_scoped(self) -> list[QAction]:
        """Actions whose shortcuts only work while the job table has focus."""
        return [self._actions[i] for i, spec in SPECS.items() if spec.table_only]

    def set_icons(self, icons: IconSet) -> None:
        for action_id, spec in SPECS.items():
            if spec.icon:
                self._actions[action_id].setIcon(icons.icon(spec.icon))

    def update(
        self,
        jobs: Sequence[Job],
        *,
        any_unfinished: bool,
        any_paused: bool,
        batch_selected: bool = False,
    ) -> None:
        """Enable what applies to ``jobs`` (the selection, a batch row meaning its items) and
        to the list as a whole; ``batch_selected``: the selection holds one batch row."""
        enabled = applicable_actions(jobs)
        for action_id in SELECTION_ACTIONS:
            self._actions[action_id].setEnabled(action_id in enabled)
        self._actions[ActionId.PAUSE_ALL].setEnabled(any_unfinished)
        self._actions[ActionId.RESUME_ALL].setEnabled(any_paused)
        self._actions[ActionId.CHECK_NEW].setEnabled(batch_selected)
