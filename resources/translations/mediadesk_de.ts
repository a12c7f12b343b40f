<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Add Links</source>
            <extracomment>Only while the job table has focus (keys that mean something else in a text field).</extracomment>
            <translation>&amp;Links hinzufügen</translation>
        </message>
        <message>
            <source>Type or paste links to download</source>
            <translation>Links zum Herunterladen eingeben oder einfügen</translation>
        </message>
        <message>
            <source>&amp;Paste Links</source>
            <translation>Links ein&amp;fügen</translation>
        </message>
        <message>
            <source>Queue every link on the clipboard</source>
            <translation>Alle Links aus der Zwischenablage einreihen</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Resume the selected downloads</source>
            <translation>Die ausgewählten Downloads fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausieren</translation>
        </message>
        <message>
            <source>Pause the selected downloads</source>
            <translation>Die ausgewählten Downloads pausieren</translation>
        </message>
        <message>
            <source>Pause or Resume</source>
            <translation>Pausieren oder fortsetzen</translation>
        </message>
        <message>
            <source>Pause running downloads, or resume paused ones</source>
            <translation>Laufende Downloads pausieren oder pausierte fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>A&amp;bbrechen</translation>
        </message>
        <message>
            <source>Stop the selected downloads and delete their partial files</source>
            <translation>Die ausgewählten Downloads stoppen und ihre unvollständigen Dateien löschen</translation>
        </message>
        <message>
            <source>Re&amp;try</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Try the failed or canceled downloads again</source>
            <translation>Die fehlgeschlagenen oder abgebrochenen Downloads erneut versuchen</translation>
        </message>
        <message>
            <source>Re&amp;move from List</source>
            <translation>Aus der Liste ent&amp;fernen</translation>
        </message>
        <message>
            <source>Remove from the list; downloaded files are kept</source>
            <translation>Aus der Liste entfernen; heruntergeladene Dateien bleiben erhalten</translation>
        </message>
        <message>
            <source>Remove with &amp;Files…</source>
            <translation>Mit &amp;Dateien entfernen…</translation>
        </message>
        <message>
            <source>Remove from the list and delete the downloaded files</source>
            <translation>Aus der Liste entfernen und die heruntergeladenen Dateien löschen</translation>
        </message>
        <message>
            <source>Move to &amp;Top</source>
            <translation>Ganz nach &amp;oben</translation>
        </message>
        <message>
            <source>Download these next</source>
            <translation>Diese als Nächstes herunterladen</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Nach o&amp;ben</translation>
        </message>
        <message>
            <source>Move up in the queue</source>
            <translation>In der Warteschlange nach oben</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Move down in the queue</source>
            <translation>In der Warteschlange nach unten</translation>
        </message>
        <message>
            <source>&amp;Open File</source>
            <translation>Datei ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the downloaded file</source>
            <translation>Die heruntergeladene Datei öffnen</translation>
        </message>
        <message>
            <source>Open &amp;Folder</source>
            <translation>&amp;Ordner öffnen</translation>
        </message>
        <message>
            <source>Show the folder the file is saved in</source>
            <translation>Den Ordner zeigen, in dem die Datei gespeichert ist</translation>
        </message>
        <message>
            <source>&amp;Copy Address</source>
            <translation>Adresse &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the web address of the selected downloads</source>
            <translation>Die Webadresse der ausgewählten Downloads kopieren</translation>
        </message>
        <message>
            <source>Pause &amp;All</source>
            <translation>&amp;Alle pausieren</translation>
        </message>
        <message>
            <source>Pause every queued and running download</source>
            <translation>Alle wartenden und laufenden Downloads pausieren</translation>
        </message>
        <message>
            <source>Resume A&amp;ll</source>
            <translation>Alle fortse&amp;tzen</translation>
        </message>
        <message>
            <source>Resume every paused download</source>
            <translation>Alle pausierten Downloads fortsetzen</translation>
        </message>
        <message>
            <source>Check for &amp;New Items</source>
            <translation>Nach &amp;neuen Einträgen suchen</translation>
        </message>
        <message>
            <source>Look at the playlist, channel or feed again and queue what is new</source>
            <translation>Playlist, Kanal oder Feed erneut ansehen und Neues einreihen</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Download folder, speed, file names and more</source>
            <translation>Download-Ordner, Geschwindigkeit, Dateinamen und mehr</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Quit MediaDesk; unfinished downloads continue next time</source>
            <translation>MediaDesk beenden; unfertige Downloads laufen beim nächsten Start weiter</translation>
        </message>
    </context>
    <context>
        <name>AddBar</name>
        <message>
            <source>Save downloads in</source>
            <extracomment>Asks the user for a folder, starting at the given one; None when they cancel.</extracomment>
            <translation>Downloads speichern in</translation>
        </message>
        <message>
            <source>Paste links to videos or audio — one or many, any separator</source>
            <extracomment>Why a paste was not taken, in plain words.</extracomment>
            <translation>Links zu Videos oder Audio einfügen – einer oder viele, beliebig getrennt</translation>
        </message>
        <message>
            <source>That is too much text for the add bar ({length:,} characters; it takes up to {limit:,}). Nothing was added from it: paste the links in parts.</source>
            <translation>Das ist zu viel Text für die Eingabezeile ({length:,} Zeichen; sie fasst höchstens {limit:,}). Daraus wurde nichts hinzugefügt: Füge die Links in Teilen ein.</translation>
        </message>
        <message>
            <source>Format: what to download from each link</source>
            <extracomment>text, preset, output folder Why a chosen folder cannot be used, in plain words. Why pasted text was not taken (too long), in plain words. text, output folder: look at the first link and choose what to download (Choose…)</extracomment>
            <translation>Format: was von jedem Link heruntergeladen wird</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Queue every link in the field (Enter)</source>
            <translation>Alle Links im Feld einreihen (Eingabetaste)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Look at the first link and choose quality, audio, subtitles and more</source>
            <translation>Den ersten Link ansehen und Qualität, Audio, Untertitel und mehr wählen</translation>
        </message>
        <message>
            <source>Addresses to download</source>
            <translation>Herunterzuladende Adressen</translation>
        </message>
        <message>
            <source>One or many web addresses; Enter adds them</source>
            <translation>Eine oder viele Webadressen; die Eingabetaste fügt sie hinzu</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Queue every address in the field</source>
            <translation>Alle Adressen im Feld einreihen</translation>
        </message>
        <message>
            <source>Save new downloads in:
{path}

Click to choose a folder</source>
            <translation>Neue Downloads speichern in:
{path}

