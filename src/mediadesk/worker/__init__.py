"""The download worker process: everything that imports yt-dlp lives here."""
