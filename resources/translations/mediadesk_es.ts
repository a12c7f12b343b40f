<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Add Links</source>
            <extracomment>Only while the job table has focus (keys that mean something else in a text field).</extracomment>
            <translation>&amp;Añadir enlaces</translation>
        </message>
        <message>
            <source>Type or paste links to download</source>
            <translation>Escribe o pega enlaces para descargar</translation>
        </message>
        <message>
            <source>&amp;Paste Links</source>
            <translation>&amp;Pegar enlaces</translation>
        </message>
        <message>
            <source>Queue every link on the clipboard</source>
            <translation>Poner en cola todos los enlaces del portapapeles</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reanudar</translation>
        </message>
        <message>
            <source>Resume the selected downloads</source>
            <translation>Reanudar las descargas seleccionadas</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <source>Pause the selected downloads</source>
            <translation>Pausar las descargas seleccionadas</translation>
        </message>
        <message>
            <source>Pause or Resume</source>
            <translation>Pausar o reanudar</translation>
        </message>
        <message>
            <source>Pause running downloads, or resume paused ones</source>
            <translation>Pausar las descargas en curso o reanudar las pausadas</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Stop the selected downloads and delete their partial files</source>
            <translation>Detener las descargas seleccionadas y borrar sus archivos parciales</translation>
        </message>
        <message>
            <source>Re&amp;try</source>
            <translation>Reinten&amp;tar</translation>
        </message>
        <message>
            <source>Try the failed or canceled downloads again</source>
            <translation>Volver a intentar las descargas fallidas o canceladas</translation>
        </message>
        <message>
            <source>Re&amp;move from List</source>
            <translation>&amp;Quitar de la lista</translation>
        </message>
        <message>
            <source>Remove from the list; downloaded files are kept</source>
            <translation>Quitar de la lista; los archivos descargados se conservan</translation>
        </message>
        <message>
            <source>Remove with &amp;Files…</source>
            <translation>Quitar con los &amp;archivos…</translation>
        </message>
        <message>
            <source>Remove from the list and delete the downloaded files</source>
            <translation>Quitar de la lista y borrar los archivos descargados</translation>
        </message>
        <message>
            <source>Move to &amp;Top</source>
            <translation>Mover al &amp;principio</translation>
        </message>
        <message>
            <source>Download these next</source>
            <translation>Descargar estas a continuación</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move up in the queue</source>
            <translation>Subir en la cola</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move down in the queue</source>
            <translation>Bajar en la cola</translation>
        </message>
        <message>
            <source>&amp;Open File</source>
            <translation>&amp;Abrir archivo</translation>
        </message>
        <message>
            <source>Open the downloaded file</source>
            <translation>Abrir el archivo descargado</translation>
        </message>
        <message>
            <source>Open &amp;Folder</source>
            <translation>Abrir &amp;carpeta</translation>
        </message>
        <message>
            <source>Show the folder the file is saved in</source>
            <translation>Mostrar la carpeta donde se guarda el archivo</translation>
        </message>
        <message>
            <source>&amp;Copy Address</source>
            <translation>&amp;Copiar dirección</translation>
        </message>
        <message>
            <source>Copy the web address of the selected downloads</source>
            <translation>Copiar la dirección web de las descargas seleccionadas</translation>
        </message>
        <message>
            <source>Pause &amp;All</source>
            <translation>Pausar &amp;todas</translation>
        </message>
        <message>
            <source>Pause every queued and running download</source>
            <translation>Pausar todas las descargas en cola y en curso</translation>
        </message>
        <message>
            <source>Resume A&amp;ll</source>
            <translation>Reanudar to&amp;das</translation>
        </message>
        <message>
            <source>Resume every paused download</source>
            <translation>Reanudar todas las descargas pausadas</translation>
        </message>
        <message>
            <source>Check for &amp;New Items</source>
            <translation>Buscar &amp;nuevos elementos</translation>
        </message>
        <message>
            <source>Look at the playlist, channel or feed again and queue what is new</source>
            <translation>Volver a mirar la lista, el canal o el feed y poner en cola lo nuevo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>Download folder, speed, file names and more</source>
            <translation>Carpeta de descargas, velocidad, nombres de archivo y más</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit MediaDesk; unfinished downloads continue next time</source>
            <translation>Salir de MediaDesk; las descargas sin terminar continúan la próxima vez</translation>
        </message>
    </context>
    <context>
        <name>AddBar</name>
        <message>
            <source>Save downloads in</source>
            <extracomment>Asks the user for a folder, starting at the given one; None when they cancel.</extracomment>
            <translation>Guardar las descargas en</translation>
        </message>
        <message>
            <source>Paste links to videos or audio — one or many, any separator</source>
            <extracomment>Why a paste was not taken, in plain words.</extracomment>
            <translation>Pega enlaces a vídeos o audio: uno o muchos, con cualquier separador</translation>
        </message>
        <message>
            <source>That is too much text for the add bar ({length:,} characters; it takes up to {limit:,}). Nothing was added from it: paste the links in parts.</source>
            <translation>Es demasiado texto para la barra de añadir ({length:,} caracteres; admite hasta {limit:,}). No se añadió nada: pega los enlaces por partes.</translation>
        </message>
        <message>
            <source>Format: what to download from each link</source>
            <extracomment>text, preset, output folder Why a chosen folder cannot be used, in plain words. Why pasted text was not taken (too long), in plain words. text, output folder: look at the first link and choose what to download (Choose…)</extracomment>
            <translation>Formato: qué descargar de cada enlace</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Queue every link in the field (Enter)</source>
            <translation>Poner en cola todos los enlaces del campo (Intro)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Look at the first link and choose quality, audio, subtitles and more</source>
            <translation>Mirar el primer enlace y elegir calidad, audio, subtítulos y más</translation>
        </message>
        <message>
            <source>Addresses to download</source>
            <translation>Direcciones para descargar</translation>
        </message>
        <message>
            <source>One or many web addresses; Enter adds them</source>
            <translation>Una o muchas direcciones web; Intro las añade</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Queue every address in the field</source>
            <translation>Poner en cola todas las direcciones del campo</translation>
        </message>
        <message>
            <source>Save new downloads in:
{path}

Click to choose a folder</source>
            <translation>Guardar las descargas nuevas en:
{path}

