"""yt-dlp's ordered extractor list, computed once in the worker zygote.

Every ``YoutubeDL()`` orders its ~1,750 extractors with ``orderedSet_from_options``, whose
de-duplication compares each name with all the names before it: ~0.1 s of every job's (and
every probe's) start, paid after the fork. The function is pure (the same options and names
give the same list), so the zygote remembers its answers: the warm-up's own YoutubeDL() fills
the memory before any fork, and a child's YoutubeDL() finds its list there. Arguments that are
not plain values (unhashable) are passed through untouched.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Any

MAX_ANSWERS = 32  # a worker asks a handful of distinct questions; never grow without bound

_answers: dict[tuple[Any, ...], list[Any]] = {}
_lock = threading.Lock()


def remembered(ordered: Callable[..., list[Any]]) -> Callable[..., list[Any]]:
    """``ordered`` (yt-dlp's ``orderedSet_from_options``), remembering its answers."""

    def ordered_set_from_options(
        options: Any, alias_dict: Any, *, use_regex: bool = False, start: Any = None
    ) -> list[Any]:
        try:
            key = (
                tuple(options),
                tuple((name, tuple(values)) for name, values in alias_dict.items()),
                bool(use_regex),
                tuple(start or ()),
            )
            hash(key)
        except (TypeError, AttributeError):
            return ordered(options, alias_dict, use_regex=use_regex, start=start)
        with _lock:
            answer = _answers.get(key)
        if answer is None:
            answer = ordered(options, alias_dict, use_regex=use_regex, start=start)
            with _lock:
                if len(_answers) < MAX_ANSWERS:
                    _answers[key] = list(answer)
        return list(answer)  # the caller's own copy

    ordered_set_from_options.wrapped = ordered  # type: ignore[attr-defined]
    return ordered_set_from_options


def install() -> None:
    """Route YoutubeDL's ordering of extractors (and subtitle languages) through the memory.
    (``yt_dlp.YoutubeDL`` the attribute is the class; the module is looked up by name.)"""
    module = importlib.import_module("yt_dlp.YoutubeDL")
    current = getattr(module, "orderedSet_from_options", None)
    if current is not None and not hasattr(current, "wrapped"):
        module.orderedSet_from_options = remembered(current)
