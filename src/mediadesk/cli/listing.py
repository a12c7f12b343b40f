"""``mediadesk --list``: the jobs in the store, for people and scripts, without starting Qt.

Reads the database read-only, so it works while MediaDesk runs and never changes the file.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any, TextIO

from mediadesk.core.batch import Batch, summarize
from mediadesk.core.job import Job
from mediadesk.core.states import JobState
from mediadesk.store.errors import StoreError
from mediadesk.store.row_check import DamagedJob, describe_damaged
from mediadesk.store.sqlite_store import SqliteJobStore

NO_JOBS = "No jobs yet."
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_STATE_WIDTH = max(len(state.label) for state in JobState)


def _one_line(text: str) -> str:
    """Titles and errors come from the web: keep each job on one terminal line."""
    return _CONTROL.sub(" ", text).strip()


def progress_text(job: Job) -> str:
    fraction = job.fraction
    return "–" if fraction is None else f"{int(fraction * 100)}%"


def format_line(job: Job) -> str:
    """State, progress, title and URL; a failed job's reason at the end."""
    parts = [f"{job.state.label:<{_STATE_WIDTH}}", f"{progress_text(job):>4}"]
    title = _one_line(job.title)
    if title:
        parts.append(title)
    parts.append(job.url)
    if job.error:
        parts.append(f"({_one_line(job.error)})")
    return "  ".join(parts)


def job_record(job: Job, batches: dict[str, Batch] | None = None) -> dict[str, Any]:
    """The stable JSON shape: ``progress`` is 0.0–1.0, or null while the size is unknown;
    ``batch`` is the playlist the job is an item of (id, title), or null."""
    fraction = job.fraction
    batch = (batches or {}).get(job.batch_id) if job.batch_id else None
    return {
        "id": job.id,
        "state": job.state.value,
        "title": job.title,
        "url": job.url,
        "bytes_done": job.bytes_done,
        "bytes_total": job.bytes_total,
        "progress": None if fraction is None else round(fraction, 4),
        "file_path": job.file_path,
        "error": job.error,
        "batch": {"id": batch.id, "title": batch.title} if batch else None,
    }


def batch_record(batch: Batch, items: list[Job]) -> dict[str, Any]:
    summary = summarize(items)
    return {
        "type": "batch",
        "id": batch.id,
        "title": batch.title,
        "url": batch.url,
        "folder": batch.output_dir,
        "items": summary.total,
        "done": summary.done,
        "failed": summary.failed,
        "summary": summary.text,
        "bytes_total": summary.bytes_total,
    }


def print_jobs(db_path: Path, *, as_json: bool, out: TextIO, err: TextIO) -> int:
    """Print every job in queue order; the exit status for the command line."""
    try:
        store = SqliteJobStore.open_readonly(db_path)
        jobs: list[Job] = []
        batches: dict[str, Batch] = {}
        damaged: list[DamagedJob] = []
        if store is not None:
            try:
                jobs = store.load_jobs()
                batches = {b.id: b for b in store.load_batches()}
                damaged = store.load_damaged()
            finally:
                store.close()
    except StoreError as exc:
        print(f"mediadesk: {exc}", file=err)
        return 1
    except sqlite3.Error as exc:
        print(f"mediadesk: Cannot read the job database {db_path}: {exc}", file=err)
        return 1
    if damaged:
        # Kept aside, never fatal; JSON readers get them on stderr, outside the records.
        print(describe_damaged(damaged), file=err if as_json else out)
    if not jobs:
        # Scripts reading JSON lines get an empty stdout; people get a sentence.
        print(NO_JOBS, file=err if as_json else out)
        return 0
    if as_json:
        for batch in batches.values():
            items = [j for j in jobs if j.batch_id == batch.id]
            print(json.dumps(batch_record(batch, items), ensure_ascii=False), file=out)
    for job in jobs:
        if as_json:
            print(json.dumps(job_record(job, batches), ensure_ascii=False), file=out)
        else:
            print(format_line(job), file=out)
    return 0
