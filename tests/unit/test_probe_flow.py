"""Probing without processes: the probe pool (queue, limit, cache, cancel), the probe on add
(which jobs, dropping, the cap, facts stored through the engine) and the asynchronous
Choose… flow in the window, all over fake probes the test answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mediadesk.core.choice import DownloadChoice
from mediadesk.core.job import Job
from mediadesk.core.probe import ProbeKind, ProbeResult
from mediadesk.core.states import JobState
from mediadesk.engine.add_probes import AddProbes
from mediadesk.engine.probe_pool import ProbePool
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.support.fake_probes import FakeProbes, single

URL = "https://example.com/watch/{}"


class Ticker:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def pool(max_running: int = 2) -> tuple[ProbePool, FakeProbes, Ticker]:
    starts, clock = FakeProbes(), Ticker()
    return ProbePool(starts, max_running=max_running, ttl=600, monotonic=clock), starts, clock


def settle() -> None:
    """Let zero-delay timers fire (the probe on add looks at jobs after the engine started
    what it starts)."""
    for _ in range(3):
        QCoreApplication.processEvents()


# -- the pool -------------------------------------------------------------------------------


def test_the_pool_runs_two_queues_the_rest_and_starts_the_next_when_one_answers(qapp) -> None:
    probes, starts, _ = pool()
    for n in range(4):
        assert probes.request(URL.format(n), f"job{n}") is None
    assert starts.urls() == [URL.format(0), URL.format(1)]
    assert probes.queued() == [URL.format(2), URL.format(3)]
    answers: list[str] = []
    probes.finished.connect(lambda url, _probe: answers.append(url))
    starts.answer(URL.format(1), single(URL.format(1)))
    assert answers == [URL.format(1)]
    assert starts.urls()[-1] == URL.format(2)
    assert probes.running() == [URL.format(0), URL.format(2)]


def test_the_next_probe_starts_before_listeners_hear_an_answer(qapp) -> None:
    """A listener may hold the answer for long (Choose… opens its dialog): the queue moves."""
    probes, starts, _ = pool(max_running=1)
    probes.request(URL.format(1), "a")
    probes.request(URL.format(2), "b")
    seen: list[list[str]] = []
    probes.finished.connect(lambda *_: seen.append(probes.running()))
    starts.answer(URL.format(1), single(URL.format(1)))
    assert seen == [[URL.format(2)]]


def test_an_urgent_request_starts_at_once_and_jumps_the_queue(qapp) -> None:
    probes, starts, _ = pool()
    for n in range(3):
        probes.request(URL.format(n), f"job{n}")
    probes.request(URL.format(9), "choose", urgent=True)
    assert starts.urls() == [URL.format(0), URL.format(1), URL.format(9)]
    probes.request(URL.format(2), "choose", urgent=True)  # queued before: starts now
    assert URL.format(2) in starts.live()


def test_answers_are_cached_for_a_while_and_failures_are_not(qapp) -> None:
    probes, starts, clock = pool()
    probes.request(URL.format(1), "a")
    starts.answer(URL.format(1), single(URL.format(1), "Cached"))
    assert probes.request(URL.format(1), "b").title == "Cached"  # no second probe
    assert starts.urls() == [URL.format(1)]
    failures: list[tuple[str, str]] = []
    probes.failed.connect(lambda url, why: failures.append((url, why)))
    probes.request(URL.format(2), "a")
    starts.answer(URL.format(2), "HTTP Error 404: Not Found")
    assert failures == [(URL.format(2), "HTTP Error 404: Not Found")]
    assert probes.request(URL.format(2), "a") is None  # asked again
    clock.now += 601
    assert probes.cached(URL.format(1)) is None
    assert probes.request(URL.format(1), "c") is None
    assert starts.urls().count(URL.format(1)) == 2


def test_cancelling_drops_a_queued_probe_and_kills_a_running_one_only_when_unwanted(
    qapp,
) -> None:
    probes, starts, _ = pool(max_running=1)
    probes.request(URL.format(1), "job1")
    probes.request(URL.format(1), "choose", urgent=True)  # joins the running probe
    probes.request(URL.format(2), "job2")
    probes.cancel(URL.format(2), "job2")
    assert probes.queued() == []
    probes.cancel(URL.format(1), "job1")
    assert starts.live() == [URL.format(1)]  # still wanted by Choose…
    probes.request(URL.format(3), "job3")
    probes.cancel(URL.format(1), "choose")
    assert starts.started[0].killed
    assert starts.live() == [URL.format(3)]  # the next one took the freed place
    probes.shutdown()
    assert starts.live() == [] and probes.running() == []


# -- probe on add -----------------------------------------------------------------------------


def probing(harness):
    """One download place (the fake runner never ends by itself), probes answered by hand."""
    h = harness("stopped", max_concurrent=1)
    probes, starts, _ = pool()
    return h, probes, starts, AddProbes(h.engine, probes)


def test_queued_single_links_are_probed_and_their_facts_stored(harness, db_path: Path) -> None:
    h, _probes, starts, add = probing(harness)
    ids = [h.add(URL.format(n)) for n in range(4)]
    settle()
    # The first started at once (no probe needed); two of the three queued are probed.
    assert h.state(ids[0]) is JobState.DOWNLOADING
    assert starts.urls() == [URL.format(1), URL.format(2)]
    picture = "/cache/thumbnails/abc.jpg"
    starts.answer(
        URL.format(1),
        single(
            URL.format(1),
            "Real title",
            duration=185.0,
            uploader="Someone",
            thumbnail="https://example.com/t.jpg",
            thumbnail_file=picture,
        ),
    )
    job = h.engine.job(ids[1])
    assert (job.title, job.duration, job.uploader) == ("Real title", 185.0, "Someone")
    assert (job.thumbnail_url, job.thumbnail_file) == ("https://example.com/t.jpg", picture)
    assert job.state is JobState.QUEUED
    assert starts.urls()[-1] == URL.format(3)  # the queued third went out
    stored = {j.id: j for j in SqliteJobStore.open(db_path).load_jobs()}
    assert stored[ids[1]] == job  # written through the engine, in real columns
    assert ids[1] not in add.waiting()


def test_probes_are_dropped_when_their_job_starts_or_is_removed(harness) -> None:
    h, probes, starts, add = probing(harness)
    ids = [h.add(URL.format(n)) for n in range(4)]
    settle()
    h.engine.remove([ids[2]])
    assert starts.started[1].killed and probes.running() == [URL.format(1), URL.format(3)]
    h.runners.for_job(ids[0]).finish()  # the next queued job starts: its probe is killed
    assert h.state(ids[1]) is JobState.DOWNLOADING
    assert starts.started[0].killed
    assert list(add.waiting()) == [ids[3]]


def test_titled_jobs_are_not_probed_and_a_big_paste_is_capped(harness) -> None:
    h = harness("stopped", max_concurrent=1)
    probes, starts, _ = pool()
    add = AddProbes(h.engine, probes, max_waiting=3)
    h.engine.add_text("\n".join(URL.format(n) for n in range(20)))
    settle()
    assert len(add.waiting()) == 3 and len(starts.started) == 2
    titled = Job("t1", URL.format(99), JobState.QUEUED, h.engine.jobs()[0].preset, "/d", 99, 1.0,
                 title="Item from a playlist")  # fmt: skip
    add._on_jobs_added([titled])
    settle()
    assert URL.format(99) not in probes.queued() + probes.running()


def test_a_failed_probe_leaves_the_job_as_it_was(harness) -> None:
    h, _probes, starts, add = probing(harness)
    ids = [h.add(URL.format(n)) for n in range(2)]
    settle()
    before = h.engine.job(ids[1])
    starts.answer(URL.format(1), "This site needs a login")
    assert h.engine.job(ids[1]) == before and add.waiting() == {}
    assert "This site needs a login" not in " ".join(h.messages(ids[1]))


def test_an_address_probed_by_choose_is_not_probed_again_on_add(harness) -> None:
    h, probes, starts, _add = probing(harness)
    h.add(URL.format(0))  # takes the one download place
    probes.request(URL.format(1), "choose", urgent=True)
    starts.answer(URL.format(1), single(URL.format(1), "From Choose"))
    job_id = h.add(URL.format(1))
    settle()
    assert h.engine.job(job_id).title == "From Choose"
    assert starts.urls() == [URL.format(1)]


def test_the_engine_keeps_a_known_title_and_ignores_a_playlist_answer(harness) -> None:
    h = harness("stopped", max_concurrent=1)
    h.add(URL.format(0))
    job_id = h.add(URL.format(1))
    h.engine.record_probe(job_id, single(URL.format(1), "First", uploader="U"))
    h.engine.record_probe(job_id, single(URL.format(1), "Second", duration=3.0))
    job = h.engine.job(job_id)
    assert (job.title, job.uploader, job.duration) == ("First", "U", 3.0)
    playlist = ProbeResult(URL.format(1), ProbeKind.PLAYLIST, title="A list", uploader="P")
    assert h.engine.record_probe(job_id, playlist) == job
    assert h.engine.record_probe("gone", single(URL.format(1))) is None


# -- Choose… ----------------------------------------------------------------------------------


@pytest.fixture
def choosing(harness, open_window):
    h = harness("stopped", max_concurrent=1)
    probes, starts, _ = pool()
    asked: list[ProbeResult] = []
    chosen = DownloadChoice(max_height=480)

    def ask(probed, _defaults, _parent):
        asked.append(probed)
        return chosen

    window = open_window(h.engine, probes=probes, ask_choice=ask)
    window.add_probes = AddProbes(h.engine, probes, parent=window)  # as app.attach_probes does
    return h, window, starts, asked, chosen


def test_choose_looks_without_blocking_then_asks_then_queues(qtbot, choosing) -> None:
    h, window, starts, asked, chosen = choosing
    for n in (7, 8, 9):  # one downloads, two are probed on add: the pool is full
        h.add(URL.format(n))
    settle()
    assert starts.live() == [URL.format(8), URL.format(9)]
    url = URL.format(1)
    window.add_bar.field.setText(url)
    qtbot.mouseClick(window.add_bar.choose_button, Qt.MouseButton.LeftButton)
    # The click returned at once: the probe runs (a person waits: it does not queue behind
    # the background ones), the strip says so, nothing is queued yet.
    assert starts.live()[-1] == url and asked == [] and len(h.engine.jobs()) == 3
    assert window.looking_strip.isVisible()
    assert window.looking_strip.label.text() == f"Looking at {url}…"
    assert not window.add_bar.choose_button.isEnabled()
    with qtbot.waitSignal(window.chooser.completed) as done:
        starts.answer(url, single(url, "Looked at"))
    assert [p.title for p in asked] == ["Looked at"]
    [result] = done.args[0]
    assert result.job.url == url and DownloadChoice.from_json(result.job.choice) == chosen
    assert not window.looking_strip.isVisible() and window.add_bar.choose_button.isEnabled()
    assert window.add_bar.field.text() == ""
    settle()
    assert h.engine.job(result.job.id).title == "Looked at"  # the cached answer, no new probe
    assert starts.urls().count(url) == 1


def test_escape_stops_looking_and_kills_the_probe(qtbot, choosing) -> None:
    h, window, starts, asked, _ = choosing
    window.add_bar.field.setText(URL.format(2))
    window.add_bar.request_choice()
    assert window.looking_strip.isVisible()
    qtbot.keyClick(window.add_bar.field, Qt.Key.Key_Escape)
    assert starts.started[0].killed and not window.looking_strip.isVisible()
    assert "Stopped looking at https://example.com/watch/2" in window.message_area.text()
    assert asked == [] and h.engine.jobs() == []
    assert window.add_bar.field.text() == URL.format(2)  # nothing lost


def test_cancel_button_stops_looking(qtbot, choosing) -> None:
    _h, window, starts, _asked, _ = choosing
    window.add_bar.field.setText(URL.format(3))
    window.add_bar.request_choice()
    qtbot.mouseClick(window.looking_strip.cancel_button, Qt.MouseButton.LeftButton)
    assert starts.started[0].killed and not window.chooser.is_looking()


def test_a_failed_look_names_the_address(qtbot, choosing) -> None:
    h, window, starts, asked, _ = choosing
    url = URL.format(4)
    window.add_bar.field.setText(url)
    window.add_bar.request_choice()
    starts.answer(url, "HTTP Error 404: Not Found")
    assert f"Could not look at {url}: HTTP Error 404" in window.message_area.text()
    assert asked == [] and h.engine.jobs() == [] and not window.looking_strip.isVisible()


def test_the_thumbnail_cache_keeps_the_newest_pictures(tmp_path: Path) -> None:
    import os

    from mediadesk.worker.thumbnail_fetch import prune

    folder = tmp_path / "thumbnails"
    folder.mkdir()
    for n in range(5):
        picture = folder / f"{n}.jpg"
        picture.write_bytes(b"x")
        os.utime(picture, (1000 + n, 1000 + n))
    prune(folder, keep=3)
    assert sorted(p.name for p in folder.iterdir()) == ["2.jpg", "3.jpg", "4.jpg"]
