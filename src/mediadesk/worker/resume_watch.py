"""Notice servers that cannot resume, so a pause can say so honestly.

A server that answers without ``Accept-Ranges: bytes`` (and not 206) gives no promise that a
Range request will work; one that answers a Range request with 200 sends the whole file again
and yt-dlp's HttpFD says "Unable to resume" and starts over from zero.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

UNABLE_TO_RESUME = "[download] Unable to resume"


class ResumeWatch:
    """Wraps ``YoutubeDL.urlopen`` to look at each answer's range support; reports once."""

    def __init__(self, report: Callable[[], None]) -> None:
        self._report = report
        self._lock = threading.Lock()
        self._media_urls: set[str] = set()
        self._answers: dict[str, bool] = {}  # url -> the server promised byte ranges
        self.reported = False

    def wrap(self, urlopen: Callable[..., Any]) -> Callable[..., Any]:
        def watched(request: Any, *args: Any, **kwargs: Any) -> Any:
            response = urlopen(request, *args, **kwargs)
            self._observe(request, response)
            return response

        return watched

    def _observe(self, request: Any, response: Any) -> None:
        url = getattr(request, "url", request)
        headers = getattr(response, "headers", None)
        status = getattr(response, "status", None)
        if not isinstance(url, str) or headers is None:
            return
        ranges = status == 206 or "bytes" in str(headers.get("Accept-Ranges") or "").lower()
        asked = bool(getattr(request, "headers", {}).get("Range"))
        with self._lock:
            self._answers[url] = ranges
            media = url in self._media_urls
        if (asked and status == 200) or (media and not ranges):
            self.flag()

    def downloading(self, url: str | None) -> None:
        """The progress hook saw bytes of ``url``: judge the answer that delivers them."""
        if not url:
            return
        with self._lock:
            self._media_urls.add(url)
            ranges = self._answers.get(url)
        if ranges is False:
            self.flag()

    def flag(self) -> None:
        with self._lock:
            if self.reported:
                return
            self.reported = True
        self._report()
