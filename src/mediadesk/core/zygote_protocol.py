"""The messages between the app and its worker zygote, and when a zygote may be used.

A zygote is a worker process that imported yt-dlp once and forks one child per job
(worker/zygote.py); the app side is engine/zygote_client.py. Messages are JSON, one per
packet of a ``SOCK_SEQPACKET`` Unix socket; file descriptors travel with them (SCM_RIGHTS).

- control socket, zygote -> app: ``{"ready": PID}`` once warm, or ``{"failed": TEXT}``
- control socket, app -> zygote: ``{"argv": [...], "env": {...}, "cwd": DIR}`` with the descriptors
  [job channel, stdin, stdout, stderr, extra...]; the child gets them as 0, 1, 2, 3, ...
- job channel, zygote -> app: ``{"pid": PID}``, later ``{"exit": CODE}`` (as Popen's
  returncode: negative for a signal), or ``{"error": TEXT}`` when it could not fork
- job channel, app -> zygote: ``{"signal": N}``: signal the child's process group, unless it
  has already been reaped (so a recycled pid is never hit)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DISABLE_ENV = "MEDIADESK_NO_ZYGOTE"
APP_PID_ENV = "MEDIADESK_APP_PID"  # a forked worker's parent is the zygote; this is the app
ZYGOTE = "zygote"  # the worker argument that makes a worker a zygote
FIRST_EXTRA_FD = 3  # where the child finds the first descriptor after stdin/stdout/stderr
MAX_MESSAGE = 1 << 20  # a spawn message carries the environment: generous, but bounded
MAX_FDS = 8


def zygote_supported(platform: str, env: Mapping[str, str]) -> bool:
    """Forking a warm worker needs Linux (pidfds, PR_SET_PDEATHSIG); the user may opt out."""
    return platform.startswith("linux") and env.get(DISABLE_ENV, "") in ("", "0")


def import_key(env: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """What a zygote's imports depend on: every ``PYTHON*`` variable (PYTHONPATH carries the
    updated yt-dlp, see updates/overlay.py). A job whose key differs needs a fresh zygote."""
    return tuple(sorted((k, v) for k, v in env.items() if k.startswith("PYTHON")))


def encode(message: Mapping[str, Any]) -> bytes:
    return json.dumps(message, separators=(",", ":")).encode()


def decode(data: bytes) -> dict[str, Any]:
    """A message as a dict; anything else raises ValueError (a garbled packet)."""
    message = json.loads(data.decode("utf-8"))
    if not isinstance(message, dict):
        raise ValueError(f"not a message: {data[:80]!r}")
    return message


@dataclass(frozen=True, slots=True)
class SpawnRequest:
    """What the child runs (the worker's arguments) and in which environment."""

    argv: tuple[str, ...]
    env: tuple[tuple[str, str], ...]
    cwd: str = ""  # the app's working folder now ('' keeps the zygote's)

    @classmethod
    def of(cls, argv: Sequence[str], env: Mapping[str, str], cwd: str = "") -> SpawnRequest:
        return cls(tuple(argv), tuple(env.items()), cwd)

    def encode(self) -> bytes:
        return encode({"argv": list(self.argv), "env": dict(self.env), "cwd": self.cwd})

    @classmethod
    def decode(cls, data: bytes) -> SpawnRequest:
        message = decode(data)
        argv, env = message.get("argv"), message.get("env")
        if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
            raise ValueError("a spawn request needs argv: a list of strings")
        if not isinstance(env, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in env.items()
        ):
            raise ValueError("a spawn request needs env: strings to strings")
        cwd = message.get("cwd", "")
        if not isinstance(cwd, str):
            raise ValueError("a spawn request's cwd is a string")
        return cls(tuple(argv), tuple(env.items()), cwd)