Klicken, um einen Ordner zu wählen</translation>
        </message>
        <message>
            <source>Download folder: {name}</source>
            <translation>Download-Ordner: {name}</translation>
        </message>
        <message>
            <source>New downloads are saved in {path}</source>
            <translation>Neue Downloads werden in {path} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>MediaDesk cannot start</source>
            <translation>MediaDesk kann nicht starten</translation>
        </message>
        <message>
            <source>Job list was damaged</source>
            <translation>Die Download-Liste war beschädigt</translation>
        </message>
        <message>
            <source>MediaDesk's job database was damaged and could not be read. It was moved to
{path}
and a new, empty job list was started. Downloaded files are not affected.</source>
            <translation>Die Datenbank mit MediaDesks Downloads war beschädigt und nicht lesbar. Sie wurde verschoben nach
{path}
und eine neue, leere Liste wurde angelegt. Heruntergeladene Dateien sind nicht betroffen.</translation>
        </message>
    </context>
    <context>
        <name>Batch</name>
        <message numerus="yes">
            <source>{done} of %n done</source>
            <translation>
                <numerusform>{done} von %n fertig</numerusform>
                <numerusform>{done} von %n fertig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n running</source>
            <translation>
                <numerusform>%n läuft</numerusform>
                <numerusform>%n laufen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchIntake</name>
        <message>
            <source>Nothing queued from “{name}”.</source>
            <extracomment>Shows the picker; the chosen entries, or None when the user cancels.</extracomment>
            <translation>Nichts aus „{name}“ eingereiht.</translation>
        </message>
        <message>
            <source>No items of “{name}” were ticked.</source>
            <translation>Keine Einträge von „{name}“ wurden angehakt.</translation>
        </message>
        <message>
            <source>“{name}”: {summary}.</source>
            <translation>„{name}“: {summary}.</translation>
        </message>
        <message>
            <source>Checking “{title}” for new items…</source>
            <translation>„{title}“ wird auf neue Einträge geprüft…</translation>
        </message>
        <message>
            <source>“{title}” is no longer a playlist at {url}; nothing was added.</source>
            <translation>„{title}“ ist unter {url} keine Playlist mehr; nichts wurde hinzugefügt.</translation>
        </message>
        <message>
            <source>“{title}”: {summary}.</source>
            <translation>„{title}“: {summary}.</translation>
        </message>
        <message>
            <source>Could not check for new items: {message}</source>
            <translation>Konnte nicht nach neuen Einträgen suchen: {message}</translation>
        </message>
    </context>
    <context>
        <name>Batches</name>
        <message>
            <source>This playlist has no videos that can be downloaded: it is empty, private, or no longer available.</source>
            <translation>Diese Playlist enthält keine herunterladbaren Videos: Sie ist leer, privat oder nicht mehr verfügbar.</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n neu</numerusform>
                <numerusform>%n neu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already downloaded</source>
            <translation>
                <numerusform>%n bereits heruntergeladen</numerusform>
                <numerusform>%n bereits heruntergeladen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the list</source>
            <translation>
                <numerusform>%n bereits in der Liste</numerusform>
                <numerusform>%n bereits in der Liste</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cells</name>
        <message>
            <source>Waiting for disk space</source>
            <translation>Wartet auf Speicherplatz</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Wartet auf neuen Versuch</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Stockt</translation>
        </message>
        <message>
            <source>{fraction:.0%} done</source>
            <translation>{fraction:.0%} fertig</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>noch {duration}</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved in {folder}</source>
            <translation>Gespeichert in {folder}</translation>
        </message>
    </context>
    <context>
        <name>Choice</name>
        <message>
            <source>The height limit must be a positive number of lines.</source>
            <translation>Die Höhenbegrenzung muss eine positive Zeilenzahl sein.</translation>
        </message>
        <message>
            <source>A section time must be zero or more seconds.</source>
            <translation>Eine Abschnittszeit muss null oder mehr Sekunden sein.</translation>
        </message>
        <message>
            <source>The section must end after it starts.</source>
            <translation>Der Abschnitt muss nach seinem Anfang enden.</translation>
        </message>
        <message>
            <source>Audio only ({format})</source>
            <translation>Nur Audio ({format})</translation>
        </message>
        <message>
            <source>Video format {format_id}</source>
            <translation>Videoformat {format_id}</translation>
        </message>
        <message>
            <source>Video up to {max_height}p</source>
            <translation>Video bis {max_height}p</translation>
        </message>
        <message>
            <source>Best video</source>
            <translation>Bestes Video</translation>
        </message>
        <message>
            <source>embedded</source>
            <translation>eingebettet</translation>
        </message>
        <message>
            <source>beside the file</source>
            <translation>neben der Datei</translation>
        </message>
        <message>
            <source> + automatic</source>
            <translation> + automatisch</translation>
        </message>
        <message>
            <source>subtitles {languages}</source>
            <translation>Untertitel {languages}</translation>
        </message>
        <message>
            <source>thumbnail</source>
            <translation>Vorschaubild</translation>
        </message>
        <message>
            <source>metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>chapters</source>
            <translation>Kapitel</translation>
        </message>
        <message>
            <source>embed {items}</source>
            <translation>{items} einbetten</translation>
        </message>
        <message>
            <source>split by chapters</source>
            <translation>nach Kapiteln geteilt</translation>
        </message>
        <message>
            <source>section {start}–{end}</source>
            <translation>Abschnitt {start}–{end}</translation>
        </message>
    </context>
    <context>
        <name>ChooseFormat</name>
        <message>
            <source>As offered</source>
            <translation>Wie angeboten</translation>
        </message>
        <message>
            <source>Choose what to download</source>
            <translation>Wählen, was heruntergeladen wird</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) (the choice applies to all)</source>
            <translation>
                <numerusform>%n Eintrag (die Wahl gilt für alle)</numerusform>
                <numerusform>%n Einträge (die Wahl gilt für alle)</numerusform>
            </translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Audio only</source>
            <translation>Nur Audio</translation>
        </message>
        <message>
            <source>Best offered</source>
            <translation>Das beste Angebot</translation>
        </message>
        <message>
            <source>Up to {height}p</source>
            <translation>Bis {height}p</translation>
        </message>
        <message>
            <source>Up to {max_height}p</source>
            <translation>Bis {max_height}p</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Quality:</source>
            <translation>Qualität:</translation>
        </message>
        <message>
            <source>Container:</source>
            <translation>Container:</translation>
        </message>
        <message>
            <source>Audio format:</source>
            <translation>Audioformat:</translation>
        </message>
        <message>
            <source>Subtitles</source>
            <translation>Untertitel</translation>
        </message>
        <message>
            <source>{lang} (automatic)</source>
            <translation>{lang} (automatisch)</translation>
        </message>
        <message>
            <source>This media lists no subtitles.</source>
            <translation>Für dieses Medium gibt es keine Untertitel.</translation>
        </message>
        <message>
            <source>Also automatic captions</source>
            <translation>Auch automatische Untertitel</translation>
        </message>
        <message>
            <source>Embedded in the video</source>
            <translation>In das Video eingebettet</translation>
        </message>
        <message>
            <source>Saved beside the file</source>
            <translation>Neben der Datei gespeichert</translation>
        </message>
        <message>
            <source>Convert to SRT</source>
            <translation>In SRT umwandeln</translation>
        </message>
        <message>
            <source>Extras</source>
            <translation>Extras</translation>
        </message>
        <message>
            <source>Embed the thumbnail</source>
            <translation>Vorschaubild einbetten</translation>
        </message>
        <message>
            <source>Embed metadata (title, artist, date…)</source>
            <translation>Metadaten einbetten (Titel, Interpret, Datum…)</translation>
        </message>
        <message>
            <source>Embed chapters</source>
            <translation>Kapitel einbetten</translation>
        </message>
        <message>
            <source>Split into one file per chapter</source>
            <translation>In eine Datei pro Kapitel teilen</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Anfang</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>h:mm:ss, m:ss or seconds; empty: from the start / to the end</source>
            <translation>h:mm:ss, m:ss oder Sekunden; leer: vom Anfang / bis zum Ende</translation>
        </message>
        <message>
            <source>Only a section:</source>
            <translation>Nur ein Abschnitt:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>Classify</name>
        <message>
            <source>No downloadable video or audio was found at this address (the site is not supported, or the page has no media).</source>
            <translation>Unter dieser Adresse wurde kein herunterladbares Video oder Audio gefunden (die Website wird nicht unterstützt oder die Seite enthält keine Medien).</translation>
        </message>
        <message>
            <source>The disk is full.</source>
            <translation>Die Festplatte ist voll.</translation>
        </message>
        <message>
            <source>MediaDesk cannot write to the download folder. Choose another folder in Settings (or fix its permissions), then press Retry.</source>
            <translation>MediaDesk kann nicht in den Download-Ordner schreiben. Wähle in den Einstellungen einen anderen Ordner (oder korrigiere seine Berechtigungen) und klicke dann auf „Wiederholen“.</translation>
        </message>
        <message>
            <source>The server keeps redirecting this address (a redirect loop, or more redirects than any site needs), so it never reaches a file.</source>
            <translation>Der Server leitet diese Adresse immer weiter um (eine Umleitungsschleife oder mehr Umleitungen, als eine Website braucht), sodass sie nie bei einer Datei ankommt.</translation>
        </message>
        <message>
            <source>The server redirected to a {scheme}: address ({address}). MediaDesk only follows web (http/https) addresses, so nothing was downloaded.</source>
            <translation>Der Server leitete zu einer {scheme}:-Adresse um ({address}). MediaDesk folgt nur Webadressen (http/https), daher wurde nichts heruntergeladen.</translation>
        </message>
        <message>
            <source>The server closed the connection after {done:,} of {expected:,} bytes; the download continues from there.</source>
            <translation>Der Server beendete die Verbindung nach {done:,} von {expected:,} Bytes; der Download geht dort weiter.</translation>
        </message>
        <message>
            <source>The server sent an empty file (0 bytes): there is nothing to download at this address. Check the address, or try again later if the site is being updated.</source>
            <translation>Der Server schickte eine leere Datei (0 Bytes): Unter dieser Adresse gibt es nichts herunterzuladen. Prüfe die Adresse oder versuche es später erneut, falls die Website gerade aktualisiert wird.</translation>
        </message>
        <message>
            <source>The download folder {folder} was deleted or moved during the download. Create it again or choose another folder in Settings, then press Retry.</source>
            <translation>Der Download-Ordner {folder} wurde während des Downloads gelöscht oder verschoben. Lege ihn neu an oder wähle in den Einstellungen einen anderen Ordner und klicke dann auf „Wiederholen“.</translation>
        </message>
        <message>
            <source>The chosen format is not offered for this media. Try another format preset.</source>
            <translation>Das gewählte Format wird für dieses Medium nicht angeboten. Versuche eine andere Formatvorgabe.</translation>
        </message>
        <message>
            <source>The download failed.</source>
            <translation>Der Download ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The server stopped sending data (no answer for {socket_timeout:g} s).</source>
            <translation>Der Server sendet keine Daten mehr (keine Antwort seit {socket_timeout:g} s).</translation>
        </message>
        <message>
            <source>The connection to the server was lost or refused.</source>
            <translation>Die Verbindung zum Server wurde unterbrochen oder abgelehnt.</translation>
        </message>
        <message>
            <source>The server says too many requests (HTTP 429); MediaDesk will wait and retry.</source>
            <translation>Der Server meldet zu viele Anfragen (HTTP 429); MediaDesk wartet und versucht es erneut.</translation>
        </message>
        <message>
            <source>The server had a temporary problem (HTTP {status}).</source>
            <translation>Der Server hatte ein vorübergehendes Problem (HTTP {status}).</translation>
        </message>
        <message>
            <source>The server asks for a login to get this file (HTTP 401).</source>
            <translation>Der Server verlangt für diese Datei eine Anmeldung (HTTP 401).</translation>
        </message>
        <message>
            <source>The server refused access to this file (HTTP 403).</source>
            <translation>Der Server verweigerte den Zugriff auf diese Datei (HTTP 403).</translation>
        </message>
        <message>
            <source>The server says this file does not exist (HTTP 404). Check the address.</source>
            <translation>Laut Server gibt es diese Datei nicht (HTTP 404). Prüfe die Adresse.</translation>
        </message>
        <message>
            <source>The file has been removed from the server (HTTP 410).</source>
            <translation>Die Datei wurde vom Server entfernt (HTTP 410).</translation>
        </message>
        <message>
            <source>The server refused the request (HTTP {status}).</source>
            <translation>Der Server lehnte die Anfrage ab (HTTP {status}).</translation>
        </message>
    </context>
    <context>
        <name>ClipboardOffer</name>
        <message>
            <source>Download</source>
            <extracomment>Set on every copy MediaDesk makes through :func:`copy_text`; such copies are not offered.</extracomment>
            <translation>Herunterladen</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Download with MediaDesk?</source>
            <translation>Mit MediaDesk herunterladen?</translation>
        </message>
        <message>
            <source>&amp;Watch Clipboard for Links</source>
            <translation>&amp;Zwischenablage auf Links überwachen</translation>
        </message>
        <message>
            <source>Offer to download media links copied in other programs</source>
            <translation>Anbieten, in anderen Programmen kopierte Medienlinks herunterzuladen</translation>
        </message>
    </context>
    <context>
        <name>ClosePolicy</name>
        <message>
            <source>Quit while downloading?</source>
            <translation>Während laufender Downloads beenden?</translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) not finished yet. If you quit now, they continue from where they stopped the next time you start MediaDesk.

