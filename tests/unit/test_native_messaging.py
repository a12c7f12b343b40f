"""The browser extension's native-messaging host in process: framing, requests, cookies,
starting MediaDesk when none runs, the manifests browsers read, and the cookie sweeper."""

from __future__ import annotations

import io
import json
import stat
import struct
from dataclasses import replace
from pathlib import Path

import pytest

from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.desktop import native_manifests as nm
from mediadesk.desktop.native_host import deliver_starting_app, handle, serve
from mediadesk.desktop.native_messaging import (
    MAX_REQUEST_BYTES,
    FramingError,
    RequestError,
    encode_frame,
    parse_request,
    read_frame,
)
from mediadesk.desktop.single_instance import Answer, Delivery, HandOff
from mediadesk.engine.browser_cookies import BrowserCookieSweeper

REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "packaging" / "browser-extension"
URL = "https://example.org/watch?v=1"
DELIVERED = Answer(Delivery.DELIVERED)
COOKIE = {
    "name": "session",
    "value": "s3cr3t-value",
    "domain": ".example.org",
    "path": "/",
    "secure": True,
    "httpOnly": True,
    "hostOnly": False,
    "session": False,
    "expirationDate": 1900000000.5,
}


def request(**fields: object) -> bytes:
    return json.dumps({"action": "add", "urls": [URL], **fields}).encode()


class Deliveries:
    """A running MediaDesk that records what it was handed (or answers ``answer``)."""

    def __init__(self, answer: Answer = DELIVERED) -> None:
        self.answer = answer
        self.messages: list[HandOff] = []

    def __call__(self, message: HandOff) -> Answer:
        self.messages.append(message)
        return self.answer


# -- framing ------------------------------------------------------------------------------------


def test_frames_round_trip_and_end_cleanly() -> None:
    stream = io.BytesIO(encode_frame({"a": 1}) + encode_frame({"b": "é"}))
    assert json.loads(read_frame(stream)) == {"a": 1}
    assert json.loads(read_frame(stream)) == {"b": "é"}
    assert read_frame(stream) is None


def test_the_length_is_little_endian() -> None:
    assert encode_frame({})[:4] == struct.pack("<I", 2)


def test_an_oversized_length_is_refused_before_reading_the_body() -> None:
    class NoBody(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            assert size is not None and size <= 4, "the host tried to read the oversized body"
            return super().read(size)

    with pytest.raises(FramingError, match="too large"):
        read_frame(NoBody(struct.pack("<I", MAX_REQUEST_BYTES + 1)))


@pytest.mark.parametrize("data", [b"\x05\x00", struct.pack("<I", 10) + b"short"])
def test_truncated_input_is_a_framing_error(data: bytes) -> None:
    with pytest.raises(FramingError):
        read_frame(io.BytesIO(data))


# -- requests -----------------------------------------------------------------------------------


def test_a_request_with_links_page_and_cookies_is_parsed() -> None:
    parsed = parse_request(
        request(urls=[URL, URL, " https://b.example/x "], page_url=URL, cookies=[COOKIE])
    )
    assert parsed.urls == (URL, "https://b.example/x")
    assert parsed.page_url == URL
    [cookie] = parsed.cookies
    assert cookie.netscape_line() == (
        "#HttpOnly_.example.org\tTRUE\t/\tTRUE\t1900000000\tsession\ts3cr3t-value"
    )
    assert "s3cr3t" not in repr(parsed)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps({"action": "delete", "urls": [URL]}).encode(), "Unknown action"),
        (json.dumps({"urls": [URL]}).encode(), "Unknown action"),
        (request(extra=1), "Unknown fields: extra"),
        (json.dumps({"action": "add", "urls": URL}).encode(), "list of strings"),
        (json.dumps({"action": "add", "urls": [1]}).encode(), "list of strings"),
        (json.dumps({"action": "add", "urls": []}).encode(), "no links"),
        (json.dumps({"action": "add", "urls": ["file:///etc/passwd"]}).encode(), "Not a link"),
        (request(page_url=3), "page_url"),
        (request(cookies={"a": 1}), "list of cookie objects"),
        (request(cookies=[{**COOKIE, "value": 5}]), "string 'name'"),
        (request(cookies=[{**COOKIE, "value": "a\nb"}]), "control character"),
        (request(cookies=[{**COOKIE, "secure": "yes"}]), "flags"),
        (request(cookies=[{**COOKIE, "expirationDate": True}]), "expirationDate"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
    ],
)
def test_anything_else_is_refused_with_a_reason(data: bytes, says: str) -> None:
    with pytest.raises(RequestError, match=says):
        parse_request(data)