Haz clic para elegir una carpeta</translation>
        </message>
        <message>
            <source>Download folder: {name}</source>
            <translation>Carpeta de descargas: {name}</translation>
        </message>
        <message>
            <source>New downloads are saved in {path}</source>
            <translation>Las descargas nuevas se guardan en {path}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>MediaDesk cannot start</source>
            <translation>MediaDesk no puede iniciarse</translation>
        </message>
        <message>
            <source>Job list was damaged</source>
            <translation>La lista de descargas estaba dañada</translation>
        </message>
        <message>
            <source>MediaDesk's job database was damaged and could not be read. It was moved to
{path}
and a new, empty job list was started. Downloaded files are not affected.</source>
            <translation>La base de datos de descargas de MediaDesk estaba dañada y no se pudo leer. Se movió a
{path}
y se empezó una lista nueva y vacía. Los archivos descargados no se ven afectados.</translation>
        </message>
    </context>
    <context>
        <name>Batch</name>
        <message numerus="yes">
            <source>{done} of %n done</source>
            <translation>
                <numerusform>{done} de %n terminado</numerusform>
                <numerusform>{done} de %n terminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fallida</numerusform>
                <numerusform>%n fallidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n running</source>
            <translation>
                <numerusform>%n en curso</numerusform>
                <numerusform>%n en curso</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchIntake</name>
        <message>
            <source>Nothing queued from “{name}”.</source>
            <extracomment>Shows the picker; the chosen entries, or None when the user cancels.</extracomment>
            <translation>No se puso nada en cola de «{name}».</translation>
        </message>
        <message>
            <source>No items of “{name}” were ticked.</source>
            <translation>No se marcó ningún elemento de «{name}».</translation>
        </message>
        <message>
            <source>“{name}”: {summary}.</source>
            <translation>«{name}»: {summary}.</translation>
        </message>
        <message>
            <source>Checking “{title}” for new items…</source>
            <translation>Buscando elementos nuevos en «{title}»…</translation>
        </message>
        <message>
            <source>“{title}” is no longer a playlist at {url}; nothing was added.</source>
            <translation>«{title}» ya no es una lista en {url}; no se añadió nada.</translation>
        </message>
        <message>
            <source>“{title}”: {summary}.</source>
            <translation>«{title}»: {summary}.</translation>
        </message>
        <message>
            <source>Could not check for new items: {message}</source>
            <translation>No se pudieron buscar elementos nuevos: {message}</translation>
        </message>
    </context>
    <context>
        <name>Batches</name>
        <message>
            <source>This playlist has no videos that can be downloaded: it is empty, private, or no longer available.</source>
            <translation>Esta lista no tiene vídeos que se puedan descargar: está vacía, es privada o ya no está disponible.</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n nueva</numerusform>
                <numerusform>%n nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already downloaded</source>
            <translation>
                <numerusform>%n ya descargada</numerusform>
                <numerusform>%n ya descargadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the list</source>
            <translation>
                <numerusform>%n ya en la lista</numerusform>
                <numerusform>%n ya en la lista</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cells</name>
        <message>
            <source>Waiting for disk space</source>
            <translation>Esperando espacio en disco</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Esperando para reintentar</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programada</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Detenida</translation>
        </message>
        <message>
            <source>{fraction:.0%} done</source>
            <translation>{fraction:.0%} completado</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>faltan {duration}</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n elemento</numerusform>
                <numerusform>%n elementos</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved in {folder}</source>
            <translation>Guardado en {folder}</translation>
        </message>
    </context>
    <context>
        <name>Choice</name>
        <message>
            <source>The height limit must be a positive number of lines.</source>
            <translation>El límite de altura debe ser un número positivo de líneas.</translation>
        </message>
        <message>
            <source>A section time must be zero or more seconds.</source>
            <translation>Un tiempo de sección debe ser cero o más segundos.</translation>
        </message>
        <message>
            <source>The section must end after it starts.</source>
            <translation>La sección debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>Audio only ({format})</source>
            <translation>Solo audio ({format})</translation>
        </message>
        <message>
            <source>Video format {format_id}</source>
            <translation>Formato de vídeo {format_id}</translation>
        </message>
        <message>
            <source>Video up to {max_height}p</source>
            <translation>Vídeo hasta {max_height}p</translation>
        </message>
        <message>
            <source>Best video</source>
            <translation>Mejor vídeo</translation>
        </message>
        <message>
            <source>embedded</source>
            <translation>incrustados</translation>
        </message>
        <message>
            <source>beside the file</source>
            <translation>junto al archivo</translation>
        </message>
        <message>
            <source> + automatic</source>
            <translation> + automáticos</translation>
        </message>
        <message>
            <source>subtitles {languages}</source>
            <translation>subtítulos {languages}</translation>
        </message>
        <message>
            <source>thumbnail</source>
            <translation>miniatura</translation>
        </message>
        <message>
            <source>metadata</source>
            <translation>metadatos</translation>
        </message>
        <message>
            <source>chapters</source>
            <translation>capítulos</translation>
        </message>
        <message>
            <source>embed {items}</source>
            <translation>incrustar {items}</translation>
        </message>
        <message>
            <source>split by chapters</source>
            <translation>dividido por capítulos</translation>
        </message>
        <message>
            <source>section {start}–{end}</source>
            <translation>sección {start}–{end}</translation>
        </message>
    </context>
    <context>
        <name>ChooseFormat</name>
        <message>
            <source>As offered</source>
            <translation>Como se ofrece</translation>
        </message>
        <message>
            <source>Choose what to download</source>
            <translation>Elegir qué descargar</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) (the choice applies to all)</source>
            <translation>
                <numerusform>%n elemento (la elección vale para todos)</numerusform>
                <numerusform>%n elementos (la elección vale para todos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
        <message>
            <source>Audio only</source>
            <translation>Solo audio</translation>
        </message>
        <message>
            <source>Best offered</source>
            <translation>La mejor disponible</translation>
        </message>
        <message>
            <source>Up to {height}p</source>
            <translation>Hasta {height}p</translation>
        </message>
        <message>
            <source>Up to {max_height}p</source>
            <translation>Hasta {max_height}p</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Quality:</source>
            <translation>Calidad:</translation>
        </message>
        <message>
            <source>Container:</source>
            <translation>Contenedor:</translation>
        </message>
        <message>
            <source>Audio format:</source>
            <translation>Formato de audio:</translation>
        </message>
        <message>
            <source>Subtitles</source>
            <translation>Subtítulos</translation>
        </message>
        <message>
            <source>{lang} (automatic)</source>
            <translation>{lang} (automáticos)</translation>
        </message>
        <message>
            <source>This media lists no subtitles.</source>
            <translation>Este contenido no tiene subtítulos.</translation>
        </message>
        <message>
            <source>Also automatic captions</source>
            <translation>También subtítulos automáticos</translation>
        </message>
        <message>
            <source>Embedded in the video</source>
            <translation>Incrustados en el vídeo</translation>
        </message>
        <message>
            <source>Saved beside the file</source>
            <translation>Guardados junto al archivo</translation>
        </message>
        <message>
            <source>Convert to SRT</source>
            <translation>Convertir a SRT</translation>
        </message>
        <message>
            <source>Extras</source>
            <translation>Extras</translation>
        </message>
        <message>
            <source>Embed the thumbnail</source>
            <translation>Incrustar la miniatura</translation>
        </message>
        <message>
            <source>Embed metadata (title, artist, date…)</source>
            <translation>Incrustar metadatos (título, artista, fecha…)</translation>
        </message>
        <message>
            <source>Embed chapters</source>
            <translation>Incrustar capítulos</translation>
        </message>
        <message>
            <source>Split into one file per chapter</source>
            <translation>Dividir en un archivo por capítulo</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>h:mm:ss, m:ss or seconds; empty: from the start / to the end</source>
            <translation>h:mm:ss, m:ss o segundos; vacío: desde el inicio / hasta el final</translation>
        </message>
        <message>
            <source>Only a section:</source>
            <translation>Solo una sección:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
    </context>
    <context>
        <name>Classify</name>
        <message>
            <source>No downloadable video or audio was found at this address (the site is not supported, or the page has no media).</source>
            <translation>No se encontró vídeo ni audio descargable en esta dirección (el sitio no es compatible o la página no tiene contenido multimedia).</translation>
        </message>
        <message>
            <source>The disk is full.</source>
            <translation>El disco está lleno.</translation>
        </message>
        <message>
            <source>MediaDesk cannot write to the download folder. Choose another folder in Settings (or fix its permissions), then press Retry.</source>
            <translation>MediaDesk no puede escribir en la carpeta de descargas. Elige otra carpeta en Ajustes (o corrige sus permisos) y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>The server keeps redirecting this address (a redirect loop, or more redirects than any site needs), so it never reaches a file.</source>
            <translation>El servidor redirige esta dirección una y otra vez (un bucle de redirecciones, o más de las que necesita cualquier sitio), así que nunca llega a un archivo.</translation>
        </message>
        <message>
            <source>The server redirected to a {scheme}: address ({address}). MediaDesk only follows web (http/https) addresses, so nothing was downloaded.</source>
            <translation>El servidor redirigió a una dirección {scheme}: ({address}). MediaDesk solo sigue direcciones web (http/https), así que no se descargó nada.</translation>
        </message>
        <message>
            <source>The server closed the connection after {done:,} of {expected:,} bytes; the download continues from there.</source>
            <translation>El servidor cerró la conexión tras {done:,} de {expected:,} bytes; la descarga continúa desde ahí.</translation>
        </message>
        <message>
            <source>The server sent an empty file (0 bytes): there is nothing to download at this address. Check the address, or try again later if the site is being updated.</source>
            <translation>El servidor envió un archivo vacío (0 bytes): no hay nada que descargar en esta dirección. Comprueba la dirección o vuelve a intentarlo más tarde si el sitio se está actualizando.</translation>
        </message>
        <message>
            <source>The download folder {folder} was deleted or moved during the download. Create it again or choose another folder in Settings, then press Retry.</source>
            <translation>La carpeta de descargas {folder} se borró o se movió durante la descarga. Vuelve a crearla o elige otra carpeta en Ajustes y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>The chosen format is not offered for this media. Try another format preset.</source>
            <translation>El formato elegido no está disponible para este contenido. Prueba otro formato predefinido.</translation>
        </message>
        <message>
            <source>The download failed.</source>
            <translation>La descarga falló.</translation>
        </message>
        <message>
            <source>The server stopped sending data (no answer for {socket_timeout:g} s).</source>
            <translation>El servidor dejó de enviar datos (sin respuesta durante {socket_timeout:g} s).</translation>
        </message>
        <message>
            <source>The connection to the server was lost or refused.</source>
            <translation>La conexión con el servidor se perdió o fue rechazada.</translation>
        </message>
        <message>
            <source>The server says too many requests (HTTP 429); MediaDesk will wait and retry.</source>
            <translation>El servidor indica demasiadas peticiones (HTTP 429); MediaDesk esperará y volverá a intentarlo.</translation>
        </message>
        <message>
            <source>The server had a temporary problem (HTTP {status}).</source>
            <translation>El servidor tuvo un problema temporal (HTTP {status}).</translation>
        </message>
        <message>
            <source>The server asks for a login to get this file (HTTP 401).</source>
            <translation>El servidor pide iniciar sesión para obtener este archivo (HTTP 401).</translation>
        </message>
        <message>
            <source>The server refused access to this file (HTTP 403).</source>
            <translation>El servidor denegó el acceso a este archivo (HTTP 403).</translation>
        </message>
        <message>
            <source>The server says this file does not exist (HTTP 404). Check the address.</source>
            <translation>El servidor dice que este archivo no existe (HTTP 404). Comprueba la dirección.</translation>
        </message>
        <message>
            <source>The file has been removed from the server (HTTP 410).</source>
            <translation>El archivo se ha eliminado del servidor (HTTP 410).</translation>
        </message>
        <message>
            <source>The server refused the request (HTTP {status}).</source>
            <translation>El servidor rechazó la petición (HTTP {status}).</translation>
        </message>
    </context>
    <context>
        <name>ClipboardOffer</name>
        <message>
            <source>Download</source>
            <extracomment>Set on every copy MediaDesk makes through :func:`copy_text`; such copies are not offered.</extracomment>
            <translation>Descargar</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Ahora no</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Download with MediaDesk?</source>
            <translation>¿Descargar con MediaDesk?</translation>
        </message>
        <message>
            <source>&amp;Watch Clipboard for Links</source>
            <translation>&amp;Vigilar el portapapeles en busca de enlaces</translation>
        </message>
        <message>
            <source>Offer to download media links copied in other programs</source>
            <translation>Ofrecer descargar los enlaces multimedia copiados en otros programas</translation>
        </message>
    </context>
    <context>
        <name>ClosePolicy</name>
        <message>
            <source>Quit while downloading?</source>
            <translation>¿Salir mientras se descarga?</translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) not finished yet. If you quit now, they continue from where they stopped the next time you start MediaDesk.

