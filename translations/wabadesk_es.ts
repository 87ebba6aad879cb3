<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiClient</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media id.</source>
        <translation>&quot;%1&quot; no es un ID de multimedia.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>name: only lowercase letters, digits and underscores are allowed</source>
        <translation>name: solo se permiten letras minúsculas, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template name.</source>
        <translation>&quot;%1&quot; no es un nombre de plantilla.</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>No hay nada que actualizar.</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>url: &quot;%1&quot; no es una URL http(s)</translation>
    </message>
    <message>
        <source>No API key is available for this channel.</source>
        <translation>No hay ninguna clave de API disponible para este canal.</translation>
    </message>
</context>
<context>
    <name>ApiValues</name>
    <message>
        <source>Abusive content</source>
        <translation>Contenido abusivo</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Ropa y accesorios</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotriz</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>Belleza, spa y peluquería</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimiento</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Organización y servicios de eventos</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanzas y banca</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Servicio público</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Alimentos y supermercados</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medicina y salud</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hoteles y alojamiento</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation>Categoría incorrecta</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Formato no válido</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>En apelación</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Límite superado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Sin fines de lucro</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>No es una empresa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Pending deletion</source>
        <translation>Pendiente de eliminación</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Servicios profesionales</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Promocional</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Restablecida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Compras y comercio minorista</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Estafa</translation>
    </message>
    <message>
        <source>Tag and content mismatch</source>
        <translation>Las etiquetas no coinciden con el contenido</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Viajes y transporte</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
</context>
<context>
    <name>ChannelService</name>
    <message>
        <source>The channel is not available.</source>
        <translation>El canal no está disponible.</translation>
    </message>
</context>
<context>
    <name>ConversationText</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Mensaje no compatible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A message preview in the conversation list: &quot;Photo: the caption&quot;, &quot;Location: Berlin Zoo&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>queda %n h</numerusform>
            <numerusform>quedan %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer service window open until %1: free-form messages can be sent.</source>
        <translation>Ventana de atención al cliente abierta hasta %1: se pueden enviar mensajes de formato libre.</translation>
    </message>
    <message>
        <source>The customer has not written yet: start with a template message.</source>
        <translation>El cliente aún no ha escrito: empieza con un mensaje de plantilla.</translation>
    </message>
    <message>
        <source>Customer service window closed: only template messages can be sent until the customer writes again.</source>
        <translation>Ventana de atención al cliente cerrada: solo se pueden enviar mensajes de plantilla hasta que el cliente vuelva a escribir.</translation>
    </message>
    <message>
        <source>WhatsApp call</source>
        <translation>Llamada de WhatsApp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
</context>
<context>
    <name>EmojiCatalog</name>
    <message>
        <source>Smileys &amp; People</source>
        <translation>Smileys y personas</translation>
    </message>
    <message>
        <source>Animals &amp; Nature</source>
        <translation>Animales y naturaleza</translation>
    </message>
    <message>
        <source>Food &amp; Drink</source>
        <translation>Comida y bebida</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Travel &amp; Places</source>
        <translation>Viajes y lugares</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Banderas</translation>
    </message>
</context>
<context>
    <name>ErrorExplanations</name>
    <message>
        <source>The server could not be reached, or the connection was lost.</source>
        <translation>No se pudo acceder al servidor o se perdió la conexión.</translation>
    </message>
    <message>
        <source>A secure connection could not be established (TLS certificate or handshake failure).</source>
        <translation>No se pudo establecer una conexión segura (error del certificado TLS o del protocolo de enlace).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected format.</source>
        <translation>La respuesta del servidor no tenía el formato esperado.</translation>
    </message>
    <message>
        <source>The request was not sent because it breaks the API&apos;s rules.</source>
        <translation>La solicitud no se envió porque infringe las reglas de la API.</translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation>No se aceptó la clave de API.</translation>
    </message>
    <message>
        <source>The endpoint is blocked for this channel.</source>
        <translation>El endpoint está bloqueado para este canal.</translation>
    </message>
    <message>
        <source>The server is busy and asks to slow down.</source>
        <translation>El servidor está ocupado y pide reducir el ritmo.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>El servidor tuvo un error interno.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Check the internet connection and the channel&apos;s base URL.</source>
        <translation>Comprueba la conexión a internet y la URL base del canal.</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Comprueba el reloj del sistema y cualquier proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the connection.</source>
        <translation>Vuelve a intentarlo; si persiste, comprueba la conexión.</translation>
    </message>
    <message>
        <source>Check that the base URL points at a 360dialog-compatible API.</source>
        <translation>Comprueba que la URL base apunte a una API compatible con 360dialog.</translation>
    </message>
    <message>
        <source>Correct the values listed and send again.</source>
        <translation>Corrige los valores indicados y vuelve a enviar.</translation>
    </message>
    <message>
        <source>Check the channel&apos;s API key; only the newest key of a channel works.</source>
        <translation>Comprueba la clave de API del canal; solo funciona la clave más reciente de un canal.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Contact 360dialog support if this persists.</source>
        <translation>Si persiste, ponte en contacto con el soporte de 360dialog.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Incoming call · ringing</source>
        <translation>Llamada entrante · sonando</translation>
    </message>
    <message>
        <source>Outgoing call · ringing</source>
        <translation>Llamada saliente · sonando</translation>
    </message>
    <message>
        <source>Incoming call · answered</source>
        <translation>Llamada entrante · respondida</translation>
    </message>
    <message>
        <source>Outgoing call · answered</source>
        <translation>Llamada saliente · respondida</translation>
    </message>
    <message>
        <source>Incoming call · %1</source>
        <translation>Llamada entrante · %1</translation>
    </message>
    <message>
        <source>Outgoing call · %1</source>
        <translation>Llamada saliente · %1</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Llamada perdida</translation>
    </message>
    <message>
        <source>Outgoing call · not answered</source>
        <translation>Llamada saliente · sin respuesta</translation>
    </message>
    <message>
        <source>Outgoing call · declined by the customer</source>
        <translation>Llamada saliente · rechazada por el cliente</translation>
    </message>
    <message>
        <source>Call failed (%1: %2)</source>
        <translation>Llamada fallida (%1: %2)</translation>
    </message>
    <message>
        <source>Call failed (%1)</source>
        <translation>Llamada fallida (%1)</translation>
    </message>
    <message>
        <source>Allowed calls until %1</source>
        <translation>Llamadas permitidas hasta %1</translation>
    </message>
    <message>
        <source>Allowed calls</source>
        <translation>Llamadas permitidas</translation>
    </message>
    <message>
        <source>Declined calls</source>
        <translation>Llamadas rechazadas</translation>
    </message>
    <message>
        <source>Answered a call permission request</source>
        <translation>Respondió a una solicitud de permiso de llamada</translation>
    </message>
    <message>
        <source>The customer stopped marketing messages</source>
        <translation>El cliente desactivó los mensajes de marketing</translation>
    </message>
    <message>
        <source>The customer resumed marketing messages</source>
        <translation>El cliente volvió a activar los mensajes de marketing</translation>
    </message>
    <message>
        <source>The customer signed up for marketing messages</source>
        <translation>El cliente se suscribió a los mensajes de marketing</translation>
    </message>
    <message>
        <source>The customer changed their marketing preferences</source>
        <translation>El cliente cambió sus preferencias de marketing</translation>
    </message>
    <message>
        <source>The group could not be created</source>
        <translation>No se pudo crear el grupo</translation>
    </message>
    <message>
        <source>The group “%1” was created</source>
        <translation>Se creó el grupo “%1”</translation>
    </message>
    <message>
        <source>The group could not be deleted</source>
        <translation>No se pudo eliminar el grupo</translation>
    </message>
    <message>
        <source>The group was deleted</source>
        <translation>Se eliminó el grupo</translation>
    </message>
    <message>
        <source>%1 joined with the invite link</source>
        <translation>%1 se unió con el enlace de invitación</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 se unió</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>No se pudo eliminar a %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 salió del grupo</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>Se eliminó a %1</translation>
    </message>
    <message>
        <source>%1 asked to join</source>
        <translation>%1 pidió unirse</translation>
    </message>
    <message>
        <source>%1 withdrew their request to join</source>
        <translation>%1 retiró su solicitud para unirse</translation>
    </message>
    <message>
        <source>The subject is now “%1”</source>
        <translation>El asunto ahora es “%1”</translation>
    </message>
    <message>
        <source>the description changed</source>
        <translation>cambió la descripción</translation>
    </message>
    <message>
        <source>the picture changed</source>
        <translation>cambió la foto</translation>
    </message>
    <message>
        <source>some settings could not be changed</source>
        <translation>no se pudo cambiar parte de la configuración</translation>
    </message>
    <message>
        <source>The group settings changed</source>
        <translation>Cambió la configuración del grupo</translation>
    </message>
    <message>
        <source>WhatsApp suspended the group</source>
        <translation>WhatsApp suspendió el grupo</translation>
    </message>
    <message>
        <source>The group&apos;s suspension was lifted</source>
        <translation>Se levantó la suspensión del grupo</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Marketing (MM Lite)</source>
        <translation>Marketing (MM Lite)</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation>Autenticación (internacional)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Free entry point</source>
        <translation>Punto de entrada gratuito</translation>
    </message>
    <message>
        <source>%1 · charged</source>
        <translation>%1 · con cargo</translation>
    </message>
    <message>
        <source>%1 · free (customer service window)</source>
        <translation>%1 · gratuito (ventana de atención al cliente)</translation>
    </message>
    <message>
        <source>%1 · free (entry point, 72 hours)</source>
        <translation>%1 · gratuito (punto de entrada, 72 horas)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
</context>
<context>
    <name>HistoryPurge</name>
    <message>
        <source>The webhook journal cannot be opened (%1). Stop the running WabaDesk (the app or `wabadesk-cli listen`) or remove the channel there.</source>
        <translation>No se puede abrir el diario de webhooks (%1). Cierre el WabaDesk en ejecución (la aplicación o `wabadesk-cli listen`) o elimine el canal allí.</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <source>The history could not be deleted from the store: %1</source>
        <translation>No se pudo borrar el historial del almacén: %1</translation>
    </message>
    <message>
        <source>The webhook journal could not be cleaned: %1</source>
        <translation>No se pudo limpiar el diario de webhooks: %1</translation>
    </message>
    <message>
        <source>The channel&apos;s media folder %1 could not be deleted.</source>
        <translation>No se pudo borrar la carpeta de medios %1 del canal.</translation>
    </message>
</context>
<context>
    <name>MediaArchiver</name>
    <message>
        <source>no media</source>
        <translation>sin archivos multimedia</translation>
    </message>
    <message>
        <source>larger than the archive&apos;s size limit</source>
        <translation>supera el límite de tamaño para archivar</translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation>se eliminó el canal</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This message has no media to fetch.</source>
        <translation>Este mensaje no tiene archivos multimedia que descargar.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>MediaTypes</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>%1 files cannot be sent as %2. Supported: %3.</source>
        <translation>Los archivos %1 no se pueden enviar como %2. Compatibles: %3.</translation>
    </message>
    <message>
        <source>Files of unknown type</source>
        <translation>Archivos de tipo desconocido</translation>
    </message>
    <message>
        <source>%1 is not a media type WhatsApp accepts (images JPEG/PNG, stickers WebP, audio AAC/AMR/MP3/M4A/OGG, video MP4/3GP, documents PDF/TXT/Office).</source>
        <translation>%1 no es un tipo de multimedia que WhatsApp acepte (imágenes JPEG/PNG, stickers WebP, audio AAC/AMR/MP3/M4A/OGG, video MP4/3GP, documentos PDF/TXT/Office).</translation>
    </message>
    <message>
        <source>This file type</source>
        <translation>Este tipo de archivo</translation>
    </message>
    <message>
        <source>The file is %1; %2 files may be at most %3.</source>
        <translation>El archivo ocupa %1; los archivos %2 pueden ocupar como máximo %3.</translation>
    </message>
</context>
<context>
    <name>MediaValidation</name>
    <message>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <source>a Windows installer</source>
        <translation>un instalador de Windows</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>a program library</source>
        <translation>una biblioteca de programa</translation>
    </message>
    <message>
        <source>a shell script</source>
        <translation>un script de shell</translation>
    </message>
    <message>
        <source>an Android app</source>
        <translation>una app de Android</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>un archivo RAR</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>un archivo gzip</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>un archivo tar</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>una imagen BMP</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <source>a HEIF photo</source>
        <translation>una foto HEIF</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>una foto HEIC</translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation>un dibujo SVG</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation>un video MP4</translation>
    </message>
    <message>
        <source>a 3GP video</source>
        <translation>un video 3GP</translation>
    </message>
    <message>
        <source>a QuickTime video</source>
        <translation>un video QuickTime</translation>
    </message>
    <message>
        <source>a Matroska video</source>
        <translation>un video Matroska</translation>
    </message>
    <message>
        <source>a WebM video</source>
        <translation>un video WebM</translation>
    </message>
    <message>
        <source>an AVI video</source>
        <translation>un video AVI</translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation>un archivo de audio MP3</translation>
    </message>
    <message>
        <source>an AAC audio file</source>
        <translation>un archivo de audio AAC</translation>
    </message>
    <message>
        <source>an M4A audio file</source>
        <translation>un archivo de audio M4A</translation>
    </message>
    <message>
        <source>an AMR audio file</source>
        <translation>un archivo de audio AMR</translation>
    </message>
    <message>
        <source>an OGG audio file</source>
        <translation>un archivo de audio OGG</translation>
    </message>
    <message>
        <source>an Opus voice recording (OGG)</source>
        <translation>una grabación de voz Opus (OGG)</translation>
    </message>
    <message>
        <source>an OGG Vorbis audio file</source>
        <translation>un archivo de audio OGG Vorbis</translation>
    </message>
    <message>
        <source>a WAV audio file</source>
        <translation>un archivo de audio WAV</translation>
    </message>
    <message>
        <source>a FLAC audio file</source>
        <translation>un archivo de audio FLAC</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>una página web</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>an Excel spreadsheet</source>
        <translation>una hoja de cálculo de Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>una presentación de PowerPoint</translation>
    </message>
    <message>
        <source>an old Office file</source>
        <translation>un archivo antiguo de Office</translation>
    </message>
    <message>
        <source>a file of unknown type</source>
        <translation>un archivo de tipo desconocido</translation>
    </message>
    <message>
        <source>WhatsApp accepts images (JPEG, PNG), stickers (WebP), audio (AAC, AMR, MP3, M4A, OGG Opus), video (MP4, 3GP) and documents (PDF, TXT, Word, Excel, PowerPoint).</source>
        <translation>WhatsApp acepta imágenes (JPEG, PNG), stickers (WebP), audio (AAC, AMR, MP3, M4A, OGG Opus), video (MP4, 3GP) y documentos (PDF, TXT, Word, Excel, PowerPoint).</translation>
    </message>
    <message>
        <source>Images must be JPEG or PNG.</source>
        <translation>Las imágenes deben ser JPEG o PNG.</translation>
    </message>
    <message>
        <source>Stickers must be WebP images.</source>
        <translation>Los stickers deben ser imágenes WebP.</translation>
    </message>
    <message>
        <source>Audio must be AAC, AMR, MP3, M4A or OGG (Opus).</source>
        <translation>El audio debe ser AAC, AMR, MP3, M4A u OGG (Opus).</translation>
    </message>
    <message>
        <source>Videos must be MP4 or 3GP.</source>
        <translation>Los videos deben ser MP4 o 3GP.</translation>
    </message>
    <message>
        <source>Documents must be PDF, TXT, Word, Excel or PowerPoint files (or JPEG, PNG, MP4, 3GP).</source>
        <translation>Los documentos deben ser archivos PDF, TXT, Word, Excel o PowerPoint (o JPEG, PNG, MP4, 3GP).</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts images up to %3.</source>
        <translation>“%1” ocupa %2; WhatsApp acepta imágenes de hasta %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts videos up to %3.</source>
        <translation>“%1” ocupa %2; WhatsApp acepta videos de hasta %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts audio files up to %3.</source>
        <translation>“%1” ocupa %2; WhatsApp acepta archivos de audio de hasta %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts documents up to %3.</source>
        <translation>“%1” ocupa %2; WhatsApp acepta documentos de hasta %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts animated stickers up to %3.</source>
        <translation>“%1” ocupa %2; WhatsApp acepta stickers animados de hasta %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts stickers up to %3.</source>
        <translation>“%1” ocupa %2; WhatsApp acepta stickers de hasta %3.</translation>
    </message>
    <message>
        <source>a file of type “%1”</source>
        <translation>un archivo de tipo “%1”</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vacío.</translation>
    </message>
    <message>
        <source>The content of “%1” is not recognisable as %2 or any other known type.</source>
        <translation>El contenido de “%1” no se reconoce como %2 ni como ningún otro tipo conocido.</translation>
    </message>
    <message>
        <source>The content of “%1” is not of a recognisable type.</source>
        <translation>El contenido de “%1” no es de un tipo reconocible.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3), not %4.</source>
        <translation>“%1” es %2 (%3), no %4.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3); WhatsApp takes OGG audio only with the Opus codec.</source>
        <translation>“%1” es %2 (%3); WhatsApp solo admite audio OGG con el códec Opus.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3) and cannot be sent as %4.</source>
        <translation>“%1” es %2 (%3) y no se puede enviar como %4.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3), which WhatsApp does not accept.</source>
        <translation>“%1” es %2 (%3), que WhatsApp no acepta.</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; WhatsApp stickers must be %4×%4.</source>
        <translation>“%1” mide %2×%3 píxeles; los stickers de WhatsApp deben medir %4×%4.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
</context>
<context>
    <name>MessagePresentation</name>
    <message>
        <source>Unknown date</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editado %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>Hide previous text</source>
        <translation>Ocultar texto anterior</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Animated sticker</source>
        <translation>Sticker animado</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Abrir en mapas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Tapped a reply button</source>
        <translation>Tocó un botón de respuesta</translation>
    </message>
    <message>
        <source>Chose from a list</source>
        <translation>Eligió de una lista</translation>
    </message>
    <message>
        <source>Flow response</source>
        <translation>Respuesta de flujo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Interactive reply (%1)</source>
        <translation>Respuesta interactiva (%1)</translation>
    </message>
    <message>
        <source>Reply buttons</source>
        <translation>Botones de respuesta</translation>
    </message>
    <message>
        <source>Interactive message (%1)</source>
        <translation>Mensaje interactivo (%1)</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>Reenviado muchas veces</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Reenviado</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <source>Show what it said</source>
        <translation>Mostrar lo que decía</translation>
    </message>
    <message>
        <source>Tapped a template button</source>
        <translation>Tocó un botón de plantilla</translation>
    </message>
    <message>
        <source>Template · %1</source>
        <translation>Plantilla · %1</translation>
    </message>
    <message>
        <source>Template · %1 (%2)</source>
        <translation>Plantilla · %1 (%2)</translation>
    </message>
    <message>
        <source>Template text not available</source>
        <translation>Texto de la plantilla no disponible</translation>
    </message>
    <message>
        <source>This message type is not supported by the WhatsApp Cloud API</source>
        <translation>La WhatsApp Cloud API no admite este tipo de mensaje</translation>
    </message>
    <message>
        <source>This message type (%1) is not supported by the WhatsApp Cloud API</source>
        <translation>La WhatsApp Cloud API no admite este tipo de mensaje (%1)</translation>
    </message>
    <message>
        <source>Only the status of this message is known</source>
        <translation>Solo se conoce el estado de este mensaje</translation>
    </message>
    <message>
        <source>Unknown message type “%1”, kept as received</source>
        <translation>Tipo de mensaje desconocido “%1”, guardado tal como se recibió</translation>
    </message>
    <message>
        <source>Show previous text</source>
        <translation>Mostrar texto anterior</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 %4</source>
        <translation>%1 × %2 · %3 %4</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Total %1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>WhatsApp call from the customer</source>
        <translation>Llamada de WhatsApp del cliente</translation>
    </message>
    <message>
        <source>WhatsApp call to the customer</source>
        <translation>Llamada de WhatsApp al cliente</translation>
    </message>
    <message>
        <source>A recording and a transcription are in 360dialog&apos;s tools</source>
        <translation>Hay una grabación y una transcripción en las herramientas de 360dialog</translation>
    </message>
    <message>
        <source>A recording is in 360dialog&apos;s tools</source>
        <translation>Hay una grabación en las herramientas de 360dialog</translation>
    </message>
    <message>
        <source>Calls are answered on the phone or in 360dialog&apos;s tools.</source>
        <translation>Las llamadas se responden en el teléfono o en las herramientas de 360dialog.</translation>
    </message>
    <message>
        <source>Answer to a call permission request</source>
        <translation>Respuesta a una solicitud de permiso de llamada</translation>
    </message>
    <message>
        <source>The business may call this customer until then.</source>
        <translation>La empresa puede llamar a este cliente hasta esa fecha.</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formulario enviado</translation>
    </message>
    <message>
        <source>(no answers)</source>
        <translation>(sin respuestas)</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Mostrar JSON sin procesar</translation>
    </message>
    <message>
        <source>Hide raw JSON</source>
        <translation>Ocultar JSON sin procesar</translation>
    </message>
    <message>
        <source>Sent from the phone · WhatsApp Business app</source>
        <translation>Enviado desde el teléfono · app WhatsApp Business</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Reacted %1 to a message that is not in this history</source>
        <extracomment>A customer&apos;s reaction to a message sent before WabaDesk was installed, or from another tool. %1: the emoji.</extracomment>
        <translation>Reaccionó con %1 a un mensaje que no está en este historial</translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not delivered (no reason given)</source>
        <translation>No entregado (sin motivo indicado)</translation>
    </message>
    <message>
        <source>Queued: waiting to be sent</source>
        <translation>En cola: esperando para enviarse</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Reproducido</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Interactive reply</source>
        <translation>Respuesta interactiva</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>Respuesta de botón</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Marketing (lite)</source>
        <translation>Marketing (lite)</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation>Autenticación (internacional)</translation>
    </message>
    <message>
        <source>Ad referral (free entry point)</source>
        <translation>Derivación desde anuncio (punto de entrada gratuito)</translation>
    </message>
    <message>
        <source>per message</source>
        <translation>por mensaje</translation>
    </message>
    <message>
        <source>per conversation</source>
        <translation>por conversación</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>con cargo</translation>
    </message>
    <message>
        <source>free (customer service window)</source>
        <translation>gratuito (ventana de atención al cliente)</translation>
    </message>
    <message>
        <source>free (entry point)</source>
        <translation>gratuito (punto de entrada)</translation>
    </message>
    <message>
        <source>Outcome unknown: the message left, but WabaDesk stopped before WhatsApp answered. It may have reached the customer; it shows as sent if WhatsApp reports it. Retry may send it twice.</source>
        <translation>Resultado desconocido: el mensaje salió, pero WabaDesk se cerró antes de que WhatsApp respondiera. Puede que haya llegado al cliente; aparecerá como enviado si WhatsApp lo informa. Reintentar puede enviarlo dos veces.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
