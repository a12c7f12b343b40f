"""Probes without processes, for unit tests: the test decides when (and what) each answers."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mediadesk.core.probe import ProbeKind, ProbeResult


class FakeProbe(QObject):
    done = Signal(str, object)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.killed = False

    def kill(self) -> None:
        self.killed = True

    def answer(self, answer: ProbeResult | str) -> None:
        assert not self.killed, f"a killed probe of {self.url} cannot answer"
        self.done.emit(self.url, answer)


class FakeProbes:
    """The ``start`` of a ProbePool: records every probe started."""

    def __init__(self) -> None:
        self.started: list[FakeProbe] = []

    def __call__(self, url: str, parent: QObject) -> FakeProbe:
        probe = FakeProbe(url, parent)
        self.started.append(probe)
        return probe

    def urls(self) -> list[str]:
        return [p.url for p in self.started]

    def live(self) -> list[str]:
        return [p.url for p in self.started if not p.killed]

    def answer(self, url: str, answer: ProbeResult | str) -> None:
        [probe] = [p for p in self.started if p.url == url and not p.killed]
        probe.answer(answer)


def single(url: str, title: str = "A title", **facts: object) -> ProbeResult:
    return ProbeResult(url, ProbeKind.SINGLE, title=title, **facts)  # type: ignore[arg-type]
