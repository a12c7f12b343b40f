"""The zygote remembers yt-dlp's ordered extractor list (worker/extractor_order.py): the same
answers as yt-dlp's own function, computed once."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from yt_dlp import YoutubeDL  # imported at collection (its import runs `file`)

from mediadesk.worker import extractor_order


@pytest.fixture(autouse=True)
def _fresh_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extractor_order, "_answers", {})


def test_an_answer_is_computed_once_and_every_caller_gets_its_own_copy() -> None:
    calls: list[Any] = []

    def ordered(options, alias_dict, *, use_regex=False, start=None):
        calls.append(options)
        return [n for n in alias_dict["all"] if n in options or options == ["all"]]

    remembered = extractor_order.remembered(ordered)
    names = {"all": ["a", "b", "c"]}
    first = remembered(["all"], names, use_regex=True)
    first.append("mine")
    again = remembered(["all"], {"all": ["a", "b", "c"]}, use_regex=True)
    assert again == ["a", "b", "c"] and len(calls) == 1
    assert remembered(["b"], names, use_regex=True) == ["b"] and len(calls) == 2
    assert remembered(["all"], names) == ["a", "b", "c"] and len(calls) == 3, "use_regex counts"


def test_unhashable_arguments_and_errors_are_passed_through_not_remembered() -> None:
    calls = 0

    def ordered(options, alias_dict, *, use_regex=False, start=None):
        nonlocal calls
        calls += 1
        if options == ["("]:
            raise ValueError("bad pattern")
        return ["x"]

    remembered = extractor_order.remembered(ordered)
    assert remembered([{"unhashable": 1}], {"all": []}) == ["x"]
    assert remembered([{"unhashable": 1}], {"all": []}) == ["x"]
    assert calls == 2
    for _ in range(2):
        with pytest.raises(ValueError):
            remembered(["("], {"all": []})
    assert calls == 4
    assert extractor_order._answers == {}


def test_youtube_dl_gets_the_same_extractors_in_the_same_order(monkeypatch) -> None:
    module = importlib.import_module("yt_dlp.YoutubeDL")
    own = module.orderedSet_from_options
    monkeypatch.setattr(module, "orderedSet_from_options", own)  # restored after the test
    params = {"quiet": True, "no_warnings": True}
    with YoutubeDL(params) as ydl:
        expected = list(ydl._ies)
    extractor_order.install()
    extractor_order.install()  # once is enough: never wrapped twice
    assert module.orderedSet_from_options.wrapped is own
    for allowed in (None, ["generic", "youtube"]):
        options = dict(params, **({"allowed_extractors": allowed} if allowed else {}))
        with YoutubeDL(options) as plain_order:
            pass
        with YoutubeDL(options) as remembered_order:
            pass
        monkeypatch.setattr(module, "orderedSet_from_options", own)
        with YoutubeDL(options) as yt_dlps_order:
            pass
        extractor_order.install()
        assert list(plain_order._ies) == list(remembered_order._ies) == list(yt_dlps_order._ies)
    assert list(plain_order._ies) != expected  # the restricted list really was asked for
    assert len(extractor_order._answers) >= 2
