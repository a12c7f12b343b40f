"""The messages between the app and a download worker process: JSON, one per line."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from mediadesk.core.choice import DownloadChoice
from mediadesk.core.credentials import Credentials
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.failures import Failure, FailureKind, failure_action
from mediadesk.core.job import EventKind, FormatPreset, Phase, ProgressSnapshot
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.core.probe_codec import probe_from_dict, probe_to_dict


def encode_request(job_id: str, request: RunRequest, progress_interval: float) -> str:
    options = asdict(request.options)
    options["preset"] = request.options.preset.value
    choice = request.options.choice
    options["choice"] = choice.to_dict() if choice is not None else None
    return json.dumps(
        {
            "job_id": job_id,
            "url": request.url,
            "options": options,
            "name_template": request.name_template,
            "known_total": request.known_total,
            "playlist_index": request.playlist_index,
            "progress_interval": progress_interval,
            # Over the worker's stdin only: argv is readable by every user in /proc.
            "credentials": _credentials_record(request.credentials),
        }
    )


def decode_request(text: str) -> tuple[str, RunRequest, float]:
    data = json.loads(text)
    options = dict(data["options"])
    options["preset"] = FormatPreset(options["preset"])
    choice = options.get("choice")
    options["choice"] = DownloadChoice.from_dict(choice) if choice is not None else None
    request = RunRequest(
        url=data["url"],
        options=DownloadOptions(**options),
        name_template=data["name_template"],
        known_total=data["known_total"],
        playlist_index=data.get("playlist_index"),
        credentials=_decode_credentials(data.get("credentials")),
    )
    return data["job_id"], request, float(data["progress_interval"])


def _credentials_record(credentials: Credentials | None) -> dict[str, Any] | None:
    if credentials is None:
        return None
    return {
        "username": credentials.username,
        "password": credentials.password,
        "origin": list(credentials.origin),
    }


def _decode_credentials(data: dict[str, Any] | None) -> Credentials | None:
    if not data:
        return None
    scheme, host, port = data["origin"]
    return Credentials(str(data["username"]), str(data["password"]), (scheme, host, int(port)))


def progress_message(snapshot: ProgressSnapshot) -> dict[str, Any]:
    return {"type": "progress", **asdict(snapshot)}


def outcome_message(outcome: RunOutcome) -> dict[str, Any]:
    failure = asdict(outcome.failure) if outcome.failure else None
    if failure:
        failure["kind"] = outcome.failure.kind.value  # type: ignore[union-attr]
        failure["action"] = outcome.failure.action.value  # type: ignore[union-attr]
    return {
        "type": "finished",
        "kind": outcome.kind.value,
        "file_path": outcome.file_path,
        "bytes_total": outcome.bytes_total,
        "failure": failure,
        "playlist": probe_to_dict(outcome.playlist) if outcome.playlist else None,
        "notes": list(outcome.notes),
    }


def decode_outcome(message: dict[str, Any]) -> RunOutcome:
    failure = message.get("failure")
    playlist = message.get("playlist")
    return RunOutcome(
        OutcomeKind(message["kind"]),
        file_path=message.get("file_path") or "",
        bytes_total=message.get("bytes_total"),
        failure=Failure(
            FailureKind(failure["kind"]),
            failure["message"],
            failure.get("detail", ""),
            failure.get("retry_after"),
            failure_action(str(failure.get("action") or "")),
            str(failure.get("target") or ""),
        )
        if failure
        else None,
        playlist=probe_from_dict(playlist) if playlist else None,
        notes=tuple(str(n) for n in message.get("notes") or ()),
    )


def decode_progress(message: dict[str, Any]) -> ProgressSnapshot:
    return ProgressSnapshot(
        bytes_done=int(message["bytes_done"]),
        bytes_total=message.get("bytes_total"),
        speed=message.get("speed"),
        eta=message.get("eta"),
    )


def decode_phase(message: dict[str, Any]) -> Phase:
    return Phase(message["phase"])


def decode_log(message: dict[str, Any]) -> tuple[EventKind, str]:
    return EventKind(message["kind"]), str(message["message"])


# -- app -> worker control lines (the worker's stdin stays open after the request) ----------


def encode_rate_limit(bytes_per_second: int | None) -> str:
    """A new speed limit for a running download (None: unlimited), as one line."""
    return json.dumps({"type": "rate_limit", "bytes_per_second": bytes_per_second}) + "\n"


def decode_rate_limit(line: str) -> tuple[bool, int | None]:
    """``(True, limit)`` for a rate-limit line, ``(False, None)`` for anything else."""
    try:
        message = json.loads(line)
        if message.get("type") != "rate_limit":
            return False, None
        value = message.get("bytes_per_second")
        return True, (int(value) if value else None)
    except (ValueError, TypeError, AttributeError):
        return False, None
