"""Desktop integration files: the launcher entry, AppStream metainfo, icons, user install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from mediadesk import __version__
from mediadesk.core.paths import app_icon_path
from mediadesk.desktop import launcher

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / "mediadesk.desktop"
METAINFO = PACKAGING / "mediadesk.metainfo.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
SVG = REPO / "resources" / "mediadesk.svg"
INSTALLER = PACKAGING / "install_desktop.py"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def _keys(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def _exec_argv(value: str) -> list[str]:
    """Parse an Exec value as the Desktop Entry Specification says, independently of the code
    under test: first the string escapes, then quoting (inside "...", a backslash escapes
    one of " ` $ and backslash)."""
    text, i = "", 0
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in escapes:
            text += escapes[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    args: list[str] = []
    current: str | None = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == " ":
            if current is not None:
                args.append(current)
                current = None
        elif char == '"':
            current = current or ""
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current += text[i]
                i += 1
        else:
            current = (current or "") + char
        i += 1
    if current is not None:
        args.append(current)
    return [a.replace("%%", "%") if a != "%U" else a for a in args]


# -- the files in packaging/ ----------------------------------------------------------------------


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_desktop_entry_launches_urls_without_claiming_the_browser_schemes() -> None:
    keys = _keys(DESKTOP.read_text(encoding="utf-8"))
    assert keys["Exec"] == "mediadesk %U"  # dropped links arrive as arguments
    assert "MimeType" not in keys
    assert keys["Categories"] == "Network;FileTransfer;"
    assert keys["Icon"] == "mediadesk"
    # Matches QApplication.setDesktopFileName("mediadesk") and the entry's file name.
    assert keys["StartupWMClass"] == DESKTOP.stem == "mediadesk"
    assert keys["Terminal"] == "false"


def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("launchable") == DESKTOP.name
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert root.findtext("provides/binary") in pyproject["project"]["gui-scripts"]
    release = root.find("releases/release")
    assert release is not None
    assert (release.get("version"), release.get("date")) == (__version__, "2026-11-21")
    developer = root.find("developer")
    assert developer is not None and developer.get("id") and developer.findtext("name")
    assert root.find("content_rating") is not None


# -- icons ----------------------------------------------------------------------------------------


def test_svg_icon_renders_square() -> None:
    renderer = QSvgRenderer(str(SVG))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert box.width() == box.height() > 0


def test_installed_app_icon_is_the_svg() -> None:
    path = app_icon_path()
    assert path.is_file()
    assert path.read_bytes() == SVG.read_bytes()


@pytest.mark.parametrize("size", [48, 128, 256])
def test_hicolor_pngs_have_their_size_and_are_current(size: int, tmp_path: Path) -> None:
    committed = HICOLOR / f"{size}x{size}" / "apps" / "mediadesk.png"
    image = QImage(str(committed))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # Rendering the SVG again gives the same pixels: the committed PNGs are not stale.
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    fresh_root = tmp_path / "hicolor"
    render_icons.render_all(SVG, fresh_root)
    fresh = QImage(str(fresh_root / f"{size}x{size}" / "apps" / "mediadesk.png"))
    assert (fresh.width(), fresh.height()) == (size, size)
    # Not bit-exact: the raster engine takes other SIMD paths on other CPUs and a few pixels
    # come out one level apart. A stale icon differs by far more than this.
    worst, where = largest_channel_difference(fresh, image)
    assert worst <= PIXEL_TOLERANCE, f"pixel {where} differs by {worst}: run: python " + (
        "packaging/render_icons.py"
    )


PIXEL_TOLERANCE = 2  # per channel, out of 255


def largest_channel_difference(a: QImage, b: QImage) -> tuple[int, tuple[int, int]]:
    """The largest difference of any channel (A, R, G, B; unpremultiplied) between two
    images of the same size, and where it is."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    worst, where = 0, (0, 0)
    for y in range(a.height()):
        row_a = a.constScanLine(y).tobytes()[: a.width() * 4]
        row_b = b.constScanLine(y).tobytes()[: b.width() * 4]
        if row_a == row_b:
            continue
        for i, (x_a, x_b) in enumerate(zip(row_a, row_b, strict=True)):
            if abs(x_a - x_b) > worst:
                worst, where = abs(x_a - x_b), (i // 4, y)
    return worst, where


def test_the_icon_comparison_tolerates_a_level_but_not_a_change(qapp) -> None:
    base = QImage(8, 8, QImage.Format.Format_ARGB32)
    base.fill(QColor(10, 100, 200, 255))
    near = base.copy()
    near.setPixelColor(3, 4, QColor(11, 99, 202, 255))
    far = base.copy()
    far.setPixelColor(5, 6, QColor(10, 100, 190, 255))
    assert largest_channel_difference(base, base) == (0, (0, 0))
    assert largest_channel_difference(base, near) == (2, (3, 4))
    assert largest_channel_difference(base, far) == (10, (5, 6))


def test_scalable_icon_is_the_current_svg() -> None:
    assert (HICOLOR / "scalable" / "apps" / "mediadesk.svg").read_bytes() == SVG.read_bytes()


# -- Exec quoting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["mediadesk"], "mediadesk"),
        (["/opt/md/bin/mediadesk", "--minimized"], "/opt/md/bin/mediadesk --minimized"),
        (["/opt/Media Desk/MediaDesk"], '"/opt/Media Desk/MediaDesk"'),
        (["/a$b/c"], '"/a\\\\$b/c"'),
        (['/say "hi"/x'], '"/say \\\\"hi\\\\"/x"'),
        (["/100%/x"], "/100%%/x"),
    ],
)
def test_exec_value_quotes_per_the_spec(argv: list[str], expected: str) -> None:
    assert launcher.exec_value(argv) == expected


def test_exec_value_refuses_line_breaks() -> None:
    with pytest.raises(ValueError, match="line break"):
        launcher.exec_value(["/a\nb"])


def test_frozen_bundle_starts_itself(monkeypatch, tmp_path: Path) -> None:
    bundle = tmp_path / "MediaDesk"
    bundle.write_text("#!/bin/sh\n")
    bundle.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    monkeypatch.setenv("PATH", "/nonexistent")
    assert launcher.launch_command() == [str(bundle)]
    monkeypatch.setenv("PATH", str(tmp_path))
    assert launcher.launch_command() == ["MediaDesk"]


# -- install for the launcher ---------------------------------------------------------------------


def _install(*args: str, path: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(INSTALLER), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PATH": path},
    )


def test_install_and_uninstall_into_the_user_data_dir(tmp_path: Path) -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])
    script = Path(sys.executable).with_name("mediadesk")
    assert script.is_file(), "the test venv installs the mediadesk script"

    result = _install(path="/usr/bin:/bin")  # the venv is not on PATH: absolute Exec
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / "mediadesk.desktop"
    keys = _keys(entry.read_text(encoding="utf-8"))
    assert keys["Exec"] == f"{script.absolute()} %U"
    assert {k: v for k, v in keys.items() if k != "Exec"} == {
        k: v for k, v in _keys(DESKTOP.read_text()).items() if k != "Exec"
    }
    validate = subprocess.run(
        [_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert validate.returncode == 0, validate.stdout
    for size in (48, 128, 256):
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "mediadesk.png"
        assert QImage(str(icon)).width() == size
    scalable = data_home / "icons" / "hicolor" / "scalable" / "apps" / "mediadesk.svg"
    assert scalable.read_bytes() == SVG.read_bytes()

    # What the launcher runs really is MediaDesk.
    argv = _exec_argv(keys["Exec"])
    assert argv[-1] == "%U"
    started = subprocess.run([*argv[:-1], "--version"], capture_output=True, text=True, timeout=60)
    assert started.stdout.strip() == f"MediaDesk {__version__}"

    # Installing again is harmless; uninstall removes exactly what was installed.
    assert _install(path="/usr/bin:/bin").returncode == 0
    removed = _install("--uninstall", path="/usr/bin:/bin")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    leftovers = [p for p in data_home.rglob("mediadesk.*") if p.is_file()]
    assert leftovers == []
    again = _install("--uninstall", path="/usr/bin:/bin")
    assert again.returncode == 0 and "was not installed" in again.stdout


def test_install_uses_the_plain_name_when_path_finds_the_same_script() -> None:
    script = Path(sys.executable).with_name("mediadesk")
    result = _install(path=f"{script.parent}:/usr/bin:/bin")
    assert result.returncode == 0, result.stderr
    entry = Path(os.environ["XDG_DATA_HOME"]) / "applications" / "mediadesk.desktop"
    assert _keys(entry.read_text())["Exec"] == "mediadesk %U"


def test_install_with_an_explicit_executable_in_an_awkward_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Media Desk $1"
    folder.mkdir()
    target = folder / "MediaDesk"
    target.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m mediadesk "$@"\n')
    target.chmod(0o755)
    result = _install("--exec", str(target), path="/usr/bin:/bin")
    assert result.returncode == 0, result.stderr
    entry = Path(os.environ["XDG_DATA_HOME"]) / "applications" / "mediadesk.desktop"
    exec_value = _keys(entry.read_text())["Exec"]
    assert exec_value.startswith('"') and exec_value.endswith('" %U')
    validate = subprocess.run(
        [_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert validate.returncode == 0, validate.stdout
    argv = _exec_argv(exec_value)
    assert argv == [str(target), "%U"]


def test_install_into_an_explicit_data_home(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    result = _install("--data-home", str(target), path="/usr/bin:/bin")
    assert result.returncode == 0, result.stderr
    assert (target / "applications" / "mediadesk.desktop").is_file()
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "applications").exists()


def test_install_explains_a_missing_executable(tmp_path: Path) -> None:
    result = _install("--exec", str(tmp_path / "nope"), path="/usr/bin:/bin")
    assert result.returncode == 1
    assert "is not an executable file" in result.stderr
    result = _install("--exec", "no-such-mediadesk", path="/usr/bin:/bin")
    assert result.returncode == 1
    assert "is not on PATH" in result.stderr
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "applications").exists()
