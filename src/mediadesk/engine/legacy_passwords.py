"""Jobs stored before passwords were kept apart: move each password to the vault once."""

from __future__ import annotations

from dataclasses import replace

from mediadesk.core.credentials import Credentials, split_credentials
from mediadesk.core.job import Job
from mediadesk.core.ports import CredentialStore, JobStore


def move_passwords_out(jobs: list[Job], store: JobStore, vault: CredentialStore) -> list[Job]:
    """The jobs with every address rid of its password (saved in the vault first, so a
    failure to save leaves the job as it was, to be tried again at the next launch)."""
    moved: dict[str, Credentials] = {}
    fixed: dict[str, Job] = {}
    for job in jobs:
        shown, credentials = split_credentials(job.url)
        if credentials is not None and shown != job.url:
            moved[job.id] = credentials
            fixed[job.id] = replace(job, url=shown)
    if not fixed:
        return jobs
    vault.put_many(moved)
    store.update_jobs(fixed.values())
    return [fixed.get(job.id, job) for job in jobs]


#: Stored once the finished history has been searched: jobs added since never hold a password
#: (the engine keeps it apart from the start), so the search, a scan of every stored address
#: (~40 ms at 100,000 jobs), need not run at every launch.
HISTORY_DONE_KEY = "store.history_passwords_moved"


def move_history_passwords_out(store: JobStore, vault: CredentialStore) -> None:
    """Once per database: passwords in finished jobs' addresses, moved to the vault (a
    failure to save raises before anything is marked done, so the next launch tries again)."""
    if store.load_settings().get(HISTORY_DONE_KEY) is True:
        return
    finished = [job for job in store.jobs_with_url_containing("@") if job.state.is_final]
    move_passwords_out(finished, store, vault)
    store.save_settings({HISTORY_DONE_KEY: True})
