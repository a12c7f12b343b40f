"""Qt's standard command-line options are split off before MediaDesk's parser sees them."""

from __future__ import annotations

import pytest

from mediadesk.cli.args import parse_args
from mediadesk.cli.qt_args import split_qt_arguments


def test_qt_options_go_to_qt_and_the_rest_to_mediadesk() -> None:
    split = split_qt_arguments(
        ["-style", "fusion", "--minimized", "-reverse", "https://a.example/v", "-platform=xcb"]
    )
    assert split.qt == ("-style", "fusion", "-reverse", "-platform=xcb")
    assert split.own == ("--minimized", "https://a.example/v")
    args = parse_args(list(split.own))
    assert args.minimized and args.urls == ["https://a.example/v"]


def test_double_dash_spelling_and_stylesheet() -> None:
    split = split_qt_arguments(["--style", "fusion", "-stylesheet", "/tmp/a.qss", "--list"])
    assert split.qt == ("--style", "fusion", "-stylesheet", "/tmp/a.qss")
    assert split.own == ("--list",)


def test_mediadesk_options_and_unknown_ones_stay() -> None:
    split = split_qt_arguments(["--version", "--json", "-x", "--", "-style"])
    assert split.qt == ()
    assert split.own == ("--version", "--json", "-x", "--", "-style")


def test_value_option_without_value_is_left_to_the_parser(capsys) -> None:
    split = split_qt_arguments(["-style"])
    assert split.own == ("-style",)
    with pytest.raises(SystemExit):
        parse_args(list(split.own))
    assert "unrecognized arguments: -style" in capsys.readouterr().err


def test_unsplit_qt_option_is_refused_by_mediadesk_alone() -> None:
    """The reason for the split: argparse alone refuses Qt's options."""
    with pytest.raises(SystemExit):
        parse_args(["-style", "fusion"])
