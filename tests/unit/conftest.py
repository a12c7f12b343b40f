"""Unit-test fixtures: an engine over fake runners and a fake clock (tests/support)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.engine_harness import HarnessFactory, harnesses


@pytest.fixture
def harness(qapp, db_path: Path, downloads: Path) -> Iterator[HarnessFactory]:
    yield from harnesses(db_path, downloads)
