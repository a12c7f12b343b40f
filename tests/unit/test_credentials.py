"""Passwords in addresses: splitting, scrubbing, the vault file, the wire, the origin rule."""

from __future__ import annotations

import json
import os
import stat
import urllib.request
from pathlib import Path

import pytest

from mediadesk.core.credentials import (
    Credentials,
    origin_of,
    scrub,
    split_credentials,
    without_userinfo,
)
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.job import FormatPreset
from mediadesk.core.outcome import RunRequest
from mediadesk.core.urls import check_url, find_urls
from mediadesk.core.worker_protocol import decode_request, encode_request
from mediadesk.store.credential_vault import FileVault, VaultError

ORIGIN = ("https", "media.example", 443)
ALICE = Credentials("alice", "p@ss:w/rd", ORIGIN)


# -- splitting --------------------------------------------------------------------------------


def test_split_keeps_the_user_name_and_takes_the_password_out() -> None:
    shown, creds = split_credentials("https://alice:S3cret@Media.Example/v/1.mp4?x=1#t")
    assert shown == "https://alice@media.example/v/1.mp4?x=1#t"
    assert creds == Credentials("alice", "S3cret", ("https", "media.example", 443))
    assert "S3cret" not in repr(creds)


def test_split_decodes_percent_escapes_and_keeps_ports_and_ipv6() -> None:
    shown, creds = split_credentials("http://al%20ice:p%40ss%3Aw@[::1]:8080/a")
    assert shown == "http://al%20ice@[::1]:8080/a"
    assert creds == Credentials("al ice", "p@ss:w", ("http", "::1", 8080))


def test_split_without_user_info_changes_nothing() -> None:
    assert split_credentials("https://media.example/a") == ("https://media.example/a", None)


def test_a_user_name_alone_is_credentials_with_an_empty_password() -> None:
    shown, creds = split_credentials("http://bob@h.example/x")
    assert shown == "http://bob@h.example/x"
    assert creds == Credentials("bob", "", ("http", "h.example", 80))


def test_without_userinfo_and_origin() -> None:
    assert without_userinfo("http://bob@h.example:81/x") == "http://h.example:81/x"
    assert without_userinfo("http://h.example/x") == "http://h.example/x"
    assert origin_of("HTTPS://H.example./x") == ("https", "h.example", 443)
    assert origin_of("http://h.example:8080/") == ("http", "h.example", 8080)
    assert origin_of("ftp://h.example/") is None


def test_check_url_never_returns_or_echoes_the_password() -> None:
    check = check_url("http://alice:Hunter22@h.example/a.mp4")
    assert check.ok and check.url == "http://alice@h.example/a.mp4"
    assert check.credentials == Credentials("alice", "Hunter22", ("http", "h.example", 80))
    assert "Hunter22" not in check.text
    refused = check_url("ftp://alice:Hunter22@h.example/a")
    assert not refused.ok and "Hunter22" not in refused.text
    [found] = find_urls("look: https://alice:Hunter22@h.example/v.")
    assert found.url == "https://alice@h.example/v" and "Hunter22" not in found.text


# -- scrubbing --------------------------------------------------------------------------------


def test_scrub_masks_any_password_in_any_url() -> None:
    text = "ERROR: fetching http://bob:xyz123@cdn.example/a and https://u:v@w.example:8/b failed"
    assert scrub(text) == (
        "ERROR: fetching http://bob:***@cdn.example/a and https://u:***@w.example:8/b failed"
    )
    assert scrub("http://bob@cdn.example/a at 10:30") == "http://bob@cdn.example/a at 10:30"


def test_scrub_masks_the_secret_in_every_form_outside_urls() -> None:
    encoded = "p%40ss%3Aw%2Frd"
    token = ALICE.basic_header().removeprefix("Basic ")
    text = f"password p@ss:w/rd, escaped {encoded}, header Authorization: Basic {token}"
    cleaned = scrub(text, ALICE)
    for secret in ("p@ss:w/rd", encoded, token):
        assert secret not in cleaned
    assert cleaned.count("***") == 3


