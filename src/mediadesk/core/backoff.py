"""How long to wait before an automatic retry: exponential, capped, jittered."""

from __future__ import annotations

import random
from collections.abc import Callable


def retry_delay(
    attempt: int,
    *,
    base: float,
    cap: float,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Delay after the ``attempt``-th failure (1-based).

    Half the exponential step is fixed and half is random, so many jobs failing together
    (a server blip) do not come back in lockstep. A server's Retry-After is a floor.
    """
    step = min(cap, base * (2 ** max(0, attempt - 1)))
    delay = step / 2 + rand() * step / 2
    if retry_after is not None:
        delay = max(delay, min(retry_after, max(cap, 3600.0)))
    return delay
