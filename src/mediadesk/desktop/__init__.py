"""Desktop integration: single instance, unix signals, autostart, launcher."""
