"""Pure pieces tested without a network: URLs, names, options, failures, backoff, states."""

from __future__ import annotations

from pathlib import Path

import pytest
from yt_dlp.networking.common import Response
from yt_dlp.networking.exceptions import HTTPError
from yt_dlp.utils import DownloadError

from mediadesk.core.backoff import retry_delay
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.failures import FailureKind
from mediadesk.core.filenames import move_to_unique, partial_files, sanitize_stem
from mediadesk.core.folders import folder_problem
from mediadesk.core.job import FormatPreset
from mediadesk.core.settings import Settings
from mediadesk.core.states import IllegalTransition, JobState, check_transition
from mediadesk.core.urls import check_url, find_urls
from mediadesk.worker.classify import classify, parse_retry_after
from mediadesk.worker.ytdlp_options import build_ydl_options


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("file:///etc/passwd", "not file:"),
        ("javascript:alert(1)", "not javascript:"),
        ("ftp://example.com/a.mp4", "not ftp:"),
        ("garbage", "should start with https://"),
        ("http://", "no host"),
        ("http://exa mple.com/", "spaces"),
        ("http://bad_host!/x", "not a valid host"),
        ("http://example.com:99999/", "invalid port"),
    ],
)
def test_refused_urls_say_why(text: str, reason: str) -> None:
    check = check_url(text)
    assert not check.ok
    assert reason in check.reason


@pytest.mark.parametrize(
    "text",
    [
        "https://example.com/v?id=1",
        "http://127.0.0.1:8080/a.mp4",
        "www.example.com/x",
        "https://bücher.de/v",
    ],
)
def test_accepted_urls(text: str) -> None:
    assert check_url(text).ok


def test_find_urls_in_free_text() -> None:
    text = (
        "look: https://a.com/1, and (https://b.com/2)\n"
        "https://a.com/1 again\tfile:///x javascript:void(0)"
    )
    checks = find_urls(text)
    assert [c.url for c in checks if c.ok] == ["https://a.com/1", "https://b.com/2"]
    refused = [c for c in checks if not c.ok]
    assert {c.text for c in refused} == {"file:///x", "javascript:void(0)"}


def test_find_urls_in_text_without_any() -> None:
    [check] = find_urls("just some words")
    assert not check.ok and "No web address" in check.reason


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("../../etc/passwd", "_.._etc_passwd"),
        ("a/b\\c", "a_b_c"),
        ("  lots   of\nspace ", "lots of space"),
        ("..", "download"),
        ("", "download"),
        ("what?*:<>|", "what______"),
    ],
)
def test_sanitize_stem(title: str, expected: str) -> None:
    assert sanitize_stem(title) == expected


def test_sanitize_limits_utf8_length() -> None:
    stem = sanitize_stem("é" * 500)
    assert len(stem.encode()) <= 240 and stem == "é" * 120


def test_move_to_unique_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "Song.mp3").write_bytes(b"user's own file")
    sources = []
    for i in range(3):
        src = tmp_path / f"mediadesk-{i:016x}.mp3"
        src.write_bytes(bytes([i]))
        sources.append(src)
    finals = [move_to_unique(src, tmp_path, "Song", "mp3") for src in sources]
    assert [p.name for p in finals] == ["Song (2).mp3", "Song (3).mp3", "Song (4).mp3"]
    assert (tmp_path / "Song.mp3").read_bytes() == b"user's own file"
    assert [p.read_bytes() for p in finals] == [b"\x00", b"\x01", b"\x02"]


def test_partial_files_match_only_the_job(tmp_path: Path) -> None:
    mine = [
        "mediadesk-aaaa.mp4.part",
        "mediadesk-aaaa.mp4.ytdl",
        "mediadesk-aaaa.mp4.part-Frag3",
        "mediadesk-aaaa.f137.mp4.part",
    ]
    others = ["mediadesk-aaaab.mp4.part", "mediadesk-bbbb.mp4.part", "aaaa.mp4", "video.part"]
    for name in mine + others:
        (tmp_path / name).write_text("x")
    assert sorted(p.name for p in partial_files(tmp_path, "aaaa")) == sorted(mine)


def test_options_set_retries_timeouts_and_job_based_names() -> None:
    opts = DownloadOptions(
        job_id="abc",
        output_dir="/dl",
        preset=FormatPreset.BEST,
        ffmpeg="/usr/bin/ffmpeg",
        socket_timeout=7,
        rate_limit=1000,
    )
    params = build_ydl_options(opts)
    assert params["retries"] > 0 and params["fragment_retries"] > 0
    assert params["socket_timeout"] == 7
    assert params["buffersize"] <= 128 * 1024
    assert params["outtmpl"]["default"] == "mediadesk-abc.%(ext)s"
    assert params["paths"]["home"] == "/dl"
    assert params["concurrent_fragment_downloads"] == 1
    assert params["skip_unavailable_fragments"] is False
    assert params["continuedl"] is True
    assert params["format"] == "bv*+ba/b/bv*"
    assert params["ratelimit"] == 1000
    assert params["ffmpeg_location"] == "/usr/bin/ffmpeg"


@pytest.mark.parametrize(
    ("preset", "ffmpeg", "fmt", "pp"),
    [
        (FormatPreset.BEST, None, "b", None),
        (
            FormatPreset.UP_TO_1080P,
            "/f",
            "bv*[height<=1080]+ba/b[height<=1080]/bv*[height<=1080]/wv*+ba/w/wv*",
            None,
        ),
        (FormatPreset.UP_TO_720P, None, "b[height<=720]/w", None),
        (FormatPreset.AUDIO, "/f", "ba/b", "mp3"),
        (FormatPreset.AUDIO, None, "ba[ext=mp3]/ba/b", None),
    ],
)
def test_format_presets(preset: FormatPreset, ffmpeg: str | None, fmt: str, pp: str | None) -> None:
    params = build_ydl_options(DownloadOptions("j", "/d", preset, ffmpeg=ffmpeg))
    assert params["format"] == fmt
    codecs = [p.get("preferredcodec") for p in params["postprocessors"]]
    assert codecs == ([pp] if pp else [])
    assert ("ffmpeg_location" in params) == bool(ffmpeg)


