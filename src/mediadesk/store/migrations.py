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
        # A job waiting for disk space keeps waiting (and for how much) across a restart.
        "ALTER TABLE jobs ADD COLUMN space_needed INTEGER",
    ],
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
