"""Allow ``python -m mediadesk``."""

from mediadesk.app import main

raise SystemExit(main())
