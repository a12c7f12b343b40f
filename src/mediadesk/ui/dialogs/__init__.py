"""Dialogs the window opens (settings)."""
