"""The UI's pure pieces: wording of numbers, which actions apply, drop parsing, reports,
and icons."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QMimeData, QUrl
from PySide6.QtGui import QIcon, QPalette

from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.engine.engine import AddResult
from mediadesk.ui import formatting as fmt
from mediadesk.ui.actions import SPECS, ActionId, applicable_actions
from mediadesk.ui.icons import IconSet, svg_source
from mediadesk.ui.mime_links import MOZ_URL, can_read, read_links
from mediadesk.ui.panes.message_area import Level, describe_results

C = QLocale(QLocale.Language.C)


def test_sizes_speeds_and_durations_read_like_a_person_wrote_them() -> None:
    assert fmt.format_size(C, 0) == "0 bytes"
    assert fmt.format_size(C, 1_234_567) == "1.2 MB"
    assert fmt.format_size(C, None) == ""
    assert fmt.format_progress_size(C, 1_000_000, 4_000_000) == "1.0 MB of 4.0 MB"
    assert fmt.format_progress_size(C, 2_000_000, None) == "2.0 MB"
    assert fmt.format_progress_size(C, 0, None) == ""
    assert fmt.format_speed(C, 2_500_000) == "2.5 MB/s"
    assert fmt.format_speed(C, None) == ""
    assert fmt.format_duration(42) == "42 s"
    assert fmt.format_duration(185) == "3 min 5 s"
    assert fmt.format_duration(180) == "3 min"
    assert fmt.format_duration(25 * 60 + 10) == "25 min"
    assert fmt.format_duration(3600 + 5 * 60) == "1 h 5 min"
    assert fmt.format_duration(2 * 86400 + 3 * 3600) == "2 d 3 h"
    assert fmt.format_duration(None) == ""


def test_added_dates_say_today_and_yesterday() -> None:
    now = time.mktime((2026, 3, 10, 15, 0, 0, 0, 0, -1))
    assert fmt.format_added(C, now - 3600, now).startswith("Today, ")
    assert fmt.format_added(C, now - 86400, now).startswith("Yesterday, ")
    older = fmt.format_added(C, now - 10 * 86400, now)
    assert not older.startswith(("Today", "Yesterday")) and older


def _job(state: JobState, tmp: Path, **kw: object) -> Job:
    return Job(
        id=f"{abs(hash((state, tuple(kw.items())))):016x}"[:16],
        url="http://127.0.0.1:9/a.mp4",
        state=state,
        preset=FormatPreset.BEST,
        output_dir=str(tmp),
        position=1,
        created_at=1.0,
        **kw,  # type: ignore[arg-type]
    )


def test_actions_apply_only_where_they_make_sense(tmp_path: Path) -> None:
    file = tmp_path / "clip.mp4"
    file.write_bytes(b"x")
    done = _job(JobState.DONE, tmp_path, file_path=str(file))
    gone = _job(JobState.DONE, tmp_path, file_path=str(tmp_path / "deleted.mp4"))
    running = _job(JobState.DOWNLOADING, tmp_path)
    paused = _job(JobState.PAUSED, tmp_path)
    failed = _job(JobState.FAILED, tmp_path)
    canceled = _job(JobState.CANCELED, tmp_path)
    elsewhere = _job(JobState.QUEUED, tmp_path / "missing-folder")

    assert applicable_actions([]) == set()
    assert applicable_actions([done]) == {
        ActionId.OPEN_FILE,
        ActionId.OPEN_FOLDER,
        ActionId.REMOVE,
        ActionId.REMOVE_WITH_FILES,
        ActionId.COPY_URL,
    }
    assert ActionId.OPEN_FILE not in applicable_actions([gone]), "file deleted meanwhile"
    assert ActionId.OPEN_FILE not in applicable_actions([done, done]), "only for one job"

    on_running = applicable_actions([running])
    assert {ActionId.PAUSE, ActionId.TOGGLE_PAUSE, ActionId.CANCEL, ActionId.MOVE_UP} <= on_running
    assert not on_running & {ActionId.RESUME, ActionId.RETRY, ActionId.OPEN_FILE}

    on_paused = applicable_actions([paused])
    assert {ActionId.RESUME, ActionId.TOGGLE_PAUSE, ActionId.CANCEL} <= on_paused
    assert ActionId.PAUSE not in on_paused

    for stopped in (failed, canceled):
        on_stopped = applicable_actions([stopped])
        assert ActionId.RETRY in on_stopped
        assert not on_stopped & {ActionId.PAUSE, ActionId.RESUME, ActionId.MOVE_UP}
    assert ActionId.CANCEL in applicable_actions([failed])
    assert ActionId.CANCEL not in applicable_actions([canceled])

    mixed = applicable_actions([done, paused, failed])
    assert {ActionId.RESUME, ActionId.RETRY, ActionId.CANCEL} <= mixed
    assert ActionId.PAUSE not in mixed and ActionId.OPEN_FILE not in mixed
    assert ActionId.OPEN_FOLDER not in applicable_actions([elsewhere])


def test_every_action_has_a_shortcut_and_the_requested_keys() -> None:
    assert all(spec.shortcuts for spec in SPECS.values())
    keys = {action_id: spec.shortcuts for action_id, spec in SPECS.items()}
    assert keys[ActionId.PASTE] == ("Ctrl+V",)
    assert keys[ActionId.REMOVE] == ("Del",)
    assert keys[ActionId.TOGGLE_PAUSE] == ("Space",)
    assert {"Return", "Enter"} <= set(keys[ActionId.OPEN_FILE])
    assert set(keys[ActionId.ADD]) == {"Ctrl+N", "Ctrl+L"}
    assert "Ctrl+Q" in keys[ActionId.QUIT]
    assert keys[ActionId.MOVE_UP] == ("Ctrl+Up",) and keys[ActionId.MOVE_DOWN] == ("Ctrl+Down",)
    assert keys[ActionId.SETTINGS] == ("Ctrl+,",)
    # Keys a text field needs only act while the table has focus.
    for action_id in (ActionId.PASTE, ActionId.REMOVE, ActionId.TOGGLE_PAUSE, ActionId.OPEN_FILE):
        assert SPECS[action_id].table_only


def test_reading_links_from_drops(qapp) -> None:
    uri_list = QMimeData()
    uri_list.setUrls([QUrl("https://a.example/v/1"), QUrl("https://a.example/v/2")])
    uri_list.setText("Link title that must not become a job")
    links = read_links(uri_list)
    assert links.urls == ["https://a.example/v/1", "https://a.example/v/2"] and links.text == ""

    firefox = QMimeData()
    firefox.setData(MOZ_URL, QByteArray("https://b.example/watch?v=9\nA title".encode("utf-16-le")))
    assert can_read(firefox)
    assert read_links(firefox).urls == ["https://b.example/watch?v=9"]

    plain = QMimeData()
    plain.setText("see https://c.example/1 and\nhttps://c.example/2")
    assert read_links(plain).urls == [] and "c.example/2" in read_links(plain).text

    image = QMimeData()
    image.setData("image/png", QByteArray(b"\x89PNG"))
    assert not can_read(image) and read_links(image).empty


def test_reports_name_every_refusal_and_its_reason(tmp_path: Path) -> None:
    job = _job(JobState.QUEUED, tmp_path)
    report = describe_results(
        [
            AddResult("http://ok.example/1", job=job),
            AddResult("ftp://files.example/x", reason="Only http:// and https:// ..."),
            AddResult(
                "http://dup.example/1", reason="Already in the list (queued).", duplicate_of="x"
            ),
        ]
    )
    assert report.level is Level.WARNING
    assert "Queued 1 download." in report.plain
    assert "ftp://files.example/x: Only http://" in report.plain
    assert "http://dup.example/1: Already in the list" in report.plain
    assert "<b>ftp://files.example/x</b>" in report.html

    refused = describe_results([AddResult("hello", reason="No web address found in this text.")])
    assert refused.level is Level.ERROR and "Nothing added" in refused.plain
    assert describe_results([AddResult("u", job=job)]).level is Level.SUCCESS
    many = describe_results([AddResult(f"bad{i}", reason="nope") for i in range(12)])
    assert "…and 4 more." in many.plain
    assert describe_results([]).level is Level.WARNING


def test_icons_load_from_the_installed_resources_and_follow_the_palette(qapp) -> None:
    assert "<svg" in svg_source("pause")
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.WindowText, "#202020")
    dark.setColor(QPalette.ColorRole.WindowText, "#f0f0f0")
    for palette, expected in ((light, 0x20), (dark, 0xF0)):
        image = IconSet(palette).icon("pause").pixmap(24, 24).toImage()
        colors = {
            image.pixelColor(x, y).red()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() == 255
        }
        assert colors == {expected}, "strokes take the palette's text colour"
    disabled = IconSet(light).icon("pause").pixmap(24, 24, QIcon.Mode.Disabled)
    assert not disabled.isNull()
    for spec in SPECS.values():
        if spec.icon:
            assert not IconSet(light).icon(spec.icon).isNull(), spec.icon
    for state in JobState:
        assert not IconSet(light).state_icon(state).isNull()


def _stroke_colors(pixmap) -> set[str]:
    image = pixmap.toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icons_are_tinted_files_that_qt_renders_when_first_drawn(
    qapp, monkeypatch, tmp_path
) -> None:
    """Launch builds ~20 icons; rendering every size and mode up front cost ~530 renders."""
    from mediadesk.ui import icons

    rendered: list[int] = []
    real = icons.render_svg
    monkeypatch.setattr(icons, "render_svg", lambda *a: rendered.append(1) or real(*a))
    palette = QPalette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, "#202020")
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, "#a0a0a0")
    folder = tmp_path / "icons"
    icon = IconSet(palette, folder).icon("pause")
    assert rendered == [], "nothing is rendered before the icon is drawn"
    written = sorted(folder.iterdir())
    assert len(written) == 3, "one file per colour: normal (= active), disabled, selected"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in written)
    assert icon.pixmap(40, 40).size().width() == 40, "any size, rendered crisp at that size"
    assert _stroke_colors(icon.pixmap(40, 40)) == {"#202020"}
    assert _stroke_colors(icon.pixmap(40, 40, QIcon.Mode.Disabled)) == {"#a0a0a0"}
    IconSet(palette, folder).icon("pause")
    assert sorted(folder.iterdir()) == written, "the next launch reuses the files"


def test_icons_without_a_writable_cache_are_rendered_up_front(qapp, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    palette = QPalette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, "#202020")
    icon = IconSet(palette, blocker / "icons").icon("pause")
    assert _stroke_colors(icon.pixmap(24, 24)) == {"#202020"}
