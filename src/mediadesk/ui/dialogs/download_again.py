"""Adding an address that was downloaded before: ask instead of silently fetching it again."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from mediadesk.core.job import Job
from mediadesk.ui.formatting import format_count, job_name


class AgainChoice(enum.Enum):
    DOWNLOAD_AGAIN = "again"
    SHOW_EXISTING = "show"
    SKIP = "skip"


#: Asks what to do with addresses already downloaded (parent, their finished jobs).
AskAgain = Callable[[QWidget | None, Sequence[Job]], AgainChoice]


def again_question(jobs: Sequence[Job]) -> tuple[str, str]:
    """The question's title and text."""
    if len(jobs) == 1:
        job = jobs[0]
        where = f"\nIt was saved as {job.file_path}" if job.file_path else ""
        return "Download again?", f"“{job_name(job)}” was downloaded before.{where}"
    names = "\n".join(f"• {job_name(j)}" for j in jobs[:5])
    more = f"\n…and {len(jobs) - 5} more" if len(jobs) > 5 else ""
    return (
        "Download again?",
        f"{format_count(len(jobs), 'address', 'addresses')} were downloaded before:\n{names}{more}",
    )


def ask_download_again(parent: QWidget | None, jobs: Sequence[Job]) -> AgainChoice:
    title, text = again_question(jobs)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    again = box.addButton("Download &Again", QMessageBox.ButtonRole.AcceptRole)
    show = box.addButton(
        "&Show Existing File" if len(jobs) == 1 else "&Show Existing Files",
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    box.exec()
    clicked = box.clickedButton()
    if clicked is again:
        return AgainChoice.DOWNLOAD_AGAIN
    if clicked is show:
        return AgainChoice.SHOW_EXISTING
    return AgainChoice.SKIP