def _http_error(status: int, headers: dict[str, str] | None = None) -> DownloadError:
    response = Response(fp=None, url="http://x/", headers=headers or {}, status=status)  # type: ignore[arg-type]
    inner = HTTPError(response)
    return DownloadError(f"ERROR: {inner}", (type(inner), inner, None))


def test_classify_http_statuses() -> None:
    assert classify(_http_error(404)).kind is FailureKind.PERMANENT
    assert classify(_http_error(503)).kind is FailureKind.TRANSIENT
    limited = classify(_http_error(429, {"Retry-After": "30"}))
    assert limited.transient and limited.retry_after == 30


def test_classify_by_text_and_oserrors() -> None:
    assert classify(Exception("Unsupported URL: http://x")).kind is FailureKind.PERMANENT
    assert classify(Exception("Read timed out.")).transient
    full = classify(OSError(28, "No space left on device"))
    assert full.kind is FailureKind.DISK_FULL and "disk is full" in full.message
    assert classify(PermissionError(13, "denied")).kind is FailureKind.ENVIRONMENT


def test_retry_after_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 10) == 10
    assert parse_retry_after("soon") is None


def test_backoff_grows_is_capped_and_jittered() -> None:
    assert retry_delay(1, base=2, cap=60, rand=lambda: 0) == 1
    assert retry_delay(3, base=2, cap=60, rand=lambda: 1) == 8
    assert retry_delay(20, base=2, cap=60, rand=lambda: 1) == 60
    assert retry_delay(1, base=2, cap=60, retry_after=45, rand=lambda: 0) == 45


def test_state_transitions_are_enforced() -> None:
    check_transition(JobState.QUEUED, JobState.DOWNLOADING)
    check_transition(JobState.PAUSED, JobState.QUEUED)
    with pytest.raises(IllegalTransition):
        check_transition(JobState.DONE, JobState.DOWNLOADING)
    with pytest.raises(IllegalTransition):
        check_transition(JobState.PAUSED, JobState.DOWNLOADING)


def test_settings_from_stored_values_ignores_junk() -> None:
    # Each junk value is one a lenient reading would turn into something other than the
    # default (bool("yes") is True, int("7") is 7, True is an int), so keeping the default
    # shows it was ignored.
    settings = Settings.from_dict(
        {
            "start_at_login": "yes",
            "notifications": 0,
            "max_concurrent": "7",
            "rate_limit": True,
            "max_attempts": [9],
            "default_preset": "nope",
            "name_template": 5,
            "bogus": 1,
            "default_preset_": "audio",
            "socket_timeout": 4,  # not junk: an int for a float setting
            "retry_base_delay": 7.5,
        },
        download_dir="/d",
    )
    defaults = Settings(download_dir="/d")
    assert settings.start_at_login is False
    assert settings.notifications is True
    assert settings.max_concurrent == defaults.max_concurrent
    assert settings.rate_limit == 0
    assert settings.max_attempts == defaults.max_attempts
    assert settings.default_preset is defaults.default_preset
    assert settings.name_template == defaults.name_template
    assert settings.socket_timeout == 4.0 and isinstance(settings.socket_timeout, float)
    assert settings.retry_base_delay == 7.5


def test_settings_from_stored_values_keeps_and_clamps_good_ones() -> None:
    stored = Settings(
        download_dir="/stored",
        max_concurrent=99,
        rate_limit=5000,
        default_preset=FormatPreset.AUDIO,
        notifications=False,
        name_template="%(id)s",
    ).to_dict()
    settings = Settings.from_dict(stored, download_dir="/d")
    assert settings.max_concurrent == 64
    assert settings.rate_limit == 5000
    assert settings.default_preset is FormatPreset.AUDIO
    assert settings.notifications is False
    assert settings.name_template == "%(id)s"
    assert settings.download_dir == "/stored"


def test_folder_problem(tmp_path: Path) -> None:
    assert folder_problem(tmp_path / "new" / "sub") is None
    (tmp_path / "f").write_text("x")
    assert "is a file" in folder_problem(tmp_path / "f")
    assert "cannot be created" in folder_problem(tmp_path / "f" / "sub")


def test_block_policy_aims_at_a_twentieth_of_a_second() -> None:
    from mediadesk.worker.ytdlp_blocks import MAX_BLOCK, MIN_BLOCK, block_size_for

    assert block_size_for(0.1, 100_000) == 50_000  # 1 MB/s: 50 kB blocks
    assert block_size_for(0.01, 1_000_000) == 2_000_000  # grows at most x2 per block
    assert block_size_for(1.0, 1_000_000) == 50_000  # slow link: small blocks, prompt pause
    assert block_size_for(0.0001, 8 << 20) == MAX_BLOCK
    assert block_size_for(5.0, 1024) == MIN_BLOCK


def test_block_policy_is_what_yt_dlp_uses() -> None:
    from yt_dlp.downloader.http import HttpFD

    import mediadesk.worker.download_job  # noqa: F401 - the worker module installs the policy
    from mediadesk.worker.ytdlp_blocks import block_size_for

    assert HttpFD.best_block_size is block_size_for
