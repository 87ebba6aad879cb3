<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media id.</source>
        <translation>&quot;%1&quot; ist keine Medien-ID.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>name: only lowercase letters, digits and underscores are allowed</source>
        <translation>name: nur Kleinbuchstaben, Ziffern und Unterstriche sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template name.</source>
        <translation>&quot;%1&quot; ist kein Vorlagenname.</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>Nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>url: &quot;%1&quot; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>No API key is available for this channel.</source>
        <translation>Für diesen Kanal ist kein API-Schlüssel verfügbar.</translation>
    </message>
</context>
<context>
    <name>ApiValues</name>
    <message>
        <source>Abusive content</source>
        <translation>Missbräuchliche Inhalte</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Bekleidung und Mode</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobil</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>Beauty, Spa und Salon</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entertainment</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Eventplanung und -service</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanzen und Banken</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Öffentlicher Dienst</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medizin und Gesundheit</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hotel und Unterkunft</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation>Falsche Kategorie</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Ungültiges Format</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>Einspruch läuft</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limit überschritten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Gemeinnützig</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>Kein Unternehmen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Pending deletion</source>
        <translation>Löschung ausstehend</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Professionelle Dienstleistungen</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Werblich</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Shopping und Einzelhandel</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Tag and content mismatch</source>
        <translation>Tag und Inhalt stimmen nicht überein</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Reisen und Verkehr</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Nicht definiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
</context>
<context>
    <name>ChannelService</name>
    <message>
        <source>The channel is not available.</source>
        <translation>Der Kanal ist nicht verfügbar.</translation>
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
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Nicht unterstützte Nachricht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A message preview in the conversation list: &quot;Photo: the caption&quot;, &quot;Location: Berlin Zoo&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>noch %n h</numerusform>
            <numerusform>noch %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer service window open until %1: free-form messages can be sent.</source>
        <translation>Kundenservice-Fenster offen bis %1: Freitextnachrichten können gesendet werden.</translation>
    </message>
    <message>
        <source>The customer has not written yet: start with a template message.</source>
        <translation>Der Kunde hat noch nicht geschrieben: Beginnen Sie mit einer Vorlagennachricht.</translation>
    </message>
    <message>
        <source>Customer service window closed: only template messages can be sent until the customer writes again.</source>
        <translation>Kundenservice-Fenster geschlossen: Bis der Kunde wieder schreibt, können nur Vorlagennachrichten gesendet werden.</translation>
    </message>
    <message>
        <source>WhatsApp call</source>
        <translation>WhatsApp-Anruf</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
</context>
<context>
    <name>EmojiCatalog</name>
    <message>
        <source>Smileys &amp; People</source>
        <translation>Smileys &amp; Personen</translation>
    </message>
    <message>
        <source>Animals &amp; Nature</source>
        <translation>Tiere &amp; Natur</translation>
    </message>
    <message>
        <source>Food &amp; Drink</source>
        <translation>Essen &amp; Trinken</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Travel &amp; Places</source>
        <translation>Reisen &amp; Orte</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggen</translation>
    </message>
