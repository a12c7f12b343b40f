"""yt-dlp updates: an overlay folder per version under the app data, health-checked before use."""