Quit MediaDesk? (No keeps the window open and the downloads running.)</source>
            <translation>
                <numerusform>%n Download ist noch nicht fertig. Wenn du jetzt beendest, geht er beim nächsten Start von MediaDesk dort weiter, wo er aufgehört hat.

MediaDesk beenden? („Nein“ lässt das Fenster offen und die Downloads laufen weiter.)</numerusform>
                <numerusform>%n Downloads sind noch nicht fertig. Wenn du jetzt beendest, gehen sie beim nächsten Start von MediaDesk dort weiter, wo sie aufgehört haben.

MediaDesk beenden? („Nein“ lässt das Fenster offen und die Downloads laufen weiter.)</numerusform>
            </translation>
        </message>
        <message>
            <source>MediaDesk is still running</source>
            <translation>MediaDesk läuft weiter</translation>
        </message>
        <message>
            <source>Downloads continue in the background. Click the MediaDesk icon in the system tray to open the window again, or choose Quit from its menu to stop.</source>
            <translation>Downloads laufen im Hintergrund weiter. Klicke auf das MediaDesk-Symbol im Systembereich, um das Fenster wieder zu öffnen, oder wähle dort „Beenden“, um aufzuhören.</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Remove unfinished downloads?</source>
            <extracomment>Opens a file, folder or web page with the desktop's default application. Asks a yes/no question (parent, title, text); True means go ahead. Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar. A command changed job states: what is enabled should follow at once, not one flush later.</extracomment>
            <translation>Unfertige Downloads entfernen?</translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) not finished yet. Removing deletes what was downloaded so far. Finished files are kept.</source>
            <translation>
                <numerusform>%n Download ist noch nicht fertig. Entfernen löscht, was bisher heruntergeladen wurde. Fertige Dateien bleiben erhalten.</numerusform>
                <numerusform>%n Downloads sind noch nicht fertig. Entfernen löscht, was bisher heruntergeladen wurde. Fertige Dateien bleiben erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n downloaded file(s) will be deleted from the disk.</source>
            <translation>
                <numerusform>%n heruntergeladene Datei wird von der Festplatte gelöscht.</numerusform>
                <numerusform>%n heruntergeladene Dateien werden von der Festplatte gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>No finished files will be deleted; partial downloads are.</source>
            <translation>Es werden keine fertigen Dateien gelöscht, nur unvollständige Downloads.</translation>
        </message>
        <message>
            <source>Remove and delete files?</source>
            <translation>Entfernen und Dateien löschen?</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n download(s) from the list? {detail}
This cannot be undone.</source>
            <translation>
                <numerusform>%n Download aus der Liste entfernen? {detail}
Das kann nicht rückgängig gemacht werden.</numerusform>
                <numerusform>%n Downloads aus der Liste entfernen? {detail}
