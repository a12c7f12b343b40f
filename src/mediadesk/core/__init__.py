"""Pure values shared by the app and the worker process: no Qt, no yt-dlp."""
