"""``python -m mediadesk.worker EVENT_FD``: one download worker process."""

import sys

from mediadesk.worker.process import main

raise SystemExit(main(sys.argv[1:]))
