"""Settings ▸ Network: where cookies come from, and the proxy. Edits values, stores nothing;
the settings dialog puts them into Settings (and the proxy password into its private file)."""

from __future__ import annotations

import enum
from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from mediadesk.core.network import (
    BROWSERS,
    CookieKind,
    CookieSource,
    cookie_file_problem,
    join_proxy,
    proxy_problem,
    split_proxy,
)
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.ui.i18n import translate
from mediadesk.ui.icons import STATE_COLORS


class _Page(enum.IntEnum):
    NONE = 0
    BROWSER = 1
    FILE = 2


class NetworkSettings(QGroupBox):
    """Cookie source (none / a browser and profile / a cookies.txt file) and proxy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("NetworkSettings", "Network"), parent)
        self.setObjectName("networkSettings")
        self.cookie_combo = QComboBox(self)
        self.cookie_combo.setObjectName("cookieSource")
        self.cookie_combo.addItem(translate("NetworkSettings", "No cookies"), CookieKind.NONE.value)
        self.cookie_combo.addItem(
            translate("NetworkSettings", "Cookies from a browser"), CookieKind.BROWSER.value
        )
        self.cookie_combo.addItem(
            translate("NetworkSettings", "Cookies from a cookies.txt file"), CookieKind.FILE.value
        )
        self.cookie_combo.setToolTip(
            translate(
                "NetworkSettings",
                "Sites that want a signed-in visitor (or a bot check) accept the cookies of a "
                "browser where you are signed in. MediaDesk reads them when a download starts "
                "and never stores them.",
            )
        )

        self.browser_combo = QComboBox(self)
        self.browser_combo.setObjectName("cookieBrowser")
        for name in BROWSERS:
            self.browser_combo.addItem(name.capitalize(), name)
        self.profile_edit = QLineEdit(self)
        self.profile_edit.setObjectName("cookieProfile")
        self.profile_edit.setPlaceholderText(
            translate("NetworkSettings", "Profile (optional; default: the last used)")
        )
        browser_page = QWidget(self)
        browser_row = QHBoxLayout(browser_page)
        browser_row.setContentsMargins(0, 0, 0, 0)
        browser_row.addWidget(self.browser_combo)
        browser_row.addWidget(self.profile_edit, 1)

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("cookieFile")
        self.file_edit.setPlaceholderText(
            translate("NetworkSettings", "cookies.txt (Netscape format)")
        )
        self.file_button = QPushButton(translate("NetworkSettings", "Browse…"), self)
        self.file_button.clicked.connect(self._browse)
        file_page = QWidget(self)
        file_row = QHBoxLayout(file_page)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)

        self.cookie_pages = QStackedWidget(self)
        self.cookie_pages.addWidget(QWidget(self))
        self.cookie_pages.addWidget(browser_page)
        self.cookie_pages.addWidget(file_page)
        self.cookie_combo.currentIndexChanged.connect(self.cookie_pages.setCurrentIndex)

        self.proxy_edit = QLineEdit(self)
        self.proxy_edit.setObjectName("proxyAddress")
        self.proxy_edit.setPlaceholderText(
            translate("NetworkSettings", "No proxy — e.g. socks5://user@127.0.0.1:1080")
        )
        self.proxy_edit.setToolTip(
            translate("NetworkSettings", "http://, https:// or socks5:// address with a port")
        )
        self.proxy_password_edit = QLineEdit(self)
        self.proxy_password_edit.setObjectName("proxyPassword")
        self.proxy_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.proxy_password_edit.setPlaceholderText(
            translate("NetworkSettings", "Proxy password (if it needs one)")
        )
        self.proxy_password_edit.setToolTip(
            translate(
                "NetworkSettings",
                "Kept in a private file in MediaDesk's data folder, never in the job database",
            )
        )

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("networkProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {STATE_COLORS[JobState.FAILED]};")
        self.problem_label.hide()

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(translate("NetworkSettings", "Cookies:"), self.cookie_combo)
        form.addRow("", self.cookie_pages)
        form.addRow(translate("NetworkSettings", "Proxy:"), self.proxy_edit)
        form.addRow("", self.proxy_password_edit)
        form.addRow("", self.problem_label)

    # -- values -------------------------------------------------------------------------------

    def load(self, settings: Settings, password: str) -> None:
        try:
            source = CookieSource.parse(settings.cookies)
        except ValueError:
            source = CookieSource()
        page = {
            CookieKind.NONE: _Page.NONE,
            CookieKind.BROWSER: _Page.BROWSER,
            CookieKind.FILE: _Page.FILE,
        }[source.kind]
        self.cookie_combo.setCurrentIndex(page)
        self.cookie_pages.setCurrentIndex(page)
        index = self.browser_combo.findData(source.browser)
        self.browser_combo.setCurrentIndex(max(0, index))
        self.profile_edit.setText(source.profile)
        self.file_edit.setText(source.path)
        self.proxy_edit.setText(settings.proxy)
        self.proxy_password_edit.setText(password)
        self.problem_label.hide()

    def cookie_source(self) -> CookieSource:
        page = _Page(self.cookie_combo.currentIndex())
        if page is _Page.BROWSER:
            return CookieSource(
                CookieKind.BROWSER,
                browser=str(self.browser_combo.currentData()),
                profile=self.profile_edit.text().strip(),
            )
        if page is _Page.FILE:
            return CookieSource(CookieKind.FILE, path=self.file_edit.text().strip())
        return CookieSource()

    def proxy(self) -> tuple[str, str]:
        """(address without password, password); a password typed into the address moves
        into the password field's place."""
        address, inline = split_proxy(self.proxy_edit.text().strip())
        return address, inline or self.proxy_password_edit.text()

    def apply(self, settings: Settings) -> Settings:
        address, _password = self.proxy()
        return replace(settings, cookies=self.cookie_source().spec, proxy=address)

    def problem(self) -> str | None:
        """What keeps these values from working, shown under the fields (None: fine)."""
        problem: str | None = None
        source = self.cookie_source()
        if source.kind is CookieKind.FILE:
            problem = (
                cookie_file_problem(source.path)
                if source.path
                else translate(
                    "NetworkSettings", "Choose the cookies.txt file, or another cookie source."
                )
            )
        if problem is None:
            address, password = self.proxy()
            problem = proxy_problem(join_proxy(address, password) if address else "")
            if problem is None and password and "@" not in address:
                problem = translate(
                    "NetworkSettings",
                    "The proxy has a password but no user name: write it as scheme://USER@host:port.",
                )
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))
        return problem

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("NetworkSettings", "Cookies file"),
            self.file_edit.text(),
            translate("NetworkSettings", "Cookies (*.txt);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)
