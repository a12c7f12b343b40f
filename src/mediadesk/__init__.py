"""MediaDesk: a desktop download manager for video and audio built on yt-dlp and Qt."""

__version__ = "0.1.0"