Das kann nicht rückgängig gemacht werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file is no longer there: {file_path}</source>
            <translation>Die Datei ist nicht mehr vorhanden: {file_path}</translation>
        </message>
        <message>
            <source>No application could open {file_path}. Check which application your desktop uses for this kind of file, or use Show in Folder.</source>
            <translation>Kein Programm konnte {file_path} öffnen. Prüfe, welches Programm deine Arbeitsumgebung für diese Dateiart verwendet, oder nutze „Ordner öffnen“.</translation>
        </message>
        <message>
            <source>The folder is no longer there: {items}</source>
            <translation>Der Ordner ist nicht mehr vorhanden: {items}</translation>
        </message>
        <message>
            <source>No file manager could show {items}.</source>
            <translation>Kein Dateimanager konnte {items} anzeigen.</translation>
        </message>
        <message>
            <source>The folder is no longer there: {folder}</source>
            <translation>Der Ordner ist nicht mehr vorhanden: {folder}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n address(es).</source>
            <translation>
                <numerusform>%n Adresse kopiert.</numerusform>
                <numerusform>%n Adressen kopiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DamagedCheck</name>
        <message>
            <source>The job list could not be checked for damaged rows: {problem}</source>
            <extracomment>The damaged rows (each with ``describe()``) and how many of them name each valid state.</extracomment>
            <translation>Die Auftragsliste konnte nicht auf beschädigte Zeilen geprüft werden: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Delegate</name>
        <message>
            <source>Processing</source>
            <translation>Verarbeitung</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>Select a download to see its details.</source>
            <translation>Wähle einen Download, um seine Details zu sehen.</translation>
        </message>
        <message>
            <source>Download details</source>
            <translation>Download-Details</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Thumbnail</source>
            <translation>Vorschaubild</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Try this download again</source>
            <translation>Diesen Download erneut versuchen</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Versuche:</translation>
        </message>
        <message>
            <source>Times:</source>
            <translation>Zeiten:</translation>
        </message>
        <message>
            <source>Media:</source>
            <translation>Medium:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Hinweis:</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>What happened to this download, oldest first</source>
            <translation>Was mit diesem Download geschah, älteste Einträge zuerst</translation>
        </message>
        <message>
            <source>Nothing logged yet.</source>
            <translation>Noch nichts protokolliert.</translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) selected.</source>
            <translation>
                <numerusform>%n Download ausgewählt.</numerusform>
                <numerusform>%n Downloads ausgewählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>noch {duration}</translation>
        </message>
        <message>
            <source>waiting for {size} of free disk space</source>
            <translation>wartet auf {size} freien Speicherplatz</translation>
        </message>
        <message>
            <source>next try in {duration}</source>
            <translation>nächster Versuch in {duration}</translation>
        </message>
        <message>
            <source>Will be saved in {output_dir}</source>
            <translation>Wird in {output_dir} gespeichert</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Noch nicht bekannt</translation>
        </message>
        <message>
            <source>Nothing kept: the partial file was deleted</source>
            <translation>Nichts behalten: Die unvollständige Datei wurde gelöscht</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Noch nicht gestartet</translation>
        </message>
        <message>
            <source>added {time}</source>
            <translation>hinzugefügt {time}</translation>
        </message>
        <message>
            <source>started {time}</source>
            <translation>gestartet {time}</translation>
        </message>
        <message>
            <source>ended {time}</source>
            <translation>beendet {time}</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>This download was canceled.</source>
            <translation>Dieser Download wurde abgebrochen.</translation>
        </message>
        <message>
            <source>by {uploader}</source>
            <translation>von {uploader}</translation>
        </message>
        <message>
            <source>Cannot be read: {exc}</source>
            <translation>Nicht lesbar: {exc}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Gathering versions and paths…</source>
            <translation>Versionen und Pfade werden gesammelt…</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Could not gather the report: {error}</source>
            <translation>Der Bericht konnte nicht erstellt werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadAgain</name>
        <message>
            <source>It was saved as {path}</source>
            <extracomment>Asks what to do with addresses already downloaded (parent, their finished jobs).</extracomment>
            <translation>Gespeichert als {path}</translation>
        </message>
        <message>
            <source>“{name}” was downloaded before.</source>
            <translation>„{name}“ wurde schon einmal heruntergeladen.</translation>
        </message>
        <message>
            <source>Download again?</source>
            <translation>Erneut herunterladen?</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more</source>
            <translation>
                <numerusform>…und %n weiterer</numerusform>
                <numerusform>…und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address(es) were downloaded before:</source>
            <translation>
                <numerusform>%n Adresse wurde schon einmal heruntergeladen:</numerusform>
                <numerusform>%n Adressen wurden schon einmal heruntergeladen:</numerusform>
            </translation>
        </message>
        <message>
            <source>Download &amp;Again</source>
            <translation>&amp;Erneut herunterladen</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Show Existing File(s)</source>
            <translation>
                <numerusform>Vorhandene Datei &amp;zeigen</numerusform>
                <numerusform>Vorhandene Dateien &amp;zeigen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DownloadJob</name>
        <message>
            <source>{problem} Choose another download folder in Settings, then press Retry.</source>
            <translation>{problem} Wähle in den Einstellungen einen anderen Download-Ordner und klicke dann auf „Wiederholen“.</translation>
        </message>
        <message>
            <source>The download had already finished before MediaDesk stopped; nothing was fetched again.</source>
            <translation>Der Download war schon fertig, bevor MediaDesk beendet wurde; nichts wurde erneut geladen.</translation>
        </message>
        <message>
            <source>Format: {format}.</source>
            <translation>Format: {format}.</translation>
        </message>
        <message>
            <source>This page has no video of its own: it shows a player from another page, {embed}. Add that address instead.</source>
            <translation>Diese Seite hat kein eigenes Video: Sie zeigt einen Player von einer anderen Seite, {embed}. Füge stattdessen diese Adresse hinzu.</translation>
        </message>
        <message>
            <source>The video came without audio and ffmpeg was not found to merge the separate audio.</source>
            <translation>Das Video kam ohne Ton, und ffmpeg wurde nicht gefunden, um den separaten Ton einzufügen.</translation>
        </message>
        <message>
            <source>The video came without audio: fetching audio {audio_id}.</source>
            <translation>Das Video kam ohne Ton: Ton {audio_id} wird geladen.</translation>
        </message>
        <message>
            <source>The separate audio could not be fetched.</source>
            <translation>Der separate Ton konnte nicht geladen werden.</translation>
        </message>
        <message>
            <source>The separate audio could not be merged: {problem}</source>
            <translation>Der separate Ton konnte nicht eingefügt werden: {problem}</translation>
        </message>
        <message>
            <source>Merged the separate audio into the video.</source>
            <translation>Der separate Ton wurde in das Video eingefügt.</translation>
        </message>
        <message>
            <source>The partial file was already complete.</source>
            <translation>Die unvollständige Datei war bereits vollständig.</translation>
        </message>
        <message>
            <source>This server cannot resume: the download restarts from zero (the partial file is discarded).</source>
            <translation>Dieser Server kann nicht fortsetzen: Der Download beginnt von vorn (die unvollständige Datei wird verworfen).</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>MediaDesk stopped during this download; continuing from the partial file.</source>
            <translation>MediaDesk wurde während dieses Downloads beendet; es geht mit der unvollständigen Datei weiter.</translation>
        </message>
        <message>
            <source>It does not fit on the disk.</source>
            <translation>Sie passt nicht auf die Festplatte.</translation>
        </message>
        <message>
            <source>{waiting}; continues then.</source>
            <translation>{waiting}; geht dann weiter.</translation>
        </message>
        <message>
            <source>Processing the downloaded media.</source>
            <translation>Die heruntergeladenen Medien werden verarbeitet.</translation>
        </message>
        <message>
            <source>This video was downloaded before.</source>
            <translation>Dieses Video wurde schon einmal heruntergeladen.</translation>
        </message>
        <message>
            <source>{why} Waiting for disk space: {megabytes} MB free needed in {output_dir}. It continues by itself when there is room.</source>
            <translation>{why} Wartet auf Speicherplatz: {megabytes} MB frei in {output_dir} nötig. Es geht von selbst weiter, sobald Platz ist.</translation>
        </message>
        <message>
            <source>There is enough disk space again; continuing.</source>
            <translation>Wieder genug Speicherplatz; es geht weiter.</translation>
        </message>
    </context>
    <context>
        <name>FailureAction</name>
        <message>
            <source>Cookie Settings…</source>
            <translation>Cookie-Einstellungen…</translation>
        </message>
        <message>
            <source>Update yt-dlp…</source>
            <translation>yt-dlp aktualisieren…</translation>
        </message>
        <message>
            <source>Diagnostics…</source>
            <translation>Diagnose…</translation>
        </message>
        <message>
            <source>Add Embedded Address</source>
            <translation>Eingebettete Adresse hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>FailureActions</name>
        <message>
            <source>Run this in a terminal: {command}</source>
            <translation>Führe dies in einem Terminal aus: {command}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Show {filter}</source>
            <translation>{filter} anzeigen</translation>
        </message>
        <message>
            <source>Search titles and addresses</source>
            <translation>Titel und Adressen durchsuchen</translation>
        </message>
        <message>
            <source>Search downloads</source>
            <translation>Downloads durchsuchen</translation>
        </message>
        <message>
            <source>Shows only downloads whose title or address matches</source>
            <translation>Zeigt nur Downloads, deren Titel oder Adresse passt</translation>
        </message>
        <message>
            <source>Show {filter}: {count}</source>
            <translation>{filter} anzeigen: {count}</translation>
        </message>
        <message>
            <source>Every download in the list</source>
            <translation>Alle Downloads der Liste</translation>
        </message>
        <message>
            <source>Downloading or processing now</source>
            <translation>Werden gerade heruntergeladen oder verarbeitet</translation>
        </message>
        <message>
            <source>Waiting for their turn</source>
            <translation>Warten, bis sie an der Reihe sind</translation>
        </message>
        <message>
            <source>Paused by you</source>
            <translation>Von dir pausiert</translation>
        </message>
        <message>
            <source>Downloaded successfully</source>
            <translation>Erfolgreich heruntergeladen</translation>
        </message>
        <message>
            <source>Failed; these can be retried</source>
            <translation>Fehlgeschlagen; diese können wiederholt werden</translation>
        </message>
        <message>
            <source>Canceled by you; these can be retried</source>
            <translation>Von dir abgebrochen; diese können wiederholt werden</translation>
        </message>
    </context>
    <context>
        <name>Folders</name>
        <message>
            <source>No download folder is set.</source>
            <translation>Es ist kein Download-Ordner festgelegt.</translation>
        </message>
        <message>
            <source>“{folder}” is a file, not a folder.</source>
            <translation>„{folder}“ ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>The folder “{folder}” cannot be created ({reason}).</source>
            <translation>Der Ordner „{folder}“ kann nicht angelegt werden ({reason}).</translation>
        </message>
        <message>
            <source>“{folder}” is not a folder.</source>
            <translation>„{folder}“ ist kein Ordner.</translation>
        </message>
        <message>
            <source>MediaDesk cannot write to “{folder}” ({reason}).</source>
            <translation>MediaDesk kann nicht in „{folder}“ schreiben ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>FormatChooser</name>
        <message>
            <source>Nothing to choose for: the field holds no web address.</source>
            <extracomment>Shows the chooser: (probe result, defaults, parent) -&gt; the choice, or None if canceled. Every Choose… ends here: the add results (empty when canceled, failed or refused).</extracomment>
            <translation>Nichts zur Auswahl: Das Feld enthält keine Webadresse.</translation>
        </message>
        <message>
            <source>Stopped looking at {address}.</source>
            <translation>Prüfung von {address} abgebrochen.</translation>
        </message>
        <message>
            <source>Could not look at {address}: {probed}</source>
            <translation>{address} konnte nicht angesehen werden: {probed}</translation>
        </message>
    </context>
    <context>
        <name>FormatFacts</name>
        <message>
            <source>Variants without declared codecs ({formats}) are taken as video only; the separate audio is merged in.</source>
            <translation>Varianten ohne angegebene Codecs ({formats}) gelten als reines Video; der separate Ton wird eingefügt.</translation>
        </message>
        <message>
            <source>Measured {measured} unlabeled files to rank them by size.</source>
            <translation>{measured} unbeschriftete Dateien gemessen, um sie nach Größe zu ordnen.</translation>
        </message>
        <message>
            <source>Read {count} chapters from the file itself.</source>
            <translation>{count} Kapitel aus der Datei selbst gelesen.</translation>
        </message>
    </context>
    <context>
        <name>FormatPlan</name>
        <message>
            <source>ffmpeg was not found: downloading the best audio as offered (no {format} conversion).</source>
            <translation>ffmpeg wurde nicht gefunden: die beste angebotene Tonspur wird heruntergeladen (keine Umwandlung in {format}).</translation>
        </message>
        <message>
            <source>ffmpeg was not found: downloading the best single file instead of merging separate video and audio.</source>
            <translation>ffmpeg wurde nicht gefunden: statt getrenntes Video und Audio zusammenzuführen, wird die beste einzelne Datei heruntergeladen.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: the file keeps the container it is offered in, not {container}.</source>
            <translation>ffmpeg wurde nicht gefunden: die Datei behält den angebotenen Container, nicht {container}.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: subtitles are saved beside the file, not embedded.</source>
            <translation>ffmpeg wurde nicht gefunden: Untertitel werden neben der Datei gespeichert, nicht eingebettet.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: subtitles are kept in the format offered, not srt.</source>
            <translation>ffmpeg wurde nicht gefunden: Untertitel bleiben im angebotenen Format, nicht SRT.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: metadata and chapters are not embedded.</source>
            <translation>ffmpeg wurde nicht gefunden: Metadaten und Kapitel werden nicht eingebettet.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: the thumbnail is not embedded.</source>
            <translation>ffmpeg wurde nicht gefunden: das Vorschaubild wird nicht eingebettet.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: the file is not split by chapters.</source>
            <translation>ffmpeg wurde nicht gefunden: die Datei wird nicht nach Kapiteln geteilt.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: the whole media is downloaded, not only the section.</source>
            <translation>ffmpeg wurde nicht gefunden: das ganze Medium wird heruntergeladen, nicht nur der Abschnitt.</translation>
        </message>
    </context>
    <context>
        <name>FormatPreset</name>
        <message>
            <source>Best quality</source>
            <translation>Beste Qualität</translation>
        </message>
        <message>
            <source>Video up to 1080p</source>
            <translation>Video bis 1080p</translation>
        </message>
        <message>
            <source>Video up to 720p</source>
            <translation>Video bis 720p</translation>
        </message>
        <message>
            <source>Audio only</source>
            <translation>Nur Audio</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} von {total}</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} T</translation>
        </message>
        <message>
            <source>Today, {time}</source>
            <translation>Heute, {time}</translation>
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation>Gestern, {time}</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Diagnostics</source>
            <translation>&amp;Diagnose</translation>
        </message>
        <message>
            <source>Versions and paths, for a bug report</source>
            <translation>Versionen und Pfade, für einen Fehlerbericht</translation>
        </message>
        <message>
            <source>&amp;Update yt-dlp…</source>
            <translation>yt-dlp &amp;aktualisieren…</translation>
        </message>
        <message>
            <source>Install the newest yt-dlp for new downloads</source>
            <translation>Das neueste yt-dlp für neue Downloads installieren</translation>
        </message>
        <message>
            <source>yt-dlp {available} is available (MediaDesk uses {installed}). Help ▸ Update yt-dlp… installs it.</source>
            <translation>yt-dlp {available} ist verfügbar (MediaDesk nutzt {installed}). Hilfe ▸ yt-dlp aktualisieren… installiert es.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keines</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>Added to the queue.</source>
            <extracomment>``duplicate_of`` is a finished download of the same address (add with ``again``).</extracomment>
            <translation>Zur Warteschlange hinzugefügt.</translation>
        </message>
        <message>
            <source>Already in the list ({state}).</source>
            <translation>Bereits in der Liste ({state}).</translation>
        </message>
        <message>
            <source>Downloaded before.</source>
            <translation>Schon einmal heruntergeladen.</translation>
        </message>
        <message>
            <source>The password in this address could not be kept safely: {exc}</source>
            <translation>Das Passwort in dieser Adresse konnte nicht sicher aufbewahrt werden: {exc}</translation>
        </message>
    </context>
    <context>
        <name>JobState</name>
        <message>
            <source>Queued</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Lädt herunter</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>Verarbeitung</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>JobTable</name>
        <message>
            <source>Downloads</source>
            <extracomment>The selected rows changed (or rows under them went away): ask for the jobs again. A model flush changed some selected jobs; carries the changed job ids.</extracomment>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>One row per download: title, status, progress, size, speed, time left, added</source>
            <translation>Eine Zeile pro Download: Titel, Status, Fortschritt, Größe, Tempo, Restzeit, hinzugefügt</translation>
        </message>
        <message>
            <source>No downloads yet</source>
            <translation>Noch keine Downloads</translation>
        </message>
        <message>
            <source>Paste links into the field above, or drop them here from your browser.</source>
            <translation>Füge Links in das Feld oben ein oder ziehe sie aus deinem Browser hierher.</translation>
        </message>
        <message>
            <source>No downloads match</source>
            <translation>Keine passenden Downloads</translation>
        </message>
        <message>
            <source>Try another filter or search.</source>
            <translation>Versuche einen anderen Filter oder Suchbegriff.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
    </context>
    <context>
        <name>LinkIntake</name>
        <message>
            <source>Nothing to add from {source}: it holds no web address.</source>
            <extracomment>Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar. Selects jobs in the table and scrolls to them. Shows finished jobs' files (their folders) on the desktop.</extracomment>
            <translation>Aus {source} ist nichts hinzuzufügen: keine Webadresse enthalten.</translation>
        </message>
        <message>
            <source>the drop</source>
            <translation>dem Abgelegten</translation>
        </message>
        <message>
            <source>The clipboard is empty.</source>
            <translation>Die Zwischenablage ist leer.</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>der Zwischenablage</translation>
        </message>
        <message>
            <source>Downloaded before; shown in the list.</source>
            <translation>Schon einmal heruntergeladen; in der Liste gezeigt.</translation>
        </message>
        <message>
            <source>Downloaded before; not added again.</source>
            <translation>Schon einmal heruntergeladen; nicht erneut hinzugefügt.</translation>
        </message>
        <message numerus="yes">
            <source>Queued %n download(s).</source>
            <translation>
                <numerusform>%n Download eingereiht.</numerusform>
                <numerusform>%n Downloads eingereiht.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LookingStrip</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop looking at this address (Esc)</source>
            <translation>Prüfung dieser Adresse abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Looking at {address}…</source>
            <translation>Prüfe {address}…</translation>
        </message>
        <message>
            <source>Looking at {address}</source>
            <translation>Prüfe {address}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Downloads</source>
            <translation>Down&amp;loads</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Sort by &amp;Queue Order</source>
            <translation>Nach &amp;Warteschlange sortieren</translation>
        </message>
        <message>
            <source>Show downloads in the order they will run</source>
            <translation>Downloads in der Reihenfolge zeigen, in der sie laufen werden</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Search titles and addresses</source>
            <translation>Titel und Adressen durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Details Pane</source>
            <translation>&amp;Detailbereich</translation>
        </message>
    </context>
    <context>
        <name>MessageArea</name>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message numerus="yes">
            <source>Queued %n download(s).</source>
            <translation>
                <numerusform>%n Download eingereiht.</numerusform>
                <numerusform>%n Downloads eingereiht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to add from {source}: no web address found.</source>
            <translation>Aus {source} ist nichts hinzuzufügen: keine Webadresse gefunden.</translation>
        </message>
        <message>
            <source>Nothing to add: no web address found.</source>
            <translation>Nichts hinzuzufügen: keine Webadresse gefunden.</translation>
        </message>
        <message>
            <source>Not added:</source>
            <translation>Nicht hinzugefügt:</translation>
        </message>
        <message>
            <source>Nothing added from {source}:</source>
            <translation>Aus {source} nichts hinzugefügt:</translation>
        </message>
        <message>
            <source>Nothing added:</source>
            <translation>Nichts hinzugefügt:</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…und %n weiterer.</numerusform>
                <numerusform>…und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>NamePreview</name>
        <message>
            <source>the preview process ended with code {code}</source>
            <translation>der Vorschauprozess endete mit Code {code}</translation>
        </message>
        <message>
            <source>No example available: {reason}.</source>
            <translation>Kein Beispiel verfügbar: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Naming</name>
        <message>
            <source>The file name template is empty.</source>
            <translation>Die Vorlage für Dateinamen ist leer.</translation>
        </message>
        <message>
            <source>This template cannot be used: {exc}.</source>
            <translation>Diese Vorlage kann nicht verwendet werden: {exc}.</translation>
        </message>
        <message>
            <source>The template gives no name for this video, so the title is used.</source>
            <translation>Die Vorlage ergibt für dieses Video keinen Namen, daher wird der Titel verwendet.</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>cookies from the file {path}</source>
            <translation>Cookies aus der Datei {path}</translation>
        </message>
        <message>
            <source> (profile {profile})</source>
            <translation> (Profil {profile})</translation>
        </message>
        <message>
            <source>cookies from {browser}{profile}</source>
            <translation>Cookies von {browser}{profile}</translation>
        </message>
        <message>
            <source>no cookies</source>
            <translation>keine Cookies</translation>
        </message>
        <message>
            <source>Unknown browser {name!r} for cookies. Use one of: {items} (optionally followed by :PROFILE).</source>
            <translation>Unbekannter Browser {name!r} für Cookies. Verwende einen von: {items} (optional gefolgt von :PROFIL).</translation>
        </message>
        <message>
            <source>The cookies file {path} does not exist.</source>
            <translation>Die Cookie-Datei {path} existiert nicht.</translation>
        </message>
        <message>
            <source>The cookies file {path} is a folder, not a file.</source>
            <translation>Die Cookie-Datei {path} ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>The cookies file {path} cannot be read (permission denied). Fix its permissions.</source>
            <translation>Die Cookie-Datei {path} kann nicht gelesen werden (Zugriff verweigert). Korrigiere ihre Berechtigungen.</translation>
        </message>
        <message>
            <source>Not a proxy address: {address}</source>
            <translation>Keine Proxy-Adresse: {address}</translation>
        </message>
        <message>
            <source>A proxy address starts with http://, https:// or socks5:// (for example socks5://127.0.0.1:1080), not {address}</source>
            <translation>Eine Proxy-Adresse beginnt mit http://, https:// oder socks5:// (zum Beispiel socks5://127.0.0.1:1080), nicht {address}</translation>
        </message>
        <message>
            <source>The proxy address {address} has no host name.</source>
            <translation>Die Proxy-Adresse {address} hat keinen Hostnamen.</translation>
        </message>
        <message>
            <source>The proxy address {address} needs a port, e.g. {scheme}://host:8080</source>
            <translation>Die Proxy-Adresse {address} braucht einen Port, z. B. {scheme}://host:8080</translation>
        </message>
    </context>
    <context>
        <name>NetworkOptions</name>
        <message>
            <source>{message} Choose another cookie source in Settings ▸ Network, then press Retry.</source>
            <translation>{message} Wähle unter Einstellungen ▸ Netzwerk eine andere Cookie-Quelle und klicke dann auf „Wiederholen“.</translation>
        </message>
        <message>
            <source>The cookies file {path} cannot be read.</source>
            <translation>Die Cookie-Datei {path} kann nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>NetworkSettings</name>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>No cookies</source>
            <translation>Keine Cookies</translation>
        </message>
        <message>
            <source>Cookies from a browser</source>
            <translation>Cookies aus einem Browser</translation>
        </message>
        <message>
            <source>Cookies from a cookies.txt file</source>
            <translation>Cookies aus einer cookies.txt-Datei</translation>
        </message>
        <message>
            <source>Sites that want a signed-in visitor (or a bot check) accept the cookies of a browser where you are signed in. MediaDesk reads them when a download starts and never stores them.</source>
            <translation>Websites, die angemeldete Besucher (oder eine Bot-Prüfung) verlangen, akzeptieren die Cookies eines Browsers, in dem du angemeldet bist. MediaDesk liest sie beim Start eines Downloads und speichert sie nie.</translation>
        </message>
        <message>
            <source>Profile (optional; default: the last used)</source>
            <translation>Profil (optional; Standard: das zuletzt benutzte)</translation>
        </message>
        <message>
            <source>cookies.txt (Netscape format)</source>
            <translation>cookies.txt (Netscape-Format)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>No proxy — e.g. socks5://user@127.0.0.1:1080</source>
            <translation>Kein Proxy – z. B. socks5://user@127.0.0.1:1080</translation>
        </message>
        <message>
            <source>http://, https:// or socks5:// address with a port</source>
            <translation>http://-, https://- oder socks5://-Adresse mit Port</translation>
        </message>
        <message>
            <source>Proxy password (if it needs one)</source>
            <translation>Proxy-Passwort (falls nötig)</translation>
        </message>
        <message>
            <source>Kept in a private file in MediaDesk's data folder, never in the job database</source>
            <translation>In einer privaten Datei im Datenordner von MediaDesk aufbewahrt, nie in der Download-Datenbank</translation>
        </message>
        <message>
            <source>Cookies:</source>
            <translation>Cookies:</translation>
        </message>
        <message>
            <source>Proxy:</source>
            <translation>Proxy:</translation>
        </message>
        <message>
            <source>Choose the cookies.txt file, or another cookie source.</source>
            <translation>Wähle die cookies.txt-Datei oder eine andere Cookie-Quelle.</translation>
        </message>
        <message>
            <source>The proxy has a password but no user name: write it as scheme://USER@host:port.</source>
            <translation>Der Proxy hat ein Passwort, aber keinen Benutzernamen: Schreibe ihn als schema://BENUTZER@host:port.</translation>
        </message>
        <message>
            <source>Cookies file</source>
            <translation>Cookie-Datei</translation>
        </message>
        <message>
            <source>Cookies (*.txt);;All files (*)</source>
            <translation>Cookies (*.txt);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Download finished</source>
            <translation>Download abgeschlossen</translation>
        </message>
        <message>
            <source>Download failed</source>
            <translation>Download fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) finished</source>
            <translation>
                <numerusform>%n Download abgeschlossen</numerusform>
                <numerusform>%n Downloads abgeschlossen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) failed</source>
            <translation>
                <numerusform>%n Download fehlgeschlagen</numerusform>
                <numerusform>%n Downloads fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more</source>
            <translation>
                <numerusform>…und %n weiterer</numerusform>
                <numerusform>…und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Im Ordner zeigen</translation>
        </message>
    </context>
    <context>
        <name>Persistence</name>
        <message>
            <source>nothing was lost</source>
            <translation>nichts ging verloren</translation>
        </message>
        <message>
            <source>every job was written again (their logs could not be recovered)</source>
            <translation>alle Downloads wurden neu geschrieben (ihre Protokolle ließen sich nicht retten)</translation>
        </message>
        <message>
            <source>The folder holding the job list ({parent}) was deleted while MediaDesk was running. The job list was saved again as {path}; {kept}.</source>
            <translation>Der Ordner mit der Download-Liste ({parent}) wurde gelöscht, während MediaDesk lief. Die Liste wurde erneut als {path} gespeichert; {kept}.</translation>
        </message>
    </context>
    <context>
        <name>PlaylistPicker</name>
        <message>
            <source>“{part}” is not a number or a range such as 1-3.</source>
            <translation>„{part}“ ist keine Zahl und kein Bereich wie 1-3.</translation>
        </message>
        <message>
            <source>“{part}” is outside 1-{maximum}.</source>
            <translation>„{part}“ liegt außerhalb von 1-{maximum}.</translation>
        </message>
        <message>
            <source>Type item numbers or ranges, for example 1-3,7.</source>
            <translation>Gib Nummern oder Bereiche ein, zum Beispiel 1-3,7.</translation>
        </message>
        <message>
            <source>Choose items: {title}</source>
            <translation>Einträge wählen: {title}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Heruntergeladen</translation>
        </message>
        <message>
            <source>Search titles</source>
            <translation>Titel durchsuchen</translation>
        </message>
        <message>
            <source>Items, e.g. 1-3,7</source>
            <translation>Einträge, z. B. 1-3,7</translation>
        </message>
        <message>
            <source>Tick only these</source>
            <translation>Nur diese ankreuzen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message numerus="yes">
            <source>%n already downloaded (unticked)</source>
            <translation>
                <numerusform>%n bereits heruntergeladen (nicht angehakt)</numerusform>
                <numerusform>%n bereits heruntergeladen (nicht angehakt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ticked</source>
            <translation>
                <numerusform>%n Eintrag angehakt</numerusform>
                <numerusform>%n Einträge angehakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Queue %n item(s)</source>
            <translation>
                <numerusform>%n Eintrag einreihen</numerusform>
                <numerusform>%n Einträge einreihen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProbeService</name>
        <message>
            <source>It could not be read.</source>
            <extracomment>A probe that has not answered by then is killed (a stalled server, a hung extractor).</extracomment>
            <translation>Sie konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The address could not be checked (exit code {code}).</source>
            <translation>Die Adresse konnte nicht geprüft werden (Exit-Code {code}).</translation>
        </message>
        <message>
            <source>The probe could not start: {problem}</source>
            <translation>Die Prüfung konnte nicht starten: {problem}</translation>
        </message>
        <message>
            <source>It did not answer within {seconds} seconds.</source>
            <translation>Keine Antwort innerhalb von {seconds} Sekunden.</translation>
        </message>
    </context>
    <context>
        <name>QueueCommands</name>
        <message>
            <source>Paused. This server cannot resume: resuming starts over.</source>
            <translation>Pausiert. Dieser Server kann nicht fortsetzen: Fortsetzen beginnt von vorn.</translation>
        </message>
        <message>
            <source>Canceled; partial files deleted.</source>
            <translation>Abgebrochen; unvollständige Dateien gelöscht.</translation>
        </message>
        <message>
            <source>Not retried: the same address is already in the list.</source>
            <translation>Nicht wiederholt: Dieselbe Adresse ist bereits in der Liste.</translation>
        </message>
        <message>
            <source>Retry requested.</source>
            <translation>Neuer Versuch angefordert.</translation>
        </message>
        <message>
            <source>Back in the queue (fewer downloads at once); continues where it stopped.</source>
            <translation>Zurück in der Warteschlange (weniger gleichzeitige Downloads); geht dort weiter, wo er aufgehört hat.</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>The download could not run: {exc}</source>
            <translation>Der Download konnte nicht ausgeführt werden: {exc}</translation>
        </message>
        <message>
            <source>The download process could not start: {problem}</source>
            <translation>Der Download-Prozess konnte nicht starten: {problem}</translation>
        </message>
        <message>
            <source>The download process ended unexpectedly (exit code {code}).</source>
            <translation>Der Download-Prozess endete unerwartet (Exit-Code {code}).</translation>
        </message>
    </context>
    <context>
        <name>Runs</name>
        <message>
            <source>It is no longer saved.</source>
            <translation>Es ist nicht mehr gespeichert.</translation>
        </message>
        <message>
            <source>The format chosen for this download cannot be read ({exc}). Remove it and add the address again.</source>
            <translation>Das für diesen Download gewählte Format ist nicht lesbar ({exc}). Entferne ihn und füge die Adresse erneut hinzu.</translation>
        </message>
        <message>
            <source>Started (attempt {attempt}).</source>
            <translation>Gestartet (Versuch {attempt}).</translation>
        </message>
        <message>
            <source>Nothing new in this playlist ({summary}).</source>
            <translation>Nichts Neues in dieser Playlist ({summary}).</translation>
        </message>
        <message>
            <source>Finished: the last bytes arrived before the stop took effect.</source>
            <translation>Fertig: Die letzten Bytes kamen an, bevor der Stopp wirkte.</translation>
        </message>
        <message>
            <source>{note} Saved as {file_path}</source>
            <translation>{note} Gespeichert als {file_path}</translation>
        </message>
        <message>
            <source>{message} Retrying in {delay:.0f} s (attempt {attempt} of {max_attempts}).</source>
            <translation>{message} Neuer Versuch in {delay:.0f} s (Versuch {attempt} von {max_attempts}).</translation>
        </message>
        <message>
            <source>{text} Gave up after {attempts} attempts.</source>
            <translation>{text} Nach {attempts} Versuchen aufgegeben.</translation>
        </message>
        <message>
            <source>The password for this address cannot be used: {why} Remove the download and add the address again with its password.</source>
            <translation>Das Passwort für diese Adresse kann nicht verwendet werden: {why} Entferne den Download und füge die Adresse mit ihrem Passwort erneut hinzu.</translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message>
            <source>Scheduled: downloads run {text}</source>
            <extracomment>A timer never sleeps longer than this: a suspended laptop or a clock change is noticed.</extracomment>
            <translation>Geplant: Downloads laufen {text}</translation>
        </message>
        <message>
            <source>Do nothing</source>
            <translation>Nichts tun</translation>
        </message>
        <message>
            <source>Quit MediaDesk</source>
            <translation>MediaDesk beenden</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Download only during these hours</source>
            <translation>Nur in diesen Stunden herunterladen</translation>
        </message>
        <message>
            <source>Outside these hours downloads wait as scheduled; running ones stop and continue from where they were when the hours begin again. An end before the start runs over midnight.</source>
            <translation>Außerhalb dieser Stunden warten Downloads als geplant; laufende stoppen und gehen weiter, wenn die Stunden wieder beginnen. Ein Ende vor dem Anfang reicht über Mitternacht.</translation>
        </message>
        <message>
            <source>Use another speed limit during these hours</source>
            <translation>In diesen Stunden ein anderes Tempolimit verwenden</translation>
        </message>
        <message>
            <source> kB/s</source>
            <translation> kB/s</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>Hours:</source>
            <translation>Stunden:</translation>
        </message>
        <message>
            <source>Speed limit:</source>
            <translation>Tempolimit:</translation>
        </message>
        <message>
            <source>When everything is done:</source>
            <translation>Wenn alles erledigt ist:</translation>
        </message>
    </context>
    <context>
        <name>ScheduleUi</name>
        <message>
            <source>S&amp;chedule…</source>
            <translation>&amp;Zeitplan…</translation>
        </message>
        <message>
            <source>When downloads run, at what speed, and what happens after</source>
            <translation>Wann Downloads laufen, wie schnell und was danach geschieht</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Wie viele Downloads gleichzeitig laufen</translation>
        </message>
        <message>
            <source>Connections each download may open to the server, for servers that limit the speed of every connection; 1 downloads like the yt-dlp command line. Used only when the server allows partial requests; streams (HLS/DASH) are not affected.</source>
            <translation>Verbindungen, die jeder Download zum Server öffnen darf, für Server, die das Tempo jeder Verbindung begrenzen; 1 lädt wie die yt-dlp-Kommandozeile. Nur genutzt, wenn der Server Teilanfragen erlaubt; Streams (HLS/DASH) sind nicht betroffen.</translation>
        </message>
        <message>
            <source> kB/s</source>
            <translation> kB/s</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>Maximum speed of each download; 0 means unlimited</source>
            <translation>Höchsttempo jedes Downloads; 0 bedeutet unbegrenzt</translation>
        </message>
        <message>
            <source>Maximum speed of all downloads together, shared among them; the tray's Limit Speed switches it on and off</source>
            <translation>Höchsttempo aller Downloads zusammen, unter ihnen aufgeteilt; „Tempo begrenzen“ im Systembereich schaltet es ein und aus</translation>
        </message>
        <message>
            <source>How often a download is tried before it is marked as failed (only for network trouble; a missing video fails at once)</source>
            <translation>Wie oft ein Download versucht wird, bevor er als fehlgeschlagen gilt (nur bei Netzwerkproblemen; ein fehlendes Video scheitert sofort)</translation>
        </message>
        <message>
            <source>Use fields such as {fields} or &lt;nobr&gt;%(id)s&lt;/nobr&gt;; the extension is added.</source>
            <translation>Verwende Felder wie {fields} oder &lt;nobr&gt;%(id)s&lt;/nobr&gt;; die Endung wird angehängt.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Finished downloads older than this leave the list at the next start. Their files are kept.</source>
            <translation>Fertige Downloads, die älter sind, verlassen die Liste beim nächsten Start. Ihre Dateien bleiben erhalten.</translation>
        </message>
        <message>
            <source>Notify when downloads finish or fail</source>
            <translation>Benachrichtigen, wenn Downloads fertig sind oder scheitern</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window closes</source>
            <translation>Beim Schließen des Fensters im Systembereich weiterlaufen</translation>
        </message>
        <message>
            <source>Start MediaDesk when I log in</source>
            <translation>MediaDesk bei der Anmeldung starten</translation>
        </message>
        <message>
            <source>Ask which items to download for playlists sent from the browser or dropped</source>
            <translation>Bei Playlists aus dem Browser oder per Ziehen fragen, welche Einträge geladen werden</translation>
        </message>
        <message>
            <source>Off: every item not downloaded yet is queued. Playlists added from the link field always ask.</source>
            <translation>Aus: Jeder noch nicht geladene Eintrag wird eingereiht. Playlists aus der Eingabezeile fragen immer.</translation>
        </message>
        <message>
            <source>Starts hidden in the system tray (or minimized) and continues unfinished downloads</source>
            <translation>Startet versteckt im Systembereich (oder minimiert) und setzt unfertige Downloads fort</translation>
        </message>
        <message>
            <source>Download folder:</source>
            <translation>Download-Ordner:</translation>
        </message>
        <message>
            <source>Downloads at once:</source>
            <translation>Gleichzeitige Downloads:</translation>
        </message>
        <message>
            <source>Connections per download:</source>
            <translation>Verbindungen pro Download:</translation>
        </message>
        <message>
            <source>Speed limit per download:</source>
            <translation>Tempolimit pro Download:</translation>
        </message>
        <message>
            <source>Speed limit overall:</source>
            <translation>Tempolimit gesamt:</translation>
        </message>
        <message>
            <source>Attempts per download:</source>
            <translation>Versuche pro Download:</translation>
        </message>
        <message>
            <source>Default format:</source>
            <translation>Standardformat:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>File name:</source>
            <translation>Dateiname:</translation>
        </message>
        <message>
            <source>Remove finished from list after:</source>
            <translation>Fertige aus der Liste entfernen nach:</translation>
        </message>
        <message>
            <source>Applies the next time MediaDesk starts.</source>
            <translation>Gilt ab dem nächsten Start von MediaDesk.</translation>
        </message>
        <message>
            <source>Example: …</source>
            <translation>Beispiel: …</translation>
        </message>
        <message>
            <source>Example: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Beispiel: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Could not store the proxy password: {exc}</source>
            <translation>Das Proxy-Passwort konnte nicht gespeichert werden: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SettingsOpener</name>
        <message>
            <source>Could not add MediaDesk to the programs started at login: {exc}</source>
            <extracomment>Adds (True) or removes (False) the start-at-login entry; raises OSError on failure.</extracomment>
            <translation>MediaDesk konnte nicht zu den Programmen hinzugefügt werden, die bei der Anmeldung starten: {exc}</translation>
        </message>
        <message>
            <source>Could not remove MediaDesk from the programs started at login: {exc}</source>
            <translation>MediaDesk konnte nicht aus den Programmen entfernt werden, die bei der Anmeldung starten: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SiteErrors</name>
        <message>
            <source>Settings ▸ Network</source>
            <translation>Einstellungen ▸ Netzwerk</translation>
        </message>
        <message>
            <source>Sign in to the site in your browser, choose that browser's cookies in {settings}, then press Retry.</source>
            <translation>Melde dich in deinem Browser bei der Website an, wähle die Cookies dieses Browsers unter {settings} und klicke dann auf „Wiederholen“.</translation>
        </message>
        <message>
            <source>The site wants to check that you are not a bot. </source>
            <translation>Die Website will prüfen, ob du kein Bot bist. </translation>
        </message>
        <message>
            <source>This video is private. If its owner gave you access, </source>
            <translation>Dieses Video ist privat. Wenn dir der Eigentümer Zugriff gegeben hat: </translation>
        </message>
        <message>
            <source>This video is for the channel's members only. If you are one, </source>
            <translation>Dieses Video ist nur für Kanalmitglieder. Wenn du eines bist: </translation>
        </message>
        <message>
            <source>This video is age-restricted: the site only shows it to a signed-in adult account. </source>
            <translation>Dieses Video hat eine Altersbeschränkung: Die Website zeigt es nur einem angemeldeten, volljährigen Konto. </translation>
        </message>
        <message>
            <source>The site removed this video after a copyright claim; it cannot be downloaded.</source>
            <translation>Die Website hat dieses Video wegen einer Urheberrechtsbeschwerde entfernt; es kann nicht heruntergeladen werden.</translation>
        </message>
        <message>
            <source>The account that posted this video was closed, and the video with it.</source>
            <translation>Das Konto, das dieses Video veröffentlicht hat, wurde geschlossen – und das Video mit ihm.</translation>
        </message>
        <message>
            <source>The site removed this video; it cannot be downloaded.</source>
            <translation>Die Website hat dieses Video entfernt; es kann nicht heruntergeladen werden.</translation>
        </message>
        <message>
            <source>This video is no longer available on the site.</source>
            <translation>Dieses Video ist auf der Website nicht mehr verfügbar.</translation>
        </message>
        <message>
            <source>This needs a signed-in account. </source>
            <translation>Dafür ist ein angemeldetes Konto nötig. </translation>
        </message>
        <message>
            <source>The site does not show this video in your country{where}. A proxy in a country where it is shown ({settings}) may help.</source>
            <translation>Die Website zeigt dieses Video in deinem Land nicht{where}. Ein Proxy in einem Land, in dem es gezeigt wird ({settings}), kann helfen.</translation>
        </message>
        <message>
            <source>This site needs a JavaScript runtime (Deno) to unlock its formats, and MediaDesk could not use one. Open Diagnostics to see what is missing.</source>
            <translation>Diese Website braucht eine JavaScript-Laufzeit (Deno), um ihre Formate freizugeben, und MediaDesk konnte keine verwenden. Öffne die Diagnose, um zu sehen, was fehlt.</translation>
        </message>
        <message>
            <source>The site refused the download (HTTP 403). Sites like this one ({site}) change often, and a newer yt-dlp usually knows the new way: update yt-dlp, then press Retry.</source>
            <translation>Die Website verweigerte den Download (HTTP 403). Websites wie diese ({site}) ändern sich oft, und ein neueres yt-dlp kennt meist den neuen Weg: Aktualisiere yt-dlp und klicke dann auf „Wiederholen“.</translation>
        </message>
        <message>
            <source>MediaDesk could not find that browser's cookies (is it installed, and is the profile name right?).</source>
            <translation>MediaDesk konnte die Cookies dieses Browsers nicht finden (ist er installiert und stimmt der Profilname?).</translation>
        </message>
        <message>
            <source>The browser's cookie store is locked; close the browser and press Retry.</source>
            <translation>Der Cookie-Speicher des Browsers ist gesperrt; schließe den Browser und klicke auf „Wiederholen“.</translation>
        </message>
        <message>
            <source>The cookie store cannot be read (permission denied).</source>
            <translation>Der Cookie-Speicher kann nicht gelesen werden (Zugriff verweigert).</translation>
        </message>
        <message>
            <source>The browser's cookies could not be decrypted (its keyring is locked?).</source>
            <translation>Die Cookies des Browsers konnten nicht entschlüsselt werden (ist sein Schlüsselbund gesperrt?).</translation>
        </message>
        <message>
            <source>The browser's cookies could not be read.</source>
            <translation>Die Cookies des Browsers konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>{reason} Check the cookie source in {settings}.</source>
            <translation>{reason} Prüfe die Cookie-Quelle unter {settings}.</translation>
        </message>
        <message>
            <source>This premiere or live stream has not started yet</source>
            <translation>Diese Premiere oder dieser Livestream hat noch nicht begonnen</translation>
        </message>
        <message>
            <source>{text} Press Retry once it has started.</source>
            <translation>{text} Klicke auf „Wiederholen“, sobald es begonnen hat.</translation>
        </message>
    </context>
    <context>
        <name>StateFilter</name>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message numerus="yes">
            <source>%n downloading</source>
            <translation>
                <numerusform>%n lädt</numerusform>
                <numerusform>%n laden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n wartet</numerusform>
                <numerusform>%n warten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paused</source>
            <translation>
                <numerusform>%n pausiert</numerusform>
                <numerusform>%n pausiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>All done</source>
            <translation>Alles erledigt</translation>
        </message>
        <message>
            <source>No downloads</source>
            <translation>Keine Downloads</translation>
        </message>
    </context>
    <context>
        <name>StoreFailure</name>
        <message>
            <source>the disk holding {folder} is full</source>
            <translation>die Festplatte mit {folder} ist voll</translation>
        </message>
        <message>
            <source>{path} cannot be written (read-only)</source>
            <translation>{path} kann nicht geschrieben werden (schreibgeschützt)</translation>
        </message>
        <message>
            <source>the disk holding {folder} reports an input/output error</source>
            <translation>die Festplatte mit {folder} meldet einen Ein-/Ausgabefehler</translation>
        </message>
        <message>
            <source>Cannot save the job list: {what}. Downloads continue; new ones wait until it can be saved.</source>
            <translation>Die Download-Liste kann nicht gespeichert werden: {what}. Downloads laufen weiter; neue warten, bis sie gespeichert werden kann.</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>%n downloading</source>
            <translation>
                <numerusform>%n lädt</numerusform>
                <numerusform>%n laden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n wartet</numerusform>
                <numerusform>%n warten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paused</source>
            <translation>
                <numerusform>%n pausiert</numerusform>
                <numerusform>%n pausiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to download</source>
            <translation>nichts herunterzuladen</translation>
        </message>
        <message>
            <source>&amp;Limit Speed</source>
            <translation>Tempo &amp;begrenzen</translation>
        </message>
        <message>
            <source>Add Links from &amp;Clipboard</source>
            <translation>Links aus der &amp;Zwischenablage hinzufügen</translation>
        </message>
        <message>
            <source>Queue every link on the clipboard</source>
            <translation>Alle Links aus der Zwischenablage einreihen</translation>
        </message>
        <message>
            <source>&amp;Limit Speed ({rate} kB/s)</source>
            <translation>Tempo &amp;begrenzen ({rate} kB/s)</translation>
        </message>
        <message>
            <source>Switch the overall speed limit on or off</source>
            <translation>Das Gesamt-Tempolimit ein- oder ausschalten</translation>
        </message>
        <message>
            <source>Set an overall speed limit in Settings first</source>
            <translation>Lege zuerst in den Einstellungen ein Gesamt-Tempolimit fest</translation>
        </message>
        <message>
            <source>&amp;Hide MediaDesk</source>
            <translation>MediaDesk &amp;ausblenden</translation>
        </message>
        <message>
            <source>&amp;Show MediaDesk</source>
            <translation>MediaDesk &amp;zeigen</translation>
        </message>
    </context>
    <context>
        <name>UpdateDialog</name>
        <message>
            <source>checking…</source>
            <translation>wird geprüft…</translation>
        </message>
        <message>
            <source>Update yt-dlp</source>
            <translation>yt-dlp aktualisieren</translation>
        </message>
        <message>
            <source>Check for a newer yt-dlp once a &amp;week (never installs)</source>
            <translation>Einmal pro &amp;Woche nach neuerem yt-dlp suchen (installiert nie)</translation>
        </message>
        <message>
            <source>Installed:</source>
            <translation>Installiert:</translation>
        </message>
        <message>
            <source>Available:</source>
            <translation>Verfügbar:</translation>
        </message>
        <message>
            <source>Check &amp;Again</source>
            <translation>&amp;Erneut prüfen</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Asking a worker and the package index…</source>
            <translation>Ein Worker und der Paketindex werden gefragt…</translation>
        </message>
        <message>
            <source>Installing and checking yt-dlp {available}… (this can take a minute)</source>
            <translation>yt-dlp {available} wird installiert und geprüft… (das kann eine Minute dauern)</translation>
        </message>
        <message>
            <source>Could not check: {error}</source>
            <translation>Prüfung nicht möglich: {error}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>yt-dlp {available} is available. Update installs it for new downloads.</source>
            <translation>yt-dlp {available} ist verfügbar. „Aktualisieren“ installiert es für neue Downloads.</translation>
        </message>
        <message>
            <source>MediaDesk uses the newest yt-dlp.</source>
            <translation>MediaDesk nutzt das neueste yt-dlp.</translation>
        </message>
        <message>
            <source>not working ({problem})</source>
            <translation>funktioniert nicht ({problem})</translation>
        </message>
        <message>
            <source>not working</source>
            <translation>funktioniert nicht</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>mitgeliefert</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>aktualisiert</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>The address is empty.</source>
            <translation>Die Adresse ist leer.</translation>
        </message>
        <message>
            <source>The address is longer than {limit} characters.</source>
            <translation>Die Adresse ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>An address cannot contain spaces.</source>
            <translation>Eine Adresse darf keine Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>This is not a valid web address ({exc}).</source>
            <translation>Das ist keine gültige Webadresse ({exc}).</translation>
        </message>
        <message>
            <source>This is not a web address (it should start with https://).</source>
            <translation>Das ist keine Webadresse (sie sollte mit https:// beginnen).</translation>
        </message>
        <message>
            <source>Only http:// and https:// addresses can be downloaded, not {scheme}: addresses.</source>
            <translation>Nur http://- und https://-Adressen können heruntergeladen werden, keine {scheme}:-Adressen.</translation>
        </message>
        <message>
            <source>The address has an invalid port number.</source>
            <translation>Die Adresse hat eine ungültige Portnummer.</translation>
        </message>
        <message>
            <source>The address has no host name.</source>
            <translation>Die Adresse hat keinen Hostnamen.</translation>
        </message>
        <message>
            <source>“{host}” is not a valid host name.</source>
            <translation>„{host}“ ist kein gültiger Hostname.</translation>
        </message>
        <message>
            <source>No web address found in this text.</source>
            <translation>In diesem Text wurde keine Webadresse gefunden.</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>This source has no audio.</source>
            <translation>Diese Quelle hat keinen Ton.</translation>
        </message>
        <message>
            <source>The file still has a video stream.</source>
            <translation>Die Datei hat noch eine Videospur.</translation>
        </message>
        <message>
            <source>The file has no audio.</source>
            <translation>Die Datei hat keinen Ton.</translation>
        </message>
        <message>
            <source>The file has no video: only audio was offered.</source>
            <translation>Die Datei hat kein Video: Es wurde nur Ton angeboten.</translation>
        </message>
        <message>
            <source>The separate audio could not be added.</source>
            <translation>Der separate Ton konnte nicht hinzugefügt werden.</translation>
        </message>
        <message>
            <source>Only {height}p was offered.</source>
            <translation>Es wurde nur {height}p angeboten.</translation>
        </message>
        <message>
            <source>Nothing up to {cap}p was offered: {height}p (the smallest) was downloaded.</source>
            <translation>Nichts bis {cap}p wurde angeboten: {height}p (die kleinste Auflösung) wurde heruntergeladen.</translation>
        </message>
        <message>
            <source>The file lasts {duration:.1f} s where {expected:.1f} s were expected.</source>
            <translation>Die Datei dauert {duration:.1f} s, erwartet wurden {expected:.1f} s.</translation>
        </message>
    </context>
</TS>
