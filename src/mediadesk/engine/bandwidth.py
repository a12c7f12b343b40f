"""Speed limits for running downloads: the per-download limit and one overall limit shared
by all of them, redistributed as downloads start and finish and as their speeds show.

The share computation is max-min fair ("water filling"): every download gets an equal part
of the overall limit, except one that has shown it cannot use its part (a slow server),
which keeps a little more than it uses; the rest goes to the others. No share exceeds the
per-download limit, and the shares never add up to more than the overall limit (short of
the MIN_SHARE floor with very many downloads).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from mediadesk.core.settings import Settings

MIN_SHARE = 1024  # bytes per second: below this a download only times out
HEADROOM = 1.25  # a slow download keeps this much above its speed, so it can speed up
SLOW_BELOW = 0.6  # a download using less than this part of its share counts as slow
RESEND_CHANGE = 0.1  # shares that move less than this (relative) are not resent


def shares(
    job_ids: Iterable[str],
    *,
    per_download: int,
    overall: int,
    demands: Mapping[str, float] | None = None,
) -> dict[str, int | None]:
    """Each download's limit in bytes per second (None: unlimited).

    ``per_download`` and ``overall`` are 0 for "no limit"; ``demands`` holds what a slow
    download can use at most (missing: as much as it gets)."""
    ids = list(dict.fromkeys(job_ids))
    cap = float(per_download) if per_download > 0 else float("inf")
    if overall <= 0:
        return {i: (per_download if per_download > 0 else None) for i in ids}
    wants = {i: min(cap, (demands or {}).get(i, float("inf"))) for i in ids}
    result: dict[str, int | None] = {}
    remaining = float(overall)
    left = sorted(ids, key=lambda i: wants[i])
    while left:
        equal = remaining / len(left)
        job_id = left[0]
        if wants[job_id] <= equal:
            give = wants[job_id]
            left.pop(0)
        else:  # nobody left wants less than an equal part: split the rest evenly
            for other in left:
                result[other] = max(MIN_SHARE, int(equal))
            break
        result[job_id] = max(MIN_SHARE, int(give))
        remaining -= give
    return {i: result[i] for i in ids}


class RateControlled(Protocol):
    def set_rate_limit(self, bytes_per_second: int | None) -> None: ...


class BandwidthGovernor:
    """Keeps each running download's limit in line with :func:`shares` and sends changes
    through its runner (the engine calls :meth:`rebalance` on start, finish, setting
    changes and its periodic tick)."""

    def __init__(self) -> None:
        self._sent: dict[str, int | None] = {}

    def share_for_new(self, job_id: str, running: Iterable[str], settings: Settings) -> int | None:
        """The limit a download starts with, counting itself among the running ones."""
        ids = [*running, job_id]
        limit = shares(
            ids,
            per_download=settings.rate_limit,
            overall=settings.overall_limit_in_force,
            demands=self._demands({}, ids),
        )[job_id]
        self._sent[job_id] = limit
        return limit

    def rebalance(
        self,
        runners: Mapping[str, RateControlled],
        settings: Settings,
        speeds: Mapping[str, float | None] | None = None,
    ) -> None:
        for gone in set(self._sent) - set(runners):
            del self._sent[gone]
        wanted = shares(
            runners,
            per_download=settings.rate_limit,
            overall=settings.overall_limit_in_force,
            demands=self._demands(speeds or {}, runners),
        )
        for job_id, limit in wanted.items():
            if job_id in self._sent and not _moved(self._sent[job_id], limit):
                continue
            self._sent[job_id] = limit
            runners[job_id].set_rate_limit(limit)

    def sent(self) -> dict[str, int | None]:
        """The limit each running download was last given."""
        return dict(self._sent)

    def _demands(self, speeds: Mapping[str, float | None], ids: Iterable[str]) -> dict[str, float]:
        demands: dict[str, float] = {}
        for job_id in ids:
            speed, share = speeds.get(job_id), self._sent.get(job_id)
            if speed and share and speed < SLOW_BELOW * share:
                demands[job_id] = speed * HEADROOM
        return demands


def _moved(old: int | None, new: int | None) -> bool:
    if old is None or new is None:
        return old != new
    return abs(new - old) > RESEND_CHANGE * old
