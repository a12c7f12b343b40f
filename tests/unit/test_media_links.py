"""Which copied links clipboard watching offers (core/media_links.py)."""

from __future__ import annotations

import pytest

from mediadesk.core.media_links import MAX_CLIPBOARD_CHARS, is_media_link, media_links


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.example.org/films/trailer.MP4",
        "http://127.0.0.1:8000/a/b/song.flac?token=1",
        "https://live.example.net/master.m3u8",
        "https://www.youtube.com/watch?v=abc",
        "https://youtu.be/abc",
        "https://m.vimeo.com/123",
    ],
)
def test_media_links_are_recognised(url: str) -> None:
    assert is_media_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/",
        "https://example.org/report.pdf",
        "https://notyoutube.com/watch?v=abc",
        "https://example.org/mp4",
        "ftp://example.org/a.mp4",
        "file:///home/me/a.mp4",
    ],
)
def test_other_links_are_not(url: str) -> None:
    assert not is_media_link(url)


def test_links_are_found_in_copied_text_in_order_once() -> None:
    text = "see https://youtu.be/x and https://example.org/ and\nhttps://a.example/v.webm https://youtu.be/x"
    assert media_links(text) == ["https://youtu.be/x", "https://a.example/v.webm"]


def test_long_text_is_not_scanned() -> None:
    assert media_links("https://youtu.be/x " + " " * MAX_CLIPBOARD_CHARS) == []
