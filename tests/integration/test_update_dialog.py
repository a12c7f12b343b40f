"""Help ▸ Update yt-dlp…: installed (asked of a real worker) vs available, and the weekly offer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mediadesk.ui.help_menu import install_help_menu
from mediadesk.ui.support_services import check_due, default_services
from mediadesk.updates.updater import UpdateResult, UpdateStatus


def _services(tmp_path: Path, available: str):
    """Real diagnostics and installed-version probe; the package index answers ``available``."""
    updates: list[str] = []

    def update() -> UpdateResult:
        updates.append(available)
        return UpdateResult(
            UpdateStatus.REFUSED, "kept X: the new version could not be imported", "X"
        )

    services = replace(
        default_services(),
        available_ytdlp=lambda: available,
        update_ytdlp=update,
        stamp_path=tmp_path / "stamp",
    )
    return services, updates


def test_dialog_shows_installed_and_available_and_installs_only_on_request(
    qtbot, make_engine, open_window, tmp_path: Path
) -> None:
    engine = make_engine()
    window = open_window(engine)
    services, updates = _services(tmp_path, "2099.1.1")
    menu = install_help_menu(window, engine, services)
    dialog = menu.show_update()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60000)
    assert dialog.installed_label.text().endswith("(bundled)")
    assert dialog.available_label.text() == "2099.1.1"
    assert dialog.update_button.isEnabled() and updates == []
    dialog.update_button.click()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60000)
    assert updates == ["2099.1.1"]
    assert "could not be imported" in dialog.status_label.text()

    assert not engine.settings.check_ytdlp_updates  # off unless the user turns it on
    dialog.weekly_box.setChecked(True)
    assert engine.settings.check_ytdlp_updates


def test_weekly_check_offers_a_newer_version_and_waits_a_week(
    qtbot, make_engine, open_window, tmp_path: Path
) -> None:
    engine = make_engine(check_ytdlp_updates=True)
    window = open_window(engine)
    services, updates = _services(tmp_path, "2099.1.1")
    menu = install_help_menu(window, engine, services)
    assert menu.weekly_check()
    qtbot.waitUntil(lambda: "2099.1.1 is available" in window.message_area.text(), timeout=60000)
    assert updates == []  # offered, never installed
    assert not check_due(services.stamp_path)
    assert not menu.weekly_check()


def test_weekly_check_stays_quiet_when_turned_off(make_engine, open_window, tmp_path) -> None:
    engine = make_engine()
    window = open_window(engine)
    services, _ = _services(tmp_path, "2099.1.1")
    assert not install_help_menu(window, engine, services).weekly_check()
    assert check_due(services.stamp_path)
