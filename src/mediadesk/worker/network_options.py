"""A job's cookies and proxy as yt-dlp parameters (worker side).

yt-dlp writes its cookie jar back to ``cookiefile`` when it closes, and silently skips a file
it cannot read. So the person's cookies.txt is checked here, then copied into a private
temporary file that yt-dlp may read and rewrite; the original is never touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.failures import Failure, FailureAction, FailureKind
from mediadesk.core.i18n import translate
from mediadesk.core.network import CookieKind, CookieSource, cookie_file_problem


class NetworkSetupError(Exception):
    """The job's cookie source cannot be used; carries the Failure to report."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure


def _cookie_failure(message: str, detail: str = "") -> Failure:
    return Failure(
        FailureKind.ENVIRONMENT,
        translate(
            "NetworkOptions",
            "{message} Choose another cookie source in Settings ▸ Network, then press Retry.",
        ).format(message=message),
        detail,
        action=FailureAction.OPEN_COOKIE_SETTINGS,
    )


@contextmanager
def network_params(opts: DownloadOptions) -> Iterator[dict[str, Any]]:
    """yt-dlp parameters for ``opts``' cookie source and proxy; temporary copies are removed
    on exit. Raises NetworkSetupError for a cookie source that cannot work."""
    params: dict[str, Any] = {}
    if opts.proxy:
        params["proxy"] = opts.proxy
    try:
        source = CookieSource.parse(opts.cookies)
    except ValueError as exc:
        raise NetworkSetupError(_cookie_failure(str(exc))) from exc
    if source.kind is CookieKind.BROWSER:
        params["cookiesfrombrowser"] = (source.browser, source.profile or None, None, None)
        yield params
        return
    if source.kind is not CookieKind.FILE:
        yield params
        return
    problem = cookie_file_problem(source.path)
    if problem:
        raise NetworkSetupError(_cookie_failure(problem))
    folder = tempfile.mkdtemp(prefix="mediadesk-cookies-")  # 0700: this user only
    try:
        copy = os.path.join(folder, "cookies.txt")
        try:
            shutil.copyfile(source.path, copy)
        except OSError as exc:
            raise NetworkSetupError(
                _cookie_failure(
                    translate("NetworkOptions", "The cookies file {path} cannot be read.").format(
                        path=source.path
                    ),
                    str(exc),
                )
            ) from exc
        os.chmod(copy, 0o600)
        params["cookiefile"] = copy
        yield params
    finally:
        shutil.rmtree(folder, ignore_errors=True)
