"""Unit-test fixtures: an engine over fake runners and a fake clock (tests/support)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.engine_harness import HarnessFactory, harnesses


@pytest.fixture
def harness(qapp, db_path: Path, downloads: Path) -> Iterator[HarnessFactory]:
    yield from harnesses(db_path, downloads)


class _NoProcesses:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"a unit test started a process: {args[:1]}")


@pytest.fixture(autouse=True)
def _no_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests start no process (integration tests do): a real worker here is a bug."""
    monkeypatch.setattr(subprocess, "Popen", _NoProcesses)
