"""Offline yt-dlp wheels for updater tests: the installed yt-dlp repacked as another version.

The installed package files are copied into an unpacked-wheel folder, the version changed in
METADATA and ``yt_dlp/version.py`` (and the dependency lines dropped: the app's environment
already has the extras, so the test index needs to serve nothing else), then ``wheel pack``.
"""

from __future__ import annotations

import functools
import importlib.metadata
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_SKIP = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}


def make_wheel(version: str, out_dir: Path, *, broken: bool = False) -> Path:
    dist = importlib.metadata.distribution("yt-dlp")
    package = Path(str(dist.locate_file("yt_dlp")))
    info_dir = Path(str(dist._path))  # type: ignore[attr-defined]
    root = out_dir / "unpacked" / f"yt_dlp-{version}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(package, root / "yt_dlp", ignore=shutil.ignore_patterns("__pycache__"))
    new_info = root / f"yt_dlp-{version}.dist-info"
    new_info.mkdir()
    for item in info_dir.iterdir():
        if item.name not in _SKIP and item.is_file():
            shutil.copy2(item, new_info / item.name)
        elif item.is_dir():
            shutil.copytree(item, new_info / item.name)
    metadata = new_info / "METADATA"
    text = re.sub(r"(?m)^Version: .*$", f"Version: {version}", metadata.read_text())
    text = re.sub(r"(?m)^Requires-Dist: .*\n", "", text)
    metadata.write_text(text)
    version_py = root / "yt_dlp" / "version.py"
    version_py.write_text(
        re.sub(r"(?m)^__version__ = .*$", f"__version__ = {version!r}", version_py.read_text())
    )
    if broken:
        init = root / "yt_dlp" / "__init__.py"
        init.write_text('raise ImportError("broken on purpose")\n' + init.read_text())
    wheels = out_dir / "wheels"
    wheels.mkdir(exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "wheel", "pack", str(root), "-d", str(wheels)],
        check=True,
        capture_output=True,
    )
    shutil.rmtree(root)
    (wheel,) = wheels.glob(f"yt_dlp-{version}-*.whl")
    return wheel


def make_index(folder: Path, wheels: list[Path]) -> Path:
    """A PEP 503 index: ``simple/yt-dlp/index.html`` linking the wheels."""
    project = folder / "simple" / "yt-dlp"
    project.mkdir(parents=True, exist_ok=True)
    links = []
    for wheel in wheels:
        shutil.copy2(wheel, project / wheel.name)
        links.append(f'<a href="{wheel.name}">{wheel.name}</a><br>')
    (project / "index.html").write_text("<html><body>" + "".join(links) + "</body></html>")
    return folder


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """The index on 127.0.0.1; yields the URL for PIP_INDEX_URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/simple/"
    finally:
        server.shutdown()
        server.server_close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def pip_env(base: dict[str, str], index_url: str) -> dict[str, str]:
    """Only the test index: no machine pip.conf, find-links or extra indexes."""
    env = {k: v for k, v in base.items() if not k.startswith("PIP_")}
    env.update(
        PIP_INDEX_URL=index_url,
        PIP_CONFIG_FILE="/dev/null",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_CACHE_DIR="1",
        PIP_RETRIES="0",  # the index is on 127.0.0.1: it answers or it is down, no backoff
    )
    return env
