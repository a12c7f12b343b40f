"""The words a failure gets, from the exceptions yt-dlp really raises (no network)."""

from __future__ import annotations

import io

from yt_dlp.networking import Response
from yt_dlp.networking.exceptions import HTTPError
from yt_dlp.utils import ContentTooShortError, DownloadError

from mediadesk.core.failures import FailureKind
from mediadesk.worker.classify import classify


def _http_error(status: int, *, location: str = "", redirect_loop: bool = False) -> HTTPError:
    headers = {"Location": location} if location else {}
    response = Response(io.BytesIO(b""), "http://127.0.0.1/x", headers, status=status)
    return HTTPError(response, redirect_loop=redirect_loop)


def test_a_short_body_says_how_much_arrived_and_is_retried() -> None:
    failure = classify(ContentTooShortError(50_000, 200_000))
    assert failure.kind is FailureKind.TRANSIENT
    assert "after 50,000 of 200,000 bytes" in failure.message


def test_a_short_body_reported_only_as_text_gets_the_same_words() -> None:
    error = DownloadError("ERROR: Downloaded 10 bytes, expected 90 bytes")
    assert "after 10 of 90 bytes" in classify(error).message


def test_a_redirect_loop_is_permanent_and_named() -> None:
    failure = classify(_http_error(302, location="/x", redirect_loop=True))
    assert failure.kind is FailureKind.PERMANENT
    assert "keeps redirecting" in failure.message


def test_a_redirect_to_another_scheme_names_the_target() -> None:
    failure = classify(_http_error(302, location="file:///etc/passwd"))
    assert failure.kind is FailureKind.PERMANENT
    assert "file: address (file:///etc/passwd)" in failure.message


def test_an_ordinary_refusal_is_unchanged() -> None:
    failure = classify(_http_error(403))
    assert "HTTP 403" in failure.message


def test_the_requests_handlers_words_for_a_file_redirect_get_the_same_message() -> None:
    error = DownloadError("ERROR: No connection adapters were found for 'file:///etc/passwd'")
    failure = classify(error)
    assert failure.kind is FailureKind.PERMANENT
    assert "file: address (file:///etc/passwd)" in failure.message
