"""Keeping yt-dlp working: diagnostics of what is installed, and updates into an overlay
folder per version under the app data, health-checked in a worker before use."""