Quit MediaDesk? (No keeps the window open and the downloads running.)</source>
            <translation>
                <numerusform>%n descarga aún no ha terminado. Si sales ahora, continuará donde se quedó la próxima vez que inicies MediaDesk.

¿Salir de MediaDesk? («No» deja la ventana abierta y las descargas en marcha).</numerusform>
                <numerusform>%n descargas aún no han terminado. Si sales ahora, continuarán donde se quedaron la próxima vez que inicies MediaDesk.

¿Salir de MediaDesk? («No» deja la ventana abierta y las descargas en marcha).</numerusform>
            </translation>
        </message>
        <message>
            <source>MediaDesk is still running</source>
            <translation>MediaDesk sigue en marcha</translation>
        </message>
        <message>
            <source>Downloads continue in the background. Click the MediaDesk icon in the system tray to open the window again, or choose Quit from its menu to stop.</source>
            <translation>Las descargas continúan en segundo plano. Haz clic en el icono de MediaDesk de la bandeja del sistema para volver a abrir la ventana, o elige Salir en su menú para detenerlas.</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadida</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Remove unfinished downloads?</source>
            <extracomment>Opens a file, folder or web page with the desktop's default application. Asks a yes/no question (parent, title, text); True means go ahead. Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar. A command changed job states: what is enabled should follow at once, not one flush later.</extracomment>
            <translation>¿Quitar descargas sin terminar?</translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) not finished yet. Removing deletes what was downloaded so far. Finished files are kept.</source>
            <translation>
                <numerusform>%n descarga aún no ha terminado. Quitarla borra lo descargado hasta ahora. Los archivos terminados se conservan.</numerusform>
                <numerusform>%n descargas aún no han terminado. Quitarlas borra lo descargado hasta ahora. Los archivos terminados se conservan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n downloaded file(s) will be deleted from the disk.</source>
            <translation>
                <numerusform>Se borrará del disco %n archivo descargado.</numerusform>
                <numerusform>Se borrarán del disco %n archivos descargados.</numerusform>
            </translation>
        </message>
        <message>
            <source>No finished files will be deleted; partial downloads are.</source>
            <translation>No se borrará ningún archivo terminado; las descargas parciales, sí.</translation>
        </message>
        <message>
            <source>Remove and delete files?</source>
            <translation>¿Quitar y borrar los archivos?</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n download(s) from the list? {detail}
This cannot be undone.</source>
            <translation>
                <numerusform>¿Quitar %n descarga de la lista? {detail}
No se puede deshacer.</numerusform>
                <numerusform>¿Quitar %n descargas de la lista? {detail}
