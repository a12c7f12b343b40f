"""The job table: model (rows from engine signals), proxy (filter, sort), view, progress
delegate, and the table part that wires them with selection and header state."""
