"""HTTP Basic credentials that yt-dlp sends to one origin only, redirects included.

What yt-dlp does by itself (checked in 2026.10.26): ``YoutubeDL.urlopen`` turns ``user:pass@``
in a URL into an ``Authorization`` header on the request, and its urllib handler's
``RedirectHandler.redirect_request`` copies every header except ``Cookie`` to the redirected
request — to whatever host the ``Location`` names. So a 302 to another host received the
password (the reported leak). ``http_headers`` would do the same, for every host.

Instead, yt-dlp gets the address without user info and this YoutubeDL subclass builds its
request director with one handler: yt-dlp's own urllib handler plus one urllib processor that
runs on every request the opener sends, the original and each redirected one. It removes any
``Authorization`` header, then adds ours (as an unredirected header) only when the request's
scheme, host and port equal the origin the credentials were given for. Using that one
handler also keeps yt-dlp from preferring another (``requests``, ``curl_cffi``) when such a
package happens to be installed, whose redirect rules would differ.
"""

from __future__ import annotations

import urllib.request
from typing import Any

from yt_dlp import YoutubeDL
from yt_dlp.networking._urllib import UrllibRH

from mediadesk.core.credentials import Credentials, origin_of

_AUTH_HEADERS = ("Authorization",)


class OriginBasicAuth(urllib.request.BaseHandler):
    """urllib processor: Basic auth on requests to one origin, none on any other."""

    handler_order = 999  # after the cookie processor and friends: ours is the last word

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials
        self._header = credentials.basic_header()

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        for name in list(req.headers) + list(req.unredirected_hdrs):
            if name.capitalize() in _AUTH_HEADERS:
                req.headers.pop(name, None)
                req.unredirected_hdrs.pop(name, None)
        if origin_of(req.full_url) == self._credentials.origin:
            req.add_unredirected_header("Authorization", self._header)
        return req

    https_request = http_request


def _handler_class(credentials: Credentials) -> type[UrllibRH]:
    class MediaDeskOriginAuthRH(UrllibRH):  # the name must end in "RH" (yt-dlp's rule)
        def _create_instance(self, *args: Any, **kwargs: Any) -> urllib.request.OpenerDirector:
            opener = super()._create_instance(*args, **kwargs)
            opener.add_handler(OriginBasicAuth(credentials))
            return opener

    return MediaDeskOriginAuthRH


class OriginAuthYoutubeDL(YoutubeDL):
    """A YoutubeDL whose every request goes through the origin-bound credentials above."""

    def __init__(self, params: dict[str, Any], credentials: Credentials) -> None:
        self._origin_credentials = credentials
        super().__init__(params)

    def build_request_director(self, handlers: Any, preferences: Any = None) -> Any:
        del handlers  # only ours: see the module docstring
        return super().build_request_director(
            [_handler_class(self._origin_credentials)], preferences
        )


def make_youtube_dl(params: dict[str, Any], credentials: Credentials | None) -> YoutubeDL:
    """A plain YoutubeDL, or one bound to credentials for their origin."""
    if credentials is None:
        return YoutubeDL(params)
    return OriginAuthYoutubeDL(params, credentials)
