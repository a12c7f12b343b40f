"""Small media made with ffmpeg for the format tests: HLS masters, DASH, plain files.

Real pictures are tiny (a few dozen pixels) so the tests stay fast; HLS variants say
1080/720/360 through RESOLUTION, as a site's master would.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

DURATION = 3  # seconds of media everywhere
VARIANTS = ((1080, "96x54"), (720, "64x36"), (360, "32x18"))  # declared height, real size


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", *args], check=True)


def _video_in(size: str) -> list[str]:
    return ["-f", "lavfi", "-i", f"testsrc=duration={DURATION}:size={size}:rate=10"]


def _audio_in() -> list[str]:
    return ["-f", "lavfi", "-i", f"sine=duration={DURATION}:sample_rate=22050"]


_X264 = ["-c:v", "libx264", "-preset", "ultrafast", "-g", "10", "-pix_fmt", "yuv420p"]


def hls_master(folder: Path, *, codecs: bool, lying_audio: bool = False) -> Path:
    """A master with three video-only variants, one separate audio rendition and an English
    WebVTT subtitle group. ``codecs``: the variants declare CODECS (video only). With
    ``lying_audio`` the variants declare an audio codec they do not carry and name no AUDIO
    group, so only the verification after the download can notice the missing audio."""
    folder.mkdir(parents=True, exist_ok=True)
    hls = ["-f", "hls", "-hls_time", "1", "-hls_list_size", "0", "-hls_playlist_type", "vod"]
    for height, size in VARIANTS:
        ffmpeg(*_video_in(size), *_X264, "-an", *hls,
               "-hls_segment_filename", str(folder / f"v{height}_%d.ts"),
               str(folder / f"v{height}.m3u8"))  # fmt: skip
    audio_segments = str(folder / "a_%d.ts")
    ffmpeg(*_audio_in(), "-c:a", "aac", "-vn", *hls,
           "-hls_segment_filename", audio_segments, str(folder / "audio.m3u8"))  # fmt: skip
    (folder / "subs.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello from the HLS subtitles\n",
        encoding="utf-8",
    )
    (folder / "subs.m3u8").write_text(
        "#EXTM3U\n#EXT-X-TARGETDURATION:3\n#EXT-X-VERSION:3\n#EXT-X-MEDIA-SEQUENCE:0\n"
        f"#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:{DURATION}.0,\nsubs.vtt\n#EXT-X-ENDLIST\n",
        encoding="utf-8",
    )
    lines = [
        "#EXTM3U",
        "#EXT-X-VERSION:3",
        '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",LANGUAGE="en",DEFAULT=YES,'
        'AUTOSELECT=YES,URI="audio.m3u8"',
        '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",LANGUAGE="en",DEFAULT=NO,'
        'AUTOSELECT=YES,URI="subs.m3u8"',
    ]
    for height, _size in VARIANTS:
        width = height * 16 // 9
        attrs = f"BANDWIDTH={height * 2000},RESOLUTION={width}x{height}"
        if lying_audio:
            attrs += ',CODECS="avc1.42c00a,mp4a.40.2",SUBTITLES="subs"'
        else:
            if codecs:
                attrs += ',CODECS="avc1.42c00a"'
            attrs += ',AUDIO="aud",SUBTITLES="subs"'
        lines += [f"#EXT-X-STREAM-INF:{attrs}", f"v{height}.m3u8"]
    master = folder / "master.m3u8"
    master.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return master


def dash(folder: Path) -> Path:
    """A DASH manifest with one video and one separate audio adaptation set."""
    folder.mkdir(parents=True, exist_ok=True)
    ffmpeg(*_video_in("64x36"), *_audio_in(), "-map", "0:v", "-map", "1:a", *_X264,
           "-c:a", "aac", "-f", "dash", "-seg_duration", "1", "-use_template", "1",
           "-use_timeline", "0", "-adaptation_sets", "id=0,streams=v id=1,streams=a",
           str(folder / "manifest.mpd"))  # fmt: skip
    return folder / "manifest.mpd"


def mp4(path: Path, size: str = "64x36", *, audio: bool = True, chapters: int = 0) -> Path:
    """A plain mp4 (optionally silent, optionally with ``chapters`` equal chapters)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    args = [*_video_in(size)]
    if audio:
        args += _audio_in()
    meta: list[str] = []
    if chapters:
        part = DURATION * 1000 // chapters
        text = ";FFMETADATA1\n" + "".join(
            f"[CHAPTER]\nTIMEBASE=1/1000\nSTART={i * part}\nEND={(i + 1) * part}\n"
            f"title=Part {i + 1}\n"
            for i in range(chapters)
        )
        meta_file = path.with_suffix(".ffmeta")
        meta_file.write_text(text, encoding="utf-8")
        args += ["-i", str(meta_file)]
        meta = ["-map_metadata", str(1 + audio), "-map_chapters", str(1 + audio)]
    maps = ["-map", "0:v"] + (["-map", "1:a"] if audio else [])
    ffmpeg(*args, *maps, *meta, *_X264, *(["-c:a", "aac"] if audio else []),
           "-movflags", "+faststart", str(path))  # fmt: skip
    return path


def jpeg(path: Path) -> Path:
    ffmpeg("-f", "lavfi", "-i", "color=c=red:size=32x32", "-frames:v", "1", str(path))
    return path


def serve_folder(server, folder: Path, prefix: str) -> None:
    """Every file in ``folder`` at ``prefix/<name>`` with a fitting content type."""
    kinds = {
        ".m3u8": "application/vnd.apple.mpegurl",
        ".ts": "video/mp2t",
        ".vtt": "text/vtt",
        ".mpd": "application/dash+xml",
        ".m4s": "video/iso.segment",
        ".mp4": "video/mp4",
        ".jpg": "image/jpeg",
        ".html": "text/html",
    }
    for path in sorted(folder.iterdir()):
        if path.is_file():
            kind = kinds.get(path.suffix, "application/octet-stream")
            server.add(f"{prefix}/{path.name}", path.read_bytes(), content_type=kind)
