"""DownloadChoice: JSON round trip, strict reading, presets, and the yt-dlp plan it makes."""

from __future__ import annotations

import json
import math

import pytest

from mediadesk.core.choice import (
    AudioFormat,
    Container,
    DownloadChoice,
    SubtitleChoice,
    choice_for_preset,
    job_choice,
    parse_clock,
)
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.job import FormatPreset
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.core.worker_protocol import (
    decode_outcome,
    decode_request,
    encode_request,
    outcome_message,
)
from mediadesk.worker.format_facts import distrust_undeclared_audio
from mediadesk.worker.format_plan import plan
from mediadesk.worker.verify import NO_AUDIO, Streams, notes_for

FULL = DownloadChoice(
    max_height=720,
    container=Container.MKV,
    subtitles=SubtitleChoice(("en", "de"), automatic=True, embed=False, to_srt=True),
    embed_thumbnail=True,
    embed_metadata=True,
    embed_chapters=True,
    split_chapters=True,
    section_start=1.5,
    section_end=90.0,
)


def test_json_round_trip_and_protocol() -> None:
    assert DownloadChoice.from_json(FULL.to_json()) == FULL
    options = DownloadOptions("j", "/d", FormatPreset.BEST, choice=FULL)
    _id, request, _ = decode_request(encode_request("j", RunRequest("http://x/", options), 0.2))
    assert request.options.choice == FULL
    outcome = RunOutcome(OutcomeKind.DONE, "/f", 3, notes=("Only 1080p was offered.",))
    assert decode_outcome(json.loads(json.dumps(outcome_message(outcome)))) == outcome


@pytest.mark.parametrize(
    "text",
    [
        '{"max_height": "720"}',
        '{"audio_format": "wav"}',
        '{"subtitles": {"languages": "en"}}',
        "[]",
        "{",
        '{"section_start": 5, "section_end": 2}',
        '{"max_height": -1}',
    ],
)
def test_bad_stored_choices_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError):
        DownloadChoice.from_json(text)


def test_presets_are_choices_and_old_jobs_use_their_preset() -> None:
    assert choice_for_preset(FormatPreset.UP_TO_720P).max_height == 720
    assert choice_for_preset(FormatPreset.AUDIO).audio_only
    for preset in FormatPreset:
        assert choice_for_preset(preset).preset is preset
    assert job_choice("", FormatPreset.AUDIO) == choice_for_preset(FormatPreset.AUDIO)
    assert job_choice(FULL.to_json(), FormatPreset.BEST) == FULL


def test_describe_says_what_was_chosen() -> None:
    text = FULL.describe()
    for words in (
        "up to 720p",
        "mkv",
        "en, de + automatic",
        "beside the file",
        "thumbnail",
        "split by chapters",
        "section 0:01.50–1:30",
    ):
        assert words in text


def test_parse_clock() -> None:
    assert parse_clock("1:02:03.5") == 3723.5
    assert parse_clock("90") == 90 and parse_clock("") is None
    for bad in ("a:b", "1:2:3:4", "-5", "inf"):
        with pytest.raises(ValueError):
            parse_clock(bad)


def test_plan_for_a_full_choice() -> None:
    made = plan(FULL, "/usr/bin/ffmpeg")
    keys = [p["key"] for p in made.postprocessors]
    assert keys == [
        "FFmpegVideoRemuxer",
        "FFmpegSubtitlesConvertor",
        "FFmpegMetadata",
        "EmbedThumbnail",
        "FFmpegSplitChapters",
    ]
    assert made.params["merge_output_format"] == "mkv"
    assert made.params["subtitleslangs"] == ["en", "de"] and made.params["writeautomaticsub"]
    assert made.section == (1.5, 90.0) and made.notes == ()
    assert "height<=720" in made.format


def test_without_ffmpeg_everything_that_needs_it_is_said() -> None:
    made = plan(FULL, None)
    assert made.postprocessors == [] and made.section is None
    assert len(made.notes) >= 5 and all(n.startswith("ffmpeg was not found") for n in made.notes)
    audio = plan(DownloadChoice(audio_only=True, audio_format=AudioFormat.FLAC), None)
    assert audio.format == "ba/b" and "flac" in audio.notes[0]


def test_open_section_runs_to_the_end() -> None:
    made = plan(DownloadChoice(section_start=10), "/f")
    assert made.section == (10, math.inf)


def test_undeclared_variants_are_not_trusted_with_audio_when_separate_audio_exists() -> None:
    formats = [
        {"format_id": "v", "vcodec": None, "acodec": None, "ext": "mp4"},
        {"format_id": "a", "vcodec": "none", "acodec": None, "ext": "mp4"},
        {"format_id": "d", "vcodec": "avc1", "acodec": "mp4a", "ext": "mp4"},
    ]
    assert distrust_undeclared_audio(formats) == ["v"]
    assert formats[0]["acodec"] == "none" and formats[2]["acodec"] == "mp4a"
    alone = [{"format_id": "v", "vcodec": None, "acodec": None, "ext": "mp4"}]
    assert distrust_undeclared_audio(alone) == [] and alone[0]["acodec"] is None


def test_notes_for_caps_audio_and_duration() -> None:
    capped = DownloadChoice(max_height=720)
    big = Streams(video=True, audio=True, height=1080, duration=10.0)
    assert notes_for(
        capped, big, expected_duration=10, heights_offered=[1080], separate_audio=False
    ) == ["Only 1080p was offered."]
    two = notes_for(
        capped, big, expected_duration=10, heights_offered=[1080, 1440], separate_audio=False
    )
    assert two == ["Nothing up to 720p was offered: 1080p (the smallest) was downloaded."]
    silent = Streams(video=True, audio=False, height=360, duration=10.0)
    assert notes_for(
        DownloadChoice(), silent, expected_duration=10, heights_offered=[], separate_audio=False
    ) == [NO_AUDIO]
    short = Streams(video=True, audio=True, height=360, duration=4.0)
    assert (
        "4.0 s where 10.0 s"
        in notes_for(
            DownloadChoice(), short, expected_duration=10, heights_offered=[], separate_audio=False
        )[0]
    )
    section = DownloadChoice(section_start=2, section_end=6)
    assert (
        notes_for(section, short, expected_duration=10, heights_offered=[], separate_audio=False)
        == []
    )
    cover = Streams.of(
        {
            "streams": [
                {"codec_type": "audio"},
                {"codec_type": "video", "disposition": {"attached_pic": 1}},
            ],
            "format": {},
        }
    )
    assert not cover.video and cover.audio