def test_runner_masks_the_password_in_everything_the_worker_sends(qtbot) -> None:
    from mediadesk.engine.runner import DownloadRunner, RunnerSignals

    signals = RunnerSignals()
    request = RunRequest("https://media.example/a", _options(), credentials=ALICE)
    runner = DownloadRunner("j1", request, signals)
    logs: list[str] = []
    signals.log.connect(lambda _id, _kind, text: logs.append(text))
    runner._relay(json.dumps({"type": "log", "kind": "error", "message": "bad p@ss:w/rd"}))
    outcome = runner._relay(
        json.dumps(
            {
                "type": "finished",
                "kind": "failed",
                "failure": {
                    "kind": "permanent",
                    "message": "at https://alice:p@ss:w/rd@media.example/a",
                    "detail": "p%40ss%3Aw%2Frd",
                },
            }
        )
    )
    assert logs == ["bad ***"]
    assert outcome is not None and outcome.failure is not None
    assert "p@ss" not in outcome.failure.message and "p%40ss" not in outcome.failure.detail


# -- the wire ---------------------------------------------------------------------------------


def _options() -> DownloadOptions:
    return DownloadOptions(job_id="j1", output_dir="/tmp", preset=FormatPreset.BEST)


def test_credentials_travel_in_the_stdin_request_and_back() -> None:
    request = RunRequest("https://media.example/a", _options(), credentials=ALICE)
    _job_id, decoded, _interval = decode_request(encode_request("j1", request, 0.25))
    assert decoded.credentials == ALICE
    plain = RunRequest("https://media.example/a", _options())
    assert decode_request(encode_request("j1", plain, 0.25))[1].credentials is None


# -- the origin rule (worker side, plain urllib requests, no network) --------------------------


def test_the_auth_processor_adds_credentials_for_their_origin_only() -> None:
    from mediadesk.worker.origin_auth import OriginBasicAuth

    processor = OriginBasicAuth(ALICE)
    same = processor.http_request(urllib.request.Request("https://media.example:443/x"))
    assert same.get_header("Authorization") == ALICE.basic_header()
    # A redirect copies normal headers to the next request: the processor drops them.
    copied = urllib.request.Request(
        "https://cdn.example/x", headers={"Authorization": ALICE.basic_header()}
    )
    assert processor.http_request(copied).get_header("Authorization") is None
    for other in ("http://media.example/x", "https://media.example:8443/x"):
        assert (
            processor.http_request(urllib.request.Request(other)).get_header("Authorization")
            is None
        )


# -- the vault file ---------------------------------------------------------------------------


def test_vault_file_is_private_and_round_trips(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "credentials"
    vault = FileVault(folder)
    assert vault.get("j1") is None
    vault.put_many({"j1": ALICE, "j2": Credentials("bob", "x", ("http", "h", 80))})
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    assert FileVault(folder).get("j1") == ALICE
    vault.delete(["j1"])
    assert vault.get("j1") is None and "p@ss" not in vault.path.read_text()
    vault.retain([])
    assert vault.get("j2") is None
    assert [p.name for p in folder.iterdir()] == ["secrets.json"]  # no temp file left


def test_vault_file_ignores_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        vault = FileVault(tmp_path / "credentials")
        vault.put_many({"j1": ALICE})
    finally:
        os.umask(old)
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600


def test_vault_refuses_a_file_others_can_read_or_a_symlink(tmp_path: Path) -> None:
    vault = FileVault(tmp_path / "credentials")
    vault.put_many({"j1": ALICE})
    vault.path.chmod(0o644)
    with pytest.raises(VaultError, match="other users"):
        vault.get("j1")
    vault.path.unlink()
    target = tmp_path / "elsewhere.json"
    target.write_text("{}")
    vault.path.symlink_to(target)
    with pytest.raises(VaultError):
        vault.get("j1")


def test_vault_tightens_a_folder_it_owns(tmp_path: Path) -> None:
    folder = tmp_path / "credentials"
    folder.mkdir(mode=0o755)
    FileVault(folder).put_many({"j1": ALICE})
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_damaged_vault_file_says_so(tmp_path: Path) -> None:
    vault = FileVault(tmp_path / "credentials")
    vault.put_many({"j1": ALICE})
    fd = os.open(vault.path, os.O_WRONLY | os.O_TRUNC)
    os.write(fd, b"{not json")
    os.close(fd)
    with pytest.raises(VaultError, match="damaged"):
        vault.get("j1")
