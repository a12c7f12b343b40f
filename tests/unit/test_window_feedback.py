"""What the window tells and shows: new jobs in sight, canceled jobs told apart from
failures, failures to open something said, readable names for untitled jobs, and dialog
titles and help text as a desktop shows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from mediadesk.core.states import JobState
from mediadesk.ui.actions import ActionId
from mediadesk.ui.dialogs.download_again import AgainChoice, again_question
from mediadesk.ui.formatting import short_address
from mediadesk.ui.jobs.model import Column, JobRole
from mediadesk.ui.jobs.proxy import StateFilter
from mediadesk.ui.panes.message_area import Level
from tests.support.ui import status_of, stored_job


def _cell(window, job_id: str, column: Column, role=None):  # type: ignore[no-untyped-def]
    index = window.proxy.mapFromSource(window.model.index_of(job_id, column))
    return index.data() if role is None else index.data(role)


def test_added_jobs_are_selected_and_scrolled_into_view(
    qtbot, harness, open_window, downloads: Path
) -> None:
    history = [stored_job(n, JobState.DONE, downloads) for n in range(300)]
    h = harness(stored=history, max_concurrent=1)
    window = open_window(h.engine)
    window.filter_bar.set_state_filter(StateFilter.FINISHED)  # would hide a queued job
    window.add_text("http://127.0.0.1:9/new-one.mp4\nhttp://127.0.0.1:9/new-two.mp4")
    new = [j.id for j in h.engine.jobs()[-2:]]
    assert window.selected_ids() == new
    assert window.filter_bar.state_filter() is StateFilter.ALL
    index = window.proxy.mapFromSource(window.model.index_of(new[0]))
    assert window.table.viewport().rect().intersects(window.table.visualRect(index))

    # The same address again: nothing new, the job holding it is shown instead.
    window.table.clearSelection()
    window.add_text("http://127.0.0.1:9/new-two.mp4")
    assert window.selected_ids() == [new[1]]


def test_a_canceled_job_has_no_stale_progress_its_own_filter_and_a_neutral_note(
    qtbot, harness, open_window
) -> None:
    h = harness()
    window = open_window(h.engine)
    job_id = h.add("http://127.0.0.1:9/big.mp4")
    runner = h.runners.for_job(job_id)
    runner.play_until("progress", count=3)
    window.model.flush()
    assert _cell(window, job_id, Column.SIZE).endswith("of 1.0 MB")

    window.select_jobs([job_id])
    window.job_actions[ActionId.CANCEL].trigger()
    runner.play_until("progress")  # a block that arrived before the stop took effect
    runner.stopped()
    window.model.flush()
    assert h.engine.job(job_id).bytes_done == 0, "its partial file was deleted"
    assert status_of(window, job_id) == "Canceled"
    assert _cell(window, job_id, Column.SIZE) == ""
    assert _cell(window, job_id, Column.PROGRESS) == ""
    assert _cell(window, job_id, Column.PROGRESS, JobRole.FRACTION) is None

    assert window.filter_bar.button(StateFilter.FAILED).text() == "Failed"
    assert window.filter_bar.button(StateFilter.CANCELED).text() == "Canceled  1"
    window.filter_bar.set_state_filter(StateFilter.FAILED)
    assert window.proxy.rowCount() == 0
    window.filter_bar.set_state_filter(StateFilter.CANCELED)
    assert window.proxy.rowCount() == 1

    window.select_jobs([job_id])
    details = window.details
    assert details.note_tone == "neutral"
    assert "1.0 MB" not in details.size_label.text()


def test_open_and_show_in_folder_say_when_they_fail(
    qtbot, harness, open_window, downloads: Path
) -> None:
    media = downloads / "clip.mp4"
    media.write_bytes(b"x")
    gone = stored_job(
        2, JobState.DONE, downloads / "removed-later", file_path=str(downloads / "x" / "a.mp4")
    )
    h = harness(stored=[stored_job(1, JobState.DONE, downloads, file_path=str(media)), gone])
    window = open_window(h.engine, open_url=lambda _url: False)
    [done_id, gone_id] = [j.id for j in h.engine.jobs()]

    window.select_jobs([done_id])
    window.job_actions[ActionId.OPEN_FILE].trigger()
    assert window.message_area.level is Level.WARNING
    assert "No application could open" in window.message_area.text()

    window.message_area.dismiss()
    window.job_actions[ActionId.OPEN_FOLDER].trigger()
    assert "No file manager could show" in window.message_area.text()

    # Deleted after the selection enabled the action (which needs an existing folder):
    window.select_jobs([gone_id])
    window.commands.open_selected_folder()
    assert "no longer there" in window.message_area.text()


def test_untitled_jobs_are_named_by_their_file_and_host() -> None:
    assert short_address("https://media.example/talks/Big%20Buck%20Bunny.mp4?x=1") == (
        "Big Buck Bunny.mp4 (media.example)"
    )
    assert short_address("https://media.example/") == "media.example"
    assert short_address("https://media.example/watch/") == "watch (media.example)"


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_settings_title_and_readable_help(qtbot, harness, open_window) -> None:
    window = open_window(harness().engine)
    dialog = window.show_settings()
    # The desktop appends " — MediaDesk" itself.
    assert "MediaDesk" not in dialog.windowTitle()
    label = dialog.template_help
    group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
    text = label.palette().color(group, label.foregroundRole())
    background = dialog.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    assert _contrast(text, background) >= 4.5  # WCAG AA for body text
    dialog.reject()


def test_re_adding_a_finished_address_asks_first(
    qtbot, harness, open_window, desktop, downloads: Path
) -> None:
    media = downloads / "talk.mp4"
    media.write_bytes(b"x")
    url = "http://127.0.0.1:9/talk.mp4"
    done = stored_job(1, JobState.DONE, downloads, url=url, file_path=str(media))
    h = harness(stored=[done])
    window = open_window(h.engine)

    desktop.again_choice = AgainChoice.SHOW_EXISTING
    window.add_text(url)
    assert desktop.asked_again == [[done.id]]
    assert len(h.engine.jobs()) == 1, "nothing fetched again"
    assert window.selected_ids() == [done.id]
    assert desktop.opened and desktop.opened[-1].toLocalFile() == str(downloads)
    assert "Downloaded before" in window.message_area.text()

    desktop.again_choice = AgainChoice.SKIP
    window.add_text(url)
    assert len(h.engine.jobs()) == 1

    desktop.again_choice = AgainChoice.DOWNLOAD_AGAIN
    window.add_text(f"{url}\nhttp://127.0.0.1:9/other.mp4")
    assert sorted(j.url for j in h.engine.jobs()) == [
        "http://127.0.0.1:9/other.mp4",
        url,
        url,
    ]
    assert len(desktop.asked_again) == 3
    assert window.message_area.level is Level.SUCCESS


def test_download_again_question_names_the_file(downloads: Path) -> None:
    job = stored_job(1, JobState.DONE, downloads, file_path=str(downloads / "a.mp4"))
    title, text = again_question([job])
    assert title == "Download again?" and "a.mp4" in text and job.title in text
