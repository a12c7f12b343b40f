"""Site failures classified from yt-dlp's own exceptions and exact message texts."""

from __future__ import annotations

import errno

import pytest
from yt_dlp.cookies import CookieLoadError
from yt_dlp.networking.common import Response
from yt_dlp.networking.exceptions import HTTPError
from yt_dlp.utils import DownloadError, ExtractorError, GeoRestrictedError

from mediadesk.core.failures import FailureAction, FailureKind
from mediadesk.core.network import (
    CookieKind,
    CookieSource,
    browser_source,
    join_proxy,
    proxy_problem,
    scrub,
    split_proxy,
)
from mediadesk.worker.classify import classify
from mediadesk.worker.page_embeds import embed_addresses
from mediadesk.worker.site_errors import js_runtime_warning

# yt-dlp's login hint (extractor/common.py _login_hint('cookies') + youtube/_base.py).
HINT = (
    "Use --cookies-from-browser or --cookies for the authentication. See  "
    "https://github.com/yt-dlp/yt-dlp/wiki/FAQ#how-do-i-pass-cookies-to-yt-dlp  for how to "
    "manually pass cookies. Also see  https://github.com/yt-dlp/yt-dlp/wiki/Extractors"
    "#exporting-youtube-cookies  for tips on effectively exporting YouTube cookies"
)


def _wrapped(message: str, ie: str = "youtube", cls: type = ExtractorError) -> DownloadError:
    """What YoutubeDL raises: a DownloadError carrying the extractor's error."""
    inner = cls(message, expected=True, ie=ie, video_id="dQw4w9WgXcQ")
    return DownloadError(f"ERROR: {inner}", (type(inner), inner, None))


@pytest.mark.parametrize(
    ("reason", "action", "words"),
    [
        (f"Sign in to confirm you\u2019re not a bot. {HINT}", "open-cookie-settings", "not a bot"),
        (
            f"Private video. Sign in if you've been granted access to this video. {HINT}",
            "open-cookie-settings",
            "private",
        ),
        (
            "Join this channel to get access to members-only content like this video, and "
            "other exclusive perks.",
            "open-cookie-settings",
            "members only",
        ),
        (
            f"Sign in to confirm your age. This video may be inappropriate for some users. {HINT}",
            "open-cookie-settings",
            "age-restricted",
        ),
        (
            "Video unavailable. This video contains content from UMG, who has blocked it on "
            "copyright grounds",
            "",
            "copyright",
        ),
        (
            "This video has been removed for violating YouTube's policy on hate speech.",
            "",
            "removed",
        ),
        (
            "Video unavailable. This video is no longer available because the YouTube account "
            "associated with this video has been terminated.",
            "",
            "account",
        ),
        ("Premieres in 3 hours", "", "Premieres in 3 hours"),
        ("This live event will begin in 2 days.", "", "This live event will begin in 2 days"),
        (
            "Login details are needed to download this content. " + HINT,
            "open-cookie-settings",
            "signed-in account",
        ),
    ],
)
def test_youtube_reasons_become_actionable_failures(reason: str, action: str, words: str) -> None:
    failure = classify(_wrapped(reason))
    assert failure.kind is not FailureKind.TRANSIENT
    assert failure.action.value == action
    assert words.lower() in failure.message.lower()
    assert reason[:30] in failure.detail


def test_geo_restriction_names_the_countries() -> None:
    inner = GeoRestrictedError(
        "The uploader has not made this video available in your country",
        countries=["JP", "KR"],
    )
    failure = classify(DownloadError(f"ERROR: {inner}", (type(inner), inner, None)))
    assert "your country" in failure.message and "JP, KR" in failure.message
    assert "proxy" in failure.message


def _http_error(status: int, url: str = "https://rr1.googlevideo.com/videoplayback") -> HTTPError:
    import io

    response = Response(io.BytesIO(b""), url, {}, status=status, reason="Forbidden")
    return HTTPError(response)


def test_403_from_a_site_extractor_says_update_ytdlp() -> None:
    error = _http_error(403)
    wrapped = DownloadError(
        "ERROR: unable to download video data: HTTP Error 403: Forbidden",
        (type(error), error, None),
    )
    failure = classify(wrapped, extractor="Youtube")
    assert failure.action is FailureAction.UPDATE_YTDLP
    assert "update yt-dlp" in failure.message


