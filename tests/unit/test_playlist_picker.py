"""The playlist item picker: ticks, All/None, ranges, search, downloaded entries unticked;
and the window's batch intake queuing what was chosen (engine over fake runners)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from mediadesk.core.probe import ProbeEntry, ProbeKind, ProbeResult
from mediadesk.ui.batch_intake import BatchIntake
from mediadesk.ui.dialogs.playlist_picker import PlaylistPicker, parse_ranges
from mediadesk.ui.panes.add_bar import AddBar
from mediadesk.ui.panes.message_area import MessageArea


def probe(count: int = 8) -> ProbeResult:
    entries = tuple(
        ProbeEntry(
            url=f"http://127.0.0.1:9/show/{n}.mp4",
            title=("Bonus " if n == 5 else "Episode ") + str(n),
            duration=60.0 * n if n % 2 else None,
            extractor="Generic",
            video_id=f"show-{n}",
            index=n,
        )
        for n in range(1, count + 1)
    )
    return ProbeResult("http://127.0.0.1:9/show.rss", ProbeKind.PLAYLIST, "Show", entries=entries)


def numbers(entries: list[ProbeEntry]) -> list[int]:
    return [e.index or 0 for e in entries]


def test_parse_ranges_reads_numbers_and_ranges_and_explains_mistakes() -> None:
    assert parse_ranges("1-3,7", 8) == {1, 2, 3, 7}
    assert parse_ranges(" 2 , 4-4 ", 8) == {2, 4}
    for bad, why in [
        ("x", "not a number"),
        ("0-2", "outside"),
        ("5-9", "outside"),
        ("", "for example"),
    ]:
        with pytest.raises(ValueError, match=why):
            parse_ranges(bad, 8)


def test_picker_ticks_all_none_ranges_and_search(qtbot) -> None:
    picker = PlaylistPicker(probe(), lambda e: e.video_id == "show-2")
    qtbot.add_widget(picker)
    # Downloaded before: marked and unticked; the rest ticked.
    assert numbers(picker.chosen()) == [1, 3, 4, 5, 6, 7, 8]
    assert picker._model.item(1, 3).text() == "Downloaded"
    assert picker._model.item(0, 2).text() != "" and picker._model.item(1, 2).text() == ""
    picker.none_button.click()
    assert picker.chosen() == []
    picker.all_button.click()
    assert numbers(picker.chosen()) == list(range(1, 9))

    picker.range_edit.setText("1-3,7")
    picker.apply_range()
    assert numbers(picker.chosen()) == [1, 2, 3, 7]
    picker.range_edit.setText("3-12")
    picker.apply_range()
    assert "outside" in picker.problem.text()
    assert numbers(picker.chosen()) == [1, 2, 3, 7]  # a bad range changes nothing

    picker.search.setText("bonus")
    assert picker.shown_rows() == [4]
    picker.all_button.click()  # All and None act on what the search shows
    assert numbers(picker.chosen()) == [1, 2, 3, 5, 7]
    picker.search.setText("")
    assert len(picker.shown_rows()) == 8
    assert "5 items" in picker.summary.text()


def test_chosen_entries_are_queued_as_a_batch(qtbot, harness) -> None:
    h = harness(max_concurrent=0)
    host = QWidget()
    qtbot.add_widget(host)
    bar, messages = AddBar(h.engine.settings, parent=host), MessageArea(host)
    seen: list[ProbeResult] = []

    def pick(_parent, found: ProbeResult, is_downloaded) -> list[ProbeEntry]:
        seen.append(found)
        picker = PlaylistPicker(found, is_downloaded)
        qtbot.add_widget(picker)
        picker.range_edit.setText("2,4-5")
        picker.apply_range()
        return picker.chosen()

    BatchIntake(h.engine, bar, messages, pick=pick, parent=host)
    h.engine.playlistFound.emit(probe())
    assert len(seen) == 1
    [batch] = h.engine.batches()
    items = h.engine.batch_items(batch.id)
    assert [j.url for j in items] == [f"http://127.0.0.1:9/show/{n}.mp4" for n in (2, 4, 5)]
    assert "3 new" in messages.text()


def test_cancelled_picker_queues_nothing(qtbot, harness) -> None:
    h = harness(max_concurrent=0)
    host = QWidget()
    qtbot.add_widget(host)
    bar, messages = AddBar(h.engine.settings, parent=host), MessageArea(host)
    BatchIntake(h.engine, bar, messages, pick=lambda *_: None, parent=host)
    h.engine.playlistFound.emit(probe())
    assert h.engine.batches() == [] and h.engine.jobs() == []
    assert "Nothing queued" in messages.text()
