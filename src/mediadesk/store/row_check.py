"""Checking every job row at the store boundary, so no damaged value reaches the engine or a
paint: a row with a value of the wrong type or an unknown state is kept aside, never fatal.

SQLite keeps whatever was written into a column (``'abc'`` in an INTEGER column stays text),
and ``PRAGMA quick_check`` does not look at values. The check runs inside the query (one
``WHERE`` over ``typeof``), so 100,000 good rows still load by positional construction; only
the rare damaged row is looked at in Python, to say what is wrong with it.

Loading is split for speed (100,000 rows at launch): SQL keeps rows whose states, presets and
numbers are in range (``LOAD_FILTER``, cheap comparisons), Python keeps rows whose value types
match (one tuple of types looked up in a set). ``VALID_ROW`` says the same thing in SQL alone,
slower, to find the damaged rows; it only runs when some row was left out.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState

# Larger values are not times (year 5138) or sizes a screen can show; they only overflow.
_MAX_TIME = 1e11
_MAX_NUMBER = 1e15


class Kind(enum.Enum):
    ID = "id"
    TEXT = "text"
    STATE = "state"
    PRESET = "preset"
    COUNT = "count"  # a whole number, 0 or more
    ORDER = "order"  # any whole number
    TIME = "time"
    NUMBER = "number"
    FLAG = "flag"  # a bool, stored as 0 or 1
    CHOICE = "choice"  # '' or a JSON object (core/choice.py)


# Column -> (kind, may be NULL). Every Job field is listed; a new field must be added here.
COLUMNS: dict[str, tuple[Kind, bool]] = {
    "id": (Kind.ID, False),
    "url": (Kind.TEXT, False),
    "state": (Kind.STATE, False),
    "preset": (Kind.PRESET, False),
    "output_dir": (Kind.TEXT, False),
    "position": (Kind.ORDER, False),
    "created_at": (Kind.TIME, False),
    "title": (Kind.TEXT, False),
    "file_path": (Kind.TEXT, False),
    "bytes_done": (Kind.COUNT, False),
    "bytes_total": (Kind.COUNT, True),
    "speed": (Kind.NUMBER, True),
    "eta": (Kind.NUMBER, True),
    "error": (Kind.TEXT, False),
    "attempts": (Kind.COUNT, False),
    "started_at": (Kind.TIME, True),
    "finished_at": (Kind.TIME, True),
    "retry_at": (Kind.TIME, True),
    "cookies": (Kind.TEXT, False),
    "failure_action": (Kind.TEXT, False),
    "failure_target": (Kind.TEXT, False),
    "no_resume": (Kind.FLAG, False),
    "batch_id": (Kind.ID, True),
    "extractor": (Kind.TEXT, False),
    "video_id": (Kind.TEXT, False),
    "choice": (Kind.CHOICE, False),
    "note": (Kind.TEXT, False),
    "space_needed": (Kind.COUNT, True),
    "playlist_index": (Kind.COUNT, True),
    "duration": (Kind.NUMBER, True),
    "uploader": (Kind.TEXT, False),
    "thumbnail_url": (Kind.TEXT, False),
    "thumbnail_file": (Kind.TEXT, False),
}
assert tuple(COLUMNS) == tuple(f.name for f in fields(Job)), "row_check.COLUMNS is out of date"


def _sql_list(values: Sequence[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def _sql_check(column: str, kind: Kind) -> str:
    c = column
    if kind is Kind.ID:
        return f"(typeof({c}) = 'text' AND length({c}) > 0)"
    if kind is Kind.TEXT:
        return f"typeof({c}) = 'text'"
    if kind is Kind.STATE:
        return f"(typeof({c}) = 'text' AND {c} IN ({_sql_list([s.value for s in JobState])}))"
    if kind is Kind.PRESET:
        presets = _sql_list([p.value for p in FormatPreset])
        return f"(typeof({c}) = 'text' AND {c} IN ({presets}))"
    if kind is Kind.CHOICE:
        # CASE, not AND: json_type() raises on malformed JSON, and AND may evaluate both sides.
        is_object = f"CASE WHEN json_valid({c}) THEN json_type({c}) = 'object' ELSE 0 END"
        return f"(typeof({c}) = 'text' AND ({c} = '' OR {is_object}))"
    if kind is Kind.COUNT:
        return f"(typeof({c}) = 'integer' AND {c} >= 0)"
    if kind is Kind.ORDER:
        return f"typeof({c}) = 'integer'"
    if kind is Kind.FLAG:
        return f"(typeof({c}) = 'integer' AND {c} IN (0, 1))"
    return f"(typeof({c}) IN ('integer', 'real') AND {_in_range(c, kind)})"


def _in_range(column: str, kind: Kind) -> str:
    # No abs(): it raises "integer overflow" for the smallest 64-bit integer.
    limit = f"{_MAX_TIME if kind is Kind.TIME else _MAX_NUMBER:.0f}"
    return f"({column} < {limit} AND {column} > -{limit})"


def _sql_valid() -> str:
    parts = []
    for column, (kind, nullable) in COLUMNS.items():
        check = _sql_check(column, kind)
        parts.append(f"({column} IS NULL OR {check})" if nullable else check)
    return "coalesce(" + " AND ".join(parts) + ", 0)"


#: A ``WHERE`` condition that is true exactly for rows ``job_from_row`` can build a Job from.
VALID_ROW = _sql_valid()


def _load_filter() -> str:
    """VALID_ROW without the type checks (`_loadable` does those, faster, in Python)."""
    parts = []
    for column, (kind, nullable) in COLUMNS.items():
        if kind is Kind.ID:
            check = f"length({column}) > 0"
        elif kind in (Kind.STATE, Kind.PRESET, Kind.CHOICE):
            check = _sql_check(column, kind)
        elif kind is Kind.COUNT:
            check = f"{column} >= 0"
        elif kind in (Kind.TIME, Kind.NUMBER):
            check = _in_range(column, kind)
        elif kind is Kind.FLAG:
            check = f"{column} IN (0, 1)"
        else:
            continue
        parts.append(f"({column} IS NULL OR {check})" if nullable else check)
    return "coalesce(" + " AND ".join(parts) + ", 0)"


LOAD_FILTER = _load_filter()

_PYTHON_TYPES: dict[Kind, tuple[type, ...]] = {
    Kind.ID: (str,),
    Kind.TEXT: (str,),
    Kind.STATE: (str,),
    Kind.PRESET: (str,),
    Kind.CHOICE: (str,),
    Kind.COUNT: (int,),
    Kind.ORDER: (int,),
    Kind.TIME: (int, float),
    Kind.NUMBER: (int, float),
    Kind.FLAG: (int,),
}
#: Per column, the value types a loadable row may hold there.
_COLUMN_TYPES: tuple[frozenset[type], ...] = tuple(
    frozenset(_PYTHON_TYPES[kind] + ((type(None),) if nullable else ()))
    for kind, nullable in COLUMNS.values()
)
#: Type tuples already found loadable: a row costs one set lookup once its shape was seen.
#: (Building every allowed tuple up front, ~23,000 of them, was 25 ms of each launch.)
_LOADABLE_SHAPES: set[tuple[type, ...]] = set()


def _loadable(row: Sequence[Any]) -> bool:
    shape = tuple(map(type, row))
    if shape in _LOADABLE_SHAPES:
        return True
    if len(shape) != len(_COLUMN_TYPES) or not all(
        kind in allowed for kind, allowed in zip(shape, _COLUMN_TYPES, strict=True)
    ):
        return False
    _LOADABLE_SHAPES.add(shape)
    return True


_STATES = {state.value: state for state in JobState}
_PRESETS = {preset.value: preset for preset in FormatPreset}
_COLUMN_NAMES = tuple(COLUMNS)
assert _COLUMN_NAMES[2:4] == ("state", "preset")


_FLAGS = tuple(i for i, (kind, _) in enumerate(COLUMNS.values()) if kind is Kind.FLAG)


def job_from_row(row: Sequence[Any]) -> Job:
    """Positional construction for a row that passed VALID_ROW (runs 100,000 times at launch);
    SQLite hands flags back as 0/1."""
    if _FLAGS:
        row = list(row)
        for index in _FLAGS:
            row[index] = bool(row[index])
    return Job(row[0], row[1], _STATES[row[2]], _PRESETS[row[3]], *row[4:])


def jobs_from_rows(rows: Iterable[Sequence[Any]]) -> list[Job]:
    """Jobs from rows that passed LOAD_FILTER, leaving out any with a value of the wrong type."""
    return [job_from_row(row) for row in rows if _loadable(row)]


def _is_choice_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return value == "" or isinstance(json.loads(value), dict)
    except ValueError:
        return False


def _is_number(value: object, limit: float) -> bool:
    return type(value) in (int, float) and -limit < value < limit  # type: ignore[operator]


_PROBLEMS: dict[Kind, tuple[Callable[[Any], bool], str]] = {
    Kind.ID: (lambda v: isinstance(v, str) and v != "", "is not a job id"),
    Kind.TEXT: (lambda v: isinstance(v, str), "is not text"),
    Kind.STATE: (lambda v: isinstance(v, str) and v in _STATES, "is not a job state"),
    Kind.PRESET: (lambda v: isinstance(v, str) and v in _PRESETS, "is not a format preset"),
    Kind.CHOICE: (_is_choice_text, "is not a format choice"),
    Kind.COUNT: (lambda v: type(v) is int and v >= 0, "is not a whole number of 0 or more"),
    Kind.ORDER: (lambda v: type(v) is int, "is not a whole number"),
    Kind.TIME: (lambda v: _is_number(v, _MAX_TIME), "is not a time"),
    Kind.NUMBER: (lambda v: _is_number(v, _MAX_NUMBER), "is not a number"),
    Kind.FLAG: (lambda v: type(v) is int and v in (0, 1), "is not 0 or 1"),
}


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


@dataclass(frozen=True, slots=True)
class DamagedJob:
    """A job row that cannot be shown or run; it stays in the database, untouched."""

    rowid: int
    job_id: str  # the id column as text ("" when the id itself is damaged)
    problems: tuple[str, ...]

    def describe(self) -> str:
        name = f"id {self.job_id}" if self.job_id else f"row {self.rowid}"
        return f"{name}: {'; '.join(self.problems)}"


def damaged_from_row(rowid: int, row: Sequence[Any]) -> DamagedJob:
    """Say what is wrong with a row that failed VALID_ROW, column by column."""
    problems: list[str] = []
    for column, value in zip(_COLUMN_NAMES, row, strict=True):
        kind, nullable = COLUMNS[column]
        if value is None:
            if not nullable:
                problems.append(f"{column} is missing")
            continue
        accepts, text = _PROBLEMS[kind]
        if not accepts(value):
            problems.append(f"{column} {_shown(value)} {text}")
    job_id = row[0] if isinstance(row[0], str) else ""
    return DamagedJob(rowid, job_id, tuple(problems) or ("a value cannot be read",))


def describe_damaged(damaged: Sequence[DamagedJob]) -> str:
    """The sentence for the window and ``--list``: how many were kept aside, and why."""
    count = len(damaged)
    head = f"{count} damaged job{'s' if count != 1 else ''} kept aside"
    lines = [f"{head} (left unchanged in the job database):"]
    lines += [f"  {d.describe()}" for d in damaged]
    return "\n".join(lines)
