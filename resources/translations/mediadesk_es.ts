<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add Links</source>
        <extracomment>Only while the job table has focus (keys that mean something else in a text field).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste links to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue every link on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause running downloads, or resume paused ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected downloads and delete their partial files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the failed or canceled downloads again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list; downloaded files are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove with &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list and delete the downloaded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download these next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder the file is saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the web address of the selected downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause every queued and running download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume every paused download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;New Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the playlist, channel or feed again and queue what is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder, speed, file names and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit MediaDesk; unfinished downloads continue next time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddBar</name>
    <message>
        <source>Save downloads in</source>
        <extracomment>Asks the user for a folder, starting at the given one; None when they cancel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste links to videos or audio — one or many, any separator</source>
        <extracomment>Why a paste was not taken, in plain words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too much text for the add bar ({length:,} characters; it takes up to {limit:,}). Nothing was added from it: paste the links in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: what to download from each link</source>
        <extracomment>text, preset, output folder Why a chosen folder cannot be used, in plain words. Why pasted text was not taken (too long), in plain words. text, output folder: look at the first link and choose what to download (Choose…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue every link in the field (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the first link and choose quality, audio, subtitles and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or many web addresses; Enter adds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue every address in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new downloads in:
{path}

Click to choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New downloads are saved in {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MediaDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job list was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk&apos;s job database was damaged and could not be read. It was moved to
{path}
and a new, empty job list was started. Downloaded files are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>{done} of %n done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchIntake</name>
    <message>
        <source>Nothing queued from “{name}”.</source>
        <extracomment>Shows the picker; the chosen entries, or None when the user cancels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items of “{name}” were ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking “{title}” for new items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is no longer a playlist at {url}; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for new items: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batches</name>
    <message>
        <source>This playlist has no videos that can be downloaded: it is empty, private, or no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n already downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n already in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <source>Waiting for disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fraction:.0%} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>The height limit must be a positive number of lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section time must be zero or more seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio only ({format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video format {format_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video up to {max_height}p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitles {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split by chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFormat</name>
    <message>
        <source>As offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n item(s) (the choice applies to all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {height}p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {max_height}p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lang} (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media lists no subtitles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also automatic captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to SRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed the thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed metadata (title, artist, date…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into one file per chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h:mm:ss, m:ss or seconds; empty: from the start / to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardOffer</name>
    <message>
        <source>Download</source>
        <extracomment>Set on every copy MediaDesk makes through :func:`copy_text`; such copies are not offered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download with MediaDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch Clipboard for Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to download media links copied in other programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Quit while downloading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n download(s) not finished yet. If you quit now, they continue from where they stopped the next time you start MediaDesk.

Quit MediaDesk? (No keeps the window open and the downloads running.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads continue in the background. Click the MediaDesk icon in the system tray to open the window again, or choose Quit from its menu to stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remove unfinished downloads?</source>
        <extracomment>Opens a file, folder or web page with the desktop&apos;s default application. Asks a yes/no question (parent, title, text); True means go ahead. Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar. A command changed job states: what is enabled should follow at once, not one flush later.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n download(s) not finished yet. Removing deletes what was downloaded so far. Finished files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n downloaded file(s) will be deleted from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished files will be deleted; partial downloads are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove and delete files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %n download(s) from the list? {detail}
This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer there: {file_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open {file_path}. Check which application your desktop uses for this kind of file, or use Show in Folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is no longer there: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could show {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is no longer there: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %n address(es).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delegate</name>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Select a download to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to this download, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n download(s) selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for {size} of free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next try in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be saved in {output_dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing kept: the partial file was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This download was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Gathering versions and paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not gather the report: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadAgain</name>
    <message>
        <source>It was saved as {path}</source>
        <extracomment>Asks what to do with addresses already downloaded (parent, their finished jobs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was downloaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n address(es) were downloaded before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Existing File(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>MediaDesk stopped during this download; continuing from the partial file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not fit on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting}; continues then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing the downloaded media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video was downloaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Waiting for disk space: {megabytes} MB free needed in {output_dir}. It continues by itself when there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is enough disk space again; continuing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureAction</name>
    <message>
        <source>Cookie Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update yt-dlp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Embedded Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureActions</name>
    <message>
        <source>Run this in a terminal: {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show {filter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only downloads whose title or address matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {filter}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every download in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading or processing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for their turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed; these can be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled by you; these can be retried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No download folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{folder}” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{folder}” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.mediadesk-probe-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk cannot write to “{folder}” ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatChooser</name>
    <message>
        <source>Nothing to choose for: the field holds no web address.</source>
        <extracomment>Probes one address: what it offers, or why it could not be read. Shows the chooser: (probe result, defaults, parent) -&gt; the choice, or None if canceled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look at {address}: {probed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatPreset</name>
    <message>
        <source>Best quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video up to 1080p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video up to 720p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and paths, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update yt-dlp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newest yt-dlp for new downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp {available} is available (MediaDesk uses {installed}). Help ▸ Update yt-dlp… installs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Added to the queue.</source>
        <extracomment>``duplicate_of`` is a finished download of the same address (add with ``again``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the list ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password in this address could not be kept safely: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTable</name>
    <message>
        <source>Downloads</source>
        <extracomment>The selected rows changed (or rows under them went away): ask for the jobs again. A model flush changed some selected jobs; carries the changed job ids.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per download: title, status, progress, size, speed, time left, added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste links into the field above, or drop them here from your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another filter or search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkIntake</name>
    <message>
        <source>Nothing to add from {source}: it holds no web address.</source>
        <extracomment>Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar. Selects jobs in the table and scrolls to them. Shows finished jobs&apos; files (their folders) on the desktop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded before; shown in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded before; not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %n download(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Queue Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show downloads in the order they will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %n download(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add from {source}: no web address found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: no web address found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added from {source}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %n more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePreview</name>
    <message>
        <source>the preview process ended with code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example available: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>cookies from the file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (profile {profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies from {browser}{profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown browser {name!r} for cookies. Use one of: {items} (optionally followed by :PROFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookies file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookies file {path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookies file {path} cannot be read (permission denied). Fix its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a proxy address: {redact_url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy address starts with http://, https:// or socks5:// (for example socks5://127.0.0.1:1080), not {redact_url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address {redact_url} has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address {redact_url} needs a port, e.g. {scheme}://host:8080</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies from a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies from a cookies.txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites that want a signed-in visitor (or a bot check) accept the cookies of a browser where you are signed in. MediaDesk reads them when a download starts and never stores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (optional; default: the last used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies.txt (Netscape format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy — e.g. socks5://user@127.0.0.1:1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://, https:// or socks5:// address with a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password (if it needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in a private file in MediaDesk&apos;s data folder, never in the job database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cookies.txt file, or another cookie source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy has a password but no user name: write it as scheme://USER@host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Download finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n download(s) finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n download(s) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %n more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Persistence</name>
    <message>
        <source>nothing was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every job was written again (their logs could not be recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the job list ({parent}) was deleted while MediaDesk was running. The job list was saved again as {path}; {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistPicker</name>
    <message>
        <source>“{part}” is not a number or a range such as 1-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{part}” is outside 1-{maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type item numbers or ranges, for example 1-3,7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose items: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items, e.g. 1-3,7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n already downloaded (unticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n item(s) ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %n item(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeService</name>
    <message>
        <source>It could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address could not be checked (exit code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Paused. This server cannot resume: resuming starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; partial files deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retried: the same address is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the queue (fewer downloads at once); continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The download could not run: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download process ended unexpectedly (exit code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>It is no longer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format chosen for this download cannot be read ({exc}). Remove it and add the address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (attempt {attempt}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in this playlist ({summary}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: the last bytes arrived before the stop took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} Saved as {file_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Retrying in {delay:.0f} s (attempt {attempt} of {max_attempts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} Gave up after {attempts} attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for this address cannot be used: {why} Remove the download and add the address again with its password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Scheduled: downloads run {text}</source>
        <extracomment>A timer never sleeps longer than this: a suspended laptop or a clock change is noticed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download only during these hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside these hours downloads wait as scheduled; running ones stop and continue from where they were when the hours begin again. An end before the start runs over midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another speed limit during these hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When everything is done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleUi</name>
    <message>
        <source>S&amp;chedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When downloads run, at what speed, and what happens after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many downloads run at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections each download may open to the server, for servers that limit the speed of every connection; 1 downloads like the yt-dlp command line. Used only when the server allows partial requests; streams (HLS/DASH) are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum speed of each download; 0 means unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum speed of all downloads together, shared among them; the tray&apos;s Limit Speed switches it on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a download is tried before it is marked as failed (only for network trouble; a missing video fails at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use fields such as {fields} or &lt;nobr&gt;%(id)s&lt;/nobr&gt;; the extension is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished downloads older than this leave the list at the next start. Their files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when downloads finish or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start MediaDesk when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask which items to download for playlists sent from the browser or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every item not downloaded yet is queued. Playlists added from the link field always ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts hidden in the system tray (or minimized) and continues unfinished downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections per download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit per download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit overall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished from list after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the next time MediaDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the proxy password: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsOpener</name>
    <message>
        <source>Could not add MediaDesk to the programs started at login: {exc}</source>
        <extracomment>Adds (True) or removes (False) the start-at-login entry; raises OSError on failure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove MediaDesk from the programs started at login: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateFilter</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>%n downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>the disk holding {folder} is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding {folder} reports an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the job list: {what}. Downloads continue; new ones wait until it can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%n downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Links from &amp;Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue every link on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit Speed ({rate} kB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the overall speed limit on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an overall speed limit in Settings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update yt-dlp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a newer yt-dlp once a &amp;week (never installs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking a worker and the package index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing and checking yt-dlp {available}… (this can take a minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp {available} is available. Update installs it for new downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk uses the newest yt-dlp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not working ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Urls</name>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is longer than {MAX_URL_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid web address ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address (it should start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be downloaded, not {scheme}: addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has an invalid port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{host}” is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web address found in this text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
