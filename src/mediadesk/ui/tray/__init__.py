"""The tray icon (behind a small interface), its controller and the notifications it shows."""
