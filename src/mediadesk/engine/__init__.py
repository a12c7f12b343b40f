"""App process, QtCore only: the engine (the only writer to the store) and the runner that
supervises one worker process per download."""
