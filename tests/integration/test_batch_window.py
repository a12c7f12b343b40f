"""Batches in the window with real workers and a local feed: the add bar asks which items,
a hand-off does not unless the setting says so, a batch row shows its items' progress, and
"Check for new items" queues only what a grown feed added."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediadesk.core.probe import ProbeEntry, ProbeResult
from mediadesk.ui.actions import ActionId
from mediadesk.ui.jobs.model import Column
from tests.integration.test_batches import serve_feed, wait_batch


class RecordingPicker:
    """Stands in for the dialog: records what it was shown and ticks the given items."""

    def __init__(self, ticked: tuple[int, ...]) -> None:
        self.ticked = ticked
        self.shown: list[ProbeResult] = []

    def __call__(self, _parent, probe: ProbeResult, _is_downloaded) -> list[ProbeEntry]:
        self.shown.append(probe)
        return [e for n, e in enumerate(probe.entries, start=1) if n in self.ticked]


def test_add_bar_opens_the_picker_and_queues_only_the_chosen_items(
    qtbot, server, make_engine, open_window
) -> None:
    feed = serve_feed(server, "pick", 5)
    engine = make_engine(max_concurrent=2)
    picker = RecordingPicker((1, 3))
    window = open_window(engine, pick_playlist_items=picker)
    window.add_bar.field.setText(feed)
    qtbot.mouseClick(window.add_bar.add_button, Qt.MouseButton.LeftButton)
    batch, items = wait_batch(qtbot, engine)
    assert len(picker.shown) == 1 and len(picker.shown[0].entries) == 5
    assert [j.title for j in items] == ["Episode 1", "Episode 3"]
    assert server.gets("/pick/ep2.mp4") == []
    window.model.flush()
    row = window.model.index_of(batch.id)
    assert window.model.index(row.row(), Column.STATUS).data() == "2 of 2 done"
    assert window.model.rowCount(row) == 2


def test_a_hand_off_queues_every_item_unless_the_setting_asks(
    qtbot, server, make_engine, open_window
) -> None:
    engine = make_engine(max_concurrent=2)
    picker = RecordingPicker((2,))
    window = open_window(engine, pick_playlist_items=picker)
    window.add_text(serve_feed(server, "handoff", 3))
    _batch, items = wait_batch(qtbot, engine)
    assert picker.shown == [] and len(items) == 3

    engine.remove([j.id for j in engine.jobs()])
    from dataclasses import replace

    engine.update_settings(replace(engine.settings, ask_for_playlist_items_on_handoff=True))
    window.add_text(serve_feed(server, "asked", 3))
    qtbot.waitUntil(lambda: len(picker.shown) == 1, timeout=30_000)
    _batch, items = wait_batch(qtbot, engine)
    assert [j.title for j in items] == ["Episode 2"]


def test_check_for_new_items_queues_only_what_the_feed_added(
    qtbot, server, make_engine, open_window
) -> None:
    feed = serve_feed(server, "grow", 2)
    engine = make_engine(max_concurrent=2)
    window = open_window(engine)
    window.add_text(feed)
    batch, items = wait_batch(qtbot, engine)
    assert len(items) == 2
    window.model.flush()
    window.select_jobs([batch.id])
    action = window.job_actions[ActionId.CHECK_NEW]
    qtbot.waitUntil(action.isEnabled)

    serve_feed(server, "grow", 5)  # the feed grew by three episodes
    action.trigger()
    qtbot.waitUntil(
        lambda: "3 new, 2 already downloaded" in window.message_area.text(), timeout=30_000
    )
    batch, items = wait_batch(qtbot, engine)
    assert [j.title for j in items] == [f"Episode {i}" for i in range(1, 6)]
    assert [len(server.gets(f"/grow/ep{i}.mp4")) > 0 for i in range(1, 6)] == [True] * 5
    assert len(engine.batches()) == 1
