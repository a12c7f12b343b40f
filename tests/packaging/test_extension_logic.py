"""The extension's background script under Node with a stand-in WebExtensions API: what the
context menu and the toolbar button send to the host (skipped without Node)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
BACKGROUND = REPO / "packaging" / "browser-extension" / "background.js"
HARNESS = REPO / "tests" / "support" / "extension_harness.js"
NODE = shutil.which("node")
PAGE = "https://video.example/watch/1"

pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")


def play(**scenario: Any) -> dict[str, Any]:
    scenario.setdefault("reply", {"ok": True, "queued": 1})
    result = subprocess.run(
        [str(NODE), str(HARNESS), str(BACKGROUND), json.dumps(scenario)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_the_menu_item_covers_links_pages_and_videos() -> None:
    [menu] = play(events=[])["menus"]
    assert menu["title"] == "Download with MediaDesk"
    assert {"link", "page", "video"} <= set(menu["contexts"])


def test_each_click_sends_the_right_address_to_the_host() -> None:
    tab = {"id": 3, "url": PAGE}
    events = [
        {
            "kind": "menu",
            "info": {
                "menuItemId": "mediadesk-download",
                "linkUrl": "https://a.example/v.mp4",
                "pageUrl": PAGE,
            },
            "tab": tab,
        },
        {
            "kind": "menu",
            "info": {
                "menuItemId": "mediadesk-download",
                "srcUrl": "blob:https://video.example/x",
                "pageUrl": PAGE,
            },
            "tab": tab,
        },
        {
            "kind": "menu",
            "info": {
                "menuItemId": "mediadesk-download",
                "srcUrl": "https://cdn.example/v.webm",
                "pageUrl": PAGE,
            },
            "tab": tab,
        },
        {"kind": "action", "tab": tab},
        {"kind": "action", "tab": {"id": 4, "url": "chrome://settings"}},
    ]
    played = play(events=events)
    messages = [s["message"] for s in played["sent"]]
    assert {s["host"] for s in played["sent"]} == {"app.mediadesk"}
    assert [m["urls"] for m in messages] == [
        ["https://a.example/v.mp4"],
        [PAGE],  # a blob: video is not an address: its page is
        ["https://cdn.example/v.webm"],
        [PAGE],
    ]
    assert all(m["action"] == "add" and m["page_url"] == PAGE for m in messages)
    assert all("cookies" not in m for m in messages), "cookies are off by default"
    assert played["badges"] == ["+1"] * 4 + ["!"]


def test_cookies_only_when_turned_on_and_allowed() -> None:
    cookie = {
        "name": "sid",
        "value": "v",
        "domain": "video.example",
        "path": "/",
        "secure": True,
        "httpOnly": True,
        "hostOnly": True,
        "session": True,
    }
    event = {"kind": "action", "tab": {"id": 1, "url": PAGE}}
    on_without_permission = play(events=[event], sendCookies=True, cookies={PAGE: [cookie]})
    assert "cookies" not in on_without_permission["sent"][0]["message"]
    allowed = play(
        events=[event], sendCookies=True, cookiePermission=True, cookies={PAGE: [cookie]}
    )
    assert allowed["sent"][0]["message"]["cookies"] == [{**cookie, "expirationDate": 0}]


def test_a_refusal_shows_on_the_button() -> None:
    played = play(
        events=[{"kind": "action", "tab": {"id": 1, "url": PAGE}}],
        reply={"ok": False, "error": "no"},
    )
    assert played["badges"] == ["!"]
