"""Clipboard watching in the real window (offscreen clipboard): offers, never queues silently."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from mediadesk.ui.actions import ActionId
from mediadesk.ui.clipboard_watch import copy_text

# Nothing listens on port 9: a job that does start fails at once, without the internet.
VIDEO = "http://127.0.0.1:9/clip.mp4"
OTHER = "http://127.0.0.1:9/other.webm"


def watching_window(make_engine, open_window, *, enabled: bool = True):
    engine = make_engine(clipboard_watch=enabled)
    window = open_window(engine)
    return engine, window, window.clipboard_watch


def test_off_by_default_and_nothing_is_offered(make_engine, open_window) -> None:
    engine = make_engine()
    window = open_window(engine)
    watch = window.clipboard_watch
    assert not engine.settings.clipboard_watch
    assert not watch.action.isChecked()
    QGuiApplication.clipboard().setText(VIDEO)
    assert watch.offer.isHidden()
    assert engine.jobs() == []


def test_a_copied_media_link_is_offered_and_queued_only_on_click(
    qtbot, make_engine, open_window
) -> None:
    engine, _window, watch = watching_window(make_engine, open_window)
    assert watch.action.isChecked()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("not a link, and http://127.0.0.1:9/page.html")
    assert watch.offer.isHidden()

    clipboard.setText(f"look: {VIDEO}")
    assert watch.offer.isVisible()
    assert "Download with MediaDesk?" in watch.offer.label.text()
    assert watch.offer.links == [VIDEO]
    assert engine.jobs() == [], "never queued without a click"

    mime = QMimeData()
    mime.setUrls([QUrl(OTHER)])
    clipboard.setMimeData(mime)  # joins the open prompt
    assert watch.offer.links == [VIDEO, OTHER]
    watch.offer.download_button.click()
    assert watch.offer.isHidden()
    assert sorted(j.url for j in engine.jobs()) == sorted([VIDEO, OTHER])


def test_the_same_link_is_not_offered_twice(make_engine, open_window) -> None:
    engine, _window, watch = watching_window(make_engine, open_window)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(VIDEO)
    watch.offer.dismiss_button.click()
    assert watch.offer.isHidden()
    clipboard.setText("something else")
    clipboard.setText(VIDEO)
    assert watch.offer.isHidden()
    assert engine.jobs() == []


def test_mediadesks_own_copies_are_ignored(make_engine, open_window) -> None:
    engine, window, watch = watching_window(make_engine, open_window)
    copy_text(VIDEO)
    assert watch.offer.isHidden()
    # "Copy Address" of a download: a link MediaDesk already has.
    engine.add_urls([OTHER])
    window.select_jobs([engine.jobs()[0].id])
    window.job_actions[ActionId.COPY_URL].trigger()
    assert QGuiApplication.clipboard().text() == OTHER
    assert watch.offer.isHidden()


def test_the_menu_item_turns_it_on_and_is_saved(make_engine, open_window) -> None:
    engine, _window, watch = watching_window(make_engine, open_window, enabled=False)
    watch.action.trigger()
    assert engine.settings.clipboard_watch
    QGuiApplication.clipboard().setText(VIDEO)
    assert watch.offer.isVisible()
    watch.action.trigger()
    assert not engine.settings.clipboard_watch
    assert watch.offer.isHidden()