def test_a_good_request_is_handed_over_without_activating_the_window(tmp_path: Path) -> None:
    deliveries = Deliveries()
    reply = handle(request(urls=[URL, "https://b.example/x"]), deliveries, tmp_path / "c")
    assert reply == {"ok": True, "queued": 2}
    assert deliveries.messages == [HandOff((URL, "https://b.example/x"), activate=False)]
    assert not (tmp_path / "c").exists(), "no cookies, no cookie folder"


def test_cookies_go_to_a_private_file_named_in_the_hand_off(tmp_path: Path) -> None:
    root = tmp_path / "cookies"
    deliveries = Deliveries()
    assert handle(request(cookies=[COOKIE]), deliveries, root) == {"ok": True, "queued": 1}
    [message] = deliveries.messages
    assert message.cookies.startswith("file:")
    path = Path(message.cookies.removeprefix("file:"))
    assert path.parent.parent == root
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    lines = path.read_text().splitlines()
    assert lines[0] == "# Netscape HTTP Cookie File"
    assert lines[1].endswith("\tsession\ts3cr3t-value")
    assert "s3cr3t" not in message.encode().decode()


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (Answer(Delivery.REFUSED, "Too much."), "Too much."),
        (Answer(Delivery.NO_ANSWER), "did not answer"),
        (Answer(Delivery.NO_SERVER), "could not be started"),
    ],
)
def test_an_undelivered_request_says_why_and_leaves_no_cookies(
    tmp_path: Path, answer: Answer, says: str
) -> None:
    root = tmp_path / "cookies"
    reply = handle(request(cookies=[COOKIE]), Deliveries(answer), root)
    assert reply["ok"] is False and says in str(reply["error"])
    assert list(root.iterdir()) == []


def test_serve_answers_each_message_and_a_bad_one_changes_nothing(tmp_path: Path) -> None:
    body = b"".join(struct.pack("<I", len(d)) + d for d in (request(), b"{", request(urls=["x y"])))
    out = io.BytesIO()
    deliveries = Deliveries()
    assert serve(io.BytesIO(body), out, deliveries, tmp_path) == 0
    out.seek(0)
    replies = []
    while (frame := read_frame(out)) is not None:
        replies.append(json.loads(frame))
    assert replies[0] == {"ok": True, "queued": 1}
    assert [r["ok"] for r in replies[1:]] == [False, False]
    assert len(deliveries.messages) == 1


def test_serve_refuses_an_oversized_message_and_stops(tmp_path: Path) -> None:
    out = io.BytesIO()
    deliveries = Deliveries()
    data = struct.pack("<I", MAX_REQUEST_BYTES + 1) + b"{" * 100
    assert serve(io.BytesIO(data), out, deliveries, tmp_path) == 1
    out.seek(0)
    reply = json.loads(read_frame(out))
    assert reply["ok"] is False and "too large" in reply["error"]
    assert deliveries.messages == []


# -- starting MediaDesk -------------------------------------------------------------------------


class FakeApp:
    """Nothing listens until it was started and ``ready_after`` more attempts were made."""

    def __init__(self, ready_after: int) -> None:
        self.ready_after = ready_after
        self.started = 0
        self.sent: list[HandOff] = []
        self.now = 0.0

    def start(self) -> None:
        self.started += 1

    def send(self, name: str, message: HandOff) -> Answer:
        self.sent.append(message)
        if not self.started:
            return Answer(Delivery.NO_SERVER)
        self.ready_after -= 1
        return Answer(Delivery.NO_SERVER if self.ready_after >= 0 else Delivery.DELIVERED)

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_a_running_app_is_not_started_again() -> None:
    app = FakeApp(ready_after=0)
    app.started = 1
    deliver = deliver_starting_app("sock", app.start, send=app.send, sleep=app.sleep)
    assert deliver(HandOff((URL,))).delivery is Delivery.DELIVERED
    assert app.started == 1 and len(app.sent) == 1


def test_the_app_is_started_once_and_the_hand_off_retried_until_it_listens() -> None:
    app = FakeApp(ready_after=3)
    deliver = deliver_starting_app(
        "sock", app.start, send=app.send, sleep=app.sleep, monotonic=lambda: app.now
    )
    assert deliver(HandOff((URL,))).delivery is Delivery.DELIVERED
    assert app.started == 1
    assert len(app.sent) == 5


def test_an_app_that_never_listens_is_given_up_on() -> None:
    app = FakeApp(ready_after=10**9)
    deliver = deliver_starting_app(
        "sock", app.start, send=app.send, sleep=app.sleep, monotonic=lambda: app.now, wait_s=5
    )
    assert deliver(HandOff((URL,))).delivery is Delivery.NO_SERVER
    assert app.started == 1
    assert app.now == pytest.approx(5, abs=0.3)


