#!/usr/bin/env bash
# Build the one-folder bundle dist/MediaDesk/ (run dist/MediaDesk/MediaDesk).
#   packaging/build-bundle.sh [DIST_DIR [WORK_DIR]]
# Uses the Python in $PYTHON, else .venv/bin/python, else python3; that Python needs
# MediaDesk's dependencies and PyInstaller (pip install -e ".[bundle]").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="${1:-$root/dist}"
work="${2:-$root/build/pyinstaller}"
python="${PYTHON:-}"
if [ -z "$python" ]; then
  if [ -x "$root/.venv/bin/python" ]; then python="$root/.venv/bin/python"; else python=python3; fi
fi
# --noconfirm replaces an earlier bundle; PyInstaller's own cache is kept between builds.
exec "$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" "$root/packaging/mediadesk.spec"
