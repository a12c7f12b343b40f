"""Names and titles never carry invisible characters that make them read differently."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediadesk.core.filenames import remove_invisible, sanitize_stem
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.ui.formatting import job_name, readable_url

RLO = "\u202e"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (f"invoice{RLO}gpj.exe", "invoicegpj.exe"),
        ("a\u202ab\u202bc\u202cd\u202de", "abcde"),  # embeddings and pop
        ("a\u2066b\u2067c\u2068d\u2069e", "abcde"),  # isolates
        ("a\u200bb\u200cc\u200ed\u200fe", "abcde"),  # zero width space/non-joiner, marks
        ("\ufeffbom\u00adsoft\u2060join\u061cmark", "bomsoftjoinmark"),
        ("c1\x85next\x9bcontrol", "c1 nextcontrol"),  # NEL is a line break
        ("line\u2028sep\u2029para", "line sep para"),  # separators are spaces
        ("gap \u200b kept single", "gap kept single"),
    ],
)
def test_sanitize_stem_removes_invisible_characters(title: str, expected: str) -> None:
    assert sanitize_stem(title) == expected


def test_emoji_sequences_keep_their_joiner_elsewhere_it_goes() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert sanitize_stem(f"{family} holiday") == f"{family} holiday"
    thumbs = "\U0001f44d\U0001f3fd\u200d\u2764\ufe0f"  # modifier and selector before the joiner
    assert remove_invisible(thumbs) == thumbs
    assert remove_invisible("a\u200db") == "ab"
    assert remove_invisible("\u200d\U0001f469") == "\U0001f469"
    assert remove_invisible(f"\U0001f468\u200d{RLO}\U0001f469") == "\U0001f468\U0001f469"


def test_ordinary_text_is_unchanged() -> None:
    for text in ("Plain title", "Ünïcödé – “quoted” 日本語 עברית عربي", "tab\tand\nnewline"[:3]):
        assert remove_invisible(text) == text


def _job(title: str, url: str = "http://127.0.0.1:9/v.mp4") -> Job:
    return Job("0" * 16, url, JobState.DONE, FormatPreset.BEST, str(Path.cwd()), 1, 0.0, title)


def test_titles_shown_in_the_list_have_no_invisible_characters() -> None:
    # Titles stored before this fix (or by any path) are cleaned where they are shown.
    assert job_name(_job(f"invoice{RLO}gpj.exe.mp4")) == "invoicegpj.exe.mp4"
    assert job_name(_job(RLO)) == "v.mp4 (127.0.0.1)"


def test_addresses_keep_escapes_that_would_decode_to_invisible_characters() -> None:
    assert readable_url("http://h.example/a%20b") == "http://h.example/a b"
    sneaky = "http://h.example/invoice%E2%80%AEgpj.exe.mp4"
    assert readable_url(sneaky) == sneaky
    assert readable_url(f"http://h.example/x{RLO}y") == "http://h.example/xy"
