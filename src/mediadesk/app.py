"""Startup wiring: one instance per user, open the store, build the engine and the window, run,
shut down cleanly.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediadesk.cli import args as cli
from mediadesk.cli.qt_args import split_qt_arguments
from mediadesk.core import paths
from mediadesk.core.worker_launch import WorkerKind

if TYPE_CHECKING:
    from mediadesk.core.ports import LayoutStore
    from mediadesk.desktop.notifications import DesktopNotifications
    from mediadesk.desktop.single_instance import HandOffServer, InstanceLock
    from mediadesk.engine.add_probes import AddProbes
    from mediadesk.engine.engine import JobEngine
    from mediadesk.engine.probe_pool import ProbePool
    from mediadesk.engine.zygote_warmth import ZygoteWarmth
    from mediadesk.ui.main_window import MainWindow
    from mediadesk.ui.tray.delivery import DesktopSource
    from mediadesk.ui.tray.notifications import Notifier
    from mediadesk.ui.tray.presence import TrayPresence


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--native-messaging-host":
        # Started by a browser for the extension; the browser's own arguments follow.
        from mediadesk.desktop.native_host import main as native_host_main

        return native_host_main(argv[1:])
    worker = WorkerKind.from_flag(argv[0]) if argv else None
    if worker is not None:
        # A frozen bundle has no ``python -m``: its executable doubles as every worker.
        return _run_worker(worker, argv[1:])
    split = split_qt_arguments(argv)
    args = cli.parse_args(list(split.own))
    args.qt_arguments = list(split.qt)
    if args.list:
        # No Qt at all: fast, and safe while the app runs (the database is opened read-only).
        from mediadesk.cli.listing import print_jobs

        return print_jobs(paths.database_path(), as_json=args.json, out=sys.stdout, err=sys.stderr)
    if args.diagnostics or args.update_ytdlp:
        from mediadesk.cli.support import run_support_task

        return run_support_task(args)

    from mediadesk.desktop.single_instance import (
        HandOff,
        InstanceLock,
        Role,
        SingleInstanceError,
        claim_or_hand_off,
        default_lock_path,
        default_socket_name,
    )

    # Decided before anything else: a second launch must never touch the job database.
    try:
        lock = InstanceLock(default_lock_path())
        socket_name = default_socket_name()
    except SingleInstanceError as exc:
        print(f"mediadesk: {exc}", file=sys.stderr)
        return 1
    claim = claim_or_hand_off(
        lock,
        socket_name,
        HandOff(tuple(args.urls), activate=not args.minimized, cookies=args.cookie_source),
    )
    role = claim.role
    if role is Role.HANDED_OFF:
        return 0
    if role is Role.REFUSED:
        print(f"mediadesk: {claim.reason}", file=sys.stderr)
        return 1
    if role is Role.NO_ANSWER:
        pid = lock.holder_pid()
        running = f" (process {pid})" if pid else ""
        print(
            f"mediadesk: MediaDesk is already running{running} but did not answer on "
            f"{socket_name}. Close it (or end that process) and try again.",
            file=sys.stderr,
        )
        return 1
    try:
        return _run_primary(args, socket_name, lock)
    finally:
        lock.unlock()


def _run_worker(kind: WorkerKind, argv: list[str]) -> int:
    """Run a worker in this process (imported here: the app itself never loads yt-dlp)."""
    if kind is WorkerKind.DOWNLOAD:
        from mediadesk.worker.entry import main as download_or_probe_main

        return download_or_probe_main(argv)
    from mediadesk.worker.name_preview import main as name_preview_main

    return name_preview_main(argv)


def _run_primary(args: argparse.Namespace, socket_name: str, lock: InstanceLock) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mediadesk.core.ffmpeg import find_ffmpeg
    from mediadesk.core.paths import app_icon_path
    from mediadesk.core.proxy_secret import ProxySecret
    from mediadesk.core.settings import Settings
    from mediadesk.core.thumbnails import thumbnail_dir
    from mediadesk.desktop.gui_thread_gc import GuiThreadCollector
    from mediadesk.desktop.single_instance import HandOffServer, SingleInstanceError
    from mediadesk.desktop.unix_signals import SignalWatcher
    from mediadesk.engine.browser_cookies import BrowserCookieSweeper
    from mediadesk.engine.damaged_check import DamagedRowsCheck
    from mediadesk.engine.engine import JobEngine
    from mediadesk.engine.when_done import WhenDoneWatcher
    from mediadesk.store.credential_vault import FileVault
    from mediadesk.store.errors import StoreError
    from mediadesk.store.row_check import describe_damaged
    from mediadesk.store.sqlite_store import SqliteJobStore
    from mediadesk.ui.i18n import translate
    from mediadesk.ui.language import install_language
    from mediadesk.ui.panes.message_area import Level
    from mediadesk.ui.tray.presence import create_tray

    # argv[0] "mediadesk" makes the X11 WM_CLASS match the desktop entry's StartupWMClass;
    # Qt's own options (-style, -platform, -reverse...) go to Qt as given.
    app = QApplication.instance() or QApplication(["mediadesk", *args.qt_arguments])
    # Before any thread runs Python: cycles of Qt objects are freed in the GUI thread only.
    collector = GuiThreadCollector(parent=app)
    collector.start()
    app.setApplicationName("MediaDesk")
    app.setApplicationDisplayName("MediaDesk")
    app.setOrganizationName("MediaDesk")
    app.setDesktopFileName("mediadesk")
    app.setWindowIcon(QIcon(str(app_icon_path())))
    # The system's language first (for the messages below), the Settings' choice once read.
    # Before any translator: only Qt's -reverse (or --reverse) makes it right to left yet.
    reverse = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    install_language(app, force_reverse=reverse)

    # Listen before anything slow, so a launch racing this one is answered soon; messages
    # wait in the event loop until the window is connected below.
    server = HandOffServer(socket_name)
    try:
        server.listen()
    except SingleInstanceError as exc:
        print(f"mediadesk: {exc}; later launches will not reach this one.", file=sys.stderr)

    try:
        store = SqliteJobStore.open(paths.database_path())
    except StoreError as exc:
        server.close()
        QMessageBox.critical(None, translate("App", "MediaDesk cannot start"), str(exc))
        return 1
    if store.recovered_from is not None:
        QMessageBox.warning(
            None,
            translate("App", "Job list was damaged"),
            translate(
                "App",
                "MediaDesk's job database was damaged and could not be read. It was moved to\n"
                "{path}\nand a new, empty job list was started. "
                "Downloaded files are not affected.",
            ).format(path=store.recovered_from),
        )
    settings = Settings.from_dict(
        store.load_settings(), download_dir=str(paths.default_download_dir())
    )
    if settings.language:
        install_language(app, settings.language, force_reverse=reverse)
    engine = JobEngine(
        store,
        settings,
        ffmpeg=find_ffmpeg(),
        vault=FileVault(paths.credentials_dir()),
        proxy_password=ProxySecret().read,
    )
    engine.start()
    cookie_sweeper = BrowserCookieSweeper(
        paths.browser_cookies_dir(), engine.live_jobs, parent=engine
    )
    engine.jobChanged.connect(cookie_sweeper.on_job_changed)
    engine.jobsRemoved.connect(cookie_sweeper.sweep)
    cookie_sweeper.sweep()
    # Rows the engine's queries leave out: looked for once the window is up, told once.
    damaged_check = DamagedRowsCheck(store.scan_damaged, engine.leave_out_damaged, parent=engine)
    # The window ends the app when it closes, or hides to the tray while downloads run.
    app.setQuitOnLastWindowClosed(False)
    # Probes (Choose…, and on add: titles and pictures of queued links) in worker processes.
    probes, add_probes = attach_probes(engine, thumbnail_dir())
    window = build_window(
        engine,
        store,
        tray=create_tray(),
        desktop_notifications=_desktop_notifications,  # made at the first notification
        probes=probes,
    )
    add_probes.probe_queued()  # links a relaunch left queued without a title

    def add_urls(urls: list[str]) -> None:
        window.add_text("\n".join(urls))

    # A later launch brings the window back, from the tray or minimized.
    server.urlsReceived.connect(add_urls)
    server.urlsWithCookiesReceived.connect(
        lambda urls, cookies: window.add_text("\n".join(urls), cookies=cookies)
    )
    server.activationRequested.connect(window.show_from_tray)
    # Settings ▸ Schedule ▸ "when everything is done: quit MediaDesk".
    when_done = WhenDoneWatcher(engine.live_jobs, lambda: engine.settings, parent=engine)
    engine.jobChanged.connect(when_done.on_job_changed)
    when_done.quitRequested.connect(window.quit)
    watcher = SignalWatcher()
    watcher.received.connect(lambda _signum: window.quit())

    window.start(minimized=args.minimized)
    # The worker zygote warms once the launch has settled, and again when a download is likely.
    warmth = warm_workers(engine, window, server)
    damaged_check.found.connect(
        lambda damaged: window.message_area.show_message(describe_damaged(damaged), Level.WARNING)
    )
    damaged_check.failed.connect(lambda text: window.message_area.show_message(text, Level.WARNING))
    damaged_check.start()
    if args.urls:
        window.add_text("\n".join(args.urls), cookies=args.cookie_source)
    code = app.exec()
    warmth.stop()
    damaged_check.stop()
    probes.shutdown()
    watcher.close()
    server.close()
    stopped = engine.shutdown(timeout=2.0)
    store.close()  # interrupts the damaged-row scan if it still reads
    damaged_check.join()
    if not stopped:
        # A runner is stuck in a stalled socket; every job's state is already committed,
        # so leaving now is as safe as a crash, which the next launch recovers from.
        sys.stdout.flush()
        lock.unlock()
        os._exit(code)
    return code


def _desktop_notifications() -> DesktopNotifications | None:
    """The session bus's notification service client; None where Qt has no QtDBus (the
    tray balloon is used then)."""
    try:
        from mediadesk.desktop.notifications import DesktopNotifications
    except ImportError:
        return None
    return DesktopNotifications()


def attach_probes(
    engine: JobEngine, thumbnails: Path | None, *, max_running: int = 2
) -> tuple[ProbePool, AddProbes]:
    """The probe pool (worker processes, thumbnails cached in ``thumbnails``) and the probe on
    add that fills queued jobs from it (also used by tests and benchmarks)."""
    from mediadesk.engine.add_probes import AddProbes
    from mediadesk.engine.probe_pool import ProbePool, worker_probes

    start = worker_probes(thumbnails, proxy=engine.worker_proxy)
    pool = ProbePool(start, max_running=max_running, parent=engine)
    return pool, AddProbes(engine, pool, parent=engine)


def warm_workers(
    engine: JobEngine,
    window: MainWindow | None = None,
    server: HandOffServer | None = None,
    **options: Any,
) -> ZygoteWarmth:
    """The zygote's warm/retire policy (engine/zygote_warmth.py), started, with the signs
    that a download is coming wired to it: a job added or queued, the window activated, a
    link typed or pasted into the add bar, links or an activation handed over by a second
    launch (also used by tests and benchmarks; ``options`` go to ZygoteWarmth)."""
    from mediadesk.engine.zygote_client import shared_launcher
    from mediadesk.engine.zygote_warmth import ZygoteWarmth
    from mediadesk.updates.overlay import overlay_worker_env

    options.setdefault("launcher", shared_launcher())
    warmth = ZygoteWarmth(env=overlay_worker_env, parent=engine, **options)
    engine.jobsAdded.connect(warmth.nudge)
    engine.jobChanged.connect(warmth.on_job_changed)
    if window is not None:
        window.activated.connect(warmth.on_window_activated)
        window.add_bar.field.textEdited.connect(warmth.nudge)
    if server is not None:
        server.urlsReceived.connect(warmth.nudge)
        server.urlsWithCookiesReceived.connect(warmth.nudge)
        server.activationRequested.connect(warmth.nudge)
    warmth.start()
    return warmth


def build_window(
    engine: JobEngine,
    layout_store: LayoutStore,
    *,
    tray: TrayPresence | None = None,
    notifier: Notifier | None = None,
    desktop_notifications: DesktopNotifications | DesktopSource | None = None,
    **window_options: Any,
) -> MainWindow:
    """The main window with its tray controller and notifier, wired the way the app runs
    (also used by tests and benchmarks). The tray knows the window only through its
    TrayWindow protocol, and the window never sees the tray controller. Notifications go to
    ``desktop_notifications`` (the session bus's service, or what makes it when the first
    notification goes out) when given and reachable, else to
    the tray."""
    from mediadesk.ui.main_window import MainWindow
    from mediadesk.ui.reach import attach_reach
    from mediadesk.ui.tray.controller import TrayController
    from mediadesk.ui.tray.notifications import Notifier

    window = MainWindow(engine, layout_store, tray=tray, **window_options)
    attach_reach(window, engine)  # Settings ▸ Schedule, clipboard watching
    if notifier is None:
        notifier = Notifier(engine, parent=window)
    TrayController(
        window.tray,
        window,
        engine,
        notifier,
        window.job_actions,
        desktop=desktop_notifications,
        parent=window,
    )
    return window
