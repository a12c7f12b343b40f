"""A queued job, told what a probe of its address found (title, duration, uploader, picture).

Only fills what is missing or was itself probed: a title the job already has (a playlist
item's, or one the running download reported) is kept, and a playlist answer changes nothing,
since the download expands it into a batch.
"""

from __future__ import annotations

from dataclasses import replace

from mediadesk.core.job import Job
from mediadesk.core.probe import ProbeKind, ProbeResult


def job_with_probe(job: Job, probe: ProbeResult) -> Job:
    """``job`` with the probe's facts; the same object when there is nothing new."""
    if probe.kind is not ProbeKind.SINGLE:
        return job
    changed = replace(
        job,
        title=job.title or probe.title,
        duration=probe.duration if probe.duration is not None else job.duration,
        uploader=probe.uploader or job.uploader,
        thumbnail_url=probe.thumbnail or job.thumbnail_url,
        thumbnail_file=probe.thumbnail_file or job.thumbnail_file,
    )
    return job if changed == job else changed