def test_403_from_the_generic_extractor_is_a_plain_refusal() -> None:
    error = _http_error(403, "http://example.invalid/file.mp4")
    wrapped = DownloadError("ERROR: HTTP Error 403: Forbidden", (type(error), error, None))
    failure = classify(wrapped, extractor="Generic")
    assert failure.action is FailureAction.NONE
    assert "HTTP 403" in failure.message


def test_missing_javascript_runtime_points_to_diagnostics() -> None:
    warning = (
        "[youtube] dQw4w9WgXcQ: n challenge solving failed: Some formats may be missing. "
        "Ensure you have a supported JavaScript runtime and challenge solver script "
        "distribution installed. Review any warnings presented before this message. For more "
        "details, refer to  https://github.com/yt-dlp/yt-dlp/wiki/EJS"
    )
    assert js_runtime_warning(warning)
    assert js_runtime_warning(
        "No supported JavaScript runtime could be found. Only deno is enabled by default; "
        "to use another runtime add  --js-runtimes RUNTIME[:PATH]  to your command/config."
    )
    error = DownloadError("ERROR: [youtube] dQw4w9WgXcQ: Requested format is not available.")
    plain = classify(error)
    assert plain.action is FailureAction.NONE
    failure = classify(error, js_missing=True)
    assert failure.action is FailureAction.OPEN_DIAGNOSTICS
    assert "JavaScript runtime" in failure.message


@pytest.mark.parametrize(
    ("cause", "words"),
    [
        (
            FileNotFoundError(
                "could not find firefox cookies database in '/home/u/.mozilla/firefox'"
            ),
            "could not find",
        ),
        (
            DownloadError(
                "Could not copy Chrome cookie database. See  "
                "https://github.com/yt-dlp/yt-dlp/issues/7271  for more info"
            ),
            "locked",
        ),
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    ],
)
def test_unreadable_cookie_stores_are_named_and_offer_the_setting(
    cause: BaseException, words: str
) -> None:
    try:
        try:
            raise cause
        except Exception:
            raise CookieLoadError("failed to load cookies")  # noqa: B904 (as yt-dlp does)
    except CookieLoadError as exc:
        failure = classify(exc)
    assert failure.action is FailureAction.OPEN_COOKIE_SETTINGS
    assert words in failure.message.lower()
    assert "cannot write to the download folder" not in failure.message


def test_iframe_addresses_are_absolute_http_in_page_order() -> None:
    page = (
        "<iframe src='about:blank'></iframe><IFRAME class=x SRC=\"/embed/1?a=1&amp;b=2\">"
        "<iframe src=https://player.example/v/9 width=5><iframe src='/embed/1?a=1&b=2'>"
    )
    assert embed_addresses(page, "http://site.example/news/story") == [
        "http://site.example/embed/1?a=1&b=2",
        "https://player.example/v/9",
    ]
    assert embed_addresses("<p>no frames</p>", "http://site.example/") == []


def test_cookie_sources_round_trip_and_refuse_unknown_browsers() -> None:
    source = browser_source("Firefox:work profile")
    assert source == CookieSource(CookieKind.BROWSER, browser="firefox", profile="work profile")
    assert CookieSource.parse(source.spec) == source
    assert CookieSource.parse("file:/tmp/a:b.txt").path == "/tmp/a:b.txt"
    assert CookieSource.parse("") == CookieSource()
    with pytest.raises(ValueError, match="Unknown browser 'netscape'"):
        browser_source("netscape")


def test_proxy_password_is_split_off_and_joined_back() -> None:
    address, password = split_proxy("socks5://bob:p%40ss@127.0.0.1:1080")
    assert (address, password) == ("socks5://bob@127.0.0.1:1080", "p@ss")
    assert join_proxy(address, password) == "socks5://bob:p%40ss@127.0.0.1:1080"
    assert proxy_problem("ftp://127.0.0.1:21") and proxy_problem("http://127.0.0.1")
    assert proxy_problem("http://127.0.0.1:3128") is None


def test_scrub_hides_cookie_values_and_passwords() -> None:
    lines = (
        "Cookie: session=abc123; other=x\n"
        "{'Cookie': 'session=abc123', 'User-Agent': 'Mozilla/5.0'}\n"
        "Unable to connect to proxy http://bob:hunter2@127.0.0.1:3128\n"
        "Proxy-Authorization: Basic Ym9iOmh1bnRlcjI="
    )
    cleaned = scrub(lines)
    assert "abc123" not in cleaned and "hunter2" not in cleaned and "Ym9i" not in cleaned
    assert "http://bob:***@127.0.0.1:3128" in cleaned
    assert "'User-Agent': 'Mozilla/5.0'" in cleaned
