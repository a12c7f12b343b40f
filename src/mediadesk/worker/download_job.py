"""Drive one yt-dlp download: options, hooks, final naming. No Qt here.

It runs inside the child process started by the runner (worker/process.py): a download
holding the GIL in the app's process made the window stutter under load. It reports through
a ``Reporter`` and never raises out of ``run()``.
"""

from __future__ import annotations

import copy
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from yt_dlp import YoutubeDL
from yt_dlp.networking import HEADRequest
from yt_dlp.utils import DownloadCancelled, DownloadError, UnsupportedError

from mediadesk.core.credentials import without_userinfo
from mediadesk.core.failures import Failure, FailureAction, FailureKind
from mediadesk.core.filenames import partial_files, temp_stem
from mediadesk.core.folders import folder_problem
from mediadesk.core.i18n import translate
from mediadesk.core.job import EventKind, Phase, ProgressSnapshot
from mediadesk.core.network import scrub
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.worker.address_probe import PLAYLIST_TYPES, describe_playlist
from mediadesk.worker.classify import _chain, classify, empty_file, folder_vanished
from mediadesk.worker.completion import checkpoint, finish, recover
from mediadesk.worker.format_facts import FormatFactsPP
from mediadesk.worker.format_plan import plan
from mediadesk.worker.fragment_record import resumable_piece
from mediadesk.worker.naming import final_name
from mediadesk.worker.network_options import NetworkSetupError, network_params
from mediadesk.worker.origin_auth import make_youtube_dl
from mediadesk.worker.page_embeds import find_embed
from mediadesk.worker.parallel_fragments import install as install_parallel_fragments
from mediadesk.worker.resume_watch import UNABLE_TO_RESUME, ResumeWatch
from mediadesk.worker.segment_state import sidecar_for
from mediadesk.worker.segmented import install as install_parallel_connections
from mediadesk.worker.sidecars import rename_sidecars
from mediadesk.worker.site_errors import js_runtime_warning, upcoming_from_info
from mediadesk.worker.verify import find_ffprobe, inspect, merge_audio, notes_for
from mediadesk.worker.ytdlp_blocks import install as install_block_policy
from mediadesk.worker.ytdlp_options import build_ydl_options

install_block_policy()

# Log lines from yt-dlp worth keeping in the job's history (the rest is chatter).
_KEEP_INFO = re.compile(r"^\[(download|Merger|ExtractAudio|FixupM3u8|FixupM4a|hlsnative)\] ")
_SKIP_INFO = re.compile(r"^\[download\] +\d+(\.\d+)?%|^\[download\] Destination")
FOLDER_CHECK_INTERVAL = 1.0  # seconds between checks that the download folder still exists
# Post-processors that every download runs; they are bookkeeping, not a phase the user waits on.
# FormatFacts (worker/format_facts.py) runs before format selection: not a phase either.
_SILENT_PPS = {"MoveFiles", "MoveFilesAfterDownload", "FormatFacts"}


class _JobLogger:
    """yt-dlp's logger interface, forwarding the lines worth keeping to the job's log."""

    def __init__(self, emit: Callable[[EventKind, str], None]) -> None:
        self._emit = emit

    def debug(self, msg: str) -> None:
        if msg.startswith("[debug] ") or _SKIP_INFO.match(msg) or not _KEEP_INFO.match(msg):
            return
        self._emit(EventKind.INFO, msg)

    info = debug

    def warning(self, msg: str) -> None:
        self._emit(EventKind.WARNING, msg.removeprefix("WARNING: "))

    def error(self, msg: str) -> None:
        text = msg.removeprefix("ERROR: ").strip()
        if text:  # yt-dlp writes a bare newline before some errors
            self._emit(EventKind.ERROR, text)


class Reporter(Protocol):
    """Where a running download's news goes (the worker pipes it to the app)."""

    def progress(self, snapshot: ProgressSnapshot) -> None: ...

    def phase(self, phase: Phase) -> None: ...

    def titled(self, title: str) -> None: ...

    def identified(self, extractor: str, video_id: str) -> None:
        """The site's identity of the video (for the download archive)."""
        ...

    def log(self, kind: EventKind, message: str) -> None: ...

    def no_resume(self) -> None:
        """The server cannot resume: a paused download will start over."""
        ...


