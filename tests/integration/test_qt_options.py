"""``mediadesk -style fusion`` and friends: Qt's options reach Qt, in the primary launch and
in a second launch that hands its addresses over."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.integration.test_single_instance import _jobs, _start_primary, _stop


def test_list_accepts_qt_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mediadesk", "-style", "fusion", "-reverse", "--list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "unrecognized" not in result.stderr


@pytest.mark.slow
def test_primary_and_hand_off_accept_qt_options() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    primary = _start_primary(env, "-style", "fusion", "-reverse", "-platform", "offscreen")
    try:
        second = subprocess.run(
            [sys.executable, "-m", "mediadesk", "--style", "fusion", "http://127.0.0.1:9/q.mp4"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        deadline = time.monotonic() + 30
        while not any(j["url"].endswith("/q.mp4") for j in _jobs(env)):
            assert primary.poll() is None, primary.stdout.read()
            assert time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        output = _stop(primary)
    assert primary.returncode == 0, output
    assert "unrecognized" not in output
