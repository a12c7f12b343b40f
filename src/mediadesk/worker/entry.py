"""The worker executable's front door: a download (``EVENT_FD``), a probe (``probe ...``),
an address inspection (``inspect URL``) or the zygote that forks workers (``zygote FD``).

Chooses before anything imports yt-dlp, so a probe of a broken yt-dlp can say what is wrong
instead of dying on the import at the top of the download code.
"""

from __future__ import annotations

PROBE = "probe"
INSPECT = "inspect"  # what an address is: one video or a playlist (worker/address_probe.py)
ZYGOTE = "zygote"  # a warm process that forks workers (worker/zygote.py)


def main(argv: list[str]) -> int:
    # Failure sentences and notes in the window's language (the app sets MEDIADESK_LANGUAGE).
    from mediadesk.core.paths import resources_dir
    from mediadesk.core.qm_catalog import install_from_environment

    install_from_environment(resources_dir() / "translations")
    if argv[:1] == [PROBE]:
        from mediadesk.worker.probe import main as probe_main

        return probe_main(argv[1:])
    if argv[:1] == [INSPECT]:
        from mediadesk.worker.address_probe import main as inspect_main

        return inspect_main(argv[1:])
    if argv[:1] == [ZYGOTE]:
        from mediadesk.worker.zygote import main as zygote_main

        return zygote_main(argv[1:])
    from mediadesk.worker.process import main as download_main

    return download_main(argv)
