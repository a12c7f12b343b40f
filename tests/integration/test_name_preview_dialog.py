"""The settings dialog's file-name preview comes from the name-preview worker process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from mediadesk.core.name_preview import NamePreview
from mediadesk.core.settings import Settings
from mediadesk.ui.dialogs.settings import SettingsDialog
from mediadesk.ui.name_preview import NamePreviewService

WORKER = 15000  # ms: a fresh Python importing yt-dlp, on a busy machine


def open_dialog(qtbot, downloads: Path, template: str = "%(title)s") -> SettingsDialog:
    settings = Settings(download_dir=str(downloads), name_template=template)
    dialog = SettingsDialog(settings, default_download_dir=str(downloads))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_name_the_worker_computes(qtbot, downloads: Path) -> None:
    dialog = open_dialog(qtbot, downloads)
    assert dialog.preview_text() == "Example: …" and dialog.preview_pending()
    qtbot.waitUntil(lambda: "Big Buck Bunny.mp4" in dialog.preview_text(), timeout=WORKER)
    assert not dialog.preview_pending()

    dialog.template_edit.setText("%(uploader)s - %(series)s")
    assert dialog.preview_text() == "Example: …", "pending until the worker answers"
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=WORKER)
    text = dialog.preview_text()
    assert "<b>Blender Foundation - NA.mp4</b>" in text
    assert "stands for a field this video does not have" in text

    dialog.template_edit.setText("%(nonexistent)s")
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=WORKER)
    assert "Big Buck Bunny.mp4" in dialog.preview_text()
    assert "so the title is used" in dialog.preview_text()

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.template_edit.setText("%(title")
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=WORKER)
    assert "This template cannot be used: incomplete format key." in dialog.preview_text()
    assert not ok.isEnabled()

    dialog.template_edit.setText("%(uploader)s - %(series)s")  # answered before: at once
    assert "<b>Blender Foundation - NA.mp4</b>" in dialog.preview_text() and ok.isEnabled()


def test_typing_is_debounced_to_one_worker_run(qtbot, downloads: Path) -> None:
    dialog = open_dialog(qtbot, downloads)
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=WORKER)
    answered: list[str] = []
    dialog._previews.ready.connect(lambda template, _preview: answered.append(template))
    for typed in ("%", "%(", "%(i", "%(id", "%(id)", "%(id)s"):
        dialog.template_edit.setText(typed)
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=WORKER)
    assert answered == ["%(id)s"], "the half-typed templates were never evaluated"
    assert "<b>aqz-KE-bpKQ.mp4</b>" in dialog.preview_text()


def test_ok_while_the_check_runs_waits_for_its_answer(qtbot, downloads: Path) -> None:
    dialog = open_dialog(qtbot, downloads)
    dialog.template_edit.setText("%(title")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "cannot be used" in dialog.preview_text(), timeout=WORKER)
    assert dialog.isVisible(), "an unusable template keeps the dialog open"

    dialog.template_edit.setText("%(id)s %(title)s")
    with qtbot.waitSignal(dialog.accepted, timeout=WORKER):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible(), "closes once the template is known to work"
    assert dialog.result_settings().name_template == "%(id)s %(title)s"


def test_an_unchanged_template_needs_no_check_to_save(qtbot, downloads: Path) -> None:
    dialog = open_dialog(qtbot, downloads, template="%(uploader)s %(title)s")
    assert dialog.preview_pending()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_worker_that_cannot_start_is_said_and_blocks_nothing(qtbot, tmp_path: Path) -> None:
    service = NamePreviewService(command=[str(tmp_path / "no-such-python")], debounce_ms=0)
    with qtbot.waitSignal(service.ready, timeout=WORKER) as answer:
        service.request("%(title)s")
    template, preview = answer.args
    assert template == "%(title)s"
    assert isinstance(preview, NamePreview) and preview.ok
    assert preview.note.startswith("No example available:")
    service.close()
