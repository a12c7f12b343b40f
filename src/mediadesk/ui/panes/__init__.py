"""The window's panes around the job table: add bar, message strip, filter bar, details."""
