"""Site failures a person can act on: yt-dlp's own words mapped to what to do next.

The patterns are yt-dlp's messages (extractor/youtube/_video.py, extractor/common.py,
cookies.py) and the site texts it passes through (YouTube's playability reasons). Each
verdict may carry a FailureAction the details pane offers as a button.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from yt_dlp.cookies import CookieLoadError
from yt_dlp.networking.exceptions import HTTPError
from yt_dlp.utils import ExtractorError, GeoRestrictedError

from mediadesk.core.failures import Failure, FailureAction, FailureKind
from mediadesk.core.i18n import translate

_COOKIES = translate("SiteErrors", "Settings ▸ Network")
_USE_COOKIES = translate(
    "SiteErrors",
    "Sign in to the site in your browser, choose that browser's cookies in "
    "{settings}, then press Retry.",
).format(settings=_COOKIES)

# (markers, any of which in the lowered text selects the rule; message; action). First wins, so
# specific texts come before general ones (a private video's reason also says "sign in").
_RULES: tuple[tuple[tuple[str, ...], str, FailureAction], ...] = (
    (
        ("not a bot",),
        translate("SiteErrors", "The site wants to check that you are not a bot. ") + _USE_COOKIES,
        FailureAction.OPEN_COOKIE_SETTINGS,
    ),
    (
        ("private video", "this video is private"),
        translate("SiteErrors", "This video is private. If its owner gave you access, ")
        + _USE_COOKIES,
        FailureAction.OPEN_COOKIE_SETTINGS,
    ),
    (
        ("members-only", "channel's members"),
        translate("SiteErrors", "This video is for the channel's members only. If you are one, ")
        + _USE_COOKIES,
        FailureAction.OPEN_COOKIE_SETTINGS,
    ),
    (
        ("confirm your age", "age-restricted"),
        translate(
            "SiteErrors",
            "This video is age-restricted: the site only shows it to a signed-in adult account. ",
        )
        + _USE_COOKIES,
        FailureAction.OPEN_COOKIE_SETTINGS,
    ),
    (
        ("copyright",),
        translate(
            "SiteErrors",
            "The site removed this video after a copyright claim; it cannot be downloaded.",
        ),
        FailureAction.NONE,
    ),
    (
        ("account associated with this video has been terminated",),
        translate(
            "SiteErrors", "The account that posted this video was closed, and the video with it."
        ),
        FailureAction.NONE,
    ),
    (
        ("has been removed",),
        translate("SiteErrors", "The site removed this video; it cannot be downloaded."),
        FailureAction.NONE,
    ),
    (
        ("no longer available",),
        translate("SiteErrors", "This video is no longer available on the site."),
        FailureAction.NONE,
    ),
    (
        (
            "only available for registered users",
            "login details are needed",
            "--cookies-from-browser or --cookies for the authentication",
        ),
        translate("SiteErrors", "This needs a signed-in account. ") + _USE_COOKIES,
        FailureAction.OPEN_COOKIE_SETTINGS,
    ),
)

_GEO_MARKERS = (
    "not available from your location",
    "not made this video available in your country",
    "not available in your country",
    "geo restriction",
    "geo-restricted",
)
_UPCOMING_MARKERS = (  # the phrase quoted is the text from the first marker found
    "premieres in",
    "premiere will begin",
    "this live event will begin",
    "this live event is scheduled for",
    "this live event has not yet started",
    "live event will begin",
)
_JS_MARKERS = (
    "no supported javascript runtime",
    "n challenge solving failed",
    "signature solving failed",
    "/wiki/ejs",
)
_COOKIE_STORE_MARKERS = (
    "cookies database",
    "cookie database",
    "failed to load cookies",
    "unknown browser",
    "could not find local state file",
    "failed to decrypt",
)


def normalize(text: str) -> str:
    """Lower case, typographic apostrophes as plain ones (YouTube writes "you’re")."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def js_runtime_warning(message: str) -> bool:
    """Whether a yt-dlp warning says a JavaScript runtime (or its EJS scripts) is missing."""
    lowered = normalize(message)
    return any(marker in lowered for marker in _JS_MARKERS)


def extractor_of(chain: Sequence[BaseException]) -> str:
    """The extractor that raised (ExtractorError.ie), or ""."""
    for exc in chain:
        if isinstance(exc, ExtractorError) and exc.ie:
            return str(exc.ie)
    return ""