</context>
<context>
    <name>ErrorExplanations</name>
    <message>
        <source>The server could not be reached, or the connection was lost.</source>
        <translation>Der Server war nicht erreichbar oder die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>A secure connection could not be established (TLS certificate or handshake failure).</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden (TLS-Zertifikat oder Handshake fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected format.</source>
        <translation>Die Antwort des Servers hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>The request was not sent because it breaks the API&apos;s rules.</source>
        <translation>Die Anfrage wurde nicht gesendet, weil sie gegen die Regeln der API verstößt.</translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The endpoint is blocked for this channel.</source>
        <translation>Der Endpunkt ist für diesen Kanal gesperrt.</translation>
    </message>
    <message>
        <source>The server is busy and asks to slow down.</source>
        <translation>Der Server ist ausgelastet und bittet darum, langsamer zu senden.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Check the internet connection and the channel&apos;s base URL.</source>
        <translation>Prüfen Sie die Internetverbindung und die Basis-URL des Kanals.</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Prüfen Sie die Systemuhr und jeden Proxy, der HTTPS abfängt.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the connection.</source>
        <translation>Versuchen Sie es erneut; wenn das Problem weiterhin besteht, prüfen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>Check that the base URL points at a 360dialog-compatible API.</source>
        <translation>Prüfen Sie, ob die Basis-URL auf eine 360dialog-kompatible API verweist.</translation>
    </message>
    <message>
        <source>Correct the values listed and send again.</source>
        <translation>Korrigieren Sie die aufgeführten Werte und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Check the channel&apos;s API key; only the newest key of a channel works.</source>
        <translation>Prüfen Sie den API-Schlüssel des Kanals; nur der neueste Schlüssel eines Kanals funktioniert.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Contact 360dialog support if this persists.</source>
        <translation>Wenden Sie sich an den 360dialog-Support, wenn das Problem weiterhin besteht.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Incoming call · ringing</source>
        <translation>Eingehender Anruf · klingelt</translation>
    </message>
    <message>
        <source>Outgoing call · ringing</source>
        <translation>Ausgehender Anruf · klingelt</translation>
    </message>
    <message>
        <source>Incoming call · answered</source>
        <translation>Eingehender Anruf · angenommen</translation>
    </message>
    <message>
        <source>Outgoing call · answered</source>
        <translation>Ausgehender Anruf · angenommen</translation>
    </message>
    <message>
        <source>Incoming call · %1</source>
        <translation>Eingehender Anruf · %1</translation>
    </message>
    <message>
        <source>Outgoing call · %1</source>
        <translation>Ausgehender Anruf · %1</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Verpasster Anruf</translation>
    </message>
    <message>
        <source>Outgoing call · not answered</source>
        <translation>Ausgehender Anruf · nicht angenommen</translation>
    </message>
    <message>
        <source>Outgoing call · declined by the customer</source>
        <translation>Ausgehender Anruf · vom Kunden abgelehnt</translation>
    </message>
    <message>
        <source>Call failed (%1: %2)</source>
        <translation>Anruf fehlgeschlagen (%1: %2)</translation>
    </message>
    <message>
        <source>Call failed (%1)</source>
        <translation>Anruf fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Allowed calls until %1</source>
        <translation>Anrufe erlaubt bis %1</translation>
    </message>
    <message>
        <source>Allowed calls</source>
        <translation>Anrufe erlaubt</translation>
    </message>
    <message>
        <source>Declined calls</source>
        <translation>Anrufe abgelehnt</translation>
    </message>
    <message>
        <source>Answered a call permission request</source>
        <translation>Anfrage zur Anruferlaubnis beantwortet</translation>
    </message>
    <message>
        <source>The customer stopped marketing messages</source>
        <translation>Der Kunde hat Marketingnachrichten abbestellt</translation>
    </message>
    <message>
        <source>The customer resumed marketing messages</source>
        <translation>Der Kunde hat Marketingnachrichten wieder zugelassen</translation>
    </message>
    <message>
        <source>The customer signed up for marketing messages</source>
        <translation>Der Kunde hat Marketingnachrichten abonniert</translation>
    </message>
    <message>
        <source>The customer changed their marketing preferences</source>
        <translation>Der Kunde hat seine Marketing-Einstellungen geändert</translation>
    </message>
    <message>
        <source>The group could not be created</source>
        <translation>Die Gruppe konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The group “%1” was created</source>
        <translation>Die Gruppe „%1“ wurde erstellt</translation>
    </message>
    <message>
        <source>The group could not be deleted</source>
        <translation>Die Gruppe konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The group was deleted</source>
        <translation>Die Gruppe wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 joined with the invite link</source>
        <translation>Über den Einladungslink beigetreten: %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>Beigetreten: %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>Konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Hat die Gruppe verlassen: %1</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>%1 asked to join</source>
        <translation>%1 möchte beitreten</translation>
    </message>
    <message>
        <source>%1 withdrew their request to join</source>
        <translation>%1 hat die Beitrittsanfrage zurückgezogen</translation>
    </message>
    <message>
        <source>The subject is now “%1”</source>
        <translation>Der Gruppenname lautet jetzt „%1“</translation>
    </message>
    <message>
        <source>the description changed</source>
        <translation>die Beschreibung wurde geändert</translation>
    </message>
    <message>
        <source>the picture changed</source>
        <translation>das Gruppenbild wurde geändert</translation>
    </message>
    <message>
        <source>some settings could not be changed</source>
        <translation>einige Einstellungen konnten nicht geändert werden</translation>
    </message>
    <message>
        <source>The group settings changed</source>
        <translation>Die Gruppeneinstellungen wurden geändert</translation>
    </message>
    <message>
        <source>WhatsApp suspended the group</source>
        <translation>WhatsApp hat die Gruppe gesperrt</translation>
    </message>
    <message>
        <source>The group&apos;s suspension was lifted</source>
        <translation>Die Sperre der Gruppe wurde aufgehoben</translation>
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
        <translation>Utility</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation>Authentifizierung (international)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Free entry point</source>
        <translation>Kostenloser Einstiegspunkt</translation>
    </message>
    <message>
        <source>%1 · charged</source>
        <translation>%1 · berechnet</translation>
    </message>
    <message>
        <source>%1 · free (customer service window)</source>
        <translation>%1 · kostenlos (Kundenservice-Fenster)</translation>
    </message>
    <message>
        <source>%1 · free (entry point, 72 hours)</source>
        <translation>%1 · kostenlos (Einstiegspunkt, 72 Stunden)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
</context>
<context>
    <name>HistoryPurge</name>
    <message>
        <source>The webhook journal cannot be opened (%1). Stop the running WabaDesk (the app or `wabadesk-cli listen`) or remove the channel there.</source>
        <translation>Das Webhook-Journal kann nicht geöffnet werden (%1). Beenden Sie das laufende WabaDesk (die App oder `wabadesk-cli listen`) oder entfernen Sie den Kanal dort.</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The history could not be deleted from the store: %1</source>
        <translation>Der Verlauf konnte nicht aus dem Speicher gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The webhook journal could not be cleaned: %1</source>
        <translation>Das Webhook-Journal konnte nicht bereinigt werden: %1</translation>
    </message>
    <message>
        <source>The channel&apos;s media folder %1 could not be deleted.</source>
        <translation>Der Medienordner %1 des Kanals konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>MediaArchiver</name>
    <message>
        <source>no media</source>
        <translation>keine Medien</translation>
    </message>
    <message>
        <source>larger than the archive&apos;s size limit</source>
        <translation>größer als die Größenbeschränkung des Archivs</translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation>der Kanal wurde entfernt</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This message has no media to fetch.</source>
        <translation>Diese Nachricht enthält keine Medien zum Abrufen.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>MediaTypes</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 files cannot be sent as %2. Supported: %3.</source>
        <translation>%1-Dateien können nicht als %2 gesendet werden. Unterstützt: %3.</translation>
    </message>
    <message>
        <source>Files of unknown type</source>
        <translation>Dateien unbekannten Typs</translation>
    </message>
    <message>
        <source>%1 is not a media type WhatsApp accepts (images JPEG/PNG, stickers WebP, audio AAC/AMR/MP3/M4A/OGG, video MP4/3GP, documents PDF/TXT/Office).</source>
        <translation>%1 ist kein Medientyp, den WhatsApp akzeptiert (Bilder JPEG/PNG, Sticker WebP, Audio AAC/AMR/MP3/M4A/OGG, Video MP4/3GP, Dokumente PDF/TXT/Office).</translation>
    </message>
    <message>
        <source>This file type</source>
        <translation>Dieser Dateityp</translation>
    </message>
    <message>
        <source>The file is %1; %2 files may be at most %3.</source>
        <translation>Die Datei ist %1 groß; %2-Dateien dürfen höchstens %3 groß sein.</translation>
    </message>
</context>
<context>
    <name>MediaValidation</name>
    <message>
        <source>a Windows program</source>
        <translation>ein Windows-Programm</translation>
    </message>
    <message>
        <source>a Windows installer</source>
        <translation>ein Windows-Installationsprogramm</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>a program library</source>
        <translation>eine Programmbibliothek</translation>
    </message>
    <message>
        <source>a shell script</source>
        <translation>ein Shell-Skript</translation>
    </message>
    <message>
        <source>an Android app</source>
        <translation>eine Android-App</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>ein tar-Archiv</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>ein WebP-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>ein BMP-Bild</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>ein TIFF-Bild</translation>
    </message>
    <message>
        <source>a HEIF photo</source>
        <translation>ein HEIF-Foto</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>ein HEIC-Foto</translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation>eine SVG-Zeichnung</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation>ein MP4-Video</translation>
    </message>
    <message>
        <source>a 3GP video</source>
        <translation>ein 3GP-Video</translation>
    </message>
    <message>
        <source>a QuickTime video</source>
        <translation>ein QuickTime-Video</translation>
    </message>
    <message>
        <source>a Matroska video</source>
        <translation>ein Matroska-Video</translation>
    </message>
    <message>
        <source>a WebM video</source>
        <translation>ein WebM-Video</translation>
    </message>
    <message>
        <source>an AVI video</source>
        <translation>ein AVI-Video</translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation>eine MP3-Audiodatei</translation>
    </message>
    <message>
        <source>an AAC audio file</source>
        <translation>eine AAC-Audiodatei</translation>
    </message>
    <message>
        <source>an M4A audio file</source>
        <translation>eine M4A-Audiodatei</translation>
    </message>
    <message>
        <source>an AMR audio file</source>
        <translation>eine AMR-Audiodatei</translation>
    </message>
    <message>
        <source>an OGG audio file</source>
        <translation>eine OGG-Audiodatei</translation>
    </message>
    <message>
        <source>an Opus voice recording (OGG)</source>
        <translation>eine Opus-Sprachaufnahme (OGG)</translation>
    </message>
    <message>
        <source>an OGG Vorbis audio file</source>
        <translation>eine OGG-Vorbis-Audiodatei</translation>
    </message>
    <message>
        <source>a WAV audio file</source>
        <translation>eine WAV-Audiodatei</translation>
    </message>
    <message>
        <source>a FLAC audio file</source>
        <translation>eine FLAC-Audiodatei</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>ein Word-Dokument</translation>
    </message>
    <message>
        <source>an Excel spreadsheet</source>
        <translation>eine Excel-Tabelle</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>eine PowerPoint-Präsentation</translation>
    </message>
    <message>
        <source>an old Office file</source>
        <translation>eine alte Office-Datei</translation>
    </message>
    <message>
        <source>a file of unknown type</source>
        <translation>eine Datei unbekannten Typs</translation>
    </message>
    <message>
        <source>WhatsApp accepts images (JPEG, PNG), stickers (WebP), audio (AAC, AMR, MP3, M4A, OGG Opus), video (MP4, 3GP) and documents (PDF, TXT, Word, Excel, PowerPoint).</source>
        <translation>WhatsApp akzeptiert Bilder (JPEG, PNG), Sticker (WebP), Audio (AAC, AMR, MP3, M4A, OGG Opus), Video (MP4, 3GP) und Dokumente (PDF, TXT, Word, Excel, PowerPoint).</translation>
    </message>
    <message>
        <source>Images must be JPEG or PNG.</source>
        <translation>Bilder müssen JPEG oder PNG sein.</translation>
    </message>
    <message>
        <source>Stickers must be WebP images.</source>
        <translation>Sticker müssen WebP-Bilder sein.</translation>
    </message>
    <message>
        <source>Audio must be AAC, AMR, MP3, M4A or OGG (Opus).</source>
        <translation>Audio muss AAC, AMR, MP3, M4A oder OGG (Opus) sein.</translation>
    </message>
    <message>
        <source>Videos must be MP4 or 3GP.</source>
        <translation>Videos müssen MP4 oder 3GP sein.</translation>
    </message>
    <message>
        <source>Documents must be PDF, TXT, Word, Excel or PowerPoint files (or JPEG, PNG, MP4, 3GP).</source>
        <translation>Dokumente müssen PDF-, TXT-, Word-, Excel- oder PowerPoint-Dateien sein (oder JPEG, PNG, MP4, 3GP).</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts images up to %3.</source>
        <translation>„%1“ ist %2 groß; WhatsApp akzeptiert Bilder bis %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts videos up to %3.</source>
        <translation>„%1“ ist %2 groß; WhatsApp akzeptiert Videos bis %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts audio files up to %3.</source>
        <translation>„%1“ ist %2 groß; WhatsApp akzeptiert Audiodateien bis %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts documents up to %3.</source>
        <translation>„%1“ ist %2 groß; WhatsApp akzeptiert Dokumente bis %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts animated stickers up to %3.</source>
        <translation>„%1“ ist %2 groß; WhatsApp akzeptiert animierte Sticker bis %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts stickers up to %3.</source>
        <translation>„%1“ ist %2 groß; WhatsApp akzeptiert Sticker bis %3.</translation>
    </message>
    <message>
        <source>a file of type “%1”</source>
        <translation>eine Datei vom Typ „%1“</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>The content of “%1” is not recognisable as %2 or any other known type.</source>
        <translation>Der Inhalt von „%1“ ist weder als %2 noch als ein anderer bekannter Typ erkennbar.</translation>
    </message>
    <message>
        <source>The content of “%1” is not of a recognisable type.</source>
        <translation>Der Typ des Inhalts von „%1“ ist nicht erkennbar.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3), not %4.</source>
        <translation>„%1“ ist %2 (%3), nicht %4.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3); WhatsApp takes OGG audio only with the Opus codec.</source>
        <translation>„%1“ ist %2 (%3); WhatsApp akzeptiert OGG-Audio nur mit dem Opus-Codec.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3) and cannot be sent as %4.</source>
        <translation>„%1“ ist %2 (%3) und kann nicht als %4 gesendet werden.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3), which WhatsApp does not accept.</source>
        <translation>„%1“ ist %2 (%3), was WhatsApp nicht akzeptiert.</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; WhatsApp stickers must be %4×%4.</source>
        <translation>„%1“ hat %2×%3 Pixel; WhatsApp-Sticker müssen %4×%4 Pixel groß sein.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MessagePresentation</name>
    <message>
        <source>Unknown date</source>
        <translation>Unbekanntes Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>Hide previous text</source>
        <translation>Vorherigen Text ausblenden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Animated sticker</source>
        <translation>Animierter Sticker</translation>
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
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>In Karten öffnen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Tapped a reply button</source>
        <translation>Antwort-Schaltfläche angetippt</translation>
    </message>
    <message>
        <source>Chose from a list</source>
        <translation>Aus einer Liste gewählt</translation>
    </message>
    <message>
        <source>Flow response</source>
        <translation>Flow-Antwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Interactive reply (%1)</source>
        <translation>Interaktive Antwort (%1)</translation>
    </message>
    <message>
        <source>Reply buttons</source>
        <translation>Antwort-Schaltflächen</translation>
    </message>
    <message>
        <source>Interactive message (%1)</source>
        <translation>Interaktive Nachricht (%1)</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>Häufig weitergeleitet</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <source>Show what it said</source>
        <translation>Ursprünglichen Inhalt anzeigen</translation>
    </message>
    <message>
        <source>Tapped a template button</source>
        <translation>Vorlagen-Schaltfläche angetippt</translation>
    </message>
    <message>
        <source>Template · %1</source>
        <translation>Vorlage · %1</translation>
    </message>
    <message>
        <source>Template · %1 (%2)</source>
        <translation>Vorlage · %1 (%2)</translation>
    </message>
    <message>
        <source>Template text not available</source>
        <translation>Vorlagentext nicht verfügbar</translation>
    </message>
    <message>
        <source>This message type is not supported by the WhatsApp Cloud API</source>
        <translation>Dieser Nachrichtentyp wird von der WhatsApp Cloud API nicht unterstützt</translation>
    </message>
    <message>
        <source>This message type (%1) is not supported by the WhatsApp Cloud API</source>
        <translation>Dieser Nachrichtentyp (%1) wird von der WhatsApp Cloud API nicht unterstützt</translation>
    </message>
    <message>
        <source>Only the status of this message is known</source>
        <translation>Nur der Status dieser Nachricht ist bekannt</translation>
    </message>
    <message>
        <source>Unknown message type “%1”, kept as received</source>
        <translation>Unbekannter Nachrichtentyp „%1“, unverändert gespeichert</translation>
    </message>
    <message>
        <source>Show previous text</source>
        <translation>Vorherigen Text anzeigen</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 %4</source>
        <translation>%1 × %2 · %3 %4</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Gesamt %1 %2</translation>
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
        <translation>Anruf</translation>
    </message>
    <message>
        <source>WhatsApp call from the customer</source>
        <translation>WhatsApp-Anruf vom Kunden</translation>
    </message>
    <message>
        <source>WhatsApp call to the customer</source>
        <translation>WhatsApp-Anruf an den Kunden</translation>
    </message>
    <message>
        <source>A recording and a transcription are in 360dialog&apos;s tools</source>
        <translation>Eine Aufnahme und eine Transkription sind in den Tools von 360dialog verfügbar</translation>
    </message>
    <message>
        <source>A recording is in 360dialog&apos;s tools</source>
        <translation>Eine Aufnahme ist in den Tools von 360dialog verfügbar</translation>
    </message>
    <message>
        <source>Calls are answered on the phone or in 360dialog&apos;s tools.</source>
        <translation>Anrufe werden am Telefon oder in den Tools von 360dialog angenommen.</translation>
    </message>
    <message>
        <source>Answer to a call permission request</source>
        <translation>Antwort auf eine Anfrage zur Anruferlaubnis</translation>
    </message>
    <message>
        <source>The business may call this customer until then.</source>
        <translation>Das Unternehmen darf diesen Kunden bis dahin anrufen.</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formular gesendet</translation>
    </message>
    <message>
        <source>(no answers)</source>
        <translation>(keine Antworten)</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Roh-JSON anzeigen</translation>
    </message>
    <message>
        <source>Hide raw JSON</source>
        <translation>Roh-JSON ausblenden</translation>
    </message>
    <message>
        <source>Sent from the phone · WhatsApp Business app</source>
        <translation>Vom Telefon gesendet · WhatsApp Business-App</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Reacted %1 to a message that is not in this history</source>
        <extracomment>A customer&apos;s reaction to a message sent before WabaDesk was installed, or from another tool. %1: the emoji.</extracomment>
        <translation>Hat mit %1 auf eine Nachricht reagiert, die nicht in diesem Verlauf ist</translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
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
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
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
        <translation>Nicht zugestellt (kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Queued: waiting to be sent</source>
        <translation>In Warteschlange: wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Abgespielt</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Interactive reply</source>
        <translation>Interaktive Antwort</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>Antwort per Schaltfläche</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Systemnachricht</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Marketing (lite)</source>
        <translation>Marketing (Lite)</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation>Authentifizierung (international)</translation>
    </message>
    <message>
        <source>Ad referral (free entry point)</source>
        <translation>Über Anzeige (kostenloser Einstiegspunkt)</translation>
    </message>
    <message>
        <source>per message</source>
        <translation>pro Nachricht</translation>
    </message>
    <message>
        <source>per conversation</source>
        <translation>pro Unterhaltung</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>free (customer service window)</source>
        <translation>kostenlos (Kundenservice-Fenster)</translation>
    </message>
    <message>
        <source>free (entry point)</source>
        <translation>kostenlos (Einstiegspunkt)</translation>
    </message>
    <message>
        <source>Outcome unknown: the message left, but WabaDesk stopped before WhatsApp answered. It may have reached the customer; it shows as sent if WhatsApp reports it. Retry may send it twice.</source>
        <translation>Ergebnis unbekannt: Die Nachricht wurde abgeschickt, aber WabaDesk wurde beendet, bevor WhatsApp antwortete. Sie hat den Kunden vielleicht erreicht; sie erscheint als gesendet, sobald WhatsApp das meldet. Erneut senden kann sie doppelt zustellen.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>MessageValidation</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>ist %1 Zeichen lang; das Limit ist %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an http(s) URL</source>
        <translation>muss eine http(s)-URL sein</translation>
    </message>
    <message>
        <source>is required (the customer&apos;s phone number or wa_id)</source>
        <translation>ist erforderlich (die Telefonnummer oder wa_id des Kunden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer im internationalen Format</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;id&quot; or &quot;link&quot;</source>
        <translation>benötigt genau eines von &quot;id&quot; oder &quot;link&quot;</translation>
    </message>
    <message>
        <source>is not allowed for %1 messages</source>
        <translation>ist für %1-Nachrichten nicht erlaubt</translation>
    </message>
    <message>
        <source>is only allowed for documents</source>
        <translation>ist nur für Dokumente erlaubt</translation>
    </message>
    <message>
        <source>must be a number between -90 and 90</source>
        <translation>muss eine Zahl zwischen -90 und 90 sein</translation>
    </message>
    <message>
        <source>must be a number between -180 and 180</source>
        <translation>muss eine Zahl zwischen -180 und 180 sein</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>must be YYYY-MM-DD</source>
        <translation>muss das Format YYYY-MM-DD haben</translation>
    </message>
    <message>
        <source>a %1 header is only allowed on reply buttons and URL buttons; lists take a text header</source>
        <translation>eine Kopfzeile vom Typ %1 ist nur bei Antwort-Schaltflächen und URL-Schaltflächen erlaubt; Listen haben eine Text-Kopfzeile</translation>
    </message>
    <message>
        <source>a media header must not have a caption</source>
        <translation>eine Medien-Kopfzeile darf keine Bildunterschrift haben</translation>
    </message>
    <message>
        <source>must be text, image, video or document</source>
        <translation>muss text, image, video oder document sein</translation>
    </message>
    <message>
        <source>must have 1 to 3 buttons (has %1)</source>
        <translation>muss 1 bis 3 Schaltflächen haben (hat %1)</translation>
    </message>
    <message>
        <source>must be &quot;reply&quot;</source>
        <translation>muss &quot;reply&quot; sein</translation>
    </message>
    <message>
        <source>must not start or end with spaces</source>
        <translation>darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; ids must be unique</source>
        <translation>&quot;%1&quot; wird doppelt verwendet; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; titles must be unique</source>
        <translation>&quot;%1&quot; wird doppelt verwendet; Titel müssen eindeutig sein</translation>
    </message>
    <message>
        <source>must have 1 to 10 sections (has %1)</source>
        <translation>muss 1 bis 10 Abschnitte haben (hat %1)</translation>
    </message>
    <message>
        <source>must have at least one row</source>
        <translation>muss mindestens eine Zeile haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; row ids must be unique</source>
        <translation>&quot;%1&quot; wird doppelt verwendet; Zeilen-IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>have %1 rows in total; the limit is 10</source>
        <translation>haben insgesamt %1 Zeilen; das Limit ist 10</translation>
    </message>
    <message>
        <source>must be one of button, list, cta_url, location_request_message (is &quot;%1&quot;)</source>
        <translation>muss einer der Werte button, list, cta_url, location_request_message sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is not allowed on a location request</source>
        <translation>ist bei einer Standortanfrage nicht erlaubt</translation>
    </message>
    <message>
        <source>must be &quot;cta_url&quot;</source>
        <translation>muss &quot;cta_url&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;send_location&quot;</source>
        <translation>muss &quot;send_location&quot; sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be header, body or button</source>
        <translation>muss header, body oder button sein</translation>
    </message>
    <message>
        <source>must be the button&apos;s position, 0 to 9</source>
        <translation>muss die Position der Schaltfläche sein, 0 bis 9</translation>
    </message>
    <message>
        <source>must be at most 20 lowercase letters, digits and underscores</source>
        <translation>darf höchstens 20 Kleinbuchstaben, Ziffern und Unterstriche enthalten</translation>
    </message>
    <message>
        <source>must not contain newlines, tabs or more than four consecutive spaces</source>
        <translation>darf keine Zeilenumbrüche, Tabulatoren oder mehr als vier aufeinanderfolgende Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>is required (an empty string removes the reaction)</source>
        <translation>ist erforderlich (eine leere Zeichenkette entfernt die Reaktion)</translation>
    </message>
    <message>
        <source>must be a single emoji</source>
        <translation>muss ein einzelnes Emoji sein</translation>
    </message>
    <message>
        <source>must be &quot;whatsapp&quot;</source>
        <translation>muss &quot;whatsapp&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message type the API can send</source>
        <translation>&quot;%1&quot; ist kein Nachrichtentyp, den die API senden kann</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be &quot;read&quot;</source>
        <translation>muss &quot;read&quot; sein</translation>
    </message>
    <message>
        <source>is required (the group id)</source>
        <translation>ist erforderlich (die Gruppen-ID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent to a group</source>
        <translation>&quot;%1&quot; kann nicht an eine Gruppe gesendet werden</translation>
    </message>
</context>
<context>
    <name>PartnerClient</name>
    <message>
        <source>No partner id is set. It is in the Partner Hub&apos;s address and ends in &quot;PA&quot;.</source>
        <translation>Es ist keine Partner-ID festgelegt. Sie steht in der Adresse des Partner Hub und endet auf &quot;PA&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner id.</source>
        <translation>&quot;%1&quot; ist keine Partner-ID.</translation>
    </message>
    <message>
        <source>No Partner API key is available.</source>
        <translation>Es ist kein Partner-API-Schlüssel verfügbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; ist keine Client-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel id.</source>
        <translation>&quot;%1&quot; ist keine Kanal-ID.</translation>
    </message>
    <message>
        <source>The period&apos;s start must be before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
</context>
<context>
    <name>PartnerErrors</name>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Complete the partner settings and try again.</source>
        <translation>Vervollständigen Sie die Partnereinstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>360dialog&apos;s Partner API cannot be reached</source>
        <translation>Die Partner API von 360dialog ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The Partner API address did not answer (%1).</source>
        <translation>Die Adresse der Partner API hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Check the internet connection and the Partner API URL, then try again.</source>
        <translation>Prüfen Sie die Internetverbindung und die Partner-API-URL und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No secure connection to the Partner API</source>
        <translation>Keine sichere Verbindung zur Partner API</translation>
    </message>
    <message>
        <source>The Partner API did not answer in time</source>
        <translation>Die Partner API hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the connection.</source>
        <translation>Versuchen Sie es erneut; wenn das Problem weiterhin besteht, prüfen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not a Partner API answer</source>
        <translation>Keine Antwort der Partner API</translation>
    </message>
    <message>
        <source>The server at the Partner API URL does not answer like 360dialog&apos;s Partner API.</source>
        <translation>Der Server unter der Partner-API-URL antwortet nicht wie die Partner API von 360dialog.</translation>
    </message>
    <message>
        <source>Check the Partner API URL (normally https://hub.360dialog.io/api/v2).</source>
        <translation>Prüfen Sie die Partner-API-URL (normalerweise https://hub.360dialog.io/api/v2).</translation>
    </message>
    <message>
        <source>The Partner API key was not accepted</source>
        <translation>Der Partner-API-Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>360dialog refused the Partner API key%1.</source>
        <translation>360dialog hat den Partner-API-Schlüssel abgelehnt%1.</translation>
    </message>
    <message>
        <source>Generate a key in the Partner Hub (Partner Integration → API Keys), enter it again, and check that the partner id belongs to that account.</source>
        <translation>Erzeugen Sie im Partner Hub einen Schlüssel (Partner Integration → API Keys), geben Sie ihn erneut ein und prüfen Sie, ob die Partner-ID zu diesem Konto gehört.</translation>
    </message>
    <message>
        <source>No permission to generate this channel&apos;s key</source>
        <translation>Keine Berechtigung, den Schlüssel dieses Kanals zu erzeugen</translation>
    </message>
    <message>
        <source>360dialog does not let this partner generate an API key for the channel%1. This is the case when the client pays 360dialog directly and removed the partner&apos;s access.</source>
        <translation>360dialog erlaubt diesem Partner nicht, einen API-Schlüssel für den Kanal zu erzeugen%1. Das ist der Fall, wenn der Client 360dialog direkt bezahlt und den Zugriff des Partners entfernt hat.</translation>
    </message>
    <message>
        <source>Ask the client to give you access again, or to generate the key in their Client Hub and add the channel with it (Channel → Add Channel…).</source>
        <translation>Bitten Sie den Client, Ihnen wieder Zugriff zu geben oder den Schlüssel in seinem Client Hub zu erzeugen und den Kanal damit hinzuzufügen (Kanal → Kanal hinzufügen…).</translation>
    </message>
    <message>
        <source>The Partner API key may not do this</source>
        <translation>Der Partner-API-Schlüssel hat dafür keine Berechtigung</translation>
    </message>
    <message>
        <source>360dialog refused the request for this key%1.</source>
        <translation>360dialog hat die Anfrage für diesen Schlüssel abgelehnt%1.</translation>
    </message>
    <message>
        <source>Check that the key and the partner id belong to the same partner account.</source>
        <translation>Prüfen Sie, ob der Schlüssel und die Partner-ID zum selben Partnerkonto gehören.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>360dialog does not know this partner, client or channel%1.</source>
        <translation>360dialog kennt diesen Partner, Client oder Kanal nicht%1.</translation>
    </message>
    <message>
        <source>Check the partner id: it is in the Partner Hub&apos;s address and ends in &quot;PA&quot;.</source>
        <translation>Prüfen Sie die Partner-ID: Sie steht in der Adresse des Partner Hub und endet auf &quot;PA&quot;.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>360dialog allows 5 balance requests per client in 30 seconds.</source>
        <translation>360dialog erlaubt 5 Guthabenabfragen pro Client in 30 Sekunden.</translation>
    </message>
    <message>
        <source>360dialog asks to slow down.</source>
        <translation>360dialog bittet darum, weniger Anfragen zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait half a minute, then try again.</source>
        <translation>Warten Sie eine halbe Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>360dialog had an internal error</source>
        <translation>Bei 360dialog ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>Try again later; if it persists, contact 360dialog support.</source>
        <translation>Versuchen Sie es später erneut; wenn das Problem weiterhin besteht, wenden Sie sich an den 360dialog-Support.</translation>
    </message>
    <message>
        <source>360dialog refused the request</source>
        <translation>360dialog hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Only a channel that is ready or running can get a key; check its status in the Partner Hub.</source>
        <translation>Nur ein Kanal im Status „Bereit“ oder „Aktiv“ kann einen Schlüssel erhalten; prüfen Sie seinen Status im Partner Hub.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
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
        <translation>Diesen Monat: nichts berechnet</translation>
    </message>
    <message numerus="yes">
        <source>This month: %n charged (%1)</source>
        <translation>
            <numerusform>Diesen Monat: %n berechnet (%1)</numerusform>
            <numerusform>Diesen Monat: %n berechnet (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n free</source>
        <translation>
            <numerusform> · %n kostenlos</numerusform>
            <numerusform> · %n kostenlos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePhoto</name>
    <message>
        <source>This file is not an image WabaDesk can read.</source>
        <translation>Diese Datei ist kein Bild, das WabaDesk lesen kann.</translation>
    </message>
    <message>
        <source>This is a %1 image; WhatsApp takes JPEG or PNG profile photos.</source>
        <translation>Dies ist ein %1-Bild; WhatsApp akzeptiert als Profilfotos nur JPEG oder PNG.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The image is %1×%2 pixels; a profile photo needs at least %3×%3.</source>
        <translation>Das Bild hat %1×%2 Pixel; ein Profilfoto benötigt mindestens %3×%3.</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobil</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>Beauty, Spa und Salon</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Bekleidung und Mode</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entertainment</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Eventplanung und -service</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanzen und Banken</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Öffentlicher Dienst</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hotel und Unterkunft</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medizin und Gesundheit</translation>
    </message>
    <message>
        <source>Non-profit organisation</source>
        <translation>Gemeinnützige Organisation</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Professionelle Dienstleistungen</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Shopping und Einzelhandel</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Reisen und Verkehr</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>Kein Unternehmen</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>ist %1 Zeichen lang; das Limit ist %2</translation>
    </message>
    <message>
        <source>at most %1 are allowed (%2 given)</source>
        <translation>höchstens %1 sind erlaubt (%2 angegeben)</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is %2 characters long; the limit is %3</source>
        <translation>&quot;%1…&quot; ist %2 Zeichen lang; das Limit beträgt %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with http:// or https://</source>
        <translation>&quot;%1&quot; muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>the upload gave no handle</source>
        <translation>der Upload lieferte kein Handle</translation>
    </message>
    <message>
        <source>cannot be emptied once set; write something else instead</source>
        <translation>kann nach dem Festlegen nicht mehr geleert werden; schreiben Sie stattdessen etwas anderes</translation>
    </message>
    <message>
        <source>must be a JPEG or PNG image (this is %1)</source>
        <translation>muss ein JPEG- oder PNG-Bild sein (dies ist %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>is %1 MB; the limit is %2 MB</source>
        <translation>ist %1 MB groß; das Limit beträgt %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is %1×%2 pixels; it needs at least %3×%3</source>
        <translation>hat %1×%2 Pixel; benötigt werden mindestens %3×%3</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>messaging_product: must be &quot;whatsapp&quot;</source>
        <translation>messaging_product: muss &quot;whatsapp&quot; sein</translation>
    </message>
    <message>
        <source>websites: must be a list</source>
        <translation>websites: muss eine Liste sein</translation>
    </message>
    <message>
        <source>websites: every entry must be a string</source>
        <translation>websites: jeder Eintrag muss eine Zeichenkette sein</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sample uploaded</source>
        <translation>Beispiel hochgeladen</translation>
    </message>
    <message>
        <source>*%1* is your verification code. For your security, do not share this code.</source>
        <translation>*%1* ist Ihr Verifizierungscode. Geben Sie diesen Code zu Ihrer Sicherheit nicht weiter.</translation>
    </message>
    <message>
        <source>*%1* is your verification code.</source>
        <translation>*%1* ist Ihr Verifizierungscode.</translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minute(s).</source>
        <translation>
            <numerusform>Dieser Code läuft in %n Minute ab.</numerusform>
            <numerusform>Dieser Code läuft in %n Minuten ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Angebotscode kopieren</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>QuickReplyLibrary</name>
    <message>
        <source>Give the reply a shortcut, e.g. /thanks.</source>
        <translation>Geben Sie der Antwort ein Kürzel, z. B. /danke.</translation>
    </message>
    <message>
        <source>A shortcut is one word: no spaces and no &quot;/&quot; inside.</source>
        <translation>Ein Kürzel ist ein einzelnes Wort: keine Leerzeichen und kein &quot;/&quot; darin.</translation>
    </message>
    <message>
        <source>A shortcut can have at most %1 characters.</source>
        <translation>Ein Kürzel darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>/%1 is already the shortcut of another reply.</source>
        <translation>/%1 ist bereits das Kürzel einer anderen Antwort.</translation>
    </message>
    <message>
        <source>Write the text the shortcut puts in the message.</source>
        <translation>Schreiben Sie den Text, den das Kürzel in die Nachricht einfügt.</translation>
    </message>
    <message>
        <source>The text has %1 characters; WhatsApp takes at most %2.</source>
        <translation>Der Text hat %1 Zeichen; WhatsApp akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>No message store is open.</source>
        <translation>Es ist kein Nachrichtenspeicher geöffnet.</translation>
    </message>
    <message>
        <source>The quick reply could not be saved: %1</source>
        <translation>Die Schnellantwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The quick reply could not be removed: %1</source>
        <translation>Die Schnellantwort konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>This quick reply no longer exists.</source>
        <translation>Diese Schnellantwort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The quick replies could not be reordered: %1</source>
        <translation>Die Schnellantworten konnten nicht neu angeordnet werden: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain has no entry for this channel.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag für diesen Kanal.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (unter Linux: Es läuft kein Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weitere)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>this journal record was already ingested</source>
        <translation>dieser Journaleintrag wurde bereits übernommen</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>every event in it was already stored</source>
        <translation>jedes Ereignis darin war bereits gespeichert</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>der Datenordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>no store location given</source>
        <translation>kein Speicherort angegeben</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>the team database runs PostgreSQL %1; WabaDesk needs 12 or newer</source>
        <translation>die Team-Datenbank läuft mit PostgreSQL %1; WabaDesk braucht Version 12 oder neuer</translation>
    </message>
    <message>
        <source>this WabaDesk cannot open this kind of database</source>
        <translation>diese WabaDesk-Version kann diese Art von Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>not a PostgreSQL address: postgresql://user@host:port/database expected</source>
        <translation>keine PostgreSQL-Adresse: erwartet wird postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>the address of a team database must not contain a password; WabaDesk keeps it in the system keychain</source>
        <translation>die Adresse einer Team-Datenbank darf kein Passwort enthalten; WabaDesk bewahrt es im Schlüsselbund des Systems auf</translation>
    </message>
    <message>
        <source>several hosts in one address are not supported: %1</source>
        <translation>mehrere Hosts in einer Adresse werden nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>%1 is not a connection parameter</source>
        <translation>%1 ist kein Verbindungsparameter</translation>
    </message>
    <message>
        <source>the connection parameter %1 cannot contain &apos;;&apos;</source>
        <translation>der Verbindungsparameter %1 darf kein „;“ enthalten</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 ist keine Portnummer</translation>
    </message>
</context>
<context>
    <name>TemplateLanguages</name>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Arabic (Egypt)</source>
        <translation>Arabisch (Ägypten)</translation>
    </message>
    <message>
        <source>Arabic (Lebanon)</source>
        <translation>Arabisch (Libanon)</translation>
    </message>
    <message>
        <source>Arabic (Morocco)</source>
        <translation>Arabisch (Marokko)</translation>
    </message>
    <message>
        <source>Arabic (Qatar)</source>
        <translation>Arabisch (Katar)</translation>
    </message>
    <message>
        <source>Arabic (UAE)</source>
        <translation>Arabisch (VAE)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Aserbaidschanisch</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Belarussisch</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Bengali (India)</source>
        <translation>Bengalisch (Indien)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Chinese (China)</source>
        <translation>Chinesisch (China)</translation>
    </message>
    <message>
        <source>Chinese (Hong Kong)</source>
        <translation>Chinesisch (Hongkong)</translation>
    </message>
    <message>
        <source>Chinese (Taiwan)</source>
        <translation>Chinesisch (Taiwan)</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Niederländisch (Belgien)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Englisch (Australien)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Englisch (Kanada)</translation>
    </message>
    <message>
        <source>English (Ghana)</source>
        <translation>Englisch (Ghana)</translation>
    </message>
    <message>
        <source>English (India)</source>
        <translation>Englisch (Indien)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Englisch (Irland)</translation>
    </message>
    <message>
        <source>English (Jamaica)</source>
        <translation>Englisch (Jamaika)</translation>
    </message>
    <message>
        <source>English (Malaysia)</source>
        <translation>Englisch (Malaysia)</translation>
    </message>
    <message>
        <source>English (New Zealand)</source>
        <translation>Englisch (Neuseeland)</translation>
    </message>
    <message>
        <source>English (Qatar)</source>
        <translation>Englisch (Katar)</translation>
    </message>
    <message>
        <source>English (Singapore)</source>
        <translation>Englisch (Singapur)</translation>
    </message>
    <message>
        <source>English (South Africa)</source>
        <translation>Englisch (Südafrika)</translation>
    </message>
    <message>
        <source>English (UAE)</source>
        <translation>Englisch (VAE)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Englisch (UK)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Englisch (USA)</translation>
    </message>
    <message>
        <source>English (Uganda)</source>
        <translation>Englisch (Uganda)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Französisch (Belgien)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Französisch (Kanada)</translation>
    </message>
    <message>
        <source>French (Ivory Coast)</source>
        <translation>Französisch (Elfenbeinküste)</translation>
    </message>
    <message>
        <source>French (Morocco)</source>
        <translation>Französisch (Marokko)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Französisch (Schweiz)</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Georgisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Deutsch (Österreich)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Deutsch (Schweiz)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Hausa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kasachisch</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>Kinyarwanda</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Kirgisisch</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Laotisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Mazedonisch</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaiisch</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marathi</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Paschtu</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugiesisch (Brasilien)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugiesisch (Portugal)</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Singhalesisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Spanish (Argentina)</source>
        <translation>Spanisch (Argentinien)</translation>
    </message>
    <message>
        <source>Spanish (Chile)</source>
        <translation>Spanisch (Chile)</translation>
    </message>
    <message>
        <source>Spanish (Colombia)</source>
        <translation>Spanisch (Kolumbien)</translation>
    </message>
    <message>
        <source>Spanish (Costa Rica)</source>
        <translation>Spanisch (Costa Rica)</translation>
    </message>
    <message>
        <source>Spanish (Dominican Republic)</source>
        <translation>Spanisch (Dominikanische Republik)</translation>
    </message>
    <message>
        <source>Spanish (Ecuador)</source>
        <translation>Spanisch (Ecuador)</translation>
    </message>
    <message>
        <source>Spanish (Honduras)</source>
        <translation>Spanisch (Honduras)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Spanisch (Mexiko)</translation>
    </message>
    <message>
        <source>Spanish (Panama)</source>
        <translation>Spanisch (Panama)</translation>
    </message>
    <message>
        <source>Spanish (Peru)</source>
        <translation>Spanisch (Peru)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spanisch (Spanien)</translation>
    </message>
    <message>
        <source>Spanish (Uruguay)</source>
        <translation>Spanisch (Uruguay)</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
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
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Usbekisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zulu</translation>
    </message>
</context>
<context>
    <name>TemplateNotice</name>
    <message>
        <source>Meta will change the category to %1 on %2</source>
        <translation>Meta ändert die Kategorie am %2 in %1</translation>
    </message>
    <message>
        <source>Meta changed the category to %1 on %2</source>
        <translation>Meta hat die Kategorie am %2 in %1 geändert</translation>
    </message>
    <message>
        <source>Meta changed the category from %1 to %2 on %3</source>
        <translation>Meta hat die Kategorie am %3 von %1 in %2 geändert</translation>
    </message>
    <message>
        <source>Meta changed the content on %1; the next refresh shows it</source>
        <translation>Meta hat den Inhalt am %1 geändert; die nächste Synchronisierung zeigt ihn</translation>
    </message>
    <message numerus="yes">
        <source>Variables: numbered (%n)</source>
        <translation>
            <numerusform>Variablen: nummeriert (%n)</numerusform>
            <numerusform>Variablen: nummeriert (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Variables: named (%1)</source>
        <translation>Variablen: benannt (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the limit is 512.</source>
        <translation>Der Name ist %1 Zeichen lang; das Limit ist 512.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and underscores in the name (&quot;%1&quot; is not allowed).</source>
        <translation>Verwenden Sie im Namen nur Kleinbuchstaben, Ziffern und Unterstriche (&quot;%1&quot; ist nicht erlaubt).</translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>Wählen Sie eine Kategorie: MARKETING, UTILITY oder AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation>Wählen Sie eine Sprache.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of WhatsApp&apos;s template language codes (like en_US, de, pt_BR).</source>
        <translation>&quot;%1&quot; ist keiner der Sprachcodes für WhatsApp-Vorlagen (wie en_US, de, pt_BR).</translation>
    </message>
    <message>
        <source>parameter_format must be POSITIONAL or NAMED, not &quot;%1&quot;.</source>
        <translation>parameter_format muss POSITIONAL oder NAMED sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The template has no components.</source>
        <translation>Die Vorlage hat keine Komponenten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component type; use HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation>&quot;%1&quot; ist kein Komponententyp; verwenden Sie HEADER, BODY, FOOTER oder BUTTONS.</translation>
    </message>
    <message>
        <source>A template has at most one %1.</source>
        <translation>Eine Vorlage hat höchstens eine Komponente %1.</translation>
    </message>
    <message>
        <source>Write the body text; it is required.</source>
        <translation>Schreiben Sie den Textkörper; er ist erforderlich.</translation>
    </message>
    <message>
        <source>The body is %1 characters long; the limit is 1,024.</source>
        <translation>Der Textkörper ist %1 Zeichen lang; das Limit ist 1.024.</translation>
    </message>
    <message>
        <source>The header format must be TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION (error 2388047).</source>
        <translation>Das Format der Kopfzeile muss TEXT, IMAGE, VIDEO, DOCUMENT oder LOCATION sein (Fehler 2388047).</translation>
    </message>
    <message>
        <source>A text header needs text.</source>
        <translation>Eine Text-Kopfzeile benötigt Text.</translation>
    </message>
    <message>
        <source>The header is %1 characters long; the limit is 60.</source>
        <translation>Die Kopfzeile ist %1 Zeichen lang; das Limit ist 60.</translation>
    </message>
    <message>
        <source>A header can have at most one variable.</source>
        <translation>Eine Kopfzeile kann höchstens eine Variable haben.</translation>
    </message>
    <message>
        <source>The footer is %1 characters long; the limit is 60.</source>
        <translation>Die Fußzeile ist %1 Zeichen lang; das Limit ist 60.</translation>
    </message>
    <message>
        <source>The footer cannot contain variables (error 2388073).</source>
        <translation>Die Fußzeile darf keine Variablen enthalten (Fehler 2388073).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable; write {{1}} or {{snake_case_name}} with both pairs of braces.</source>
        <translation>&quot;%1&quot; ist keine Variable; schreiben Sie {{1}} oder {{snake_case_name}} mit beiden Klammerpaaren.</translation>
    </message>
    <message>
        <source>Use either numbered variables ({{1}}) or named ones ({{first_name}}), not both.</source>
        <translation>Verwenden Sie entweder nummerierte Variablen ({{1}}) oder benannte ({{first_name}}), nicht beides.</translation>
    </message>
    <message>
        <source>Number the variables {{1}}, {{2}}, … in sequence without gaps ({{%1}} is missing).</source>
        <translation>Nummerieren Sie die Variablen {{1}}, {{2}}, … fortlaufend ohne Lücken ({{%1}} fehlt).</translation>
    </message>
    <message>
        <source>The variables are %1 but the template&apos;s parameter format is %2.</source>
        <translation>Die Variablen sind %1, aber das Parameterformat der Vorlage ist %2.</translation>
    </message>
    <message>
        <source>{{%1}}: named variables are lower-case letters, digits and underscores, starting with a letter, at most 20 characters.</source>
        <translation>{{%1}}: Benannte Variablen bestehen aus Kleinbuchstaben, Ziffern und Unterstrichen, beginnen mit einem Buchstaben und haben höchstens 20 Zeichen.</translation>
    </message>
    <message>
        <source>The body cannot start or end with a variable; add words before and after it (error 2388299).</source>
        <translation>Der Textkörper darf nicht mit einer Variablen beginnen oder enden; setzen Sie Wörter davor und danach (Fehler 2388299).</translation>
    </message>
    <message>
        <source>Two variables are next to each other; put words or punctuation between them (rejected as INVALID_FORMAT).</source>
        <translation>Zwei Variablen stehen direkt nebeneinander; setzen Sie Wörter oder Satzzeichen dazwischen (abgelehnt als INVALID_FORMAT).</translation>
    </message>
    <message>
        <source>Too many variables for the length of the text: %1 variables and %2 words (error 2388293).</source>
        <translation>Zu viele Variablen für die Länge des Textes: %1 Variablen und %2 Wörter (Fehler 2388293).</translation>
    </message>
    <message>
        <source>Give a sample value for the body variable {{%1}}.</source>
        <translation>Geben Sie einen Beispielwert für die Textkörper-Variable {{%1}} an.</translation>
    </message>
    <message>
        <source>example.body_text must be a list inside a list: [[&quot;sample 1&quot;, &quot;sample 2&quot;]].</source>
        <translation>example.body_text muss eine Liste in einer Liste sein: [[&quot;sample 1&quot;, &quot;sample 2&quot;]].</translation>
    </message>
    <message>
        <source>Give a sample value for the header variable {{%1}}.</source>
        <translation>Geben Sie einen Beispielwert für die Kopfzeilen-Variable {{%1}} an.</translation>
    </message>
    <message>
        <source>Upload a sample %1 for the header; Meta reviews the template with it.</source>
        <translation>Laden Sie ein Beispiel (%1) für die Kopfzeile hoch; Meta prüft die Vorlage damit.</translation>
    </message>
    <message>
        <source>A template has 1 to 10 buttons, not %1.</source>
        <translation>Eine Vorlage hat 1 bis 10 Schaltflächen, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a button type this app supports.</source>
        <translation>&quot;%1&quot; ist kein Schaltflächentyp, den diese App unterstützt.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Geben Sie der Schaltfläche eine Beschriftung.</translation>
    </message>
    <message>
        <source>The button label is %1 characters long; the limit is 25.</source>
        <translation>Die Beschriftung der Schaltfläche ist %1 Zeichen lang; das Limit ist 25.</translation>
    </message>
    <message>
        <source>Keep the quick replies together, all before or all after the other buttons (&quot;invalid combination&quot;).</source>
        <translation>Halten Sie die Schnellantworten zusammen, alle vor oder alle nach den anderen Schaltflächen (&quot;invalid combination&quot;).</translation>
    </message>
    <message>
        <source>A template has at most 2 URL buttons.</source>
        <translation>Eine Vorlage hat höchstens 2 URL-Schaltflächen.</translation>
    </message>
    <message>
        <source>Give an http(s) address of at most 2,000 characters.</source>
        <translation>Geben Sie eine http(s)-Adresse mit höchstens 2.000 Zeichen an.</translation>
    </message>
    <message>
        <source>A URL can have one variable, {{1}}, and only at its end.</source>
        <translation>Eine URL kann eine Variable haben, {{1}}, und nur an ihrem Ende.</translation>
    </message>
    <message>
        <source>Give a sample of the full address for the URL variable.</source>
        <translation>Geben Sie ein Beispiel der vollständigen Adresse für die URL-Variable an.</translation>
    </message>
    <message>
        <source>A template has at most 1 phone number button.</source>
        <translation>Eine Vorlage hat höchstens 1 Telefonnummer-Schaltfläche.</translation>
    </message>
    <message>
        <source>Give the phone number in international form, e.g. +15550051310 (up to 20 characters).</source>
        <translation>Geben Sie die Telefonnummer im internationalen Format an, z. B. +15550051310 (bis zu 20 Zeichen).</translation>
    </message>
    <message>
        <source>A leading zero after the country code is removed by WhatsApp; check the number.</source>
        <translation>Eine führende Null nach der Ländervorwahl wird von WhatsApp entfernt; prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>A template has at most 1 copy code button.</source>
        <translation>Eine Vorlage hat höchstens 1 Schaltfläche zum Kopieren eines Codes.</translation>
    </message>
    <message>
        <source>Give a sample code of 1 to 15 characters for the copy code button.</source>
        <translation>Geben Sie für die Schaltfläche zum Kopieren des Codes einen Beispielcode mit 1 bis 15 Zeichen an.</translation>
    </message>
    <message>
        <source>One-time password buttons belong to AUTHENTICATION templates only.</source>
        <translation>Einmalpasswort-Schaltflächen gibt es nur in AUTHENTICATION-Vorlagen.</translation>
    </message>
    <message>
        <source>The one-time password button must be COPY_CODE, ONE_TAP or ZERO_TAP.</source>
        <translation>Die Einmalpasswort-Schaltfläche muss COPY_CODE, ONE_TAP oder ZERO_TAP sein.</translation>
    </message>
    <message>
        <source>One-tap and zero-tap buttons need 1 to 5 Android apps, each with a package name and an 11-character signature hash.</source>
        <translation>One-Tap- und Zero-Tap-Schaltflächen benötigen 1 bis 5 Android-Apps, jeweils mit Paketnamen und einem 11-stelligen Signatur-Hash.</translation>
    </message>
    <message>
        <source>Authentication templates have no header.</source>
        <translation>Authentifizierungsvorlagen haben keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Authentication templates have exactly one button: the one-time password button.</source>
        <translation>Authentifizierungsvorlagen haben genau eine Schaltfläche: die Einmalpasswort-Schaltfläche.</translation>
    </message>
    <message>
        <source>WhatsApp writes the body of authentication templates (&quot;{{1}} is your verification code.&quot;); this text is ignored.</source>
        <translation>WhatsApp schreibt den Textkörper von Authentifizierungsvorlagen selbst (&quot;{{1}} ist Ihr Verifizierungscode.&quot;); dieser Text wird ignoriert.</translation>
    </message>
    <message>
        <source>The code expiry must be 1 to 90 minutes.</source>
        <translation>Der Code muss nach 1 bis 90 Minuten ablaufen.</translation>
    </message>
    <message>
        <source>Sales wording (&quot;%1&quot;) in a UTILITY template is usually rejected as PROMOTIONAL; use MARKETING.</source>
        <translation>Verkaufsformulierungen (&quot;%1&quot;) in einer UTILITY-Vorlage werden meist als PROMOTIONAL abgelehnt; verwenden Sie MARKETING.</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>nummeriert</translation>
    </message>
    <message>
        <source>named</source>
        <translation>benannt</translation>
    </message>
</context>
<context>
    <name>TestEvent</name>
    <message>
        <source>Test event from the WabaDesk webhook inspector (%1)</source>
        <translation>Testereignis aus dem WabaDesk-Webhook-Inspektor (%1)</translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 is what was expected (&quot;a string&quot;, &quot;an array&quot;, …), %2 what came (also untranslated JSON type names)</extracomment>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>the body is %1, not an object</source>
        <translation>der Inhalt ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 a byte offset</extracomment>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the body is a JSON array, not an object</source>
        <translation>der Inhalt ist ein JSON-Array, kein Objekt</translation>
    </message>
    <message>
        <source>object is %1, not whatsapp_business_account</source>
        <translation>object ist %1, nicht whatsapp_business_account</translation>
    </message>
    <message>
        <source>entry is %1, not an array</source>
        <translation>entry ist %1, kein Array</translation>
    </message>
    <message>
        <source>neither a Cloud API envelope (object, entry) nor the On-Premise shape (messages, statuses)</source>
        <translation>weder ein Envelope der Cloud API (object, entry) noch die On-Premise-Struktur (messages, statuses)</translation>
    </message>
</context>
<context>
    <name>WebhookUrlRules</name>
    <message>
        <source>Enter the URL where 360dialog should deliver webhooks.</source>
        <translation>Geben Sie die URL ein, an die 360dialog Webhooks zustellen soll.</translation>
    </message>
    <message>
        <source>This is not a well-formed URL (expected e.g. https://hooks.example.com/whatsapp).</source>
        <translation>Dies ist keine gültige URL (erwartet z. B. https://hooks.example.com/whatsapp).</translation>
    </message>
    <message>
        <source>The URL must use https:// (360dialog only delivers to HTTPS with a valid certificate).</source>
        <translation>Die URL muss https:// verwenden (360dialog stellt nur an HTTPS mit gültigem Zertifikat zu).</translation>
    </message>
    <message>
        <source>The host name must not contain &quot;_&quot; (&quot;%1&quot;).</source>
        <translation>Der Hostname darf kein &quot;_&quot; enthalten (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The URL must not contain a port (&quot;:%1&quot;); 360dialog delivers to port 443 only.</source>
        <translation>Die URL darf keinen Port enthalten (&quot;:%1&quot;); 360dialog stellt nur an Port 443 zu.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; use an Authorization header instead.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten; verwenden Sie stattdessen einen Authorization-Header.</translation>
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
        <translation>Der Webhook des Demo-Kanals konnte nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>Desktop client for WhatsApp Business through 360dialog.</source>
        <translation>Desktop-Client für WhatsApp Business über 360dialog.</translation>
    </message>
    <message>
        <source>Run against a local sandbox that behaves like 360dialog (no real messages, nothing saved, the system keychain untouched).</source>
        <translation>Mit einer lokalen Sandbox arbeiten, die sich wie 360dialog verhält (keine echten Nachrichten, nichts wird gespeichert, der System-Schlüsselbund bleibt unberührt).</translation>
    </message>
    <message>
        <source>Keep channels and history in DIR (default: $WABADESK_DATA_DIR, else the user&apos;s data directory).</source>
        <translation>Kanäle und Verlauf in DIR speichern (Standard: $WABADESK_DATA_DIR, sonst das Datenverzeichnis des Benutzers).</translation>
    </message>
    <message>
        <source>No temporary directory for the demo: %1</source>
        <translation>Kein temporäres Verzeichnis für die Demo: %1</translation>
    </message>
    <message>
        <source>The demo sandbox could not be started: %1</source>
        <translation>Die Demo-Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>The message store could not be opened: %1</source>
        <translation>Der Nachrichtenspeicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Demo channel (sandbox)</source>
        <translation>Demo-Kanal (Sandbox)</translation>
    </message>
    <message>
        <source>The demo channel could not be added: %1</source>
        <translation>Der Demo-Kanal konnte nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::SingleInstance</name>
    <message>
        <source>Another WabaDesk is starting and holds %1.</source>
        <translation>Eine andere WabaDesk-Instanz wird gerade gestartet und hält %1.</translation>
    </message>
    <message>
        <source>WabaDesk is already running for this data directory but does not answer.</source>
        <translation>WabaDesk läuft bereits für dieses Datenverzeichnis, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::api::ApiClient</name>
    <message>
        <source>Marketing Messages Lite sends templates only.</source>
        <translation>Marketing Messages Lite sendet nur Vorlagen.</translation>
    </message>
</context>
<context>
    <name>wabadesk::channels::ChannelService</name>
    <message>
        <source>The base URL cannot be reached: %1. Check the URL, or whether the server is running.</source>
        <translation>Die Basis-URL ist nicht erreichbar: %1. Prüfen Sie die URL oder ob der Server läuft.</translation>
    </message>
    <message>
        <source>The network failed while checking: %1. Check the connection and try again.</source>
        <translation>Beim Prüfen ist ein Netzwerkfehler aufgetreten: %1. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at this base URL does not answer like the 360dialog API.</source>
        <translation>Der Server unter dieser Basis-URL antwortet nicht wie die 360dialog-API.</translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that you pasted the whole key and that it is the channel&apos;s newest one.</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert. Prüfen Sie, ob Sie den ganzen Schlüssel eingefügt haben und ob es der neueste Schlüssel des Kanals ist.</translation>
    </message>
    <message>
        <source>The server at this base URL does not answer like the 360dialog API (HTTP %1).</source>
        <translation>Der Server unter dieser Basis-URL antwortet nicht wie die 360dialog-API (HTTP %1).</translation>
    </message>
    <message>
        <source>360dialog refused the request: %1</source>
        <translation>360dialog hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>Die Basis-URL muss eine http(s)-URL sein, z. B. https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>Paste the channel&apos;s API key.</source>
        <translation>Fügen Sie den API-Schlüssel des Kanals ein.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or line breaks.</source>
        <translation>Der API-Schlüssel darf keine Leerzeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; exists already.</source>
        <translation>Ein Kanal namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>This number is already set up as &quot;%1&quot;. To use a new key, rotate that channel&apos;s key.</source>
        <translation>Diese Nummer ist bereits als &quot;%1&quot; eingerichtet. Um einen neuen Schlüssel zu verwenden, erneuern Sie den Schlüssel dieses Kanals.</translation>
    </message>
    <message>
        <source>The channel settings could not be written to %1.</source>
        <translation>Die Kanaleinstellungen konnten nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no such channel.</source>
        <translation>Diesen Kanal gibt es nicht.</translation>
    </message>
    <message>
        <source>Paste the new API key.</source>
        <translation>Fügen Sie den neuen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>This key belongs to another number (%1), not to &quot;%2&quot;.</source>
        <translation>Dieser Schlüssel gehört zu einer anderen Nummer (%1), nicht zu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key was replaced, but the webhook could not be re-applied: %1</source>
        <translation>Der Schlüssel wurde ersetzt, aber der Webhook konnte nicht erneut festgelegt werden: %1</translation>
    </message>
    <message>
        <source>the channel is gone</source>
        <translation>der Kanal existiert nicht mehr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>The value of header %1 must not contain line breaks.</source>
        <translation>Der Wert des Headers %1 darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The keychain holds no API key for &quot;%1&quot;. Rotate the key to enter it again.</source>
        <translation>Der Schlüsselbund enthält keinen API-Schlüssel für &quot;%1&quot;. Erneuern Sie den Schlüssel, um ihn neu einzugeben.</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Geben Sie dem Kanal einen Namen.</translation>
    </message>
    <message>
        <source>The channel&apos;s history could not be deleted: %1</source>
        <translation>Der Verlauf des Kanals konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::media::UploadQueue</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The copy of %1 could not be written: %2</source>
        <translation>Die Kopie von %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The channel was removed.</source>
        <translation>Der Kanal wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::MessageSender</name>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Choose the message to react to.</source>
        <translation>Wählen Sie die Nachricht, auf die Sie reagieren möchten.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A caption can only go with a photo, a video or a document.</source>
        <translation>Eine Bildunterschrift ist nur bei einem Foto, einem Video oder einem Dokument möglich.</translation>
    </message>
    <message>
        <source>This is not an interactive message.</source>
        <translation>Dies ist keine interaktive Nachricht.</translation>
    </message>
    <message>
        <source>This is not a template message.</source>
        <translation>Dies ist keine Vorlagennachricht.</translation>
    </message>
    <message>
        <source>This conversation does not exist.</source>
        <translation>Diese Unterhaltung existiert nicht.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer has not written in the last 24 hours. Only an approved template can be sent now.</source>
        <translation>Das 24-Stunden-Fenster ist geschlossen: Der Kunde hat in den letzten 24 Stunden nicht geschrieben. Jetzt kann nur eine genehmigte Vorlage gesendet werden.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: send an approved template instead of retrying.</source>
        <translation>Das 24-Stunden-Fenster ist geschlossen: Senden Sie eine genehmigte Vorlage, statt es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>This message is not waiting for a retry.</source>
        <translation>Diese Nachricht wartet nicht auf einen erneuten Versuch.</translation>
    </message>
    <message>
        <source>The message could not be queued again: %1</source>
        <translation>Die Nachricht konnte nicht erneut in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>Only messages sent from WabaDesk can be sent again from here.</source>
        <translation>Nur aus WabaDesk gesendete Nachrichten können hier erneut gesendet werden.</translation>
    </message>
    <message>
        <source>WabaDesk has no phone number or user id for this customer, so it cannot write to them.</source>
        <translation>WabaDesk hat für diesen Kunden weder eine Telefonnummer noch eine Benutzer-ID und kann ihm daher nicht schreiben.</translation>
    </message>
    <message>
        <source>Groups take text, media and templates only: this message cannot be sent to a group.</source>
        <translation>Gruppen akzeptieren nur Text, Medien und Vorlagen: Diese Nachricht kann nicht an eine Gruppe gesendet werden.</translation>
    </message>
    <message>
        <source>The customer asked not to receive marketing messages (WhatsApp told WabaDesk on %1). Send a utility template, or wait until they resume.</source>
        <translation>Der Kunde möchte keine Marketingnachrichten erhalten (WhatsApp hat WabaDesk am %1 darüber informiert). Senden Sie eine Utility-Vorlage oder warten Sie, bis er sie wieder zulässt.</translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::OutboxSender</name>
    <message numerus="yes">
        <source> — gave up after %n attempt(s)</source>
        <translation>
            <numerusform> — nach %n Versuch aufgegeben</numerusform>
            <numerusform> — nach %n Versuchen aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to send no longer exists: %1</source>
        <translation>Die zu sendende Datei existiert nicht mehr: %1</translation>
    </message>
    <message>
        <source>The channel was removed.</source>
        <translation>Der Kanal wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AddChannelDialog</name>
    <message>
        <source>Enter the base URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>Geben Sie die Basis-URL ein, z. B. https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>This is not an http(s) URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>Dies ist keine http(s)-URL wie z. B. https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>Over http:// the API key travels unencrypted. Use https:// unless this is a test server on your own network.</source>
        <translation>Über http:// wird der API-Schlüssel unverschlüsselt übertragen. Verwenden Sie https://, sofern dies kein Testserver in Ihrem eigenen Netzwerk ist.</translation>
    </message>
    <message>
        <source>This is the legacy On-Premise API, which Meta ended on 23 October 2025.</source>
        <translation>Dies ist die veraltete On-Premise-API, die Meta am 23. Oktober 2025 eingestellt hat.</translation>
    </message>
    <message>
        <source>360dialog &amp;Cloud API</source>
        <translation>360dialog &amp;Cloud API</translation>
    </message>
    <message>
        <source>360dialog &amp;sandbox</source>
        <translation>360dialog-Sand&amp;box</translation>
    </message>
    <message>
        <source>C&amp;ustom base URL:</source>
        <translation>&amp;Eigene Basis-URL:</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Add a WhatsApp number</source>
        <translation>WhatsApp-Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Paste the number&apos;s API key from the 360dialog Hub. WabaDesk checks it at once, names the channel from what 360dialog reports, and keeps the key in this computer&apos;s keychain, never in a file.</source>
        <translation>Fügen Sie den API-Schlüssel der Nummer aus dem 360dialog Hub ein. WabaDesk prüft ihn sofort, benennt den Kanal nach den Angaben von 360dialog und speichert den Schlüssel im Schlüsselbund dieses Computers, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <source>%1 — live numbers (the usual choice)</source>
        <translation>%1 — Live-Nummern (die übliche Wahl)</translation>
    </message>
    <message>
        <source>%1 — 360dialog&apos;s test number</source>
        <translation>%1 — Testnummer von 360dialog</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the D360-API-KEY</source>
        <translation>D360-API-KEY einfügen</translation>
    </message>
    <message>
        <source>Shown as dots. WabaDesk never writes it to a file, a log or the clipboard.</source>
        <translation>Wird als Punkte angezeigt. WabaDesk schreibt ihn nie in eine Datei, ein Protokoll oder die Zwischenablage.</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Kanalname</translation>
    </message>
    <message>
        <source>Optional: named from the API otherwise</source>
        <translation>Optional: sonst nach den Angaben der API benannt</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Checking the key with 360dialog…</source>
        <translation>Schlüssel wird bei 360dialog geprüft…</translation>
    </message>
    <message>
        <source>Check and &amp;Add</source>
        <translation>Prüfen und &amp;hinzufügen</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Keychain Failed</source>
        <translation>Schlüsselbund-Fehler</translation>
    </message>
    <message>
        <source>The key is correct, but this computer has no keychain to keep it in.</source>
        <translation>Der Schlüssel ist korrekt, aber dieser Computer hat keinen Schlüsselbund, in dem er gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The key is correct, but the keychain could not store it.</source>
        <translation>Der Schlüssel ist korrekt, aber der Schlüsselbund konnte ihn nicht speichern.</translation>
    </message>
    <message>
        <source>WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet), and none is available.</source>
        <translation>WabaDesk speichert API-Schlüssel nur im System-Schlüsselbund (unter Linux ein Secret Service wie GNOME Keyring oder KWallet), und es ist keiner verfügbar.</translation>
    </message>
    <message>
        <source>WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet). It answered: %1</source>
        <translation>WabaDesk speichert API-Schlüssel nur im System-Schlüsselbund (unter Linux ein Secret Service wie GNOME Keyring oder KWallet). Antwort des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <source>WabaDesk never writes a key to a file instead.

You can keep the key in memory for this run only: the channel works until you quit WabaDesk, and you add it again next time. To keep it, install or unlock a keychain and add the channel again.</source>
        <translation>WabaDesk schreibt einen Schlüssel auch ersatzweise nie in eine Datei.

Sie können den Schlüssel nur für diese Sitzung im Arbeitsspeicher behalten: Der Kanal funktioniert, bis Sie WabaDesk beenden, und Sie fügen ihn beim nächsten Mal erneut hinzu. Um ihn dauerhaft zu behalten, installieren oder entsperren Sie einen Schlüsselbund und fügen Sie den Kanal erneut hinzu.</translation>
    </message>
    <message>
        <source>Keep the Key for This Run Only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AddToWabaDeskDialog</name>
    <message>
        <source>New Key for %1</source>
        <translation>Neuer Schlüssel für %1</translation>
    </message>
    <message>
        <source>Add %1 to WabaDesk</source>
        <translation>%1 zu WabaDesk hinzufügen</translation>
    </message>
    <message>
        <source>Give “%1” a new key</source>
        <translation>„%1“ einen neuen Schlüssel geben</translation>
    </message>
    <message>
        <source>Add “%1” to WabaDesk</source>
        <translation>„%1“ zu WabaDesk hinzufügen</translation>
    </message>
    <message>
        <source>WabaDesk&apos;s channel “%1” gets the new key, and the webhooks WabaDesk set for it are set again.</source>
        <translation>Der WabaDesk-Kanal „%1“ erhält den neuen Schlüssel, und die Webhooks, die WabaDesk für ihn festgelegt hat, werden erneut festgelegt.</translation>
    </message>
    <message>
        <source>WabaDesk checks the new key, keeps it in this computer&apos;s keychain and adds the number as a channel.</source>
        <translation>WabaDesk prüft den neuen Schlüssel, speichert ihn im Schlüsselbund dieses Computers und fügt die Nummer als Kanal hinzu.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Generating a key revokes the number&apos;s current key.&lt;/b&gt; 360dialog keeps only the newest key: whatever uses the current one — another app, another desk — stops working at once, and 360dialog resets the number&apos;s webhook.&lt;/p&gt;&lt;p&gt;%1 The key is never shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Erzeugen eines Schlüssels widerruft den aktuellen Schlüssel der Nummer.&lt;/b&gt; 360dialog behält nur den neuesten Schlüssel: Alles, was den aktuellen verwendet — eine andere App, ein anderer WabaDesk —, funktioniert sofort nicht mehr, und 360dialog setzt den Webhook der Nummer zurück.&lt;/p&gt;&lt;p&gt;%1 Der Schlüssel wird nie angezeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Kanalname</translation>
    </message>
    <message>
        <source>&amp;Name in WabaDesk:</source>
        <translation>&amp;Name in WabaDesk:</translation>
    </message>
    <message>
        <source>Send its webhooks to this desk&apos;s listener (%1)</source>
        <translation>Webhooks an den Listener dieses WabaDesk senden (%1)</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>In WabaDesk:</source>
        <translation>In WabaDesk:</translation>
    </message>
    <message>
        <source>Generating the key and checking it…</source>
        <translation>Schlüssel wird erzeugt und geprüft…</translation>
    </message>
    <message>
        <source>&amp;Generate New Key</source>
        <translation>Neuen Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Generate Key and Add</source>
        <translation>Schlüssel &amp;erzeugen und hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Show Channel</source>
        <translation>Kanal &amp;anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No key was generated: the keychain cannot keep one.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Nothing changed at 360dialog; the current key still works.</source>
        <translation>&lt;b&gt;Es wurde kein Schlüssel erzeugt: Der Schlüsselbund kann keinen speichern.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Bei 360dialog hat sich nichts geändert; der aktuelle Schlüssel funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added “%1”.&lt;/b&gt; Its new key (%2) is in the keychain; the old key no longer works.</source>
        <translation>&lt;b&gt;„%1“ hinzugefügt.&lt;/b&gt; Der neue Schlüssel (%2) liegt im Schlüsselbund; der alte Schlüssel funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” has a new key (%2).&lt;/b&gt; The old key no longer works.</source>
        <translation>&lt;b&gt;„%1“ hat einen neuen Schlüssel (%2).&lt;/b&gt; Der alte Schlüssel funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new key was generated, but WabaDesk could not keep it.&lt;/b&gt; %1&lt;br&gt;The number&apos;s old key no longer works. Fix the problem above, then generate a key again.</source>
        <translation>&lt;b&gt;Ein neuer Schlüssel wurde erzeugt, aber WabaDesk konnte ihn nicht speichern.&lt;/b&gt; %1&lt;br&gt;Der alte Schlüssel der Nummer funktioniert nicht mehr. Beheben Sie das oben genannte Problem und erzeugen Sie dann erneut einen Schlüssel.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The webhook was not set:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Set it in the channel&apos;s Webhooks tab.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Der Webhook wurde nicht festgelegt:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Legen Sie ihn auf der Registerkarte „Webhooks“ des Kanals fest.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Webhook set: %1.</source>
        <translation>&lt;br&gt;Webhook festgelegt: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;No webhook is set yet: 360dialog delivers no messages for this number until one is. Set it in the channel&apos;s Webhooks tab.</source>
        <translation>&lt;br&gt;Noch kein Webhook festgelegt: 360dialog stellt für diese Nummer keine Nachrichten zu, bis einer festgelegt ist. Legen Sie ihn auf der Registerkarte „Webhooks“ des Kanals fest.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ApplyToChannelsDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply Profile to Other Channels</source>
        <translation>Profil auf andere Kanäle anwenden</translation>
    </message>
    <message>
        <source>Copy fields of the saved profile of %1 to other channels. Only fields that differ are sent, with the same checks as Save, and each change is logged.</source>
        <translation>Felder des gespeicherten Profils von %1 auf andere Kanäle kopieren. Nur abweichende Felder werden gesendet, mit denselben Prüfungen wie beim Speichern, und jede Änderung wird protokolliert.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The photo is not copied: choose it on each channel.</source>
        <translation>Das Foto wird nicht kopiert: Wählen Sie es in jedem Kanal aus.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Target channels</source>
        <translation>Zielkanäle</translation>
    </message>
    <message>
        <source>Done. Results are shown next to each channel.</source>
        <translation>Fertig. Die Ergebnisse werden neben jedem Kanal angezeigt.</translation>
    </message>
    <message>
        <source>%1 — applying…</source>
        <translation>%1 — wird angewendet…</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n channel(s)…</source>
        <translation>
            <numerusform>Wird auf %n Kanal angewendet…</numerusform>
            <numerusform>Wird auf %n Kanäle angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — updated: %2</source>
        <extracomment>%1: channel, %2: the fields changed.</extracomment>
        <translation>%1 — aktualisiert: %2</translation>
    </message>
    <message>
        <source>%1 — already the same, nothing sent</source>
        <translation>%1 — bereits identisch, nichts gesendet</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
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
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>%1 · uploaded, media id %2</source>
        <translation>%1 · hochgeladen, Medien-ID %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AttachmentFiles</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent. %2</source>
        <translation>„%1“ kann nicht gesendet werden. %2</translation>
    </message>
    <message>
        <source>The pasted image could not be saved in %1.</source>
        <translation>Das eingefügte Bild konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelActions</name>
    <message>
        <source>&amp;Add Channel…</source>
        <translation>Kanal &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rotate Key…</source>
        <translation>Schlüssel e&amp;rneuern…</translation>
    </message>
    <message>
        <source>Re&amp;move Channel…</source>
        <translation>Kanal &amp;entfernen…</translation>
    </message>
    <message>
        <source>Add a WhatsApp number with its 360dialog API key (%1)</source>
        <translation>Eine WhatsApp-Nummer mit ihrem 360dialog-API-Schlüssel hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Replace the current channel&apos;s API key with a new one</source>
        <translation>Den API-Schlüssel des aktuellen Kanals durch einen neuen ersetzen</translation>
    </message>
    <message>
        <source>Remove the current channel and its key from this computer</source>
        <translation>Den aktuellen Kanal und seinen Schlüssel von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>Added “%1”; its key is kept for this run only.</source>
        <translation>„%1“ hinzugefügt; sein Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Key of “%1” replaced.</source>
        <translation>Schlüssel von „%1“ ersetzt.</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from WabaDesk?</source>
        <translation>„%1“ (%2) aus WabaDesk entfernen?</translation>
    </message>
    <message>
        <source>WabaDesk deletes the channel&apos;s API key and webhook secrets from the keychain and forgets its settings. Nothing changes at 360dialog: the number, its key and its webhook stay as they are there.</source>
        <translation>WabaDesk löscht den API-Schlüssel und die Webhook-Secrets des Kanals aus dem Schlüsselbund und vergisst seine Einstellungen. Bei 360dialog ändert sich nichts: Die Nummer, ihr Schlüssel und ihr Webhook bleiben dort unverändert.</translation>
    </message>
    <message>
        <source>Also delete this channel&apos;s local history</source>
        <translation>Auch den lokalen Verlauf dieses Kanals löschen</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>“%1” was not removed.</source>
        <translation>„%1“ wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Channel &amp;Settings…</source>
        <translation>Kanal&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Name, API key, webhooks and removal of the current channel</source>
        <translation>Name, API-Schlüssel, Webhooks und Entfernen des aktuellen Kanals</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelErrorText</name>
    <message>
        <source>The API key was not accepted</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>The base URL cannot be reached</source>
        <translation>Die Basis-URL ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The network failed</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>This is not a 360dialog API</source>
        <translation>Dies ist keine 360dialog-API</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The keychain failed</source>
        <translation>Schlüsselbund-Fehler</translation>
    </message>
    <message>
        <source>Some values need correcting</source>
        <translation>Einige Werte müssen korrigiert werden</translation>
    </message>
    <message>
        <source>The channel no longer exists</source>
        <translation>Der Kanal existiert nicht mehr</translation>
    </message>
    <message>
        <source>This number is already a channel</source>
        <translation>Diese Nummer ist bereits ein Kanal</translation>
    </message>
    <message>
        <source>360dialog refused the request</source>
        <translation>360dialog hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Copy the key again from the 360dialog Hub (API keys of the number). Only the newest key of a number works; a key generated earlier stops working when a new one is generated.</source>
        <translation>Kopieren Sie den Schlüssel erneut aus dem 360dialog Hub (API-Schlüssel der Nummer). Nur der neueste Schlüssel einer Nummer funktioniert; ein früher erzeugter Schlüssel funktioniert nicht mehr, sobald ein neuer erzeugt wird.</translation>
    </message>
    <message>
        <source>Check the base URL for typing mistakes. For the Cloud API it is https://waba-v2.360dialog.io.</source>
        <translation>Prüfen Sie die Basis-URL auf Tippfehler. Für die Cloud API lautet sie https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection (and proxy or firewall), then try again.</source>
        <translation>Prüfen Sie die Internetverbindung dieses Computers (und Proxy oder Firewall) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Something answered at this address, but not like 360dialog. Check the base URL.</source>
        <translation>Unter dieser Adresse hat etwas geantwortet, aber nicht wie 360dialog. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Unlock the keychain (it may have asked for a password) and try again.</source>
        <translation>Entsperren Sie den Schlüsselbund (möglicherweise wurde nach einem Passwort gefragt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>To use a new key for that number, rotate the existing channel&apos;s key instead.</source>
        <translation>Um einen neuen Schlüssel für diese Nummer zu verwenden, erneuern Sie stattdessen den Schlüssel des bestehenden Kanals.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelInsights</name>
    <message>
        <source>Messaging &amp;Health…</source>
        <translation>&amp;Versandstatus…</translation>
    </message>
    <message>
        <source>&amp;Pricing Report…</source>
        <translation>&amp;Abrechnungsbericht…</translation>
    </message>
    <message>
        <source>Send Marketing Templates through &amp;MM Lite</source>
        <translation>Marketing-Vorlagen über &amp;MM Lite senden</translation>
    </message>
    <message>
        <source>Whether this number can send messages now, and why not (360dialog&apos;s health status)</source>
        <translation>Ob diese Nummer jetzt Nachrichten senden kann und wenn nicht, warum (Health-Status von 360dialog)</translation>
    </message>
    <message>
        <source>This month&apos;s charged messages per pricing category, with CSV export</source>
        <translation>Die in diesem Monat berechneten Nachrichten pro Preiskategorie, mit CSV-Export</translation>
    </message>
    <message>
        <source>Marketing templates go through Marketing Messages Lite (/marketing_messages); the number must have accepted its terms in the 360dialog Hub</source>
        <translation>Marketing-Vorlagen werden über Marketing Messages Lite (/marketing_messages) gesendet; die Nummer muss deren Bedingungen im 360dialog Hub akzeptiert haben</translation>
    </message>
    <message>
        <source>Messaging: checking…</source>
        <translation>Versand: wird geprüft…</translation>
    </message>
    <message>
        <source>Messaging: unknown</source>
        <translation>Versand: unbekannt</translation>
    </message>
    <message>
        <source>Messaging: available</source>
        <translation>Versand: verfügbar</translation>
    </message>
    <message>
        <source>Messaging: limited</source>
        <translation>Versand: eingeschränkt</translation>
    </message>
    <message>
        <source>Messaging: blocked</source>
        <translation>Versand: blockiert</translation>
    </message>
    <message>
        <source>Messaging: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Geprüft: %1.</translation>
    </message>
    <message>
        <source>This number can send messages.</source>
        <translation>Diese Nummer kann Nachrichten senden.</translation>
    </message>
    <message>
        <source>Templates are not covered by this check.</source>
        <translation>Vorlagen werden von dieser Prüfung nicht erfasst.</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>Die letzte Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Messaging health</source>
        <translation>Versandstatus</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelSettingsDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Use this name in WabaDesk (360dialog and WhatsApp are not told)</source>
        <translation>Diesen Namen in WabaDesk verwenden (360dialog und WhatsApp erfahren nichts davon)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Verified name:</source>
        <translation>Verifizierter Name:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Rotate &amp;Key…</source>
        <translation>Schlüssel e&amp;rneuern…</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Last replaced:</source>
        <translation>Zuletzt ersetzt:</translation>
    </message>
    <message>
        <source>Only a number&apos;s newest key works. Generate a new one in the 360dialog Hub, then rotate it here: WabaDesk checks it, replaces the old one and sets the webhooks again.</source>
        <translation>Nur der neueste Schlüssel einer Nummer funktioniert. Erzeugen Sie im 360dialog Hub einen neuen und erneuern Sie ihn dann hier: WabaDesk prüft ihn, ersetzt den alten und legt die Webhooks erneut fest.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Edit Webhooks…</source>
        <translation>&amp;Webhooks bearbeiten…</translation>
    </message>
    <message>
        <source>Open the channel&apos;s Webhooks tab</source>
        <translation>Die Registerkarte „Webhooks“ des Kanals öffnen</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefonnummer:</translation>
    </message>
    <message>
        <source>WABA:</source>
        <translation>WABA:</translation>
    </message>
    <message>
        <source>Re&amp;move Channel…</source>
        <translation>Kanal &amp;entfernen…</translation>
    </message>
    <message>
        <source>Channel Settings — %1</source>
        <extracomment>Window title: the channel&apos;s name.</extracomment>
        <translation>Kanaleinstellungen — %1</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not set through WabaDesk</source>
        <translation>Nicht über WabaDesk festgelegt</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (mit %2)</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelSwitcher</name>
    <message>
        <source>Add Channel…</source>
        <translation>Kanal hinzufügen…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>No channels yet.</source>
        <translation>Noch keine Kanäle.</translation>
    </message>
    <message>
        <source>Add a WhatsApp number with its 360dialog API key</source>
        <translation>Eine WhatsApp-Nummer mit ihrem 360dialog-API-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n Nummer</numerusform>
            <numerusform>%n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations of every channel in one list</source>
        <translation>Die Unterhaltungen aller Kanäle in einer Liste</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelText</name>
    <message>
        <source>Legacy On-Premise API</source>
        <translation>Veraltete On-Premise-API</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>360dialog sandbox</source>
        <translation>360dialog-Sandbox</translation>
    </message>
    <message>
        <source>360dialog Cloud API</source>
        <translation>360dialog Cloud API</translation>
    </message>
    <message>
        <source>Number not reported</source>
        <translation>Nummer nicht gemeldet</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of a channel&apos;s description.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 — local sandbox at %2</source>
        <translation>%1 — lokale Sandbox unter %2</translation>
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
        <translation>&lt;b&gt;Dieser Kanal verwendet die veraltete On-Premise-API, die Meta am 23. Oktober 2025 eingestellt hat.&lt;/b&gt; Nachrichten darüber funktionieren nicht mehr. Migrieren Sie die Nummer im 360dialog Hub zur Cloud API, erzeugen Sie dort einen neuen API-Schlüssel, entfernen Sie dann diesen Kanal und fügen Sie die Nummer mit der Basis-URL der 360dialog Cloud API erneut hinzu.</translation>
    </message>
    <message>
        <source>Kept for this run only: WabaDesk forgets it when it quits, and the channel with it.</source>
        <translation>Nur für diese Sitzung behalten: WabaDesk vergisst ihn beim Beenden und damit auch den Kanal.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain.</source>
        <translation>Im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelWorkspace</name>
    <message>
        <source>Opening the channel…</source>
        <translation>Kanal wird geöffnet…</translation>
    </message>
    <message>
        <source>Reading its API key from the keychain.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>Reading its API key from the keychain. The keychain may ask you to unlock it.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund gelesen. Der Schlüsselbund fordert Sie möglicherweise zum Entsperren auf.</translation>
    </message>
    <message>
        <source>The channel&apos;s key could not be read</source>
        <translation>Der Schlüssel des Kanals konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>No message store</source>
        <translation>Kein Nachrichtenspeicher</translation>
    </message>
    <message>
        <source>Conversations are kept in the message store, which is not open.</source>
        <translation>Unterhaltungen werden im Nachrichtenspeicher aufbewahrt, der nicht geöffnet ist.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Unternehmensprofil</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Business profile •</source>
        <extracomment>The Business profile tab&apos;s title while it has unsaved changes.</extracomment>
        <translation>Unternehmensprofil •</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>The media library is kept in the message store, which is not open.</source>
        <translation>Die Medienbibliothek wird im Nachrichtenspeicher aufbewahrt, der nicht geöffnet ist.</translation>
    </message>
    <message>
        <source>&lt;p&gt;If the keychain no longer holds the key, enter it again: &lt;b&gt;Channel → Channel Settings… → Rotate Key…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn der Schlüsselbund den Schlüssel nicht mehr enthält, geben Sie ihn erneut ein: &lt;b&gt;Kanal → Kanaleinstellungen… → Schlüssel erneuern…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Link &amp;preview</source>
        <translation>Link-&amp;Vorschau</translation>
    </message>
    <message>
        <source>Message composer</source>
        <translation>Nachrichteneingabe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Attach a file, send a location, a contact card, buttons, a list or a template</source>
        <translation>Datei anhängen, Standort, Kontaktkarte, Schaltflächen, Liste oder Vorlage senden</translation>
    </message>
    <message>
        <source>Attach and more</source>
        <translation>Anhängen und mehr</translation>
    </message>
    <message>
        <source>&amp;File, Photo or Video…</source>
        <translation>&amp;Datei, Foto oder Video…</translation>
    </message>
    <message>
        <source>&amp;Location…</source>
        <translation>&amp;Standort…</translation>
    </message>
    <message>
        <source>&amp;Contact Card…</source>
        <translation>&amp;Kontaktkarte…</translation>
    </message>
    <message>
        <source>Reply &amp;Buttons…</source>
        <translation>&amp;Antwort-Schaltflächen…</translation>
    </message>
    <message>
        <source>L&amp;ist…</source>
        <translation>&amp;Liste…</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Vorlage…</translation>
    </message>
    <message>
        <source>Send with &amp;Enter</source>
        <translation>Mit &amp;Enter senden</translation>
    </message>
    <message>
        <source>Off: Ctrl+Enter sends and Enter starts a new line</source>
        <translation>Aus: Ctrl+Enter sendet, Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Show a preview of the first link in the message</source>
        <translation>Eine Vorschau des ersten Links in der Nachricht anzeigen</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation>(nicht geladen)</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: files can be sent again after the customer writes.</source>
        <translation>Das 24-Stunden-Fenster ist geschlossen: Dateien können wieder gesendet werden, sobald der Kunde schreibt.</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Wählen Sie eine Unterhaltung</translation>
    </message>
    <message>
        <source>Add a caption…</source>
        <translation>Bildunterschrift hinzufügen…</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Nachricht eingeben…</translation>
    </message>
    <message>
        <source>Free-form messages are off until the customer writes again</source>
        <translation>Freitextnachrichten sind deaktiviert, bis der Kunde wieder schreibt</translation>
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
        <translation>Senden (%1)</translation>
    </message>
    <message>
        <source>%1 / %2 — %3 too many</source>
        <translation>%1 / %2 — %3 zu viel</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>A caption can have at most %1 characters.</source>
        <translation>Eine Bildunterschrift darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A message can have at most %1 characters.</source>
        <translation>Eine Nachricht darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: reactions can be sent again after the customer writes.</source>
        <translation>Das 24-Stunden-Fenster ist geschlossen: Reaktionen können wieder gesendet werden, sobald der Kunde schreibt.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</source>
        <translation>Fotos, Videos, Audio und Dokumente (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>&amp;Quick Replies…</source>
        <translation>Sch&amp;nellantworten…</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ContactCardDialog</name>
    <message>
        <source>Send Contact Card</source>
        <translation>Kontaktkarte senden</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Shown &amp;as:</source>
        <translation>&amp;Angezeigt als:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Send Contact</source>
        <translation>Kontakt &amp;senden</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Geben Sie den Namen des Kontakts ein.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and + - ( ) . /</source>
        <translation>Die Telefonnummer darf nur Ziffern, Leerzeichen und + - ( ) . / enthalten</translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation>Die E-Mail-Adresse benötigt ein @.</translation>
    </message>
    <message>
        <source>The website must be a full address starting with https://</source>
        <translation>Die Website muss eine vollständige Adresse sein, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>Full name as shown in the card</source>
        <translation>Vollständiger Name, wie er auf der Karte angezeigt wird</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationDelegate</name>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht gesendet werden</numerusform>
            <numerusform>%n Nachrichten konnten nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Entwurf:</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationHeader</name>
    <message>
        <source>Find in conversation (Ctrl+F)</source>
        <translation>In Unterhaltung suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>In Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>WhatsApp customer</source>
        <translation>WhatsApp-Kunde</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <source>Window closed · templates only</source>
        <translation>Fenster geschlossen · nur Vorlagen</translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n h left</source>
        <translation>
            <numerusform>Fenster offen · noch %n h</numerusform>
            <numerusform>Fenster offen · noch %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n min left</source>
        <translation>
            <numerusform>Fenster offen · noch %n min</numerusform>
            <numerusform>Fenster offen · noch %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Free-form messages are allowed until %1 (24 hours after the customer&apos;s last message).</source>
        <translation>Freitextnachrichten sind bis %1 erlaubt (24 Stunden nach der letzten Nachricht des Kunden).</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer&apos;s last message: only approved templates can be sent until they write again.</source>
        <translation>Mehr als 24 Stunden seit der letzten Nachricht des Kunden: Bis er wieder schreibt, können nur genehmigte Vorlagen gesendet werden.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
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
        <source>window: %1</source>
        <translation>Fenster: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <source>You reacted %1 to “%2”</source>
        <translation>Sie haben mit %1 auf „%2“ reagiert</translation>
    </message>
    <message>
        <source>%1 reacted %2 to “%3”</source>
        <translation>%1 hat mit %2 auf „%3“ reagiert</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListPanel</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung (Ctrl+N)</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>Nächste ungelesene Unterhaltung</translation>
    </message>
    <message>
        <source>Search conversations and messages</source>
        <translation>Unterhaltungen und Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Only conversations with unread messages</source>
        <translation>Nur Unterhaltungen mit ungelesenen Nachrichten</translation>
    </message>
    <message>
        <source>Only conversations whose 24-hour window is open (free-form replies possible)</source>
        <translation>Nur Unterhaltungen mit offenem 24-Stunden-Fenster (Freitextantworten möglich)</translation>
    </message>
    <message>
        <source>Only conversations with messages that could not be sent</source>
        <translation>Nur Unterhaltungen mit Nachrichten, die nicht gesendet werden konnten</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>Fenster offen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <source>Messages from customers appear here as they arrive. You can also write first.</source>
        <translation>Nachrichten von Kunden erscheinen hier, sobald sie eintreffen. Sie können auch zuerst schreiben.</translation>
    </message>
    <message>
        <source>No matching conversations</source>
        <translation>Keine passenden Unterhaltungen</translation>
    </message>
    <message>
        <source>No name, number or last message contains “%1”.</source>
        <translation>Kein Name, keine Nummer und keine letzte Nachricht enthält „%1“.</translation>
    </message>
    <message>
        <source>No conversation matches the selected filters.</source>
        <translation>Keine Unterhaltung entspricht den ausgewählten Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationView</name>
    <message>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read and answer it.</source>
        <translation>Wählen Sie links eine Unterhaltung, um sie zu lesen und zu beantworten.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Message info…</source>
        <translation>Nachrichteninfo…</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <source>More reactions</source>
        <translation>Weitere Reaktionen</translation>
    </message>
    <message>
        <source>WhatsApp groups do not take reactions from the API</source>
        <translation>WhatsApp-Gruppen nehmen keine Reaktionen über die API an</translation>
    </message>
    <message>
        <source>Remove my reaction %1</source>
        <translation>Meine Reaktion %1 entfernen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationsArea</name>
    <message>
        <source>Message Actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
    <message>
        <source>The quoted message is not in this conversation&apos;s history.</source>
        <translation>Die zitierte Nachricht ist nicht im Verlauf dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>The conversation could not be created: %1</source>
        <translation>Die Unterhaltung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Send Template to %1</source>
        <translation>Vorlage an %1 senden</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Vorlage senden</translation>
    </message>
    <message>
        <source>Loading the channel&apos;s templates…</source>
        <translation>Vorlagen des Kanals werden geladen…</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Die Vorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This message has no media file.</source>
        <translation>Diese Nachricht hat keine Mediendatei.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>The file could not be fetched: %1</source>
        <translation>Die Datei konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung kann %1 öffnen.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation>Die Datei konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>Datei wird abgerufen…</translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation>Nicht heruntergeladen: %1</translation>
    </message>
    <message>
        <source>Fetching the video…</source>
        <translation>Video wird abgerufen…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>The video could not be fetched: %1</source>
        <translation>Das Video konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Video from %1</source>
        <translation>Video von %1</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>WabaDesk stopped after this message left and before WhatsApp answered, so it may already have reached the customer. Sending it again may deliver it twice.</source>
        <translation>WabaDesk wurde beendet, nachdem diese Nachricht abgeschickt war und bevor WhatsApp antwortete; sie hat den Kunden also vielleicht schon erreicht. Erneut senden kann sie doppelt zustellen.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::CropArea</name>
    <message>
        <source>Photo crop area</source>
        <translation>Zuschneidebereich des Fotos</translation>
    </message>
    <message>
        <source>Drag to move the square; the mouse wheel or + and − change its size; the arrow keys move it.</source>
        <translation>Ziehen Sie, um das Quadrat zu verschieben; das Mausrad oder + und − ändern seine Größe; die Pfeiltasten verschieben es.</translation>
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
        <translation>🎤 Sprachnachricht</translation>
    </message>
    <message>
        <source>📄 Document</source>
        <translation>📄 Dokument</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Standort</translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation>👤 Kontaktkarte</translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation>🛒 Bestellung</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>&amp;Show WabaDesk</source>
        <translation>WabaDesk &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Mute All Notifications</source>
        <translation>Alle Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread message(s)</source>
        <translation>
            <numerusform>%1 — %n ungelesene Nachricht</numerusform>
            <numerusform>%1 — %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source> (notifications muted)</source>
        <extracomment>Tray tooltip suffix while every notification is muted.</extracomment>
        <translation> (Benachrichtigungen stummgeschaltet)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Notification title: the customer&apos;s name, then the channel (phone number) it wrote to.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)…</source>
        <translation>
            <numerusform>%n weitere Nachricht…</numerusform>
            <numerusform>%n weitere Nachrichten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>Notification body: the customers who wrote (a list), most recent first.</extracomment>
        <translation>Von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The last item of a list of customer names: &quot;Ana, Bruno, Carla, Davi and 2 more&quot;</extracomment>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>📞 Missed call</source>
        <translation>📞 Verpasster Anruf</translation>
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
        <translation>Emoji suchen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>No emoji found</source>
        <translation>Kein Emoji gefunden</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehler ausblenden</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ErrorText</name>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unerwartete Antwort vom Server</translation>
    </message>
    <message>
        <source>Some values need correcting</source>
        <translation>Einige Werte müssen korrigiert werden</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1</source>
        <translation>Der Server antwortete mit HTTP-Status %1</translation>
    </message>
    <message>
        <source>The API refused the request</source>
        <translation>Die API hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Error code: %1 (subcode %2)</source>
        <translation>Fehlercode: %1 (Subcode %2)</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>fbtrace_id: %1</source>
        <translation>fbtrace_id: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Servermeldung: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Retry after: %1 s</source>
        <translation>Wiederholen nach: %1 s</translation>
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
        <translation>In Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Previous match (older) — Enter</source>
        <translation>Vorheriger Treffer (älter) — Enter</translation>
    </message>
    <message>
        <source>Next match (newer) — Shift+Enter</source>
        <translation>Nächster Treffer (neuer) — Shift+Enter</translation>
    </message>
    <message>
        <source>Close find — Esc</source>
        <translation>Suche schließen — Esc</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation>%1 von %2+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::InteractiveBuilderDialog</name>
    <message>
        <source>Button %1</source>
        <translation>Schaltfläche %1</translation>
    </message>
    <message>
        <source>Section %1, row %2</source>
        <translation>Abschnitt %1, Zeile %2</translation>
    </message>
    <message>
        <source>Section %1, row %2, description</source>
        <translation>Abschnitt %1, Zeile %2, Beschreibung</translation>
    </message>
    <message>
        <source>Section %1 name</source>
        <translation>Name von Abschnitt %1</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>Die Liste</translation>
    </message>
    <message>
        <source>The buttons</source>
        <translation>Die Schaltflächen</translation>
    </message>
    <message>
        <source>List button</source>
        <translation>Listen-Schaltfläche</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Buttons and Lists</source>
        <translation>Schaltflächen und Listen</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters</source>
        <translation>Optional, bis zu 60 Zeichen</translation>
    </message>
    <message>
        <source>The message above the buttons (required, up to 1,024 characters)</source>
        <translation>Die Nachricht über den Schaltflächen (erforderlich, bis zu 1.024 Zeichen)</translation>
    </message>
    <message>
        <source>Optional small print, up to 60 characters</source>
        <translation>Optionales Kleingedrucktes, bis zu 60 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <source>Up to three buttons the customer can tap once. Titles: up to 20 characters, each different.</source>
        <translation>Bis zu drei Schaltflächen, die der Kunde einmal antippen kann. Titel: bis zu 20 Zeichen, jeweils unterschiedlich.</translation>
    </message>
    <message>
        <source>e.g. Yes, please</source>
        <translation>z. B. Ja, gerne</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Button &amp;%1:</source>
        <translation>Schaltfläche &amp;%1:</translation>
    </message>
    <message>
        <source>Reply &amp;Buttons</source>
        <translation>&amp;Antwort-Schaltflächen</translation>
    </message>
    <message>
        <source>The button that opens the list, e.g. Choose a time</source>
        <translation>Die Schaltfläche, die die Liste öffnet, z. B. Uhrzeit wählen</translation>
    </message>
    <message>
        <source>List &amp;button:</source>
        <translation>&amp;Listen-Schaltfläche:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Up to 10 rows in total. Rows with the same section name are grouped; with more than one section, each needs a name (up to 24 characters). Titles up to 24, descriptions up to 72 characters.</source>
        <translation>Insgesamt bis zu 10 Zeilen. Zeilen mit demselben Abschnittsnamen werden gruppiert; bei mehr als einem Abschnitt braucht jeder einen Namen (bis zu 24 Zeichen). Titel bis zu 24, Beschreibungen bis zu 72 Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Lis&amp;te</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Write the message that goes above the %1.</source>
        <translation>Schreiben Sie die Nachricht, die über %1 steht.</translation>
    </message>
    <message>
        <source>list button</source>
        <translation>der Listen-Schaltfläche</translation>
    </message>
    <message>
        <source>buttons</source>
        <translation>den Schaltflächen</translation>
    </message>
    <message>
        <source>Give at least one button a title.</source>
        <translation>Geben Sie mindestens einer Schaltfläche einen Titel.</translation>
    </message>
    <message>
        <source>Name the button that opens the list.</source>
        <translation>Benennen Sie die Schaltfläche, die die Liste öffnet.</translation>
    </message>
    <message>
        <source>Give at least one row a title.</source>
        <translation>Geben Sie mindestens einer Zeile einen Titel.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::JournalReaderWorker</name>
    <message>
        <source>There is no message store to read the journal from.</source>
        <translation>Es gibt keinen Nachrichtenspeicher, aus dem das Journal gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ListenerActions</name>
    <message>
        <source>Webhook &amp;Listener…</source>
        <translation>Webhook-&amp;Listener…</translation>
    </message>
    <message>
        <source>Webhook &amp;Inspector</source>
        <translation>Webhook-&amp;Inspektor</translation>
    </message>
    <message>
        <source>Where the embedded webhook listener runs, and whether it does</source>
        <translation>Wo der integrierte Webhook-Listener läuft und ob er läuft</translation>
    </message>
    <message>
        <source>Recent webhook deliveries, what became of each, and their bodies</source>
        <translation>Letzte Webhook-Zustellungen, was aus jeder wurde, und ihr Inhalt</translation>
    </message>
    <message>
        <source>Listener: not running</source>
        <translation>Listener: läuft nicht</translation>
    </message>
    <message>
        <source>Incoming messages and delivery statuses arrive through the webhook listener.</source>
        <translation>Eingehende Nachrichten und Zustellstatus kommen über den Webhook-Listener an.</translation>
    </message>
    <message>
        <source>Webhooks sent to this address are stored and shown live. View → Webhook Inspector shows each delivery.</source>
        <translation>An diese Adresse gesendete Webhooks werden gespeichert und live angezeigt. Ansicht → Webhook-Inspektor zeigt jede Zustellung.</translation>
    </message>
    <message>
        <source>Listener: %1</source>
        <translation>Listener: %1</translation>
    </message>
    <message>
        <source>Change the address or port in Settings → Webhook Listener…</source>
        <translation>Adresse oder Port ändern Sie unter Einstellungen → Webhook-Listener…</translation>
    </message>
    <message>
        <source>Start it in Settings → Webhook Listener…</source>
        <translation>Starten Sie ihn unter Einstellungen → Webhook-Listener…</translation>
    </message>
    <message>
        <source>Listener: %1 — %L2 received, %L3 refused</source>
        <extracomment>Status bar: the listener&apos;s URL, then how many requests it answered (and refused).</extracomment>
        <translation>Listener: %1 — %L2 empfangen, %L3 abgewiesen</translation>
    </message>
    <message>
        <source>Listener: %1 — %L2 received</source>
        <translation>Listener: %1 — %L2 empfangen</translation>
    </message>
    <message>
        <source>Listener: cannot store deliveries — retrying</source>
        <extracomment>Status bar: the journal cannot write (a full disk); the reason is in the tooltip.</extracomment>
        <translation>Listener: Zustellungen können nicht gespeichert werden – neuer Versuch läuft</translation>
    </message>
    <message>
        <source>The journal cannot write (%1). Deliveries are answered 503 until it can, and 360dialog sends them again later. Free some disk space: the listener recovers by itself.</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;write failed: No space left on device&quot;.</extracomment>
        <translation>Das Journal kann nicht schreiben (%1). Zustellungen werden mit 503 beantwortet, bis es wieder geht, und 360dialog sendet sie später erneut. Geben Sie Speicherplatz frei: Der Listener erholt sich von selbst.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ListenerSettingsDialog</name>
    <message>
        <source>&amp;Run the webhook listener</source>
        <translation>&amp;Webhook-Listener ausführen</translation>
    </message>
    <message>
        <source>&amp;HTTPS</source>
        <translation>&amp;HTTPS</translation>
    </message>
    <message>
        <source>Webhook Listener</source>
        <translation>Webhook-Listener</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;Incoming messages and delivery statuses reach WabaDesk through this listener. 360dialog delivers only to a &lt;b&gt;public https:// URL&lt;/b&gt; (port 443, valid certificate), so a &lt;b&gt;reverse proxy&lt;/b&gt; (nginx, Caddy) or a &lt;b&gt;tunnel&lt;/b&gt; (Cloudflare Tunnel, ngrok) must forward that URL to the address below. Set the public URL as the channel&apos;s webhook, with a secret header, on the channel&apos;s Webhooks tab.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;The listener accepts only requests that carry one of your channels&apos; webhook secrets; everything else is refused and never stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:0&apos;&gt;Eingehende Nachrichten und Zustellstatus erreichen WabaDesk über diesen Listener. 360dialog stellt nur an eine &lt;b&gt;öffentliche https://-URL&lt;/b&gt; zu (Port 443, gültiges Zertifikat), daher muss ein &lt;b&gt;Reverse Proxy&lt;/b&gt; (nginx, Caddy) oder ein &lt;b&gt;Tunnel&lt;/b&gt; (Cloudflare Tunnel, ngrok) diese URL an die unten stehende Adresse weiterleiten. Legen Sie die öffentliche URL mit einem Secret-Header auf der Registerkarte „Webhooks“ des Kanals als dessen Webhook fest.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;Der Listener akzeptiert nur Anfragen, die eines der Webhook-Secrets Ihrer Kanäle enthalten; alles andere wird abgewiesen und nie gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation>Listener-Adresse</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Listener-Port</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only (a proxy or tunnel running here); 0.0.0.0 accepts them from the network too.</source>
        <translation>127.0.0.1 akzeptiert nur Verbindungen von diesem Computer (ein hier laufender Proxy oder Tunnel); 0.0.0.0 akzeptiert sie auch aus dem Netzwerk.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM file, e.g. fullchain.pem</source>
        <translation>PEM-Datei, z. B. fullchain.pem</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>PEM file, e.g. privkey.pem</source>
        <translation>PEM-Datei, z. B. privkey.pem</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not needed behind a proxy or tunnel that ends HTTPS itself.</source>
        <translation>Nicht nötig hinter einem Proxy oder Tunnel, der HTTPS selbst terminiert.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use an address of this computer, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>„%1“ ist keine IP-Adresse. Verwenden Sie eine Adresse dieses Computers, z. B. 127.0.0.1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <source>HTTPS needs a certificate file and a key file that exist.</source>
        <translation>HTTPS benötigt eine vorhandene Zertifikatsdatei und eine vorhandene Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The listener could not start: %1</source>
        <translation>Der Listener konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Now listening at %1.</source>
        <translation>Empfängt jetzt unter %1.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::LocationDialog</name>
    <message>
        <source>Send Location</source>
        <translation>Standort senden</translation>
    </message>
    <message>
        <source>Paste coordinates or a link from a map. The customer sees a pin they can open in their maps app.</source>
        <translation>Fügen Sie Koordinaten oder einen Link aus einer Karte ein. Der Kunde sieht eine Stecknadel, die er in seiner Karten-App öffnen kann.</translation>
    </message>
    <message>
        <source>e.g. 52.5200, 13.4050 or a map link</source>
        <translation>z. B. 52.5200, 13.4050 oder ein Kartenlink</translation>
    </message>
    <message>
        <source>Optional, e.g. Main Store</source>
        <translation>Optional, z. B. Hauptfiliale</translation>
    </message>
    <message>
        <source>Optional; shown only with a name</source>
        <translation>Optional; wird nur mit einem Namen angezeigt</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Koordinaten:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Send Location</source>
        <translation>Standort &amp;senden</translation>
    </message>
    <message>
        <source>Enter the coordinates as latitude, longitude (e.g. 52.5200, 13.4050) or paste a map link.</source>
        <translation>Geben Sie die Koordinaten als Breitengrad, Längengrad ein (z. B. 52.5200, 13.4050) oder fügen Sie einen Kartenlink ein.</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2 — &lt;a href=&quot;%3&quot;&gt;check on the map&lt;/a&gt;</source>
        <translation>Breitengrad %1, Längengrad %2 — &lt;a href=&quot;%3&quot;&gt;auf der Karte prüfen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not a position: use latitude, longitude in degrees (−90 to 90, −180 to 180).</source>
        <translation>Keine Position: Verwenden Sie Breitengrad, Längengrad in Grad (−90 bis 90, −180 bis 180).</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MainWindow</name>
    <message>
        <source>No channel yet</source>
        <translation>Noch kein Kanal</translation>
    </message>
    <message>
        <source>&lt;p&gt;WabaDesk works with WhatsApp Business numbers connected through 360dialog. Add a number with its API key from the 360dialog Hub; WabaDesk checks the key and keeps it in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;To look around without a number, start WabaDesk with &lt;b&gt;--demo&lt;/b&gt;: it runs a local sandbox that behaves like 360dialog, with sample templates, a business profile and customers. Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;WabaDesk arbeitet mit WhatsApp Business-Nummern, die über 360dialog verbunden sind. Fügen Sie eine Nummer mit ihrem API-Schlüssel aus dem 360dialog Hub hinzu; WabaDesk prüft den Schlüssel und speichert ihn im Schlüsselbund dieses Computers.&lt;/p&gt;&lt;p&gt;Um sich ohne Nummer umzusehen, starten Sie WabaDesk mit &lt;b&gt;--demo&lt;/b&gt;: Dann läuft eine lokale Sandbox, die sich wie 360dialog verhält, mit Beispielvorlagen, einem Unternehmensprofil und Kunden. Nichts verlässt diesen Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Channel…</source>
        <translation>Kanal hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications</source>
        <translation>Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>No desktop notifications for this channel; its messages still count as unread</source>
        <translation>Keine Desktop-Benachrichtigungen für diesen Kanal; seine Nachrichten zählen weiterhin als ungelesen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Unterhaltungen</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Business &amp;Profile</source>
        <translation>Unternehmens&amp;profil</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About WabaDesk</source>
        <translation>&amp;Über WabaDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All channels — %1</source>
        <extracomment>Window title when every channel&apos;s conversations are shown.</extracomment>
        <translation>Alle Kanäle — %1</translation>
    </message>
    <message>
        <source>No channel configured</source>
        <translation>Kein Kanal konfiguriert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: channel name, then the application name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation</source>
        <translation>In Unterhaltung &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Search All Conversations</source>
        <translation>&amp;Alle Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New Conversation…</source>
        <translation>&amp;Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation>Nächste unge&amp;lesene Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Gehe zu Unterhaltung…</translation>
    </message>
    <message>
        <source>Go to Conversation &amp;List</source>
        <translation>Gehe zur Unterhal&amp;tungsliste</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>Nachricht schrei&amp;ben</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nä&amp;chster Bereich</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Vor&amp;heriger Bereich</translation>
    </message>
    <message>
        <source>About WabaDesk</source>
        <translation>Über WabaDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WabaDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for WhatsApp Business through 360dialog.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WabaDesk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für WhatsApp Business über 360dialog.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;Medien</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>New Conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Write to a customer by number (Ctrl+N in the conversation list)</source>
        <translation>Einem Kunden über seine Nummer schreiben (Ctrl+N in der Unterhaltungsliste)</translation>
    </message>
    <message>
        <source>Next Unread</source>
        <translation>Nächste ungelesene</translation>
    </message>
    <message>
        <source>Open the next conversation with unread messages (Alt+Shift+Down)</source>
        <translation>Die nächste Unterhaltung mit ungelesenen Nachrichten öffnen (Alt+Shift+↓)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>Alle Unterhaltungen durchsuchen (%1)</translation>
    </message>
    <message>
        <source>&amp;Quick Replies…</source>
        <translation>&amp;Schnellantworten…</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Gehe zu…</translation>
    </message>
    <message>
        <source>Go to a conversation or channel by name or number (%1)</source>
        <translation>Über Name oder Nummer zu einer Unterhaltung oder einem Kanal wechseln (%1)</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaKindQuestion</name>
    <message>
        <source>Send File</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <source>Send “%1” as a %2 or as a document?</source>
        <translation>„%1“ als %2 oder als Dokument senden?</translation>
    </message>
    <message>
        <source>WhatsApp shows a photo or video in the chat and makes it smaller. A document keeps the original file and quality.</source>
        <translation>WhatsApp zeigt ein Foto oder Video im Chat an und verkleinert es. Ein Dokument behält die Originaldatei und -qualität.</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>Als %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaLibraryModel</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n d</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>läuft in %n Std. ab</numerusform>
            <numerusform>läuft in %n Std. ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>läuft in %n Min. ab</numerusform>
            <numerusform>läuft in %n Min. ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted from 360dialog</source>
        <translation>Von 360dialog gelöscht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiring today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 · kept locally</source>
        <translation>%1 · lokal gespeichert</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
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
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation>Empfangen von %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Media id %1 · expires %2</source>
        <translation>Medien-ID %1 · Ablauf %2</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Column header: when the media was uploaded or received.</extracomment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaPanel</name>
    <message>
        <source>Send in Conversation</source>
        <translation>In Unterhaltung senden</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>No media yet</source>
        <translation>Noch keine Medien</translation>
    </message>
    <message>
        <source>Drop files here, paste them or use Upload…. Images, voice notes and documents that customers send appear here as soon as they are archived.</source>
        <translation>Legen Sie Dateien hier ab, fügen Sie sie ein oder verwenden Sie „Hochladen…“. Bilder, Sprachnachrichten und Dokumente, die Kunden senden, erscheinen hier, sobald sie archiviert sind.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Send in Conversation…</source>
        <translation>In Unterhaltung senden…</translation>
    </message>
    <message>
        <source>Use as Template Header…</source>
        <translation>Als Vorlagen-Kopfzeile verwenden…</translation>
    </message>
    <message>
        <source>Copy Media Id</source>
        <translation>Medien-ID kopieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Search name, type, SHA-256, media id or sender</source>
        <translation>Name, Typ, SHA-256, Medien-ID oder Absender suchen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
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
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Stickers</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring within 24 h</source>
        <translation>Läuft in 24 h ab</translation>
    </message>
    <message>
        <source>Expiring within 3 days</source>
        <translation>Läuft in 3 Tagen ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Kept locally</source>
        <translation>Lokal gespeichert</translation>
    </message>
    <message>
        <source>Upload files to this channel (you can also drop or paste them here)</source>
        <translation>Dateien in diesen Kanal hochladen (Sie können sie auch hier ablegen oder einfügen)</translation>
    </message>
    <message>
        <source>Upload Media</source>
        <translation>Medien hochladen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved for upload.</source>
        <translation>Das eingefügte Bild konnte nicht zum Hochladen gespeichert werden.</translation>
    </message>
    <message>
        <source>The copy of “%1” kept on this computer is gone.</source>
        <translation>Die auf diesem Computer gespeicherte Kopie von „%1“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>This media was not kept and its id has expired: it cannot be fetched any more.</source>
        <translation>Dieses Medium wurde nicht gespeichert und seine ID ist abgelaufen: Es kann nicht mehr abgerufen werden.</translation>
    </message>
    <message>
        <source>Fetching the media from 360dialog…</source>
        <translation>Medium wird von 360dialog abgerufen…</translation>
    </message>
    <message>
        <source>This channel has no conversations yet.</source>
        <translation>Dieser Kanal hat noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Delete Media</source>
        <translation>Medium löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from 360dialog?</source>
        <translation>„%1“ von 360dialog löschen?</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?</source>
        <translation>„%1“ aus der Bibliothek entfernen?</translation>
    </message>
    <message>
        <source>Media id %1 stops working at once, also in messages not yet sent. The copy kept on this computer is deleted too unless you keep it.</source>
        <translation>Die Medien-ID %1 funktioniert sofort nicht mehr, auch in noch nicht gesendeten Nachrichten. Die auf diesem Computer gespeicherte Kopie wird ebenfalls gelöscht, sofern Sie sie nicht behalten.</translation>
    </message>
    <message>
        <source>The id has expired or was deleted already; the copy kept on this computer is deleted too unless you keep it.</source>
        <translation>Die ID ist abgelaufen oder wurde bereits gelöscht; die auf diesem Computer gespeicherte Kopie wird ebenfalls gelöscht, sofern Sie sie nicht behalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep the copy on this computer</source>
        <translation>Kopie auf diesem Computer behalten</translation>
    </message>
    <message>
        <source>Delete Local Copy</source>
        <translation>Lokale Kopie löschen</translation>
    </message>
    <message>
        <source>Delete the copy of “%1” kept on this computer?</source>
        <translation>Die auf diesem Computer gespeicherte Kopie von „%1“ löschen?</translation>
    </message>
    <message>
        <source>The message stays in its conversation; while its media id is valid the file can be fetched again.</source>
        <translation>Die Nachricht bleibt in ihrer Unterhaltung; solange ihre Medien-ID gültig ist, kann die Datei erneut abgerufen werden.</translation>
    </message>
    <message>
        <source>Delete Copy</source>
        <translation>Kopie löschen</translation>
    </message>
    <message>
        <source>Not deleted from 360dialog: %1</source>
        <translation>Nicht von 360dialog gelöscht: %1</translation>
    </message>
    <message>
        <source>&amp;Attach to the composer of:</source>
        <translation>&amp;An die Nachrichteneingabe dieser Unterhaltung anhängen:</translation>
    </message>
    <message>
        <source>Search media</source>
        <translation>Medien durchsuchen</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>Medienbibliothek</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaPreviewDialog</name>
    <message>
        <source>Media: %1</source>
        <translation>Medium: %1</translation>
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
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Abmessungen:</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Media id:</source>
        <translation>Medien-ID:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Kept locally:</source>
        <translation>Lokal gespeichert:</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save Media As</source>
        <translation>Medium speichern unter</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show the whole picture in the window</source>
        <translation>Das ganze Bild im Fenster anzeigen</translation>
    </message>
    <message>
        <source>One pixel of the picture per pixel of the screen</source>
        <translation>Ein Pixel des Bildes pro Bildschirmpixel</translation>
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
        <translation>Vor der Bearbeitung: %1</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>Zur zitierten Nachricht springen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Click or drag to move in the recording</source>
        <translation>Klicken oder ziehen, um in der Aufnahme zu springen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageInfoDialog</name>
    <message>
        <source>Message info</source>
        <translation>Nachrichteninfo</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Gesendet am:</translation>
    </message>
    <message>
        <source>Stored at:</source>
        <translation>Gespeichert am:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Edited at:</source>
        <translation>Bearbeitet am:</translation>
    </message>
    <message>
        <source>Deleted at:</source>
        <translation>Gelöscht am:</translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation>Nachrichten-ID:</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(noch nicht gesendet)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No status received yet.</source>
        <translation>Noch kein Status empfangen.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageListModel</name>
    <message>
        <source>Original message not available</source>
        <translation>Ursprüngliche Nachricht nicht verfügbar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageQuote</name>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
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
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
    </message>
    <message>
        <source>Contact card: %1</source>
        <translation>Kontaktkarte: %1</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::NewConversationDialog</name>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>Mobil oder Festnetz</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s WhatsApp number. Businesses can write first only with an approved template; free-form messages are possible once the customer replies.</source>
        <translation>Geben Sie die WhatsApp-Nummer des Kunden ein. Unternehmen können nur mit einer genehmigten Vorlage zuerst schreiben; Freitextnachrichten sind möglich, sobald der Kunde antwortet.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+49 151 12345678</source>
        <translation>+49 151 12345678</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>Enter the number with its country code, for example +49 151 12345678.</source>
        <translation>Geben Sie die Nummer mit Ländervorwahl ein, zum Beispiel +49 151 12345678.</translation>
    </message>
    <message>
        <source>Only digits, spaces, dashes, dots, parentheses and one leading + can be part of a number.</source>
        <translation>Eine Nummer darf nur Ziffern, Leerzeichen, Bindestriche, Punkte, Klammern und ein führendes + enthalten.</translation>
    </message>
    <message>
        <source>Add the country code (for example +49 for Germany): this channel&apos;s country is not known, so a number starting with 0 cannot be read.</source>
        <translation>Fügen Sie die Ländervorwahl hinzu (zum Beispiel +49 für Deutschland): Das Land dieses Kanals ist nicht bekannt, daher kann eine Nummer, die mit 0 beginnt, nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No country has this code. Start with + and the country code, for example +44.</source>
        <translation>Kein Land hat diese Vorwahl. Beginnen Sie mit + und der Ländervorwahl, zum Beispiel +44.</translation>
    </message>
    <message>
        <source>Too short for a phone number: enter the country code, the area or mobile code and the number.</source>
        <translation>Zu kurz für eine Telefonnummer: Geben Sie die Ländervorwahl, die Orts- oder Mobilvorwahl und die Rufnummer ein.</translation>
    </message>
    <message>
        <source>Too short for a phone number in %1: enter the area or mobile code and the whole number.</source>
        <translation>Zu kurz für eine Telefonnummer in %1: Geben Sie die Orts- oder Mobilvorwahl und die vollständige Rufnummer ein.</translation>
    </message>
    <message>
        <source>Too long for a phone number (at most 15 digits with the country code).</source>
        <translation>Zu lang für eine Telefonnummer (höchstens 15 Ziffern mit Ländervorwahl).</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits.</source>
        <translation>Dies ist keine gültige Telefonnummer. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. Check the digits.</source>
        <translation>Dies ist keine gültige Telefonnummer in %1. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>Shown under the number field when the number is valid: ✓ +49 1511 2345678 · Mobile · Germany</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Include the country code: this channel&apos;s country is not known.</source>
        <translation>Geben Sie die Ländervorwahl mit an: Das Land dieses Kanals ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation>Nummern ohne Ländervorwahl werden als Nummern in %1 gelesen.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerActions</name>
    <message>
        <source>&amp;Partner Console…</source>
        <translation>&amp;Partner-Konsole…</translation>
    </message>
    <message>
        <source>Your 360dialog clients and their numbers: status, usage, and adding a number to WabaDesk with a generated key</source>
        <translation>Ihre 360dialog-Clients und deren Nummern: Status, Nutzung und Hinzufügen einer Nummer zu WabaDesk mit einem erzeugten Schlüssel</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerChannelModel</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>The number is being set up; 360dialog gives a key once it is ready.</source>
        <translation>Die Nummer wird eingerichtet; 360dialog vergibt einen Schlüssel, sobald sie bereit ist.</translation>
    </message>
    <message>
        <source>Ready: a key can be generated; billing starts with the first conversation.</source>
        <translation>Bereit: Ein Schlüssel kann erzeugt werden; die Abrechnung beginnt mit der ersten Unterhaltung.</translation>
    </message>
    <message>
        <source>Running: the number sends and receives.</source>
        <translation>Aktiv: Die Nummer sendet und empfängt.</translation>
    </message>
    <message>
        <source>Messaging limit: unique customers a business can start conversations with in 24 hours.</source>
        <translation>Nachrichtenlimit: verschiedene Kunden, mit denen ein Unternehmen innerhalb von 24 Stunden Unterhaltungen beginnen kann.</translation>
    </message>
    <message>
        <source>WabaDesk has this number as “%1”.</source>
        <translation>WabaDesk führt diese Nummer als „%1“.</translation>
    </message>
    <message>
        <source>Not in WabaDesk on this computer.</source>
        <translation>Auf diesem Computer nicht in WabaDesk.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Nachrichtenlimit</translation>
    </message>
    <message>
        <source>In WabaDesk</source>
        <translation>In WabaDesk</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerClientDelegate</name>
    <message>
        <source>no numbers yet</source>
        <translation>noch keine Nummern</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Nummer</numerusform>
            <numerusform>%n Nummern</numerusform>
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
Client-ID %4</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerConsole</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>&amp;Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Kein Client ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Add to WabaDesk…</source>
        <translation>Zu WabaDesk &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Partner Console</source>
        <translation>Partner-Konsole</translation>
    </message>
    <message>
        <source>Load the clients, channels and usage again</source>
        <translation>Clients, Kanäle und Nutzung erneut laden</translation>
    </message>
    <message>
        <source>Use another partner id or Partner API key</source>
        <translation>Eine andere Partner-ID oder einen anderen Partner-API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Remove the Partner API key from this computer&apos;s keychain</source>
        <translation>Den Partner-API-Schlüssel aus dem Schlüsselbund dieses Computers entfernen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove the Partner API key from this computer?</source>
        <translation>Den Partner-API-Schlüssel von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>WabaDesk deletes the key from the keychain. Nothing changes at 360dialog, and the channels you added keep their own keys.</source>
        <translation>WabaDesk löscht den Schlüssel aus dem Schlüsselbund. Bei 360dialog ändert sich nichts, und die hinzugefügten Kanäle behalten ihre eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>The key could not be removed</source>
        <translation>Der Schlüssel konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Clients durchsuchen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>The Partner API key could not be read from the keychain</source>
        <translation>Der Partner-API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <source>Unlock or start the system&apos;s keychain, or enter the key again.</source>
        <translation>Entsperren oder starten Sie den Schlüsselbund des Systems oder geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected to a partner account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nicht mit einem Partnerkonto verbunden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partner %1&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;key %2 · Partner API at %3&lt;/span&gt;</source>
        <extracomment>Partner id, then the Partner API key&apos;s last characters and the Partner API&apos;s host.</extracomment>
        <translation>&lt;b&gt;Partner %1&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;Schlüssel %2 · Partner API unter %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Change Key…</source>
        <translation>Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This partner account has no clients yet. Clients appear here once they signed up through your Partner Hub&apos;s onboarding.</source>
        <translation>Dieses Partnerkonto hat noch keine Clients. Clients erscheinen hier, sobald sie sich über das Onboarding Ihres Partner Hub registriert haben.</translation>
    </message>
    <message>
        <source>Select a client to see its numbers and usage.</source>
        <translation>Wählen Sie einen Client aus, um seine Nummern und seine Nutzung zu sehen.</translation>
    </message>
    <message>
        <source>client since %1</source>
        <translation>Client seit %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Generate &amp;New Key…</source>
        <translation>&amp;Neuen Schlüssel erzeugen…</translation>
    </message>
    <message>
        <source>This client has no numbers yet.</source>
        <translation>Dieser Client hat noch keine Nummern.</translation>
    </message>
    <message>
        <source>Select a number.</source>
        <translation>Wählen Sie eine Nummer aus.</translation>
    </message>
    <message>
        <source>This number is still being set up; 360dialog gives it a key once it is ready.</source>
        <translation>Diese Nummer wird noch eingerichtet; 360dialog vergibt einen Schlüssel, sobald sie bereit ist.</translation>
    </message>
    <message>
        <source>A key can be generated only for a ready or running number.</source>
        <translation>Ein Schlüssel kann nur für eine Nummer im Status „Bereit“ oder „Aktiv“ erzeugt werden.</translation>
    </message>
    <message>
        <source>WabaDesk has this number as “%1”. A new key replaces the one it uses and revokes the old one.</source>
        <translation>WabaDesk führt diese Nummer als „%1“. Ein neuer Schlüssel ersetzt den dort verwendeten und widerruft den alten.</translation>
    </message>
    <message>
        <source>Generates the number&apos;s API key into this computer&apos;s keychain; its current key stops working.</source>
        <translation>Erzeugt den API-Schlüssel der Nummer im Schlüsselbund dieses Computers; ihr aktueller Schlüssel funktioniert dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerSetupPanel</name>
    <message>
        <source>Check and &amp;Connect</source>
        <translation>Prüfen und &amp;verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect your 360dialog partner account</source>
        <translation>Ihr 360dialog-Partnerkonto verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the Partner API, WabaDesk lists your clients and their numbers, shows their balance and usage, and adds a number to WabaDesk with a key it generates — no copying keys from the Hub.&lt;/p&gt;&lt;p&gt;Create a Partner API key in the Partner Hub (&lt;i&gt;Partner Integration → API Keys&lt;/i&gt;). WabaDesk checks it, then keeps it in this computer&apos;s keychain. The partner id is in the Partner Hub&apos;s address and ends in “PA”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit der Partner API listet WabaDesk Ihre Clients und deren Nummern auf, zeigt deren Guthaben und Nutzung an und fügt WabaDesk eine Nummer mit einem selbst erzeugten Schlüssel hinzu — ohne Schlüssel aus dem Hub zu kopieren.&lt;/p&gt;&lt;p&gt;Erstellen Sie im Partner Hub einen Partner-API-Schlüssel (&lt;i&gt;Partner Integration → API Keys&lt;/i&gt;). WabaDesk prüft ihn und speichert ihn dann im Schlüsselbund dieses Computers. Die Partner-ID steht in der Adresse des Partner Hub und endet auf „PA“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>e.g. aB3dE5PA</source>
        <translation>z. B. aB3dE5PA</translation>
    </message>
    <message>
        <source>Partner API key</source>
        <translation>Partner-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the Partner API key</source>
        <translation>Partner-API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Partner API URL</source>
        <translation>Partner-API-URL</translation>
    </message>
    <message>
        <source>Change it only for a test environment such as WabaDesk&apos;s sandbox.</source>
        <translation>Nur für eine Testumgebung wie die Sandbox von WabaDesk ändern.</translation>
    </message>
    <message>
        <source>&amp;Partner id:</source>
        <translation>&amp;Partner-ID:</translation>
    </message>
    <message>
        <source>Partner API &amp;key:</source>
        <translation>Partner-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Partner API &amp;URL:</source>
        <translation>Partner-API-&amp;URL:</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>The Partner API URL must be an http(s) URL, normally %1.</source>
        <translation>Die Partner-API-URL muss eine http(s)-URL sein, normalerweise %1.</translation>
    </message>
    <message>
        <source>Check the Partner API URL</source>
        <translation>Prüfen Sie die Partner-API-URL</translation>
    </message>
    <message>
        <source>The key works, but the keychain did not keep it</source>
        <translation>Der Schlüssel funktioniert, aber der Schlüsselbund hat ihn nicht gespeichert</translation>
    </message>
    <message>
        <source>Start the system&apos;s keychain (on Linux a Secret Service such as GNOME Keyring) and try again.</source>
        <translation>Starten Sie den Schlüsselbund des Systems (unter Linux ein Secret Service wie GNOME Keyring) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PhotoCropDialog</name>
    <message>
        <source>Crop Profile Photo</source>
        <translation>Profilfoto zuschneiden</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Drag the square to choose what is shown; zoom to show less of the photo.</source>
        <translation>Ziehen Sie das Quadrat, um den sichtbaren Ausschnitt zu wählen; zoomen Sie, um weniger vom Foto zu zeigen.</translation>
    </message>
    <message>
        <source>Customers see:</source>
        <translation>Kunden sehen:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Foto verwenden</translation>
    </message>
    <message>
        <source>Uploaded as %1×%1 pixels (JPEG).</source>
        <translation>Wird mit %1×%1 Pixeln hochgeladen (JPEG).</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PlaybackController</name>
    <message>
        <source>Cannot be played here: a codec for it is missing (GStreamer&apos;s plugins).</source>
        <translation>Kann hier nicht abgespielt werden: Es fehlt ein passender Codec (Plugins von GStreamer).</translation>
    </message>
    <message>
        <source>Cannot be played here: this format is not supported.</source>
        <translation>Kann hier nicht abgespielt werden: Dieses Format wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cannot be played: the file is damaged or not a recording.</source>
        <translation>Kann nicht abgespielt werden: Die Datei ist beschädigt oder keine Aufnahme.</translation>
    </message>
    <message>
        <source>Cannot be played: the file cannot be opened.</source>
        <translation>Kann nicht abgespielt werden: Die Datei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Cannot be played: the file could not be read.</source>
        <translation>Kann nicht abgespielt werden: Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot be played.</source>
        <translation>Kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>Cannot be played: this system has no media playback.</source>
        <translation>Kann nicht abgespielt werden: Dieses System hat keine Medienwiedergabe.</translation>
    </message>
    <message>
        <source>Cannot be played: the player did not respond.</source>
        <translation>Kann nicht abgespielt werden: Der Player hat nicht reagiert.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Enter sends the message, Shift+Enter starts a new line</source>
        <translation>&amp;Enter sendet die Nachricht, Shift+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends the message, Enter starts a new line</source>
        <translation>&amp;Ctrl+Enter sendet die Nachricht, Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new customer messages</source>
        <translation>Desktop-&amp;Benachrichtigungen für neue Kundennachrichten anzeigen</translation>
    </message>
    <message>
        <source>Send &amp;read receipts when I open a conversation</source>
        <translation>&amp;Lesebestätigungen senden, wenn ich eine Unterhaltung öffne</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Nachrichteneingabe</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Muted channels</source>
        <translation>Stummgeschaltete Kanäle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Mute these channels:</source>
        <translation>Diese Kanäle &amp;stummschalten:</translation>
    </message>
    <message>
        <source>A muted channel raises no notification; its new messages still count as unread.</source>
        <translation>Ein stummgeschalteter Kanal löst keine Benachrichtigung aus; seine neuen Nachrichten zählen weiterhin als ungelesen.</translation>
    </message>
    <message>
        <source>Read receipts</source>
        <translation>Lesebestätigungen</translation>
    </message>
    <message>
        <source>Customers see blue ticks once you have opened their conversation.</source>
        <translation>Kunden sehen blaue Häkchen, sobald Sie ihre Unterhaltung geöffnet haben.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source> messages/s</source>
        <extracomment>Unit after the rate limit spin box.</extracomment>
        <translation> Nachrichten/s</translation>
    </message>
    <message>
        <source>Rate limit per channel, messages per second</source>
        <translation>Ratenlimit pro Kanal, Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Rate &amp;limit per channel:</source>
        <translation>&amp;Ratenlimit pro Kanal:</translation>
    </message>
    <message>
        <source>WhatsApp lets a number send 80 messages per second by default, up to 1,000 on higher tiers. The outbox never sends faster than this on any one channel.</source>
        <translation>WhatsApp erlaubt einer Nummer standardmäßig 80 Nachrichten pro Sekunde, in höheren Stufen bis zu 1.000. Der Postausgang sendet auf keinem Kanal schneller.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Oberflächensprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <source>Takes effect after restarting WabaDesk.</source>
        <translation>Wird nach einem Neustart von WabaDesk wirksam.</translation>
    </message>
    <message>
        <source>Received media</source>
        <translation>Empfangene Medien</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the archive size spin box (megabytes).</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest file kept, in megabytes</source>
        <translation>Größte gespeicherte Datei, in Megabyte</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the retention spin box.</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Keep received media for this many days</source>
        <translation>Empfangene Medien so viele Tage aufbewahren</translation>
    </message>
    <message>
        <source>Keep files up &amp;to:</source>
        <translation>Dateien speichern &amp;bis:</translation>
    </message>
    <message>
        <source>Delete kept files &amp;after:</source>
        <translation>Gespeicherte Dateien löschen &amp;nach:</translation>
    </message>
    <message>
        <source>Images, voice notes and documents that customers send are downloaded as they arrive (their media ids expire after 7 days). Larger files stay on the server and can be fetched while their id is valid.</source>
        <translation>Bilder, Sprachnachrichten und Dokumente, die Kunden senden, werden beim Eintreffen heruntergeladen (ihre Medien-IDs laufen nach 7 Tagen ab). Größere Dateien bleiben auf dem Server und können abgerufen werden, solange ihre ID gültig ist.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Changes at once. &quot;Same as the system&quot; follows the desktop&apos;s light or dark setting.</source>
        <translation>Wird sofort wirksam. „Wie das System“ folgt der hellen oder dunklen Einstellung des Desktops.</translation>
    </message>
    <message>
        <source>Your name in quick replies</source>
        <translation>Ihr Name in Schnellantworten</translation>
    </message>
    <message>
        <source>Quick replies put it where they say {agent}. Empty: your name on this computer.</source>
        <translation>Schnellantworten setzen ihn dort ein, wo {agent} steht. Leer: Ihr Name auf diesem Computer.</translation>
    </message>
    <message>
        <source>Your name in &amp;quick replies:</source>
        <translation>Ihr &amp;Name in Schnellantworten:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>Benachrich&amp;tigungen</translation>
    </message>
    <message>
        <source>&amp;Sending and Media</source>
        <translation>&amp;Versand und Medien</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PricingReportDialog</name>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Free: customer service window</source>
        <translation>Kostenlos: Kundenservice-Fenster</translation>
    </message>
    <message>
        <source>Free: entry point</source>
        <translation>Kostenlos: Einstiegspunkt</translation>
    </message>
    <message>
        <source>Per conversation (older pricing)</source>
        <translation>Pro Unterhaltung (älteres Preismodell)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Pricing report — %1</source>
        <translation>Abrechnungsbericht — %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Outgoing messages of this channel as WhatsApp priced them in their status webhooks (per-message pricing). Since 1 October 2026 service replies and utility templates inside the 24-hour window are charged too.</source>
        <translation>Ausgehende Nachrichten dieses Kanals, wie WhatsApp sie in ihren Status-Webhooks abgerechnet hat (Preismodell pro Nachricht). Seit dem 1. Oktober 2026 werden auch Serviceantworten und Utility-Vorlagen innerhalb des 24-Stunden-Fensters berechnet.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Monat:</translation>
    </message>
    <message>
        <source>No priced messages in this month.</source>
        <translation>Keine abgerechneten Nachrichten in diesem Monat.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) charged</source>
        <translation>
            <numerusform>%n Nachricht berechnet</numerusform>
            <numerusform>%n Nachrichten berechnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n kostenlos</numerusform>
            <numerusform>%n kostenlos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export pricing report</source>
        <translation>Abrechnungsbericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Messages by pricing category</source>
        <translation>Nachrichten nach Preiskategorie</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileAuditModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>WabaDesk</source>
        <translation>WabaDesk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changed with</source>
        <translation>Geändert mit</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileEditor</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ve&amp;rlauf…</translation>
    </message>
    <message>
        <source>A&amp;pply to Other Channels…</source>
        <translation>Auf andere Kanäle &amp;anwenden…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <extracomment>Shown next to Save while the form differs from the saved profile.</extracomment>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Load the profile again from WhatsApp</source>
        <translation>Profil erneut von WhatsApp laden</translation>
    </message>
    <message>
        <source>Every change made to this profile from WabaDesk</source>
        <translation>Jede Änderung, die aus WabaDesk an diesem Profil vorgenommen wurde</translation>
    </message>
    <message>
        <source>No message store is open, so changes are not logged</source>
        <translation>Kein Nachrichtenspeicher geöffnet, daher werden Änderungen nicht protokolliert</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Send the changed fields to WhatsApp</source>
        <translation>Geänderte Felder an WhatsApp senden</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Unternehmensprofil</translation>
    </message>
    <message>
        <source>What customers see when they open this number&apos;s WhatsApp profile. The preview on the right follows your typing.</source>
        <translation>Was Kunden sehen, wenn sie das WhatsApp-Profil dieser Nummer öffnen. Die Vorschau rechts folgt Ihrer Eingabe.</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Profil wird geladen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Could not reload; showing the profile loaded before.</source>
        <translation>Neu laden fehlgeschlagen; das zuvor geladene Profil wird angezeigt.</translation>
    </message>
    <message>
        <source>The profile could not be loaded.</source>
        <translation>Das Profil konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Geladen um %1.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first</source>
        <translation>Beheben Sie zuerst die rot markierten Felder</translation>
    </message>
    <message>
        <source>There is no other channel to copy the profile to</source>
        <translation>Es gibt keinen anderen Kanal, auf den das Profil kopiert werden kann</translation>
    </message>
    <message>
        <source>Save or revert your changes first: the saved profile is what is copied</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen: Kopiert wird das gespeicherte Profil</translation>
    </message>
    <message>
        <source>Copy fields of this profile to other channels</source>
        <translation>Felder dieses Profils auf andere Kanäle kopieren</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>The photo could not be written to a temporary file.</source>
        <translation>Das Foto konnte nicht in eine temporäre Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Foto wird hochgeladen…</translation>
    </message>
    <message>
        <source>The photo was not uploaded; nothing was saved.</source>
        <translation>Das Foto wurde nicht hochgeladen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Nicht gespeichert: Beheben Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved at %1: %2.</source>
        <extracomment>%1: the time, %2: the fields saved, e.g. &quot;About, Email&quot;.</extracomment>
        <translation>Gespeichert um %1: %2.</translation>
    </message>
    <message>
        <source>Choose Profile Photo</source>
        <translation>Profilfoto auswählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Profile Photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <source>Unsaved Profile Changes</source>
        <translation>Ungespeicherte Profiländerungen</translation>
    </message>
    <message>
        <source>The business profile of %1 has changes that are not saved.</source>
        <translation>Das Unternehmensprofil von %1 enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Discard them, or keep editing and save them first.</source>
        <translation>Verwerfen Sie sie oder bearbeiten Sie weiter und speichern Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileForm</name>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>F&amp;oto auswählen…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Shown under the business name</source>
        <translation>Wird unter dem Unternehmensnamen angezeigt</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG image; you crop it to a square before it is used</source>
        <translation>Wählen Sie ein JPEG- oder PNG-Bild; Sie schneiden es vor der Verwendung quadratisch zu</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>In&amp;fo:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Websites:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>First website</source>
        <translation>Erste Website</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>Zweite Website</translation>
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
        <translation>Neues Foto: Es wird beim Speichern hochgeladen.</translation>
    </message>
    <message>
        <source>JPEG or PNG, cropped to a square; at least %1×%1 pixels.</source>
        <translation>JPEG oder PNG, quadratisch zugeschnitten; mindestens %1×%1 Pixel.</translation>
    </message>
    <message>
        <source>The current photo.</source>
        <translation>Das aktuelle Foto.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileHistoryDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Profile History — %1</source>
        <extracomment>%1: the channel&apos;s name.</extracomment>
        <translation>Profilverlauf — %1</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Nach Text filtern…</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <source>Filter by field</source>
        <translation>Nach Feld filtern</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>Die angezeigten Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No changes logged yet. Changes saved from WabaDesk or wabadesk-cli appear here.</source>
        <translation>Noch keine Änderungen protokolliert. Aus WabaDesk oder wabadesk-cli gespeicherte Änderungen erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <extracomment>%1 of %2 changes shown after filtering.</extracomment>
        <translation>
            <numerusform>%1 von %n Änderung</numerusform>
            <numerusform>%1 von %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>profile-history-%1.csv</source>
        <extracomment>Suggested file name for the exported profile history; %1: channel name.</extracomment>
        <translation>profilverlauf-%1.csv</translation>
    </message>
    <message>
        <source>Export Profile History</source>
        <translation>Profilverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Profile changes</source>
        <translation>Profiländerungen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfilePreview</name>
    <message>
        <source>Preview of the business profile</source>
        <translation>Vorschau des Unternehmensprofils</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>Business account</source>
        <extracomment>Under the name in the preview, as WhatsApp labels business profiles.</extracomment>
        <translation>Unternehmenskonto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>No business details yet.</source>
        <extracomment>The preview&apos;s details card when every field is empty.</extracomment>
        <translation>Noch keine Unternehmensangaben.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickRepliesDialog</name>
    <message>
        <source>&amp;New Reply</source>
        <translation>&amp;Neue Antwort</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the quick reply</source>
        <translation>Die Schnellantwort löschen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Sort A–Z</source>
        <translation>A–Z sortieren</translation>
    </message>
    <message>
        <source>Sort by shortcut</source>
        <translation>Nach Kürzel sortieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Quick Replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <source>Search shortcuts and texts</source>
        <translation>Kürzel und Texte durchsuchen</translation>
    </message>
    <message>
        <source>Search quick replies</source>
        <translation>Schnellantworten durchsuchen</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>danke</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Thank you, {first_name}! Is there anything else I can do for you?</source>
        <translation>Vielen Dank, {first_name}! Kann ich sonst noch etwas für Sie tun?</translation>
    </message>
    <message>
        <source>Insert &amp;Variable</source>
        <translation>Variable ein&amp;fügen</translation>
    </message>
    <message>
        <source>Filled in when the reply goes into a message</source>
        <translation>Variablen werden ausgefüllt, wenn die Antwort in eine Nachricht eingefügt wird</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>Der Name des Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>Der Vorname des Kunden</translation>
    </message>
    <message>
        <source>Your name (Preferences)</source>
        <translation>Ihr Name (Einstellungen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>In a message, type / and the shortcut, then Enter or Tab.</source>
        <translation>Geben Sie in einer Nachricht / und das Kürzel ein, dann Enter oder Tab.</translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation>Neue Schnellantwort</translation>
    </message>
    <message>
        <source>/%1</source>
        <translation>/%1</translation>
    </message>
    <message>
        <source>Delete Quick Reply</source>
        <translation>Schnellantwort löschen</translation>
    </message>
    <message>
        <source>Delete the quick reply /%1?</source>
        <translation>Die Schnellantwort /%1 löschen?</translation>
    </message>
    <message>
        <source>Messages already sent with it stay as they are.</source>
        <translation>Bereits damit gesendete Nachrichten bleiben unverändert.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Discard the changes to this quick reply?</source>
        <translation>Die Änderungen an dieser Schnellantwort verwerfen?</translation>
    </message>
    <message>
        <source>They break a rule (see the message under the field), so they cannot be saved.</source>
        <translation>Sie verstoßen gegen eine Regel (siehe Hinweis unter dem Feld) und können daher nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickReplyPopup</name>
    <message>
        <source>Quick replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <source>Matching quick replies</source>
        <translation>Passende Schnellantworten</translation>
    </message>
    <message>
        <source>No quick replies yet. Save the answers you give every day and type / and a shortcut to insert one.</source>
        <translation>Noch keine Schnellantworten. Speichern Sie die Antworten, die Sie täglich geben, und tippen Sie / und ein Kürzel, um eine einzufügen.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter or Tab insert · Esc close</source>
        <extracomment>Keys of the quick reply list in the composer.</extracomment>
        <translation>↑↓ zum Auswählen · Enter oder Tab zum Einfügen · Esc zum Schließen</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Add, edit and order the quick replies</source>
        <translation>Schnellantworten hinzufügen, bearbeiten und anordnen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcher</name>
    <message>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Schnellwechsler</translation>
    </message>
    <message>
        <source>Go to conversation or channel</source>
        <translation>Zu Unterhaltung oder Kanal wechseln</translation>
    </message>
    <message>
        <source>Go to a conversation or channel — name, number or channel</source>
        <translation>Zu Unterhaltung oder Kanal wechseln — Name, Nummer oder Kanal</translation>
    </message>
    <message>
        <source>Matching conversations and channels</source>
        <translation>Passende Unterhaltungen und Kanäle</translation>
    </message>
    <message>
        <source>&amp;Open Channel</source>
        <translation>Kanal ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>Unterhaltung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications</source>
        <extracomment>%1: the channel&apos;s name.</extracomment>
        <translation>Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications for %1</source>
        <translation>Benachrichtigungen für %1 &amp;stummschalten</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation>
            <numerusform>%n Treffer · ↑↓ zum Auswählen · Enter zum Öffnen · Esc zum Schließen</numerusform>
            <numerusform>%n Treffer · ↑↓ zum Auswählen · Enter zum Öffnen · Esc zum Schließen</numerusform>
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
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channel · %1</source>
        <translation>Kanal · %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ReplyBar</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation>Antwort abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::RotateKeyDialog</name>
    <message>
        <source>Rotate API Key — %1</source>
        <translation>API-Schlüssel erneuern — %1</translation>
    </message>
    <message>
        <source>Replace the API key of “%1”</source>
        <translation>API-Schlüssel von „%1“ ersetzen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Generate a new key for this number in the 360dialog Hub, then paste it here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Only the newest key of a number works:&lt;/b&gt; the moment a new key is generated, the old one stops working, and 360dialog resets the number&apos;s webhook.&lt;/p&gt;&lt;p&gt;WabaDesk checks the new key first, then replaces the old one in the keychain and sets the webhooks it knows again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erzeugen Sie im 360dialog Hub einen neuen Schlüssel für diese Nummer und fügen Sie ihn dann hier ein.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nur der neueste Schlüssel einer Nummer funktioniert:&lt;/b&gt; Sobald ein neuer Schlüssel erzeugt wird, funktioniert der alte nicht mehr, und 360dialog setzt den Webhook der Nummer zurück.&lt;/p&gt;&lt;p&gt;WabaDesk prüft zuerst den neuen Schlüssel, ersetzt dann den alten im Schlüsselbund und legt die ihm bekannten Webhooks erneut fest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the new D360-API-KEY</source>
        <translation>Neuen D360-API-KEY einfügen</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation>Aktueller Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Neuer Schlüssel:</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Neuer Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Check and &amp;Replace</source>
        <translation>Prüfen und &amp;ersetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key was replaced (now %1), but a webhook was not set again.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Open the channel&apos;s Webhooks tab and save the webhook again.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Der Schlüssel wurde ersetzt (jetzt %1), aber ein Webhook wurde nicht erneut festgelegt.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Öffnen Sie die Registerkarte „Webhooks“ des Kanals und speichern Sie den Webhook erneut.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;The old key is unchanged.</source>
        <translation>&lt;br&gt;Der alte Schlüssel ist unverändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key replaced.&lt;/b&gt; The channel now uses the key %1; the old key is gone from the keychain.</source>
        <translation>&lt;b&gt;Schlüssel ersetzt.&lt;/b&gt; Der Kanal verwendet jetzt den Schlüssel %1; der alte Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>phone-number webhook: %1</source>
        <translation>Telefonnummer-Webhook: %1</translation>
    </message>
    <message>
        <source>WABA webhook: %1</source>
        <translation>WABA-Webhook: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;No webhook had been set through WabaDesk, so there was none to set again. If 360dialog delivered to a webhook before, set it again in the Webhooks tab.</source>
        <translation>&lt;br&gt;Über WabaDesk war kein Webhook festgelegt worden, daher war keiner erneut festzulegen. Falls 360dialog zuvor an einen Webhook zugestellt hat, legen Sie ihn auf der Registerkarte „Webhooks“ erneut fest.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Webhook re-applied — %1.</source>
        <translation>&lt;br&gt;Webhook erneut angewendet — %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchPanel</name>
    <message>
        <source>Search messages in all conversations</source>
        <translation>Nachrichten in allen Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>Keine Nachrichten gefunden</translation>
    </message>
    <message>
        <source>Messages · %1</source>
        <extracomment>Section header above the search results, with their number</extracomment>
        <translation>Nachrichten · %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchResultModel</name>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>Telefonnummer anrufen</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Angebotscode kopieren</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Schaltfläche hinzufügen</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation>Diese Schaltfläche entfernen</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Schaltfläche entfernen</translation>
    </message>
    <message>
        <source>Button label (up to 25 characters)</source>
        <translation>Beschriftung der Schaltfläche (bis zu 25 Zeichen)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>https://example.com/track/{{1}}</source>
        <translation>https://example.com/track/{{1}}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Sample for {{1}} at the end of the address</source>
        <translation>Beispiel für {{1}} am Ende der Adresse</translation>
    </message>
    <message>
        <source>Add {{1}}</source>
        <translation>{{1}} hinzufügen</translation>
    </message>
    <message>
        <source>Let each message add its own ending to the address</source>
        <translation>Jede Nachricht ein eigenes Ende an die Adresse anhängen lassen</translation>
    </message>
    <message>
        <source>Suffix sample</source>
        <translation>Beispiel für das Ende</translation>
    </message>
    <message>
        <source>+15550051310</source>
        <translation>+15550051310</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Sample code, up to 15 characters</source>
        <translation>Beispielcode, bis zu 15 Zeichen</translation>
    </message>
    <message>
        <source>Sample code</source>
        <translation>Beispielcode</translation>
    </message>
    <message>
        <source>One-tap autofill</source>
        <translation>One-Tap-Autofill</translation>
    </message>
    <message>
        <source>Zero-tap</source>
        <translation>Zero-Tap</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Android package, e.g. com.example.app</source>
        <translation>Android-Paket, z. B. com.example.app</translation>
    </message>
    <message>
        <source>App signature hash (11 characters)</source>
        <translation>App-Signatur-Hash (11 Zeichen)</translation>
    </message>
    <message>
        <source>App package</source>
        <translation>App-Paket</translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation>Signatur-Hash</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateComposer</name>
    <message>
        <source>Choose sample file…</source>
        <translation>Beispieldatei wählen…</translation>
    </message>
    <message>
        <source>Add &quot;For your security, do not share this code.&quot;</source>
        <translation>&quot;Geben Sie diesen Code zu Ihrer Sicherheit nicht weiter.&quot; hinzufügen</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation>Neue Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Load a template from a JSON file</source>
        <translation>Vorlage aus einer JSON-Datei laden</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the template as JSON, e.g. to keep it in version control</source>
        <translation>Vorlage als JSON speichern, z. B. für die Versionsverwaltung</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>order_update (lower-case letters, digits, _)</source>
        <translation>order_update (Kleinbuchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Numbered: {{1}}, {{2}}</source>
        <translation>Nummeriert: {{1}}, {{2}}</translation>
    </message>
    <message>
        <source>Named: {{first_name}}</source>
        <translation>Benannt: {{first_name}}</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variablen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Header text, up to 60 characters, at most one variable</source>
        <translation>Kopfzeilentext, bis zu 60 Zeichen, höchstens eine Variable</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>Kopfzeilentext</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Videos (*.mp4)</source>
        <translation>Videos (*.mp4)</translation>
    </message>
    <message>
        <source>Documents (*.pdf)</source>
        <translation>Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Sample for the Header</source>
        <translation>Beispiel für die Kopfzeile</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variable</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor</source>
        <translation>Variable an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Bold (*text*)</source>
        <translation>Fett (*Text*)</translation>
    </message>
    <message>
        <source>Italic (_text_)</source>
        <translation>Kursiv (_Text_)</translation>
    </message>
    <message>
        <source>Strikethrough (~text~)</source>
        <translation>Durchgestrichen (~Text~)</translation>
    </message>
    <message>
        <source>Monospace (```text```)</source>
        <translation>Festbreitenschrift (```Text```)</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Textkörper</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} has shipped.</source>
        <translation>Hallo {{1}}, Ihre Bestellung {{2}} wurde versandt.</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code expires after</source>
        <translation>Code läuft ab nach</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Textkörper</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation>Optional, bis zu 60 Zeichen, keine Variablen</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Schaltflächen</translation>
    </message>
    <message>
        <source>Sample uploaded</source>
        <translation>Beispiel hochgeladen</translation>
    </message>
    <message>
        <source>Meta reviews the template with a sample %1.</source>
        <translation>Meta prüft die Vorlage anhand eines Beispiels (%1).</translation>
    </message>
    <message>
        <source>Connect the channel to upload a sample.</source>
        <translation>Verbinden Sie den Kanal, um ein Beispiel hochzuladen.</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>Bereit zum Einreichen.</translation>
    </message>
    <message>
        <source>%1 to fix, %2 to check.</source>
        <extracomment>%1 is &quot;%n problem(s)&quot;, %2 is &quot;%n warning(s)&quot;</extracomment>
        <translation>%1 zu beheben, %2 zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems shown beside the fields first.</source>
        <translation>Beheben Sie zuerst die neben den Feldern angezeigten Probleme.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation>%1 wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>✔ %1 uploaded as the sample.</source>
        <translation>✔ %1 als Beispiel hochgeladen.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird eingereicht…</translation>
    </message>
    <message>
        <source>Submitted. Waiting for WhatsApp&apos;s review…</source>
        <translation>Eingereicht. Warten auf die Prüfung durch WhatsApp…</translation>
    </message>
    <message>
        <source>✔ Approved. The template can be sent now.</source>
        <translation>✔ Genehmigt. Die Vorlage kann jetzt gesendet werden.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>✖ Rejected (%1). Fix it and submit under a new name.</source>
        <translation>✖ Abgelehnt (%1). Beheben Sie das Problem und reichen Sie die Vorlage unter einem neuen Namen ein.</translation>
    </message>
    <message>
        <source>In review (%1)…</source>
        <translation>In Prüfung (%1)…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a template in JSON: %2</source>
        <translation>%1 ist keine Vorlage im JSON-Format: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>Header type</source>
        <translation>Kopfzeilentyp</translation>
    </message>
    <message>
        <source>Not submitted: fix the problems shown beside the fields.</source>
        <translation>Nicht eingereicht: Beheben Sie die neben den Feldern angezeigten Probleme.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateDetails</name>
    <message>
        <source>Link “%1” → %2</source>
        <translation>Link „%1“ → %2</translation>
    </message>
    <message>
        <source>Call “%1” → %2</source>
        <translation>Anruf „%1“ → %2</translation>
    </message>
    <message>
        <source>Quick reply “%1”</source>
        <translation>Schnellantwort „%1“</translation>
    </message>
    <message>
        <source>Copy code (e.g. %1)</source>
        <translation>Code kopieren (z. B. %1)</translation>
    </message>
    <message>
        <source>One-time password (%1)</source>
        <translation>Einmalpasswort (%1)</translation>
    </message>
    <message>
        <source>{{%1}} = %2</source>
        <translation>{{%1}} = %2</translation>
    </message>
    <message>
        <source>Select a template to see how customers receive it and what it is made of.</source>
        <translation>Wählen Sie eine Vorlage aus, um zu sehen, wie Kunden sie erhalten und woraus sie besteht.</translation>
    </message>
    <message>
        <source>As customers see it</source>
        <translation>So sehen Kunden sie</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <extracomment>A template&apos;s quality rating shown as a chip: &quot;Quality: Green&quot;.</extracomment>
        <translation>Qualität: %1</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>Ablehnungsgrund: %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>%1 (sent with each message)</source>
        <translation>%1 (wird mit jeder Nachricht gesendet)</translation>
    </message>
    <message>
        <source>Header variables</source>
        <translation>Kopfzeilen-Variablen</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Textkörper</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s own text with the one-time code</source>
        <translation>Eigener Text von WhatsApp mit dem Einmalcode</translation>
    </message>
    <message>
        <source>Variables (named)</source>
        <translation>Variablen (benannt)</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Schaltflächen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePickerDialog</name>
    <message>
        <source>one-time-password templates are sent by your systems, not by hand</source>
        <translation>Einmalpasswort-Vorlagen werden von Ihren Systemen gesendet, nicht von Hand</translation>
    </message>
    <message>
        <source>location headers are not supported here yet</source>
        <translation>Standort-Kopfzeilen werden hier noch nicht unterstützt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Vorlage senden</translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation>Vorlagen filtern</translation>
    </message>
    <message>
        <source>Approved templates</source>
        <translation>Genehmigte Vorlagen</translation>
    </message>
    <message>
        <source>Load the channel&apos;s templates from WhatsApp again</source>
        <translation>Vorlagen des Kanals erneut von WhatsApp laden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Send Template</source>
        <translation>Vorlage &amp;senden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not available here: %1.</source>
        <translation>Hier nicht verfügbar: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) not approved (pending, rejected or paused) are not shown.</source>
        <translation>
            <numerusform>%n nicht genehmigte Vorlage (ausstehend, abgelehnt oder pausiert) wird nicht angezeigt.</numerusform>
            <numerusform>%n nicht genehmigte Vorlagen (ausstehend, abgelehnt oder pausiert) werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved templates. Press Refresh to load them from WhatsApp.</source>
        <translation>Keine genehmigten Vorlagen. Klicken Sie auf „Aktualisieren“, um sie von WhatsApp zu laden.</translation>
    </message>
    <message>
        <source>No approved templates for this channel.</source>
        <translation>Keine genehmigten Vorlagen für diesen Kanal.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Vorlage wählen</translation>
    </message>
    <message>
        <source>Header {{%1}}:</source>
        <translation>Kopfzeile {{%1}}:</translation>
    </message>
    <message>
        <source>Text for the header</source>
        <translation>Text für die Kopfzeile</translation>
    </message>
    <message>
        <source>Header %1:</source>
        <translation>Kopfzeile %1:</translation>
    </message>
    <message>
        <source>Public https:// link to the %1</source>
        <translation>Öffentlicher https://-Link (%1)</translation>
    </message>
    <message>
        <source>{{%1}}:</source>
        <translation>{{%1}}:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Link “%1”:</source>
        <translation>Link „%1“:</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>Ende von %1</translation>
    </message>
    <message>
        <source>Coupon code:</source>
        <translation>Gutscheincode:</translation>
    </message>
    <message>
        <source>The code the customer copies</source>
        <translation>Der Code, den der Kunde kopiert</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>Diese Vorlage hat keine Variablen.</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Wählen Sie eine genehmigte Vorlage.</translation>
    </message>
    <message>
        <source>Fill in every field (%1 is empty).</source>
        <translation>Füllen Sie jedes Feld aus (%1 ist leer).</translation>
    </message>
    <message>
        <source>WhatsApp would refuse these parameters (%1): %2</source>
        <translation>WhatsApp würde diese Parameter ablehnen (%1): %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePreview</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation>▶ Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Textkörper</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Alle Optionen ansehen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateSendDialog</name>
    <message>
        <source>Send a Template</source>
        <translation>Vorlage senden</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Werte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Vorlage senden</translation>
    </message>
    <message>
        <source>This channel has no approved templates yet. Write one under Templates, and send it once WhatsApp has approved it.</source>
        <translation>Dieser Kanal hat noch keine genehmigten Vorlagen. Erstellen Sie eine unter „Vorlagen“ und senden Sie sie, sobald WhatsApp sie genehmigt hat.</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Kopfzeilenwert</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Link (https)</source>
        <translation>Link (https)</translation>
    </message>
    <message>
        <source>Uploaded media id</source>
        <translation>ID des hochgeladenen Mediums</translation>
    </message>
    <message>
        <source>https://example.com/file or media id</source>
        <translation>https://example.com/file oder Medien-ID</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Kopfzeile %1</translation>
    </message>
    <message>
        <source>File name shown (optional)</source>
        <translation>Angezeigter Dateiname (optional)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Ortsname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Wert für {{%1}}</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.50</source>
        <translation>Betrag, z. B. 12.50</translation>
    </message>
    <message>
        <source>Shown as, e.g. $12.50</source>
        <translation>Angezeigt als, z. B. 12,50 $</translation>
    </message>
    <message>
        <source>Shown as, e.g. May 3, 2025</source>
        <translation>Angezeigt als, z. B. 3. Mai 2025</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Ending of %1</source>
        <translation>Ende von %1</translation>
    </message>
    <message>
        <source>Code to copy, up to 15 characters</source>
        <translation>Zu kopierender Code, bis zu 15 Zeichen</translation>
    </message>
    <message>
        <source>Payload sent back (optional)</source>
        <translation>Zurückgesendeter Payload (optional)</translation>
    </message>
    <message>
        <source>Button &quot;%1&quot;</source>
        <translation>Schaltfläche &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This template has no variables; it is sent as it is.</source>
        <translation>Diese Vorlage hat keine Variablen; sie wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Wählen Sie eine genehmigte Vorlage.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Kopfzeile %1</translation>
    </message>
    <message>
        <source>header location (latitude and longitude)</source>
        <translation>Standort der Kopfzeile (Breiten- und Längengrad)</translation>
    </message>
    <message>
        <source>{{%1}} currency code and amount</source>
        <translation>{{%1}} Währungscode und Betrag</translation>
    </message>
    <message>
        <source>button %1</source>
        <translation>Schaltfläche %1</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
    <message>
        <source>WhatsApp would refuse this (error %1): %2</source>
        <translation>WhatsApp würde dies ablehnen (Fehler %1): %2</translation>
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
        <translation>Ablehnungsgrund: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateViewDialog</name>
    <message>
        <source>Template %1 (%2)</source>
        <extracomment>Window title: a template&apos;s name and language.</extracomment>
        <translation>Vorlage %1 (%2)</translation>
    </message>
    <message>
        <source>A template cannot be changed from here: 360dialog offers no way to edit one. Duplicate it to submit a corrected copy under a new name, or edit it in the 360dialog Hub.</source>
        <translation>Eine Vorlage kann hier nicht geändert werden: 360dialog bietet keine Möglichkeit, sie zu bearbeiten. Duplizieren Sie sie, um eine korrigierte Kopie unter einem neuen Namen einzureichen, oder bearbeiten Sie sie im 360dialog Hub.</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Write a new template starting from this one</source>
        <translation>Eine neue Vorlage auf Basis dieser erstellen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatesPanel</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Neue Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Search by name, language, category or status</source>
        <translation>Nach Name, Sprache, Kategorie oder Status suchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Load the templates from WhatsApp again (%1)</source>
        <translation>Vorlagen erneut von WhatsApp laden (%1)</translation>
    </message>
    <message>
        <source>Write a new template starting from the selected one</source>
        <translation>Eine neue Vorlage auf Basis der ausgewählten erstellen</translation>
    </message>
    <message>
        <source>Delete the selected template in all its languages</source>
        <translation>Die ausgewählte Vorlage in allen Sprachen löschen</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Vorlagen werden geladen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>the last sync (cached)</source>
        <translation>letzte Synchronisierung (zwischengespeichert)</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation>%1 (%2) ist jetzt %3.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <source>%1 (%2): quality is now %3.</source>
        <translation>%1 (%2): Qualität ist jetzt %3.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>New Template from %1</source>
        <translation>Neue Vorlage aus %1</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Die Vorlage &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>All its languages go (%1). WhatsApp does not let you reuse the name for 30 days.</source>
        <translation>Alle ihre Sprachen werden gelöscht (%1). WhatsApp erlaubt die Wiederverwendung des Namens erst nach 30 Tagen.</translation>
    </message>
    <message>
        <source>Deleted %1 in all its languages.</source>
        <translation>%1 in allen Sprachen gelöscht.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message>
        <source>This channel has no templates yet. Updated at %1.</source>
        <translation>Dieser Kanal hat noch keine Vorlagen. Stand: %1.</translation>
    </message>
    <message>
        <source>Templates: %1. Updated at %2.</source>
        <translation>Vorlagen: %1. Stand: %2.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 templates. Updated at %3.</source>
        <translation>%1 von %2 Vorlagen werden angezeigt. Stand: %3.</translation>
    </message>
    <message>
        <source>Double-click a template (or press Enter) to open it</source>
        <translation>Doppelklicken Sie auf eine Vorlage (oder drücken Sie Enter), um sie zu öffnen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UploadList</name>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Upload abbrechen</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>Warten auf erneuten Versuch…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting (uploads are paced)…</source>
        <translation>Wartet (Uploads werden gedrosselt)…</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2</source>
        <translation>Wird hochgeladen: %1 von %2</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Uploaded · media id %1 · expires in 30 days</source>
        <translation>Hochgeladen · Medien-ID %1 · läuft in 30 Tagen ab</translation>
    </message>
    <message>
        <source>Already uploaded (same content) · media id %1 reused</source>
        <translation>Bereits hochgeladen (gleicher Inhalt) · Medien-ID %1 wiederverwendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UsageChart</name>
    <message>
        <source>Usage chart</source>
        <translation>Nutzungsdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), %1 conversations in all</source>
        <translation>
            <numerusform>%n Zeitraum, insgesamt %1 Unterhaltungen</numerusform>
            <numerusform>%n Zeiträume, insgesamt %1 Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>%1
%2 conversations: %3 free, %4 paid
%5 business-initiated, %6 user-initiated
Cost: %7</source>
        <translation>%1
%2 Unterhaltungen: %3 kostenlos, %4 bezahlt
%5 vom Unternehmen initiiert, %6 vom Nutzer initiiert
Kosten: %7</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UsagePanel</name>
    <message>
        <source>Balance and usage</source>
        <translation>Guthaben und Nutzung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Usage per day, last 30 days</source>
        <translation>Nutzung pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Usage per month, last 12 months</source>
        <translation>Nutzung pro Monat, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Nutzung wird geladen…</translation>
    </message>
    <message>
        <source>Figures are 360dialog&apos;s estimates; the month&apos;s invoice is final.</source>
        <translation>Die Zahlen sind Schätzungen von 360dialog; maßgeblich ist die Monatsrechnung.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its currency code, e.g. &quot;36.10 EUR&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No balance</source>
        <translation>Kein Guthaben</translation>
    </message>
    <message>
        <source>The client&apos;s prepaid balance at 360dialog</source>
        <translation>Das Prepaid-Guthaben des Clients bei 360dialog</translation>
    </message>
    <message>
        <source>Only clients who pay 360dialog directly have a balance.</source>
        <translation>Nur Clients, die 360dialog direkt bezahlen, haben ein Guthaben.</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <translation>in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>%1 conversations %2 · %3 paid · cost %4</source>
        <translation>%1 Unterhaltungen %2 · %3 bezahlt · Kosten %4</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message numerus="yes">
        <source>360dialog allows 5 balance requests per client in 30 seconds; this one goes out in %n second(s).</source>
        <translation>
            <numerusform>360dialog erlaubt 5 Guthabenabfragen pro Client in 30 Sekunden; diese wird in %n Sekunde gesendet.</numerusform>
            <numerusform>360dialog erlaubt 5 Guthabenabfragen pro Client in 30 Sekunden; diese wird in %n Sekunden gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::VariableSampleEditor</name>
    <message>
        <source>Sample value (required)</source>
        <translation>Beispielwert (erforderlich)</translation>
    </message>
    <message>
        <source>Sample for {{%1}}</source>
        <translation>Beispiel für {{%1}}</translation>
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
        <translation>Position</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Stummschalten (M)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Cannot be played: the player did not respond.</source>
        <translation>Kann nicht abgespielt werden: Der Player hat nicht reagiert.</translation>
    </message>
    <message>
        <source>Cannot be played: this system has no media playback.</source>
        <translation>Kann nicht abgespielt werden: Dieses System hat keine Medienwiedergabe.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookAuthEditor</name>
    <message>
        <source>&amp;Generate Secret</source>
        <translation>Secret &amp;erzeugen</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Generated secret header (%1)</source>
        <translation>Erzeugter Secret-Header (%1)</translation>
    </message>
    <message>
        <source>Basic credentials (Authorization: Basic …)</source>
        <translation>Basic-Zugangsdaten (Authorization: Basic …)</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>360dialog adds no header. Anyone who learns the URL can send fake events to it; choose a secret header unless something else protects the URL.</source>
        <translation>360dialog fügt keinen Header hinzu. Jeder, der die URL kennt, kann gefälschte Ereignisse an sie senden; wählen Sie einen Secret-Header, sofern die URL nicht anderweitig geschützt ist.</translation>
    </message>
    <message>
        <source>Create a new random secret (32 bytes)</source>
        <translation>Ein neues zufälliges Secret erzeugen (32 Bytes)</translation>
    </message>
    <message>
        <source>360dialog sends this header with every delivery, and the listener refuses requests without it. The value goes straight to 360dialog and into the keychain: there is nothing to copy.</source>
        <translation>360dialog sendet diesen Header bei jeder Zustellung mit, und der Listener weist Anfragen ohne ihn ab. Der Wert geht direkt an 360dialog und in den Schlüsselbund: Es gibt nichts zu kopieren.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Click “Generate Secret” to create the secret.</source>
        <translation>Klicken Sie auf „Secret erzeugen“, um das Secret zu erstellen.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The user name must not contain “:”.</source>
        <translation>Der Benutzername darf kein „:“ enthalten.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid header name (letters, digits and -).</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Header-Name (Buchstaben, Ziffern und -).</translation>
    </message>
    <message>
        <source>Row %1: the header %2 appears twice.</source>
        <translation>Zeile %1: Der Header %2 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Row %1: the header needs a value.</source>
        <translation>Zeile %1: Der Header benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Row %1: the value must not contain line breaks.</source>
        <translation>Zeile %1: Der Wert darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Add at least one header, or choose “None”.</source>
        <translation>Fügen Sie mindestens einen Header hinzu oder wählen Sie „Keine“.</translation>
    </message>
    <message>
        <source>%1: no secret yet</source>
        <translation>%1: noch kein Secret</translation>
    </message>
    <message>
        <source>%1: %2 (%3 characters)</source>
        <translation>%1: %2 (%3 Zeichen)</translation>
    </message>
    <message>
        <source>&amp;Generate New Secret</source>
        <translation>Neues Secret &amp;erzeugen</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookEventModel</name>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>in Quarantäne</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(removed channel)</source>
        <translation>(entfernter Kanal)</translation>
    </message>
    <message>
        <source>new messages: %1</source>
        <translation>neue Nachrichten: %1</translation>
    </message>
    <message>
        <source>new statuses: %1</source>
        <translation>neue Status: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookInspector</name>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>Erneut &amp;einspielen</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Noch keine Webhooks</translation>
    </message>
    <message>
        <source>Webhook Inspector</source>
        <translation>Webhook-Inspektor</translation>
    </message>
    <message>
        <source>Channel for the test event</source>
        <translation>Kanal für das Testereignis</translation>
    </message>
    <message>
        <source>Post a test message for this channel, with its webhook secret, to the listener&apos;s own URL</source>
        <translation>Eine Testnachricht für diesen Kanal mit seinem Webhook-Secret an die eigene URL des Listeners senden</translation>
    </message>
    <message>
        <source>Feed the selected body into the journal again; it is ingested like a redelivery</source>
        <translation>Den ausgewählten Inhalt erneut ins Journal einspielen; er wird wie eine erneute Zustellung verarbeitet</translation>
    </message>
    <message>
        <source>Webhook deliveries appear here as they arrive, with what became of each: stored, duplicate, quarantined or rejected. &lt;b&gt;Send Test Event&lt;/b&gt; tries the round trip through the listener.</source>
        <translation>Webhook-Zustellungen erscheinen hier, sobald sie eintreffen, jeweils mit ihrem Ergebnis: gespeichert, Duplikat, in Quarantäne oder abgelehnt. &lt;b&gt;Testereignis senden&lt;/b&gt; testet den kompletten Weg durch den Listener.</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>Webhook body</source>
        <translation>Webhook-Inhalt</translation>
    </message>
    <message>
        <source>Select a delivery to see its body.</source>
        <translation>Wählen Sie eine Zustellung aus, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Test event &amp;for:</source>
        <translation>Testereignis &amp;für:</translation>
    </message>
    <message>
        <source>Show deliveries</source>
        <translation>Zustellungen anzeigen</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <source>Filter: wamid, number, code, text…</source>
        <translation>Filter: wamid, Nummer, Code, Text…</translation>
    </message>
    <message>
        <source>Filter deliveries</source>
        <translation>Zustellungen filtern</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The test event went through the listener and came back in %1 ms: %2.</source>
        <translation>Das Testereignis hat den Listener durchlaufen und kam nach %1 ms zurück: %2.</translation>
    </message>
    <message>
        <source>Replayed into the journal: %1.</source>
        <translation>Erneut ins Journal eingespielt: %1.</translation>
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
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Refused at %1 from %2: %3. The body of a refused request is not read, and nothing was stored.</source>
        <translation>Abgewiesen um %1 von %2: %3. Der Inhalt einer abgewiesenen Anfrage wird nicht gelesen, und es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>a replay</source>
        <translation>erneutes Einspielen</translation>
    </message>
    <message>
        <source>Journal #%1</source>
        <translation>Journal #%1</translation>
    </message>
    <message>
        <source>received %1 from %2</source>
        <translation>empfangen %1, Quelle: %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Listening at %1 · received: %2 · refused: %3</source>
        <translation>Empfang unter %1 · empfangen: %2 · abgewiesen: %3</translation>
    </message>
    <message>
        <source>The listener is not running: %1</source>
        <translation>Der Listener läuft nicht: %1</translation>
    </message>
    <message>
        <source>“%1” has no webhook secret yet, so the listener would refuse the test event. Set the channel&apos;s webhook with a secret header on its Webhooks tab first.</source>
        <translation>„%1“ hat noch kein Webhook-Secret, daher würde der Listener das Testereignis abweisen. Legen Sie zuerst auf der Registerkarte „Webhooks“ des Kanals dessen Webhook mit einem Secret-Header fest.</translation>
    </message>
    <message>
        <source>Sending a test event to %1…</source>
        <translation>Testereignis wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>The listener answered the test event with HTTP %1.</source>
        <translation>Der Listener hat das Testereignis mit HTTP %1 beantwortet.</translation>
    </message>
    <message>
        <source>The test event did not reach the listener: %1</source>
        <translation>Das Testereignis hat den Listener nicht erreicht: %1</translation>
    </message>
    <message>
        <source>The body could not be replayed: %1</source>
        <translation>Der Inhalt konnte nicht erneut eingespielt werden: %1</translation>
    </message>
    <message>
        <source>Replaying #%1 as #%2…</source>
        <translation>#%1 wird als #%2 erneut eingespielt…</translation>
    </message>
    <message>
        <source>The listener is not running. Start it in Settings → Webhook Listener…</source>
        <translation>Der Listener läuft nicht. Starten Sie ihn unter Einstellungen → Webhook-Listener…</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookSection</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Save Webhook</source>
        <translation>Webhook &amp;speichern</translation>
    </message>
    <message>
        <source>WABA webhook</source>
        <translation>WABA-Webhook</translation>
    </message>
    <message>
        <source>Phone-number webhook</source>
        <translation>Telefonnummer-Webhook</translation>
    </message>
    <message>
        <source>One URL for every number of the WhatsApp Business Account. 360dialog uses it for numbers without a phone-number webhook; each event names its number.</source>
        <translation>Eine URL für alle Nummern des WhatsApp Business-Kontos. 360dialog verwendet sie für Nummern ohne Telefonnummer-Webhook; jedes Ereignis nennt seine Nummer.</translation>
    </message>
    <message>
        <source>Where 360dialog delivers this number&apos;s incoming messages and delivery statuses. It takes precedence over the WABA webhook.</source>
        <translation>Wohin 360dialog die eingehenden Nachrichten und Zustellstatus dieser Nummer zustellt. Hat Vorrang vor dem WABA-Webhook.</translation>
    </message>
    <message>
        <source>Read the webhook from 360dialog again</source>
        <translation>Webhook erneut von 360dialog lesen</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Set this webhook at 360dialog and keep its header values in the keychain</source>
        <translation>Diesen Webhook bei 360dialog festlegen und seine Header-Werte im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>At 360dialog now:</source>
        <translation>Derzeit bei 360dialog:</translation>
    </message>
    <message>
        <source>New &amp;URL:</source>
        <translation>Neue &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Reading from 360dialog…</source>
        <translation>Wird von 360dialog gelesen…</translation>
    </message>
    <message>
        <source>No webhook set.</source>
        <translation>Kein Webhook festgelegt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No authentication header.</source>
        <translation>Kein Authentifizierungs-Header.</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>Could not read the webhook: %1</source>
        <translation>Der Webhook konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Setting the webhook at 360dialog…</source>
        <translation>Webhook wird bei 360dialog festgelegt…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved at %1: 360dialog delivers to %2.</source>
        <translation>Gespeichert um %1: 360dialog stellt an %2 zu.</translation>
    </message>
    <message>
        <source>This number&apos;s messages and statuses go to its phone-number webhook above.</source>
        <translation>Nachrichten und Status dieser Nummer gehen an ihren Telefonnummer-Webhook oben.</translation>
    </message>
    <message>
        <source>360dialog delivers this number&apos;s messages and statuses to the WABA webhook below.</source>
        <translation>360dialog stellt Nachrichten und Status dieser Nummer an den WABA-Webhook unten zu.</translation>
    </message>
    <message>
        <source>Numbers without a phone-number webhook get nothing delivered.</source>
        <translation>An Nummern ohne Telefonnummer-Webhook wird nichts zugestellt.</translation>
    </message>
    <message>
        <source>360dialog has nowhere to deliver this number&apos;s messages and statuses.</source>
        <translation>360dialog kann Nachrichten und Status dieser Nummer nirgendwohin zustellen.</translation>
    </message>
    <message>
        <source>✔ WabaDesk&apos;s embedded listener on this computer: the local sandbox delivers here, and what arrives shows in this window.</source>
        <translation>✔ Integrierter Listener von WabaDesk auf diesem Computer: Die lokale Sandbox stellt hierhin zu, und was ankommt, erscheint in diesem Fenster.</translation>
    </message>
    <message>
        <source>✔ WabaDesk&apos;s embedded listener: what arrives shows in this window.</source>
        <translation>✔ Integrierter Listener von WabaDesk: Was ankommt, erscheint in diesem Fenster.</translation>
    </message>
    <message>
        <source>Takes precedence over the WABA webhook for this number.</source>
        <translation>Hat für diese Nummer Vorrang vor dem WABA-Webhook.</translation>
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
        <translation>&lt;p style=&apos;margin-top:0&apos;&gt;360dialog stellt eingehende Nachrichten und Zustellstatus als HTTPS-POST-Anfragen an eine Webhook-URL zu. Diese URL muss &lt;b&gt;öffentlich&lt;/b&gt; sein, &lt;b&gt;https://&lt;/b&gt; mit einem gültigen Zertifikat auf &lt;b&gt;Port 443&lt;/b&gt; verwenden (kein Port in der URL), und ihr Hostname darf kein &lt;b&gt;„_“&lt;/b&gt; enthalten.&lt;/p&gt;&lt;p&gt;Ein Desktop-Computer hinter einem Router (NAT) ist aus dem Internet nicht direkt erreichbar. Schalten Sie einen &lt;b&gt;Reverse Proxy&lt;/b&gt; auf einem öffentlichen Host (zum Beispiel nginx oder Caddy) oder einen &lt;b&gt;Tunnel&lt;/b&gt; (zum Beispiel Cloudflare Tunnel oder ngrok) davor, der an die lokale Adresse des integrierten Webhook-Listeners von WabaDesk weiterleitet.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;Der integrierte Listener läuft dort, wo &lt;b&gt;Einstellungen → Webhook-Listener…&lt;/b&gt; angibt. Der Authentifizierungs-Header, den Sie hier wählen, geht an 360dialog und in den Schlüsselbund, wo der Listener ihn liest: Anfragen ohne ihn werden abgewiesen und nie gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;This is a sandbox channel: http:// URLs on this computer (127.0.0.1, localhost) are accepted too, for local testing.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;Dies ist ein Sandbox-Kanal: http://-URLs auf diesem Computer (127.0.0.1, localhost) werden für lokale Tests ebenfalls akzeptiert.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WindowBanner</name>
    <message>
        <source>Send &amp;template…</source>
        <translation>&amp;Vorlage senden…</translation>
    </message>
    <message>
        <source>Customer service window</source>
        <translation>Kundenservice-Fenster</translation>
    </message>
    <message>
        <source>Choose an approved message template; WhatsApp delivers those at any time</source>
        <translation>Wählen Sie eine genehmigte Nachrichtenvorlage; WhatsApp stellt diese jederzeit zu</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>weniger als einer Minute</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Window closes in %1 — after that, only templates reach the customer.</source>
        <translation>Das Fenster schließt in %1 — danach erreichen nur noch Vorlagen den Kunden.</translation>
    </message>
    <message>
        <source>Window open — %1 left</source>
        <translation>Fenster offen — schließt in %1</translation>
    </message>
    <message>
        <source>This customer has not written to you yet. WhatsApp delivers only approved templates until they reply.</source>
        <translation>Dieser Kunde hat Ihnen noch nicht geschrieben. WhatsApp stellt nur genehmigte Vorlagen zu, bis er antwortet.</translation>
    </message>
    <message>
        <source>WhatsApp reported the 24-hour window as closed (error 131047). Free-form messages would not be delivered: send an approved template. The window reopens when the customer replies.</source>
        <translation>WhatsApp hat das 24-Stunden-Fenster als geschlossen gemeldet (Fehler 131047). Freitextnachrichten würden nicht zugestellt: Senden Sie eine genehmigte Vorlage. Das Fenster öffnet sich wieder, wenn der Kunde antwortet.</translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago. Free-form messages would not be delivered: send an approved template. The window reopens when the customer replies.</source>
        <translation>Das 24-Stunden-Fenster wurde vor %1 geschlossen. Freitextnachrichten würden nicht zugestellt: Senden Sie eine genehmigte Vorlage. Das Fenster öffnet sich wieder, wenn der Kunde antwortet.</translation>
    </message>
    <message>
        <source>The window ends %1 (24 hours after the customer&apos;s last message).</source>
        <translation>Ende des Fensters: %1 (24 Stunden nach der letzten Nachricht des Kunden).</translation>
    </message>
</context>
<context>
    <name>wabadesk::webhook::ListenerService</name>
    <message>
        <source>The journal cannot be opened: %1</source>
        <translation>Das Journal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The listener cannot start: %1</source>
        <translation>Der Listener kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The listener is not running.</source>
        <translation>Der Listener läuft nicht.</translation>
    </message>
    <message>
        <source>The journal refused the record: %1</source>
        <translation>Das Journal hat den Eintrag abgelehnt: %1</translation>
    </message>
</context>
</TS>