# -- manifests ----------------------------------------------------------------------------------


def extension_ids() -> nm.ExtensionIds:
    return nm.ExtensionIds.from_manifest(json.loads((EXTENSION / "manifest.json").read_text()))


def test_the_extension_id_comes_from_its_key() -> None:
    ids = extension_ids()
    assert ids.gecko_id == "mediadesk@mediadesk.app"
    assert ids.chrome_id == "aofcimoaoeeijgdenbgckokabfifdlde"
    assert (
        nm.chrome_extension_id("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")
        != "aofcimoaoeeijgdenbgckokabfifdlde"
    )


def test_the_extension_manifest_is_mv3_with_both_backgrounds() -> None:
    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    assert manifest["manifest_version"] == 3
    assert {"contextMenus", "nativeMessaging"} <= set(manifest["permissions"])
    assert "cookies" not in manifest["permissions"], "cookies only when the user allows it"
    assert manifest["background"] == {
        "service_worker": "background.js",
        "scripts": ["background.js"],
    }
    for name in ("background.js", "options.html", "options.js", *manifest["icons"].values()):
        assert (EXTENSION / name).is_file(), name
    assert f'"{nm.HOST_NAME}"' in (EXTENSION / "background.js").read_text()


def test_install_writes_a_launcher_and_one_manifest_per_browser(tmp_path: Path) -> None:
    folders = nm.manifest_folders(tmp_path / "home", tmp_path / "config")
    exe = "/opt/Media Desk/bin/mediadesk"
    written = nm.install_host([exe], tmp_path / "host", folders, extension_ids())
    launcher = tmp_path / "host" / nm.LAUNCHER_NAME
    assert written[0] == launcher
    assert launcher.stat().st_mode & 0o111
    assert launcher.read_text() == (
        "#!/bin/sh\nexec '/opt/Media Desk/bin/mediadesk' --native-messaging-host \"$@\"\n"
    )
    firefox = json.loads((folders[nm.Browser.FIREFOX] / "app.mediadesk.json").read_text())
    assert firefox == {
        "name": "app.mediadesk",
        "description": nm.DESCRIPTION,
        "path": str(launcher),
        "type": "stdio",
        "allowed_extensions": ["mediadesk@mediadesk.app"],
    }
    for browser in (nm.Browser.CHROME, nm.Browser.CHROMIUM):
        chrome = json.loads((folders[browser] / "app.mediadesk.json").read_text())
        assert chrome["allowed_origins"] == ["chrome-extension://aofcimoaoeeijgdenbgckokabfifdlde/"]
        assert chrome["path"] == str(launcher)
    assert (tmp_path / "home" / ".mozilla" / "native-messaging-hosts").is_dir()
    assert len(nm.uninstall_host(tmp_path / "host", folders)) == 4
    assert not launcher.exists()


def test_a_relative_command_is_refused() -> None:
    with pytest.raises(ValueError, match="absolute"):
        nm.launcher_text(["mediadesk"])


# -- the cookie sweeper -------------------------------------------------------------------------


def job(job_id: str, cookies: str, state: JobState = JobState.QUEUED) -> Job:
    return Job(job_id, URL, state, FormatPreset.BEST, "/tmp", 0, 0.0, cookies=cookies)


def cookie_folder(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "cookies.txt").write_text("x")
    return folder


def test_the_sweeper_removes_cookies_once_their_jobs_are_over(qapp, tmp_path: Path) -> None:
    root = tmp_path / "browser-cookies"
    a, b, orphan = (cookie_folder(root, n) for n in ("a", "b", "orphan"))
    jobs = [job("1", f"file:{a}/cookies.txt"), job("2", f"file:{b}/cookies.txt")]
    other = cookie_folder(tmp_path / "elsewhere", "c")
    jobs.append(job("3", f"file:{other}/cookies.txt", JobState.DONE))
    now = [orphan.stat().st_mtime + 5]
    sweeper = BrowserCookieSweeper(root, lambda: jobs, clock=lambda: now[0], grace_s=60)

    assert sweeper.sweep() == []
    jobs[0] = replace(jobs[0], state=JobState.PAUSED)
    sweeper.on_job_changed(jobs[0])
    assert a.exists(), "a paused job still needs its cookies"
    jobs[0] = replace(jobs[0], state=JobState.DONE)
    sweeper.on_job_changed(jobs[0])
    assert not a.exists() and b.exists() and orphan.exists()
    assert other.exists(), "only folders under the root are ever removed"

    del jobs[1]  # removed from the list
    now[0] += 120
    assert sorted(sweeper.sweep()) == [b, orphan]
    assert list(root.iterdir()) == []
