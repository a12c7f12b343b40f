"""Adding a huge list of links is one transaction (one fsync, not thousands)."""

from __future__ import annotations

from mediadesk.store.sqlite_store import SqliteJobStore


def test_ten_thousand_links_are_added_in_one_transaction(make_engine) -> None:
    engine = make_engine(max_concurrent=1)
    store: SqliteJobStore = engine._store  # type: ignore[attr-defined]
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    links = [f"http://127.0.0.1:9/video-{n:05d}.mp4" for n in range(10_000)]
    try:
        results = engine.add_text("\n".join(links))
    finally:
        store._conn.set_trace_callback(None)
    assert sum(r.ok for r in results) == 10_000
    # All the inserts sit in the first transaction (starting a download may follow in another).
    begin = next(i for i, s in enumerate(statements) if s.startswith("BEGIN"))
    commit = statements.index("COMMIT", begin)
    inserts = [s for s in statements if s.startswith("INSERT INTO jobs")]
    assert len(inserts) == 10_000
    assert all(s.startswith("INSERT") for s in statements[begin + 1 : commit])
    assert commit - begin - 1 == 20_000  # a job and its "added" event each
    assert {job.url for job in store.load_jobs()} == set(links)