</context>
<context>
    <name>MessageValidation</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be an http(s) URL</source>
        <translation>debe ser una URL http(s)</translation>
    </message>
    <message>
        <source>is required (the customer&apos;s phone number or wa_id)</source>
        <translation>es obligatorio (el número de teléfono o el wa_id del cliente)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format</source>
        <translation>&quot;%1&quot; no es un número de teléfono en formato internacional</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;id&quot; or &quot;link&quot;</source>
        <translation>necesita exactamente uno de &quot;id&quot; o &quot;link&quot;</translation>
    </message>
    <message>
        <source>is not allowed for %1 messages</source>
        <translation>no se permite en mensajes de tipo %1</translation>
    </message>
    <message>
        <source>is only allowed for documents</source>
        <translation>solo se permite en documentos</translation>
    </message>
    <message>
        <source>must be a number between -90 and 90</source>
        <translation>debe ser un número entre -90 y 90</translation>
    </message>
    <message>
        <source>must be a number between -180 and 180</source>
        <translation>debe ser un número entre -180 y 180</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>debe ser un array no vacío</translation>
    </message>
    <message>
        <source>must be YYYY-MM-DD</source>
        <translation>debe tener el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a %1 header is only allowed on reply buttons and URL buttons; lists take a text header</source>
        <translation>un encabezado %1 solo se permite en botones de respuesta y botones de URL; las listas usan un encabezado de texto</translation>
    </message>
    <message>
        <source>a media header must not have a caption</source>
        <translation>un encabezado multimedia no debe tener leyenda</translation>
    </message>
    <message>
        <source>must be text, image, video or document</source>
        <translation>debe ser text, image, video o document</translation>
    </message>
    <message>
        <source>must have 1 to 3 buttons (has %1)</source>
        <translation>debe tener de 1 a 3 botones (tiene %1)</translation>
    </message>
    <message>
        <source>must be &quot;reply&quot;</source>
        <translation>debe ser &quot;reply&quot;</translation>
    </message>
    <message>
        <source>must not start or end with spaces</source>
        <translation>no debe empezar ni terminar con espacios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; ids must be unique</source>
        <translation>&quot;%1&quot; se usa dos veces; los identificadores deben ser únicos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; titles must be unique</source>
        <translation>&quot;%1&quot; se usa dos veces; los títulos deben ser únicos</translation>
    </message>
    <message>
        <source>must have 1 to 10 sections (has %1)</source>
        <translation>debe tener de 1 a 10 secciones (tiene %1)</translation>
    </message>
    <message>
        <source>must have at least one row</source>
        <translation>debe tener al menos una fila</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; row ids must be unique</source>
        <translation>&quot;%1&quot; se usa dos veces; los identificadores de fila deben ser únicos</translation>
    </message>
    <message>
        <source>have %1 rows in total; the limit is 10</source>
        <translation>tienen %1 filas en total; el límite es 10</translation>
    </message>
    <message>
        <source>must be one of button, list, cta_url, location_request_message (is &quot;%1&quot;)</source>
        <translation>debe ser uno de button, list, cta_url, location_request_message (es &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is not allowed on a location request</source>
        <translation>no se permite en una solicitud de ubicación</translation>
    </message>
    <message>
        <source>must be &quot;cta_url&quot;</source>
        <translation>debe ser &quot;cta_url&quot;</translation>
    </message>
    <message>
        <source>must be &quot;send_location&quot;</source>
        <translation>debe ser &quot;send_location&quot;</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <source>must be header, body or button</source>
        <translation>debe ser header, body o button</translation>
    </message>
    <message>
        <source>must be the button&apos;s position, 0 to 9</source>
        <translation>debe ser la posición del botón, de 0 a 9</translation>
    </message>
    <message>
        <source>must be at most 20 lowercase letters, digits and underscores</source>
        <translation>debe tener como máximo 20 letras minúsculas, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>must not contain newlines, tabs or more than four consecutive spaces</source>
        <translation>no debe contener saltos de línea, tabulaciones ni más de cuatro espacios seguidos</translation>
    </message>
    <message>
        <source>is required (an empty string removes the reaction)</source>
        <translation>es obligatorio (una cadena vacía quita la reacción)</translation>
    </message>
    <message>
        <source>must be a single emoji</source>
        <translation>debe ser un solo emoji</translation>
    </message>
    <message>
        <source>must be &quot;whatsapp&quot;</source>
        <translation>debe ser &quot;whatsapp&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message type the API can send</source>
        <translation>&quot;%1&quot; no es un tipo de mensaje que la API pueda enviar</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be &quot;read&quot;</source>
        <translation>debe ser &quot;read&quot;</translation>
    </message>
    <message>
        <source>is required (the group id)</source>
        <translation>es obligatorio (el ID del grupo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent to a group</source>
        <translation>&quot;%1&quot; no se puede enviar a un grupo</translation>
    </message>
</context>
<context>
    <name>PartnerClient</name>
    <message>
        <source>No partner id is set. It is in the Partner Hub&apos;s address and ends in &quot;PA&quot;.</source>
        <translation>No se ha configurado ningún ID de partner. Está en la dirección del Partner Hub y termina en &quot;PA&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner id.</source>
        <translation>&quot;%1&quot; no es un ID de partner.</translation>
    </message>
    <message>
        <source>No Partner API key is available.</source>
        <translation>No hay ninguna clave de la Partner API disponible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; no es un ID de cliente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel id.</source>
        <translation>&quot;%1&quot; no es un ID de canal.</translation>
    </message>
    <message>
        <source>The period&apos;s start must be before its end.</source>
        <translation>El inicio del período debe ser anterior a su fin.</translation>
    </message>
</context>
<context>
    <name>PartnerErrors</name>
    <message>
        <source>Not sent</source>
        <translation>No se envió</translation>
    </message>
    <message>
        <source>Complete the partner settings and try again.</source>
        <translation>Completa la configuración de partner y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>360dialog&apos;s Partner API cannot be reached</source>
        <translation>No se puede acceder a la Partner API de 360dialog</translation>
    </message>
    <message>
        <source>The Partner API address did not answer (%1).</source>
        <translation>La dirección de la Partner API no respondió (%1).</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>Falló la conexión: %1.</translation>
    </message>
    <message>
        <source>Check the internet connection and the Partner API URL, then try again.</source>
        <translation>Comprueba la conexión a internet y la URL de la Partner API, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No secure connection to the Partner API</source>
        <translation>No hay conexión segura con la Partner API</translation>
    </message>
    <message>
        <source>The Partner API did not answer in time</source>
        <translation>La Partner API no respondió a tiempo</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the connection.</source>
        <translation>Vuelve a intentarlo; si persiste, comprueba la conexión.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not a Partner API answer</source>
        <translation>No es una respuesta de la Partner API</translation>
    </message>
    <message>
        <source>The server at the Partner API URL does not answer like 360dialog&apos;s Partner API.</source>
        <translation>El servidor de la URL de la Partner API no responde como la Partner API de 360dialog.</translation>
    </message>
    <message>
        <source>Check the Partner API URL (normally https://hub.360dialog.io/api/v2).</source>
        <translation>Comprueba la URL de la Partner API (normalmente https://hub.360dialog.io/api/v2).</translation>
    </message>
    <message>
        <source>The Partner API key was not accepted</source>
        <translation>No se aceptó la clave de la Partner API</translation>
    </message>
    <message>
        <source>360dialog refused the Partner API key%1.</source>
        <translation>360dialog rechazó la clave de la Partner API%1.</translation>
    </message>
    <message>
        <source>Generate a key in the Partner Hub (Partner Integration → API Keys), enter it again, and check that the partner id belongs to that account.</source>
        <translation>Genera una clave en el Partner Hub (Partner Integration → API Keys), vuelve a introducirla y comprueba que el ID de partner pertenece a esa cuenta.</translation>
    </message>
    <message>
        <source>No permission to generate this channel&apos;s key</source>
        <translation>Sin permiso para generar la clave de este canal</translation>
    </message>
    <message>
        <source>360dialog does not let this partner generate an API key for the channel%1. This is the case when the client pays 360dialog directly and removed the partner&apos;s access.</source>
        <translation>360dialog no permite a este partner generar una clave de API para el canal%1. Esto ocurre cuando el cliente paga directamente a 360dialog y retiró el acceso del partner.</translation>
    </message>
    <message>
        <source>Ask the client to give you access again, or to generate the key in their Client Hub and add the channel with it (Channel → Add Channel…).</source>
        <translation>Pide al cliente que vuelva a darte acceso, o que genere la clave en su Client Hub; luego agrega el canal con ella (Canal → Agregar canal…).</translation>
    </message>
    <message>
        <source>The Partner API key may not do this</source>
        <translation>La clave de la Partner API no tiene permiso para esto</translation>
    </message>
    <message>
        <source>360dialog refused the request for this key%1.</source>
        <translation>360dialog rechazó la solicitud para esta clave%1.</translation>
    </message>
    <message>
        <source>Check that the key and the partner id belong to the same partner account.</source>
        <translation>Comprueba que la clave y el ID de partner pertenecen a la misma cuenta de partner.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>360dialog does not know this partner, client or channel%1.</source>
        <translation>360dialog no conoce este partner, cliente o canal%1.</translation>
    </message>
    <message>
        <source>Check the partner id: it is in the Partner Hub&apos;s address and ends in &quot;PA&quot;.</source>
        <translation>Comprueba el ID de partner: está en la dirección del Partner Hub y termina en &quot;PA&quot;.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>360dialog allows 5 balance requests per client in 30 seconds.</source>
        <translation>360dialog permite 5 consultas de saldo por cliente cada 30 segundos.</translation>
    </message>
    <message>
        <source>360dialog asks to slow down.</source>
        <translation>360dialog pide reducir el ritmo.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Espera %n segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Espera %n segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait half a minute, then try again.</source>
        <translation>Espera medio minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>360dialog had an internal error</source>
        <translation>360dialog tuvo un error interno</translation>
    </message>
    <message>
        <source>Try again later; if it persists, contact 360dialog support.</source>
        <translation>Vuelve a intentarlo más tarde; si persiste, ponte en contacto con el soporte de 360dialog.</translation>
    </message>
    <message>
        <source>360dialog refused the request</source>
        <translation>360dialog rechazó la solicitud</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Only a channel that is ready or running can get a key; check its status in the Partner Hub.</source>
        <translation>Solo un canal listo o activo puede recibir una clave; comprueba su estado en el Partner Hub.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>PricingReport</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This month: nothing charged</source>
        <translation>Este mes: sin cargos</translation>
    </message>
    <message numerus="yes">
        <source>This month: %n charged (%1)</source>
        <translation>
            <numerusform>Este mes: %n con cargo (%1)</numerusform>
            <numerusform>Este mes: %n con cargo (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n free</source>
        <translation>
            <numerusform> · %n gratuito</numerusform>
            <numerusform> · %n gratuitos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePhoto</name>
    <message>
        <source>This file is not an image WabaDesk can read.</source>
        <translation>Este archivo no es una imagen que WabaDesk pueda leer.</translation>
    </message>
    <message>
        <source>This is a %1 image; WhatsApp takes JPEG or PNG profile photos.</source>
        <translation>Es una imagen %1; WhatsApp admite fotos de perfil JPEG o PNG.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>No se pudo leer la imagen: %1</translation>
    </message>
    <message>
        <source>The image is %1×%2 pixels; a profile photo needs at least %3×%3.</source>
        <translation>La imagen mide %1×%2 píxeles; una foto de perfil necesita al menos %3×%3.</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotriz</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>Belleza, spa y peluquería</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Ropa y accesorios</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimiento</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Organización y servicios de eventos</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanzas y banca</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Alimentos y supermercados</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Servicio público</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hoteles y alojamiento</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medicina y salud</translation>
    </message>
    <message>
        <source>Non-profit organisation</source>
        <translation>Organización sin fines de lucro</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Servicios profesionales</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Compras y comercio minorista</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Viajes y transporte</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>No es una empresa</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>at most %1 are allowed (%2 given)</source>
        <translation>se permiten como máximo %1 (se indicaron %2)</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is %2 characters long; the limit is %3</source>
        <translation>&quot;%1…&quot; tiene %2 caracteres; el límite es %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with http:// or https://</source>
        <translation>&quot;%1&quot; debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es ninguno de %2</translation>
    </message>
    <message>
        <source>the upload gave no handle</source>
        <translation>la subida no devolvió ningún identificador</translation>
    </message>
    <message>
        <source>cannot be emptied once set; write something else instead</source>
        <translation>no se puede vaciar una vez definido; escribe otra cosa en su lugar</translation>
    </message>
    <message>
        <source>must be a JPEG or PNG image (this is %1)</source>
        <translation>debe ser una imagen JPEG o PNG (esta es %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>is %1 MB; the limit is %2 MB</source>
        <translation>ocupa %1 MB; el límite es %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is %1×%2 pixels; it needs at least %3×%3</source>
        <translation>mide %1×%2 píxeles; necesita al menos %3×%3</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: debe ser una cadena</translation>
    </message>
    <message>
        <source>messaging_product: must be &quot;whatsapp&quot;</source>
        <translation>messaging_product: debe ser &quot;whatsapp&quot;</translation>
    </message>
    <message>
        <source>websites: must be a list</source>
        <translation>websites: debe ser una lista</translation>
    </message>
    <message>
        <source>websites: every entry must be a string</source>
        <translation>websites: cada entrada debe ser una cadena</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sample uploaded</source>
        <translation>Ejemplo subido</translation>
    </message>
    <message>
        <source>*%1* is your verification code. For your security, do not share this code.</source>
        <translation>Tu código de verificación es *%1*. Por tu seguridad, no lo compartas.</translation>
    </message>
    <message>
        <source>*%1* is your verification code.</source>
        <translation>Tu código de verificación es *%1*.</translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minute(s).</source>
        <translation>
            <numerusform>Este código caduca en %n minuto.</numerusform>
            <numerusform>Este código caduca en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código de oferta</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>QuickReplyLibrary</name>
    <message>
        <source>Give the reply a shortcut, e.g. /thanks.</source>
        <translation>Ponle un atajo a la respuesta, p. ej., /gracias.</translation>
    </message>
    <message>
        <source>A shortcut is one word: no spaces and no &quot;/&quot; inside.</source>
        <translation>Un atajo es una sola palabra: sin espacios ni &quot;/&quot; dentro.</translation>
    </message>
    <message>
        <source>A shortcut can have at most %1 characters.</source>
        <translation>Un atajo puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>/%1 is already the shortcut of another reply.</source>
        <translation>/%1 ya es el atajo de otra respuesta.</translation>
    </message>
    <message>
        <source>Write the text the shortcut puts in the message.</source>
        <translation>Escribe el texto que el atajo inserta en el mensaje.</translation>
    </message>
    <message>
        <source>The text has %1 characters; WhatsApp takes at most %2.</source>
        <translation>El texto tiene %1 caracteres; WhatsApp admite como máximo %2.</translation>
    </message>
    <message>
        <source>No message store is open.</source>
        <translation>No hay ningún almacén de mensajes abierto.</translation>
    </message>
    <message>
        <source>The quick reply could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta rápida: %1</translation>
    </message>
    <message>
        <source>The quick reply could not be removed: %1</source>
        <translation>No se pudo eliminar la respuesta rápida: %1</translation>
    </message>
    <message>
        <source>This quick reply no longer exists.</source>
        <translation>Esta respuesta rápida ya no existe.</translation>
    </message>
    <message>
        <source>The quick replies could not be reordered: %1</source>
        <translation>No se pudieron reordenar las respuestas rápidas: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain has no entry for this channel.</source>
        <translation>El llavero no tiene ninguna entrada para este canal.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>No hay ningún llavero disponible en este sistema (en Linux: no se está ejecutando ningún Secret Service, como GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>El llavero no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>this journal record was already ingested</source>
        <translation>esta entrada del diario ya se había procesado</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>every event in it was already stored</source>
        <translation>todos sus eventos ya estaban guardados</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>no se puede preparar %1: %2</translation>
    </message>
    <message>
        <source>no store location given</source>
        <translation>no se indicó la ubicación del almacén</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>el controlador Qt SQL %1 no está instalado</translation>
    </message>
    <message>
        <source>the team database runs PostgreSQL %1; WabaDesk needs 12 or newer</source>
        <translation>la base de datos del equipo usa PostgreSQL %1; WabaDesk necesita la versión 12 o posterior</translation>
    </message>
    <message>
        <source>this WabaDesk cannot open this kind of database</source>
        <translation>esta versión de WabaDesk no puede abrir este tipo de base de datos</translation>
    </message>
    <message>
        <source>not a PostgreSQL address: postgresql://user@host:port/database expected</source>
        <translation>no es una dirección de PostgreSQL: se esperaba postgresql://usuario@host:puerto/base_de_datos</translation>
    </message>
    <message>
        <source>the address of a team database must not contain a password; WabaDesk keeps it in the system keychain</source>
        <translation>la dirección de una base de datos de equipo no debe contener una contraseña; WabaDesk la guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>several hosts in one address are not supported: %1</source>
        <translation>no se admiten varios hosts en una dirección: %1</translation>
    </message>
    <message>
        <source>%1 is not a connection parameter</source>
        <translation>%1 no es un parámetro de conexión</translation>
    </message>
    <message>
        <source>the connection parameter %1 cannot contain &apos;;&apos;</source>
        <translation>el parámetro de conexión %1 no puede contener «;»</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 no es un número de puerto</translation>
    </message>
</context>
<context>
    <name>TemplateLanguages</name>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikáans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Arabic (Egypt)</source>
        <translation>Árabe (Egipto)</translation>
    </message>
    <message>
        <source>Arabic (Lebanon)</source>
        <translation>Árabe (Líbano)</translation>
    </message>
    <message>
        <source>Arabic (Morocco)</source>
        <translation>Árabe (Marruecos)</translation>
    </message>
    <message>
        <source>Arabic (Qatar)</source>
        <translation>Árabe (Catar)</translation>
    </message>
    <message>
        <source>Arabic (UAE)</source>
        <translation>Árabe (EAU)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azerí</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Bielorruso</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Bengali (India)</source>
        <translation>Bengalí (India)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>Chinese (China)</source>
        <translation>Chino (China)</translation>
    </message>
    <message>
        <source>Chinese (Hong Kong)</source>
        <translation>Chino (Hong Kong)</translation>
    </message>
    <message>
        <source>Chinese (Taiwan)</source>
        <translation>Chino (Taiwán)</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Darí</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Neerlandés (Bélgica)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Inglés (Australia)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Inglés (Canadá)</translation>
    </message>
    <message>
        <source>English (Ghana)</source>
        <translation>Inglés (Ghana)</translation>
    </message>
    <message>
        <source>English (India)</source>
        <translation>Inglés (India)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Inglés (Irlanda)</translation>
    </message>
    <message>
        <source>English (Jamaica)</source>
        <translation>Inglés (Jamaica)</translation>
    </message>
    <message>
        <source>English (Malaysia)</source>
        <translation>Inglés (Malasia)</translation>
    </message>
    <message>
        <source>English (New Zealand)</source>
        <translation>Inglés (Nueva Zelanda)</translation>
    </message>
    <message>
        <source>English (Qatar)</source>
        <translation>Inglés (Catar)</translation>
    </message>
    <message>
        <source>English (Singapore)</source>
        <translation>Inglés (Singapur)</translation>
    </message>
    <message>
        <source>English (South Africa)</source>
        <translation>Inglés (Sudáfrica)</translation>
    </message>
    <message>
        <source>English (UAE)</source>
        <translation>Inglés (EAU)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Inglés (Reino Unido)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Inglés (EE. UU.)</translation>
    </message>
    <message>
        <source>English (Uganda)</source>
        <translation>Inglés (Uganda)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonio</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Francés (Bélgica)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Francés (Canadá)</translation>
    </message>
    <message>
        <source>French (Ivory Coast)</source>
        <translation>Francés (Costa de Marfil)</translation>
    </message>
    <message>
        <source>French (Morocco)</source>
        <translation>Francés (Marruecos)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Francés (Suiza)</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Georgiano</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Alemán (Austria)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Alemán (Suiza)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Guyaratí</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Hausa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irlandés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Canarés</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazajo</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>Kinyarwanda</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Kirguís</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Lao</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letón</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macedonio</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malayo</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Maratí</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pastún</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugués (Brasil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugués (Portugal)</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Panyabí</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbio</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Cingalés</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Spanish (Argentina)</source>
        <translation>Español (Argentina)</translation>
    </message>
    <message>
        <source>Spanish (Chile)</source>
        <translation>Español (Chile)</translation>
    </message>
    <message>
        <source>Spanish (Colombia)</source>
        <translation>Español (Colombia)</translation>
    </message>
    <message>
        <source>Spanish (Costa Rica)</source>
        <translation>Español (Costa Rica)</translation>
    </message>
    <message>
        <source>Spanish (Dominican Republic)</source>
        <translation>Español (República Dominicana)</translation>
    </message>
    <message>
        <source>Spanish (Ecuador)</source>
        <translation>Español (Ecuador)</translation>
    </message>
    <message>
        <source>Spanish (Honduras)</source>
        <translation>Español (Honduras)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Español (México)</translation>
    </message>
    <message>
        <source>Spanish (Panama)</source>
        <translation>Español (Panamá)</translation>
    </message>
    <message>
        <source>Spanish (Peru)</source>
        <translation>Español (Perú)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Español (España)</translation>
    </message>
    <message>
        <source>Spanish (Uruguay)</source>
        <translation>Español (Uruguay)</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suajili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Uzbeko</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zulú</translation>
    </message>
</context>
<context>
    <name>TemplateNotice</name>
    <message>
        <source>Meta will change the category to %1 on %2</source>
        <translation>Meta cambiará la categoría a %1 el %2</translation>
    </message>
    <message>
        <source>Meta changed the category to %1 on %2</source>
        <translation>Meta cambió la categoría a %1 el %2</translation>
    </message>
    <message>
        <source>Meta changed the category from %1 to %2 on %3</source>
        <translation>Meta cambió la categoría de %1 a %2 el %3</translation>
    </message>
    <message>
        <source>Meta changed the content on %1; the next refresh shows it</source>
        <translation>Meta cambió el contenido el %1; se mostrará en la próxima actualización</translation>
    </message>
    <message numerus="yes">
        <source>Variables: numbered (%n)</source>
        <translation>
            <numerusform>Variables: numeradas (%n)</numerusform>
            <numerusform>Variables: numeradas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Variables: named (%1)</source>
        <translation>Variables: con nombre (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <source>Give the template a name.</source>
        <translation>Ponle un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the limit is 512.</source>
        <translation>El nombre tiene %1 caracteres; el límite es 512.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and underscores in the name (&quot;%1&quot; is not allowed).</source>
        <translation>Usa solo letras minúsculas, dígitos y guiones bajos en el nombre (&quot;%1&quot; no está permitido).</translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>Elige una categoría: MARKETING, UTILITY o AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation>Elige un idioma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of WhatsApp&apos;s template language codes (like en_US, de, pt_BR).</source>
        <translation>&quot;%1&quot; no es uno de los códigos de idioma de plantilla de WhatsApp (como en_US, de, pt_BR).</translation>
    </message>
    <message>
        <source>parameter_format must be POSITIONAL or NAMED, not &quot;%1&quot;.</source>
        <translation>parameter_format debe ser POSITIONAL o NAMED, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The template has no components.</source>
        <translation>La plantilla no tiene componentes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component type; use HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation>&quot;%1&quot; no es un tipo de componente; usa HEADER, BODY, FOOTER o BUTTONS.</translation>
    </message>
    <message>
        <source>A template has at most one %1.</source>
        <translation>Una plantilla tiene como máximo un %1.</translation>
    </message>
    <message>
        <source>Write the body text; it is required.</source>
        <translation>Escribe el texto del cuerpo; es obligatorio.</translation>
    </message>
    <message>
        <source>The body is %1 characters long; the limit is 1,024.</source>
        <translation>El cuerpo tiene %1 caracteres; el límite es 1024.</translation>
    </message>
    <message>
        <source>The header format must be TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION (error 2388047).</source>
        <translation>El formato del encabezado debe ser TEXT, IMAGE, VIDEO, DOCUMENT o LOCATION (error 2388047).</translation>
    </message>
    <message>
        <source>A text header needs text.</source>
        <translation>Un encabezado de texto necesita texto.</translation>
    </message>
    <message>
        <source>The header is %1 characters long; the limit is 60.</source>
        <translation>El encabezado tiene %1 caracteres; el límite es 60.</translation>
    </message>
    <message>
        <source>A header can have at most one variable.</source>
        <translation>Un encabezado puede tener como máximo una variable.</translation>
    </message>
    <message>
        <source>The footer is %1 characters long; the limit is 60.</source>
        <translation>El pie de página tiene %1 caracteres; el límite es 60.</translation>
    </message>
    <message>
        <source>The footer cannot contain variables (error 2388073).</source>
        <translation>El pie de página no puede contener variables (error 2388073).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable; write {{1}} or {{snake_case_name}} with both pairs of braces.</source>
        <translation>&quot;%1&quot; no es una variable; escribe {{1}} o {{snake_case_name}} con los dos pares de llaves.</translation>
    </message>
    <message>
        <source>Use either numbered variables ({{1}}) or named ones ({{first_name}}), not both.</source>
        <translation>Usa variables numeradas ({{1}}) o con nombre ({{first_name}}), pero no ambas.</translation>
    </message>
    <message>
        <source>Number the variables {{1}}, {{2}}, … in sequence without gaps ({{%1}} is missing).</source>
        <translation>Numera las variables {{1}}, {{2}}, … en orden y sin huecos (falta {{%1}}).</translation>
    </message>
    <message>
        <source>The variables are %1 but the template&apos;s parameter format is %2.</source>
        <translation>Las variables usan el formato %1, pero el formato de parámetros de la plantilla es %2.</translation>
    </message>
    <message>
        <source>{{%1}}: named variables are lower-case letters, digits and underscores, starting with a letter, at most 20 characters.</source>
        <translation>{{%1}}: las variables con nombre usan letras minúsculas, dígitos y guiones bajos, empiezan por una letra y tienen como máximo 20 caracteres.</translation>
    </message>
    <message>
        <source>The body cannot start or end with a variable; add words before and after it (error 2388299).</source>
        <translation>El cuerpo no puede empezar ni terminar con una variable; agrega palabras antes y después de ella (error 2388299).</translation>
    </message>
    <message>
        <source>Two variables are next to each other; put words or punctuation between them (rejected as INVALID_FORMAT).</source>
        <translation>Hay dos variables seguidas; pon palabras o signos de puntuación entre ellas (se rechaza como INVALID_FORMAT).</translation>
    </message>
    <message>
        <source>Too many variables for the length of the text: %1 variables and %2 words (error 2388293).</source>
        <translation>Demasiadas variables para la longitud del texto: %1 variables y %2 palabras (error 2388293).</translation>
    </message>
    <message>
        <source>Give a sample value for the body variable {{%1}}.</source>
        <translation>Indica un valor de ejemplo para la variable del cuerpo {{%1}}.</translation>
    </message>
    <message>
        <source>example.body_text must be a list inside a list: [[&quot;sample 1&quot;, &quot;sample 2&quot;]].</source>
        <translation>example.body_text debe ser una lista dentro de otra lista: [[&quot;sample 1&quot;, &quot;sample 2&quot;]].</translation>
    </message>
    <message>
        <source>Give a sample value for the header variable {{%1}}.</source>
        <translation>Indica un valor de ejemplo para la variable del encabezado {{%1}}.</translation>
    </message>
    <message>
        <source>Upload a sample %1 for the header; Meta reviews the template with it.</source>
        <translation>Sube un ejemplo de %1 para el encabezado; Meta revisa la plantilla con él.</translation>
    </message>
    <message>
        <source>A template has 1 to 10 buttons, not %1.</source>
        <translation>Una plantilla tiene de 1 a 10 botones, no %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a button type this app supports.</source>
        <translation>&quot;%1&quot; no es un tipo de botón compatible con esta app.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Escribe el texto del botón.</translation>
    </message>
    <message>
        <source>The button label is %1 characters long; the limit is 25.</source>
        <translation>El texto del botón tiene %1 caracteres; el límite es 25.</translation>
    </message>
    <message>
        <source>Keep the quick replies together, all before or all after the other buttons (&quot;invalid combination&quot;).</source>
        <translation>Mantén juntas las respuestas rápidas, todas antes o todas después de los demás botones (&quot;invalid combination&quot;).</translation>
    </message>
    <message>
        <source>A template has at most 2 URL buttons.</source>
        <translation>Una plantilla tiene como máximo 2 botones de URL.</translation>
    </message>
    <message>
        <source>Give an http(s) address of at most 2,000 characters.</source>
        <translation>Indica una dirección http(s) de 2000 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A URL can have one variable, {{1}}, and only at its end.</source>
        <translation>Una URL puede tener una variable, {{1}}, y solo al final.</translation>
    </message>
    <message>
        <source>Give a sample of the full address for the URL variable.</source>
        <translation>Indica un ejemplo de la dirección completa para la variable de la URL.</translation>
    </message>
    <message>
        <source>A template has at most 1 phone number button.</source>
        <translation>Una plantilla tiene como máximo 1 botón de número de teléfono.</translation>
    </message>
    <message>
        <source>Give the phone number in international form, e.g. +15550051310 (up to 20 characters).</source>
        <translation>Indica el número de teléfono en formato internacional, p. ej., +15550051310 (hasta 20 caracteres).</translation>
    </message>
    <message>
        <source>A leading zero after the country code is removed by WhatsApp; check the number.</source>
        <translation>WhatsApp elimina el cero inicial que va después del código de país; comprueba el número.</translation>
    </message>
    <message>
        <source>A template has at most 1 copy code button.</source>
        <translation>Una plantilla tiene como máximo 1 botón de copiar código.</translation>
    </message>
    <message>
        <source>Give a sample code of 1 to 15 characters for the copy code button.</source>
        <translation>Indica un código de ejemplo de 1 a 15 caracteres para el botón de copiar código.</translation>
    </message>
    <message>
        <source>One-time password buttons belong to AUTHENTICATION templates only.</source>
        <translation>Los botones de contraseña de un solo uso son solo para plantillas AUTHENTICATION.</translation>
    </message>
    <message>
        <source>The one-time password button must be COPY_CODE, ONE_TAP or ZERO_TAP.</source>
        <translation>El botón de contraseña de un solo uso debe ser COPY_CODE, ONE_TAP o ZERO_TAP.</translation>
    </message>
    <message>
        <source>One-tap and zero-tap buttons need 1 to 5 Android apps, each with a package name and an 11-character signature hash.</source>
        <translation>Los botones de un toque y sin toque necesitan de 1 a 5 apps de Android, cada una con un nombre de paquete y un hash de firma de 11 caracteres.</translation>
    </message>
    <message>
        <source>Authentication templates have no header.</source>
        <translation>Las plantillas de autenticación no tienen encabezado.</translation>
    </message>
    <message>
        <source>Authentication templates have exactly one button: the one-time password button.</source>
        <translation>Las plantillas de autenticación tienen exactamente un botón: el de contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>WhatsApp writes the body of authentication templates (&quot;{{1}} is your verification code.&quot;); this text is ignored.</source>
        <translation>WhatsApp escribe el cuerpo de las plantillas de autenticación (&quot;{{1}} es tu código de verificación.&quot;); este texto se ignora.</translation>
    </message>
    <message>
        <source>The code expiry must be 1 to 90 minutes.</source>
        <translation>La caducidad del código debe ser de 1 a 90 minutos.</translation>
    </message>
    <message>
        <source>Sales wording (&quot;%1&quot;) in a UTILITY template is usually rejected as PROMOTIONAL; use MARKETING.</source>
        <translation>Las expresiones de venta (&quot;%1&quot;) en una plantilla UTILITY suelen rechazarse como PROMOTIONAL; usa MARKETING.</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>numerado</translation>
    </message>
    <message>
        <source>named</source>
        <translation>con nombre</translation>
    </message>
</context>
<context>
    <name>TestEvent</name>
    <message>
        <source>Test event from the WabaDesk webhook inspector (%1)</source>
        <translation>Evento de prueba del inspector de webhooks de WabaDesk (%1)</translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 is what was expected (&quot;a string&quot;, &quot;an array&quot;, …), %2 what came (also untranslated JSON type names)</extracomment>
        <translation>se esperaba %1, se recibió %2</translation>
    </message>
    <message>
        <source>the body is %1, not an object</source>
        <translation>el cuerpo es %1, no un objeto</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 a byte offset</extracomment>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the body is a JSON array, not an object</source>
        <translation>el cuerpo es un array JSON, no un objeto</translation>
    </message>
    <message>
        <source>object is %1, not whatsapp_business_account</source>
        <translation>object es %1, no whatsapp_business_account</translation>
    </message>
    <message>
        <source>entry is %1, not an array</source>
        <translation>entry es %1, no un array</translation>
    </message>
    <message>
        <source>neither a Cloud API envelope (object, entry) nor the On-Premise shape (messages, statuses)</source>
        <translation>no es ni un sobre de la Cloud API (object, entry) ni la estructura On-Premise (messages, statuses)</translation>
    </message>
</context>
<context>
    <name>WebhookUrlRules</name>
    <message>
        <source>Enter the URL where 360dialog should deliver webhooks.</source>
        <translation>Escribe la URL a la que 360dialog debe entregar los webhooks.</translation>
    </message>
    <message>
        <source>This is not a well-formed URL (expected e.g. https://hooks.example.com/whatsapp).</source>
        <translation>Esta URL no tiene un formato válido (se esperaba, p. ej., https://hooks.example.com/whatsapp).</translation>
    </message>
    <message>
        <source>The URL must use https:// (360dialog only delivers to HTTPS with a valid certificate).</source>
        <translation>La URL debe usar https:// (360dialog solo entrega a HTTPS con un certificado válido).</translation>
    </message>
    <message>
        <source>The host name must not contain &quot;_&quot; (&quot;%1&quot;).</source>
        <translation>El nombre de host no debe contener &quot;_&quot; (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The URL must not contain a port (&quot;:%1&quot;); 360dialog delivers to port 443 only.</source>
        <translation>La URL no debe contener un puerto (&quot;:%1&quot;); 360dialog solo entrega al puerto 443.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; use an Authorization header instead.</source>
        <translation>La URL no debe contener un nombre de usuario ni una contraseña; usa en su lugar una cabecera Authorization.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WabaDesk</source>
        <translation>WabaDesk</translation>
    </message>
    <message>
        <source>The demo channel&apos;s webhook could not be set: %1</source>
        <translation>No se pudo configurar el webhook del canal de demo: %1</translation>
    </message>
    <message>
        <source>Desktop client for WhatsApp Business through 360dialog.</source>
        <translation>Cliente de escritorio para WhatsApp Business a través de 360dialog.</translation>
    </message>
    <message>
        <source>Run against a local sandbox that behaves like 360dialog (no real messages, nothing saved, the system keychain untouched).</source>
        <translation>Ejecutar contra un sandbox local que se comporta como 360dialog (sin mensajes reales, sin guardar nada y sin tocar el llavero del sistema).</translation>
    </message>
    <message>
        <source>Keep channels and history in DIR (default: $WABADESK_DATA_DIR, else the user&apos;s data directory).</source>
        <translation>Guardar los canales y el historial en DIR (predeterminado: $WABADESK_DATA_DIR o, si no, la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>No temporary directory for the demo: %1</source>
        <translation>No hay carpeta temporal para la demo: %1</translation>
    </message>
    <message>
        <source>The demo sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el sandbox de demo: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>The message store could not be opened: %1</source>
        <translation>No se pudo abrir el almacén de mensajes: %1</translation>
    </message>
    <message>
        <source>Demo channel (sandbox)</source>
        <translation>Canal de demo (sandbox)</translation>
    </message>
    <message>
        <source>The demo channel could not be added: %1</source>
        <translation>No se pudo agregar el canal de demo: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::SingleInstance</name>
    <message>
        <source>Another WabaDesk is starting and holds %1.</source>
        <translation>Otra instancia de WabaDesk se está iniciando y tiene bloqueado %1.</translation>
    </message>
    <message>
        <source>WabaDesk is already running for this data directory but does not answer.</source>
        <translation>WabaDesk ya se está ejecutando para este directorio de datos, pero no responde.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::api::ApiClient</name>
    <message>
        <source>Marketing Messages Lite sends templates only.</source>
        <translation>Marketing Messages Lite solo envía plantillas.</translation>
    </message>
</context>
<context>
    <name>wabadesk::channels::ChannelService</name>
    <message>
        <source>The base URL cannot be reached: %1. Check the URL, or whether the server is running.</source>
        <translation>No se puede acceder a la URL base: %1. Comprueba la URL o si el servidor está en ejecución.</translation>
    </message>
    <message>
        <source>The network failed while checking: %1. Check the connection and try again.</source>
        <translation>La red falló durante la comprobación: %1. Comprueba la conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server at this base URL does not answer like the 360dialog API.</source>
        <translation>El servidor de esta URL base no responde como la API de 360dialog.</translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that you pasted the whole key and that it is the channel&apos;s newest one.</source>
        <translation>No se aceptó la clave de API. Comprueba que pegaste la clave completa y que es la más reciente del canal.</translation>
    </message>
    <message>
        <source>The server at this base URL does not answer like the 360dialog API (HTTP %1).</source>
        <translation>El servidor de esta URL base no responde como la API de 360dialog (HTTP %1).</translation>
    </message>
    <message>
        <source>360dialog refused the request: %1</source>
        <translation>360dialog rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>La URL base debe ser una URL http(s), p. ej., https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>Paste the channel&apos;s API key.</source>
        <translation>Pega la clave de API del canal.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or line breaks.</source>
        <translation>La clave de API no debe contener espacios ni saltos de línea.</translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un canal llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This number is already set up as &quot;%1&quot;. To use a new key, rotate that channel&apos;s key.</source>
        <translation>Este número ya está configurado como &quot;%1&quot;. Para usar una clave nueva, renueva la clave de ese canal.</translation>
    </message>
    <message>
        <source>The channel settings could not be written to %1.</source>
        <translation>No se pudo guardar la configuración del canal en %1.</translation>
    </message>
    <message>
        <source>There is no such channel.</source>
        <translation>No existe ese canal.</translation>
    </message>
    <message>
        <source>Paste the new API key.</source>
        <translation>Pega la nueva clave de API.</translation>
    </message>
    <message>
        <source>This key belongs to another number (%1), not to &quot;%2&quot;.</source>
        <translation>Esta clave pertenece a otro número (%1), no a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key was replaced, but the webhook could not be re-applied: %1</source>
        <translation>Se reemplazó la clave, pero no se pudo volver a aplicar el webhook: %1</translation>
    </message>
    <message>
        <source>the channel is gone</source>
        <translation>el canal ya no existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera válido.</translation>
    </message>
    <message>
        <source>The value of header %1 must not contain line breaks.</source>
        <translation>El valor de la cabecera %1 no debe contener saltos de línea.</translation>
    </message>
    <message>
        <source>The keychain holds no API key for &quot;%1&quot;. Rotate the key to enter it again.</source>
        <translation>El llavero no contiene ninguna clave de API para &quot;%1&quot;. Renueva la clave para volver a introducirla.</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Ponle un nombre al canal.</translation>
    </message>
    <message>
        <source>The channel&apos;s history could not be deleted: %1</source>
        <translation>No se pudo borrar el historial del canal: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::media::UploadQueue</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The copy of %1 could not be written: %2</source>
        <translation>No se pudo escribir la copia de %1: %2</translation>
    </message>
    <message>
        <source>The channel was removed.</source>
        <translation>Se eliminó el canal.</translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::MessageSender</name>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Choose the message to react to.</source>
        <translation>Elige el mensaje al que quieres reaccionar.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>A caption can only go with a photo, a video or a document.</source>
        <translation>Solo se puede agregar una leyenda a una foto, un video o un documento.</translation>
    </message>
    <message>
        <source>This is not an interactive message.</source>
        <translation>Este no es un mensaje interactivo.</translation>
    </message>
    <message>
        <source>This is not a template message.</source>
        <translation>Este no es un mensaje de plantilla.</translation>
    </message>
    <message>
        <source>This conversation does not exist.</source>
        <translation>Esta conversación no existe.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer has not written in the last 24 hours. Only an approved template can be sent now.</source>
        <translation>La ventana de 24 horas está cerrada: el cliente no ha escrito en las últimas 24 horas. Ahora solo se puede enviar una plantilla aprobada.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>No se envió el mensaje: %1</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>No se pudo guardar el mensaje: %1</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: send an approved template instead of retrying.</source>
        <translation>La ventana de 24 horas está cerrada: envía una plantilla aprobada en lugar de reintentar.</translation>
    </message>
    <message>
        <source>This message is not waiting for a retry.</source>
        <translation>Este mensaje no está esperando un reintento.</translation>
    </message>
    <message>
        <source>The message could not be queued again: %1</source>
        <translation>No se pudo volver a poner el mensaje en cola: %1</translation>
    </message>
    <message>
        <source>Only messages sent from WabaDesk can be sent again from here.</source>
        <translation>Desde aquí solo se pueden volver a enviar los mensajes enviados desde WabaDesk.</translation>
    </message>
    <message>
        <source>WabaDesk has no phone number or user id for this customer, so it cannot write to them.</source>
        <translation>WabaDesk no tiene ningún número de teléfono ni ID de usuario de este cliente, así que no puede escribirle.</translation>
    </message>
    <message>
        <source>Groups take text, media and templates only: this message cannot be sent to a group.</source>
        <translation>Los grupos solo admiten texto, multimedia y plantillas: este mensaje no se puede enviar a un grupo.</translation>
    </message>
    <message>
        <source>The customer asked not to receive marketing messages (WhatsApp told WabaDesk on %1). Send a utility template, or wait until they resume.</source>
        <translation>El cliente pidió no recibir mensajes de marketing (WhatsApp se lo notificó a WabaDesk el %1). Envía una plantilla de utilidad o espera a que vuelva a aceptarlos.</translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::OutboxSender</name>
    <message numerus="yes">
        <source> — gave up after %n attempt(s)</source>
        <translation>
            <numerusform> — se dejó de intentar tras %n intento</numerusform>
            <numerusform> — se dejó de intentar tras %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to send no longer exists: %1</source>
        <translation>El archivo que se iba a enviar ya no existe: %1</translation>
    </message>
    <message>
        <source>The channel was removed.</source>
        <translation>Se eliminó el canal.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AddChannelDialog</name>
    <message>
        <source>Enter the base URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>Escribe la URL base, p. ej., https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>This is not an http(s) URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>No es una URL http(s) (se espera, p. ej., https://waba-v2.360dialog.io).</translation>
    </message>
    <message>
        <source>Over http:// the API key travels unencrypted. Use https:// unless this is a test server on your own network.</source>
        <translation>Con http:// la clave de API viaja sin cifrar. Usa https://, salvo que sea un servidor de pruebas en tu propia red.</translation>
    </message>
    <message>
        <source>This is the legacy On-Premise API, which Meta ended on 23 October 2025.</source>
        <translation>Esta es la antigua API On-Premise, que Meta retiró el 23 de octubre de 2025.</translation>
    </message>
    <message>
        <source>360dialog &amp;Cloud API</source>
        <translation>&amp;Cloud API de 360dialog</translation>
    </message>
    <message>
        <source>360dialog &amp;sandbox</source>
        <translation>&amp;Sandbox de 360dialog</translation>
    </message>
    <message>
        <source>C&amp;ustom base URL:</source>
        <translation>URL base &amp;personalizada:</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Agregar canal</translation>
    </message>
    <message>
        <source>Add a WhatsApp number</source>
        <translation>Agregar un número de WhatsApp</translation>
    </message>
    <message>
        <source>Paste the number&apos;s API key from the 360dialog Hub. WabaDesk checks it at once, names the channel from what 360dialog reports, and keeps the key in this computer&apos;s keychain, never in a file.</source>
        <translation>Pega la clave de API del número desde el 360dialog Hub. WabaDesk la comprueba al momento, pone nombre al canal según lo que informa 360dialog y guarda la clave en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <source>%1 — live numbers (the usual choice)</source>
        <translation>%1 — números en producción (la opción habitual)</translation>
    </message>
    <message>
        <source>%1 — 360dialog&apos;s test number</source>
        <translation>%1 — número de prueba de 360dialog</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste the D360-API-KEY</source>
        <translation>Pega la D360-API-KEY</translation>
    </message>
    <message>
        <source>Shown as dots. WabaDesk never writes it to a file, a log or the clipboard.</source>
        <translation>Se muestra con puntos. WabaDesk nunca la escribe en un archivo, un registro ni el portapapeles.</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nombre del canal</translation>
    </message>
    <message>
        <source>Optional: named from the API otherwise</source>
        <translation>Opcional: si no, se toma de la API</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Checking the key with 360dialog…</source>
        <translation>Comprobando la clave con 360dialog…</translation>
    </message>
    <message>
        <source>Check and &amp;Add</source>
        <translation>Comprobar y &amp;agregar</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>Keychain Failed</source>
        <translation>Error del llavero</translation>
    </message>
    <message>
        <source>The key is correct, but this computer has no keychain to keep it in.</source>
        <translation>La clave es correcta, pero este equipo no tiene ningún llavero donde guardarla.</translation>
    </message>
    <message>
        <source>The key is correct, but the keychain could not store it.</source>
        <translation>La clave es correcta, pero el llavero no pudo guardarla.</translation>
    </message>
    <message>
        <source>WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet), and none is available.</source>
        <translation>WabaDesk guarda las claves de API solo en el llavero del sistema (en Linux, un Secret Service como GNOME Keyring o KWallet) y no hay ninguno disponible.</translation>
    </message>
    <message>
        <source>WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet). It answered: %1</source>
        <translation>WabaDesk guarda las claves de API solo en el llavero del sistema (en Linux, un Secret Service como GNOME Keyring o KWallet). Su respuesta fue: %1</translation>
    </message>
    <message>
        <source>WabaDesk never writes a key to a file instead.

You can keep the key in memory for this run only: the channel works until you quit WabaDesk, and you add it again next time. To keep it, install or unlock a keychain and add the channel again.</source>
        <translation>WabaDesk nunca escribe una clave en un archivo como alternativa.

Puedes mantener la clave en memoria solo durante esta sesión: el canal funciona hasta que cierres WabaDesk y tendrás que volver a agregarlo la próxima vez. Para conservarla, instala o desbloquea un llavero y vuelve a agregar el canal.</translation>
    </message>
    <message>
        <source>Keep the Key for This Run Only</source>
        <translation>Conservar la clave solo en esta sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AddToWabaDeskDialog</name>
    <message>
        <source>New Key for %1</source>
        <translation>Nueva clave para %1</translation>
    </message>
    <message>
        <source>Add %1 to WabaDesk</source>
        <translation>Agregar %1 a WabaDesk</translation>
    </message>
    <message>
        <source>Give “%1” a new key</source>
        <translation>Dar una nueva clave a “%1”</translation>
    </message>
    <message>
        <source>Add “%1” to WabaDesk</source>
        <translation>Agregar “%1” a WabaDesk</translation>
    </message>
    <message>
        <source>WabaDesk&apos;s channel “%1” gets the new key, and the webhooks WabaDesk set for it are set again.</source>
        <translation>El canal “%1” de WabaDesk recibe la nueva clave y se vuelven a configurar los webhooks que WabaDesk configuró para él.</translation>
    </message>
    <message>
        <source>WabaDesk checks the new key, keeps it in this computer&apos;s keychain and adds the number as a channel.</source>
        <translation>WabaDesk comprueba la nueva clave, la guarda en el llavero de este equipo y agrega el número como canal.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Generating a key revokes the number&apos;s current key.&lt;/b&gt; 360dialog keeps only the newest key: whatever uses the current one — another app, another desk — stops working at once, and 360dialog resets the number&apos;s webhook.&lt;/p&gt;&lt;p&gt;%1 The key is never shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Generar una clave revoca la clave actual del número.&lt;/b&gt; 360dialog solo conserva la clave más reciente: todo lo que use la actual — otra app, otro WabaDesk — deja de funcionar de inmediato, y 360dialog restablece el webhook del número.&lt;/p&gt;&lt;p&gt;%1 La clave nunca se muestra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nombre del canal</translation>
    </message>
    <message>
        <source>&amp;Name in WabaDesk:</source>
        <translation>&amp;Nombre en WabaDesk:</translation>
    </message>
    <message>
        <source>Send its webhooks to this desk&apos;s listener (%1)</source>
        <translation>Enviar sus webhooks al receptor de este WabaDesk (%1)</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>In WabaDesk:</source>
        <translation>En WabaDesk:</translation>
    </message>
    <message>
        <source>Generating the key and checking it…</source>
        <translation>Generando la clave y comprobándola…</translation>
    </message>
    <message>
        <source>&amp;Generate New Key</source>
        <translation>&amp;Generar nueva clave</translation>
    </message>
    <message>
        <source>&amp;Generate Key and Add</source>
        <translation>&amp;Generar clave y agregar</translation>
    </message>
    <message>
        <source>&amp;Show Channel</source>
        <translation>&amp;Mostrar canal</translation>
    </message>
    <message>
        <source>&lt;b&gt;No key was generated: the keychain cannot keep one.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Nothing changed at 360dialog; the current key still works.</source>
        <translation>&lt;b&gt;No se generó ninguna clave: el llavero no puede guardarla.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;No cambió nada en 360dialog; la clave actual sigue funcionando.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added “%1”.&lt;/b&gt; Its new key (%2) is in the keychain; the old key no longer works.</source>
        <translation>&lt;b&gt;Se agregó “%1”.&lt;/b&gt; Su nueva clave (%2) está en el llavero; la clave anterior ya no funciona.</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” has a new key (%2).&lt;/b&gt; The old key no longer works.</source>
        <translation>&lt;b&gt;“%1” tiene una nueva clave (%2).&lt;/b&gt; La clave anterior ya no funciona.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new key was generated, but WabaDesk could not keep it.&lt;/b&gt; %1&lt;br&gt;The number&apos;s old key no longer works. Fix the problem above, then generate a key again.</source>
        <translation>&lt;b&gt;Se generó una nueva clave, pero WabaDesk no pudo guardarla.&lt;/b&gt; %1&lt;br&gt;La clave anterior del número ya no funciona. Corrige el problema indicado arriba y vuelve a generar una clave.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The webhook was not set:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Set it in the channel&apos;s Webhooks tab.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;No se configuró el webhook:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Configúralo en la pestaña Webhooks del canal.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Webhook set: %1.</source>
        <translation>&lt;br&gt;Webhook configurado: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;No webhook is set yet: 360dialog delivers no messages for this number until one is. Set it in the channel&apos;s Webhooks tab.</source>
        <translation>&lt;br&gt;Aún no hay ningún webhook configurado: 360dialog no entrega mensajes de este número hasta que se configure uno. Configúralo en la pestaña Webhooks del canal.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ApplyToChannelsDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply Profile to Other Channels</source>
        <translation>Aplicar perfil a otros canales</translation>
    </message>
    <message>
        <source>Copy fields of the saved profile of %1 to other channels. Only fields that differ are sent, with the same checks as Save, and each change is logged.</source>
        <translation>Copia campos del perfil guardado de %1 a otros canales. Solo se envían los campos que difieren, con las mismas comprobaciones que al guardar, y cada cambio queda registrado.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>The photo is not copied: choose it on each channel.</source>
        <translation>La foto no se copia: elígela en cada canal.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Target channels</source>
        <translation>Canales de destino</translation>
    </message>
    <message>
        <source>Done. Results are shown next to each channel.</source>
        <translation>Listo. Los resultados se muestran junto a cada canal.</translation>
    </message>
    <message>
        <source>%1 — applying…</source>
        <translation>%1 — aplicando…</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n channel(s)…</source>
        <translation>
            <numerusform>Aplicando a %n canal…</numerusform>
            <numerusform>Aplicando a %n canales…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — updated: %2</source>
        <extracomment>%1: channel, %2: the fields changed.</extracomment>
        <translation>%1 — actualizado: %2</translation>
    </message>
    <message>
        <source>%1 — already the same, nothing sent</source>
        <translation>%1 — ya es igual, no se envió nada</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — rechazado: %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — falló: %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message>
        <source>%1 · uploaded, media id %2</source>
        <translation>%1 · subido, ID de multimedia %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AttachmentFiles</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” no es un archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent. %2</source>
        <translation>“%1” no se puede enviar. %2</translation>
    </message>
    <message>
        <source>The pasted image could not be saved in %1.</source>
        <translation>No se pudo guardar la imagen pegada en %1.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelActions</name>
    <message>
        <source>&amp;Add Channel…</source>
        <translation>&amp;Agregar canal…</translation>
    </message>
    <message>
        <source>&amp;Rotate Key…</source>
        <translation>&amp;Renovar clave…</translation>
    </message>
    <message>
        <source>Re&amp;move Channel…</source>
        <translation>&amp;Eliminar canal…</translation>
    </message>
    <message>
        <source>Add a WhatsApp number with its 360dialog API key (%1)</source>
        <translation>Agregar un número de WhatsApp con su clave de API de 360dialog (%1)</translation>
    </message>
    <message>
        <source>Replace the current channel&apos;s API key with a new one</source>
        <translation>Reemplazar la clave de API del canal actual por una nueva</translation>
    </message>
    <message>
        <source>Remove the current channel and its key from this computer</source>
        <translation>Eliminar de este equipo el canal actual y su clave</translation>
    </message>
    <message>
        <source>Added “%1”; its key is kept for this run only.</source>
        <translation>Se agregó “%1”; su clave se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Se agregó “%1”.</translation>
    </message>
    <message>
        <source>Key of “%1” replaced.</source>
        <translation>Se reemplazó la clave de “%1”.</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Eliminar canal</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from WabaDesk?</source>
        <translation>¿Eliminar “%1” (%2) de WabaDesk?</translation>
    </message>
    <message>
        <source>WabaDesk deletes the channel&apos;s API key and webhook secrets from the keychain and forgets its settings. Nothing changes at 360dialog: the number, its key and its webhook stay as they are there.</source>
        <translation>WabaDesk elimina del llavero la clave de API y los secretos de webhook del canal, y olvida su configuración. En 360dialog no cambia nada: el número, su clave y su webhook siguen igual allí.</translation>
    </message>
    <message>
        <source>Also delete this channel&apos;s local history</source>
        <translation>Eliminar también el historial local de este canal</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>“%1” was not removed.</source>
        <translation>No se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Channel &amp;Settings…</source>
        <translation>Configuración del &amp;canal…</translation>
    </message>
    <message>
        <source>Name, API key, webhooks and removal of the current channel</source>
        <translation>Nombre, clave de API, webhooks y eliminación del canal actual</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelErrorText</name>
    <message>
        <source>The API key was not accepted</source>
        <translation>No se aceptó la clave de API</translation>
    </message>
    <message>
        <source>The base URL cannot be reached</source>
        <translation>No se puede acceder a la URL base</translation>
    </message>
    <message>
        <source>The network failed</source>
        <translation>Falló la red</translation>
    </message>
    <message>
        <source>This is not a 360dialog API</source>
        <translation>No es una API de 360dialog</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>No hay ningún llavero disponible</translation>
    </message>
    <message>
        <source>The keychain failed</source>
        <translation>Falló el llavero</translation>
    </message>
    <message>
        <source>Some values need correcting</source>
        <translation>Hay valores que corregir</translation>
    </message>
    <message>
        <source>The channel no longer exists</source>
        <translation>El canal ya no existe</translation>
    </message>
    <message>
        <source>This number is already a channel</source>
        <translation>Este número ya es un canal</translation>
    </message>
    <message>
        <source>360dialog refused the request</source>
        <translation>360dialog rechazó la solicitud</translation>
    </message>
    <message>
        <source>Copy the key again from the 360dialog Hub (API keys of the number). Only the newest key of a number works; a key generated earlier stops working when a new one is generated.</source>
        <translation>Vuelve a copiar la clave desde el 360dialog Hub (claves de API del número). Solo funciona la clave más reciente de un número; una clave generada antes deja de funcionar cuando se genera una nueva.</translation>
    </message>
    <message>
        <source>Check the base URL for typing mistakes. For the Cloud API it is https://waba-v2.360dialog.io.</source>
        <translation>Revisa si hay errores de escritura en la URL base. Para la Cloud API es https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection (and proxy or firewall), then try again.</source>
        <translation>Comprueba la conexión a internet de este equipo (y el proxy o el firewall) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something answered at this address, but not like 360dialog. Check the base URL.</source>
        <translation>Algo respondió en esta dirección, pero no como 360dialog. Revisa la URL base.</translation>
    </message>
    <message>
        <source>Unlock the keychain (it may have asked for a password) and try again.</source>
        <translation>Desbloquea el llavero (puede que te haya pedido una contraseña) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>To use a new key for that number, rotate the existing channel&apos;s key instead.</source>
        <translation>Para usar una clave nueva con ese número, renueva la clave del canal existente.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelInsights</name>
    <message>
        <source>Messaging &amp;Health…</source>
        <translation>&amp;Estado de mensajería…</translation>
    </message>
    <message>
        <source>&amp;Pricing Report…</source>
        <translation>Informe de &amp;tarificación…</translation>
    </message>
    <message>
        <source>Send Marketing Templates through &amp;MM Lite</source>
        <translation>Enviar plantillas de marketing a través de &amp;MM Lite</translation>
    </message>
    <message>
        <source>Whether this number can send messages now, and why not (360dialog&apos;s health status)</source>
        <translation>Si este número puede enviar mensajes ahora y, si no, por qué (estado de salud de 360dialog)</translation>
    </message>
    <message>
        <source>This month&apos;s charged messages per pricing category, with CSV export</source>
        <translation>Mensajes con cargo de este mes por categoría de tarificación, con exportación a CSV</translation>
    </message>
    <message>
        <source>Marketing templates go through Marketing Messages Lite (/marketing_messages); the number must have accepted its terms in the 360dialog Hub</source>
        <translation>Las plantillas de marketing se envían a través de Marketing Messages Lite (/marketing_messages); el número debe haber aceptado sus condiciones en el 360dialog Hub</translation>
    </message>
    <message>
        <source>Messaging: checking…</source>
        <translation>Mensajería: comprobando…</translation>
    </message>
    <message>
        <source>Messaging: unknown</source>
        <translation>Mensajería: desconocida</translation>
    </message>
    <message>
        <source>Messaging: available</source>
        <translation>Mensajería: disponible</translation>
    </message>
    <message>
        <source>Messaging: limited</source>
        <translation>Mensajería: limitada</translation>
    </message>
    <message>
        <source>Messaging: blocked</source>
        <translation>Mensajería: bloqueada</translation>
    </message>
    <message>
        <source>Messaging: %1</source>
        <translation>Mensajería: %1</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Comprobado: %1.</translation>
    </message>
    <message>
        <source>This number can send messages.</source>
        <translation>Este número puede enviar mensajes.</translation>
    </message>
    <message>
        <source>Templates are not covered by this check.</source>
        <translation>Esta comprobación no incluye las plantillas.</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>La última comprobación falló: %1</translation>
    </message>
    <message>
        <source>Messaging health</source>
        <translation>Estado de mensajería</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Comprobar ahora</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelSettingsDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Use this name in WabaDesk (360dialog and WhatsApp are not told)</source>
        <translation>Usar este nombre en WabaDesk (no se comunica a 360dialog ni a WhatsApp)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Verified name:</source>
        <translation>Nombre verificado:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Agregado:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Rotate &amp;Key…</source>
        <translation>Renovar &amp;clave…</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Almacenamiento:</translation>
    </message>
    <message>
        <source>Last replaced:</source>
        <translation>Último reemplazo:</translation>
    </message>
    <message>
        <source>Only a number&apos;s newest key works. Generate a new one in the 360dialog Hub, then rotate it here: WabaDesk checks it, replaces the old one and sets the webhooks again.</source>
        <translation>Solo funciona la clave más reciente de un número. Genera una nueva en el 360dialog Hub y renuévala aquí: WabaDesk la comprueba, reemplaza la anterior y vuelve a configurar los webhooks.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Edit Webhooks…</source>
        <translation>E&amp;ditar webhooks…</translation>
    </message>
    <message>
        <source>Open the channel&apos;s Webhooks tab</source>
        <translation>Abrir la pestaña Webhooks del canal</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de teléfono:</translation>
    </message>
    <message>
        <source>WABA:</source>
        <translation>WABA:</translation>
    </message>
    <message>
        <source>Re&amp;move Channel…</source>
        <translation>&amp;Eliminar canal…</translation>
    </message>
    <message>
        <source>Channel Settings — %1</source>
        <extracomment>Window title: the channel&apos;s name.</extracomment>
        <translation>Configuración del canal — %1</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No informado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Not set through WabaDesk</source>
        <translation>No configurado desde WabaDesk</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (con %2)</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelSwitcher</name>
    <message>
        <source>Add Channel…</source>
        <translation>Agregar canal…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>No channels yet.</source>
        <translation>Aún no hay canales.</translation>
    </message>
    <message>
        <source>Add a WhatsApp number with its 360dialog API key</source>
        <translation>Agregar un número de WhatsApp con su clave de API de 360dialog</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations of every channel in one list</source>
        <translation>Las conversaciones de todos los canales en una sola lista</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelText</name>
    <message>
        <source>Legacy On-Premise API</source>
        <translation>API On-Premise antigua</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>360dialog sandbox</source>
        <translation>Sandbox de 360dialog</translation>
    </message>
    <message>
        <source>360dialog Cloud API</source>
        <translation>Cloud API de 360dialog</translation>
    </message>
    <message>
        <source>Number not reported</source>
        <translation>Número no informado</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of a channel&apos;s description.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 — local sandbox at %2</source>
        <translation>%1 — sandbox local en %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>Status bar: channel name, service, base URL.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This channel uses the legacy On-Premise API, which Meta ended on 23 October 2025.&lt;/b&gt; Messages through it no longer work. Migrate the number to the Cloud API in the 360dialog Hub, generate a new API key there, then remove this channel and add the number again with the 360dialog Cloud base URL.</source>
        <translation>&lt;b&gt;Este canal usa la antigua API On-Premise, que Meta retiró el 23 de octubre de 2025.&lt;/b&gt; Los mensajes a través de ella ya no funcionan. Migra el número a la Cloud API en el 360dialog Hub, genera allí una nueva clave de API y, después, elimina este canal y vuelve a agregar el número con la URL base de la Cloud API de 360dialog.</translation>
    </message>
    <message>
        <source>Kept for this run only: WabaDesk forgets it when it quits, and the channel with it.</source>
        <translation>Se conserva solo durante esta sesión: WabaDesk la olvida al salir, y con ella el canal.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain.</source>
        <translation>Guardada en el llavero de este equipo.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelWorkspace</name>
    <message>
        <source>Opening the channel…</source>
        <translation>Abriendo el canal…</translation>
    </message>
    <message>
        <source>Reading its API key from the keychain.</source>
        <translation>Leyendo su clave de API del llavero.</translation>
    </message>
    <message>
        <source>Reading its API key from the keychain. The keychain may ask you to unlock it.</source>
        <translation>Leyendo su clave de API del llavero. Puede que el llavero te pida desbloquearlo.</translation>
    </message>
    <message>
        <source>The channel&apos;s key could not be read</source>
        <translation>No se pudo leer la clave del canal</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>No message store</source>
        <translation>Sin almacén de mensajes</translation>
    </message>
    <message>
        <source>Conversations are kept in the message store, which is not open.</source>
        <translation>Las conversaciones se guardan en el almacén de mensajes, que no está abierto.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Perfil de empresa</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Business profile •</source>
        <extracomment>The Business profile tab&apos;s title while it has unsaved changes.</extracomment>
        <translation>Perfil de empresa •</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>The media library is kept in the message store, which is not open.</source>
        <translation>La biblioteca multimedia se guarda en el almacén de mensajes, que no está abierto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;If the keychain no longer holds the key, enter it again: &lt;b&gt;Channel → Channel Settings… → Rotate Key…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si el llavero ya no contiene la clave, vuelve a introducirla: &lt;b&gt;Canal → Configuración del canal… → Renovar clave…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Link &amp;preview</source>
        <translation>&amp;Vista previa de enlaces</translation>
    </message>
    <message>
        <source>Message composer</source>
        <translation>Editor de mensajes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Attach a file, send a location, a contact card, buttons, a list or a template</source>
        <translation>Adjuntar un archivo, enviar una ubicación, una tarjeta de contacto, botones, una lista o una plantilla</translation>
    </message>
    <message>
        <source>Attach and more</source>
        <translation>Adjuntar y más</translation>
    </message>
    <message>
        <source>&amp;File, Photo or Video…</source>
        <translation>&amp;Archivo, foto o video…</translation>
    </message>
    <message>
        <source>&amp;Location…</source>
        <translation>&amp;Ubicación…</translation>
    </message>
    <message>
        <source>&amp;Contact Card…</source>
        <translation>&amp;Tarjeta de contacto…</translation>
    </message>
    <message>
        <source>Reply &amp;Buttons…</source>
        <translation>&amp;Botones de respuesta…</translation>
    </message>
    <message>
        <source>L&amp;ist…</source>
        <translation>&amp;Lista…</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Plantilla…</translation>
    </message>
    <message>
        <source>Send with &amp;Enter</source>
        <translation>Enviar con &amp;Enter</translation>
    </message>
    <message>
        <source>Off: Ctrl+Enter sends and Enter starts a new line</source>
        <translation>Desactivado: Ctrl+Enter envía y Enter inserta una nueva línea</translation>
    </message>
    <message>
        <source>Show a preview of the first link in the message</source>
        <translation>Mostrar una vista previa del primer enlace del mensaje</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>un mensaje</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation>(no cargado)</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: files can be sent again after the customer writes.</source>
        <translation>La ventana de 24 horas está cerrada: podrás volver a enviar archivos cuando el cliente escriba.</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Elige una conversación</translation>
    </message>
    <message>
        <source>Add a caption…</source>
        <translation>Agrega una leyenda…</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <source>Free-form messages are off until the customer writes again</source>
        <translation>Los mensajes de formato libre están desactivados hasta que el cliente vuelva a escribir</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Enviar (%1)</translation>
    </message>
    <message>
        <source>%1 / %2 — %3 too many</source>
        <translation>%1 / %2 — %3 de más</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>A caption can have at most %1 characters.</source>
        <translation>Una leyenda puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A message can have at most %1 characters.</source>
        <translation>Un mensaje puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: reactions can be sent again after the customer writes.</source>
        <translation>La ventana de 24 horas está cerrada: podrás volver a enviar reacciones cuando el cliente escriba.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</source>
        <translation>Fotos, videos, audio y documentos (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>&amp;Quick Replies…</source>
        <translation>&amp;Respuestas rápidas…</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ContactCardDialog</name>
    <message>
        <source>Send Contact Card</source>
        <translation>Enviar tarjeta de contacto</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Shown &amp;as:</source>
        <translation>&amp;Mostrar como:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Sitio web:</translation>
    </message>
    <message>
        <source>&amp;Send Contact</source>
        <translation>Envia&amp;r contacto</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Escribe el nombre del contacto.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and + - ( ) . /</source>
        <translation>El número de teléfono solo puede contener dígitos, espacios y + - ( ) . /</translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation>La dirección de correo electrónico necesita una @.</translation>
    </message>
    <message>
        <source>The website must be a full address starting with https://</source>
        <translation>El sitio web debe ser una dirección completa que empiece por https://</translation>
    </message>
    <message>
        <source>Full name as shown in the card</source>
        <translation>Nombre completo tal como aparece en la tarjeta</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationDelegate</name>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation>
            <numerusform>No se pudo enviar %n mensaje</numerusform>
            <numerusform>No se pudieron enviar %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje no leído</numerusform>
            <numerusform>%n mensajes no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Borrador:</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationHeader</name>
    <message>
        <source>Find in conversation (Ctrl+F)</source>
        <translation>Buscar en la conversación (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <source>WhatsApp customer</source>
        <translation>Cliente de WhatsApp</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>No hay ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Window closed · templates only</source>
        <translation>Ventana cerrada · solo plantillas</translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n h left</source>
        <translation>
            <numerusform>Ventana abierta · queda %n h</numerusform>
            <numerusform>Ventana abierta · quedan %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n min left</source>
        <translation>
            <numerusform>Ventana abierta · queda %n min</numerusform>
            <numerusform>Ventana abierta · quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Free-form messages are allowed until %1 (24 hours after the customer&apos;s last message).</source>
        <translation>Se permiten mensajes de formato libre hasta %1 (24 horas después del último mensaje del cliente).</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer&apos;s last message: only approved templates can be sent until they write again.</source>
        <translation>Han pasado más de 24 horas desde el último mensaje del cliente: solo se pueden enviar plantillas aprobadas hasta que vuelva a escribir.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n no leído</numerusform>
            <numerusform>%n no leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>window: %1</source>
        <translation>ventana: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>un mensaje</translation>
    </message>
    <message>
        <source>You reacted %1 to “%2”</source>
        <translation>Reaccionaste con %1 a “%2”</translation>
    </message>
    <message>
        <source>%1 reacted %2 to “%3”</source>
        <translation>%1 reaccionó con %2 a “%3”</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>borrador: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListPanel</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>Siguiente conversación no leída</translation>
    </message>
    <message>
        <source>Search conversations and messages</source>
        <translation>Buscar conversaciones y mensajes</translation>
    </message>
    <message>
        <source>Only conversations with unread messages</source>
        <translation>Solo conversaciones con mensajes no leídos</translation>
    </message>
    <message>
        <source>Only conversations whose 24-hour window is open (free-form replies possible)</source>
        <translation>Solo conversaciones con la ventana de 24 horas abierta (se puede responder con formato libre)</translation>
    </message>
    <message>
        <source>Only conversations with messages that could not be sent</source>
        <translation>Solo conversaciones con mensajes que no se pudieron enviar</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>Ventana abierta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>Messages from customers appear here as they arrive. You can also write first.</source>
        <translation>Los mensajes de los clientes aparecen aquí a medida que llegan. También puedes escribir tú primero.</translation>
    </message>
    <message>
        <source>No matching conversations</source>
        <translation>No hay conversaciones que coincidan</translation>
    </message>
    <message>
        <source>No name, number or last message contains “%1”.</source>
        <translation>Ningún nombre, número ni último mensaje contiene “%1”.</translation>
    </message>
    <message>
        <source>No conversation matches the selected filters.</source>
        <translation>Ninguna conversación coincide con los filtros seleccionados.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationView</name>
    <message>
        <source>No conversation open</source>
        <translation>No hay ninguna conversación abierta</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read and answer it.</source>
        <translation>Elige una conversación a la izquierda para leerla y responder.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Message info…</source>
        <translation>Información del mensaje…</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Reaccionar con %1</translation>
    </message>
    <message>
        <source>More reactions</source>
        <translation>Más reacciones</translation>
    </message>
    <message>
        <source>WhatsApp groups do not take reactions from the API</source>
        <translation>Los grupos de WhatsApp no admiten reacciones desde la API</translation>
    </message>
    <message>
        <source>Remove my reaction %1</source>
        <translation>Quitar mi reacción %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationsArea</name>
    <message>
        <source>Message Actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>The quoted message is not in this conversation&apos;s history.</source>
        <translation>El mensaje citado no está en el historial de esta conversación.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>The conversation could not be created: %1</source>
        <translation>No se pudo crear la conversación: %1</translation>
    </message>
    <message>
        <source>Send Template to %1</source>
        <translation>Enviar plantilla a %1</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <source>Loading the channel&apos;s templates…</source>
        <translation>Cargando las plantillas del canal…</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>No se pudieron cargar las plantillas: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>This message has no media file.</source>
        <translation>Este mensaje no tiene ningún archivo multimedia.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>The file could not be fetched: %1</source>
        <translation>No se pudo obtener el archivo: %1</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Ninguna aplicación abre %1.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation>No se pudo guardar el archivo como %1.</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>Obteniendo el archivo…</translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation>No se descargó: %1</translation>
    </message>
    <message>
        <source>Fetching the video…</source>
        <translation>Obteniendo el video…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>The video could not be fetched: %1</source>
        <translation>No se pudo obtener el video: %1</translation>
    </message>
    <message>
        <source>Video from %1</source>
        <translation>Video de %1</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>¿Enviar de nuevo?</translation>
    </message>
    <message>
        <source>WabaDesk stopped after this message left and before WhatsApp answered, so it may already have reached the customer. Sending it again may deliver it twice.</source>
        <translation>WabaDesk se cerró después de que este mensaje saliera y antes de que WhatsApp respondiera, así que puede que ya haya llegado al cliente. Enviarlo de nuevo puede entregarlo dos veces.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::CropArea</name>
    <message>
        <source>Photo crop area</source>
        <translation>Área de recorte de la foto</translation>
    </message>
    <message>
        <source>Drag to move the square; the mouse wheel or + and − change its size; the arrow keys move it.</source>
        <translation>Arrastra para mover el cuadrado; la rueda del mouse o + y − cambian su tamaño; las flechas lo mueven.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::DesktopNotifier</name>
    <message>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <source>🎥 Video</source>
        <translation>🎥 Video</translation>
    </message>
    <message>
        <source>🎤 Voice message</source>
        <translation>🎤 Mensaje de voz</translation>
    </message>
    <message>
        <source>📄 Document</source>
        <translation>📄 Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Ubicación</translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation>👤 Tarjeta de contacto</translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation>🛒 Pedido</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <source>&amp;Show WabaDesk</source>
        <translation>&amp;Mostrar WabaDesk</translation>
    </message>
    <message>
        <source>&amp;Mute All Notifications</source>
        <translation>S&amp;ilenciar todas las notificaciones</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread message(s)</source>
        <translation>
            <numerusform>%1 — %n mensaje no leído</numerusform>
            <numerusform>%1 — %n mensajes no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source> (notifications muted)</source>
        <extracomment>Tray tooltip suffix while every notification is muted.</extracomment>
        <translation> (notificaciones silenciadas)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Notification title: the customer&apos;s name, then the channel (phone number) it wrote to.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)…</source>
        <translation>
            <numerusform>%n mensaje más…</numerusform>
            <numerusform>%n mensajes más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>Notification body: the customers who wrote (a list), most recent first.</extracomment>
        <translation>De %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The last item of a list of customer names: &quot;Ana, Bruno, Carla, Davi and 2 more&quot;</extracomment>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>📞 Missed call</source>
        <translation>📞 Llamada perdida</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::EmojiPicker</name>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Buscar emoji</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>No emoji found</source>
        <translation>No se encontraron emojis</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Descartar error</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ErrorText</name>
    <message>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Error de conexión segura</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Respuesta inesperada del servidor</translation>
    </message>
    <message>
        <source>Some values need correcting</source>
        <translation>Hay valores que corregir</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1</source>
        <translation>El servidor respondió con el estado HTTP %1</translation>
    </message>
    <message>
        <source>The API refused the request</source>
        <translation>La API rechazó la solicitud</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Error code: %1 (subcode %2)</source>
        <translation>Código de error: %1 (subcódigo %2)</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>fbtrace_id: %1</source>
        <translation>fbtrace_id: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mensaje del servidor: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Retry after: %1 s</source>
        <translation>Reintentar después de: %1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error headline, then its explanation and what to do.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <source>Previous match (older) — Enter</source>
        <translation>Coincidencia anterior (más antigua) — Enter</translation>
    </message>
    <message>
        <source>Next match (newer) — Shift+Enter</source>
        <translation>Coincidencia siguiente (más reciente) — Shift+Enter</translation>
    </message>
    <message>
        <source>Close find — Esc</source>
        <translation>Cerrar búsqueda — Esc</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation>%1 de %2+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::InteractiveBuilderDialog</name>
    <message>
        <source>Button %1</source>
        <translation>Botón %1</translation>
    </message>
    <message>
        <source>Section %1, row %2</source>
        <translation>Sección %1, fila %2</translation>
    </message>
    <message>
        <source>Section %1, row %2, description</source>
        <translation>Sección %1, fila %2, descripción</translation>
    </message>
    <message>
        <source>Section %1 name</source>
        <translation>Nombre de la sección %1</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>La lista</translation>
    </message>
    <message>
        <source>The buttons</source>
        <translation>Los botones</translation>
    </message>
    <message>
        <source>List button</source>
        <translation>Botón de la lista</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <source>Buttons and Lists</source>
        <translation>Botones y listas</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters</source>
        <translation>Opcional, hasta 60 caracteres</translation>
    </message>
    <message>
        <source>The message above the buttons (required, up to 1,024 characters)</source>
        <translation>El mensaje que va sobre los botones (obligatorio, hasta 1024 caracteres)</translation>
    </message>
    <message>
        <source>Optional small print, up to 60 characters</source>
        <translation>Texto pequeño opcional, hasta 60 caracteres</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Encabezado:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Pie de página:</translation>
    </message>
    <message>
        <source>Up to three buttons the customer can tap once. Titles: up to 20 characters, each different.</source>
        <translation>Hasta tres botones que el cliente puede tocar una vez. Títulos: hasta 20 caracteres, todos distintos.</translation>
    </message>
    <message>
        <source>e.g. Yes, please</source>
        <translation>p. ej., Sí, por favor</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Button &amp;%1:</source>
        <translation>Botón &amp;%1:</translation>
    </message>
    <message>
        <source>Reply &amp;Buttons</source>
        <translation>&amp;Botones de respuesta</translation>
    </message>
    <message>
        <source>The button that opens the list, e.g. Choose a time</source>
        <translation>El botón que abre la lista, p. ej., Elegir una hora</translation>
    </message>
    <message>
        <source>List &amp;button:</source>
        <translation>&amp;Botón de lista:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Up to 10 rows in total. Rows with the same section name are grouped; with more than one section, each needs a name (up to 24 characters). Titles up to 24, descriptions up to 72 characters.</source>
        <translation>Hasta 10 filas en total. Las filas con el mismo nombre de sección se agrupan; si hay más de una sección, cada una necesita un nombre (hasta 24 caracteres). Títulos de hasta 24 caracteres y descripciones de hasta 72.</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Agregar fila</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Envia&amp;r</translation>
    </message>
    <message>
        <source>Write the message that goes above the %1.</source>
        <translation>Escribe el mensaje que va encima de %1.</translation>
    </message>
    <message>
        <source>list button</source>
        <translation>el botón de lista</translation>
    </message>
    <message>
        <source>buttons</source>
        <translation>los botones</translation>
    </message>
    <message>
        <source>Give at least one button a title.</source>
        <translation>Ponle título al menos a un botón.</translation>
    </message>
    <message>
        <source>Name the button that opens the list.</source>
        <translation>Ponle nombre al botón que abre la lista.</translation>
    </message>
    <message>
        <source>Give at least one row a title.</source>
        <translation>Ponle título al menos a una fila.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::JournalReaderWorker</name>
    <message>
        <source>There is no message store to read the journal from.</source>
        <translation>No hay un almacén de mensajes del que leer el registro.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ListenerActions</name>
    <message>
        <source>Webhook &amp;Listener…</source>
        <translation>&amp;Receptor de webhooks…</translation>
    </message>
    <message>
        <source>Webhook &amp;Inspector</source>
        <translation>&amp;Inspector de webhooks</translation>
    </message>
    <message>
        <source>Where the embedded webhook listener runs, and whether it does</source>
        <translation>Dónde se ejecuta el receptor de webhooks integrado y si está en marcha</translation>
    </message>
    <message>
        <source>Recent webhook deliveries, what became of each, and their bodies</source>
        <translation>Entregas de webhooks recientes, qué pasó con cada una y sus cuerpos</translation>
    </message>
    <message>
        <source>Listener: not running</source>
        <translation>Receptor: detenido</translation>
    </message>
    <message>
        <source>Incoming messages and delivery statuses arrive through the webhook listener.</source>
        <translation>Los mensajes entrantes y los estados de entrega llegan a través del receptor de webhooks.</translation>
    </message>
    <message>
        <source>Webhooks sent to this address are stored and shown live. View → Webhook Inspector shows each delivery.</source>
        <translation>Los webhooks enviados a esta dirección se guardan y se muestran en directo. Ver → Inspector de webhooks muestra cada entrega.</translation>
    </message>
    <message>
        <source>Listener: %1</source>
        <translation>Receptor: %1</translation>
    </message>
    <message>
        <source>Change the address or port in Settings → Webhook Listener…</source>
        <translation>Cambia la dirección o el puerto en Configuración → Receptor de webhooks…</translation>
    </message>
    <message>
        <source>Start it in Settings → Webhook Listener…</source>
        <translation>Inícialo en Configuración → Receptor de webhooks…</translation>
    </message>
    <message>
        <source>Listener: %1 — %L2 received, %L3 refused</source>
        <extracomment>Status bar: the listener&apos;s URL, then how many requests it answered (and refused).</extracomment>
        <translation>Receptor: %1 — %L2 recibidos, %L3 rechazados</translation>
    </message>
    <message>
        <source>Listener: %1 — %L2 received</source>
        <translation>Receptor: %1 — %L2 recibidos</translation>
    </message>
    <message>
        <source>Listener: cannot store deliveries — retrying</source>
        <extracomment>Status bar: the journal cannot write (a full disk); the reason is in the tooltip.</extracomment>
        <translation>Receptor: no se pueden guardar las entregas; reintentando</translation>
    </message>
    <message>
        <source>The journal cannot write (%1). Deliveries are answered 503 until it can, and 360dialog sends them again later. Free some disk space: the listener recovers by itself.</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;write failed: No space left on device&quot;.</extracomment>
        <translation>El diario no puede escribir (%1). Las entregas se responden con 503 hasta que pueda, y 360dialog las vuelve a enviar más tarde. Libere espacio en disco: el receptor se recupera solo.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ListenerSettingsDialog</name>
    <message>
        <source>&amp;Run the webhook listener</source>
        <translation>&amp;Ejecutar el receptor de webhooks</translation>
    </message>
    <message>
        <source>&amp;HTTPS</source>
        <translation>&amp;HTTPS</translation>
    </message>
    <message>
        <source>Webhook Listener</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;Incoming messages and delivery statuses reach WabaDesk through this listener. 360dialog delivers only to a &lt;b&gt;public https:// URL&lt;/b&gt; (port 443, valid certificate), so a &lt;b&gt;reverse proxy&lt;/b&gt; (nginx, Caddy) or a &lt;b&gt;tunnel&lt;/b&gt; (Cloudflare Tunnel, ngrok) must forward that URL to the address below. Set the public URL as the channel&apos;s webhook, with a secret header, on the channel&apos;s Webhooks tab.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;The listener accepts only requests that carry one of your channels&apos; webhook secrets; everything else is refused and never stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:0&apos;&gt;Los mensajes entrantes y los estados de entrega llegan a WabaDesk a través de este receptor. 360dialog solo entrega a una &lt;b&gt;URL https:// pública&lt;/b&gt; (puerto 443, certificado válido), así que un &lt;b&gt;proxy inverso&lt;/b&gt; (nginx, Caddy) o un &lt;b&gt;túnel&lt;/b&gt; (Cloudflare Tunnel, ngrok) debe reenviar esa URL a la dirección de abajo. Configura la URL pública como webhook del canal, con una cabecera secreta, en la pestaña Webhooks del canal.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;El receptor solo acepta solicitudes que lleven uno de los secretos de webhook de tus canales; todo lo demás se rechaza y nunca se guarda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation>Dirección del receptor</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only (a proxy or tunnel running here); 0.0.0.0 accepts them from the network too.</source>
        <translation>127.0.0.1 acepta conexiones solo desde este equipo (un proxy o túnel que se ejecute aquí); 0.0.0.0 también las acepta desde la red.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <source>PEM file, e.g. fullchain.pem</source>
        <translation>Archivo PEM, p. ej., fullchain.pem</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>PEM file, e.g. privkey.pem</source>
        <translation>Archivo PEM, p. ej., privkey.pem</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificado:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>C&amp;lave privada:</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not needed behind a proxy or tunnel that ends HTTPS itself.</source>
        <translation>No es necesario detrás de un proxy o túnel que termine HTTPS por sí mismo.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use an address of this computer, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>“%1” no es una dirección IP. Usa una dirección de este equipo, p. ej., 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <source>HTTPS needs a certificate file and a key file that exist.</source>
        <translation>HTTPS necesita un archivo de certificado y un archivo de clave que existan.</translation>
    </message>
    <message>
        <source>The listener could not start: %1</source>
        <translation>No se pudo iniciar el receptor: %1</translation>
    </message>
    <message>
        <source>Now listening at %1.</source>
        <translation>Escuchando ahora en %1.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>No está en ejecución: %1</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>No está en ejecución.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::LocationDialog</name>
    <message>
        <source>Send Location</source>
        <translation>Enviar ubicación</translation>
    </message>
    <message>
        <source>Paste coordinates or a link from a map. The customer sees a pin they can open in their maps app.</source>
        <translation>Pega unas coordenadas o un enlace de un mapa. El cliente ve un marcador que puede abrir en su app de mapas.</translation>
    </message>
    <message>
        <source>e.g. 52.5200, 13.4050 or a map link</source>
        <translation>p. ej., 52.5200, 13.4050 o un enlace de mapa</translation>
    </message>
    <message>
        <source>Optional, e.g. Main Store</source>
        <translation>Opcional, p. ej., Tienda principal</translation>
    </message>
    <message>
        <source>Optional; shown only with a name</source>
        <translation>Opcional; solo se muestra junto con un nombre</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Coordenadas:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Send Location</source>
        <translation>&amp;Enviar ubicación</translation>
    </message>
    <message>
        <source>Enter the coordinates as latitude, longitude (e.g. 52.5200, 13.4050) or paste a map link.</source>
        <translation>Escribe las coordenadas como latitud, longitud (p. ej., 52.5200, 13.4050) o pega un enlace de mapa.</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2 — &lt;a href=&quot;%3&quot;&gt;check on the map&lt;/a&gt;</source>
        <translation>Latitud %1, longitud %2 — &lt;a href=&quot;%3&quot;&gt;comprobar en el mapa&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not a position: use latitude, longitude in degrees (−90 to 90, −180 to 180).</source>
        <translation>No es una posición: usa latitud, longitud en grados (de −90 a 90 y de −180 a 180).</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MainWindow</name>
    <message>
        <source>No channel yet</source>
        <translation>Aún no hay ningún canal</translation>
    </message>
    <message>
        <source>&lt;p&gt;WabaDesk works with WhatsApp Business numbers connected through 360dialog. Add a number with its API key from the 360dialog Hub; WabaDesk checks the key and keeps it in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;To look around without a number, start WabaDesk with &lt;b&gt;--demo&lt;/b&gt;: it runs a local sandbox that behaves like 360dialog, with sample templates, a business profile and customers. Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;WabaDesk funciona con números de WhatsApp Business conectados a través de 360dialog. Agrega un número con su clave de API del 360dialog Hub; WabaDesk comprueba la clave y la guarda en el llavero de este equipo.&lt;/p&gt;&lt;p&gt;Para echar un vistazo sin número, inicia WabaDesk con &lt;b&gt;--demo&lt;/b&gt;: ejecuta un sandbox local que se comporta como 360dialog, con plantillas, un perfil de empresa y clientes de ejemplo. Nada sale de este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Channel…</source>
        <translation>Agregar canal…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications</source>
        <translation>&amp;Silenciar notificaciones</translation>
    </message>
    <message>
        <source>No desktop notifications for this channel; its messages still count as unread</source>
        <translation>Sin notificaciones de escritorio para este canal; sus mensajes siguen contando como no leídos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>Business &amp;Profile</source>
        <translation>Perfil de &amp;empresa</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About WabaDesk</source>
        <translation>&amp;Acerca de WabaDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>All channels — %1</source>
        <extracomment>Window title when every channel&apos;s conversations are shown.</extracomment>
        <translation>Todos los canales — %1</translation>
    </message>
    <message>
        <source>No channel configured</source>
        <translation>No hay ningún canal configurado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: channel name, then the application name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation</source>
        <translation>&amp;Buscar en la conversación</translation>
    </message>
    <message>
        <source>&amp;Search All Conversations</source>
        <translation>Buscar en &amp;todas las conversaciones</translation>
    </message>
    <message>
        <source>&amp;New Conversation…</source>
        <translation>&amp;Nueva conversación…</translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation>&amp;Siguiente conversación no leída</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Ir a la conversación…</translation>
    </message>
    <message>
        <source>Go to Conversation &amp;List</source>
        <translation>Ir a la &amp;lista de conversaciones</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>&amp;Escribir un mensaje</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Panel si&amp;guiente</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>About WabaDesk</source>
        <translation>Acerca de WabaDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WabaDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for WhatsApp Business through 360dialog.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WabaDesk %1&lt;/h3&gt;&lt;p&gt;Un cliente de escritorio para WhatsApp Business a través de 360dialog.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose en Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;Multimedia</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>New Conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Write to a customer by number (Ctrl+N in the conversation list)</source>
        <translation>Escribir a un cliente por su número (Ctrl+N en la lista de conversaciones)</translation>
    </message>
    <message>
        <source>Next Unread</source>
        <translation>Siguiente no leída</translation>
    </message>
    <message>
        <source>Open the next conversation with unread messages (Alt+Shift+Down)</source>
        <translation>Abrir la siguiente conversación con mensajes no leídos (Alt+Shift+↓)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>Buscar en todas las conversaciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Quick Replies…</source>
        <translation>Resp&amp;uestas rápidas…</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Ir a…</translation>
    </message>
    <message>
        <source>Go to a conversation or channel by name or number (%1)</source>
        <translation>Ir a una conversación o canal por nombre o número (%1)</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaKindQuestion</name>
    <message>
        <source>Send File</source>
        <translation>Enviar archivo</translation>
    </message>
    <message>
        <source>Send “%1” as a %2 or as a document?</source>
        <translation>¿Enviar “%1” como %2 o como documento?</translation>
    </message>
    <message>
        <source>WhatsApp shows a photo or video in the chat and makes it smaller. A document keeps the original file and quality.</source>
        <translation>WhatsApp muestra las fotos y los videos en el chat y los reduce. Un documento conserva el archivo y la calidad originales.</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>Como %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaLibraryModel</name>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n d</source>
        <translation>
            <numerusform>caduca en %n d</numerusform>
            <numerusform>caduca en %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>caduca en %n h</numerusform>
            <numerusform>caduca en %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>caduca en %n min</numerusform>
            <numerusform>caduca en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted from 360dialog</source>
        <translation>Eliminado de 360dialog</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Expiring today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>%1 · kept locally</source>
        <translation>%1 · guardado localmente</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation>Recibido de %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Media id %1 · expires %2</source>
        <translation>ID de multimedia %1 · caduca: %2</translation>
    </message>
    <message>
        <source>%1 …%2</source>
        <translation>%1 …%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Column header: when the media was uploaded or received.</extracomment>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaPanel</name>
    <message>
        <source>Send in Conversation</source>
        <translation>Enviar en una conversación</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Subir…</translation>
    </message>
    <message>
        <source>No media yet</source>
        <translation>Aún no hay archivos multimedia</translation>
    </message>
    <message>
        <source>Drop files here, paste them or use Upload…. Images, voice notes and documents that customers send appear here as soon as they are archived.</source>
        <translation>Suelta archivos aquí, pégalos o usa Subir…. Las imágenes, notas de voz y documentos que envían los clientes aparecen aquí en cuanto se archivan.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Send in Conversation…</source>
        <translation>Enviar en una conversación…</translation>
    </message>
    <message>
        <source>Use as Template Header…</source>
        <translation>Usar como encabezado de plantilla…</translation>
    </message>
    <message>
        <source>Copy Media Id</source>
        <translation>Copiar ID de multimedia</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Search name, type, SHA-256, media id or sender</source>
        <translation>Buscar nombre, tipo, SHA-256, ID de multimedia o remitente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Stickers</source>
        <translation>Stickers</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Expiring within 24 h</source>
        <translation>Caduca en menos de 24 h</translation>
    </message>
    <message>
        <source>Expiring within 3 days</source>
        <translation>Caduca en menos de 3 días</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Kept locally</source>
        <translation>Guardado localmente</translation>
    </message>
    <message>
        <source>Upload files to this channel (you can also drop or paste them here)</source>
        <translation>Subir archivos a este canal (también puedes soltarlos o pegarlos aquí)</translation>
    </message>
    <message>
        <source>Upload Media</source>
        <translation>Subir multimedia</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved for upload.</source>
        <translation>No se pudo guardar la imagen pegada para subirla.</translation>
    </message>
    <message>
        <source>The copy of “%1” kept on this computer is gone.</source>
        <translation>La copia de “%1” guardada en este equipo ya no existe.</translation>
    </message>
    <message>
        <source>This media was not kept and its id has expired: it cannot be fetched any more.</source>
        <translation>Este archivo multimedia no se guardó y su ID caducó: ya no se puede obtener.</translation>
    </message>
    <message>
        <source>Fetching the media from 360dialog…</source>
        <translation>Obteniendo el archivo multimedia de 360dialog…</translation>
    </message>
    <message>
        <source>This channel has no conversations yet.</source>
        <translation>Este canal aún no tiene conversaciones.</translation>
    </message>
    <message>
        <source>Delete Media</source>
        <translation>Eliminar archivo multimedia</translation>
    </message>
    <message>
        <source>Delete “%1” from 360dialog?</source>
        <translation>¿Eliminar “%1” de 360dialog?</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?</source>
        <translation>¿Quitar “%1” de la biblioteca?</translation>
    </message>
    <message>
        <source>Media id %1 stops working at once, also in messages not yet sent. The copy kept on this computer is deleted too unless you keep it.</source>
        <translation>El ID de multimedia %1 deja de funcionar de inmediato, también en los mensajes aún no enviados. La copia guardada en este equipo también se elimina, salvo que la conserves.</translation>
    </message>
    <message>
        <source>The id has expired or was deleted already; the copy kept on this computer is deleted too unless you keep it.</source>
        <translation>El ID caducó o ya se había eliminado; la copia guardada en este equipo también se elimina, salvo que la conserves.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep the copy on this computer</source>
        <translation>Conservar la copia en este equipo</translation>
    </message>
    <message>
        <source>Delete Local Copy</source>
        <translation>Eliminar copia local</translation>
    </message>
    <message>
        <source>Delete the copy of “%1” kept on this computer?</source>
        <translation>¿Eliminar la copia de “%1” guardada en este equipo?</translation>
    </message>
    <message>
        <source>The message stays in its conversation; while its media id is valid the file can be fetched again.</source>
        <translation>El mensaje permanece en su conversación; mientras su ID de multimedia sea válido, el archivo se puede volver a obtener.</translation>
    </message>
    <message>
        <source>Delete Copy</source>
        <translation>Eliminar copia</translation>
    </message>
    <message>
        <source>Not deleted from 360dialog: %1</source>
        <translation>No se eliminó de 360dialog: %1</translation>
    </message>
    <message>
        <source>&amp;Attach to the composer of:</source>
        <translation>&amp;Adjuntar al editor de mensajes de:</translation>
    </message>
    <message>
        <source>Search media</source>
        <translation>Buscar multimedia</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>Biblioteca multimedia</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaPreviewDialog</name>
    <message>
        <source>Media: %1</source>
        <translation>Multimedia: %1</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensiones:</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Media id:</source>
        <translation>ID de multimedia:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Caducidad:</translation>
    </message>
    <message>
        <source>Kept locally:</source>
        <translation>Guardado localmente:</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save Media As</source>
        <translation>Guardar multimedia como</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Show the whole picture in the window</source>
        <translation>Mostrar la imagen completa en la ventana</translation>
    </message>
    <message>
        <source>One pixel of the picture per pixel of the screen</source>
        <translation>Un píxel de la imagen por cada píxel de la pantalla</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageDelegate</name>
    <message>
        <source>Before the edit: %1</source>
        <translation>Antes de la edición: %1</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>Ir al mensaje citado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Click or drag to move in the recording</source>
        <translation>Haz clic o arrastra para moverte por la grabación</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageInfoDialog</name>
    <message>
        <source>Message info</source>
        <translation>Información del mensaje</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Stored at:</source>
        <translation>Guardado:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Edited at:</source>
        <translation>Editado:</translation>
    </message>
    <message>
        <source>Deleted at:</source>
        <translation>Eliminado:</translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation>ID del mensaje:</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(aún no enviado)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarificación</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No status received yet.</source>
        <translation>Aún no se ha recibido ningún estado.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageListModel</name>
    <message>
        <source>Original message not available</source>
        <translation>Mensaje original no disponible</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageQuote</name>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <source>Contact card: %1</source>
        <translation>Tarjeta de contacto: %1</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>un mensaje</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::NewConversationDialog</name>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>Móvil o fijo</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Iniciar una conversación</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s WhatsApp number. Businesses can write first only with an approved template; free-form messages are possible once the customer replies.</source>
        <translation>Escribe el número de WhatsApp del cliente. Las empresas solo pueden escribir primero con una plantilla aprobada; los mensajes de formato libre son posibles cuando el cliente responde.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>+49 151 12345678</source>
        <translation>+49 151 12345678</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Iniciar conversación</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>Enter the number with its country code, for example +49 151 12345678.</source>
        <translation>Escribe el número con su código de país, por ejemplo +49 151 12345678.</translation>
    </message>
    <message>
        <source>Only digits, spaces, dashes, dots, parentheses and one leading + can be part of a number.</source>
        <translation>Un número solo puede contener dígitos, espacios, guiones, puntos, paréntesis y un + inicial.</translation>
    </message>
    <message>
        <source>Add the country code (for example +49 for Germany): this channel&apos;s country is not known, so a number starting with 0 cannot be read.</source>
        <translation>Agrega el código de país (por ejemplo, +49 para Alemania): no se conoce el país de este canal, así que un número que empieza por 0 no se puede interpretar.</translation>
    </message>
    <message>
        <source>No country has this code. Start with + and the country code, for example +44.</source>
        <translation>Ningún país tiene este código. Empieza con + y el código de país, por ejemplo +44.</translation>
    </message>
    <message>
        <source>Too short for a phone number: enter the country code, the area or mobile code and the number.</source>
        <translation>Demasiado corto para ser un número de teléfono: escribe el código de país, el prefijo de zona o de móvil y el número.</translation>
    </message>
    <message>
        <source>Too short for a phone number in %1: enter the area or mobile code and the whole number.</source>
        <translation>Demasiado corto para ser un número de teléfono de %1: escribe el prefijo de zona o de móvil y el número completo.</translation>
    </message>
    <message>
        <source>Too long for a phone number (at most 15 digits with the country code).</source>
        <translation>Demasiado largo para ser un número de teléfono (como máximo 15 dígitos con el código de país).</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits.</source>
        <translation>No es un número de teléfono válido. Revisa los dígitos.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. Check the digits.</source>
        <translation>No es un número de teléfono válido de %1. Revisa los dígitos.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>Shown under the number field when the number is valid: ✓ +49 1511 2345678 · Mobile · Germany</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Include the country code: this channel&apos;s country is not known.</source>
        <translation>Incluye el código de país: no se conoce el país de este canal.</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation>Los números sin código de país se interpretan como números de %1.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerActions</name>
    <message>
        <source>&amp;Partner Console…</source>
        <translation>Consola de &amp;partner…</translation>
    </message>
    <message>
        <source>Your 360dialog clients and their numbers: status, usage, and adding a number to WabaDesk with a generated key</source>
        <translation>Tus clientes de 360dialog y sus números: estado, uso y cómo agregar un número a WabaDesk con una clave generada</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerChannelModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>The number is being set up; 360dialog gives a key once it is ready.</source>
        <translation>El número se está configurando; 360dialog da una clave cuando está listo.</translation>
    </message>
    <message>
        <source>Ready: a key can be generated; billing starts with the first conversation.</source>
        <translation>Listo: se puede generar una clave; la facturación empieza con la primera conversación.</translation>
    </message>
    <message>
        <source>Running: the number sends and receives.</source>
        <translation>Activo: el número envía y recibe mensajes.</translation>
    </message>
    <message>
        <source>Messaging limit: unique customers a business can start conversations with in 24 hours.</source>
        <translation>Límite de mensajería: clientes únicos con los que una empresa puede iniciar conversaciones en 24 horas.</translation>
    </message>
    <message>
        <source>WabaDesk has this number as “%1”.</source>
        <translation>WabaDesk tiene este número como “%1”.</translation>
    </message>
    <message>
        <source>Not in WabaDesk on this computer.</source>
        <translation>No está en WabaDesk en este equipo.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Límite de mensajería</translation>
    </message>
    <message>
        <source>In WabaDesk</source>
        <translation>En WabaDesk</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerClientDelegate</name>
    <message>
        <source>no numbers yet</source>
        <translation>aún sin números</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerClientModel</name>
    <message>
        <source>%1
%2 · %3
Client id %4</source>
        <translation>%1
%2 · %3
ID de cliente %4</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerConsole</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>Cambiar &amp;clave…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>No hay ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Add to WabaDesk…</source>
        <translation>&amp;Agregar a WabaDesk…</translation>
    </message>
    <message>
        <source>Partner Console</source>
        <translation>Consola de partner</translation>
    </message>
    <message>
        <source>Load the clients, channels and usage again</source>
        <translation>Volver a cargar los clientes, los canales y el uso</translation>
    </message>
    <message>
        <source>Use another partner id or Partner API key</source>
        <translation>Usar otro ID de partner u otra clave de la Partner API</translation>
    </message>
    <message>
        <source>Remove the Partner API key from this computer&apos;s keychain</source>
        <translation>Eliminar la clave de la Partner API del llavero de este equipo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Remove the Partner API key from this computer?</source>
        <translation>¿Eliminar la clave de la Partner API de este equipo?</translation>
    </message>
    <message>
        <source>WabaDesk deletes the key from the keychain. Nothing changes at 360dialog, and the channels you added keep their own keys.</source>
        <translation>WabaDesk elimina la clave del llavero. En 360dialog no cambia nada, y los canales que agregaste conservan sus propias claves.</translation>
    </message>
    <message>
        <source>The key could not be removed</source>
        <translation>No se pudo eliminar la clave</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>The Partner API key could not be read from the keychain</source>
        <translation>No se pudo leer la clave de la Partner API del llavero</translation>
    </message>
    <message>
        <source>Unlock or start the system&apos;s keychain, or enter the key again.</source>
        <translation>Desbloquea o inicia el llavero del sistema, o vuelve a introducir la clave.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected to a partner account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sin conexión a una cuenta de partner&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partner %1&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;key %2 · Partner API at %3&lt;/span&gt;</source>
        <extracomment>Partner id, then the Partner API key&apos;s last characters and the Partner API&apos;s host.</extracomment>
        <translation>&lt;b&gt;Partner %1&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;clave %2 · Partner API en %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Change Key…</source>
        <translation>Cambiar clave…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>This partner account has no clients yet. Clients appear here once they signed up through your Partner Hub&apos;s onboarding.</source>
        <translation>Esta cuenta de partner aún no tiene clientes. Los clientes aparecen aquí cuando se registran a través del proceso de alta de tu Partner Hub.</translation>
    </message>
    <message>
        <source>Select a client to see its numbers and usage.</source>
        <translation>Selecciona un cliente para ver sus números y su uso.</translation>
    </message>
    <message>
        <source>client since %1</source>
        <translation>cliente desde %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Generate &amp;New Key…</source>
        <translation>Generar &amp;nueva clave…</translation>
    </message>
    <message>
        <source>This client has no numbers yet.</source>
        <translation>Este cliente aún no tiene números.</translation>
    </message>
    <message>
        <source>Select a number.</source>
        <translation>Selecciona un número.</translation>
    </message>
    <message>
        <source>This number is still being set up; 360dialog gives it a key once it is ready.</source>
        <translation>Este número aún se está configurando; 360dialog le da una clave cuando está listo.</translation>
    </message>
    <message>
        <source>A key can be generated only for a ready or running number.</source>
        <translation>Solo se puede generar una clave para un número listo o activo.</translation>
    </message>
    <message>
        <source>WabaDesk has this number as “%1”. A new key replaces the one it uses and revokes the old one.</source>
        <translation>WabaDesk tiene este número como “%1”. Una clave nueva reemplaza la que usa y revoca la anterior.</translation>
    </message>
    <message>
        <source>Generates the number&apos;s API key into this computer&apos;s keychain; its current key stops working.</source>
        <translation>Genera la clave de API del número en el llavero de este equipo; su clave actual deja de funcionar.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerSetupPanel</name>
    <message>
        <source>Check and &amp;Connect</source>
        <translation>Comprobar y &amp;conectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connect your 360dialog partner account</source>
        <translation>Conecta tu cuenta de partner de 360dialog</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the Partner API, WabaDesk lists your clients and their numbers, shows their balance and usage, and adds a number to WabaDesk with a key it generates — no copying keys from the Hub.&lt;/p&gt;&lt;p&gt;Create a Partner API key in the Partner Hub (&lt;i&gt;Partner Integration → API Keys&lt;/i&gt;). WabaDesk checks it, then keeps it in this computer&apos;s keychain. The partner id is in the Partner Hub&apos;s address and ends in “PA”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Con la Partner API, WabaDesk muestra tus clientes y sus números, su saldo y su uso, y agrega un número a WabaDesk con una clave que genera él mismo — sin copiar claves desde el Hub.&lt;/p&gt;&lt;p&gt;Crea una clave de la Partner API en el Partner Hub (&lt;i&gt;Partner Integration → API Keys&lt;/i&gt;). WabaDesk la comprueba y luego la guarda en el llavero de este equipo. El ID de partner está en la dirección del Partner Hub y termina en “PA”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>ID de partner</translation>
    </message>
    <message>
        <source>e.g. aB3dE5PA</source>
        <translation>p. ej., aB3dE5PA</translation>
    </message>
    <message>
        <source>Partner API key</source>
        <translation>Clave de la Partner API</translation>
    </message>
    <message>
        <source>Paste the Partner API key</source>
        <translation>Pega la clave de la Partner API</translation>
    </message>
    <message>
        <source>Partner API URL</source>
        <translation>URL de la Partner API</translation>
    </message>
    <message>
        <source>Change it only for a test environment such as WabaDesk&apos;s sandbox.</source>
        <translation>Cámbiala solo para un entorno de pruebas, como el sandbox de WabaDesk.</translation>
    </message>
    <message>
        <source>&amp;Partner id:</source>
        <translation>ID de &amp;partner:</translation>
    </message>
    <message>
        <source>Partner API &amp;key:</source>
        <translation>&amp;Clave de la Partner API:</translation>
    </message>
    <message>
        <source>Partner API &amp;URL:</source>
        <translation>&amp;URL de la Partner API:</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Comprobando la clave…</translation>
    </message>
    <message>
        <source>The Partner API URL must be an http(s) URL, normally %1.</source>
        <translation>La URL de la Partner API debe ser una URL http(s), normalmente %1.</translation>
    </message>
    <message>
        <source>Check the Partner API URL</source>
        <translation>Comprueba la URL de la Partner API</translation>
    </message>
    <message>
        <source>The key works, but the keychain did not keep it</source>
        <translation>La clave funciona, pero el llavero no la guardó</translation>
    </message>
    <message>
        <source>Start the system&apos;s keychain (on Linux a Secret Service such as GNOME Keyring) and try again.</source>
        <translation>Inicia el llavero del sistema (en Linux, un Secret Service como GNOME Keyring) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PhotoCropDialog</name>
    <message>
        <source>Crop Profile Photo</source>
        <translation>Recortar foto de perfil</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Drag the square to choose what is shown; zoom to show less of the photo.</source>
        <translation>Arrastra el cuadrado para elegir lo que se muestra; usa el zoom para mostrar menos de la foto.</translation>
    </message>
    <message>
        <source>Customers see:</source>
        <translation>Los clientes ven:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Usar foto</translation>
    </message>
    <message>
        <source>Uploaded as %1×%1 pixels (JPEG).</source>
        <translation>Se sube como %1×%1 píxeles (JPEG).</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PlaybackController</name>
    <message>
        <source>Cannot be played here: a codec for it is missing (GStreamer&apos;s plugins).</source>
        <translation>No se puede reproducir aquí: falta un códec para este formato (plugins de GStreamer).</translation>
    </message>
    <message>
        <source>Cannot be played here: this format is not supported.</source>
        <translation>No se puede reproducir aquí: este formato no es compatible.</translation>
    </message>
    <message>
        <source>Cannot be played: the file is damaged or not a recording.</source>
        <translation>No se puede reproducir: el archivo está dañado o no es una grabación.</translation>
    </message>
    <message>
        <source>Cannot be played: the file cannot be opened.</source>
        <translation>No se puede reproducir: no se puede abrir el archivo.</translation>
    </message>
    <message>
        <source>Cannot be played: the file could not be read.</source>
        <translation>No se puede reproducir: no se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Cannot be played.</source>
        <translation>No se puede reproducir.</translation>
    </message>
    <message>
        <source>Cannot be played: this system has no media playback.</source>
        <translation>No se puede reproducir: este sistema no tiene reproducción multimedia.</translation>
    </message>
    <message>
        <source>Cannot be played: the player did not respond.</source>
        <translation>No se puede reproducir: el reproductor no respondió.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Enter sends the message, Shift+Enter starts a new line</source>
        <translation>&amp;Enter envía el mensaje y Shift+Enter inserta una nueva línea</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends the message, Enter starts a new line</source>
        <translation>&amp;Ctrl+Enter envía el mensaje y Enter inserta una nueva línea</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new customer messages</source>
        <translation>Mostrar &amp;notificaciones de escritorio para los mensajes nuevos de clientes</translation>
    </message>
    <message>
        <source>Send &amp;read receipts when I open a conversation</source>
        <translation>Enviar con&amp;firmaciones de lectura al abrir una conversación</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Muted channels</source>
        <translation>Canales silenciados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Mute these channels:</source>
        <translation>&amp;Silenciar estos canales:</translation>
    </message>
    <message>
        <source>A muted channel raises no notification; its new messages still count as unread.</source>
        <translation>Un canal silenciado no genera notificaciones; sus mensajes nuevos siguen contando como no leídos.</translation>
    </message>
    <message>
        <source>Read receipts</source>
        <translation>Confirmaciones de lectura</translation>
    </message>
    <message>
        <source>Customers see blue ticks once you have opened their conversation.</source>
        <translation>Los clientes ven las marcas azules cuando abres su conversación.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source> messages/s</source>
        <extracomment>Unit after the rate limit spin box.</extracomment>
        <translation> mensajes/s</translation>
    </message>
    <message>
        <source>Rate limit per channel, messages per second</source>
        <translation>Límite de envío por canal, en mensajes por segundo</translation>
    </message>
    <message>
        <source>Rate &amp;limit per channel:</source>
        <translation>&amp;Límite de envío por canal:</translation>
    </message>
    <message>
        <source>WhatsApp lets a number send 80 messages per second by default, up to 1,000 on higher tiers. The outbox never sends faster than this on any one channel.</source>
        <translation>WhatsApp permite que un número envíe 80 mensajes por segundo de forma predeterminada, y hasta 1000 en los niveles superiores. La bandeja de salida nunca envía más rápido que esto en ningún canal.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Takes effect after restarting WabaDesk.</source>
        <translation>Se aplica al reiniciar WabaDesk.</translation>
    </message>
    <message>
        <source>Received media</source>
        <translation>Archivos multimedia recibidos</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the archive size spin box (megabytes).</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest file kept, in megabytes</source>
        <translation>Tamaño máximo de archivo que se guarda, en megabytes</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the retention spin box.</extracomment>
        <translation> días</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Para siempre</translation>
    </message>
    <message>
        <source>Keep received media for this many days</source>
        <translation>Durante cuántos días se guardan los archivos multimedia recibidos</translation>
    </message>
    <message>
        <source>Keep files up &amp;to:</source>
        <translation>Guardar archivos de &amp;hasta:</translation>
    </message>
    <message>
        <source>Delete kept files &amp;after:</source>
        <translation>Eliminar archivos guardados &amp;tras:</translation>
    </message>
    <message>
        <source>Images, voice notes and documents that customers send are downloaded as they arrive (their media ids expire after 7 days). Larger files stay on the server and can be fetched while their id is valid.</source>
        <translation>Las imágenes, notas de voz y documentos que envían los clientes se descargan al llegar (sus ID de multimedia caducan a los 7 días). Los archivos más grandes se quedan en el servidor y se pueden obtener mientras su ID sea válido.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Changes at once. &quot;Same as the system&quot; follows the desktop&apos;s light or dark setting.</source>
        <translation>Se aplica de inmediato. “Igual que el sistema” sigue la configuración clara u oscura del escritorio.</translation>
    </message>
    <message>
        <source>Your name in quick replies</source>
        <translation>Tu nombre en las respuestas rápidas</translation>
    </message>
    <message>
        <source>Quick replies put it where they say {agent}. Empty: your name on this computer.</source>
        <translation>Las respuestas rápidas lo insertan donde dicen {agent}. Vacío: tu nombre en este equipo.</translation>
    </message>
    <message>
        <source>Your name in &amp;quick replies:</source>
        <translation>Tu nombre en las &amp;respuestas rápidas:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>N&amp;otificaciones</translation>
    </message>
    <message>
        <source>&amp;Sending and Media</source>
        <translation>Envío y &amp;multimedia</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PricingReportDialog</name>
    <message>
        <source>Charged</source>
        <translation>Con cargo</translation>
    </message>
    <message>
        <source>Free: customer service window</source>
        <translation>Gratuito: ventana de atención al cliente</translation>
    </message>
    <message>
        <source>Free: entry point</source>
        <translation>Gratuito: punto de entrada</translation>
    </message>
    <message>
        <source>Per conversation (older pricing)</source>
        <translation>Por conversación (tarificación anterior)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Pricing report — %1</source>
        <translation>Informe de tarificación — %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarificación</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Outgoing messages of this channel as WhatsApp priced them in their status webhooks (per-message pricing). Since 1 October 2026 service replies and utility templates inside the 24-hour window are charged too.</source>
        <translation>Mensajes salientes de este canal según la tarificación que WhatsApp indicó en sus webhooks de estado (tarificación por mensaje). Desde el 1 de octubre de 2026 también se cobran las respuestas de servicio y las plantillas de utilidad dentro de la ventana de 24 horas.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mes:</translation>
    </message>
    <message>
        <source>No priced messages in this month.</source>
        <translation>No hay mensajes tarificados en este mes.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) charged</source>
        <translation>
            <numerusform>%n mensaje con cargo</numerusform>
            <numerusform>%n mensajes con cargo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n gratuito</numerusform>
            <numerusform>%n gratuitos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export pricing report</source>
        <translation>Exportar informe de tarificación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Messages by pricing category</source>
        <translation>Mensajes por categoría de tarificación</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileAuditModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <source>WabaDesk</source>
        <translation>WabaDesk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Changed with</source>
        <translation>Modificado con</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileEditor</name>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>A&amp;pply to Other Channels…</source>
        <translation>A&amp;plicar a otros canales…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <extracomment>Shown next to Save while the form differs from the saved profile.</extracomment>
        <translation>● Cambios sin guardar</translation>
    </message>
    <message>
        <source>Load the profile again from WhatsApp</source>
        <translation>Volver a cargar el perfil desde WhatsApp</translation>
    </message>
    <message>
        <source>Every change made to this profile from WabaDesk</source>
        <translation>Todos los cambios hechos en este perfil desde WabaDesk</translation>
    </message>
    <message>
        <source>No message store is open, so changes are not logged</source>
        <translation>No hay ningún almacén de mensajes abierto, así que los cambios no se registran</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Descartar los cambios no guardados</translation>
    </message>
    <message>
        <source>Send the changed fields to WhatsApp</source>
        <translation>Enviar a WhatsApp los campos modificados</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Perfil de empresa</translation>
    </message>
    <message>
        <source>What customers see when they open this number&apos;s WhatsApp profile. The preview on the right follows your typing.</source>
        <translation>Lo que ven los clientes al abrir el perfil de WhatsApp de este número. La vista previa de la derecha se actualiza mientras escribes.</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Cargando el perfil…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Could not reload; showing the profile loaded before.</source>
        <translation>No se pudo recargar; se muestra el perfil cargado antes.</translation>
    </message>
    <message>
        <source>The profile could not be loaded.</source>
        <translation>No se pudo cargar el perfil.</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Cargado a las %1.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first</source>
        <translation>Primero corrige los campos marcados en rojo</translation>
    </message>
    <message>
        <source>There is no other channel to copy the profile to</source>
        <translation>No hay ningún otro canal al que copiar el perfil</translation>
    </message>
    <message>
        <source>Save or revert your changes first: the saved profile is what is copied</source>
        <translation>Primero guarda o revierte tus cambios: lo que se copia es el perfil guardado</translation>
    </message>
    <message>
        <source>Copy fields of this profile to other channels</source>
        <translation>Copiar campos de este perfil a otros canales</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>The photo could not be written to a temporary file.</source>
        <translation>No se pudo escribir la foto en un archivo temporal.</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Subiendo la foto…</translation>
    </message>
    <message>
        <source>The photo was not uploaded; nothing was saved.</source>
        <translation>No se subió la foto; no se guardó nada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>No guardado: corrige los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>Saved at %1: %2.</source>
        <extracomment>%1: the time, %2: the fields saved, e.g. &quot;About, Email&quot;.</extracomment>
        <translation>Guardado a las %1: %2.</translation>
    </message>
    <message>
        <source>Choose Profile Photo</source>
        <translation>Elegir foto de perfil</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Profile Photo</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <source>Unsaved Profile Changes</source>
        <translation>Cambios del perfil sin guardar</translation>
    </message>
    <message>
        <source>The business profile of %1 has changes that are not saved.</source>
        <translation>El perfil de empresa de %1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Discard them, or keep editing and save them first.</source>
        <translation>Descártalos, o sigue editando y guárdalos primero.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileForm</name>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>Elegir &amp;foto…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Shown under the business name</source>
        <translation>Se muestra bajo el nombre de la empresa</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG image; you crop it to a square before it is used</source>
        <translation>Elige una imagen JPEG o PNG; la recortarás en un cuadrado antes de usarla</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Acerca de:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>Sitios &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>First website</source>
        <translation>Primer sitio web</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>Segundo sitio web</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters used of the field&apos;s limit, e.g. &quot;23 / 139&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Shown under a profile field that breaks a rule, e.g. &quot;Email: &quot;x&quot; is not an email address&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New photo: it is uploaded when you save.</source>
        <translation>Foto nueva: se sube al guardar.</translation>
    </message>
    <message>
        <source>JPEG or PNG, cropped to a square; at least %1×%1 pixels.</source>
        <translation>JPEG o PNG, recortada en un cuadrado; al menos %1×%1 píxeles.</translation>
    </message>
    <message>
        <source>The current photo.</source>
        <translation>La foto actual.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileHistoryDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Profile History — %1</source>
        <extracomment>%1: the channel&apos;s name.</extracomment>
        <translation>Historial del perfil — %1</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Filtrar por texto…</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Filter by field</source>
        <translation>Filtrar por campo</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Todos los campos</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>Guardar las filas mostradas como archivo CSV</translation>
    </message>
    <message>
        <source>No changes logged yet. Changes saved from WabaDesk or wabadesk-cli appear here.</source>
        <translation>Aún no se ha registrado ningún cambio. Aquí aparecen los cambios guardados desde WabaDesk o wabadesk-cli.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <extracomment>%1 of %2 changes shown after filtering.</extracomment>
        <translation>
            <numerusform>%1 de %n cambio</numerusform>
            <numerusform>%1 de %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>profile-history-%1.csv</source>
        <extracomment>Suggested file name for the exported profile history; %1: channel name.</extracomment>
        <translation>historial-perfil-%1.csv</translation>
    </message>
    <message>
        <source>Export Profile History</source>
        <translation>Exportar historial del perfil</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>No se pudo guardar el historial en %1: %2</translation>
    </message>
    <message>
        <source>Profile changes</source>
        <translation>Cambios del perfil</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfilePreview</name>
    <message>
        <source>Preview of the business profile</source>
        <translation>Vista previa del perfil de empresa</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Business account</source>
        <extracomment>Under the name in the preview, as WhatsApp labels business profiles.</extracomment>
        <translation>Cuenta de empresa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>No business details yet.</source>
        <extracomment>The preview&apos;s details card when every field is empty.</extracomment>
        <translation>Aún no hay datos de la empresa.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickRepliesDialog</name>
    <message>
        <source>&amp;New Reply</source>
        <translation>&amp;Nueva respuesta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the quick reply</source>
        <translation>Eliminar la respuesta rápida</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Mover arriba</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Mover arriba (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Mover abajo</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Mover abajo (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Sort A–Z</source>
        <translation>Ordenar A–Z</translation>
    </message>
    <message>
        <source>Sort by shortcut</source>
        <translation>Ordenar por atajo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Quick Replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Search shortcuts and texts</source>
        <translation>Buscar atajos y textos</translation>
    </message>
    <message>
        <source>Search quick replies</source>
        <translation>Buscar respuestas rápidas</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>gracias</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Thank you, {first_name}! Is there anything else I can do for you?</source>
        <translation>¡Gracias, {first_name}! ¿Hay algo más en lo que pueda ayudarte?</translation>
    </message>
    <message>
        <source>Insert &amp;Variable</source>
        <translation>Insertar &amp;variable</translation>
    </message>
    <message>
        <source>Filled in when the reply goes into a message</source>
        <translation>Las variables se completan cuando la respuesta se inserta en un mensaje</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>El nombre del cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>El nombre de pila del cliente</translation>
    </message>
    <message>
        <source>Your name (Preferences)</source>
        <translation>Tu nombre (Preferencias)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Atajo:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>In a message, type / and the shortcut, then Enter or Tab.</source>
        <translation>En un mensaje, escribe / y el atajo, y luego pulsa Enter o Tab.</translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation>Nueva respuesta rápida</translation>
    </message>
    <message>
        <source>/%1</source>
        <translation>/%1</translation>
    </message>
    <message>
        <source>Delete Quick Reply</source>
        <translation>Eliminar respuesta rápida</translation>
    </message>
    <message>
        <source>Delete the quick reply /%1?</source>
        <translation>¿Eliminar la respuesta rápida /%1?</translation>
    </message>
    <message>
        <source>Messages already sent with it stay as they are.</source>
        <translation>Los mensajes ya enviados con ella no cambian.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Discard the changes to this quick reply?</source>
        <translation>¿Descartar los cambios de esta respuesta rápida?</translation>
    </message>
    <message>
        <source>They break a rule (see the message under the field), so they cannot be saved.</source>
        <translation>Incumplen una regla (consulta el mensaje bajo el campo), así que no se pueden guardar.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickReplyPopup</name>
    <message>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Matching quick replies</source>
        <translation>Respuestas rápidas coincidentes</translation>
    </message>
    <message>
        <source>No quick replies yet. Save the answers you give every day and type / and a shortcut to insert one.</source>
        <translation>Aún no hay respuestas rápidas. Guarda las respuestas que das todos los días y escribe / y un atajo para insertar una.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter or Tab insert · Esc close</source>
        <extracomment>Keys of the quick reply list in the composer.</extracomment>
        <translation>↑↓ para elegir · Enter o Tab para insertar · Esc para cerrar</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Administrar…</translation>
    </message>
    <message>
        <source>Add, edit and order the quick replies</source>
        <translation>Agregar, editar y ordenar las respuestas rápidas</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcher</name>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Cambio rápido</translation>
    </message>
    <message>
        <source>Go to conversation or channel</source>
        <translation>Ir a una conversación o canal</translation>
    </message>
    <message>
        <source>Go to a conversation or channel — name, number or channel</source>
        <translation>Ir a una conversación o canal — nombre, número o canal</translation>
    </message>
    <message>
        <source>Matching conversations and channels</source>
        <translation>Conversaciones y canales coincidentes</translation>
    </message>
    <message>
        <source>&amp;Open Channel</source>
        <translation>&amp;Abrir canal</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Abrir conversación</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications</source>
        <extracomment>%1: the channel&apos;s name.</extracomment>
        <translation>&amp;Silenciar notificaciones</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications for %1</source>
        <translation>&amp;Silenciar notificaciones de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation>
            <numerusform>%n resultado · ↑↓ para elegir · Enter para abrir · Esc para cerrar</numerusform>
            <numerusform>%n resultados · ↑↓ para elegir · Enter para abrir · Esc para cerrar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcherModel</name>
    <message>
        <source> · </source>
        <extracomment>Separates the number and the channel in the quick switcher.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Channel</source>
        <extracomment>Subtitle of a channel in the quick switcher: &quot;Channel · +49 30 1234567&quot;.</extracomment>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel · %1</source>
        <translation>Canal · %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n no leído</numerusform>
            <numerusform>%n no leídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ReplyBar</name>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation>Cancelar la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancelar respuesta</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::RotateKeyDialog</name>
    <message>
        <source>Rotate API Key — %1</source>
        <translation>Renovar clave de API — %1</translation>
    </message>
    <message>
        <source>Replace the API key of “%1”</source>
        <translation>Reemplazar la clave de API de “%1”</translation>
    </message>
    <message>
        <source>&lt;p&gt;Generate a new key for this number in the 360dialog Hub, then paste it here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Only the newest key of a number works:&lt;/b&gt; the moment a new key is generated, the old one stops working, and 360dialog resets the number&apos;s webhook.&lt;/p&gt;&lt;p&gt;WabaDesk checks the new key first, then replaces the old one in the keychain and sets the webhooks it knows again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Genera una nueva clave para este número en el 360dialog Hub y pégala aquí.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solo funciona la clave más reciente de un número:&lt;/b&gt; en cuanto se genera una nueva clave, la anterior deja de funcionar y 360dialog restablece el webhook del número.&lt;/p&gt;&lt;p&gt;WabaDesk comprueba primero la nueva clave, luego reemplaza la anterior en el llavero y vuelve a configurar los webhooks que conoce.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Paste the new D360-API-KEY</source>
        <translation>Pega la nueva D360-API-KEY</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation>Clave actual:</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Nueva clave:</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Comprobando la nueva clave…</translation>
    </message>
    <message>
        <source>Check and &amp;Replace</source>
        <translation>Comprobar y &amp;reemplazar</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key was replaced (now %1), but a webhook was not set again.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Open the channel&apos;s Webhooks tab and save the webhook again.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Se reemplazó la clave (ahora %1), pero no se volvió a configurar un webhook.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Abre la pestaña Webhooks del canal y vuelve a guardar el webhook.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;The old key is unchanged.</source>
        <translation>&lt;br&gt;La clave anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key replaced.&lt;/b&gt; The channel now uses the key %1; the old key is gone from the keychain.</source>
        <translation>&lt;b&gt;Clave reemplazada.&lt;/b&gt; El canal ahora usa la clave %1; la clave anterior ya no está en el llavero.</translation>
    </message>
    <message>
        <source>phone-number webhook: %1</source>
        <translation>webhook del número de teléfono: %1</translation>
    </message>
    <message>
        <source>WABA webhook: %1</source>
        <translation>webhook de la WABA: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;No webhook had been set through WabaDesk, so there was none to set again. If 360dialog delivered to a webhook before, set it again in the Webhooks tab.</source>
        <translation>&lt;br&gt;No se había configurado ningún webhook a través de WabaDesk, así que no había ninguno que volver a configurar. Si antes 360dialog entregaba a un webhook, vuelve a configurarlo en la pestaña Webhooks.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Webhook re-applied — %1.</source>
        <translation>&lt;br&gt;Webhook aplicado de nuevo — %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchPanel</name>
    <message>
        <source>Search messages in all conversations</source>
        <translation>Buscar mensajes en todas las conversaciones</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>No se encontraron mensajes</translation>
    </message>
    <message>
        <source>Messages · %1</source>
        <extracomment>Section header above the search results, with their number</extracomment>
        <translation>Mensajes · %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchResultModel</name>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>Respuesta rápida</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>Llamar al número de teléfono</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código de oferta</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Agregar botón</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover arriba</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover abajo</translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation>Quitar este botón</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Quitar botón</translation>
    </message>
    <message>
        <source>Button label (up to 25 characters)</source>
        <translation>Texto del botón (hasta 25 caracteres)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>https://example.com/track/{{1}}</source>
        <translation>https://example.com/track/{{1}}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Sample for {{1}} at the end of the address</source>
        <translation>Ejemplo para {{1}} al final de la dirección</translation>
    </message>
    <message>
        <source>Add {{1}}</source>
        <translation>Agregar {{1}}</translation>
    </message>
    <message>
        <source>Let each message add its own ending to the address</source>
        <translation>Permitir que cada mensaje agregue su propio final a la dirección</translation>
    </message>
    <message>
        <source>Suffix sample</source>
        <translation>Ejemplo de sufijo</translation>
    </message>
    <message>
        <source>+15550051310</source>
        <translation>+15550051310</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Sample code, up to 15 characters</source>
        <translation>Código de ejemplo, hasta 15 caracteres</translation>
    </message>
    <message>
        <source>Sample code</source>
        <translation>Código de ejemplo</translation>
    </message>
    <message>
        <source>One-tap autofill</source>
        <translation>Autocompletar con un toque</translation>
    </message>
    <message>
        <source>Zero-tap</source>
        <translation>Sin toque</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Android package, e.g. com.example.app</source>
        <translation>Paquete de Android, p. ej., com.example.app</translation>
    </message>
    <message>
        <source>App signature hash (11 characters)</source>
        <translation>Hash de firma de la app (11 caracteres)</translation>
    </message>
    <message>
        <source>App package</source>
        <translation>Paquete de la app</translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation>Hash de firma</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateComposer</name>
    <message>
        <source>Choose sample file…</source>
        <translation>Elegir archivo de ejemplo…</translation>
    </message>
    <message>
        <source>Add &quot;For your security, do not share this code.&quot;</source>
        <translation>Agregar &quot;Por tu seguridad, no compartas este código.&quot;</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation>Nueva plantilla de mensaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Load a template from a JSON file</source>
        <translation>Cargar una plantilla desde un archivo JSON</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Importar plantilla</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the template as JSON, e.g. to keep it in version control</source>
        <translation>Guardar la plantilla como JSON, p. ej., para tenerla en un control de versiones</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Exportar plantilla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>order_update (lower-case letters, digits, _)</source>
        <translation>order_update (letras minúsculas, dígitos, _)</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Numbered: {{1}}, {{2}}</source>
        <translation>Numeradas: {{1}}, {{2}}</translation>
    </message>
    <message>
        <source>Named: {{first_name}}</source>
        <translation>Con nombre: {{first_name}}</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Header text, up to 60 characters, at most one variable</source>
        <translation>Texto del encabezado, hasta 60 caracteres y como máximo una variable</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>Texto del encabezado</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Videos (*.mp4)</source>
        <translation>Videos (*.mp4)</translation>
    </message>
    <message>
        <source>Documents (*.pdf)</source>
        <translation>Documentos (*.pdf)</translation>
    </message>
    <message>
        <source>Sample for the Header</source>
        <translation>Ejemplo para el encabezado</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variable</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor</source>
        <translation>Insertar una variable en el cursor</translation>
    </message>
    <message>
        <source>Bold (*text*)</source>
        <translation>Negrita (*texto*)</translation>
    </message>
    <message>
        <source>Italic (_text_)</source>
        <translation>Cursiva (_texto_)</translation>
    </message>
    <message>
        <source>Strikethrough (~text~)</source>
        <translation>Tachado (~texto~)</translation>
    </message>
    <message>
        <source>Monospace (```text```)</source>
        <translation>Monoespaciado (```texto```)</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texto del cuerpo</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} has shipped.</source>
        <translation>Hola, {{1}}: tu pedido {{2}} ya se envió.</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code expires after</source>
        <translation>El código caduca tras</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation>Opcional, hasta 60 caracteres, sin variables</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <source>Sample uploaded</source>
        <translation>Ejemplo subido</translation>
    </message>
    <message>
        <source>Meta reviews the template with a sample %1.</source>
        <translation>Meta revisa la plantilla con un ejemplo de %1.</translation>
    </message>
    <message>
        <source>Connect the channel to upload a sample.</source>
        <translation>Conecta el canal para subir un ejemplo.</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>Lista para enviar.</translation>
    </message>
    <message>
        <source>%1 to fix, %2 to check.</source>
        <extracomment>%1 is &quot;%n problem(s)&quot;, %2 is &quot;%n warning(s)&quot;</extracomment>
        <translation>%1 por corregir, %2 por revisar.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems shown beside the fields first.</source>
        <translation>Primero corrige los problemas indicados junto a los campos.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation>No se subió %1.</translation>
    </message>
    <message>
        <source>✔ %1 uploaded as the sample.</source>
        <translation>✔ %1 se subió como ejemplo.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Submitted. Waiting for WhatsApp&apos;s review…</source>
        <translation>Enviada. Esperando la revisión de WhatsApp…</translation>
    </message>
    <message>
        <source>✔ Approved. The template can be sent now.</source>
        <translation>✔ Aprobada. Ya se puede enviar la plantilla.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>✖ Rejected (%1). Fix it and submit under a new name.</source>
        <translation>✖ Rechazada (%1). Corrígela y envíala con un nombre nuevo.</translation>
    </message>
    <message>
        <source>In review (%1)…</source>
        <translation>En revisión (%1)…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a template in JSON: %2</source>
        <translation>%1 no es una plantilla en JSON: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>Header type</source>
        <translation>Tipo de encabezado</translation>
    </message>
    <message>
        <source>Not submitted: fix the problems shown beside the fields.</source>
        <translation>No se envió: corrige los problemas indicados junto a los campos.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateDetails</name>
    <message>
        <source>Link “%1” → %2</source>
        <translation>Enlace “%1” → %2</translation>
    </message>
    <message>
        <source>Call “%1” → %2</source>
        <translation>Llamada “%1” → %2</translation>
    </message>
    <message>
        <source>Quick reply “%1”</source>
        <translation>Respuesta rápida “%1”</translation>
    </message>
    <message>
        <source>Copy code (e.g. %1)</source>
        <translation>Copiar código (p. ej., %1)</translation>
    </message>
    <message>
        <source>One-time password (%1)</source>
        <translation>Contraseña de un solo uso (%1)</translation>
    </message>
    <message>
        <source>{{%1}} = %2</source>
        <translation>{{%1}} = %2</translation>
    </message>
    <message>
        <source>Select a template to see how customers receive it and what it is made of.</source>
        <translation>Selecciona una plantilla para ver cómo la reciben los clientes y de qué se compone.</translation>
    </message>
    <message>
        <source>As customers see it</source>
        <translation>Como la ven los clientes</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <extracomment>A template&apos;s quality rating shown as a chip: &quot;Quality: Green&quot;.</extracomment>
        <translation>Calidad: %1</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>Motivo del rechazo: %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>%1 (sent with each message)</source>
        <translation>%1 (se envía con cada mensaje)</translation>
    </message>
    <message>
        <source>Header variables</source>
        <translation>Variables del encabezado</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s own text with the one-time code</source>
        <translation>Texto propio de WhatsApp con el código de un solo uso</translation>
    </message>
    <message>
        <source>Variables (named)</source>
        <translation>Variables (con nombre)</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePickerDialog</name>
    <message>
        <source>one-time-password templates are sent by your systems, not by hand</source>
        <translation>las plantillas de contraseña de un solo uso las envían tus sistemas, no se envían a mano</translation>
    </message>
    <message>
        <source>location headers are not supported here yet</source>
        <translation>los encabezados de ubicación aún no se admiten aquí</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation>Filtrar plantillas</translation>
    </message>
    <message>
        <source>Approved templates</source>
        <translation>Plantillas aprobadas</translation>
    </message>
    <message>
        <source>Load the channel&apos;s templates from WhatsApp again</source>
        <translation>Volver a cargar las plantillas del canal desde WhatsApp</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Send Template</source>
        <translation>&amp;Enviar plantilla</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not available here: %1.</source>
        <translation>No disponible aquí: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) not approved (pending, rejected or paused) are not shown.</source>
        <translation>
            <numerusform>No se muestra %n plantilla no aprobada (pendiente, rechazada o pausada).</numerusform>
            <numerusform>No se muestran %n plantillas no aprobadas (pendientes, rechazadas o pausadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved templates. Press Refresh to load them from WhatsApp.</source>
        <translation>No hay plantillas aprobadas. Presiona Actualizar para cargarlas desde WhatsApp.</translation>
    </message>
    <message>
        <source>No approved templates for this channel.</source>
        <translation>No hay plantillas aprobadas para este canal.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Elige una plantilla</translation>
    </message>
    <message>
        <source>Header {{%1}}:</source>
        <translation>Encabezado {{%1}}:</translation>
    </message>
    <message>
        <source>Text for the header</source>
        <translation>Texto del encabezado</translation>
    </message>
    <message>
        <source>Header %1:</source>
        <translation>Encabezado %1:</translation>
    </message>
    <message>
        <source>Public https:// link to the %1</source>
        <translation>Enlace público https:// para %1</translation>
    </message>
    <message>
        <source>{{%1}}:</source>
        <translation>{{%1}}:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <source>Link “%1”:</source>
        <translation>Enlace “%1”:</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>Final de %1</translation>
    </message>
    <message>
        <source>Coupon code:</source>
        <translation>Código de cupón:</translation>
    </message>
    <message>
        <source>The code the customer copies</source>
        <translation>El código que copia el cliente</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>Esta plantilla no tiene variables.</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Elige una plantilla aprobada.</translation>
    </message>
    <message>
        <source>Fill in every field (%1 is empty).</source>
        <translation>Completa todos los campos (%1 está vacío).</translation>
    </message>
    <message>
        <source>WhatsApp would refuse these parameters (%1): %2</source>
        <translation>WhatsApp rechazaría estos parámetros (%1): %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation>▶ Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texto del cuerpo</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Ver todas las opciones</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateSendDialog</name>
    <message>
        <source>Send a Template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <source>This channel has no approved templates yet. Write one under Templates, and send it once WhatsApp has approved it.</source>
        <translation>Este canal aún no tiene plantillas aprobadas. Escribe una en Plantillas y envíala cuando WhatsApp la haya aprobado.</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valor del encabezado</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Link (https)</source>
        <translation>Enlace (https)</translation>
    </message>
    <message>
        <source>Uploaded media id</source>
        <translation>ID de multimedia subido</translation>
    </message>
    <message>
        <source>https://example.com/file or media id</source>
        <translation>https://example.com/file o ID de multimedia</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Encabezado %1</translation>
    </message>
    <message>
        <source>File name shown (optional)</source>
        <translation>Nombre de archivo que se muestra (opcional)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nombre del lugar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Valor para {{%1}}</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.50</source>
        <translation>Importe, p. ej., 12.50</translation>
    </message>
    <message>
        <source>Shown as, e.g. $12.50</source>
        <translation>Se muestra como, p. ej., $12.50</translation>
    </message>
    <message>
        <source>Shown as, e.g. May 3, 2025</source>
        <translation>Se muestra como, p. ej., 3 de mayo de 2025</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Ending of %1</source>
        <translation>Final de %1</translation>
    </message>
    <message>
        <source>Code to copy, up to 15 characters</source>
        <translation>Código para copiar, hasta 15 caracteres</translation>
    </message>
    <message>
        <source>Payload sent back (optional)</source>
        <translation>Payload que se devuelve (opcional)</translation>
    </message>
    <message>
        <source>Button &quot;%1&quot;</source>
        <translation>Botón &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This template has no variables; it is sent as it is.</source>
        <translation>Esta plantilla no tiene variables; se envía tal cual.</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Elige una plantilla aprobada.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>encabezado %1</translation>
    </message>
    <message>
        <source>header location (latitude and longitude)</source>
        <translation>ubicación del encabezado (latitud y longitud)</translation>
    </message>
    <message>
        <source>{{%1}} currency code and amount</source>
        <translation>{{%1}} código de moneda e importe</translation>
    </message>
    <message>
        <source>button %1</source>
        <translation>botón %1</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Completa: %1.</translation>
    </message>
    <message>
        <source>WhatsApp would refuse this (error %1): %2</source>
        <translation>WhatsApp rechazaría esto (error %1): %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>Motivo del rechazo: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateViewDialog</name>
    <message>
        <source>Template %1 (%2)</source>
        <extracomment>Window title: a template&apos;s name and language.</extracomment>
        <translation>Plantilla %1 (%2)</translation>
    </message>
    <message>
        <source>A template cannot be changed from here: 360dialog offers no way to edit one. Duplicate it to submit a corrected copy under a new name, or edit it in the 360dialog Hub.</source>
        <translation>Una plantilla no se puede cambiar desde aquí: 360dialog no ofrece ninguna forma de editarla. Duplícala para enviar una copia corregida con un nombre nuevo, o edítala en el 360dialog Hub.</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>Write a new template starting from this one</source>
        <translation>Escribir una plantilla nueva a partir de esta</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatesPanel</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Nueva plantilla…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>Search by name, language, category or status</source>
        <translation>Buscar por nombre, idioma, categoría o estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Load the templates from WhatsApp again (%1)</source>
        <translation>Volver a cargar las plantillas desde WhatsApp (%1)</translation>
    </message>
    <message>
        <source>Write a new template starting from the selected one</source>
        <translation>Escribir una plantilla nueva a partir de la seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected template in all its languages</source>
        <translation>Eliminar la plantilla seleccionada en todos sus idiomas</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Cargando plantillas…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>the last sync (cached)</source>
        <translation>última sincronización (en caché)</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation>%1 (%2) tiene ahora el estado %3.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>%1 (%2): quality is now %3.</source>
        <translation>%1 (%2): la calidad ahora es %3.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>New Template from %1</source>
        <translation>Nueva plantilla a partir de %1</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>¿Eliminar la plantilla &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>All its languages go (%1). WhatsApp does not let you reuse the name for 30 days.</source>
        <translation>Se eliminan todos sus idiomas (%1). WhatsApp no te permite reutilizar el nombre durante 30 días.</translation>
    </message>
    <message>
        <source>Deleted %1 in all its languages.</source>
        <translation>Se eliminó %1 en todos sus idiomas.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Aún no se ha cargado.</translation>
    </message>
    <message>
        <source>This channel has no templates yet. Updated at %1.</source>
        <translation>Este canal aún no tiene plantillas. Actualizado: %1.</translation>
    </message>
    <message>
        <source>Templates: %1. Updated at %2.</source>
        <translation>Plantillas: %1. Actualizado: %2.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 templates. Updated at %3.</source>
        <translation>Se muestran %1 de %2 plantillas. Actualizado: %3.</translation>
    </message>
    <message>
        <source>Double-click a template (or press Enter) to open it</source>
        <translation>Haz doble clic en una plantilla (o pulsa Enter) para abrirla</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UploadList</name>
    <message>
        <source>Clear Finished</source>
        <translation>Quitar finalizadas</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar subida</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>Esperando para reintentar…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>Waiting (uploads are paced)…</source>
        <translation>En espera (las subidas se escalonan)…</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2</source>
        <translation>Subiendo: %1 de %2</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <source>Uploaded · media id %1 · expires in 30 days</source>
        <translation>Subido · ID de multimedia %1 · caduca en 30 días</translation>
    </message>
    <message>
        <source>Already uploaded (same content) · media id %1 reused</source>
        <translation>Ya subido (mismo contenido) · se reutilizó el ID de multimedia %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UsageChart</name>
    <message>
        <source>Usage chart</source>
        <translation>Gráfico de uso</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), %1 conversations in all</source>
        <translation>
            <numerusform>%n período, %1 conversaciones en total</numerusform>
            <numerusform>%n períodos, %1 conversaciones en total</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Sin uso en este período</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>De pago</translation>
    </message>
    <message>
        <source>%1
%2 conversations: %3 free, %4 paid
%5 business-initiated, %6 user-initiated
Cost: %7</source>
        <translation>%1
%2 conversaciones: %3 gratis, %4 de pago
%5 iniciadas por la empresa, %6 iniciadas por el usuario
Costo: %7</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UsagePanel</name>
    <message>
        <source>Balance and usage</source>
        <translation>Saldo y uso</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Usage per day, last 30 days</source>
        <translation>Uso por día, últimos 30 días</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Usage per month, last 12 months</source>
        <translation>Uso por mes, últimos 12 meses</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Cargando el uso…</translation>
    </message>
    <message>
        <source>Figures are 360dialog&apos;s estimates; the month&apos;s invoice is final.</source>
        <translation>Las cifras son estimaciones de 360dialog; la factura del mes es la definitiva.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its currency code, e.g. &quot;36.10 EUR&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No balance</source>
        <translation>Sin saldo</translation>
    </message>
    <message>
        <source>The client&apos;s prepaid balance at 360dialog</source>
        <translation>Saldo prepago del cliente en 360dialog</translation>
    </message>
    <message>
        <source>Only clients who pay 360dialog directly have a balance.</source>
        <translation>Solo tienen saldo los clientes que pagan directamente a 360dialog.</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>en los últimos 30 días</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <translation>en los últimos 12 meses</translation>
    </message>
    <message>
        <source>%1 conversations %2 · %3 paid · cost %4</source>
        <translation>%1 conversaciones %2 · %3 de pago · costo %4</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message numerus="yes">
        <source>360dialog allows 5 balance requests per client in 30 seconds; this one goes out in %n second(s).</source>
        <translation>
            <numerusform>360dialog permite 5 consultas de saldo por cliente cada 30 segundos; esta se envía en %n segundo.</numerusform>
            <numerusform>360dialog permite 5 consultas de saldo por cliente cada 30 segundos; esta se envía en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::VariableSampleEditor</name>
    <message>
        <source>Sample value (required)</source>
        <translation>Valor de ejemplo (obligatorio)</translation>
    </message>
    <message>
        <source>Sample for {{%1}}</source>
        <translation>Ejemplo para {{%1}}</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::VideoPlayerDialog</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Cannot be played: the player did not respond.</source>
        <translation>No se puede reproducir: el reproductor no respondió.</translation>
    </message>
    <message>
        <source>Cannot be played: this system has no media playback.</source>
        <translation>No se puede reproducir: este sistema no tiene reproducción multimedia.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espacio)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookAuthEditor</name>
    <message>
        <source>&amp;Generate Secret</source>
        <translation>&amp;Generar secreto</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Agregar cabecera</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Quitar cabecera</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Generated secret header (%1)</source>
        <translation>Cabecera secreta generada (%1)</translation>
    </message>
    <message>
        <source>Basic credentials (Authorization: Basic …)</source>
        <translation>Credenciales básicas (Authorization: Basic …)</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Cabeceras personalizadas</translation>
    </message>
    <message>
        <source>360dialog adds no header. Anyone who learns the URL can send fake events to it; choose a secret header unless something else protects the URL.</source>
        <translation>360dialog no agrega ninguna cabecera. Cualquiera que conozca la URL puede enviarle eventos falsos; elige una cabecera secreta, salvo que otra cosa proteja la URL.</translation>
    </message>
    <message>
        <source>Create a new random secret (32 bytes)</source>
        <translation>Crear un nuevo secreto aleatorio (32 bytes)</translation>
    </message>
    <message>
        <source>360dialog sends this header with every delivery, and the listener refuses requests without it. The value goes straight to 360dialog and into the keychain: there is nothing to copy.</source>
        <translation>360dialog envía esta cabecera con cada entrega y el receptor rechaza las solicitudes que no la llevan. El valor va directamente a 360dialog y al llavero: no hay nada que copiar.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Click “Generate Secret” to create the secret.</source>
        <translation>Haz clic en “Generar secreto” para crear el secreto.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Escribe un nombre de usuario.</translation>
    </message>
    <message>
        <source>The user name must not contain “:”.</source>
        <translation>El nombre de usuario no debe contener “:”.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Escribe una contraseña.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid header name (letters, digits and -).</source>
        <translation>Fila %1: “%2” no es un nombre de cabecera válido (letras, dígitos y -).</translation>
    </message>
    <message>
        <source>Row %1: the header %2 appears twice.</source>
        <translation>Fila %1: la cabecera %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>Row %1: the header needs a value.</source>
        <translation>Fila %1: la cabecera necesita un valor.</translation>
    </message>
    <message>
        <source>Row %1: the value must not contain line breaks.</source>
        <translation>Fila %1: el valor no debe contener saltos de línea.</translation>
    </message>
    <message>
        <source>Add at least one header, or choose “None”.</source>
        <translation>Agrega al menos una cabecera o elige “Ninguna”.</translation>
    </message>
    <message>
        <source>%1: no secret yet</source>
        <translation>%1: aún no hay secreto</translation>
    </message>
    <message>
        <source>%1: %2 (%3 characters)</source>
        <translation>%1: %2 (%3 caracteres)</translation>
    </message>
    <message>
        <source>&amp;Generate New Secret</source>
        <translation>&amp;Generar nuevo secreto</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookEventModel</name>
    <message>
        <source>stored</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(removed channel)</source>
        <translation>(canal eliminado)</translation>
    </message>
    <message>
        <source>new messages: %1</source>
        <translation>mensajes nuevos: %1</translation>
    </message>
    <message>
        <source>new statuses: %1</source>
        <translation>estados nuevos: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookInspector</name>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>Enviar evento de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Aún no hay webhooks</translation>
    </message>
    <message>
        <source>Webhook Inspector</source>
        <translation>Inspector de webhooks</translation>
    </message>
    <message>
        <source>Channel for the test event</source>
        <translation>Canal para el evento de prueba</translation>
    </message>
    <message>
        <source>Post a test message for this channel, with its webhook secret, to the listener&apos;s own URL</source>
        <translation>Enviar un mensaje de prueba de este canal, con su secreto de webhook, a la URL del propio receptor</translation>
    </message>
    <message>
        <source>Feed the selected body into the journal again; it is ingested like a redelivery</source>
        <translation>Volver a introducir el cuerpo seleccionado en el diario; se procesa como una nueva entrega</translation>
    </message>
    <message>
        <source>Webhook deliveries appear here as they arrive, with what became of each: stored, duplicate, quarantined or rejected. &lt;b&gt;Send Test Event&lt;/b&gt; tries the round trip through the listener.</source>
        <translation>Las entregas de webhooks aparecen aquí a medida que llegan, con lo que pasó con cada una: guardada, duplicada, en cuarentena o rechazada. &lt;b&gt;Enviar evento de prueba&lt;/b&gt; prueba el recorrido completo a través del receptor.</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhooks</translation>
    </message>
    <message>
        <source>Webhook body</source>
        <translation>Cuerpo del webhook</translation>
    </message>
    <message>
        <source>Select a delivery to see its body.</source>
        <translation>Selecciona una entrega para ver su cuerpo.</translation>
    </message>
    <message>
        <source>Test event &amp;for:</source>
        <translation>Evento de prueba p&amp;ara:</translation>
    </message>
    <message>
        <source>Show deliveries</source>
        <translation>Mostrar entregas</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Todas las entregas</translation>
    </message>
    <message>
        <source>Filter: wamid, number, code, text…</source>
        <translation>Filtrar: wamid, número, código, texto…</translation>
    </message>
    <message>
        <source>Filter deliveries</source>
        <translation>Filtrar entregas</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>No se pudo leer el diario: %1</translation>
    </message>
    <message>
        <source>The test event went through the listener and came back in %1 ms: %2.</source>
        <translation>El evento de prueba pasó por el receptor y volvió en %1 ms: %2.</translation>
    </message>
    <message>
        <source>Replayed into the journal: %1.</source>
        <translation>Repetido en el diario: %1.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message>
        <source>Refused at %1 from %2: %3. The body of a refused request is not read, and nothing was stored.</source>
        <translation>Rechazada a las %1 desde %2: %3. El cuerpo de una solicitud rechazada no se lee y no se guardó nada.</translation>
    </message>
    <message>
        <source>a replay</source>
        <translation>una repetición</translation>
    </message>
    <message>
        <source>Journal #%1</source>
        <translation>Diario #%1</translation>
    </message>
    <message>
        <source>received %1 from %2</source>
        <translation>recibido %1 desde %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>Listening at %1 · received: %2 · refused: %3</source>
        <translation>Escuchando en %1 · recibidos: %2 · rechazados: %3</translation>
    </message>
    <message>
        <source>The listener is not running: %1</source>
        <translation>El receptor no está en ejecución: %1</translation>
    </message>
    <message>
        <source>“%1” has no webhook secret yet, so the listener would refuse the test event. Set the channel&apos;s webhook with a secret header on its Webhooks tab first.</source>
        <translation>“%1” aún no tiene secreto de webhook, así que el receptor rechazaría el evento de prueba. Primero configura el webhook del canal con una cabecera secreta en su pestaña Webhooks.</translation>
    </message>
    <message>
        <source>Sending a test event to %1…</source>
        <translation>Enviando un evento de prueba a %1…</translation>
    </message>
    <message>
        <source>The listener answered the test event with HTTP %1.</source>
        <translation>El receptor respondió al evento de prueba con HTTP %1.</translation>
    </message>
    <message>
        <source>The test event did not reach the listener: %1</source>
        <translation>El evento de prueba no llegó al receptor: %1</translation>
    </message>
    <message>
        <source>The body could not be replayed: %1</source>
        <translation>No se pudo repetir el cuerpo: %1</translation>
    </message>
    <message>
        <source>Replaying #%1 as #%2…</source>
        <translation>Repitiendo #%1 como #%2…</translation>
    </message>
    <message>
        <source>The listener is not running. Start it in Settings → Webhook Listener…</source>
        <translation>El receptor no está en ejecución. Inícialo en Configuración → Receptor de webhooks…</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookSection</name>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Save Webhook</source>
        <translation>&amp;Guardar webhook</translation>
    </message>
    <message>
        <source>WABA webhook</source>
        <translation>Webhook de la WABA</translation>
    </message>
    <message>
        <source>Phone-number webhook</source>
        <translation>Webhook del número de teléfono</translation>
    </message>
    <message>
        <source>One URL for every number of the WhatsApp Business Account. 360dialog uses it for numbers without a phone-number webhook; each event names its number.</source>
        <translation>Una URL para todos los números de la cuenta de WhatsApp Business. 360dialog la usa para los números sin webhook de número de teléfono; cada evento indica su número.</translation>
    </message>
    <message>
        <source>Where 360dialog delivers this number&apos;s incoming messages and delivery statuses. It takes precedence over the WABA webhook.</source>
        <translation>Dónde entrega 360dialog los mensajes entrantes y los estados de entrega de este número. Tiene prioridad sobre el webhook de la WABA.</translation>
    </message>
    <message>
        <source>Read the webhook from 360dialog again</source>
        <translation>Volver a leer el webhook desde 360dialog</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Set this webhook at 360dialog and keep its header values in the keychain</source>
        <translation>Configurar este webhook en 360dialog y guardar los valores de sus cabeceras en el llavero</translation>
    </message>
    <message>
        <source>At 360dialog now:</source>
        <translation>En 360dialog ahora:</translation>
    </message>
    <message>
        <source>New &amp;URL:</source>
        <translation>Nueva &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>Reading from 360dialog…</source>
        <translation>Leyendo desde 360dialog…</translation>
    </message>
    <message>
        <source>No webhook set.</source>
        <translation>No hay ningún webhook configurado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No authentication header.</source>
        <translation>Sin cabecera de autenticación.</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Cabeceras: %1</translation>
    </message>
    <message>
        <source>Could not read the webhook: %1</source>
        <translation>No se pudo leer el webhook: %1</translation>
    </message>
    <message>
        <source>Setting the webhook at 360dialog…</source>
        <translation>Configurando el webhook en 360dialog…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>Saved at %1: 360dialog delivers to %2.</source>
        <translation>Guardado a las %1: 360dialog entrega a %2.</translation>
    </message>
    <message>
        <source>This number&apos;s messages and statuses go to its phone-number webhook above.</source>
        <translation>Los mensajes y estados de este número van a su webhook del número de teléfono, arriba.</translation>
    </message>
    <message>
        <source>360dialog delivers this number&apos;s messages and statuses to the WABA webhook below.</source>
        <translation>360dialog entrega los mensajes y estados de este número al webhook de la WABA, abajo.</translation>
    </message>
    <message>
        <source>Numbers without a phone-number webhook get nothing delivered.</source>
        <translation>A los números sin webhook de número de teléfono no se les entrega nada.</translation>
    </message>
    <message>
        <source>360dialog has nowhere to deliver this number&apos;s messages and statuses.</source>
        <translation>360dialog no tiene dónde entregar los mensajes y estados de este número.</translation>
    </message>
    <message>
        <source>✔ WabaDesk&apos;s embedded listener on this computer: the local sandbox delivers here, and what arrives shows in this window.</source>
        <translation>✔ Receptor integrado de WabaDesk en este equipo: el sandbox local entrega aquí y lo que llega se muestra en esta ventana.</translation>
    </message>
    <message>
        <source>✔ WabaDesk&apos;s embedded listener: what arrives shows in this window.</source>
        <translation>✔ Receptor integrado de WabaDesk: lo que llega se muestra en esta ventana.</translation>
    </message>
    <message>
        <source>Takes precedence over the WABA webhook for this number.</source>
        <translation>Tiene prioridad sobre el webhook de la WABA para este número.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookSettingsPanel</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;360dialog delivers incoming messages and delivery statuses as HTTPS POST requests to a webhook URL. That URL must be &lt;b&gt;public&lt;/b&gt;, use &lt;b&gt;https://&lt;/b&gt; with a valid certificate on &lt;b&gt;port 443&lt;/b&gt; (no port in the URL), and its host name must not contain &lt;b&gt;“_”&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A desktop computer behind a router (NAT) cannot be reached from the internet directly. Put a &lt;b&gt;reverse proxy&lt;/b&gt; on a public host (for example nginx or Caddy) or a &lt;b&gt;tunnel&lt;/b&gt; (for example Cloudflare Tunnel or ngrok) in front of it, forwarding to the local address of WabaDesk&apos;s embedded webhook listener.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;The embedded listener runs where &lt;b&gt;Settings → Webhook Listener…&lt;/b&gt; says. The authentication header you choose here goes to 360dialog and into the keychain, where the listener reads it: requests without it are refused and never stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:0&apos;&gt;360dialog entrega los mensajes entrantes y los estados de entrega como solicitudes HTTPS POST a una URL de webhook. Esa URL debe ser &lt;b&gt;pública&lt;/b&gt; y usar &lt;b&gt;https://&lt;/b&gt; con un certificado válido en el &lt;b&gt;puerto 443&lt;/b&gt; (sin puerto en la URL), y su nombre de host no debe contener &lt;b&gt;“_”&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;No se puede acceder directamente desde internet a un equipo de escritorio que está detrás de un router (NAT). Pon delante un &lt;b&gt;proxy inverso&lt;/b&gt; en un host público (por ejemplo, nginx o Caddy) o un &lt;b&gt;túnel&lt;/b&gt; (por ejemplo, Cloudflare Tunnel o ngrok) que reenvíe a la dirección local del receptor de webhooks integrado de WabaDesk.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;El receptor integrado se ejecuta donde indica &lt;b&gt;Configuración → Receptor de webhooks…&lt;/b&gt;. La cabecera de autenticación que elijas aquí va a 360dialog y al llavero, donde la lee el receptor: las solicitudes sin ella se rechazan y nunca se guardan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;This is a sandbox channel: http:// URLs on this computer (127.0.0.1, localhost) are accepted too, for local testing.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;Este es un canal de sandbox: también se aceptan URL http:// de este equipo (127.0.0.1, localhost) para pruebas locales.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WindowBanner</name>
    <message>
        <source>Send &amp;template…</source>
        <translation>Enviar &amp;plantilla…</translation>
    </message>
    <message>
        <source>Customer service window</source>
        <translation>Ventana de atención al cliente</translation>
    </message>
    <message>
        <source>Choose an approved message template; WhatsApp delivers those at any time</source>
        <translation>Elegir una plantilla de mensaje aprobada; WhatsApp las entrega en cualquier momento</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Window closes in %1 — after that, only templates reach the customer.</source>
        <translation>La ventana se cierra en %1 — después, solo las plantillas llegan al cliente.</translation>
    </message>
    <message>
        <source>Window open — %1 left</source>
        <translation>Ventana abierta — tiempo restante: %1</translation>
    </message>
    <message>
        <source>This customer has not written to you yet. WhatsApp delivers only approved templates until they reply.</source>
        <translation>Este cliente aún no te ha escrito. WhatsApp solo entrega plantillas aprobadas hasta que responda.</translation>
    </message>
    <message>
        <source>WhatsApp reported the 24-hour window as closed (error 131047). Free-form messages would not be delivered: send an approved template. The window reopens when the customer replies.</source>
        <translation>WhatsApp informó de que la ventana de 24 horas está cerrada (error 131047). Los mensajes de formato libre no se entregarían: envía una plantilla aprobada. La ventana se vuelve a abrir cuando el cliente responde.</translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago. Free-form messages would not be delivered: send an approved template. The window reopens when the customer replies.</source>
        <translation>La ventana de 24 horas se cerró hace %1. Los mensajes de formato libre no se entregarían: envía una plantilla aprobada. La ventana se vuelve a abrir cuando el cliente responde.</translation>
    </message>
    <message>
        <source>The window ends %1 (24 hours after the customer&apos;s last message).</source>
        <translation>La ventana termina: %1 (24 horas después del último mensaje del cliente).</translation>
    </message>
</context>
<context>
    <name>wabadesk::webhook::ListenerService</name>
    <message>
        <source>The journal cannot be opened: %1</source>
        <translation>No se puede abrir el diario: %1</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <source>The listener cannot start: %1</source>
        <translation>El receptor no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>The listener is not running.</source>
        <translation>El receptor no está en ejecución.</translation>
    </message>
    <message>
        <source>The journal refused the record: %1</source>
        <translation>El diario rechazó la entrada: %1</translation>
    </message>
</context>
</TS>
