"""One TLS context per set of settings in a process, built once in the worker zygote.

yt-dlp builds a fresh ``SSLContext`` for every request handler, and loading the CA bundle into
it costs ~5 MiB and ~0.1 s. A context built in the zygote before it forks is shared by every
child copy-on-write; the children only read it. Contexts with a client certificate, or built
under another ``SSLKEYLOGFILE``, are never shared.
"""

from __future__ import annotations

import os
import ssl
import threading
from collections.abc import Callable
from typing import Any

_cache: dict[tuple[Any, ...], ssl.SSLContext] = {}
_lock = threading.Lock()


def cached(make: Callable[..., ssl.SSLContext]) -> Callable[..., ssl.SSLContext]:
    """``make`` (yt-dlp's ``make_ssl_context``), remembering the contexts without a client
    certificate by their settings."""

    def make_ssl_context(
        verify: bool = True,
        client_certificate: str | None = None,
        client_certificate_key: str | None = None,
        client_certificate_password: str | None = None,
        legacy_support: bool = False,
        use_certifi: bool = True,
    ) -> ssl.SSLContext:
        if client_certificate or client_certificate_key or client_certificate_password:
            return make(
                verify=verify,
                client_certificate=client_certificate,
                client_certificate_key=client_certificate_key,
                client_certificate_password=client_certificate_password,
                legacy_support=legacy_support,
                use_certifi=use_certifi,
            )
        key = (
            bool(verify),
            bool(legacy_support),
            bool(use_certifi),
            os.environ.get("SSLKEYLOGFILE"),
        )
        with _lock:
            context = _cache.get(key)
            if context is None:
                context = make(
                    verify=verify, legacy_support=legacy_support, use_certifi=use_certifi
                )
                _cache[key] = context
            return context

    make_ssl_context.wrapped = make  # type: ignore[attr-defined]
    return make_ssl_context


def install() -> None:
    """Route yt-dlp's request handlers through the cache and build the default context now."""
    from yt_dlp.networking import common

    if not hasattr(common.make_ssl_context, "wrapped"):
        common.make_ssl_context = cached(common.make_ssl_context)
    common.make_ssl_context()  # what every https request of a default job uses
