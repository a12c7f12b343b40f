"""The normal install builds the translations: a wheel built by pip (in its isolated build
environment, without PySide6) carries mediadesk/resources/translations/*.qm, byte for byte
what Qt's own lrelease writes from the same .ts files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "es")


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    return found if Path(found).exists() else None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy holding only what the sdist holds (MANIFEST.in), with no build/
    folder left over from an earlier build to hide a missing step."""
    tree = tmp_path_factory.mktemp("source") / "mediadesk"
    tree.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(REPO / name, tree / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.qm")
    shutil.copytree(REPO / "src", tree / "src", ignore=ignore)
    shutil.copytree(REPO / "resources", tree / "resources", ignore=ignore)
    (tree / "packaging").mkdir()
    shutil.copy2(REPO / "packaging" / "ts_to_qm.py", tree / "packaging" / "ts_to_qm.py")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(tree)],
        check=True,
        timeout=600,
    )
    [built] = out.glob("mediadesk-*.whl")
    return built


@pytest.mark.slow
@pytest.mark.timeout(700)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_wheel_carries_qm_files_equal_to_lrelease_output(
    wheel: Path, language: str, tmp_path: Path
) -> None:
    name = f"mediadesk/resources/translations/mediadesk_{language}.qm"
    with zipfile.ZipFile(wheel) as archive:
        assert name in archive.namelist()
        shipped = archive.read(name)
        assert not [n for n in archive.namelist() if n.endswith(".ts")]
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed here")
    reference = tmp_path / "reference.qm"
    source = REPO / "resources" / "translations" / f"mediadesk_{language}.ts"
    subprocess.run(
        [lrelease, "-nounfinished", "-silent", str(source), "-qm", str(reference)], check=True
    )
    assert shipped == reference.read_bytes()


def test_qm_files_are_never_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.qm"], cwd=REPO, capture_output=True, text=True, check=False
    )
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    assert tracked.stdout == ""