No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file is no longer there: {file_path}</source>
            <translation>El archivo ya no está: {file_path}</translation>
        </message>
        <message>
            <source>No application could open {file_path}. Check which application your desktop uses for this kind of file, or use Show in Folder.</source>
            <translation>Ninguna aplicación pudo abrir {file_path}. Comprueba qué aplicación usa tu escritorio para este tipo de archivo, o usa Abrir carpeta.</translation>
        </message>
        <message>
            <source>The folder is no longer there: {items}</source>
            <translation>La carpeta ya no está: {items}</translation>
        </message>
        <message>
            <source>No file manager could show {items}.</source>
            <translation>Ningún gestor de archivos pudo mostrar {items}.</translation>
        </message>
        <message>
            <source>The folder is no longer there: {folder}</source>
            <translation>La carpeta ya no está: {folder}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n address(es).</source>
            <translation>
                <numerusform>%n dirección copiada.</numerusform>
                <numerusform>%n direcciones copiadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DamagedCheck</name>
        <message>
            <source>The job list could not be checked for damaged rows: {problem}</source>
            <extracomment>The damaged rows (each with ``describe()``) and how many of them name each valid state.</extracomment>
            <translation>No se pudo comprobar si la lista de tareas tiene filas dañadas: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Delegate</name>
        <message>
            <source>Processing</source>
            <translation>Procesando</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>Select a download to see its details.</source>
            <translation>Selecciona una descarga para ver sus detalles.</translation>
        </message>
        <message>
            <source>Download details</source>
            <translation>Detalles de la descarga</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Thumbnail</source>
            <translation>Miniatura</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Try this download again</source>
            <translation>Volver a intentar esta descarga</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Dirección:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Tamaño:</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Intentos:</translation>
        </message>
        <message>
            <source>Times:</source>
            <translation>Horas:</translation>
        </message>
        <message>
            <source>Media:</source>
            <translation>Contenido:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>What happened to this download, oldest first</source>
            <translation>Lo que le pasó a esta descarga, lo más antiguo primero</translation>
        </message>
        <message>
            <source>Nothing logged yet.</source>
            <translation>Aún no hay nada registrado.</translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) selected.</source>
            <translation>
                <numerusform>%n descarga seleccionada.</numerusform>
                <numerusform>%n descargas seleccionadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>faltan {duration}</translation>
        </message>
        <message>
            <source>waiting for {size} of free disk space</source>
            <translation>esperando {size} de espacio libre en disco</translation>
        </message>
        <message>
            <source>next try in {duration}</source>
            <translation>próximo intento en {duration}</translation>
        </message>
        <message>
            <source>Will be saved in {output_dir}</source>
            <translation>Se guardará en {output_dir}</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Aún no se sabe</translation>
        </message>
        <message>
            <source>Nothing kept: the partial file was deleted</source>
            <translation>No se conserva nada: el archivo parcial se borró</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Aún no ha empezado</translation>
        </message>
        <message>
            <source>added {time}</source>
            <translation>añadida {time}</translation>
        </message>
        <message>
            <source>started {time}</source>
            <translation>empezada {time}</translation>
        </message>
        <message>
            <source>ended {time}</source>
            <translation>terminada {time}</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadida</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Empezada</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>This download was canceled.</source>
            <translation>Esta descarga se canceló.</translation>
        </message>
        <message>
            <source>by {uploader}</source>
            <translation>de {uploader}</translation>
        </message>
        <message>
            <source>Cannot be read: {exc}</source>
            <translation>No se puede leer: {exc}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Gathering versions and paths…</source>
            <translation>Reuniendo versiones y rutas…</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Could not gather the report: {error}</source>
            <translation>No se pudo reunir el informe: {error}</translation>
        </message>
    </context>
    <context>
        <name>DownloadAgain</name>
        <message>
            <source>It was saved as {path}</source>
            <extracomment>Asks what to do with addresses already downloaded (parent, their finished jobs).</extracomment>
            <translation>Se guardó como {path}</translation>
        </message>
        <message>
            <source>“{name}” was downloaded before.</source>
            <translation>«{name}» ya se descargó antes.</translation>
        </message>
        <message>
            <source>Download again?</source>
            <translation>¿Descargar de nuevo?</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more</source>
            <translation>
                <numerusform>…y %n más</numerusform>
                <numerusform>…y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address(es) were downloaded before:</source>
            <translation>
                <numerusform>%n dirección ya se descargó antes:</numerusform>
                <numerusform>%n direcciones ya se descargaron antes:</numerusform>
            </translation>
        </message>
        <message>
            <source>Download &amp;Again</source>
            <translation>Descargar de &amp;nuevo</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Show Existing File(s)</source>
            <translation>
                <numerusform>&amp;Mostrar el archivo existente</numerusform>
                <numerusform>&amp;Mostrar los archivos existentes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DownloadJob</name>
        <message>
            <source>{problem} Choose another download folder in Settings, then press Retry.</source>
            <translation>{problem} Elige otra carpeta de descargas en Ajustes y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>The download had already finished before MediaDesk stopped; nothing was fetched again.</source>
            <translation>La descarga ya había terminado antes de que MediaDesk se detuviera; no se volvió a descargar nada.</translation>
        </message>
        <message>
            <source>Format: {format}.</source>
            <translation>Formato: {format}.</translation>
        </message>
        <message>
            <source>This page has no video of its own: it shows a player from another page, {embed}. Add that address instead.</source>
            <translation>Esta página no tiene vídeo propio: muestra un reproductor de otra página, {embed}. Añade esa dirección en su lugar.</translation>
        </message>
        <message>
            <source>The video came without audio and ffmpeg was not found to merge the separate audio.</source>
            <translation>El vídeo llegó sin audio y no se encontró ffmpeg para unir el audio por separado.</translation>
        </message>
        <message>
            <source>The video came without audio: fetching audio {audio_id}.</source>
            <translation>El vídeo llegó sin audio: descargando el audio {audio_id}.</translation>
        </message>
        <message>
            <source>The separate audio could not be fetched.</source>
            <translation>No se pudo descargar el audio por separado.</translation>
        </message>
        <message>
            <source>The separate audio could not be merged: {problem}</source>
            <translation>No se pudo unir el audio por separado: {problem}</translation>
        </message>
        <message>
            <source>Merged the separate audio into the video.</source>
            <translation>Se unió el audio por separado al vídeo.</translation>
        </message>
        <message>
            <source>The partial file was already complete.</source>
            <translation>El archivo parcial ya estaba completo.</translation>
        </message>
        <message>
            <source>This server cannot resume: the download restarts from zero (the partial file is discarded).</source>
            <translation>Este servidor no permite reanudar: la descarga empieza de cero (se descarta el archivo parcial).</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>MediaDesk stopped during this download; continuing from the partial file.</source>
            <translation>MediaDesk se cerró durante esta descarga; continúa desde el archivo parcial.</translation>
        </message>
        <message>
            <source>It does not fit on the disk.</source>
            <translation>No cabe en el disco.</translation>
        </message>
        <message>
            <source>{waiting}; continues then.</source>
            <translation>{waiting}; continuará entonces.</translation>
        </message>
        <message>
            <source>Processing the downloaded media.</source>
            <translation>Procesando el contenido descargado.</translation>
        </message>
        <message>
            <source>This video was downloaded before.</source>
            <translation>Este vídeo ya se descargó antes.</translation>
        </message>
        <message>
            <source>{why} Waiting for disk space: {megabytes} MB free needed in {output_dir}. It continues by itself when there is room.</source>
            <translation>{why} Esperando espacio en disco: se necesitan {megabytes} MB libres en {output_dir}. Continúa sola cuando haya sitio.</translation>
        </message>
        <message>
            <source>There is enough disk space again; continuing.</source>
            <translation>Vuelve a haber espacio en disco; continuando.</translation>
        </message>
    </context>
    <context>
        <name>FailureAction</name>
        <message>
            <source>Cookie Settings…</source>
            <translation>Ajustes de cookies…</translation>
        </message>
        <message>
            <source>Update yt-dlp…</source>
            <translation>Actualizar yt-dlp…</translation>
        </message>
        <message>
            <source>Diagnostics…</source>
            <translation>Diagnóstico…</translation>
        </message>
        <message>
            <source>Add Embedded Address</source>
            <translation>Añadir la dirección incrustada</translation>
        </message>
    </context>
    <context>
        <name>FailureActions</name>
        <message>
            <source>Run this in a terminal: {command}</source>
            <translation>Ejecuta esto en una terminal: {command}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Show {filter}</source>
            <translation>Mostrar {filter}</translation>
        </message>
        <message>
            <source>Search titles and addresses</source>
            <translation>Buscar en títulos y direcciones</translation>
        </message>
        <message>
            <source>Search downloads</source>
            <translation>Buscar descargas</translation>
        </message>
        <message>
            <source>Shows only downloads whose title or address matches</source>
            <translation>Muestra solo las descargas cuyo título o dirección coincide</translation>
        </message>
        <message>
            <source>Show {filter}: {count}</source>
            <translation>Mostrar {filter}: {count}</translation>
        </message>
        <message>
            <source>Every download in the list</source>
            <translation>Todas las descargas de la lista</translation>
        </message>
        <message>
            <source>Downloading or processing now</source>
            <translation>Descargándose o procesándose ahora</translation>
        </message>
        <message>
            <source>Waiting for their turn</source>
            <translation>Esperando su turno</translation>
        </message>
        <message>
            <source>Paused by you</source>
            <translation>Pausadas por ti</translation>
        </message>
        <message>
            <source>Downloaded successfully</source>
            <translation>Descargadas correctamente</translation>
        </message>
        <message>
            <source>Failed; these can be retried</source>
            <translation>Fallidas; se pueden reintentar</translation>
        </message>
        <message>
            <source>Canceled by you; these can be retried</source>
            <translation>Canceladas por ti; se pueden reintentar</translation>
        </message>
    </context>
    <context>
        <name>Folders</name>
        <message>
            <source>No download folder is set.</source>
            <translation>No hay ninguna carpeta de descargas.</translation>
        </message>
        <message>
            <source>“{folder}” is a file, not a folder.</source>
            <translation>«{folder}» es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <source>The folder “{folder}” cannot be created ({reason}).</source>
            <translation>No se puede crear la carpeta «{folder}» ({reason}).</translation>
        </message>
        <message>
            <source>“{folder}” is not a folder.</source>
            <translation>«{folder}» no es una carpeta.</translation>
        </message>
        <message>
            <source>MediaDesk cannot write to “{folder}” ({reason}).</source>
            <translation>MediaDesk no puede escribir en «{folder}» ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>FormatChooser</name>
        <message>
            <source>Nothing to choose for: the field holds no web address.</source>
            <extracomment>Shows the chooser: (probe result, defaults, parent) -&gt; the choice, or None if canceled. Every Choose… ends here: the add results (empty when canceled, failed or refused).</extracomment>
            <translation>Nada que elegir: el campo no contiene ninguna dirección web.</translation>
        </message>
        <message>
            <source>Stopped looking at {address}.</source>
            <translation>Se dejó de examinar {address}.</translation>
        </message>
        <message>
            <source>Could not look at {address}: {probed}</source>
            <translation>No se pudo mirar {address}: {probed}</translation>
        </message>
    </context>
    <context>
        <name>FormatFacts</name>
        <message>
            <source>Variants without declared codecs ({formats}) are taken as video only; the separate audio is merged in.</source>
            <translation>Las variantes sin códecs declarados ({formats}) se toman como solo vídeo; el audio por separado se une.</translation>
        </message>
        <message>
            <source>Measured {measured} unlabeled files to rank them by size.</source>
            <translation>Se midieron {measured} archivos sin etiquetar para ordenarlos por tamaño.</translation>
        </message>
        <message>
            <source>Read {count} chapters from the file itself.</source>
            <translation>Se leyeron {count} capítulos del propio archivo.</translation>
        </message>
    </context>
    <context>
        <name>FormatPlan</name>
        <message>
            <source>ffmpeg was not found: downloading the best audio as offered (no {format} conversion).</source>
            <translation>no se encontró ffmpeg: se descarga el mejor audio tal como se ofrece (sin conversión a {format}).</translation>
        </message>
        <message>
            <source>ffmpeg was not found: downloading the best single file instead of merging separate video and audio.</source>
            <translation>no se encontró ffmpeg: se descarga el mejor archivo único en lugar de unir vídeo y audio por separado.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: the file keeps the container it is offered in, not {container}.</source>
            <translation>no se encontró ffmpeg: el archivo conserva el contenedor en que se ofrece, no {container}.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: subtitles are saved beside the file, not embedded.</source>
            <translation>no se encontró ffmpeg: los subtítulos se guardan junto al archivo, no incrustados.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: subtitles are kept in the format offered, not srt.</source>
            <translation>no se encontró ffmpeg: los subtítulos se quedan en el formato ofrecido, no en srt.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: metadata and chapters are not embedded.</source>
            <translation>no se encontró ffmpeg: no se incrustan los metadatos ni los capítulos.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: the thumbnail is not embedded.</source>
            <translation>no se encontró ffmpeg: no se incrusta la miniatura.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: the file is not split by chapters.</source>
            <translation>no se encontró ffmpeg: el archivo no se divide por capítulos.</translation>
        </message>
        <message>
            <source>ffmpeg was not found: the whole media is downloaded, not only the section.</source>
            <translation>no se encontró ffmpeg: se descarga todo el contenido, no solo la sección.</translation>
        </message>
    </context>
    <context>
        <name>FormatPreset</name>
        <message>
            <source>Best quality</source>
            <translation>Mejor calidad</translation>
        </message>
        <message>
            <source>Video up to 1080p</source>
            <translation>Vídeo hasta 1080p</translation>
        </message>
        <message>
            <source>Video up to 720p</source>
            <translation>Vídeo hasta 720p</translation>
        </message>
        <message>
            <source>Audio only</source>
            <translation>Solo audio</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
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
            <translation>{n} d</translation>
        </message>
        <message>
            <source>Today, {time}</source>
            <translation>Hoy, {time}</translation>
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation>Ayer, {time}</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Diagnostics</source>
            <translation>&amp;Diagnóstico</translation>
        </message>
        <message>
            <source>Versions and paths, for a bug report</source>
            <translation>Versiones y rutas, para informar de un error</translation>
        </message>
        <message>
            <source>&amp;Update yt-dlp…</source>
            <translation>&amp;Actualizar yt-dlp…</translation>
        </message>
        <message>
            <source>Install the newest yt-dlp for new downloads</source>
            <translation>Instalar el yt-dlp más reciente para las descargas nuevas</translation>
        </message>
        <message>
            <source>yt-dlp {available} is available (MediaDesk uses {installed}). Help ▸ Update yt-dlp… installs it.</source>
            <translation>yt-dlp {available} está disponible (MediaDesk usa {installed}). Ayuda ▸ Actualizar yt-dlp… lo instala.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>Added to the queue.</source>
            <extracomment>``duplicate_of`` is a finished download of the same address (add with ``again``).</extracomment>
            <translation>Añadida a la cola.</translation>
        </message>
        <message>
            <source>Already in the list ({state}).</source>
            <translation>Ya está en la lista ({state}).</translation>
        </message>
        <message>
            <source>Downloaded before.</source>
            <translation>Ya se descargó antes.</translation>
        </message>
        <message>
            <source>The password in this address could not be kept safely: {exc}</source>
            <translation>La contraseña de esta dirección no se pudo guardar de forma segura: {exc}</translation>
        </message>
    </context>
    <context>
        <name>JobState</name>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Descargando</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>Procesando</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausada</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Cancelada</translation>
        </message>
    </context>
    <context>
        <name>JobTable</name>
        <message>
            <source>Downloads</source>
            <extracomment>The selected rows changed (or rows under them went away): ask for the jobs again. A model flush changed some selected jobs; carries the changed job ids.</extracomment>
            <translation>Descargas</translation>
        </message>
        <message>
            <source>One row per download: title, status, progress, size, speed, time left, added</source>
            <translation>Una fila por descarga: título, estado, progreso, tamaño, velocidad, tiempo restante, añadida</translation>
        </message>
        <message>
            <source>No downloads yet</source>
            <translation>Aún no hay descargas</translation>
        </message>
        <message>
            <source>Paste links into the field above, or drop them here from your browser.</source>
            <translation>Pega enlaces en el campo de arriba o arrástralos aquí desde tu navegador.</translation>
        </message>
        <message>
            <source>No downloads match</source>
            <translation>Ninguna descarga coincide</translation>
        </message>
        <message>
            <source>Try another filter or search.</source>
            <translation>Prueba otro filtro u otra búsqueda.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System default</source>
            <translation>Predeterminado del sistema</translation>
        </message>
    </context>
    <context>
        <name>LinkIntake</name>
        <message>
            <source>Nothing to add from {source}: it holds no web address.</source>
            <extracomment>Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar. Selects jobs in the table and scrolls to them. Shows finished jobs' files (their folders) on the desktop.</extracomment>
            <translation>No hay nada que añadir de {source}: no contiene ninguna dirección web.</translation>
        </message>
        <message>
            <source>the drop</source>
            <translation>lo soltado</translation>
        </message>
        <message>
            <source>The clipboard is empty.</source>
            <translation>El portapapeles está vacío.</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>el portapapeles</translation>
        </message>
        <message>
            <source>Downloaded before; shown in the list.</source>
            <translation>Ya se descargó antes; se muestra en la lista.</translation>
        </message>
        <message>
            <source>Downloaded before; not added again.</source>
            <translation>Ya se descargó antes; no se volvió a añadir.</translation>
        </message>
        <message numerus="yes">
            <source>Queued %n download(s).</source>
            <translation>
                <numerusform>%n descarga en cola.</numerusform>
                <numerusform>%n descargas en cola.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LookingStrip</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop looking at this address (Esc)</source>
            <translation>Dejar de examinar esta dirección (Esc)</translation>
        </message>
        <message>
            <source>Looking at {address}…</source>
            <translation>Examinando {address}…</translation>
        </message>
        <message>
            <source>Looking at {address}</source>
            <translation>Examinando {address}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Downloads</source>
            <translation>&amp;Descargas</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Sort by &amp;Queue Order</source>
            <translation>Ordenar por orden de &amp;cola</translation>
        </message>
        <message>
            <source>Show downloads in the order they will run</source>
            <translation>Mostrar las descargas en el orden en que se ejecutarán</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>Search titles and addresses</source>
            <translation>Buscar en títulos y direcciones</translation>
        </message>
        <message>
            <source>&amp;Details Pane</source>
            <translation>Panel de &amp;detalles</translation>
        </message>
    </context>
    <context>
        <name>MessageArea</name>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message numerus="yes">
            <source>Queued %n download(s).</source>
            <translation>
                <numerusform>%n descarga en cola.</numerusform>
                <numerusform>%n descargas en cola.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to add from {source}: no web address found.</source>
            <translation>No hay nada que añadir de {source}: no se encontró ninguna dirección web.</translation>
        </message>
        <message>
            <source>Nothing to add: no web address found.</source>
            <translation>Nada que añadir: no se encontró ninguna dirección web.</translation>
        </message>
        <message>
            <source>Not added:</source>
            <translation>No añadido:</translation>
        </message>
        <message>
            <source>Nothing added from {source}:</source>
            <translation>No se añadió nada de {source}:</translation>
        </message>
        <message>
            <source>Nothing added:</source>
            <translation>No se añadió nada:</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…y %n más.</numerusform>
                <numerusform>…y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Descartar el mensaje</translation>
        </message>
    </context>
    <context>
        <name>NamePreview</name>
        <message>
            <source>the preview process ended with code {code}</source>
            <translation>el proceso de vista previa terminó con el código {code}</translation>
        </message>
        <message>
            <source>No example available: {reason}.</source>
            <translation>No hay ejemplo disponible: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Naming</name>
        <message>
            <source>The file name template is empty.</source>
            <translation>La plantilla de nombres de archivo está vacía.</translation>
        </message>
        <message>
            <source>This template cannot be used: {exc}.</source>
            <translation>Esta plantilla no se puede usar: {exc}.</translation>
        </message>
        <message>
            <source>The template gives no name for this video, so the title is used.</source>
            <translation>La plantilla no da ningún nombre para este vídeo, así que se usa el título.</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>cookies from the file {path}</source>
            <translation>cookies del archivo {path}</translation>
        </message>
        <message>
            <source> (profile {profile})</source>
            <translation> (perfil {profile})</translation>
        </message>
        <message>
            <source>cookies from {browser}{profile}</source>
            <translation>cookies de {browser}{profile}</translation>
        </message>
        <message>
            <source>no cookies</source>
            <translation>sin cookies</translation>
        </message>
        <message>
            <source>Unknown browser {name!r} for cookies. Use one of: {items} (optionally followed by :PROFILE).</source>
            <translation>Navegador desconocido {name!r} para las cookies. Usa uno de estos: {items} (opcionalmente seguido de :PERFIL).</translation>
        </message>
        <message>
            <source>The cookies file {path} does not exist.</source>
            <translation>El archivo de cookies {path} no existe.</translation>
        </message>
        <message>
            <source>The cookies file {path} is a folder, not a file.</source>
            <translation>El archivo de cookies {path} es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>The cookies file {path} cannot be read (permission denied). Fix its permissions.</source>
            <translation>El archivo de cookies {path} no se puede leer (permiso denegado). Corrige sus permisos.</translation>
        </message>
        <message>
            <source>Not a proxy address: {address}</source>
            <translation>No es una dirección de proxy: {address}</translation>
        </message>
        <message>
            <source>A proxy address starts with http://, https:// or socks5:// (for example socks5://127.0.0.1:1080), not {address}</source>
            <translation>Una dirección de proxy empieza por http://, https:// o socks5:// (por ejemplo socks5://127.0.0.1:1080), no {address}</translation>
        </message>
        <message>
            <source>The proxy address {address} has no host name.</source>
            <translation>La dirección de proxy {address} no tiene nombre de host.</translation>
        </message>
        <message>
            <source>The proxy address {address} needs a port, e.g. {scheme}://host:8080</source>
            <translation>La dirección de proxy {address} necesita un puerto, p. ej. {scheme}://host:8080</translation>
        </message>
    </context>
    <context>
        <name>NetworkOptions</name>
        <message>
            <source>{message} Choose another cookie source in Settings ▸ Network, then press Retry.</source>
            <translation>{message} Elige otra fuente de cookies en Ajustes ▸ Red y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>The cookies file {path} cannot be read.</source>
            <translation>El archivo de cookies {path} no se puede leer.</translation>
        </message>
    </context>
    <context>
        <name>NetworkSettings</name>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>No cookies</source>
            <translation>Sin cookies</translation>
        </message>
        <message>
            <source>Cookies from a browser</source>
            <translation>Cookies de un navegador</translation>
        </message>
        <message>
            <source>Cookies from a cookies.txt file</source>
            <translation>Cookies de un archivo cookies.txt</translation>
        </message>
        <message>
            <source>Sites that want a signed-in visitor (or a bot check) accept the cookies of a browser where you are signed in. MediaDesk reads them when a download starts and never stores them.</source>
            <translation>Los sitios que exigen un visitante con sesión iniciada (o una comprobación antibots) aceptan las cookies de un navegador donde hayas iniciado sesión. MediaDesk las lee al empezar una descarga y nunca las guarda.</translation>
        </message>
        <message>
            <source>Profile (optional; default: the last used)</source>
            <translation>Perfil (opcional; por defecto: el último usado)</translation>
        </message>
        <message>
            <source>cookies.txt (Netscape format)</source>
            <translation>cookies.txt (formato Netscape)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>No proxy — e.g. socks5://user@127.0.0.1:1080</source>
            <translation>Sin proxy: p. ej. socks5://user@127.0.0.1:1080</translation>
        </message>
        <message>
            <source>http://, https:// or socks5:// address with a port</source>
            <translation>Dirección http://, https:// o socks5:// con puerto</translation>
        </message>
        <message>
            <source>Proxy password (if it needs one)</source>
            <translation>Contraseña del proxy (si la necesita)</translation>
        </message>
        <message>
            <source>Kept in a private file in MediaDesk's data folder, never in the job database</source>
            <translation>Se guarda en un archivo privado de la carpeta de datos de MediaDesk, nunca en la base de datos de descargas</translation>
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
            <translation>Elige el archivo cookies.txt u otra fuente de cookies.</translation>
        </message>
        <message>
            <source>The proxy has a password but no user name: write it as scheme://USER@host:port.</source>
            <translation>El proxy tiene contraseña pero no nombre de usuario: escríbelo como esquema://USUARIO@host:puerto.</translation>
        </message>
        <message>
            <source>Cookies file</source>
            <translation>Archivo de cookies</translation>
        </message>
        <message>
            <source>Cookies (*.txt);;All files (*)</source>
            <translation>Cookies (*.txt);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Download finished</source>
            <translation>Descarga terminada</translation>
        </message>
        <message>
            <source>Download failed</source>
            <translation>Descarga fallida</translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) finished</source>
            <translation>
                <numerusform>%n descarga terminada</numerusform>
                <numerusform>%n descargas terminadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fallida</numerusform>
                <numerusform>%n fallidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n download(s) failed</source>
            <translation>
                <numerusform>%n descarga fallida</numerusform>
                <numerusform>%n descargas fallidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more</source>
            <translation>
                <numerusform>…y %n más</numerusform>
                <numerusform>…y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
    </context>
    <context>
        <name>Persistence</name>
        <message>
            <source>nothing was lost</source>
            <translation>no se perdió nada</translation>
        </message>
        <message>
            <source>every job was written again (their logs could not be recovered)</source>
            <translation>todas las descargas se volvieron a escribir (sus registros no se pudieron recuperar)</translation>
        </message>
        <message>
            <source>The folder holding the job list ({parent}) was deleted while MediaDesk was running. The job list was saved again as {path}; {kept}.</source>
            <translation>La carpeta de la lista de descargas ({parent}) se borró mientras MediaDesk estaba en marcha. La lista se guardó de nuevo como {path}; {kept}.</translation>
        </message>
    </context>
    <context>
        <name>PlaylistPicker</name>
        <message>
            <source>“{part}” is not a number or a range such as 1-3.</source>
            <translation>«{part}» no es un número ni un intervalo como 1-3.</translation>
        </message>
        <message>
            <source>“{part}” is outside 1-{maximum}.</source>
            <translation>«{part}» está fuera de 1-{maximum}.</translation>
        </message>
        <message>
            <source>Type item numbers or ranges, for example 1-3,7.</source>
            <translation>Escribe números o intervalos, por ejemplo 1-3,7.</translation>
        </message>
        <message>
            <source>Choose items: {title}</source>
            <translation>Elegir elementos: {title}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Descargado</translation>
        </message>
        <message>
            <source>Search titles</source>
            <translation>Buscar títulos</translation>
        </message>
        <message>
            <source>Items, e.g. 1-3,7</source>
            <translation>Elementos, p. ej. 1-3,7</translation>
        </message>
        <message>
            <source>Tick only these</source>
            <translation>Marcar solo estos</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message numerus="yes">
            <source>%n already downloaded (unticked)</source>
            <translation>
                <numerusform>%n ya descargado (sin marcar)</numerusform>
                <numerusform>%n ya descargados (sin marcar)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ticked</source>
            <translation>
                <numerusform>%n elemento marcado</numerusform>
                <numerusform>%n elementos marcados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Queue %n item(s)</source>
            <translation>
                <numerusform>Poner en cola %n elemento</numerusform>
                <numerusform>Poner en cola %n elementos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProbeService</name>
        <message>
            <source>It could not be read.</source>
            <extracomment>A probe that has not answered by then is killed (a stalled server, a hung extractor).</extracomment>
            <translation>No se pudo leer.</translation>
        </message>
        <message>
            <source>The address could not be checked (exit code {code}).</source>
            <translation>No se pudo comprobar la dirección (código de salida {code}).</translation>
        </message>
        <message>
            <source>The probe could not start: {problem}</source>
            <translation>El examen no pudo iniciarse: {problem}</translation>
        </message>
        <message>
            <source>It did not answer within {seconds} seconds.</source>
            <translation>No respondió en {seconds} segundos.</translation>
        </message>
    </context>
    <context>
        <name>QueueCommands</name>
        <message>
            <source>Paused. This server cannot resume: resuming starts over.</source>
            <translation>En pausa. Este servidor no permite reanudar: al reanudar se empieza de cero.</translation>
        </message>
        <message>
            <source>Canceled; partial files deleted.</source>
            <translation>Cancelada; archivos parciales borrados.</translation>
        </message>
        <message>
            <source>Not retried: the same address is already in the list.</source>
            <translation>No se reintentó: la misma dirección ya está en la lista.</translation>
        </message>
        <message>
            <source>Retry requested.</source>
            <translation>Reintento solicitado.</translation>
        </message>
        <message>
            <source>Back in the queue (fewer downloads at once); continues where it stopped.</source>
            <translation>De vuelta en la cola (menos descargas a la vez); continúa donde se quedó.</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>The download could not run: {exc}</source>
            <translation>La descarga no se pudo ejecutar: {exc}</translation>
        </message>
        <message>
            <source>The download process could not start: {problem}</source>
            <translation>El proceso de descarga no pudo iniciarse: {problem}</translation>
        </message>
        <message>
            <source>The download process ended unexpectedly (exit code {code}).</source>
            <translation>El proceso de descarga terminó de forma inesperada (código de salida {code}).</translation>
        </message>
    </context>
    <context>
        <name>Runs</name>
        <message>
            <source>It is no longer saved.</source>
            <translation>Ya no está guardada.</translation>
        </message>
        <message>
            <source>The format chosen for this download cannot be read ({exc}). Remove it and add the address again.</source>
            <translation>El formato elegido para esta descarga no se puede leer ({exc}). Quítala y vuelve a añadir la dirección.</translation>
        </message>
        <message>
            <source>Started (attempt {attempt}).</source>
            <translation>Iniciada (intento {attempt}).</translation>
        </message>
        <message>
            <source>Nothing new in this playlist ({summary}).</source>
            <translation>Nada nuevo en esta lista ({summary}).</translation>
        </message>
        <message>
            <source>Finished: the last bytes arrived before the stop took effect.</source>
            <translation>Terminada: los últimos bytes llegaron antes de que la parada surtiera efecto.</translation>
        </message>
        <message>
            <source>{note} Saved as {file_path}</source>
            <translation>{note} Guardada como {file_path}</translation>
        </message>
        <message>
            <source>{message} Retrying in {delay:.0f} s (attempt {attempt} of {max_attempts}).</source>
            <translation>{message} Se reintentará en {delay:.0f} s (intento {attempt} de {max_attempts}).</translation>
        </message>
        <message>
            <source>{text} Gave up after {attempts} attempts.</source>
            <translation>{text} Se abandonó tras {attempts} intentos.</translation>
        </message>
        <message>
            <source>The password for this address cannot be used: {why} Remove the download and add the address again with its password.</source>
            <translation>La contraseña de esta dirección no se puede usar: {why} Quita la descarga y vuelve a añadir la dirección con su contraseña.</translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message>
            <source>Scheduled: downloads run {text}</source>
            <extracomment>A timer never sleeps longer than this: a suspended laptop or a clock change is noticed.</extracomment>
            <translation>Programado: las descargas se ejecutan {text}</translation>
        </message>
        <message>
            <source>Do nothing</source>
            <translation>No hacer nada</translation>
        </message>
        <message>
            <source>Quit MediaDesk</source>
            <translation>Salir de MediaDesk</translation>
        </message>
        <message>
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programación</translation>
        </message>
        <message>
            <source>Download only during these hours</source>
            <translation>Descargar solo en estas horas</translation>
        </message>
        <message>
            <source>Outside these hours downloads wait as scheduled; running ones stop and continue from where they were when the hours begin again. An end before the start runs over midnight.</source>
            <translation>Fuera de estas horas las descargas esperan como programadas; las que están en curso se detienen y continúan donde estaban cuando vuelven las horas. Un final anterior al inicio pasa la medianoche.</translation>
        </message>
        <message>
            <source>Use another speed limit during these hours</source>
            <translation>Usar otro límite de velocidad en estas horas</translation>
        </message>
        <message>
            <source> kB/s</source>
            <translation> kB/s</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>Hours:</source>
            <translation>Horas:</translation>
        </message>
        <message>
            <source>Speed limit:</source>
            <translation>Límite de velocidad:</translation>
        </message>
        <message>
            <source>When everything is done:</source>
            <translation>Cuando todo termine:</translation>
        </message>
    </context>
    <context>
        <name>ScheduleUi</name>
        <message>
            <source>S&amp;chedule…</source>
            <translation>Pro&amp;gramación…</translation>
        </message>
        <message>
            <source>When downloads run, at what speed, and what happens after</source>
            <translation>Cuándo se ejecutan las descargas, a qué velocidad y qué pasa después</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>How many downloads run at the same time</source>
            <translation>Cuántas descargas se ejecutan a la vez</translation>
        </message>
        <message>
            <source>Connections each download may open to the server, for servers that limit the speed of every connection; 1 downloads like the yt-dlp command line. Used only when the server allows partial requests; streams (HLS/DASH) are not affected.</source>
            <translation>Conexiones que cada descarga puede abrir con el servidor, para servidores que limitan la velocidad de cada conexión; 1 descarga como la línea de órdenes de yt-dlp. Solo se usa cuando el servidor admite peticiones parciales; los streams (HLS/DASH) no se ven afectados.</translation>
        </message>
        <message>
            <source> kB/s</source>
            <translation> kB/s</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>Maximum speed of each download; 0 means unlimited</source>
            <translation>Velocidad máxima de cada descarga; 0 significa sin límite</translation>
        </message>
        <message>
            <source>Maximum speed of all downloads together, shared among them; the tray's Limit Speed switches it on and off</source>
            <translation>Velocidad máxima de todas las descargas juntas, repartida entre ellas; Limitar velocidad en la bandeja lo activa y desactiva</translation>
        </message>
        <message>
            <source>How often a download is tried before it is marked as failed (only for network trouble; a missing video fails at once)</source>
            <translation>Cuántas veces se intenta una descarga antes de marcarla como fallida (solo por problemas de red; un vídeo inexistente falla enseguida)</translation>
        </message>
        <message>
            <source>Use fields such as {fields} or &lt;nobr&gt;%(id)s&lt;/nobr&gt;; the extension is added.</source>
            <translation>Usa campos como {fields} o &lt;nobr&gt;%(id)s&lt;/nobr&gt;; la extensión se añade sola.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Finished downloads older than this leave the list at the next start. Their files are kept.</source>
            <translation>Las descargas terminadas más antiguas salen de la lista en el próximo inicio. Sus archivos se conservan.</translation>
        </message>
        <message>
            <source>Notify when downloads finish or fail</source>
            <translation>Avisar cuando las descargas terminen o fallen</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window closes</source>
            <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
        </message>
        <message>
            <source>Start MediaDesk when I log in</source>
            <translation>Iniciar MediaDesk al iniciar sesión</translation>
        </message>
        <message>
            <source>Ask which items to download for playlists sent from the browser or dropped</source>
            <translation>Preguntar qué elementos descargar de las listas enviadas desde el navegador o soltadas</translation>
        </message>
        <message>
            <source>Off: every item not downloaded yet is queued. Playlists added from the link field always ask.</source>
            <translation>Desactivado: se pone en cola cada elemento aún no descargado. Las listas añadidas desde el campo de enlaces siempre preguntan.</translation>
        </message>
        <message>
            <source>Starts hidden in the system tray (or minimized) and continues unfinished downloads</source>
            <translation>Se inicia oculto en la bandeja del sistema (o minimizado) y continúa las descargas sin terminar</translation>
        </message>
        <message>
            <source>Download folder:</source>
            <translation>Carpeta de descargas:</translation>
        </message>
        <message>
            <source>Downloads at once:</source>
            <translation>Descargas a la vez:</translation>
        </message>
        <message>
            <source>Connections per download:</source>
            <translation>Conexiones por descarga:</translation>
        </message>
        <message>
            <source>Speed limit per download:</source>
            <translation>Límite por descarga:</translation>
        </message>
        <message>
            <source>Speed limit overall:</source>
            <translation>Límite total:</translation>
        </message>
        <message>
            <source>Attempts per download:</source>
            <translation>Intentos por descarga:</translation>
        </message>
        <message>
            <source>Default format:</source>
            <translation>Formato predeterminado:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>File name:</source>
            <translation>Nombre de archivo:</translation>
        </message>
        <message>
            <source>Remove finished from list after:</source>
            <translation>Quitar las terminadas de la lista tras:</translation>
        </message>
        <message>
            <source>Applies the next time MediaDesk starts.</source>
            <translation>Se aplica la próxima vez que se inicie MediaDesk.</translation>
        </message>
        <message>
            <source>Example: …</source>
            <translation>Ejemplo: …</translation>
        </message>
        <message>
            <source>Example: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Ejemplo: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Could not store the proxy password: {exc}</source>
            <translation>No se pudo guardar la contraseña del proxy: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SettingsOpener</name>
        <message>
            <source>Could not add MediaDesk to the programs started at login: {exc}</source>
            <extracomment>Adds (True) or removes (False) the start-at-login entry; raises OSError on failure.</extracomment>
            <translation>No se pudo añadir MediaDesk a los programas que se inician al iniciar sesión: {exc}</translation>
        </message>
        <message>
            <source>Could not remove MediaDesk from the programs started at login: {exc}</source>
            <translation>No se pudo quitar MediaDesk de los programas que se inician al iniciar sesión: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SiteErrors</name>
        <message>
            <source>Settings ▸ Network</source>
            <translation>Ajustes ▸ Red</translation>
        </message>
        <message>
            <source>Sign in to the site in your browser, choose that browser's cookies in {settings}, then press Retry.</source>
            <translation>Inicia sesión en el sitio con tu navegador, elige las cookies de ese navegador en {settings} y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>The site wants to check that you are not a bot. </source>
            <translation>El sitio quiere comprobar que no eres un bot. </translation>
        </message>
        <message>
            <source>This video is private. If its owner gave you access, </source>
            <translation>Este vídeo es privado. Si su propietario te dio acceso: </translation>
        </message>
        <message>
            <source>This video is for the channel's members only. If you are one, </source>
            <translation>Este vídeo es solo para miembros del canal. Si lo eres: </translation>
        </message>
        <message>
            <source>This video is age-restricted: the site only shows it to a signed-in adult account. </source>
            <translation>Este vídeo tiene restricción de edad: el sitio solo lo muestra a una cuenta de adulto con la sesión iniciada. </translation>
        </message>
        <message>
            <source>The site removed this video after a copyright claim; it cannot be downloaded.</source>
            <translation>El sitio retiró este vídeo por una reclamación de derechos de autor; no se puede descargar.</translation>
        </message>
        <message>
            <source>The account that posted this video was closed, and the video with it.</source>
            <translation>La cuenta que publicó este vídeo se cerró, y el vídeo con ella.</translation>
        </message>
        <message>
            <source>The site removed this video; it cannot be downloaded.</source>
            <translation>El sitio retiró este vídeo; no se puede descargar.</translation>
        </message>
        <message>
            <source>This video is no longer available on the site.</source>
            <translation>Este vídeo ya no está disponible en el sitio.</translation>
        </message>
        <message>
            <source>This needs a signed-in account. </source>
            <translation>Hace falta una cuenta con la sesión iniciada. </translation>
        </message>
        <message>
            <source>The site does not show this video in your country{where}. A proxy in a country where it is shown ({settings}) may help.</source>
            <translation>El sitio no muestra este vídeo en tu país{where}. Un proxy en un país donde se muestre ({settings}) puede ayudar.</translation>
        </message>
        <message>
            <source>This site needs a JavaScript runtime (Deno) to unlock its formats, and MediaDesk could not use one. Open Diagnostics to see what is missing.</source>
            <translation>Este sitio necesita un entorno de JavaScript (Deno) para desbloquear sus formatos, y MediaDesk no pudo usar ninguno. Abre Diagnóstico para ver qué falta.</translation>
        </message>
        <message>
            <source>The site refused the download (HTTP 403). Sites like this one ({site}) change often, and a newer yt-dlp usually knows the new way: update yt-dlp, then press Retry.</source>
            <translation>El sitio rechazó la descarga (HTTP 403). Sitios como este ({site}) cambian a menudo y un yt-dlp más reciente suele conocer la nueva forma: actualiza yt-dlp y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>MediaDesk could not find that browser's cookies (is it installed, and is the profile name right?).</source>
            <translation>MediaDesk no encontró las cookies de ese navegador (¿está instalado y es correcto el nombre del perfil?).</translation>
        </message>
        <message>
            <source>The browser's cookie store is locked; close the browser and press Retry.</source>
            <translation>El almacén de cookies del navegador está bloqueado; cierra el navegador y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>The cookie store cannot be read (permission denied).</source>
            <translation>El almacén de cookies no se puede leer (permiso denegado).</translation>
        </message>
        <message>
            <source>The browser's cookies could not be decrypted (its keyring is locked?).</source>
            <translation>No se pudieron descifrar las cookies del navegador (¿está bloqueado su llavero?).</translation>
        </message>
        <message>
            <source>The browser's cookies could not be read.</source>
            <translation>No se pudieron leer las cookies del navegador.</translation>
        </message>
        <message>
            <source>{reason} Check the cookie source in {settings}.</source>
            <translation>{reason} Comprueba la fuente de cookies en {settings}.</translation>
        </message>
        <message>
            <source>This premiere or live stream has not started yet</source>
            <translation>Este estreno o directo aún no ha empezado</translation>
        </message>
        <message>
            <source>{text} Press Retry once it has started.</source>
            <translation>{text} Pulsa Reintentar cuando haya empezado.</translation>
        </message>
    </context>
    <context>
        <name>StateFilter</name>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activas</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausadas</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminadas</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallidas</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Canceladas</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message numerus="yes">
            <source>%n downloading</source>
            <translation>
                <numerusform>%n descargando</numerusform>
                <numerusform>%n descargando</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n en cola</numerusform>
                <numerusform>%n en cola</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paused</source>
            <translation>
                <numerusform>%n en pausa</numerusform>
                <numerusform>%n en pausa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fallida</numerusform>
                <numerusform>%n fallidas</numerusform>
            </translation>
        </message>
        <message>
            <source>All done</source>
            <translation>Todo terminado</translation>
        </message>
        <message>
            <source>No downloads</source>
            <translation>No hay descargas</translation>
        </message>
    </context>
    <context>
        <name>StoreFailure</name>
        <message>
            <source>the disk holding {folder} is full</source>
            <translation>el disco que contiene {folder} está lleno</translation>
        </message>
        <message>
            <source>{path} cannot be written (read-only)</source>
            <translation>{path} no se puede escribir (solo lectura)</translation>
        </message>
        <message>
            <source>the disk holding {folder} reports an input/output error</source>
            <translation>el disco que contiene {folder} informa de un error de entrada/salida</translation>
        </message>
        <message>
            <source>Cannot save the job list: {what}. Downloads continue; new ones wait until it can be saved.</source>
            <translation>No se puede guardar la lista de descargas: {what}. Las descargas continúan; las nuevas esperan hasta que se pueda guardar.</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>%n downloading</source>
            <translation>
                <numerusform>%n descargando</numerusform>
                <numerusform>%n descargando</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n en cola</numerusform>
                <numerusform>%n en cola</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paused</source>
            <translation>
                <numerusform>%n en pausa</numerusform>
                <numerusform>%n en pausa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fallida</numerusform>
                <numerusform>%n fallidas</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to download</source>
            <translation>nada que descargar</translation>
        </message>
        <message>
            <source>&amp;Limit Speed</source>
            <translation>&amp;Limitar velocidad</translation>
        </message>
        <message>
            <source>Add Links from &amp;Clipboard</source>
            <translation>Añadir enlaces del &amp;portapapeles</translation>
        </message>
        <message>
            <source>Queue every link on the clipboard</source>
            <translation>Poner en cola todos los enlaces del portapapeles</translation>
        </message>
        <message>
            <source>&amp;Limit Speed ({rate} kB/s)</source>
            <translation>&amp;Limitar velocidad ({rate} kB/s)</translation>
        </message>
        <message>
            <source>Switch the overall speed limit on or off</source>
            <translation>Activar o desactivar el límite de velocidad total</translation>
        </message>
        <message>
            <source>Set an overall speed limit in Settings first</source>
            <translation>Primero fija un límite de velocidad total en Ajustes</translation>
        </message>
        <message>
            <source>&amp;Hide MediaDesk</source>
            <translation>&amp;Ocultar MediaDesk</translation>
        </message>
        <message>
            <source>&amp;Show MediaDesk</source>
            <translation>&amp;Mostrar MediaDesk</translation>
        </message>
    </context>
    <context>
        <name>UpdateDialog</name>
        <message>
            <source>checking…</source>
            <translation>comprobando…</translation>
        </message>
        <message>
            <source>Update yt-dlp</source>
            <translation>Actualizar yt-dlp</translation>
        </message>
        <message>
            <source>Check for a newer yt-dlp once a &amp;week (never installs)</source>
            <translation>Buscar un yt-dlp más reciente una vez por &amp;semana (nunca instala)</translation>
        </message>
        <message>
            <source>Installed:</source>
            <translation>Instalado:</translation>
        </message>
        <message>
            <source>Available:</source>
            <translation>Disponible:</translation>
        </message>
        <message>
            <source>Check &amp;Again</source>
            <translation>Comprobar de &amp;nuevo</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Asking a worker and the package index…</source>
            <translation>Preguntando a un proceso y al índice de paquetes…</translation>
        </message>
        <message>
            <source>Installing and checking yt-dlp {available}… (this can take a minute)</source>
            <translation>Instalando y comprobando yt-dlp {available}… (puede tardar un minuto)</translation>
        </message>
        <message>
            <source>Could not check: {error}</source>
            <translation>No se pudo comprobar: {error}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>yt-dlp {available} is available. Update installs it for new downloads.</source>
            <translation>yt-dlp {available} está disponible. Actualizar lo instala para las descargas nuevas.</translation>
        </message>
        <message>
            <source>MediaDesk uses the newest yt-dlp.</source>
            <translation>MediaDesk usa el yt-dlp más reciente.</translation>
        </message>
        <message>
            <source>not working ({problem})</source>
            <translation>no funciona ({problem})</translation>
        </message>
        <message>
            <source>not working</source>
            <translation>no funciona</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>incluido</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>actualizado</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>The address is empty.</source>
            <translation>La dirección está vacía.</translation>
        </message>
        <message>
            <source>The address is longer than {limit} characters.</source>
            <translation>La dirección tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>An address cannot contain spaces.</source>
            <translation>Una dirección no puede contener espacios.</translation>
        </message>
        <message>
            <source>This is not a valid web address ({exc}).</source>
            <translation>No es una dirección web válida ({exc}).</translation>
        </message>
        <message>
            <source>This is not a web address (it should start with https://).</source>
            <translation>No es una dirección web (debería empezar por https://).</translation>
        </message>
        <message>
            <source>Only http:// and https:// addresses can be downloaded, not {scheme}: addresses.</source>
            <translation>Solo se pueden descargar direcciones http:// y https://, no direcciones {scheme}:.</translation>
        </message>
        <message>
            <source>The address has an invalid port number.</source>
            <translation>La dirección tiene un número de puerto no válido.</translation>
        </message>
        <message>
            <source>The address has no host name.</source>
            <translation>La dirección no tiene nombre de host.</translation>
        </message>
        <message>
            <source>“{host}” is not a valid host name.</source>
            <translation>«{host}» no es un nombre de host válido.</translation>
        </message>
        <message>
            <source>No web address found in this text.</source>
            <translation>No se encontró ninguna dirección web en este texto.</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>This source has no audio.</source>
            <translation>Esta fuente no tiene audio.</translation>
        </message>
        <message>
            <source>The file still has a video stream.</source>
            <translation>El archivo aún tiene una pista de vídeo.</translation>
        </message>
        <message>
            <source>The file has no audio.</source>
            <translation>El archivo no tiene audio.</translation>
        </message>
        <message>
            <source>The file has no video: only audio was offered.</source>
            <translation>El archivo no tiene vídeo: solo se ofrecía audio.</translation>
        </message>
        <message>
            <source>The separate audio could not be added.</source>
            <translation>No se pudo añadir el audio por separado.</translation>
        </message>
        <message>
            <source>Only {height}p was offered.</source>
            <translation>Solo se ofrecía {height}p.</translation>
        </message>
        <message>
            <source>Nothing up to {cap}p was offered: {height}p (the smallest) was downloaded.</source>
            <translation>No se ofrecía nada hasta {cap}p: se descargó {height}p (la más pequeña).</translation>
        </message>
        <message>
            <source>The file lasts {duration:.1f} s where {expected:.1f} s were expected.</source>
            <translation>El archivo dura {duration:.1f} s y se esperaban {expected:.1f} s.</translation>
        </message>
    </context>
</TS>
