"""ProbeResult <-> JSON: how a probe (or a download worker that found a playlist) reports."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from mediadesk.core.probe import Chapter, ProbeEntry, ProbeFormat, ProbeKind, ProbeResult

_SCALARS = {f.name for f in fields(ProbeResult) if f.name not in ("entries", "formats", "chapters")}


def probe_to_dict(result: ProbeResult) -> dict[str, Any]:
    data = asdict(result)
    data["kind"] = result.kind.value
    return data


def probe_from_dict(data: dict[str, Any]) -> ProbeResult:
    """Raises ValueError/KeyError/TypeError on a malformed record."""
    values = {k: data[k] for k in _SCALARS if k in data}
    values["kind"] = ProbeKind(data["kind"])
    values["subtitles"] = tuple(data.get("subtitles") or ())
    values["automatic_captions"] = tuple(data.get("automatic_captions") or ())
    return ProbeResult(
        **values,
        entries=tuple(ProbeEntry(**e) for e in data.get("entries") or ()),
        formats=tuple(ProbeFormat(**f) for f in data.get("formats") or ()),
        chapters=tuple(Chapter(**c) for c in data.get("chapters") or ()),
    )
