"""Adding an address that was downloaded before: ask instead of silently fetching it again."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from mediadesk.core.job import Job
from mediadesk.ui.formatting import job_name
from mediadesk.ui.i18n import translate


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
        where = (
            "\n" + translate("DownloadAgain", "It was saved as {path}").format(path=job.file_path)
            if job.file_path
            else ""
        )
        text = translate("DownloadAgain", "“{name}” was downloaded before.")
        return translate("DownloadAgain", "Download again?"), text.format(
            name=job_name(job)
        ) + where
    names = "\n".join(f"• {job_name(j)}" for j in jobs[:5])
    count = len(jobs) - 5
    more = "\n" + translate("DownloadAgain", "…and %n more", None, count) if len(jobs) > 5 else ""
    count = len(jobs)
    text = translate("DownloadAgain", "%n address(es) were downloaded before:", None, count)
    return translate("DownloadAgain", "Download again?"), f"{text}\n{names}{more}"


def ask_download_again(parent: QWidget | None, jobs: Sequence[Job]) -> AgainChoice:
    title, text = again_question(jobs)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    again = box.addButton(
        translate("DownloadAgain", "Download &Again"), QMessageBox.ButtonRole.AcceptRole
    )
    count = len(jobs)
    show = box.addButton(
        translate("DownloadAgain", "&Show Existing File(s)", None, count),
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
