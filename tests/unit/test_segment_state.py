"""The .segments sidecar: plans tile the file, splits keep it tiled, bad sidecars are refused."""

from __future__ import annotations

from pathlib import Path

from mediadesk.worker import segment_state
from mediadesk.worker.segment_state import MIN_SEGMENT, MIN_STEAL, Segment, SegmentPlan


def _tiles(plan: SegmentPlan) -> bool:
    position = 0
    for segment in sorted(plan.segments, key=lambda s: s.start):
        if segment.start != position:
            return False
        position = segment.end
    return position == plan.total


def test_a_plan_splits_the_file_into_equal_adjoining_segments() -> None:
    plan = segment_state.plan(40_000_000, 8, "etag")
    assert len(plan.segments) == 8 and _tiles(plan)
    assert {s.end - s.start for s in plan.segments} == {5_000_000}
    assert plan.done == 0 and not plan.complete


def test_small_files_get_fewer_segments_and_tiny_ones_one() -> None:
    assert segment_state.segment_count(3 * MIN_SEGMENT, 8) == 3
    assert segment_state.segment_count(MIN_SEGMENT + 1, 8) == 1
    assert segment_state.segment_count(100 * MIN_SEGMENT, 1) == 1


def test_a_single_connection_prefix_becomes_a_finished_first_segment() -> None:
    plan = segment_state.plan(20_000_000, 4, prefix=5_000_000)
    assert plan.segments[0] == Segment(0, 5_000_000, 5_000_000)
    assert len(plan.segments) == 5 and _tiles(plan)
    assert plan.done == 5_000_000


def test_an_idle_connection_takes_unstarted_work_first_then_halves_the_largest() -> None:
    segments = [Segment(0, 10 * MIN_STEAL, 2 * MIN_STEAL), Segment(10 * MIN_STEAL, 12 * MIN_STEAL)]
    assert segment_state.split_largest(segments, busy={0}) == 1
    index = segment_state.split_largest(segments, busy={0, 1})
    assert index == 2
    assert segments[0] == Segment(0, 6 * MIN_STEAL, 2 * MIN_STEAL)
    assert segments[2] == Segment(6 * MIN_STEAL, 10 * MIN_STEAL, 0)
    plan = SegmentPlan(12 * MIN_STEAL, "", segments)
    assert _tiles(plan)


def test_nothing_is_split_below_the_minimum() -> None:
    segments = [Segment(0, 2 * MIN_STEAL - 1, 0)]
    assert segment_state.split_largest(segments, busy={0}) is None
    assert segment_state.split_largest([Segment(0, 5, 5)], busy=set()) is None


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = segment_state.sidecar_for(tmp_path / "mediadesk-0123456789abcdef.mp4.part")
    assert path.name == "mediadesk-0123456789abcdef.mp4.part.segments"
    plan = segment_state.plan(9_000_000, 3, '"v1"')
    plan.segments[1].done = 1234
    segment_state.save(path, plan, durable=True)
    assert segment_state.load(path) == plan
    segment_state.discard(path)
    assert not path.exists() and segment_state.load(path) is None


def test_untrustworthy_sidecars_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.part.segments"
    bad = [
        "",
        "{not json",
        '{"version": 99, "total": 10, "segments": [[0, 10, 0]]}',
        '{"version": 1, "total": 10, "segments": [[0, 5, 0]]}',  # a gap at the end
        '{"version": 1, "total": 10, "segments": [[0, 6, 0], [5, 10, 0]]}',  # overlap
        '{"version": 1, "total": 10, "segments": [[0, 5, 6], [5, 10, 0]]}',  # done > length
        '{"version": 1, "total": 10, "segments": [[0, "a", 0]]}',
        "[]",
    ]
    for text in bad:
        path.write_text(text)
        assert segment_state.load(path) is None, text


def test_written_progress_counts_only_on_the_boot_that_wrote_it(tmp_path: Path) -> None:
    """After kill -9 the page cache still holds what was written; after a machine crash
    only what was synced is there."""
    path = tmp_path / "x.part.segments"
    synced = segment_state.plan(9_000_000, 3, "v")
    synced.segments[0].done = 1000
    written = synced.copy()
    written.segments[0].done = 900_000
    index = segment_state.split_largest(written.segments, busy={0, 1, 2})
    assert index == 3, "a split after the last sync appends a segment"
    written.segments[index].done = 5
    segment_state.save(path, synced, written=written, boot="boot-a")

    assert segment_state.load(path, boot="boot-a") == written
    assert segment_state.load(path, boot="boot-b") == synced
    assert segment_state.load(path, boot="") == synced


def test_a_damaged_written_record_falls_back_to_the_synced_one(tmp_path: Path) -> None:
    path = tmp_path / "x.part.segments"
    path.write_text(
        '{"version": 1, "total": 10, "validator": "", "segments": [[0, 10, 4]],'
        ' "boot": "b", "written": [[0, 5, 5]]}'
    )
    assert segment_state.load(path, boot="b") == SegmentPlan(10, "", [Segment(0, 10, 4)])


def test_the_current_boot_is_read_from_the_kernel() -> None:
    boot = segment_state.current_boot()
    assert boot == segment_state.current_boot()
    if segment_state.BOOT_ID.exists():
        assert len(boot) >= 32