class DownloadJob:
    """Runs one job to completion, stop, or failure."""

    def __init__(
        self,
        job_id: str,
        request: RunRequest,
        reporter: Reporter,
        *,
        progress_interval: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.job_id = job_id
        self._request = request
        self._reporter = reporter
        self._interval = progress_interval
        self._clock = clock
        self._stop = threading.Event()
        self._last_emit = float("-inf")
        self._offset = 0  # bytes of formats already finished (video before audio)
        self._folder_checked = float("-inf")
        self._folder_gone = False
        self._url = without_userinfo(request.url)  # credentials go only to their origin
        self._extractor = ""  # who extracted the media (a 403 from a site means: update)
        self._js_missing = False  # yt-dlp warned that no JavaScript runtime could be used
        # Optional in a Reporter: one that does not care about resume support may omit it.
        self._resume = ResumeWatch(getattr(reporter, "no_resume", lambda: None))
        self._ffprobe: str | None = None
        self._facts = FormatFactsPP(None)
        self._params: dict[str, Any] = {}
        self._raw: dict[str, Any] = {}

    def request_stop(self) -> None:
        """Ask the transfer to stop; takes effect at the next block yt-dlp receives."""
        self._stop.set()

    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def run(self) -> RunOutcome:
        try:
            return self._run()
        except BaseException as exc:  # nothing may escape: it becomes the outcome
            folder = self._request.options.output_dir
            if self._folder_gone or not os.path.isdir(folder):
                return RunOutcome(OutcomeKind.FAILED, failure=folder_vanished(folder))
            if self._stop.is_set():
                return RunOutcome(OutcomeKind.STOPPED)
            if isinstance(exc, NetworkSetupError):
                return RunOutcome(OutcomeKind.FAILED, failure=_scrubbed(exc.failure))
            failure = classify(
                exc,
                socket_timeout=self._request.options.socket_timeout,
                extractor=self._extractor,
                js_missing=self._js_missing,
            )
            return RunOutcome(OutcomeKind.FAILED, failure=_scrubbed(failure))

    def _run(self) -> RunOutcome:
        opts = self._request.options
        problem = folder_problem(opts.output_dir)
        if problem:
            return RunOutcome(
                OutcomeKind.FAILED,
                failure=Failure(
                    FailureKind.ENVIRONMENT,
                    translate(
                        "DownloadJob",
                        "{problem} Choose another download folder in Settings, then press Retry.",
                    ).format(problem=problem),
                ),
            )
        finished = recover(self.job_id, Path(opts.output_dir))
        if finished is not None:
            rename_sidecars(self.job_id, finished)
            self._log(
                EventKind.INFO,
                translate(
                    "DownloadJob",
                    "The download had already finished before MediaDesk stopped; nothing was "
                    "fetched again.",
                ),
            )
            return RunOutcome(
                OutcomeKind.DONE, file_path=str(finished), bytes_total=finished.stat().st_size
            )
        choice = opts.download_choice
        self._log(
            EventKind.INFO,
            translate("DownloadJob", "Format: {format}.").format(format=choice.describe()),
        )
        for note in plan(choice, opts.ffmpeg).notes:
            self._log(EventKind.INFO, note)
        self._ffprobe = find_ffprobe(opts.ffmpeg)
        params = build_ydl_options(
            opts,
            progress_hook=self._on_progress,
            postprocessor_hook=self._on_postprocessor,
            logger=_JobLogger(self._log),
        )
        self._params = params
        self._facts = FormatFactsPP(
            self._ffprobe,
            want_chapters=choice.split_chapters or choice.embed_chapters,
            timeout=opts.socket_timeout * 2,
        )
        # Credentials never ride in the URL (yt-dlp would send them to any redirect target).
        with (
            network_params(opts) as network,
            make_youtube_dl({**params, **network}, self._request.credentials) as ydl,
        ):
            ydl.add_post_processor(self._facts, when="pre_process")
            install_parallel_connections(ydl, opts.connections)
            install_parallel_fragments(ydl, opts.connections)
            ydl.urlopen = self._resume.wrap(ydl.urlopen)  # type: ignore[method-assign]
            return self._download(ydl)

    def _download(self, ydl: YoutubeDL) -> RunOutcome:
        if self._stop.is_set():
            return RunOutcome(OutcomeKind.STOPPED)
        try:
            raw = ydl.extract_info(self._url, download=False, process=False)
        except DownloadError as exc:
            embedded = self._embedded_instead(ydl, exc)
            if embedded is not None:
                return RunOutcome(OutcomeKind.FAILED, failure=embedded)
            raise
        if self._stop.is_set():
            return RunOutcome(OutcomeKind.STOPPED)
        self._extractor = str(raw.get("extractor_key") or raw.get("extractor") or "")
        scheduled = upcoming_from_info(raw)
        if scheduled is not None:
            return RunOutcome(OutcomeKind.FAILED, failure=scheduled)
        if raw.get("_type") in PLAYLIST_TYPES:
            # Listed flat (entries are not extracted): the engine turns it into a batch.
            return RunOutcome(OutcomeKind.PLAYLIST, playlist=describe_playlist(raw, self._url))
        self._reporter.identified(
            str(raw.get("extractor_key") or raw.get("ie_key") or ""), str(raw.get("id") or "")
        )
        if raw.get("title"):
            self._reporter.titled(str(raw["title"]))
        self._prepare_resume()
        self._raw = copy.deepcopy(raw)  # a second pass may fetch the separate audio
        try:
            result = ydl.process_ie_result(raw, download=True)
        except DownloadError as exc:
            if "did not get any data blocks" in str(exc).lower() and _is_empty_at_source(
                ydl, str(raw.get("url") or self._url)
            ):
                return RunOutcome(OutcomeKind.FAILED, failure=empty_file())
            raise
        if self._stop.is_set() and not _downloaded_path(result):
            return RunOutcome(OutcomeKind.STOPPED)
        return self._deliver(ydl, result)

    def _embedded_instead(self, ydl: YoutubeDL, exc: DownloadError) -> Failure | None:
        """For a page the generic extractor found no media in: the address of the player it
        embeds (an iframe), as a failure whose action adds that address."""
        unsupported = any(
            isinstance(e, UnsupportedError) and (e.ie or "generic").lower() == "generic"
            for e in _chain(exc)
        )
        if not unsupported:
            return None
        embed = find_embed(ydl, self._url)
        if embed is None:
            return None
        return Failure(
            FailureKind.PERMANENT,
            translate(
                "DownloadJob",
                "This page has no video of its own: it shows a player from another "
                "page, {embed}. Add that address instead.",
            ).format(embed=embed),
            _clean_detail(str(exc)),
            action=FailureAction.ADD_EMBED_URL,
            target=embed,
        )

    def _deliver(self, ydl: YoutubeDL, result: dict[str, Any]) -> RunOutcome:
        """Move the finished temp file to its final, human name (never overwriting)."""
        path = _downloaded_path(result)
        if path is None or not path.exists():
            raise RuntimeError("yt-dlp finished without producing a file")
        if result.get("title"):
            self._reporter.titled(str(result["title"]))
        for note in self._facts.notes:
            self._log(EventKind.INFO, note)
        notes = self._verify(path, result)
        info = result
        if self._request.playlist_index is not None:  # a batch item: its playlist position
            info = {**result, "playlist_index": self._request.playlist_index}
        stem = final_name(ydl, self._request.name_template, info).stem
        size = path.stat().st_size
        checkpoint("downloaded")
        final = finish(self.job_id, path, stem, path.suffix.lstrip("."))
        rename_sidecars(self.job_id, final)
        return RunOutcome(
            OutcomeKind.DONE, file_path=str(final), bytes_total=size, notes=tuple(notes)
        )

    def _verify(self, path: Path, result: dict[str, Any]) -> list[str]:
        """Compare the file with the choice; merge in separate audio a video came without."""
        opts = self._request.options
        choice = opts.download_choice
        if not self._ffprobe:
            self._log(EventKind.INFO, "ffprobe was not found: the file was not checked.")
            return []
        found = inspect(self._ffprobe, path)
        if found is None:
            self._log(EventKind.WARNING, "ffprobe could not read the file: it was not checked.")
            return []
        audio_ids = self._facts.audio_formats
        silent_video = not choice.audio_only and found.video and not found.audio
        if silent_video and audio_ids and self._add_separate_audio(path, audio_ids[-1]):
            found = inspect(self._ffprobe, path) or found
        notes = notes_for(
            choice,
            found,
            expected_duration=_number(result.get("duration")),
            heights_offered=self._facts.heights,
            separate_audio=bool(audio_ids),
        )
        for note in notes:
            self._log(EventKind.WARNING, note)
        return notes

    def _add_separate_audio(self, video: Path, audio_id: str) -> bool:
        """Fetch the audio-only format ``audio_id`` and merge it into ``video``."""
        opts = self._request.options
        if not opts.ffmpeg:
            self._log(
                EventKind.WARNING,
                translate(
                    "DownloadJob",
                    "The video came without audio and ffmpeg was not found "
                    "to merge the separate audio.",
                ),
            )
            return False
        self._log(
            EventKind.INFO,
            translate(
                "DownloadJob", "The video came without audio: fetching audio {audio_id}."
            ).format(audio_id=audio_id),
        )
        params = dict(self._params)
        stem = temp_stem(self.job_id) + ".audio"
        params.update(
            format=audio_id,
            postprocessors=[],
            outtmpl={"default": stem + ".%(ext)s"},
            writesubtitles=False,
            writeautomaticsub=False,
            writethumbnail=False,
        )
        params.pop("download_ranges", None)
        with make_youtube_dl(params, self._request.credentials) as ydl:
            result = ydl.process_ie_result(copy.deepcopy(self._raw), download=True)
        audio = _downloaded_path(result)
        if audio is None or not audio.exists():
            self._log(
                EventKind.WARNING,
                translate("DownloadJob", "The separate audio could not be fetched."),
            )
            return False
        self._reporter.phase(Phase.POSTPROCESSING)
        problem = merge_audio(opts.ffmpeg, video, audio)
        audio.unlink(missing_ok=True)
        if problem:
            self._log(
                EventKind.WARNING,
                translate(
                    "DownloadJob", "The separate audio could not be merged: {problem}"
                ).format(problem=problem),
            )
            return False
        self._log(
            EventKind.INFO, translate("DownloadJob", "Merged the separate audio into the video.")
        )
        return True

    def _prepare_resume(self) -> None:
        """Work around yt-dlp #12994: resuming a partial file that already holds every byte
        loops on HTTP 416. A complete single .part is finished here; an interrupted HLS/DASH
        fragment piece is dropped so that one fragment is fetched again whole, unless MediaDesk's
        fragment downloader left it (it never leaves a complete one: it is continued)."""
        opts = self._request.options
        leftovers = partial_files(Path(opts.output_dir), self.job_id)
        for piece in leftovers:
            if "-Frag" in piece.name and piece.suffix == ".part" and not resumable_piece(piece):
                piece.unlink(missing_ok=True)
        total = self._request.known_total
        parts = [p for p in leftovers if p.suffix == ".part" and "-Frag" not in p.name]
        # A .part with a segments sidecar has holes: its size says nothing (worker/segmented.py).
        if (
            total
            and len(parts) == 1
            and parts[0].stat().st_size == total
            and not sidecar_for(parts[0]).exists()
        ):
            parts[0].replace(parts[0].with_suffix(""))
            self._log(
                EventKind.INFO, translate("DownloadJob", "The partial file was already complete.")
            )

    # -- hooks (called on this pool thread by yt-dlp) --------------------------------------

    def _on_progress(self, d: dict[str, Any]) -> None:
        status = d.get("status")
        if status not in ("downloading", "finished"):
            return
        done = int(d.get("downloaded_bytes") or 0)
        total = d.get("total_bytes") or d.get("total_bytes_estimate")
        total = int(total) if total else None
        if status == "downloading":
            info = d.get("info_dict") or {}
            if d.get("fragment_index") is None:
                self._resume.downloading(info.get("url"))
            # Never stop on the final block: a complete .part trips yt-dlp #12994 on resume.
            if self._stop.is_set() and not (total and done >= total):
                raise DownloadCancelled()
            now = self._clock()
            if now - self._folder_checked >= FOLDER_CHECK_INTERVAL:
                # Noticed within a second, not after fetching everything into a deleted folder.
                self._folder_checked = now
                if not os.path.isdir(self._request.options.output_dir):
                    self._folder_gone = True
                    raise DownloadCancelled()
            if now - self._last_emit < self._interval:
                return
            self._last_emit = now
            speed, eta = d.get("speed"), d.get("eta")
        else:
            speed, eta = None, None
        snapshot = ProgressSnapshot(
            bytes_done=self._offset + done,
            bytes_total=self._offset + total if total else None,
            speed=float(speed) if speed else None,
            eta=float(eta) if eta is not None else None,
        )
        if status == "finished":
            self._offset += total or done
        self._reporter.progress(snapshot)

    def _on_postprocessor(self, d: dict[str, Any]) -> None:
        if d.get("status") == "started" and d.get("postprocessor") not in _SILENT_PPS:
            self._reporter.phase(Phase.POSTPROCESSING)

    def _log(self, kind: EventKind, message: str) -> None:
        if message.startswith(UNABLE_TO_RESUME):
            self._resume.flag()
            message = translate(
                "DownloadJob",
                "This server cannot resume: the download restarts from zero "
                "(the partial file is discarded).",
            )
        elif kind is EventKind.WARNING and js_runtime_warning(message):
            self._js_missing = True
        self._reporter.log(kind, scrub(message))


def _is_empty_at_source(ydl: YoutubeDL, url: str) -> bool:
    """Whether the server says the file has 0 bytes (so "no data blocks" is not a dropped
    connection, and retrying cannot help)."""
    try:
        with ydl.urlopen(HEADRequest(url)) as response:
            return response.headers.get("Content-Length") == "0"
    except Exception:  # no answer to a HEAD: treat it like any other lost connection
        return False


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _downloaded_path(result: dict[str, Any] | None) -> Path | None:
    if not result:
        return None
    downloads = result.get("requested_downloads") or []
    for entry in reversed(downloads):
        if entry.get("filepath"):
            return Path(entry["filepath"])
    if result.get("filepath"):
        return Path(result["filepath"])
    return None


def _clean_detail(text: str) -> str:
    return scrub(text.removeprefix("ERROR: ").strip())


def _scrubbed(failure: Failure) -> Failure:
    """The failure without cookie values or passwords (its text goes to the job's log)."""
    return replace(failure, message=scrub(failure.message), detail=scrub(failure.detail))
