"""Schema migrations: each runs with its user_version bump in one transaction."""

from __future__ import annotations

import sqlite3

# Index i holds the statements that take the schema from version i to i + 1. Never edit a
# released step; append a new one.
MIGRATIONS: list[list[str]] = [
    [
        """
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            preset TEXT NOT NULL,
            output_dir TEXT NOT NULL,
            file_path TEXT NOT NULL DEFAULT '',
            bytes_done INTEGER NOT NULL DEFAULT 0,
            bytes_total INTEGER,
            speed REAL,
            eta REAL,
            error TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL,
            created_at REAL NOT NULL,
            started_at REAL,
            finished_at REAL
        )
        """,
        "CREATE INDEX jobs_position ON jobs(position)",
        """
        CREATE TABLE job_events (
            id INTEGER PRIMARY KEY,
            job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            at REAL NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL
        )
        """,
        "CREATE INDEX job_events_job ON job_events(job_id, id)",
    ],
    [
        # Automatic retries wait for a time that must survive a restart.
        "ALTER TABLE jobs ADD COLUMN retry_at REAL",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE INDEX jobs_state ON jobs(state)",
    ],
    [
        # Keep working on real sites: a per-job cookie source (a path or browser spec, never
        # cookie values), the action a failure offers, and servers that cannot resume.
        "ALTER TABLE jobs ADD COLUMN cookies TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE jobs ADD COLUMN failure_action TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE jobs ADD COLUMN failure_target TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE jobs ADD COLUMN no_resume INTEGER NOT NULL DEFAULT 0",
    ],
    [
        # Playlists expand into batches of ordinary jobs; finished videos are remembered by
        # site identity (the download archive), so nothing is fetched twice.
        """
        CREATE TABLE batches (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            output_dir TEXT NOT NULL,
            created_at REAL NOT NULL,
            extractor TEXT NOT NULL DEFAULT '',
            playlist_id TEXT NOT NULL DEFAULT '',
            entry_count INTEGER NOT NULL DEFAULT 0
        )
        """,
        "ALTER TABLE jobs ADD COLUMN batch_id TEXT",
        "ALTER TABLE jobs ADD COLUMN extractor TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE jobs ADD COLUMN video_id TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX jobs_batch ON jobs(batch_id)",
        """
        CREATE TABLE archive (
            extractor TEXT NOT NULL,
            video_id TEXT NOT NULL,
            job_id TEXT NOT NULL,
            finished_at REAL NOT NULL,
            PRIMARY KEY (extractor, video_id)
        )
        """,
    ],
    [
        # The format choice is part of the job: retries and relaunches reuse it as chosen.
        "ALTER TABLE jobs ADD COLUMN choice TEXT NOT NULL DEFAULT ''",
        # What a verified download could not deliver, shown in the details pane.
        "ALTER TABLE jobs ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    ],
    [
        # A job waiting for disk space keeps waiting (and for how much) across a restart.
        "ALTER TABLE jobs ADD COLUMN space_needed INTEGER",
    ],
    # A batch item's position in its playlist, for the %(playlist_index)s name field.
    ["ALTER TABLE jobs ADD COLUMN playlist_index INTEGER"],
    [
        # What the probe on add found: queued jobs show it before the download starts.
        "ALTER TABLE jobs ADD COLUMN duration REAL",
        "ALTER TABLE jobs ADD COLUMN uploader TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE jobs ADD COLUMN thumbnail_url TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE jobs ADD COLUMN thumbnail_file TEXT NOT NULL DEFAULT ''",
    ],
    # "Downloaded before?" is a query now that finished jobs stay in the store at launch.
    ["CREATE INDEX jobs_url ON jobs(url)"],
]

SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int | None = None) -> None:
    """Bring the schema up to ``target`` (default: the newest). The connection must be in
    autocommit mode."""
    if target is None:
        target = len(MIGRATIONS)
    current = user_version(conn)
    for version in range(current, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
