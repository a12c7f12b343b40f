"""HLS/DASH fragments fetched over several connections, resumable exactly.

yt-dlp can fetch fragments in parallel (``concurrent_fragment_downloads``), but its record of
progress then runs ahead of the file (worker/fragment_record.py says how): a pause or crash
followed by a resume silently loses fragments. Here yt-dlp's own HLS and DASH downloaders
keep everything (manifest parsing, AES-128, init fragments, retries, progress) except the
loop that fetches and appends fragments, which this module replaces:

- up to ``connections`` threads fetch fragments into ``<part>-Frag<n>`` files, at most
  :data:`WINDOW_PER_CONNECTION` per connection ahead of the next one to append, so a stop
  leaves a bounded amount of fetched-but-unappended work, kept on disk: yt-dlp takes an
  existing complete fragment file as downloaded, and continues a partly fetched one with a
  Range request (a stop never cuts a fragment after its last byte, which yt-dlp could not
  continue: #12994);
- the calling thread appends them strictly in order and records, in the ``.ytdl`` file, only
  the fragments whose bytes are in the ``.part`` (synced first), with its size; a fragment file
  is deleted only once a record covering it is saved;
- before a resume the ``.part`` is cut back to the recorded size (fragment_record.settle),
  so pause, quit, ``kill -9`` and relaunch continue exactly where the record says.

Pause acts within a tick: the calling thread re-runs the progress hooks every
:data:`TICK` s while it waits (DownloadJob raises DownloadCancelled there), and fetching
threads stop at their next block. The job's speed limit applies to the sum of all
connections (worker/rate_control.py paces the shared byte count). Live streams and subtitles
go to yt-dlp's own downloaders unchanged.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from yt_dlp import YoutubeDL
from yt_dlp.downloader import get_suitable_downloader
from yt_dlp.downloader.dash import DashSegmentsFD
from yt_dlp.downloader.fragment import FragmentFD, HttpQuietDownloader
from yt_dlp.downloader.hls import HlsFD

from mediadesk.worker import fragment_record
from mediadesk.worker.fragment_record import Record
from mediadesk.worker.fragment_run import FragmentRun, Halted, Slot, in_fetching_thread

TICK = 0.05  # seconds between progress hooks while the next fragment is awaited
WINDOW_PER_CONNECTION = 2  # fetched-but-not-appended fragments allowed, per connection
_APPENDED = "mediadesk_appended"  # ctx key: fragments 1..n are in the .part
_SIZE = "mediadesk_size"  # ctx key: the .part's size with those fragments


def install(ydl: YoutubeDL, connections: int) -> None:
    """Route this YoutubeDL's native HLS and DASH downloads through the parallel downloaders.

    Installed whatever ``connections`` is: with one, fragments are fetched one at a time but
    still recorded exactly (yt-dlp's own record can double a fragment after a crash).
    """
    original = ydl.dl

    def dl(name: str, info: dict[str, Any], subtitle: bool = False, test: bool = False) -> Any:
        chosen = _downloader_for(ydl, name, info, subtitle, test)
        if chosen is None:
            return original(name, info, subtitle, test)
        fd = chosen(ydl, ydl.params)
        fd.connections = max(1, int(connections))
        for hook in ydl._progress_hooks:
            fd.add_progress_hook(hook)
        new_info = ydl._copy_infodict(info)
        if new_info.get("http_headers") is None:
            new_info["http_headers"] = ydl._calc_headers(new_info)
        return fd.download(name, new_info, subtitle)

    ydl.dl = dl  # type: ignore[method-assign]


def _downloader_for(
    ydl: YoutubeDL, name: str, info: dict[str, Any], subtitle: bool, test: bool
) -> type[FragmentFD] | None:
    if test or subtitle or name == "-" or not info.get("url") or info.get("is_live"):
        return None
    if info.get("is_from_start"):
        return None
    stock = get_suitable_downloader(info, ydl.params, to_stdout=False)
    return {HlsFD: ParallelHlsFD, DashSegmentsFD: ParallelDashFD}.get(stock)


class _ParallelFragments(FragmentFD):
    """The fetch-and-append loop of yt-dlp's fragment downloaders, parallel and exact."""

    connections = 1

    def __init__(self, ydl: YoutubeDL, params: dict[str, Any]) -> None:
        # yt-dlp's own parallel path is never taken: the loop below replaces it.
        super().__init__(ydl, {**params, "concurrent_fragment_downloads": 1})
        self._hook_lock = threading.RLock()
        self._halt = threading.Event()
        self._last_status: tuple[dict[str, Any], dict[str, Any]] | None = None

    # -- the record ------------------------------------------------------------------------

    def _prepare_frag_download(self, ctx: dict[str, Any]) -> None:
        part = Path(self.temp_name(ctx["filename"]))
        for note in fragment_record.settle(part, Path(self.ytdl_filename(ctx["filename"]))):
            self.report_warning(note)
        super()._prepare_frag_download(ctx)
        ctx[_APPENDED] = ctx["fragment_index"]
        ctx[_SIZE] = ctx["complete_frags_downloaded_bytes"]
        ctx["dl"] = _PacedFragmentDownloader(self.ydl, ctx["dl"].params, self)

    def _write_ytdl_file(self, ctx: dict[str, Any]) -> None:
        """yt-dlp calls this when it starts afresh; the loop below calls it after appends."""
        index = ctx.get(_APPENDED, ctx["fragment_index"])
        size = ctx.get(_SIZE, 0 if index == 0 else None)
        record = Record(index, size, ctx.get("fragment_count"), ctx.get("extra_state"))
        fragment_record.write(Path(self.ytdl_filename(ctx["filename"])), record)

    # -- progress ----------------------------------------------------------------------------

    def _hook_progress(self, status: dict[str, Any], info_dict: dict[str, Any]) -> None:
        """One hook call at a time (they come from every fetching thread); a halted run's
        fetching threads stop here, at their next block."""
        with self._hook_lock:
            if self._halt.is_set() and in_fetching_thread():
                raise Halted()
            if status.get("status") == "downloading":
                self._last_status = (status, info_dict)
            super()._hook_progress(status, info_dict)

    def _tick(self) -> None:
        """Re-run the hooks with the latest progress: a pause acts even while no block comes."""
        with self._hook_lock:
            last = self._last_status
            if last is not None:
                super()._hook_progress(*last)

    # -- the loop ----------------------------------------------------------------------------

    def download_and_append_fragments(
        self,
        ctx: dict[str, Any],
        fragments: Any,
        info_dict: dict[str, Any],
        *,
        is_fatal: Callable[[int], bool] = lambda idx: False,
        pack_func: Callable[[bytes, int], bytes] = lambda content, idx: content,
        finish_func: Callable[[], bytes] | None = None,
        tpe: Any = None,
        interrupt_trigger: Any = (True,),
    ) -> bool:
        if not self.params.get("skip_unavailable_fragments", True):
            is_fatal = lambda _: True  # noqa: E731
        decrypt = self.decrypter(info_dict)
        self._halt.clear()
        run = FragmentRun(
            self,
            ctx,
            info_dict,
            connections=self.connections,
            is_fatal=is_fatal,
            halt=self._halt,
            write_record=self._write_ytdl_file,
        )
        pending: deque[Slot] = deque()
        window = self.connections * WINDOW_PER_CONNECTION
        source: Iterator[dict[str, Any]] = iter(fragments)
        exhausted = False
        saved_at = time.monotonic()
        run.start()
        try:
            while True:
                while not exhausted and len(pending) < window and interrupt_trigger[0]:
                    fragment = next(source, None)
                    if fragment is None:
                        exhausted = True
                    else:
                        pending.append(run.submit(fragment))
                if not pending:
                    break
                slot = pending.popleft()
                while not slot.done.wait(TICK):
                    self._tick()
                    run.raise_failure()
                if not self._append(ctx, slot, decrypt, pack_func, is_fatal):
                    run.stop()
                    run.save(ctx)
                    return False
                run.appended(slot)
                if time.monotonic() - saved_at >= run.save_interval:
                    run.save(ctx)
                    saved_at = time.monotonic()
        except BaseException:
            # A pause, cancel or failure: no last record (its sync held a pause up to a
            # quarter second). What was appended since the last one stays in its fragment
            # files, which a resume appends again, as after a kill -9.
            run.stop()
            raise
        run.stop()
        run.save(ctx)
        if not interrupt_trigger[0]:
            raise KeyboardInterrupt  # as yt-dlp's loop does when its multi-format run stops
        if finish_func is not None:
            ctx["dest_stream"].write(finish_func())
            ctx["dest_stream"].flush()
        return self._finish_frag_download(ctx, info_dict)

    def _append(
        self,
        ctx: dict[str, Any],
        slot: Slot,
        decrypt: Callable[[dict[str, Any], bytes | None], bytes | None],
        pack_func: Callable[[bytes, int], bytes],
        is_fatal: Callable[[int], bool],
    ) -> bool:
        """Append one fetched fragment (or skip a missing, skippable one) in order."""
        if slot.error is not None:
            raise slot.error
        index = slot.fragment["frag_index"]
        content = None
        if slot.filename is not None:
            ctx["fragment_filename_sanitized"] = slot.filename
            content = decrypt(slot.fragment, self._read_fragment(ctx))
            ctx.pop("fragment_filename_sanitized", None)
        if content:
            data = pack_func(content, index)
            ctx["dest_stream"].write(data)
            ctx["dest_stream"].flush()
            ctx[_SIZE] += len(data)
        elif is_fatal(index - 1):
            self.report_error(f"fragment {index} not found, unable to continue")
            return False
        else:
            self.report_skip_fragment(index, "fragment not found")
        ctx[_APPENDED] = index
        return True


class ParallelHlsFD(_ParallelFragments, HlsFD):
    """yt-dlp's native HLS downloader with the parallel, exact fragment loop."""


class ParallelDashFD(_ParallelFragments, DashSegmentsFD):
    """yt-dlp's DASH downloader with the parallel, exact fragment loop."""


class _PacedFragmentDownloader(HttpQuietDownloader):
    """Fetches single fragments. Progress goes through the owner's serialized hook; the speed
    limit is applied to the bytes of all fetching threads together (each fragment is its own
    transfer to yt-dlp, which would otherwise pace every connection on its own)."""

    def __init__(self, ydl: YoutubeDL, params: dict[str, Any], owner: _ParallelFragments):
        super().__init__(ydl, params)
        self._owner = owner
        self._lock = threading.Lock()
        self._total = 0
        self._began = time.time()  # the key of this run's pace in slow_down
        self._local = threading.local()

    def slow_down(self, start_time: float, now: float | None, byte_counter: int) -> None:
        local = self._local
        if getattr(local, "start", None) != start_time:
            local.start, local.seen = start_time, 0
        delta = max(0, byte_counter - local.seen)
        local.seen = byte_counter
        with self._lock:
            self._total += delta
            total = self._total
        super().slow_down(self._began, None, total)

    def _hook_progress(self, status: dict[str, Any], info_dict: dict[str, Any]) -> None:
        total = status.get("total_bytes")
        if status.get("status") == "downloading" and total and status["downloaded_bytes"] >= total:
            # A stop raised here would leave a complete piece, which yt-dlp cannot resume
            # (#12994); the "finished" call follows at once, after the piece is renamed.
            return
        # yt-dlp's fragment hook updates shared counters: one fetching thread at a time.
        with self._owner._hook_lock:
            super()._hook_progress(status, info_dict)
