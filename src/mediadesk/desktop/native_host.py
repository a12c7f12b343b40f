"""MediaDesk's native-messaging host: what the browser extension talks to.

The browser starts it (``mediadesk --native-messaging-host``, or
``python -m mediadesk.desktop.native_host``) with stdin/stdout as the message pipe; Chrome
passes the caller's origin and Firefox the manifest path and extension id as arguments, which
the host ignores (the manifests' allowed_origins / allowed_extensions already limit who may
start it). Each request is handed to the running MediaDesk through the single-instance socket
(desktop/single_instance.py); when none runs, one is started minimized and the hand-off is
retried. The host never opens the job database.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

from mediadesk.core import paths
from mediadesk.desktop.native_messaging import (
    FramingError,
    RequestError,
    parse_request,
    read_frame,
    write_frame,
    write_private_cookies,
)
from mediadesk.desktop.single_instance import (
    Answer,
    Delivery,
    HandOff,
    SingleInstanceError,
    default_socket_name,
    send_hand_off,
)

log = logging.getLogger(__name__)

#: How long a freshly started MediaDesk may take to listen (a cold start on a slow disk).
START_WAIT_S = 30.0
FLAG = "--native-messaging-host"

Deliver = Callable[[HandOff], Answer]


def handle(data: bytes, deliver: Deliver, cookie_root: Path) -> dict[str, object]:
    """The reply to one framed request; nothing changes unless the reply says ok."""
    try:
        request = parse_request(data)
    except RequestError as exc:
        return {"ok": False, "error": str(exc)}
    cookies_file: Path | None = None
    spec = ""
    if request.cookies:
        try:
            cookies_file = write_private_cookies(cookie_root, request.cookies)
        except OSError as exc:
            return {"ok": False, "error": f"Cannot keep the cookies for this download: {exc}"}
        spec = f"file:{cookies_file}"
    answer = deliver(HandOff(request.urls, activate=False, cookies=spec))
    if answer.delivery is Delivery.DELIVERED:
        return {"ok": True, "queued": len(request.urls)}
    if cookies_file is not None:  # no job will use them
        shutil.rmtree(cookies_file.parent, ignore_errors=True)
    if answer.delivery is Delivery.REFUSED:
        return {"ok": False, "error": answer.reason}
    if answer.delivery is Delivery.NO_ANSWER:
        return {"ok": False, "error": "MediaDesk is running but did not answer."}
    return {"ok": False, "error": "MediaDesk could not be started."}


def serve(stdin: BinaryIO, stdout: BinaryIO, deliver: Deliver, cookie_root: Path) -> int:
    """Answer requests until the browser closes the pipe. A framing error is answered and
    ends the session: after a bad length the stream cannot be trusted any more."""
    while True:
        try:
            data = read_frame(stdin)
        except FramingError as exc:
            write_frame(stdout, {"ok": False, "error": str(exc)})
            return 1
        if data is None:
            return 0
        reply: Mapping[str, object] = handle(data, deliver, cookie_root)
        write_frame(stdout, reply)


def start_app(command: list[str]) -> None:
    """Start MediaDesk minimized, detached from the browser (its own session, no pipes:
    stdout is the message channel and must never see the app's output)."""
    subprocess.Popen(
        [*command, "--minimized"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        close_fds=True,
    )


def deliver_starting_app(
    socket_name: str,
    start: Callable[[], None],
    *,
    wait_s: float = START_WAIT_S,
    send: Callable[[str, HandOff], Answer] = send_hand_off,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> Deliver:
    """A delivery that starts MediaDesk when nothing listens, then retries until it does."""

    def deliver(message: HandOff) -> Answer:
        answer = send(socket_name, message)
        if answer.delivery is not Delivery.NO_SERVER:
            return answer
        start()
        deadline = monotonic() + wait_s
        while monotonic() < deadline:
            sleep(0.2)
            answer = send(socket_name, message)
            if answer.delivery is not Delivery.NO_SERVER:
                return answer
        return answer

    return deliver


def main(argv: list[str] | None = None) -> int:
    """Run as the browser starts it; the arguments the browser adds are not ours to parse."""
    from mediadesk.desktop.launcher import launch_command

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but frames may reach the browser's pipe
    try:
        socket_name = default_socket_name()
    except SingleInstanceError as exc:
        write_frame(stdout, {"ok": False, "error": str(exc)})
        return 1
    deliver = deliver_starting_app(socket_name, lambda: start_app(launch_command()))
    return serve(stdin, stdout, deliver, paths.browser_cookies_dir())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
