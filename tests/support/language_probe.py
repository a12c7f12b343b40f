"""Start the real app (mediadesk.app.main) in this process and, once its window is up,
print what a person would see as JSON and quit: the language test runs this under a
given LANG, Settings language and Qt arguments.

    python -m tests.support.language_probe [-reverse]
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMainWindow


def _report() -> None:
    app = QApplication.instance()
    [window] = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
    header = window.table.horizontalHeader()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    print(
        json.dumps(
            {
                "menus": [a.text() for a in window.menuBar().actions()],
                "columns": [
                    window.table.model().headerData(i, header.orientation())
                    for i in range(header.count())
                ],
                "status": window.findChild(QLabel, "countsLabel").text(),
                "cancel": buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
                "app_direction": app.layoutDirection().name,
                "window_direction": window.layoutDirection().name,
                "visible": window.isVisible(),
            }
        ),
        flush=True,
    )
    window.quit()


def main() -> int:
    from mediadesk import app as mediadesk_app

    qt_args = [a for a in sys.argv[1:] if a.startswith("-")]
    QApplication(["mediadesk", *qt_args])  # the app reuses it, as with Qt's own arguments
    QTimer.singleShot(500, _report)
    return mediadesk_app.main(qt_args)


if __name__ == "__main__":
    sys.exit(main())
