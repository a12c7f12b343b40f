"""``python -m mediadesk.worker EVENT_FD``: one download worker process (or ``probe``)."""

import sys

from mediadesk.worker.entry import main

raise SystemExit(main(sys.argv[1:]))