def site_failure(
    detail: str,
    chain: Sequence[BaseException],
    *,
    extractor: str = "",
    js_missing: bool = False,
) -> Failure | None:
    """A verdict for failures caused by the site or by how it is reached; None otherwise."""
    lowered = normalize(detail + "\n" + "\n".join(str(e) for e in chain))
    if any(isinstance(e, CookieLoadError) for e in chain) or any(
        m in lowered for m in _COOKIE_STORE_MARKERS
    ):
        return cookie_store_failure(lowered, detail)
    for markers, message, action in _RULES:
        if any(m in lowered for m in markers):
            return Failure(FailureKind.PERMANENT, message, detail, action=action)
    geo = next((e for e in chain if isinstance(e, GeoRestrictedError)), None)
    if geo is not None or any(m in lowered for m in _GEO_MARKERS):
        countries = getattr(geo, "countries", None)
        where = f" (it is shown in: {', '.join(countries[:12])})" if countries else ""
        return Failure(
            FailureKind.PERMANENT,
            translate(
                "SiteErrors",
                "The site does not show this video in your country{where}. A proxy in "
                "a country where it is shown ({settings}) may help.",
            ).format(where=where, settings=_COOKIES),
            detail,
        )
    if any(m in lowered for m in _UPCOMING_MARKERS):
        return upcoming(_upcoming_phrase(detail), detail)
    if any(m in lowered for m in _JS_MARKERS) or (
        js_missing and "requested format is not available" in lowered
    ):
        return Failure(
            FailureKind.ENVIRONMENT,
            translate(
                "SiteErrors",
                "This site needs a JavaScript runtime (Deno) to unlock its formats, and MediaDesk "
                "could not use one. Open Diagnostics to see what is missing.",
            ),
            detail,
            action=FailureAction.OPEN_DIAGNOSTICS,
        )
    site = extractor or extractor_of(chain)
    forbidden = any(isinstance(e, HTTPError) and e.status == 403 for e in chain) or (
        "http error 403" in lowered
    )
    if forbidden and site and site.lower() != "generic":
        return Failure(
            FailureKind.PERMANENT,
            translate(
                "SiteErrors",
                "The site refused the download (HTTP 403). Sites like this one "
                "({site}) change often, and a newer yt-dlp usually knows the new way: "
                "update yt-dlp, then press Retry.",
            ).format(site=site),
            detail,
            action=FailureAction.UPDATE_YTDLP,
        )
    return None


def cookie_store_failure(lowered: str, detail: str) -> Failure:
    """The browser's cookie store or the cookies file could not be read."""
    if "could not find" in lowered:
        reason = translate(
            "SiteErrors",
            "MediaDesk could not find that browser's cookies (is it installed, and is the "
            "profile name right?).",
        )
    elif "locked" in lowered or "could not copy" in lowered:
        reason = translate(
            "SiteErrors", "The browser's cookie store is locked; close the browser and press Retry."
        )
    elif "permission denied" in lowered:
        reason = translate("SiteErrors", "The cookie store cannot be read (permission denied).")
    elif "decrypt" in lowered or "keyring" in lowered:
        reason = translate(
            "SiteErrors", "The browser's cookies could not be decrypted (its keyring is locked?)."
        )
    else:
        reason = translate("SiteErrors", "The browser's cookies could not be read.")
    return Failure(
        FailureKind.ENVIRONMENT,
        translate("SiteErrors", "{reason} Check the cookie source in {settings}.").format(
            reason=reason, settings=_COOKIES
        ),
        detail,
        action=FailureAction.OPEN_COOKIE_SETTINGS,
    )


def _upcoming_phrase(detail: str) -> str:
    lowered = normalize(detail)
    for marker in _UPCOMING_MARKERS:
        start = lowered.find(marker)
        if start >= 0:
            end = detail.find(".", start)
            return detail[start : end if end > 0 else len(detail)].strip()
    return ""


def upcoming(when: str, detail: str = "") -> Failure:
    """A premiere or live stream that has not started: say when, if the site said."""
    text = translate("SiteErrors", "This premiere or live stream has not started yet")
    text += f" ({when})." if when else "."
    return Failure(
        FailureKind.PERMANENT,
        translate("SiteErrors", "{text} Press Retry once it has started.").format(text=text),
        detail or text,
    )


def upcoming_from_info(info: dict[str, Any]) -> Failure | None:
    """An extracted entry that is a scheduled stream (``live_status`` is_upcoming)."""
    if info.get("live_status") != "is_upcoming":
        return None
    stamp = info.get("release_timestamp")
    when = ""
    if isinstance(stamp, int | float):
        when = "starts " + time.strftime("%Y-%m-%d %H:%M %Z", time.localtime(stamp))
    return upcoming(when)
