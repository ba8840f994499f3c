<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add an API token</source>
        <translation>API-Token hinzufügen</translation>
    </message>
    <message>
        <source>Paste an API token from the Document360 portal (Settings &gt; API Tokens, or Knowledge base portal &gt; API keys). It is checked with the server before it is saved, and kept only in your system keychain.</source>
        <translation>Fügen Sie ein API-Token aus dem Document360-Portal ein (Einstellungen &gt; API-Tokens oder Wissensdatenbank-Portal &gt; API-Schlüssel). Es wird vor dem Speichern beim Server geprüft und nur im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation>z. B. Handbuch (EU)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation>Name des privaten Hostings oder Basis-URL</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Das Token nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>&amp;Prüfen und speichern</translation>
    </message>
    <message>
        <source>Test the token and save the account</source>
        <translation>Token prüfen und Konto speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Show the token, to check what was pasted</source>
        <translation>Token anzeigen, um zu prüfen, was eingefügt wurde</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation>Token &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add an account with an API token</source>
        <translation>Konto mit einem API-Token hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Add an account by signing in</source>
        <translation>Konto durch Anmelden hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Token &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Replace the token or sign in again</source>
        <translation>Token ersetzen oder erneut anmelden</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>Konto prüfen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the region or base URL and your internet connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Region oder die Basis-URL und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The address may be wrong, or the service is down.</source>
        <translation>%1 hat die Verbindung abgelehnt. Die Adresse ist möglicherweise falsch, oder der Dienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The network is unreachable (%1). Check your internet connection.</source>
        <translation>Das Netzwerk ist nicht erreichbar (%1). Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped (%2). Try again.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No secure connection to %1 (%2). A proxy, a wrong system clock or an outdated certificate store may be in the way.</source>
        <translation>Keine sichere Verbindung zu %1 (%2). Möglicherweise stört ein Proxy, eine falsche Systemzeit oder ein veralteter Zertifikatspeicher.</translation>
    </message>
    <message>
        <source>Refused an unsafe address (%1). Only https is used, except on this computer (localhost).</source>
        <translation>Unsichere Adresse abgelehnt (%1). Es wird nur https verwendet, außer auf diesem Computer (localhost).</translation>
    </message>
    <message>
        <source>Too many redirects (%1). The download link may be misconfigured.</source>
        <translation>Zu viele Weiterleitungen (%1). Der Download-Link ist möglicherweise falsch konfiguriert.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). A proxy or a server fault may be in the way; try again later.</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden (%2). Möglicherweise stört ein Proxy oder ein Serverfehler; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Document360 could not read the request (400): %1. This is a bug in D360 Exporter; please report it with the trace id.</source>
        <translation>Document360 konnte die Anfrage nicht lesen (400): %1. Dies ist ein Fehler in D360 Exporter; bitte melden Sie ihn mit der Trace-ID.</translation>
    </message>
    <message>
        <source>Document360 refused the token (401): the token was revoked or belongs to another region. Check the region, or replace the token.</source>
        <translation>Document360 hat das Token abgelehnt (401): Das Token wurde widerrufen oder gehört zu einer anderen Region. Prüfen Sie die Region, oder ersetzen Sie das Token.</translation>
    </message>
    <message>
        <source>The token may not do this (403): %1. Exporting needs the UpdateProjectSettings permission; ask a project owner.</source>
        <translation>Das Token darf dies nicht (403): %1. Zum Exportieren ist die Berechtigung UpdateProjectSettings nötig; fragen Sie einen Projektinhaber.</translation>
    </message>
    <message>
        <source>Not found (404): %1. It may have been deleted, or the token belongs to another project.</source>
        <translation>Nicht gefunden (404): %1. Es wurde möglicherweise gelöscht, oder das Token gehört zu einem anderen Projekt.</translation>
    </message>
    <message>
        <source>Document360 rejected the request (422): %1.</source>
        <translation>Document360 hat die Anfrage abgelehnt (422): %1.</translation>
    </message>
    <message>
        <source>Document360 rejected the field %1 (422).</source>
        <translation>Document360 hat das Feld %1 abgelehnt (422).</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached (429): too many requests for this token. Try again in %n second(s), or run fewer exports at once.</source>
        <translation>
            <numerusform>Anfragelimit erreicht (429): zu viele Anfragen mit diesem Token. Versuchen Sie es in %n Sekunde erneut, oder führen Sie weniger Exporte gleichzeitig aus.</numerusform>
            <numerusform>Anfragelimit erreicht (429): zu viele Anfragen mit diesem Token. Versuchen Sie es in %n Sekunden erneut, oder führen Sie weniger Exporte gleichzeitig aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached (429): too many requests for this token. Try again in a minute, or run fewer exports at once.</source>
        <translation>Anfragelimit erreicht (429): zu viele Anfragen mit diesem Token. Versuchen Sie es in einer Minute erneut, oder führen Sie weniger Exporte gleichzeitig aus.</translation>
    </message>
    <message>
        <source>Document360 had a server error (%1): %2. Try again later; if it persists, give support the trace id.</source>
        <translation>Document360 hatte einen Serverfehler (%1): %2. Versuchen Sie es später erneut; falls es weiterhin auftritt, nennen Sie dem Support die Trace-ID.</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2): %3.</source>
        <translation>Unerwartete Antwort von %1 (HTTP %2): %3.</translation>
    </message>
    <message>
        <source>The connection dropped after the export was requested (%1), so the export may have started on the server. Check before starting it again.</source>
        <translation>Die Verbindung wurde unterbrochen, nachdem der Export angefordert wurde (%1); der Export wurde daher möglicherweise auf dem Server gestartet. Prüfen Sie das, bevor Sie ihn erneut starten.</translation>
    </message>
    <message>
        <source>The download link expired (403 from the storage host). A fresh link is needed from the export&apos;s status.</source>
        <translation>Der Download-Link ist abgelaufen (403 vom Speicher-Host). Ein neuer Link muss aus dem Status des Exports geholt werden.</translation>
    </message>
    <message>
        <source>Document360 could not build the export: %1.</source>
        <translation>Document360 konnte den Export nicht erstellen: %1.</translation>
    </message>
    <message>
        <source>Could not save the download: %1. Check free space and permissions of the output folder.</source>
        <translation>Der Download konnte nicht gespeichert werden: %1. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Zielordners.</translation>
    </message>
    <message>
        <source>%1 Trace id: %2</source>
        <translation>%1 Trace-ID: %2</translation>
    </message>
    <message>
        <source>a %1 without &quot;%2&quot;</source>
        <translation>ein %1 ohne „%2“</translation>
    </message>
    <message>
        <source>a completed export without a valid &quot;download_url&quot;</source>
        <translation>ein abgeschlossener Export ohne gültige „download_url“</translation>
    </message>
    <message>
        <source>the server reports a failure</source>
        <translation>der Server meldet einen Fehler</translation>
    </message>
    <message>
        <source>the storage host sent a different part of the file than asked for (Content-Range: %1)</source>
        <translation>der Speicher-Host hat einen anderen Teil der Datei gesendet als angefordert (Content-Range: %1)</translation>
    </message>
    <message>
        <source>the download ended after %1 of %2 bytes</source>
        <translation>der Download endete nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>a redirect from https to %1</source>
        <translation>eine Weiterleitung von https zu %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>the body is JSON but not an object</source>
        <translation>der Inhalt ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>the body ends early, at byte %1 of JSON (truncated)</source>
        <translation>der Inhalt endet vorzeitig, bei Byte %1 des JSON (abgeschnitten)</translation>
    </message>
    <message>
        <source>the body is not JSON (it starts with &quot;%1&quot;)</source>
        <translation>der Inhalt ist kein JSON (er beginnt mit „%1“)</translation>
    </message>
    <message>
        <source>the JSON is invalid at byte %1: %2</source>
        <translation>das JSON ist bei Byte %1 ungültig: %2</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot;</source>
        <translation>die Antwort enthält kein „data“</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>a list was expected, the answer holds %1</source>
        <translation>eine Liste wurde erwartet, die Antwort enthält %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>the list did not end after %1 pages</source>
        <translation>die Liste endete nicht nach %1 Seiten</translation>
    </message>
    <message>
        <source>the list&apos;s pagination repeats itself</source>
        <translation>die Seitenaufteilung der Liste wiederholt sich</translation>
    </message>
    <message>
        <source>the server says there is more, but sent an empty page</source>
        <translation>der Server meldet weitere Einträge, hat aber eine leere Seite gesendet</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>keine Erklärung angegeben</translation>
    </message>
    <message>
        <source>no explanation given; %1</source>
        <translation>keine Erklärung angegeben; %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a private hosting name (one word of letters, digits and dashes, as in https://apihub.NAME.document360.io)</source>
        <translation>„%1“ ist kein Name eines privaten Hostings (ein Wort aus Buchstaben, Ziffern und Bindestrichen, wie in https://apihub.NAME.document360.io)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>„%1“ ist keine URL</translation>
    </message>
    <message>
        <source>a base URL has no query, fragment or user name</source>
        <translation>eine Basis-URL hat keine Abfrage, kein Fragment und keinen Benutzernamen</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>%1 (private hosting)</source>
        <translation>%1 (privates Hosting)</translation>
    </message>
    <message>
        <source>%1 uses plain http on another computer</source>
        <translation>%1 verwendet unverschlüsseltes http auf einem anderen Computer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https address</source>
        <translation>„%1“ ist keine https-Adresse</translation>
    </message>
    <message>
        <source>the answer is %1, more than the %2 an answer may be, so it was not read</source>
        <translation>die Antwort ist %1 groß, mehr als die zulässigen %2, daher wurde sie nicht gelesen</translation>
    </message>
    <message>
        <source>the answer went past the %1 an answer may be, so the rest was not read</source>
        <translation>die Antwort überschritt die zulässigen %1, daher wurde der Rest nicht gelesen</translation>
    </message>
    <message>
        <source>the storage host sent the file without a length (no Content-Length and no chunked encoding), so a cut connection could not be told from its end</source>
        <translation>der Speicher-Host hat die Datei ohne Längenangabe gesendet (kein Content-Length und keine Chunked-Kodierung), daher ließe sich eine abgebrochene Verbindung nicht vom Ende unterscheiden</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Pick a version on the left.</source>
        <translation>Wählen Sie links eine Version aus.</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Ausgewählte Version</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>&amp;All languages of this version</source>
        <translation>&amp;Alle Sprachen dieser Version</translation>
    </message>
    <message>
        <source>Languages to export</source>
        <translation>Zu exportierende Sprachen</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;HTML (ZIP)</source>
        <translation>&amp;HTML (ZIP)</translation>
    </message>
    <message>
        <source>&amp;Markdown (ZIP)</source>
        <translation>&amp;Markdown (ZIP)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the chosen languages and formats (Enter on this button)</source>
        <translation>Die gewählten Sprachen und Formate exportieren (Eingabetaste auf dieser Schaltfläche)</translation>
    </message>
    <message>
        <source>Save as pr&amp;eset…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save these choices as a preset</source>
        <translation>Diese Auswahl als Vorlage speichern</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation>Ausgewählter Auftrag</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Servermeldung</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Server warnings</source>
        <translation>Serverwarnungen</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Link expires:</source>
        <translation>Link läuft ab:</translation>
    </message>
    <message>
        <source>Download link expiry</source>
        <translation>Ablauf des Download-Links</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 der Datei</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Bytes downloaded</source>
        <translation>Heruntergeladene Bytes</translation>
    </message>
    <message>
        <source>For support:</source>
        <translation>Für den Support:</translation>
    </message>
    <message>
        <source>Id for Document360 support</source>
        <translation>ID für den Document360-Support</translation>
    </message>
    <message>
        <source>Extracted into:</source>
        <translation>Entpackt nach:</translation>
    </message>
    <message>
        <source>Folder the file was extracted into</source>
        <translation>Ordner, in den die Datei entpackt wurde</translation>
    </message>
</context>
<context>
    <name>JobQueueView</name>
    <message>
        <source>Export jobs</source>
        <translation>Exportaufträge</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Aufträge filtern</translation>
    </message>
    <message>
        <source>Project, version, language, format, status or file name</source>
        <translation>Projekt, Version, Sprache, Format, Status oder Dateiname</translation>
    </message>
    <message>
        <source>Enter opens the file, Delete removes the job, Ctrl+C copies its path; the context menu has more</source>
        <translation>Eingabetaste öffnet die Datei, Entf entfernt den Auftrag, Strg+C kopiert seinen Pfad; das Kontextmenü bietet mehr</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>D360 Exporter</source>
        <translation>D360 Exporter</translation>
    </message>
    <message>
        <source>Sandbox notice</source>
        <translation>Sandbox-Hinweis</translation>
    </message>
    <message>
        <source>Sandbox: demo data from a simulator on this computer. Nothing here touches a real knowledge base.</source>
        <translation>Sandbox: Demodaten aus einem Simulator auf diesem Computer. Nichts hier berührt eine echte Wissensdatenbank.</translation>
    </message>
    <message>
        <source>Account needs attention</source>
        <translation>Konto erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Token &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Filter projects and versions</source>
        <translation>Projekte und Versionen filtern</translation>
    </message>
    <message>
        <source>Projects and versions</source>
        <translation>Projekte und Versionen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Note about the account&apos;s projects</source>
        <translation>Hinweis zu den Projekten des Kontos</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service is running on this desktop session (GNOME Keyring, KWallet or KeePassXC). Start one and try again.</source>
        <translation>Kein Schlüsselbund verfügbar: In dieser Desktop-Sitzung läuft kein Secret Service (GNOME Keyring, KWallet oder KeePassXC). Starten Sie einen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in again, or open your keyring manager) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (melden Sie sich erneut an, oder öffnen Sie Ihre Schlüsselbundverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow D360 Exporter to use it and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie D360 Exporter den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no token for this account (it may have been deleted there). Replace the token or sign in again.</source>
        <translation>Der Schlüsselbund enthält kein Token für dieses Konto (es wurde dort möglicherweise gelöscht). Ersetzen Sie das Token, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1). The Secret Service may be stuck: restart your keyring or log in again.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet (%1). Der Secret Service hängt möglicherweise: Starten Sie Ihren Schlüsselbund neu, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Dateinamensmuster</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation>Vorschau des Dateinamens</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>Wenn eine Datei &amp;existiert:</translation>
    </message>
    <message>
        <source>When a file exists</source>
        <translation>Wenn eine Datei existiert</translation>
    </message>
    <message>
        <source>Exports at &amp;once:</source>
        <translation>Exporte &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>Exports at once</source>
        <translation>Exporte gleichzeitig</translation>
    </message>
    <message>
        <source>Longest wait between status checks, in seconds</source>
        <translation>Längste Wartezeit zwischen Statusabfragen, in Sekunden</translation>
    </message>
    <message>
        <source>E&amp;xtract HTML and Markdown exports (ZIP) into a folder</source>
        <translation>HTML- und Markdown-Exporte (ZIP) in einen Ordner en&amp;tpacken</translation>
    </message>
    <message>
        <source>O&amp;pen each file when its export completes</source>
        <translation>Jede Datei nach Abschluss ihres Exports ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>Probleme mit diesen Einstellungen</translation>
    </message>
    <message>
        <source>Check on an export being built at least &amp;every:</source>
        <translation>Entstehenden Export abfragen, mindestens &amp;alle:</translation>
    </message>
    <message>
        <source>While Document360 builds an export, D360 Exporter asks how far it is, more often at first and then less; this is the longest it waits between two questions.</source>
        <translation>Während Document360 einen Export erstellt, fragt D360 Exporter nach dem Fortschritt, zuerst häufiger und dann seltener; dies ist die längste Wartezeit zwischen zwei Abfragen.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Document360</source>
        <translation>Bei Document360 anmelden</translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your web browser. D360 Exporter receives the sign-in on this computer only and keeps it in your system keychain.</source>
        <translation>Melden Sie sich mit Ihren Document360-Zugangsdaten in Ihrem Webbrowser an. D360 Exporter empfängt die Anmeldung nur auf diesem Computer und bewahrt sie im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation>z. B. Handbuch (EU)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation>Name des privaten Hostings oder Basis-URL</translation>
    </message>
    <message>
        <source>Sign-in server settings</source>
        <translation>Einstellungen des Anmeldeservers</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>&amp;Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>T&amp;oken-URL:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the sign-in for this session only</source>
        <translation>Die Anmeldung nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>&amp;Copy sign-in link</source>
        <translation>Anmeldelink &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation>Im Browser an&amp;melden</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>the client ID Document360 registered for D360 Exporter</source>
        <translation>die Client-ID, die Document360 für D360 Exporter registriert hat</translation>
    </message>
    <message>
        <source>Where a client ID comes from</source>
        <translation>Woher eine Client-ID kommt</translation>
    </message>
    <message>
        <source>Sign-in server addresses (change only if your administrator says so)</source>
        <translation>Adressen des Anmeldeservers (nur ändern, wenn Ihr Administrator es sagt)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Add an API &amp;token…</source>
        <translation>API-&amp;Token hinzufügen…</translation>
    </message>
    <message>
        <source>Paste a token from Document360: Settings &gt; API Tokens. It is kept in your system&apos;s keychain.</source>
        <translation>Fügen Sie ein Token aus Document360 ein: Einstellungen &gt; API-Tokens. Es wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation>Mit Document360 an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your browser.</source>
        <translation>Melden Sie sich mit Ihren Document360-Zugangsdaten in Ihrem Browser an.</translation>
    </message>
    <message>
        <source>Try the s&amp;andbox</source>
        <translation>S&amp;andbox ausprobieren</translation>
    </message>
    <message>
        <source>Demo projects from a simulator on this computer. Nothing touches a real knowledge base.</source>
        <translation>Demoprojekte aus einem Simulator auf diesem Computer. Nichts berührt eine echte Wissensdatenbank.</translation>
    </message>
    <message>
        <source>Export your Document360 knowledge base</source>
        <translation>Exportieren Sie Ihre Document360-Wissensdatenbank</translation>
    </message>
    <message>
        <source>PDF, HTML or Markdown, for one language or forty. Start with one of these:</source>
        <translation>PDF, HTML oder Markdown, für eine Sprache oder vierzig. Beginnen Sie mit einer dieser Möglichkeiten:</translation>
    </message>
</context>
<context>
    <name>d360::ExportSession</name>
    <message>
        <source>The Git mirror was not updated: %1</source>
        <translation>Der Git-Spiegel wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Committed to the Git mirror %1: %2</source>
        <translation>In den Git-Spiegel %1 committet: %2</translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date.</source>
        <translation>Der Git-Spiegel %1 ist aktuell.</translation>
    </message>
</context>
<context>
    <name>d360::SandboxCommand</name>
    <message>
        <source>Serve a Document360 V3 API simulator on loopback until interrupted (Ctrl+C).
Prints D360_BASE_URL, D360_API_KEY and more as NAME=value lines for eval.</source>
        <translation>Einen Document360-V3-API-Simulator auf Loopback bereitstellen, bis er unterbrochen wird (Strg+C).
Gibt D360_BASE_URL, D360_API_KEY und mehr als NAME=Wert-Zeilen für eval aus.</translation>
    </message>
    <message>
        <source>Run &quot;d360-exporter sandbox --help&quot; for the options.</source>
        <translation>Mit „d360-exporter sandbox --help“ erhalten Sie die Optionen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Invalid value for --%1.</source>
        <translation>Ungültiger Wert für --%1.</translation>
    </message>
    <message>
        <source>--api-key-stdin: the first line of stdin must hold the key (printable ASCII, no spaces).</source>
        <translation>--api-key-stdin: Die erste Zeile von stdin muss den Schlüssel enthalten (druckbares ASCII, keine Leerzeichen).</translation>
    </message>
    <message>
        <source>Document360 sandbox (%1 dialect, %2) at %3, storage at %4. Stop it with Ctrl+C.</source>
        <translation>Document360-Sandbox (Dialekt %1, %2) unter %3, Speicher unter %4. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Stopping the sandbox (signal %1).</source>
        <translation>Die Sandbox wird beendet (Signal %1).</translation>
    </message>
    <message>
        <source>API port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation>API-Port auf 127.0.0.1; 0 wählt einen freien (Standard).</translation>
    </message>
    <message>
        <source>seed (project-versions, Bearer; default) or workspaces (X-API-Key).</source>
        <translation>seed (project-versions, Bearer; Standard) oder workspaces (X-API-Key).</translation>
    </message>
    <message>
        <source>Read the API key to accept from the first line of stdin instead of generating one.</source>
        <translation>Den zu akzeptierenden API-Schlüssel aus der ersten Zeile von stdin lesen, statt einen zu erzeugen.</translation>
    </message>
    <message>
        <source>How long an export stays Pending (default 300).</source>
        <translation>Wie lange ein Export im Zustand Pending bleibt (Standard 300).</translation>
    </message>
    <message>
        <source>How long it then stays InProgress (default 1200).</source>
        <translation>Wie lange er danach InProgress bleibt (Standard 1200).</translation>
    </message>
    <message>
        <source>Requests per token and window; 0 = unlimited (default 60).</source>
        <translation>Anfragen pro Token und Zeitfenster; 0 = unbegrenzt (Standard 60).</translation>
    </message>
    <message>
        <source>The window, in seconds (default 60).</source>
        <translation>Das Zeitfenster in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <source>Download links expire after this many seconds (default 1800).</source>
        <translation>Download-Links laufen nach so vielen Sekunden ab (Standard 1800).</translation>
    </message>
    <message>
        <source>Make every export file this much bigger, e.g. 200M (default 0).</source>
        <translation>Jede Exportdatei um so viel vergrößern, z. B. 200M (Standard 0).</translation>
    </message>
    <message>
        <source>OAuth access tokens expire after this many seconds (default 3600).</source>
        <translation>OAuth-Zugriffstokens laufen nach so vielen Sekunden ab (Standard 3600).</translation>
    </message>
    <message>
        <source>An OAuth client id the identity server knows; repeat for several (default d360-exporter-sandbox). Any other is refused with invalid_client.</source>
        <translation>Eine OAuth-Client-ID, die der Identitätsserver kennt; für mehrere wiederholen (Standard d360-exporter-sandbox). Jede andere wird mit invalid_client abgelehnt.</translation>
    </message>
    <message>
        <source>OAuth token answers leave out expires_in; clients must read the JWT&apos;s exp.</source>
        <translation>OAuth-Token-Antworten lassen expires_in weg; Clients müssen exp aus dem JWT lesen.</translation>
    </message>
    <message>
        <source>Download links redirect this many times before the file (default 0).</source>
        <translation>Download-Links leiten so oft weiter, bevor die Datei kommt (Standard 0).</translation>
    </message>
    <message>
        <source>Serve revision N of the demo content (default 1); each revision after the first edits, adds, deletes and renames articles and changes an image.</source>
        <translation>Revision N des Demoinhalts bereitstellen (Standard 1); jede Revision nach der ersten bearbeitet, ergänzt, löscht und benennt Artikel um und ändert ein Bild.</translation>
    </message>
    <message>
        <source>Fault: delay every API answer.</source>
        <translation>Fehler: jede API-Antwort verzögern.</translation>
    </message>
    <message>
        <source>Fault: share (0..1) of API answers replaced by 500/502/503/504.</source>
        <translation>Fehler: Anteil (0..1) der API-Antworten, die durch 500/502/503/504 ersetzt werden.</translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 503.</source>
        <translation>Fehler: Die nächsten N API-Anfragen antworten mit 503.</translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 429.</source>
        <translation>Fehler: Die nächsten N API-Anfragen antworten mit 429.</translation>
    </message>
    <message>
        <source>Fault: Retry-After seconds on injected 429s and 503s (default 1).</source>
        <translation>Fehler: Retry-After-Sekunden bei eingeschleusten 429 und 503 (Standard 1).</translation>
    </message>
    <message>
        <source>Fault: storage closes the connection after this many body bytes.</source>
        <translation>Fehler: Der Speicher schließt die Verbindung nach so vielen Inhaltsbytes.</translation>
    </message>
    <message>
        <source>Fault: ... for this many downloads (default 1).</source>
        <translation>Fehler: ... für so viele Downloads (Standard 1).</translation>
    </message>
    <message>
        <source>Fault: the next N API answers are 200 with a body that is not JSON.</source>
        <translation>Fehler: Die nächsten N API-Antworten sind 200 mit einem Inhalt, der kein JSON ist.</translation>
    </message>
    <message>
        <source>Fault: the next N API answers are cut mid-body.</source>
        <translation>Fehler: Die nächsten N API-Antworten werden mitten im Inhalt abgeschnitten.</translation>
    </message>
    <message>
        <source>Fault: storage sends at most this many bytes per second, e.g. 512K.</source>
        <translation>Fehler: Der Speicher sendet höchstens so viele Bytes pro Sekunde, z. B. 512K.</translation>
    </message>
    <message>
        <source>Fault: every API request answers 401.</source>
        <translation>Fehler: Jede API-Anfrage antwortet mit 401.</translation>
    </message>
    <message>
        <source>Fault: the next N exports end Failed.</source>
        <translation>Fehler: Die nächsten N Exporte enden mit Failed.</translation>
    </message>
    <message>
        <source>Fault: storage ignores Range and sends the whole file.</source>
        <translation>Fehler: Der Speicher ignoriert Range und sendet die ganze Datei.</translation>
    </message>
    <message>
        <source>Fault: storage sends files without Content-Length, ending them by closing.</source>
        <translation>Fehler: Der Speicher sendet Dateien ohne Content-Length und beendet sie durch Schließen.</translation>
    </message>
    <message>
        <source>Storage announces each file&apos;s digests (Repr-Digest, Content-MD5): right or wrong.</source>
        <translation>Der Speicher kündigt die Prüfsummen jeder Datei an (Repr-Digest, Content-MD5): richtig oder falsch.</translation>
    </message>
    <message>
        <source>Fault: error details quote the credential the request presented.</source>
        <translation>Fehler: Fehlerdetails zitieren die Zugangsdaten, die die Anfrage vorgelegt hat.</translation>
    </message>
    <message>
        <source>Fault: names carry terminal escapes, C1 controls and bidi overrides.</source>
        <translation>Fehler: Namen enthalten Terminal-Escapes, C1-Steuerzeichen und Bidi-Overrides.</translation>
    </message>
    <message>
        <source>Fault: API answers grow to at least this size, e.g. 64M.</source>
        <translation>Fehler: API-Antworten wachsen auf mindestens diese Größe, z. B. 64M.</translation>
    </message>
    <message>
        <source>Fault: API answers go without Content-Length, ended by closing.</source>
        <translation>Fehler: API-Antworten kommen ohne Content-Length und enden durch Schließen.</translation>
    </message>
    <message>
        <source>Fault: download links are plain http to a host that is not loopback.</source>
        <translation>Fehler: Download-Links sind unverschlüsseltes http zu einem Host, der nicht Loopback ist.</translation>
    </message>
    <message>
        <source>Fault: the next N OAuth token requests answer 503.</source>
        <translation>Fehler: Die nächsten N OAuth-Token-Anfragen antworten mit 503.</translation>
    </message>
    <message>
        <source>Fault: ... then the next N are closed unanswered.</source>
        <translation>Fehler: ... danach werden die nächsten N unbeantwortet geschlossen.</translation>
    </message>
</context>
<context>
    <name>d360::WindowSession</name>
    <message>
        <source>No temporary folder for the sandbox: %1</source>
        <translation>Kein temporärer Ordner für die Sandbox: %1</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>Sandbox (Demo)</translation>
    </message>
    <message>
        <source>The sandbox account could not be added: %1</source>
        <translation>Das Sandbox-Konto konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Presets and history are not available: the state database could not be opened (the status bar says why).</source>
        <translation>Vorlagen und Verlauf sind nicht verfügbar: Die Zustandsdatenbank konnte nicht geöffnet werden (die Statusleiste nennt den Grund).</translation>
    </message>
</context>
<context>
    <name>d360::api::ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>d360::api::DownloadCall</name>
    <message>
        <source>the file has %1 of %2 bytes</source>
        <translation>die Datei hat %1 von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>d360::auth::Account</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountManager</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Konto mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>the keychain entry of this account cannot be read</source>
        <translation>der Schlüsselbundeintrag dieses Kontos kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation>Es wurde kein Token angegeben.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1.</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>This account signs in through the browser; sign in again instead.</source>
        <translation>Dieses Konto meldet sich über den Browser an; melden Sie sich stattdessen erneut an.</translation>
    </message>
    <message>
        <source>This account uses an API token; paste a new token instead.</source>
        <translation>Dieses Konto verwendet ein API-Token; fügen Sie stattdessen ein neues Token ein.</translation>
    </message>
    <message>
        <source>The account&apos;s settings could not be removed: %1.</source>
        <translation>Die Einstellungen des Kontos konnten nicht entfernt werden: %1.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountRepository</name>
    <message>
        <source>the settings file %1 cannot be written</source>
        <translation>die Einstellungsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>die Einstellungsdatei %1 ist beschädigt</translation>
    </message>
</context>
<context>
    <name>d360::auth::LoopbackRedirectListener</name>
    <message>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>auf 127.0.0.1 kann nicht auf die Antwort des Browsers gewartet werden: %1</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>Die Anfrage hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>This address only receives a sign-in answer.</source>
        <translation>Diese Adresse empfängt nur eine Anmeldeantwort.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This is not a sign-in answer D360 Exporter is waiting for.</source>
        <translation>Dies ist keine Anmeldeantwort, auf die D360 Exporter wartet.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match the sign-in D360 Exporter started (wrong state), so it was refused. Start the sign-in again.</source>
        <translation>Die Anmeldeantwort passte nicht zu der Anmeldung, die D360 Exporter gestartet hat (falscher state), und wurde daher abgelehnt. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>Der Anmeldeserver hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>D360 Exporter received your sign-in. You can close this tab and return to the application.</source>
        <translation>D360 Exporter hat Ihre Anmeldung empfangen. Sie können diesen Tab schließen und zur Anwendung zurückkehren.</translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSettings</name>
    <message>
        <source>&quot;%1&quot; is not a sign-in address</source>
        <translation>„%1“ ist keine Anmeldeadresse</translation>
    </message>
    <message>
        <source>no client ID is given</source>
        <translation>keine Client-ID angegeben</translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSignIn</name>
    <message>
        <source>The sign-in timed out: the browser did not come back in time. Start it again.</source>
        <translation>Zeitüberschreitung bei der Anmeldung: Der Browser hat sich nicht rechtzeitig zurückgemeldet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1.</source>
        <translation>Die Anmeldung kann nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Signing in failed: %1.</source>
        <translation>Anmeldung fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (access_denied). Sign in again to allow it.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt (access_denied). Melden Sie sich erneut an, um sie zu erlauben.</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>Der Anmeldeserver hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>d360::auth::SignInRefusal</name>
    <message>
        <source>Either ask Document360 to register a client ID for D360 Exporter (a public client with the redirect URI http://127.0.0.1/callback) and enter it as the client ID, or add the account with an API token instead (Document360 portal: Settings &gt; API tokens), which needs no client ID.</source>
        <translation>Bitten Sie entweder Document360, eine Client-ID für D360 Exporter zu registrieren (ein öffentlicher Client mit der Weiterleitungs-URI http://127.0.0.1/callback), und geben Sie sie als Client-ID ein, oder fügen Sie das Konto stattdessen mit einem API-Token hinzu (Document360-Portal: Einstellungen &gt; API-Tokens), wofür keine Client-ID nötig ist.</translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept the client ID &quot;%1&quot; (%2): it is not registered for this program. %3</source>
        <translation>Der Anmeldeserver von Document360 akzeptiert die Client-ID „%1“ nicht (%2): Sie ist für dieses Programm nicht registriert. %3</translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept this program&apos;s return address (%1 about the redirect URI): the client ID &quot;%2&quot; is not registered for http://127.0.0.1/callback. %3</source>
        <translation>Der Anmeldeserver von Document360 akzeptiert die Rücksprungadresse dieses Programms nicht (%1 zur Weiterleitungs-URI): Die Client-ID „%2“ ist nicht für http://127.0.0.1/callback registriert. %3</translation>
    </message>
    <message>
        <source>If the browser shows &quot;invalid_client&quot;, &quot;unauthorized_client&quot; or an error about the redirect URI, Document360 does not know this client ID: cancel, and use a registered client ID or an API token.</source>
        <translation>Wenn der Browser „invalid_client“, „unauthorized_client“ oder einen Fehler zur Weiterleitungs-URI anzeigt, kennt Document360 diese Client-ID nicht: Brechen Sie ab, und verwenden Sie eine registrierte Client-ID oder ein API-Token.</translation>
    </message>
    <message>
        <source>Document360 registers a client ID for each application that signs in with a Document360 login, and publishes none for general use. Ask Document360 (or your administrator) for the one registered for D360 Exporter, with the redirect URI http://127.0.0.1/callback. Without one, add the account with an API token.</source>
        <translation>Document360 registriert für jede Anwendung, die sich mit Document360-Zugangsdaten anmeldet, eine Client-ID und veröffentlicht keine zur allgemeinen Verwendung. Fragen Sie Document360 (oder Ihren Administrator) nach der für D360 Exporter registrierten, mit der Weiterleitungs-URI http://127.0.0.1/callback. Ohne sie fügen Sie das Konto mit einem API-Token hinzu.</translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenEndpoint</name>
    <message>
        <source>the sign-in server could not be reached: %1</source>
        <translation>der Anmeldeserver war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer has no access token</source>
        <translation>die Antwort des Anmeldeservers enthält kein Zugriffstoken</translation>
    </message>
    <message>
        <source>the sign-in server issued a &quot;%1&quot; token; only Bearer tokens are supported</source>
        <translation>der Anmeldeserver hat ein Token vom Typ „%1“ ausgestellt; nur Bearer-Tokens werden unterstützt</translation>
    </message>
    <message>
        <source>the sign-in server no longer accepts this sign-in (it expired or was revoked): %1</source>
        <translation>der Anmeldeserver akzeptiert diese Anmeldung nicht mehr (sie ist abgelaufen oder wurde widerrufen): %1</translation>
    </message>
    <message>
        <source>the sign-in server refused (%1)%2</source>
        <translation>der Anmeldeserver hat abgelehnt (%1)%2</translation>
    </message>
    <message>
        <source>the sign-in server answered HTTP %1</source>
        <translation>der Anmeldeserver hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer could not be read</source>
        <translation>die Antwort des Anmeldeservers konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenRefresher</name>
    <message>
        <source>The sign-in expired and cannot be renewed. Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen und kann nicht erneuert werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed (%1). Sign in again.</source>
        <translation>Die Anmeldung konnte nicht erneuert werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be renewed for now: %1 (tried %n times). It is tried again by itself; sign in again if this goes on.</source>
        <translation>
            <numerusform>Die Anmeldung konnte vorerst nicht erneuert werden: %1 (%n-mal versucht). Es wird automatisch erneut versucht; melden Sie sich erneut an, wenn das anhält.</numerusform>
            <numerusform>Die Anmeldung konnte vorerst nicht erneuert werden: %1 (%n-mal versucht). Es wird automatisch erneut versucht; melden Sie sich erneut an, wenn das anhält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::AccountsCommand</name>
    <message>
        <source>The command line cannot keep a token for later without a keychain. For a single run, set D360_API_KEY instead.</source>
        <translation>Ohne Schlüsselbund kann die Befehlszeile kein Token für später aufbewahren. Setzen Sie für einen einzelnen Durchlauf stattdessen D360_API_KEY.</translation>
    </message>
    <message>
        <source>add, list, test, rename or remove.</source>
        <translation>add, list, test, rename oder remove.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The new name (rename).</source>
        <translation>Der neue Name (rename).</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Region: eu (default), us, or a private hosting name.</source>
        <translation>Region: eu (Standard), us oder ein Name für privates Hosting.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>A custom API base URL (https, or http on this computer).</source>
        <translation>Eine eigene API-Basis-URL (https, oder http auf diesem Computer).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in through the browser (OAuth) instead of pasting a token.</source>
        <translation>Über den Browser anmelden (OAuth), statt ein Token einzufügen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>Als JSON auflisten.</translation>
    </message>
    <message>
        <source>Name one action: add, list, test, rename or remove.</source>
        <translation>Nennen Sie eine Aktion: add, list, test, rename oder remove.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, test, rename or remove.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie add, list, test, rename oder remove.</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>accounts: %1</translation>
    </message>
    <message>
        <source>Give the account with --name NAME.</source>
        <translation>Geben Sie das Konto mit --name NAME an.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>Es gibt kein Konto mit dem Namen „%1“ (siehe „d360-exporter accounts list“).</translation>
    </message>
    <message>
        <source>Give the new account a name with --name NAME.</source>
        <translation>Geben Sie dem neuen Konto mit --name NAME einen Namen.</translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation>Geben Sie entweder --base-url oder --region an, nicht beides.</translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation>Diese Serveradresse kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation>Anmelden nicht möglich: %1.</translation>
    </message>
    <message>
        <source>API token for %1 (input hidden): </source>
        <translation>API-Token für %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>No token: %1.</source>
        <translation>Kein Token: %1.</translation>
    </message>
    <message>
        <source>Checking the token with %1 ...</source>
        <translation>Das Token wird bei %1 geprüft ...</translation>
    </message>
    <message numerus="yes">
        <source>Added account &quot;%1&quot; (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>Konto „%1“ hinzugefügt (%2). Es sieht %n Projekt</numerusform>
            <numerusform>Konto „%1“ hinzugefügt (%2). Es sieht %n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the browser ...</source>
        <translation>Warten auf den Browser ...</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;d360-exporter accounts add --name NAME&quot;.</source>
        <translation>Noch keine Konten. Fügen Sie eines hinzu mit „d360-exporter accounts add --name NAME“.</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>erfordert Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>Account &quot;%1&quot; works (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>Konto „%1“ funktioniert (%2). Es sieht %n Projekt</numerusform>
            <numerusform>Konto „%1“ funktioniert (%2). Es sieht %n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new name with --to NEW.</source>
        <translation>Geben Sie den neuen Namen mit --to NEW an.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>„%1“ wurde in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its token.</source>
        <translation>Konto „%1“ und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>Manage stored Document360 accounts. Tokens are kept in the system keychain and read from standard input, never from the command line.

Actions:
  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NAME
  rename  --name OLD --to NEW
  remove  --name NAME</source>
        <translation>Gespeicherte Document360-Konten verwalten. Tokens werden im Schlüsselbund des Systems aufbewahrt und von der Standardeingabe gelesen, nie von der Befehlszeile.

Aktionen:
  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NAME
  rename  --name OLD --to NEW
  remove  --name NAME</translation>
    </message>
    <message>
        <source>The OAuth client ID Document360 registered for this program; required with --sign-in (or set D360_OAUTH_CLIENT_ID).</source>
        <translation>Die OAuth-Client-ID, die Document360 für dieses Programm registriert hat; erforderlich mit --sign-in (oder D360_OAUTH_CLIENT_ID setzen).</translation>
    </message>
    <message>
        <source>OAuth authorization URL (default: the region&apos;s, or D360_OAUTH_AUTHORIZE_URL).</source>
        <translation>OAuth-Autorisierungs-URL (Standard: die der Region, oder D360_OAUTH_AUTHORIZE_URL).</translation>
    </message>
    <message>
        <source>OAuth token URL (default: the region&apos;s, or D360_OAUTH_TOKEN_URL).</source>
        <translation>OAuth-Token-URL (Standard: die der Region, oder D360_OAUTH_TOKEN_URL).</translation>
    </message>
    <message>
        <source>Signing in needs a client ID: give --client-id ID or set D360_OAUTH_CLIENT_ID. %1</source>
        <translation>Zum Anmelden ist eine Client-ID nötig: Geben Sie --client-id ID an oder setzen Sie D360_OAUTH_CLIENT_ID. %1</translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer to sign in, and pick the project:</source>
        <translation>Öffnen Sie diesen Link in einem Browser auf diesem Computer, um sich anzumelden, und wählen Sie das Projekt:</translation>
    </message>
    <message numerus="yes">
        <source>Signed in%1; added account &quot;%2&quot; (%3). It sees %n project(s)</source>
        <translation>
            <numerusform>Angemeldet%1; Konto „%2“ hinzugefügt (%3). Es sieht %n Projekt</numerusform>
            <numerusform>Angemeldet%1; Konto „%2“ hinzugefügt (%3). Es sieht %n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the sign-in is for project %1, which Document360 does not list for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation>Hinweis: Die Anmeldung gilt für Projekt %1, das Document360 dafür nicht auflistet. Melden Sie sich erneut an und wählen Sie ein anderes Projekt, oder bitten Sie den Projektinhaber um Zugriff.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::Command</name>
    <message>
        <source>Also print what happens on the way (retries, failures).</source>
        <translation>Auch ausgeben, was unterwegs geschieht (Wiederholungen, Fehler).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Print this command&apos;s options.</source>
        <translation>Die Optionen dieses Befehls ausgeben.</translation>
    </message>
</context>
<context>
    <name>d360::cli::CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: d360-exporter [--sandbox]          open the window
       d360-exporter COMMAND [OPTIONS]    run headless
       d360-exporter --version

Commands:
</source>
        <translation>Aufruf: d360-exporter [--sandbox]          öffnet das Fenster
       d360-exporter COMMAND [OPTIONS]    läuft ohne Fenster
       d360-exporter --version

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;d360-exporter COMMAND --help&quot; for the options of a command.
</source>
        <translation>
Mit „d360-exporter COMMAND --help“ erhalten Sie die Optionen eines Befehls.
</translation>
    </message>
</context>
<context>
    <name>d360::cli::CompareCommand</name>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  %1  &quot;%2&quot;</source>
        <translation>  %1  „%2“</translation>
    </message>
    <message>
        <source>Print the comparison as one JSON object.</source>
        <translation>Den Vergleich als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>%1 und %2 sind gleich: %n Artikel übereinstimmend.</numerusform>
            <numerusform>%1 und %2 sind gleich: %n Artikel übereinstimmend.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Some articles carry no id: they were matched by path and title.</source>
        <translation>Einige Artikel haben keine ID: Sie wurden über Pfad und Titel zugeordnet.</translation>
    </message>
    <message>
        <source>Added (%1):</source>
        <translation>Hinzugefügt (%1):</translation>
    </message>
    <message>
        <source>Removed (%1):</source>
        <translation>Entfernt (%1):</translation>
    </message>
    <message>
        <source>Moved or renamed (%1):</source>
        <translation>Verschoben oder umbenannt (%1):</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2  &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>  %1 -&gt; %2  „%3“ -&gt; „%4“</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2</source>
        <translation>  %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Edited (%1):</source>
        <translation>Bearbeitet (%1):</translation>
    </message>
    <message>
        <source>Images and attachments (%1):</source>
        <translation>Bilder und Anhänge (%1):</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>Unverändert: %n Artikel.</numerusform>
            <numerusform>Unverändert: %n Artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>compare: %1</source>
        <translation>compare: %1</translation>
    </message>
    <message>
        <source>+%1 -%2 words</source>
        <translation>+%1 -%2 Wörter</translation>
    </message>
    <message>
        <source>Also print the unified diff of each edited article.</source>
        <translation>Auch den Unified Diff jedes bearbeiteten Artikels ausgeben.</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1: no diff: %2</source>
        <translation>%1: kein Diff: %2</translation>
    </message>
    <message>
        <source>Also write the comparison as one self-contained HTML page, each edited article side by side, to mail to a reviewer.</source>
        <translation>Den Vergleich auch als eine eigenständige HTML-Seite schreiben, jeder bearbeitete Artikel nebeneinander, um sie einem Prüfer zu senden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The HTML report is %1.</source>
        <translation>Der HTML-Bericht ist %1.</translation>
    </message>
    <message>
        <source>Compare two Markdown or HTML exports (each a ZIP or its extracted folder), or the exports of two runs from history (their ids as history prints them): articles added, removed, moved or renamed and edited, and images and attachments added, removed and changed. Exit status 0 when they are the same, 1 when they differ, 2 when they cannot be compared.</source>
        <translation>Zwei Markdown- oder HTML-Exporte vergleichen (jeweils ein ZIP oder sein entpackter Ordner) oder die Exporte zweier Durchläufe aus dem Verlauf (ihre IDs, wie history sie ausgibt): hinzugefügte, entfernte, verschobene oder umbenannte und bearbeitete Artikel sowie hinzugefügte, entfernte und geänderte Bilder und Anhänge. Exit-Status 0, wenn sie gleich sind, 1, wenn sie sich unterscheiden, 2, wenn sie nicht verglichen werden können.</translation>
    </message>
    <message>
        <source>The earlier export or run.</source>
        <translation>Der frühere Export oder Durchlauf.</translation>
    </message>
    <message>
        <source>The later export or run.</source>
        <translation>Der spätere Export oder Durchlauf.</translation>
    </message>
    <message>
        <source>With two runs: only their exports of the version ID (its id or name).</source>
        <translation>Bei zwei Durchläufen: nur ihre Exporte der Version ID (ihre ID oder ihr Name).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With two runs: only their exports in the language CODE.</source>
        <translation>Bei zwei Durchläufen: nur ihre Exporte in der Sprache CODE.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>With two runs: only their exports in FORMAT (markdown or html).</source>
        <translation>Bei zwei Durchläufen: nur ihre Exporte im Format FORMAT (markdown oder html).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Name two exports or two runs to compare: compare OLD NEW.</source>
        <translation>Nennen Sie zwei Exporte oder zwei Durchläufe zum Vergleichen: compare OLD NEW.</translation>
    </message>
    <message>
        <source>Compare two exports or two runs, not one of each: %1 is neither an export on disk nor a run.</source>
        <translation>Vergleichen Sie zwei Exporte oder zwei Durchläufe, nicht je eines davon: %1 ist weder ein Export auf der Festplatte noch ein Durchlauf.</translation>
    </message>
    <message>
        <source>--%1 picks among the exports of two runs; two exports on disk need none.</source>
        <translation>--%1 wählt unter den Exporten zweier Durchläufe aus; zwei Exporte auf der Festplatte brauchen das nicht.</translation>
    </message>
    <message>
        <source>No run in history has the id %1 (d360-exporter history lists them).</source>
        <translation>Kein Durchlauf im Verlauf hat die ID %1 (d360-exporter history listet sie auf).</translation>
    </message>
    <message numerus="yes">
        <source>The id %1 is ambiguous: %n runs start with it. Give more of it.</source>
        <translation>
            <numerusform>Die ID %1 ist mehrdeutig: %n Durchlauf beginnt damit. Geben Sie mehr davon an.</numerusform>
            <numerusform>Die ID %1 ist mehrdeutig: %n Durchläufe beginnen damit. Geben Sie mehr davon an.</numerusform>
        </translation>
    </message>
    <message>
        <source>History cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Of the exports the runs %1 and %2 have in common on disk, none is left by --version, --language and --format.</source>
        <translation>Von den Exporten, die die Durchläufe %1 und %2 gemeinsam auf der Festplatte haben, bleibt nach --version, --language und --format keiner übrig.</translation>
    </message>
    <message>
        <source>The runs %1 and %2 have no Markdown or HTML export of the same version, language and format on disk.</source>
        <translation>Die Durchläufe %1 und %2 haben keinen Markdown- oder HTML-Export derselben Version, Sprache und desselben Formats auf der Festplatte.</translation>
    </message>
    <message numerus="yes">
        <source>--html writes one page, and these runs have %n exports in common: pick one with --version, --language or --format.</source>
        <translation>
            <numerusform>--html schreibt eine Seite, und diese Durchläufe haben %n Export gemeinsam: Wählen Sie einen mit --version, --language oder --format.</numerusform>
            <numerusform>--html schreibt eine Seite, und diese Durchläufe haben %n Exporte gemeinsam: Wählen Sie einen mit --version, --language oder --format.</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
</context>
<context>
    <name>d360::cli::ConnectionOptions</name>
    <message>
        <source>API base URL (default: $D360_BASE_URL, else the EU region).</source>
        <translation>API-Basis-URL (Standard: $D360_BASE_URL, sonst die Region EU).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Region: eu, us, or a private hosting name.</source>
        <translation>Region: eu, us oder ein Name für privates Hosting.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Use the stored account NAME.</source>
        <translation>Das gespeicherte Konto NAME verwenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation>Geben Sie entweder --base-url oder --region an, nicht beides.</translation>
    </message>
    <message>
        <source>--account already names the server; leave out --base-url and --region.</source>
        <translation>--account nennt bereits den Server; lassen Sie --base-url und --region weg.</translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation>Diese Serveradresse kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>No credential: set D360_API_KEY, or use --account NAME with a stored account (see &quot;d360-exporter accounts --help&quot;).</source>
        <translation>Keine Zugangsdaten: Setzen Sie D360_API_KEY, oder verwenden Sie --account NAME mit einem gespeicherten Konto (siehe „d360-exporter accounts --help“).</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>Es gibt kein Konto mit dem Namen „%1“ (siehe „d360-exporter accounts list“).</translation>
    </message>
    <message>
        <source>%1 Without the keychain, set D360_API_KEY for this run instead.</source>
        <translation>%1 Setzen Sie ohne Schlüsselbund für diesen Durchlauf stattdessen D360_API_KEY.</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportCommand</name>
    <message>
        <source>Print one JSON object per finished export on stdout.</source>
        <translation>Für jeden abgeschlossenen Export ein JSON-Objekt auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID (see &quot;d360-exporter projects&quot;).</source>
        <translation>Geben Sie das Projekt mit --project ID an, oder setzen Sie D360_PROJECT_ID (siehe „d360-exporter projects“).</translation>
    </message>
    <message>
        <source>Give at least one --version ID, or --version default (see &quot;d360-exporter versions&quot;).</source>
        <translation>Geben Sie mindestens eine --version ID an, oder --version default (siehe „d360-exporter versions“).</translation>
    </message>
    <message>
        <source>--lang all already includes every language; leave out the codes, or &quot;all&quot;.</source>
        <translation>--lang all umfasst bereits alle Sprachen; lassen Sie die Codes weg, oder „all“.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie pdf, html oder markdown.</translation>
    </message>
    <message>
        <source>Give the folder to write into with --out DIR.</source>
        <translation>Geben Sie den Zielordner mit --out DIR an.</translation>
    </message>
    <message>
        <source>Cannot use this --name-template: %1.</source>
        <translation>Dieses --name-template kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>--parallel nimmt eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>Resuming the unfinished batch of this command: %1 of %2 exports were done, %3 to try again.</source>
        <translation>Der unvollendete Stapel dieses Befehls wird fortgesetzt: %1 von %2 Exporten waren fertig, %3 werden erneut versucht.</translation>
    </message>
    <message>
        <source>Cannot plan the export: %1</source>
        <translation>Der Export kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>export: interrupted; cancelling the running exports...</source>
        <translation>export: unterbrochen; die laufenden Exporte werden abgebrochen...</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Export Document360 projects as PDF, HTML or Markdown files.

One export runs for every combination of the versions, languages and formats given. The token comes from D360_API_KEY or a stored account (--account), never from the command line; D360_BASE_URL and D360_PROJECT_ID fill in --base-url and --project.

With --preset NAME the saved preset&apos;s values are used (see &quot;d360-exporter presets&quot;); a flag given beside it replaces that value.

Running the same command again after a crash or Ctrl-C resumes the unfinished batch.

Example:
  d360-exporter export --project ID --version default --lang all --format pdf --out docs</source>
        <translation>Document360-Projekte als PDF-, HTML- oder Markdown-Dateien exportieren.

Für jede Kombination der angegebenen Versionen, Sprachen und Formate läuft ein Export. Das Token kommt aus D360_API_KEY oder einem gespeicherten Konto (--account), nie von der Befehlszeile; D360_BASE_URL und D360_PROJECT_ID füllen --base-url und --project aus.

Mit --preset NAME werden die Werte der gespeicherten Vorlage verwendet (siehe „d360-exporter presets“); eine daneben angegebene Option ersetzt den jeweiligen Wert.

Wird derselbe Befehl nach einem Absturz oder Strg-C erneut ausgeführt, wird der unvollendete Stapel fortgesetzt.

Beispiel:
  d360-exporter export --project ID --version default --lang all --format pdf --out docs</translation>
    </message>
    <message>
        <source>Run the saved preset NAME.</source>
        <translation>Die gespeicherte Vorlage NAME ausführen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The run was started by a schedule: it is recorded so in history, and a failure raises a desktop notification.</source>
        <translation>Der Durchlauf wurde von einem Zeitplan gestartet: Er wird so im Verlauf festgehalten, und ein Fehler löst eine Desktop-Benachrichtigung aus.</translation>
    </message>
    <message>
        <source>Cannot make the backup&apos;s run folder: %1</source>
        <translation>Der Durchlaufordner der Sicherung kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The manifest is %1.</source>
        <translation>Das Manifest ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the old backup run %1 (the preset keeps %n).</source>
        <translation>
            <numerusform>Der alte Sicherungsdurchlauf %1 wurde entfernt (die Vorlage behält %n).</numerusform>
            <numerusform>Der alte Sicherungsdurchlauf %1 wurde entfernt (die Vorlage behält %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>export: could not clear the finished batch from %1: %2</source>
        <translation>export: der abgeschlossene Stapel konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>The scheduled export</source>
        <translation>Der geplante Export</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest could not be written</source>
        <translation>das Manifest der Sicherung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The scheduled export of %1 failed: %2. See &quot;d360-exporter history&quot;.</source>
        <translation>Der geplante Export von %1 ist fehlgeschlagen: %2. Siehe „d360-exporter history“.</translation>
    </message>
    <message>
        <source>No Markdown export was completed, so the Git mirror %1 is left as it was.</source>
        <translation>Kein Markdown-Export wurde abgeschlossen, daher bleibt der Git-Spiegel %1 unverändert.</translation>
    </message>
    <message>
        <source>export: the Git mirror was not updated: %1</source>
        <translation>export: der Git-Spiegel wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Committed %1 to the Git mirror %2: %3</source>
        <translation>%1 in den Git-Spiegel %2 committet: %3</translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date: the exports are what its last commit holds.</source>
        <translation>Der Git-Spiegel %1 ist aktuell: Die Exporte entsprechen seinem letzten Commit.</translation>
    </message>
    <message>
        <source>the Git mirror was not updated</source>
        <translation>der Git-Spiegel wurde nicht aktualisiert</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportReporter</name>
    <message>
        <source>done       %1 (%2, sha256 %3)</source>
        <translation>fertig      %1 (%2, sha256 %3)</translation>
    </message>
    <message>
        <source>
           extracted into %1</source>
        <translation>
            entpackt nach %1</translation>
    </message>
    <message>
        <source>
           not extracted: %1</source>
        <translation>
            nicht entpackt: %1</translation>
    </message>
    <message>
        <source>failed     %1: %2</source>
        <translation>Fehler      %1: %2</translation>
    </message>
    <message>
        <source> Trace id: %1</source>
        <translation> Trace-ID: %1</translation>
    </message>
    <message>
        <source>cancelled  %1</source>
        <translation>abgebrochen %1</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 running, %4 failed; downloading %5</source>
        <translation>%1/%2 fertig, %3 laufen, %4 fehlgeschlagen; lade %5 herunter</translation>
    </message>
    <message>
        <source>%1 of %2 exports done</source>
        <translation>%1 von %2 Exporten fertig</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 abgebrochen</translation>
    </message>
    <message>
        <source> Interrupted: no half-written file was left under a final name.</source>
        <translation> Unterbrochen: Unter einem endgültigen Namen wurde keine halb geschriebene Datei hinterlassen.</translation>
    </message>
    <message>
        <source> Run the same command again to finish the batch; completed files are kept.</source>
        <translation> Führen Sie denselben Befehl erneut aus, um den Stapel abzuschließen; fertige Dateien bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportRequestOptions</name>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>Die ID des Projekts (Standard: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A version&apos;s id, or &quot;default&quot;; repeat for several.</source>
        <translation>Die ID einer Version oder „default“; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>A language code, or &quot;all&quot;; repeat for several (default: each version&apos;s default language).</source>
        <translation>Ein Sprachcode oder „all“; für mehrere wiederholen (Standard: die Standardsprache jeder Version).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>pdf, html or markdown; repeat for several (default: pdf).</source>
        <translation>pdf, html oder markdown; für mehrere wiederholen (Standard: pdf).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The folder to write the files into (created if missing).</source>
        <translation>Der Ordner, in den die Dateien geschrieben werden (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Also extract HTML and Markdown archives into a folder beside each.</source>
        <translation>HTML- und Markdown-Archive zusätzlich in einen Ordner daneben entpacken.</translation>
    </message>
    <message>
        <source>Replace existing files instead of choosing a numbered name.</source>
        <translation>Vorhandene Dateien ersetzen, statt einen nummerierten Namen zu wählen.</translation>
    </message>
    <message>
        <source>Exports to run at once (default: 4, or the settings).</source>
        <translation>Gleichzeitig auszuführende Exporte (Standard: 4 oder die Einstellungen).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File names, from {project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} (default: %1).</source>
        <translation>Dateinamen, aus {project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} (Standard: %1).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie pdf, html oder markdown.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>--parallel nimmt eine Zahl von 1 bis 64.</translation>
    </message>
</context>
<context>
    <name>d360::cli::HistoryCommand</name>
    <message>
        <source>The runs of exports (from the window, the command line and schedules), newest first, with their files and failures.</source>
        <translation>Die Durchläufe von Exporten (aus dem Fenster, von der Befehlszeile und aus Zeitplänen), neueste zuerst, mit ihren Dateien und Fehlern.</translation>
    </message>
    <message>
        <source>Only the runs of the preset NAME.</source>
        <translation>Nur die Durchläufe der Vorlage NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>At most N runs (default: 20; 0 for all).</source>
        <translation>Höchstens N Durchläufe (Standard: 20; 0 für alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the runs, with every file and failure, as JSON.</source>
        <translation>Die Durchläufe mit allen Dateien und Fehlern als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--limit takes a number of runs (0 for all).</source>
        <translation>--limit nimmt eine Anzahl von Durchläufen (0 für alle).</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Durchläufe.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has not run yet.</source>
        <translation>Die Vorlage „%1“ ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation>history: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>d360::cli::LanguagesCommand</name>
    <message>
        <source>List the languages of a project&apos;s version.</source>
        <translation>Die Sprachen einer Version eines Projekts auflisten.</translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>Die ID des Projekts (Standard: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The version&apos;s id, or &quot;default&quot;.</source>
        <translation>Die ID der Version oder „default“.</translation>
    </message>
    <message>
        <source>Give the version with --version ID, or --version default.</source>
        <translation>Geben Sie die Version mit --version ID an, oder --version default.</translation>
    </message>
    <message>
        <source>the project marks no version as its default</source>
        <translation>das Projekt kennzeichnet keine Version als Standard</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
</context>
<context>
    <name>d360::cli::ListCommand</name>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID.</source>
        <translation>Geben Sie das Projekt mit --project ID an, oder setzen Sie D360_PROJECT_ID.</translation>
    </message>
</context>
<context>
    <name>d360::cli::MirrorCommand</name>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown exports: after each &quot;d360-exporter export --preset NAME&quot;, the exports are extracted into the repository, one folder per version and language, and one commit says what changed. The mirror never pushes and commits only to its branch.

  mirror --preset NAME --repo DIR [--branch BRANCH]   set it up
  mirror --preset NAME                                show it
  mirror --preset NAME --off                          stop mirroring</source>
        <translation>Ein Git-Repository mit den Markdown-Exporten einer Vorlage im Gleichschritt halten: Nach jedem „d360-exporter export --preset NAME“ werden die Exporte in das Repository entpackt, ein Ordner je Version und Sprache, und ein Commit beschreibt, was sich geändert hat. Der Spiegel pusht nie und committet nur in seinen Branch.

  mirror --preset NAME --repo DIR [--branch BRANCH]   einrichten
  mirror --preset NAME                                anzeigen
  mirror --preset NAME --off                          Spiegeln beenden</translation>
    </message>
    <message>
        <source>The preset to mirror.</source>
        <translation>Die zu spiegelnde Vorlage.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The repository&apos;s folder: a Git repository with a working tree, or a missing or empty folder to make one in.</source>
        <translation>Der Ordner des Repositorys: ein Git-Repository mit Arbeitsverzeichnis oder ein fehlender oder leerer Ordner, in dem eines angelegt wird.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The branch to commit to (default: the repository&apos;s current branch, or &quot;main&quot; for a new one).</source>
        <translation>Der Branch, in den committet wird (Standard: der aktuelle Branch des Repositorys oder „main“ bei einem neuen).</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>Stop mirroring; the repository is left as it is.</source>
        <translation>Spiegeln beenden; das Repository bleibt unverändert.</translation>
    </message>
    <message>
        <source>Name the preset: --preset NAME.</source>
        <translation>Nennen Sie die Vorlage: --preset NAME.</translation>
    </message>
    <message>
        <source>--off takes no --repo or --branch.</source>
        <translation>--off nimmt kein --repo und kein --branch.</translation>
    </message>
    <message>
        <source>--branch goes with --repo DIR.</source>
        <translation>--branch gehört zu --repo DIR.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; mirrors its Markdown exports into %2, on the branch &quot;%3&quot;.</source>
        <translation>Die Vorlage „%1“ spiegelt ihre Markdown-Exporte nach %2, auf den Branch „%3“.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no Git mirror. Set one up with: d360-exporter mirror --preset &quot;%1&quot; --repo DIR</source>
        <translation>Die Vorlage „%1“ hat keinen Git-Spiegel. Richten Sie einen ein mit: d360-exporter mirror --preset &quot;%1&quot; --repo DIR</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; had no Git mirror.</source>
        <translation>Die Vorlage „%1“ hatte keinen Git-Spiegel.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; no longer mirrors into %2; the repository is left as it is.</source>
        <translation>Die Vorlage „%1“ spiegelt nicht mehr nach %2; das Repository bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 Add the format with &quot;d360-exporter presets save&quot; and --replace.</source>
        <translation>%1 Fügen Sie das Format mit „d360-exporter presets save“ und --replace hinzu.</translation>
    </message>
    <message>
        <source>Made a new Git repository in %1, on the branch &quot;%2&quot;.</source>
        <translation>In %1 wurde ein neues Git-Repository angelegt, auf dem Branch „%2“.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; now mirrors its Markdown exports into %2, on the branch &quot;%3&quot;. Each run of d360-exporter export --preset &quot;%1&quot; commits what changed.</source>
        <translation>Die Vorlage „%1“ spiegelt ihre Markdown-Exporte jetzt nach %2, auf den Branch „%3“. Jeder Durchlauf von d360-exporter export --preset &quot;%1&quot; committet, was sich geändert hat.</translation>
    </message>
    <message>
        <source>mirror: %1</source>
        <translation>mirror: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::PresetsCommand</name>
    <message>
        <source>Saved exports (presets): save the flags of an export under a name, then run them with &quot;d360-exporter export --preset NAME&quot;, in the window, or on a schedule.

Actions:
  save NAME [the flags of export] [--keep N]
  list [--json]
  show NAME [--json]
  remove NAME
  rename OLD NEW
  export NAME --file FILE
  import FILE [--name NAME] [--account ACCOUNT] [--replace]

A preset saved without --account takes its credential from D360_API_KEY and D360_BASE_URL each time it runs. --keep N makes it a backup: every run goes into a dated folder of its own, and the last N are kept.</source>
        <translation>Gespeicherte Exporte (Vorlagen): Speichern Sie die Optionen eines Exports unter einem Namen und führen Sie sie dann mit „d360-exporter export --preset NAME“, im Fenster oder nach Zeitplan aus.

Aktionen:
  save NAME [die Optionen von export] [--keep N]
  list [--json]
  show NAME [--json]
  remove NAME
  rename OLD NEW
  export NAME --file FILE
  import FILE [--name NAME] [--account ACCOUNT] [--replace]

Eine ohne --account gespeicherte Vorlage bezieht ihre Zugangsdaten bei jedem Durchlauf aus D360_API_KEY und D360_BASE_URL. --keep N macht sie zu einer Sicherung: Jeder Durchlauf kommt in einen eigenen, datierten Ordner, und die letzten N werden behalten.</translation>
    </message>
    <message>
        <source>save, list, show, remove, rename, export or import.</source>
        <translation>save, list, show, remove, rename, export oder import.</translation>
    </message>
    <message>
        <source>A backup: keep the last N runs, each in a dated folder (save).</source>
        <translation>Eine Sicherung: die letzten N Durchläufe behalten, jeden in einem datierten Ordner (save).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to write the preset into (export).</source>
        <translation>Die Datei, in die die Vorlage geschrieben wird (export).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Save the imported preset under this name (import).</source>
        <translation>Die importierte Vorlage unter diesem Namen speichern (import).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace a preset of the same name (save, import).</source>
        <translation>Eine Vorlage gleichen Namens ersetzen (save, import).</translation>
    </message>
    <message>
        <source>Print JSON (list, show).</source>
        <translation>JSON ausgeben (list, show).</translation>
    </message>
    <message>
        <source>Name one action: save, list, show, remove, rename, export or import.</source>
        <translation>Nennen Sie eine Aktion: save, list, show, remove, rename, export oder import.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use save, list, show, remove, rename, export or import.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie save, list, show, remove, rename, export oder import.</translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes no name.</source>
        <translation>„presets %1“ nimmt keinen Namen.</translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes one name (quote a name with spaces).</source>
        <translation>„presets %1“ nimmt einen Namen (setzen Sie einen Namen mit Leerzeichen in Anführungszeichen).</translation>
    </message>
    <message>
        <source>&quot;presets rename&quot; takes the old name and the new one.</source>
        <translation>„presets rename“ nimmt den alten und den neuen Namen.</translation>
    </message>
    <message>
        <source>--keep takes a number of runs from 1 to 10000.</source>
        <translation>--keep nimmt eine Anzahl von Durchläufen von 1 bis 10000.</translation>
    </message>
    <message>
        <source>There is no stored account &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>Es gibt kein gespeichertes Konto „%1“ (siehe „d360-exporter accounts list“).</translation>
    </message>
    <message>
        <source>Give --replace to replace it.</source>
        <translation>Geben Sie --replace an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;: %2</source>
        <translation>Vorlage „%1“ gespeichert: %2</translation>
    </message>
    <message>
        <source>Run it with: d360-exporter export --preset &quot;%1&quot;</source>
        <translation>Ausführen mit: d360-exporter export --preset &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No presets yet. Save one with: d360-exporter presets save NAME --project ID --version default --out DIR</source>
        <translation>Noch keine Vorlagen. Speichern Sie eine mit: d360-exporter presets save NAME --project ID --version default --out DIR</translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation>(Umgebung)</translation>
    </message>
    <message>
        <source>keeps %1</source>
        <translation>behält %1</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>EXPORTS</source>
        <translation>EXPORTE</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SICHERUNG</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>(D360_API_KEY and D360_BASE_URL)</source>
        <translation>(D360_API_KEY und D360_BASE_URL)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>each version&apos;s default</source>
        <translation>jeweilige Standardsprache</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Dateinamen</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>keeps the last %1 runs</source>
        <translation>behält die letzten %1 Durchläufe</translation>
    </message>
    <message>
        <source>Run with</source>
        <translation>Ausführen mit</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Removed the preset &quot;%1&quot;.</source>
        <translation>Die Vorlage „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Renamed the preset &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Die Vorlage „%1“ wurde in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Give the file to write with --file FILE.</source>
        <translation>Geben Sie die zu schreibende Datei mit --file FILE an.</translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation>Die Vorlage „%1“ wurde nach %2 geschrieben (sie enthält keine Zugangsdaten).</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not stored here. Add it (d360-exporter accounts add --name &quot;%2&quot;), or pick one with --account NAME.</source>
        <translation>Die Vorlage „%1“ läuft mit dem Konto „%2“, das hier nicht gespeichert ist. Fügen Sie es hinzu (d360-exporter accounts add --name &quot;%2&quot;), oder wählen Sie eines mit --account NAME.</translation>
    </message>
    <message>
        <source>Give --name NEW to import it beside, or --replace.</source>
        <translation>Geben Sie --name NEW an, um sie daneben zu importieren, oder --replace.</translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot;: %2</source>
        <translation>Vorlage „%1“ importiert: %2</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; (see &quot;d360-exporter presets list&quot;).</source>
        <translation>Es gibt keine Vorlage „%1“ (siehe „d360-exporter presets list“).</translation>
    </message>
    <message>
        <source>presets: %1</source>
        <translation>presets: %1</translation>
    </message>
    <message>
        <source>The preset is renamed, but its schedule still runs &quot;%1&quot;: %2</source>
        <translation>Die Vorlage wurde umbenannt, aber ihr Zeitplan führt noch „%1“ aus: %2</translation>
    </message>
    <message>
        <source>Its schedule now runs &quot;%1&quot;.</source>
        <translation>Ihr Zeitplan führt jetzt „%1“ aus.</translation>
    </message>
    <message>
        <source>To update the scheduler, run:</source>
        <translation>Um den Planer zu aktualisieren, führen Sie aus:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the reason, then what to do about it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The preset no longer exports Markdown, so it no longer mirrors into %1; the repository is left as it is.</source>
        <translation>Die Vorlage exportiert kein Markdown mehr und spiegelt daher nicht mehr nach %1; das Repository bleibt unverändert.</translation>
    </message>
    <message>
        <source>Git mirror</source>
        <translation>Git-Spiegel</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1 (Branch %2)</translation>
    </message>
</context>
<context>
    <name>d360::cli::ProjectsCommand</name>
    <message>
        <source>List the Document360 projects the token can see.</source>
        <translation>Die Document360-Projekte auflisten, die das Token sieht.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SUBDOMAIN</source>
        <translation>SUBDOMAIN</translation>
    </message>
</context>
<context>
    <name>d360::cli::ScheduleCommand</name>
    <message>
        <source>Back up a preset on a schedule that the operating system keeps (a systemd user timer on Linux), so it also runs when the window is closed. A schedule runs &quot;d360-exporter export --preset NAME --scheduled&quot;.

Actions:
  add     --preset NAME (--daily HH:MM | --weekly DAY HH:MM | --every N(h|d))
  list    [--json]
  remove  NAME</source>
        <translation>Eine Vorlage nach einem Zeitplan sichern, den das Betriebssystem verwaltet (unter Linux ein systemd-Benutzer-Timer), sodass sie auch läuft, wenn das Fenster geschlossen ist. Ein Zeitplan führt „d360-exporter export --preset NAME --scheduled“ aus.

Aktionen:
  add     --preset NAME (--daily HH:MM | --weekly DAY HH:MM | --every N(h|d))
  list    [--json]
  remove  NAME</translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation>add, list oder remove.</translation>
    </message>
    <message>
        <source>The preset to back up (add).</source>
        <translation>Die zu sichernde Vorlage (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Every day at this time (24-hour, local time).</source>
        <translation>Täglich zu dieser Uhrzeit (24 Stunden, Ortszeit).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Every week on this day (mon..sun, or the full name) at the time that follows: --weekly mon 02:30.</source>
        <translation>Wöchentlich an diesem Tag (mon..sun oder der volle Name) zur folgenden Uhrzeit: --weekly mon 02:30.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>Every N hours (6h) or days (2d).</source>
        <translation>Alle N Stunden (6h) oder Tage (2d).</translation>
    </message>
    <message>
        <source>N(h|d)</source>
        <translation>N(h|d)</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>Als JSON auflisten.</translation>
    </message>
    <message>
        <source>Name one action: add, list or remove.</source>
        <translation>Nennen Sie eine Aktion: add, list oder remove.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list or remove.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie add, list oder remove.</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>schedule: %1</translation>
    </message>
    <message>
        <source>Say when with exactly one of --daily HH:MM, --weekly DAY HH:MM or --every N(h|d).</source>
        <translation>Geben Sie den Zeitpunkt mit genau einer der Optionen --daily HH:MM, --weekly DAY HH:MM oder --every N(h|d) an.</translation>
    </message>
    <message>
        <source>Give the time after the day: --weekly DAY HH:MM, for example --weekly mon 02:30.</source>
        <translation>Geben Sie die Uhrzeit nach dem Tag an: --weekly DAY HH:MM, zum Beispiel --weekly mon 02:30.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Give the day and the time: --weekly DAY HH:MM.</source>
        <translation>Geben Sie Tag und Uhrzeit an: --weekly DAY HH:MM.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Scheduled the preset &quot;%1&quot; %2. Wrote:</source>
        <translation>Die Vorlage „%1“ wurde geplant: %2. Geschrieben:</translation>
    </message>
    <message>
        <source>The timer is enabled; &quot;systemctl --user list-timers&quot; shows when it runs next.</source>
        <translation>Der Timer ist aktiviert; „systemctl --user list-timers“ zeigt, wann er das nächste Mal läuft.</translation>
    </message>
    <message>
        <source>To start the schedule, run:</source>
        <translation>Um den Zeitplan zu starten, führen Sie aus:</translation>
    </message>
    <message>
        <source>No schedules in %1. Add one with &quot;d360-exporter schedule add --preset NAME --daily 02:30&quot;.</source>
        <translation>Keine Zeitpläne in %1. Fügen Sie einen hinzu mit „d360-exporter schedule add --preset NAME --daily 02:30“.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>nicht aktiviert</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Name the preset whose schedule to remove: schedule remove NAME.</source>
        <translation>Nennen Sie die Vorlage, deren Zeitplan entfernt werden soll: schedule remove NAME.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>If the schedule was running, also run:</source>
        <translation>Falls der Zeitplan lief, führen Sie außerdem aus:</translation>
    </message>
</context>
<context>
    <name>d360::cli::SecretInput</name>
    <message>
        <source>cannot turn off echo on this terminal, so the token is not read from it; pipe it in instead</source>
        <translation>die Ausgabe kann auf diesem Terminal nicht abgeschaltet werden, daher wird das Token nicht von dort gelesen; leiten Sie es stattdessen per Pipe ein</translation>
    </message>
    <message>
        <source>the token could not be read from standard input</source>
        <translation>das Token konnte nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>no token on standard input (type or paste it, or pipe it in)</source>
        <translation>kein Token auf der Standardeingabe (tippen oder fügen Sie es ein, oder leiten Sie es per Pipe ein)</translation>
    </message>
    <message>
        <source>reading a token is not supported on this system yet</source>
        <translation>das Lesen eines Tokens wird auf diesem System noch nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>d360::cli::VerifyCommand</name>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Check that a backup run folder holds exactly the files its manifest.json lists: reports missing, changed and extra files, and planned files that were never exported. Exit status 0 when whole, 1 when not, 4 when the folder has no manifest.</source>
        <translation>Prüfen, ob ein Sicherungs-Durchlaufordner genau die Dateien enthält, die seine manifest.json auflistet: meldet fehlende, geänderte und zusätzliche Dateien sowie geplante Dateien, die nie exportiert wurden. Exit-Status 0, wenn vollständig, 1, wenn nicht, 4, wenn der Ordner kein Manifest hat.</translation>
    </message>
    <message>
        <source>The run folder (the one that holds manifest.json).</source>
        <translation>Der Durchlaufordner (der die manifest.json enthält).</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>Den Bericht als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Name the run folder to verify.</source>
        <translation>Nennen Sie den zu prüfenden Durchlaufordner.</translation>
    </message>
    <message>
        <source>Name one run folder to verify, not %1.</source>
        <translation>Nennen Sie einen einzigen zu prüfenden Durchlaufordner, nicht %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n files checked against its manifest.</source>
        <translation>
            <numerusform>%1 ist vollständig: %n Datei mit dem Manifest abgeglichen.</numerusform>
            <numerusform>%1 ist vollständig: %n Dateien mit dem Manifest abgeglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not whole: %n problems.</source>
        <translation>
            <numerusform>%1 ist nicht vollständig: %n Problem.</numerusform>
            <numerusform>%1 ist nicht vollständig: %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing (%1):</source>
        <translation>Fehlend (%1):</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>Geändert (%1):</translation>
    </message>
    <message>
        <source>Extra (%1):</source>
        <translation>Zusätzlich (%1):</translation>
    </message>
    <message>
        <source>Never exported, as the manifest&apos;s verdict says (%1):</source>
        <translation>Nie exportiert, laut Ergebnis des Manifests (%1):</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation>verify: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::VersionsCommand</name>
    <message>
        <source>List the versions (workspaces) of a project.</source>
        <translation>Die Versionen (Arbeitsbereiche) eines Projekts auflisten.</translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>Die ID des Projekts (Standard: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
</context>
<context>
    <name>d360::compare::ComparisonHtml</name>
    <message>
        <source>“%1” → “%2”</source>
        <translation>„%1“ → „%2“</translation>
    </message>
    <message>
        <source>(+%1 −%2 words)</source>
        <translation>(+%1 −%2 Wörter)</translation>
    </message>
    <message>
        <source>No diff: %1</source>
        <translation>Kein Diff: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>Die beiden Exporte sind gleich: %n Artikel übereinstimmend.</numerusform>
            <numerusform>Die beiden Exporte sind gleich: %n Artikel übereinstimmend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Moved or renamed (%1)</source>
        <translation>Verschoben oder umbenannt (%1)</translation>
    </message>
    <message>
        <source>Images and attachments (%1)</source>
        <translation>Bilder und Anhänge (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>Unverändert: %n Artikel.</numerusform>
            <numerusform>Unverändert: %n Artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>Bearbeitet (%1)</translation>
    </message>
</context>
<context>
    <name>d360::compare::ExportSnapshot</name>
    <message>
        <source>%1 holds more than %2 files, more than an export has.</source>
        <translation>%1 enthält mehr als %2 Dateien, mehr als ein Export hat.</translation>
    </message>
    <message>
        <source>%1 is too large to compare (at %2).</source>
        <translation>%1 ist zu groß zum Vergleichen (bei %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a ZIP archive.</source>
        <translation>%1 ist weder ein Ordner noch ein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation>%1 ist beschädigt: Ein Eintrag kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>der Eintrag „%1“ ist eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>%1 is not an export that can be compared: %2.</source>
        <translation>%1 ist kein vergleichbarer Export: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 ist beschädigt: %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 does not unpack.</source>
        <translation>%1 ist beschädigt: %2 lässt sich nicht entpacken.</translation>
    </message>
    <message>
        <source>%1 is damaged (ZIP error %2).</source>
        <translation>%1 ist beschädigt (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>%1 holds no Markdown or HTML article: compare Markdown or HTML exports (a PDF cannot be compared article by article).</source>
        <translation>%1 enthält keinen Markdown- oder HTML-Artikel: Vergleichen Sie Markdown- oder HTML-Exporte (ein PDF lässt sich nicht Artikel für Artikel vergleichen).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read to its end.</source>
        <translation>%1 ist beschädigt: %2 kann nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is cut short.</source>
        <translation>%1 ist beschädigt: %2 ist abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>d360::compare::RunComparisonSources</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>This run has not finished.</source>
        <translation>Dieser Durchlauf ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>This run has no Markdown or HTML export on disk to compare.</source>
        <translation>Dieser Durchlauf hat keinen Markdown- oder HTML-Export auf der Festplatte, der verglichen werden kann.</translation>
    </message>
    <message>
        <source>No earlier run exported the same selection of this project.</source>
        <translation>Kein früherer Durchlauf hat dieselbe Auswahl dieses Projekts exportiert.</translation>
    </message>
    <message>
        <source>No earlier run of the preset &quot;%1&quot; has finished.</source>
        <translation>Kein früherer Durchlauf der Vorlage „%1“ ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The previous run has no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation>Der vorige Durchlauf hat keinen Markdown- oder HTML-Export derselben Version, Sprache und desselben Formats auf der Festplatte.</translation>
    </message>
</context>
<context>
    <name>d360::compare::TextDiff</name>
    <message>
        <source>The two texts could not be compared: %1</source>
        <translation>Die beiden Texte konnten nicht verglichen werden: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Export Document360 knowledge bases as PDF, HTML or Markdown.</source>
        <translation>Document360-Wissensdatenbanken als PDF, HTML oder Markdown exportieren.</translation>
    </message>
    <message>
        <source>%1 (free software)</source>
        <translation>%1 (freie Software)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Project page:</source>
        <translation>Projektseite:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>only in the system keychain, service %1</source>
        <translation>nur im Schlüsselbund des Systems, Dienst %1</translation>
    </message>
    <message>
        <source>This window runs on the demo sandbox: its account and queue are temporary and go when it closes.</source>
        <translation>Dieses Fenster läuft mit der Demo-Sandbox: Konto und Warteschlange sind temporär und verschwinden beim Schließen.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the version and folders, to paste into a support request</source>
        <translation>Version und Ordner kopieren, um sie in eine Support-Anfrage einzufügen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>State database:</source>
        <translation>Zustandsdatenbank:</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountEditDialog</name>
    <message>
        <source>Replace the API token</source>
        <translation>API-Token ersetzen</translation>
    </message>
    <message>
        <source>This account needs a new token: %1
Paste a new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation>Dieses Konto benötigt ein neues Token: %1
Fügen Sie ein neues Token aus dem Document360-Portal ein; es wird geprüft, bevor es das alte ersetzt.</translation>
    </message>
    <message>
        <source>Paste the new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation>Fügen Sie das neue Token aus dem Document360-Portal ein; es wird geprüft, bevor es das alte ersetzt.</translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation>Dieser Server kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Checking the token with the server ...</source>
        <translation>Das Token wird beim Server geprüft ...</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved).</source>
        <translation>Nur für diese Sitzung aufbewahrt (nicht gespeichert).</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The token works. %1 It sees %n project(s): %2</source>
        <translation>
            <numerusform>Das Token funktioniert. %1 Es sieht %n Projekt: %2</numerusform>
            <numerusform>Das Token funktioniert. %1 Es sieht %n Projekte: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The token works, but it could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation>Das Token funktioniert, konnte aber nicht gespeichert werden: %1
Sie können es nur für diese Sitzung verwenden; es wird dann im Speicher gehalten und beim Beenden von D360 Exporter vergessen.</translation>
    </message>
    <message>
        <source>Check the token with the server, then save it</source>
        <translation>Token beim Server prüfen und dann speichern</translation>
    </message>
    <message>
        <source>Give the account a name first</source>
        <translation>Geben Sie dem Konto zuerst einen Namen</translation>
    </message>
    <message>
        <source>Paste the token first</source>
        <translation>Fügen Sie zuerst das Token ein</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The Document360 account to export from</source>
        <translation>Das Document360-Konto, aus dem exportiert wird</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (erfordert Aufmerksamkeit)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountsDialog</name>
    <message>
        <source>needs attention</source>
        <translation>erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>No accounts yet. Add an API token, or sign in with your Document360 login.</source>
        <translation>Noch keine Konten. Fügen Sie ein API-Token hinzu, oder melden Sie sich mit Ihren Document360-Zugangsdaten an.</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Token &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Server: %1
Kind: %2%3
Projects it sees: %4</source>
        <translation>Server: %1
Art: %2%3
Sichtbare Projekte: %4</translation>
    </message>
    <message>
        <source> (this session only)</source>
        <translation> (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Erfordert Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Testing ...</source>
        <translation>Wird geprüft ...</translation>
    </message>
    <message numerus="yes">
        <source>Test passed: the server accepts the credential and lists %n project(s).</source>
        <translation>
            <numerusform>Prüfung bestanden: Der Server akzeptiert die Zugangsdaten und listet %n Projekt auf.</numerusform>
            <numerusform>Prüfung bestanden: Der Server akzeptiert die Zugangsdaten und listet %n Projekte auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its token is deleted from the keychain. Exports already downloaded stay where they are.</source>
        <translation>„%1“ entfernen? Sein Token wird aus dem Schlüsselbund gelöscht. Bereits heruntergeladene Exporte bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its token.</source>
        <translation>„%1“ und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Angemeldet als: %1</translation>
    </message>
    <message>
        <source>The sign-in is for project %1, which Document360 does not list for it.</source>
        <translation>Die Anmeldung gilt für Projekt %1, das Document360 dafür nicht auflistet.</translation>
    </message>
</context>
<context>
    <name>d360::gui::BatchNotifier</name>
    <message numerus="yes">
        <source>%n files exported to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1 folders</source>
        <translation>
            <numerusform>%n Datei in %1 Ordner exportiert</numerusform>
            <numerusform>%n Dateien in %1 Ordner exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 exported</source>
        <translation>%1 von %2 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>D360 Exporter</source>
        <translation>D360 Exporter</translation>
    </message>
    <message>
        <source>, %1 removed while running</source>
        <translation>, %1 während der Ausführung entfernt</translation>
    </message>
    <message numerus="yes">
        <source>; %n got numbered names because files of their names were already there</source>
        <translation>
            <numerusform>; %n Datei erhielt einen nummerierten Namen, weil bereits eine Datei dieses Namens vorhanden war</numerusform>
            <numerusform>; %n Dateien erhielten nummerierte Namen, weil bereits Dateien dieser Namen vorhanden waren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::ChangeListModel</name>
    <message>
        <source>File added: %1</source>
        <translation>Datei hinzugefügt: %1</translation>
    </message>
    <message>
        <source>File removed: %1</source>
        <translation>Datei entfernt: %1</translation>
    </message>
    <message>
        <source>File changed: %1</source>
        <translation>Datei geändert: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Renamed and edited: %1 (+%2 −%3 words)</source>
        <translation>Umbenannt und bearbeitet: %1 (+%2 −%3 Wörter)</translation>
    </message>
    <message>
        <source>Renamed: %1</source>
        <translation>Umbenannt: %1</translation>
    </message>
    <message>
        <source>Moved and edited: %1 (+%2 −%3 words)</source>
        <translation>Verschoben und bearbeitet: %1 (+%2 −%3 Wörter)</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Verschoben: %1</translation>
    </message>
    <message>
        <source>Edited: %1 (+%2 −%3 words)</source>
        <translation>Bearbeitet: %1 (+%2 −%3 Wörter)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::CompareDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Two &amp;runs from history</source>
        <translation>Zwei &amp;Durchläufe aus dem Verlauf</translation>
    </message>
    <message>
        <source>Two exports on &amp;disk (ZIP or extracted folder)</source>
        <translation>Zwei Exporte auf der Festplatte (&amp;ZIP oder entpackter Ordner)</translation>
    </message>
    <message>
        <source>Compare Exports</source>
        <translation>Exporte vergleichen</translation>
    </message>
    <message>
        <source>&amp;Earlier run:</source>
        <translation>&amp;Früherer Durchlauf:</translation>
    </message>
    <message>
        <source>&amp;Later run:</source>
        <translation>&amp;Späterer Durchlauf:</translation>
    </message>
    <message>
        <source>Earlier e&amp;xport:</source>
        <translation>Früherer E&amp;xport:</translation>
    </message>
    <message>
        <source>Later ex&amp;port:</source>
        <translation>Späterer Ex&amp;port:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>History holds fewer than two finished runs.</source>
        <translation>Der Verlauf enthält weniger als zwei abgeschlossene Durchläufe.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Pick an export&apos;s ZIP file</source>
        <translation>ZIP-Datei eines Exports auswählen</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Pick the folder an export was extracted into</source>
        <translation>Ordner auswählen, in den ein Export entpackt wurde</translation>
    </message>
    <message>
        <source>Pick an Extracted Export</source>
        <translation>Entpackten Export auswählen</translation>
    </message>
    <message>
        <source>Pick an Export ZIP</source>
        <translation>Export-ZIP auswählen</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation>Wählen Sie zwei verschiedene Durchläufe aus.</translation>
    </message>
    <message>
        <source>These two runs have no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation>Diese beiden Durchläufe haben keinen Markdown- oder HTML-Export derselben Version, Sprache und desselben Formats auf der Festplatte.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name two exports: a ZIP file or an extracted folder each.</source>
        <translation>Geben Sie zwei Exporte an: jeweils eine ZIP-Datei oder einen entpackten Ordner.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonSummary</name>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>Die beiden Exporte sind gleich: %n Artikel übereinstimmend.</numerusform>
            <numerusform>Die beiden Exporte sind gleich: %n Artikel übereinstimmend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n bearbeitet</numerusform>
            <numerusform>%n bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n umbenannt</numerusform>
            <numerusform>%n umbenannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>%n Bild geändert</numerusform>
            <numerusform>%n Bilder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added</source>
        <translation>
            <numerusform>%n Bild hinzugefügt</numerusform>
            <numerusform>%n Bilder hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed</source>
        <translation>
            <numerusform>%n Bild entfernt</numerusform>
            <numerusform>%n Bilder entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) changed</source>
        <translation>
            <numerusform>%n Anhang geändert</numerusform>
            <numerusform>%n Anhänge geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added</source>
        <translation>
            <numerusform>%n Anhang hinzugefügt</numerusform>
            <numerusform>%n Anhänge hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n Anhang entfernt</numerusform>
            <numerusform>%n Anhänge entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of one kind</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>articles&apos; counts; images&apos; and attachments&apos; counts</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonWindow</name>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>What Changed: %1</source>
        <translation>Was sich geändert hat: %1</translation>
    </message>
    <message>
        <source>Export compared</source>
        <translation>Verglichener Export</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>Changed articles and files</source>
        <translation>Geänderte Artikel und Dateien</translation>
    </message>
    <message>
        <source>Diff of the selected article</source>
        <translation>Diff des ausgewählten Artikels</translation>
    </message>
    <message>
        <source>Write this comparison as one self-contained HTML page, to mail to a reviewer</source>
        <translation>Diesen Vergleich als eine eigenständige HTML-Seite schreiben, um sie einem Prüfer zu senden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>Nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), renamed from “%3” (%4)</source>
        <translation>%1 (%2), umbenannt von „%3“ (%4)</translation>
    </message>
    <message>
        <source>%1 (%2), moved from %3</source>
        <translation>%1 (%2), verschoben von %3</translation>
    </message>
    <message>
        <source>The text did not change.</source>
        <translation>Der Text hat sich nicht geändert.</translation>
    </message>
    <message>
        <source>This file is new in the later export.</source>
        <translation>Diese Datei ist im späteren Export neu.</translation>
    </message>
    <message>
        <source>This file is not in the later export.</source>
        <translation>Diese Datei ist nicht im späteren Export.</translation>
    </message>
    <message>
        <source>This file&apos;s content changed (its SHA-256 differs).</source>
        <translation>Der Inhalt dieser Datei hat sich geändert (ihr SHA-256 weicht ab).</translation>
    </message>
    <message>
        <source>Save the Comparison as HTML</source>
        <translation>Vergleich als HTML speichern</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>Der Vergleich wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::DiffLineModel</name>
    <message>
        <source>No diff: %1</source>
        <translation>Kein Diff: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>hunk</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>d360::gui::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>d360::gui::ExportPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Pick a version on the left.</source>
        <translation>Wählen Sie links eine Version aus.</translation>
    </message>
    <message>
        <source>Loading languages…</source>
        <translation>Sprachen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the languages: %1</source>
        <translation>Die Sprachen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Pick a version first.</source>
        <translation>Wählen Sie zuerst eine Version aus.</translation>
    </message>
    <message>
        <source>Choose where to save the files.</source>
        <translation>Wählen Sie, wo die Dateien gespeichert werden.</translation>
    </message>
    <message>
        <source>Pick at least one language and one format.</source>
        <translation>Wählen Sie mindestens eine Sprache und ein Format aus.</translation>
    </message>
    <message>
        <source>Save exports to</source>
        <translation>Exporte speichern in</translation>
    </message>
    <message>
        <source>This project is inactive in Document360. Its content may be out of date; it exports all the same.</source>
        <translation>Dieses Projekt ist in Document360 inaktiv. Sein Inhalt ist möglicherweise veraltet; es wird trotzdem exportiert.</translation>
    </message>
    <message>
        <source>Save these choices under a name, to run them again later</source>
        <translation>Diese Auswahl unter einem Namen speichern, um sie später erneut auszuführen</translation>
    </message>
    <message numerus="yes">
        <source>Export %n files</source>
        <translation>
            <numerusform>%n Datei exportieren</numerusform>
            <numerusform>%n Dateien exportieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::GuiSettings</name>
    <message>
        <source>The file name pattern cannot be used: %1.</source>
        <translation>Das Dateinamensmuster kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Run between %1 and %2 exports at once.</source>
        <translation>Führen Sie zwischen %1 und %2 Exporte gleichzeitig aus.</translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation>Der Zielordner muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>You cannot write into %1.</source>
        <translation>Sie können nicht in %1 schreiben.</translation>
    </message>
    <message>
        <source>Check on an export being built at least every %1 to %2 seconds.</source>
        <translation>Fragen Sie einen entstehenden Export mindestens alle %1 bis %2 Sekunden ab.</translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryTableModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>running (%1 planned)</source>
        <translation>läuft (%1 geplant)</translation>
    </message>
    <message>
        <source>%1 of %2 files failed.</source>
        <translation>%1 von %2 Dateien fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. The first failure: %3</source>
        <translation>%1 von %2 Dateien fehlgeschlagen. Der erste Fehler: %3</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryView</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>Er&amp;neut ausführen</translation>
    </message>
    <message>
        <source>Copy &amp;manifest path</source>
        <translation>&amp;Manifest-Pfad kopieren</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>&amp;Datei öffnen</translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation>Verlauf der Durchläufe</translation>
    </message>
    <message>
        <source>No runs yet. Each export you start, here or from the command line or a schedule, is listed here when it has finished.</source>
        <translation>Noch keine Durchläufe. Jeder Export, den Sie hier, über die Befehlszeile oder per Zeitplan starten, wird hier aufgeführt, sobald er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>History is not available: the state database is not open.</source>
        <translation>Der Verlauf ist nicht verfügbar: Die Zustandsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation>Kein Programm konnte %1 öffnen. Der Pfad ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Read every file of this backup run again and compare it with its manifest</source>
        <translation>Jede Datei dieser Sicherung erneut lesen und mit ihrem Manifest vergleichen</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n file(s) checked against its manifest.</source>
        <translation>
            <numerusform>%1 ist vollständig: %n Datei mit dem Manifest abgeglichen.</numerusform>
            <numerusform>%1 ist vollständig: %n Dateien mit dem Manifest abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not whole.</source>
        <translation>%1 ist nicht vollständig.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Fehlend:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Extra:</source>
        <translation>Zusätzlich:</translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) were never exported.</source>
        <translation>
            <numerusform>%n geplante Datei wurde nie exportiert.</numerusform>
            <numerusform>%n geplante Dateien wurden nie exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous</source>
        <translation>Mit vor&amp;igem vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Compare two runs from history, or two exports on disk</source>
        <translation>Zwei Durchläufe aus dem Verlauf oder zwei Exporte auf der Festplatte vergleichen</translation>
    </message>
    <message>
        <source>Compa&amp;re</source>
        <translation>Ve&amp;rgleichen</translation>
    </message>
    <message>
        <source>Select a run to compare with the run before it.</source>
        <translation>Wählen Sie einen Durchlauf aus, um ihn mit dem vorigen zu vergleichen.</translation>
    </message>
    <message>
        <source>Compare this run&apos;s exports with those of %1</source>
        <translation>Exporte dieses Durchlaufs mit denen von %1 vergleichen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the exported file (Enter)</source>
        <translation>Die exportierte Datei öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>Den Ordner öffnen, der die Datei enthält</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>Den Pfad der Datei kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run the failed or cancelled export again</source>
        <translation>Den fehlgeschlagenen oder abgebrochenen Export erneut ausführen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Den Export anhalten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the file stays on disk</source>
        <translation>Aus der Liste entfernen (Entf); die Datei bleibt auf der Festplatte</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs could not be retried: no free file name in the output folder.</source>
        <translation>
            <numerusform>%n Auftrag konnte nicht wiederholt werden: kein freier Dateiname im Zielordner.</numerusform>
            <numerusform>%n Aufträge konnten nicht wiederholt werden: kein freier Dateiname im Zielordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy id for &amp;support</source>
        <translation>ID für den &amp;Support kopieren</translation>
    </message>
    <message>
        <source>Copy the id to give Document360 support: it finds the export in their logs</source>
        <translation>Die ID für den Document360-Support kopieren: Damit findet er den Export in seinen Protokollen</translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation>Kein Programm konnte %1 öffnen. Der Pfad ist in der Zwischenablage.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s) for Document360 support.</source>
        <translation>
            <numerusform>%n ID für den Document360-Support kopiert.</numerusform>
            <numerusform>%n IDs für den Document360-Support kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove exports</source>
        <translation>Exporte entfernen</translation>
    </message>
    <message>
        <source>They stop, and what they downloaded so far is deleted. Files already exported stay on disk.</source>
        <translation>Sie werden angehalten, und was bisher heruntergeladen wurde, wird gelöscht. Bereits exportierte Dateien bleiben auf der Festplatte.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exports that are still running?</source>
        <translation>
            <numerusform>%n Export entfernen, der noch läuft?</numerusform>
            <numerusform>%n Exporte entfernen, die noch laufen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::JobDetailsPane</name>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The file was downloaded but could not be extracted: %1</source>
        <translation>Die Datei wurde heruntergeladen, konnte aber nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>%1 (expired; a fresh link is asked for when needed)</source>
        <translation>%1 (abgelaufen; bei Bedarf wird ein neuer Link angefordert)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Give this id to Document360 support: it finds this export in their logs.</source>
        <translation>Geben Sie diese ID dem Document360-Support: Damit findet er diesen Export in seinen Protokollen.</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobQueueView</name>
    <message>
        <source>Job &amp;details</source>
        <translation>Auftrags&amp;details</translation>
    </message>
    <message>
        <source>Show or hide the selected job&apos;s details beside the table</source>
        <translation>Details des ausgewählten Auftrags neben der Tabelle ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Kopiert: %1.</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobTableModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
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
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1
Trace id: %2</source>
        <translation>%1
Trace-ID: %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>d360::gui::LanguageListModel</name>
    <message>
        <source>%1 (%2, default)</source>
        <translation>%1 (%2, Standard)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>d360::gui::MainWindow</name>
    <message>
        <source>Could not open the account: %1</source>
        <translation>Das Konto konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation>API-&amp;Token hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation>Mit Document360 an&amp;melden…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Rename, test, replace or remove accounts</source>
        <translation>Konten umbenennen, prüfen, Token ersetzen oder entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the projects again (F5)</source>
        <translation>Die Projekte erneut laden (F5)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Export wird vorbereitet…</translation>
    </message>
    <message>
        <source>Could not start the export: %1</source>
        <translation>Der Export konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 needs attention:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 erfordert Aufmerksamkeit:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Token &amp;ersetzen…</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About D360 Exporter</source>
        <translation>&amp;Über D360 Exporter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Sandbox — %1</source>
        <translation>Sandbox — %1</translation>
    </message>
    <message>
        <source>This sign-in is for the project with id %1, but Document360 does not list that project for it, so there is nothing to export here. Sign in again and pick a project you may export, or ask the project&apos;s owner for access.</source>
        <translation>Diese Anmeldung gilt für das Projekt mit der ID %1, aber Document360 listet dieses Projekt dafür nicht auf; hier gibt es daher nichts zu exportieren. Melden Sie sich erneut an und wählen Sie ein Projekt, das Sie exportieren dürfen, oder bitten Sie den Projektinhaber um Zugriff.</translation>
    </message>
    <message>
        <source>These exports are already waiting or running.</source>
        <translation>Diese Exporte warten bereits oder laufen.</translation>
    </message>
    <message>
        <source>%1 of these %2 exports are already waiting or running.</source>
        <translation>%1 dieser %2 Exporte warten bereits oder laufen.</translation>
    </message>
    <message>
        <source>Queue them again? The second copies get numbered file names, such as &quot;… (2).pdf&quot;.</source>
        <translation>Erneut einreihen? Die zweiten Kopien erhalten nummerierte Dateinamen, etwa „… (2).pdf“.</translation>
    </message>
    <message>
        <source>&amp;Queue again</source>
        <translation>Erneut &amp;einreihen</translation>
    </message>
    <message>
        <source>%1 and %2; they will resume the next time you open D360 Exporter.</source>
        <translation>%1 und %2; sie werden beim nächsten Öffnen von D360 Exporter fortgesetzt.</translation>
    </message>
    <message>
        <source>Close D360 Exporter?</source>
        <translation>D360 Exporter schließen?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every run: this window&apos;s, the command line&apos;s and the schedules&apos;</source>
        <translation>Jeder Durchlauf: aus diesem Fenster, von der Befehlszeile und aus den Zeitplänen</translation>
    </message>
    <message>
        <source>Pick a version, its languages, formats and a folder first: a preset saves what the export panel holds.</source>
        <translation>Wählen Sie zuerst eine Version, ihre Sprachen, Formate und einen Ordner: Eine Vorlage speichert, was der Exportbereich enthält.</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation>Die Vorlage „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; uses the account &quot;%2&quot;, which is not set up here; it loads into the panel of the account shown now.</source>
        <translation>Die Vorlage „%1“ verwendet das Konto „%2“, das hier nicht eingerichtet ist; sie wird in den Bereich des aktuell angezeigten Kontos geladen.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is loaded: change what you need and save it again with &quot;Save as preset…&quot;.</source>
        <translation>Die Vorlage „%1“ ist geladen: Ändern Sie, was nötig ist, und speichern Sie sie erneut mit „Als Vorlage speichern…“.</translation>
    </message>
    <message>
        <source>The version the preset &quot;%1&quot; exports is no longer listed; pick one.</source>
        <translation>Die Version, die die Vorlage „%1“ exportiert, wird nicht mehr aufgeführt; wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is renamed, but its schedule still runs &quot;%2&quot;: %3</source>
        <translation>Die Vorlage „%1“ wurde umbenannt, aber ihr Zeitplan führt noch „%2“ aus: %3</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule.</source>
        <translation>Die Vorlage „%1“ heißt jetzt „%2“, ebenso ihr Zeitplan.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule; the scheduler learns it after: %3</source>
        <translation>Die Vorlage „%1“ heißt jetzt „%2“, ebenso ihr Zeitplan; der Planer erfährt es erst nach: %3</translation>
    </message>
    <message>
        <source>The sandbox and its presets last only while this window is open, and a schedule runs when it is closed: schedule the presets of an account of your own.</source>
        <translation>Die Sandbox und ihre Vorlagen bestehen nur, solange dieses Fenster offen ist, und ein Zeitplan läuft, wenn es geschlossen ist: Planen Sie die Vorlagen eines eigenen Kontos.</translation>
    </message>
    <message numerus="yes">
        <source>%n exports queued.</source>
        <translation>
            <numerusform>%n Export eingereiht.</numerusform>
            <numerusform>%n Exporte eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running</source>
        <translation>
            <numerusform>%n Export läuft</numerusform>
            <numerusform>%n Exporte laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running; they will resume the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n Export läuft; er wird beim nächsten Öffnen von D360 Exporter fortgesetzt.</numerusform>
            <numerusform>%n Exporte laufen; sie werden beim nächsten Öffnen von D360 Exporter fortgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are waiting; they will start the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n Export wartet; er startet beim nächsten Öffnen von D360 Exporter.</numerusform>
            <numerusform>%n Exporte warten; sie starten beim nächsten Öffnen von D360 Exporter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::MissedRunsBar</name>
    <message>
        <source>Open H&amp;istory</source>
        <translation>&amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Scheduled runs that failed</source>
        <translation>Geplante Durchläufe, die fehlgeschlagen sind</translation>
    </message>
    <message>
        <source>%1 failed at %2.</source>
        <translation>%1 ist am %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3.</source>
        <translation>%1 (Konto %2) ist am %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation>%1 ist am %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3: %4</source>
        <translation>%1 (Konto %2) ist am %3 fehlgeschlagen: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed runs in History.</source>
        <translation>
            <numerusform>%n weiterer fehlgeschlagener Durchlauf im Verlauf.</numerusform>
            <numerusform>%n weitere fehlgeschlagene Durchläufe im Verlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetImportDialog</name>
    <message>
        <source>&amp;Replace the preset of that name</source>
        <translation>Die Vorlage dieses Namens &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Preset</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what this file holds.</source>
        <translation>Ihre Zeitpläne und ihr Verlauf bleiben; sie exportiert dann, was diese Datei enthält.</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Wählen Sie ein Konto</translation>
    </message>
    <message>
        <source>Exports:</source>
        <translation>Exporte:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message numerus="yes">
        <source>keeps the last %n run(s)</source>
        <translation>
            <numerusform>behält den letzten %n Durchlauf</numerusform>
            <numerusform>behält die letzten %n Durchläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>The file %1 holds this preset:</source>
        <translation>Die Datei %1 enthält diese Vorlage:</translation>
    </message>
    <message>
        <source>None: the credential in the environment (command line only)</source>
        <translation>Keines: die Zugangsdaten aus der Umgebung (nur Befehlszeile)</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads.</source>
        <translation>Die Vorlage „%1“ bezieht ihre Zugangsdaten aus der Umgebung (D360_API_KEY und D360_BASE_URL), die nur die Befehlszeile liest.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads. Keep it so, or pick an account for this window.</source>
        <translation>Die Vorlage „%1“ bezieht ihre Zugangsdaten aus der Umgebung (D360_API_KEY und D360_BASE_URL), die nur die Befehlszeile liest. Belassen Sie es so, oder wählen Sie ein Konto für dieses Fenster.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, and no account is set up here yet. Add one first, then choose it here.</source>
        <translation>Die Vorlage „%1“ läuft mit dem Konto „%2“, und hier ist noch kein Konto eingerichtet. Fügen Sie zuerst eines hinzu und wählen Sie es dann hier aus.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not set up here. Which account should it use?</source>
        <translation>Die Vorlage „%1“ läuft mit dem Konto „%2“, das hier nicht eingerichtet ist. Welches Konto soll sie verwenden?</translation>
    </message>
    <message>
        <source>There is already a preset named &quot;%1&quot;: replace it, or type another name.</source>
        <translation>Es gibt bereits eine Vorlage mit dem Namen „%1“: Ersetzen Sie sie, oder geben Sie einen anderen Namen ein.</translation>
    </message>
    <message>
        <source>The preset could not be imported: %1</source>
        <translation>Die Vorlage konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Choose the folder it exports into.</source>
        <translation>Wählen Sie den Ordner, in den sie exportiert.</translation>
    </message>
    <message>
        <source>There is no folder %1 on this computer. It is made when the preset first runs; choose another if that one is your colleague&apos;s.</source>
        <translation>Auf diesem Computer gibt es keinen Ordner %1. Er wird beim ersten Durchlauf der Vorlage angelegt; wählen Sie einen anderen, falls dies der Ordner Ihres Kollegen ist.</translation>
    </message>
    <message>
        <source>Export the Preset Into</source>
        <translation>Vorlage exportieren nach</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetLauncher</name>
    <message>
        <source>%1 runs on the credential in the environment (D360_API_KEY), which only the command line reads. Run it with the command line, or edit it and save it with an account of this window.</source>
        <translation>%1 läuft mit den Zugangsdaten aus der Umgebung (D360_API_KEY), die nur die Befehlszeile liest. Führen Sie sie über die Befehlszeile aus, oder bearbeiten Sie sie und speichern Sie sie mit einem Konto dieses Fensters.</translation>
    </message>
    <message>
        <source>%1 runs on the account &quot;%2&quot;, which is not set up here. Add that account, or edit the preset and save it with another one.</source>
        <translation>%1 läuft mit dem Konto „%2“, das hier nicht eingerichtet ist. Fügen Sie dieses Konto hinzu, oder bearbeiten Sie die Vorlage und speichern Sie sie mit einem anderen.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not open yet. Try again in a moment.</source>
        <translation>Das Konto „%1“ ist noch nicht geöffnet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot;</source>
        <translation>Die Vorlage „%1“</translation>
    </message>
    <message>
        <source>Preparing the preset &quot;%1&quot;…</source>
        <translation>Die Vorlage „%1“ wird vorbereitet…</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has nothing to export now.</source>
        <translation>Die Vorlage „%1“ hat derzeit nichts zu exportieren.</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot;</source>
        <translation>Der Durchlauf „%1“</translation>
    </message>
    <message>
        <source>%1 cannot be run again: history does not say what it exported, or into which folder.</source>
        <translation>%1 kann nicht erneut ausgeführt werden: Der Verlauf sagt nicht, was exportiert wurde oder in welchen Ordner.</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Export wird vorbereitet…</translation>
    </message>
    <message>
        <source>%1 could not be planned again: %2</source>
        <translation>%1 konnte nicht erneut geplant werden: %2</translation>
    </message>
    <message>
        <source>%1 has nothing to export now.</source>
        <translation>%1 hat derzeit nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetSharing</name>
    <message>
        <source>Presets (*.json)</source>
        <translation>Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Export the Preset &quot;%1&quot;</source>
        <translation>Vorlage „%1“ exportieren</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not exported.</source>
        <translation>Die Vorlage „%1“ wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation>Die Vorlage „%1“ wurde nach %2 geschrieben (sie enthält keine Zugangsdaten).</translation>
    </message>
    <message>
        <source>Import a Preset</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>This file cannot be imported as a preset.</source>
        <translation>Diese Datei kann nicht als Vorlage importiert werden.</translation>
    </message>
    <message>
        <source>Replaced the preset &quot;%1&quot; with the one from %2.</source>
        <translation>Die Vorlage „%1“ wurde durch die aus %2 ersetzt.</translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot; from %2.</source>
        <translation>Die Vorlage „%1“ wurde aus %2 importiert.</translation>
    </message>
    <message>
        <source>Preset File</source>
        <translation>Vorlagendatei</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetsMenu</name>
    <message>
        <source>P&amp;resets</source>
        <translation>Vo&amp;rlagen</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the export panel&apos;s choices under a name</source>
        <translation>Die Auswahl im Exportbereich unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Presets are not available: the state database is not open.</source>
        <translation>Vorlagen sind nicht verfügbar: Die Zustandsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Load it into the export panel, to change it and save it again</source>
        <translation>In den Exportbereich laden, um sie zu ändern und erneut zu speichern</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not renamed: %2</source>
        <translation>Die Vorlage „%1“ wurde nicht umbenannt: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>Die Vorlage „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be read: %2</source>
        <translation>Die Vorlage „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be duplicated: %2</source>
        <translation>Die Vorlage „%1“ konnte nicht dupliziert werden: %2</translation>
    </message>
    <message>
        <source>Saved a copy of &quot;%1&quot; as &quot;%2&quot;.</source>
        <translation>Eine Kopie von „%1“ wurde als „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its exported files and its history stay. A schedule that runs it will fail until a preset of that name exists again.</source>
        <translation>Ihre exportierten Dateien und ihr Verlauf bleiben. Ein Zeitplan, der sie ausführt, schlägt fehl, bis es wieder eine Vorlage dieses Namens gibt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not deleted: %2</source>
        <translation>Die Vorlage „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is deleted.</source>
        <translation>Die Vorlage „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Import preset…</source>
        <translation>Vorlage &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a preset from a file a colleague exported</source>
        <translation>Eine Vorlage aus einer Datei hinzufügen, die ein Kollege exportiert hat</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>In Datei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write it to a file for a colleague; no credential is in it</source>
        <translation>In eine Datei für einen Kollegen schreiben; sie enthält keine Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Zeitplan…</translation>
    </message>
    <message>
        <source>&amp;Schedule… (%1)</source>
        <translation>&amp;Zeitplan… (%1)</translation>
    </message>
    <message>
        <source>Have the operating system run it daily, weekly or at an interval</source>
        <translation>Vom Betriebssystem täglich, wöchentlich oder in einem Intervall ausführen lassen</translation>
    </message>
    <message>
        <source>The operating system runs it %1, also when this window is closed</source>
        <translation>Das Betriebssystem führt sie %1 aus, auch wenn dieses Fenster geschlossen ist</translation>
    </message>
</context>
<context>
    <name>d360::gui::ProjectTreeModel</name>
    <message>
        <source>Projects and versions</source>
        <translation>Projekte und Versionen</translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation>Wird geladen… (bisher %1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load: %1 Double-click to retry.</source>
        <translation>Laden fehlgeschlagen: %1 Doppelklicken zum erneuten Versuch.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Inactive project</source>
        <translation>Inaktives Projekt</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Default version</source>
        <translation>Standardversion</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>d360::gui::QueueStatusIndicator</name>
    <message>
        <source>Running jobs</source>
        <translation>Laufende Aufträge</translation>
    </message>
    <message>
        <source>Remaining rate budget</source>
        <translation>Verbleibendes Anfragekontingent</translation>
    </message>
    <message>
        <source>Document360 accepts a limited number of requests a minute per token; exports wait their turn instead of being refused.</source>
        <translation>Document360 akzeptiert pro Token eine begrenzte Zahl von Anfragen pro Minute; Exporte warten, bis sie an der Reihe sind, statt abgelehnt zu werden.</translation>
    </message>
    <message>
        <source>No exports running</source>
        <translation>Keine Exporte laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n exports running</source>
        <translation>
            <numerusform>%n Export läuft</numerusform>
            <numerusform>%n Exporte laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may send %1 more of its %2 requests a minute.</source>
        <translation>Dieses Konto darf noch %1 seiner %2 Anfragen pro Minute senden.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the API&apos;s rate limit</source>
        <translation>Wartet %1 s auf das Anfragelimit der API</translation>
    </message>
</context>
<context>
    <name>d360::gui::SavePresetDialog</name>
    <message>
        <source>Export the &amp;default version when it runs</source>
        <translation>Bei der Ausführung die &amp;Standardversion exportieren</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>Keine Sicherung</translation>
    </message>
    <message>
        <source>A backup writes each run into a dated folder of its own and keeps this many of the newest complete runs</source>
        <translation>Eine Sicherung schreibt jeden Durchlauf in einen eigenen, datierten Ordner und behält so viele der neuesten vollständigen Durchläufe</translation>
    </message>
    <message>
        <source>Export whichever version the project marks as default at the time, rather than this version</source>
        <translation>Die Version exportieren, die das Projekt zum jeweiligen Zeitpunkt als Standard kennzeichnet, statt dieser Version</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Keep the last runs (backup):</source>
        <translation>Die letzten Durchläufe &amp;behalten (Sicherung):</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; exists. Replace it?</source>
        <translation>Eine Vorlage mit dem Namen „%1“ existiert. Ersetzen?</translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what you chose here.</source>
        <translation>Ihre Zeitpläne und ihr Verlauf bleiben; sie exportiert dann, was Sie hier gewählt haben.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::ScheduleDialog</name>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Remove Schedule</source>
        <translation>Zeitplan &amp;entfernen</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation>„%1“ planen</translation>
    </message>
    <message>
        <source>The operating system runs the preset &quot;%1&quot; at these times, also when this window is closed. Each run is recorded in History; a run that fails raises a desktop notification.</source>
        <translation>Das Betriebssystem führt die Vorlage „%1“ zu diesen Zeiten aus, auch wenn dieses Fenster geschlossen ist. Jeder Durchlauf wird im Verlauf festgehalten; ein fehlgeschlagener Durchlauf löst eine Desktop-Benachrichtigung aus.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>At an interval</source>
        <translation>In einem Intervall</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Ausführung:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>&amp;Uhrzeit (lokal):</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>A&amp;lle:</translation>
    </message>
    <message>
        <source>Commands that start the schedule</source>
        <translation>Befehle, die den Zeitplan starten</translation>
    </message>
    <message>
        <source>Now it runs %1.</source>
        <translation>Derzeit läuft sie %1.</translation>
    </message>
    <message>
        <source>It has no schedule yet.</source>
        <translation>Sie hat noch keinen Zeitplan.</translation>
    </message>
    <message>
        <source>Choose how often it runs.</source>
        <translation>Wählen Sie, wie oft sie ausgeführt wird.</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>Removing the schedule…</source>
        <translation>Zeitplan wird entfernt…</translation>
    </message>
    <message>
        <source>%1 The scheduler was not told: %2 To finish, run these commands in a terminal:</source>
        <translation>%1 Der Planer wurde nicht benachrichtigt: %2 Führen Sie zum Abschluss diese Befehle in einem Terminal aus:</translation>
    </message>
    <message>
        <source>It is not scheduled: %1</source>
        <translation>Sie ist nicht geplant: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2.</source>
        <translation>Die Vorlage „%1“ ist geplant: %2.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2; the schedule starts once the commands in its dialog are run.</source>
        <translation>Die Vorlage „%1“ ist geplant: %2; der Zeitplan beginnt, sobald die Befehle in seinem Dialog ausgeführt wurden.</translation>
    </message>
    <message>
        <source>%1 It runs also when this window is closed.</source>
        <translation>%1 Sie läuft auch, wenn dieses Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>The schedule is not removed: %1</source>
        <translation>Der Zeitplan wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no schedule any more.</source>
        <translation>Die Vorlage „%1“ hat keinen Zeitplan mehr.</translation>
    </message>
</context>
<context>
    <name>d360::gui::ServerChoice</name>
    <message>
        <source>EU (apihub.document360.io)</source>
        <translation>EU (apihub.document360.io)</translation>
    </message>
    <message>
        <source>US (apihub.us.document360.io)</source>
        <translation>US (apihub.us.document360.io)</translation>
    </message>
    <message>
        <source>Private hosting</source>
        <translation>Privates Hosting</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <source>hosting name, as in apihub.NAME.document360.io</source>
        <translation>Hosting-Name, wie in apihub.NAME.document360.io</translation>
    </message>
    <message>
        <source>https://... (http only on this computer)</source>
        <translation>https://... (http nur auf diesem Computer)</translation>
    </message>
</context>
<context>
    <name>d360::gui::SettingsDialog</name>
    <message>
        <source>Keep it and number the new file: name (2).pdf</source>
        <translation>Behalten und die neue Datei nummerieren: Name (2).pdf</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
</context>
<context>
    <name>d360::gui::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation>Dieser Server kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation>Anmelden nicht möglich: %1.</translation>
    </message>
    <message>
        <source>The browser did not open. Use &quot;Copy sign-in link&quot; and paste the link into a browser on this computer.</source>
        <translation>Der Browser wurde nicht geöffnet. Verwenden Sie „Anmeldelink kopieren“ und fügen Sie den Link in einen Browser auf diesem Computer ein.</translation>
    </message>
    <message>
        <source>Signed in; finishing ...</source>
        <translation>Angemeldet; wird abgeschlossen ...</translation>
    </message>
    <message>
        <source>Signed in; checking what the account can see ...</source>
        <translation>Angemeldet; es wird geprüft, was das Konto sieht ...</translation>
    </message>
    <message>
        <source>Checking what the account can see ...</source>
        <translation>Es wird geprüft, was das Konto sieht ...</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht gespeichert werden: %1
Sie können sie nur für diese Sitzung verwenden; sie wird dann im Speicher gehalten und beim Beenden von D360 Exporter vergessen.</translation>
    </message>
    <message>
        <source>Signed in for this session only (not saved).</source>
        <translation>Nur für diese Sitzung angemeldet (nicht gespeichert).</translation>
    </message>
    <message>
        <source>Signed in and saved in the keychain.</source>
        <translation>Angemeldet und im Schlüsselbund gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The account sees %n project(s): %2</source>
        <translation>
            <numerusform>%1 Das Konto sieht %n Projekt: %2</numerusform>
            <numerusform>%1 Das Konto sieht %n Projekte: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. Paste it into a browser on this computer; this window waits for the answer.</source>
        <translation>Der Anmeldelink ist in der Zwischenablage. Fügen Sie ihn in einen Browser auf diesem Computer ein; dieses Fenster wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>Enter the client ID first. %1</source>
        <translation>Geben Sie zuerst die Client-ID ein. %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and pick a project in the browser ... If no browser window opened, use &quot;Copy sign-in link&quot; and paste the link into your browser.</source>
        <translation>Es wird gewartet, bis Sie sich im Browser anmelden und ein Projekt wählen ... Falls sich kein Browserfenster geöffnet hat, verwenden Sie „Anmeldelink kopieren“ und fügen Sie den Link in Ihren Browser ein.</translation>
    </message>
    <message>
        <source>%1
Signed in as: %2</source>
        <translation>%1
Angemeldet als: %2</translation>
    </message>
    <message>
        <source>%1
The sign-in is for project %2, but Document360 does not list that project for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation>%1
Die Anmeldung gilt für Projekt %2, aber Document360 listet dieses Projekt dafür nicht auf. Melden Sie sich erneut an und wählen Sie ein anderes Projekt, oder bitten Sie den Projektinhaber um Zugriff.</translation>
    </message>
</context>
<context>
    <name>d360::jobs::BatchPlanner</name>
    <message>
        <source>no account to ask</source>
        <translation>kein Konto zum Abfragen</translation>
    </message>
    <message>
        <source>no version was chosen</source>
        <translation>es wurde keine Version gewählt</translation>
    </message>
    <message>
        <source>this token sees no project with the id %1 (see &quot;d360-exporter projects&quot;)</source>
        <translation>dieses Token sieht kein Projekt mit der ID %1 (siehe „d360-exporter projects“)</translation>
    </message>
    <message>
        <source>the project %1 marks no version as its default; name one with its id</source>
        <translation>das Projekt %1 kennzeichnet keine Version als Standard; geben Sie eine mit ihrer ID an</translation>
    </message>
    <message>
        <source>the project %1 has no version with the id %2 (see &quot;d360-exporter versions --project %3&quot;)</source>
        <translation>das Projekt %1 hat keine Version mit der ID %2 (siehe „d360-exporter versions --project %3“)</translation>
    </message>
    <message>
        <source>the version %1 has no language &quot;%2&quot;; it has %3</source>
        <translation>die Version %1 hat keine Sprache „%2“; sie hat %3</translation>
    </message>
    <message>
        <source>the version %1 has no languages</source>
        <translation>die Version %1 hat keine Sprachen</translation>
    </message>
    <message>
        <source>the file name pattern &quot;%1&quot; gives two exports the same name, &quot;%2&quot; (%3 and %4); add {lang}, {version} or {format} to it</source>
        <translation>das Dateinamensmuster „%1“ gibt zwei Exporten denselben Namen, „%2“ (%3 und %4); fügen Sie {lang}, {version} oder {format} hinzu</translation>
    </message>
</context>
<context>
    <name>d360::jobs::DownloadHasher</name>
    <message>
        <source>only %1 of the %2 bytes of %3 were checked</source>
        <translation>nur %1 der %2 Bytes von %3 wurden geprüft</translation>
    </message>
    <message>
        <source>cannot read %1 back to check it: %2</source>
        <translation>%1 kann zur Prüfung nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>it is shorter than written</source>
        <translation>sie ist kürzer als geschrieben</translation>
    </message>
</context>
<context>
    <name>d360::jobs::ExportJob</name>
    <message>
        <source>default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>a job without a valid &quot;id&quot;</source>
        <translation>ein Auftrag ohne gültige „id“</translation>
    </message>
    <message>
        <source>job %1 lacks its project, version or file</source>
        <translation>Auftrag %1 fehlt Projekt, Version oder Datei</translation>
    </message>
    <message>
        <source>job %1 has an unknown format or state</source>
        <translation>Auftrag %1 hat ein unbekanntes Format oder einen unbekannten Zustand</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileEndCheck</name>
    <message>
        <source>the downloaded PDF is incomplete: there is no %%EOF near its end</source>
        <translation>das heruntergeladene PDF ist unvollständig: Nahe seinem Ende steht kein %%EOF</translation>
    </message>
    <message>
        <source>the downloaded ZIP archive is incomplete: its end-of-central-directory record is missing</source>
        <translation>das heruntergeladene ZIP-Archiv ist unvollständig: Der End-of-Central-Directory-Eintrag fehlt</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameSanitizer</name>
    <message>
        <source>&quot;%1&quot; ends in a dot</source>
        <translation>„%1“ endet mit einem Punkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends in a space</source>
        <translation>„%1“ endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a colon</source>
        <translation>„%1“ enthält einen Doppelpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <translation>„%1“ ist unter Windows ein reservierter Gerätename</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameTemplate</name>
    <message>
        <source>the file name pattern is empty</source>
        <translation>das Dateinamensmuster ist leer</translation>
    </message>
    <message>
        <source>a &quot;}&quot; without its &quot;{&quot; at position %1</source>
        <translation>ein „}“ ohne sein „{“ an Position %1</translation>
    </message>
    <message>
        <source>a &quot;{&quot; without its &quot;}&quot; at position %1</source>
        <translation>ein „{“ ohne sein „}“ an Position %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known are {%2}</source>
        <translation>unbekannter Platzhalter {%1}; bekannt sind {%2}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2: files go straight into the output folder, so a pattern cannot name a subfolder</source>
        <translation>„%1“ an Position %2: Dateien landen direkt im Zielordner, daher kann ein Muster keinen Unterordner benennen</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileSystemSafety</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobDownload</name>
    <message>
        <source>the file has %1 bytes, the server announced %2</source>
        <translation>die Datei hat %1 Bytes, der Server hat %2 angekündigt</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s SHA-256 is %1, the storage host announced %2</source>
        <translation>der SHA-256 der heruntergeladenen Datei ist %1, der Speicher-Host hat %2 angekündigt</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s MD5 is %1, the storage host announced %2</source>
        <translation>der MD5 der heruntergeladenen Datei ist %1, der Speicher-Host hat %2 angekündigt</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobQueue</name>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation>kein freier Dateiname wie %1 in %2</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobRunner</name>
    <message>
        <source>This export&apos;s account is not available any more (it was removed, or the keychain is locked). Add the account again, then retry the export.</source>
        <translation>Das Konto dieses Exports ist nicht mehr verfügbar (es wurde entfernt, oder der Schlüsselbund ist gesperrt). Fügen Sie das Konto erneut hinzu und wiederholen Sie dann den Export.</translation>
    </message>
    <message>
        <source>the program stopped before the server answered</source>
        <translation>das Programm wurde beendet, bevor der Server geantwortet hat</translation>
    </message>
    <message>
        <source>the export is %1 again</source>
        <translation>der Export ist wieder %1</translation>
    </message>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation>kein freier Dateiname wie %1 in %2</translation>
    </message>
    <message>
        <source>%1 kept being taken</source>
        <translation>%1 wurde immer wieder belegt</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>der Server hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>another export is writing %1 at the same time; it is not replaced. Export again once that one has finished.</source>
        <translation>ein anderer Export schreibt gleichzeitig %1; die Datei wird nicht ersetzt. Exportieren Sie erneut, sobald jener abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobState</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Wartet auf den Server</translation>
    </message>
    <message>
        <source>Being built</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>d360::jobs::OwnedFolder</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>in %1 kann kein Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>the new folder %1 was replaced by something else</source>
        <translation>der neue Ordner %1 wurde durch etwas anderes ersetzt</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>%1 climbs out of the folder</source>
        <translation>%1 führt aus dem Ordner heraus</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 was moved or replaced while it was being filled</source>
        <translation>der Ordner %1 wurde verschoben oder ersetzt, während er gefüllt wurde</translation>
    </message>
</context>
<context>
    <name>d360::jobs::PartFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the download does not follow it</source>
        <translation>%1 ist eine symbolische Verknüpfung; der Download folgt ihr nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>%1 has other names (hard links)</source>
        <translation>%1 hat weitere Namen (harte Verknüpfungen)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is being written by another export</source>
        <translation>%1 wird von einem anderen Export geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was written</source>
        <translation>%1 wurde während des Schreibens durch eine andere Datei ersetzt</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a regular file; it is not replaced</source>
        <translation>%1 ist eine symbolische Verknüpfung oder keine reguläre Datei; sie wird nicht ersetzt</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file</source>
        <translation>%1 ist eine Verknüpfung oder keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file; it is not replaced</source>
        <translation>%1 ist eine Verknüpfung oder keine reguläre Datei; sie wird nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>d360::jobs::QueueStore</name>
    <message>
        <source>The export queue &quot;%1&quot; is in use by another D360 Exporter (process %2 on %3). Wait for it to finish, or stop it, and try again.</source>
        <translation>Die Export-Warteschlange „%1“ wird von einem anderen D360 Exporter verwendet (Prozess %2 auf %3). Warten Sie, bis er fertig ist, oder beenden Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export queue &quot;%1&quot; cannot be locked (error %2); check the permissions of %3.</source>
        <translation>Die Export-Warteschlange „%1“ kann nicht gesperrt werden (Fehler %2); prüfen Sie die Berechtigungen von %3.</translation>
    </message>
    <message>
        <source>The saved export queue could not be read (%1); the queue starts empty and the database is left as it is.</source>
        <translation>Die gespeicherte Export-Warteschlange konnte nicht gelesen werden (%1); die Warteschlange beginnt leer, und die Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <source>job %1 is not JSON: %2</source>
        <translation>Auftrag %1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>job %1 holds the content of job %2</source>
        <translation>Auftrag %1 enthält den Inhalt von Auftrag %2</translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They are kept in the table unreadable_jobs of %2.</source>
        <translation>
            <numerusform>%n gespeicherter Exportauftrag konnte nicht gelesen werden und wurde ausgelassen (%1). Er wird in der Tabelle unreadable_jobs von %2 aufbewahrt.</numerusform>
            <numerusform>%n gespeicherte Exportaufträge konnten nicht gelesen werden und wurden ausgelassen (%1). Sie werden in der Tabelle unreadable_jobs von %2 aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They stay in %2 as they were (%3).</source>
        <translation>
            <numerusform>%n gespeicherter Exportauftrag konnte nicht gelesen werden und wurde ausgelassen (%1). Er bleibt unverändert in %2 (%3).</numerusform>
            <numerusform>%n gespeicherte Exportaufträge konnten nicht gelesen werden und wurden ausgelassen (%1). Sie bleiben unverändert in %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::jobs::Sha256Stream</name>
    <message>
        <source>%1 has fewer than %2 bytes</source>
        <translation>%1 hat weniger als %2 Bytes</translation>
    </message>
</context>
<context>
    <name>d360::jobs::ZipExtractor</name>
    <message>
        <source>an entry without a name</source>
        <translation>ein Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>der Eintrag „%1“ hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; climbs out of its folder (&quot;..&quot;)</source>
        <translation>der Eintrag „%1“ führt aus seinem Ordner heraus („..“)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a control character in its name</source>
        <translation>der Eintrag „%1“ hat ein Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive (error %2).</source>
        <translation>%1 ist kein lesbares ZIP-Archiv (Fehler %2).</translation>
    </message>
    <message>
        <source>%1 has an unreadable entry (error %2).</source>
        <translation>%1 hat einen unlesbaren Eintrag (Fehler %2).</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>der Eintrag „%1“ ist eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2, which could write outside the folder. The archive is kept as downloaded.</source>
        <translation>Aus %1 wurde nichts entpackt: %2, was außerhalb des Ordners schreiben könnte. Das Archiv bleibt wie heruntergeladen erhalten.</translation>
    </message>
    <message>
        <source>%1 is damaged (error %2).</source>
        <translation>%1 ist beschädigt (Fehler %2).</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in %2 (error %3).</source>
        <translation>„%1“ in %2 kann nicht gelesen werden (Fehler %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged.</source>
        <translation>„%1“ in %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged (error %3).</source>
        <translation>„%1“ in %2 ist beschädigt (Fehler %3).</translation>
    </message>
    <message>
        <source>it would expand to more than %1, over %2 times the size of the archive, as a zip bomb does</source>
        <translation>es würde sich auf mehr als %1 entpacken, über das %2-Fache der Archivgröße, wie es eine ZIP-Bombe tut</translation>
    </message>
    <message>
        <source>it would take more than %1% of the free space in %2 (over %3 of %4 free)</source>
        <translation>es würde mehr als %1 % des freien Speicherplatzes in %2 belegen (über %3 von %4 frei)</translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2. The archive is kept as downloaded.</source>
        <translation>Aus %1 wurde nichts entpackt: %2. Das Archiv bleibt wie heruntergeladen erhalten.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be made on Windows: %2</source>
        <translation>der Eintrag „%1“ kann unter Windows nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation>es hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is more than %2 folders deep</source>
        <translation>der Eintrag „%1“ liegt mehr als %2 Ordner tief</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2.</source>
        <translation>%1 kann nicht entpackt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot extract %1 to %2: %3.</source>
        <translation>%1 kann nicht nach %2 entpackt werden: %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot move the extracted files to %1: %2.</source>
        <translation>Die entpackten Dateien können nicht nach %1 verschoben werden: %2.</translation>
    </message>
</context>
<context>
    <name>d360::mirror::GitMirror</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The run made no Markdown export to mirror into %1.</source>
        <translation>Der Durchlauf hat keinen Markdown-Export erzeugt, der in %1 gespiegelt werden könnte.</translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be opened: %2.</source>
        <translation>Der Git-Spiegel %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>it is not a Git repository</source>
        <translation>es ist kein Git-Repository</translation>
    </message>
    <message>
        <source>The Git mirror %1 is a bare repository; it needs a working tree.</source>
        <translation>Der Git-Spiegel %1 ist ein Bare-Repository; er benötigt ein Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>A merge, rebase or similar is under way in %1; finish it first.</source>
        <translation>In %1 ist ein Merge, Rebase oder Ähnliches im Gange; schließen Sie das zuerst ab.</translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be read: %2.</source>
        <translation>Der Git-Spiegel %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The Git mirror %1 is on no branch (a detached HEAD); the preset commits to &quot;%2&quot;. Switch to it first (git switch %2).</source>
        <translation>Der Git-Spiegel %1 ist auf keinem Branch (detached HEAD); die Vorlage committet nach „%2“. Wechseln Sie zuerst dorthin (git switch %2).</translation>
    </message>
    <message>
        <source>The Git mirror %1 is on the branch &quot;%2&quot;; the preset commits only to &quot;%3&quot;. Switch to it first (git switch %3).</source>
        <translation>Der Git-Spiegel %1 ist auf dem Branch „%2“; die Vorlage committet nur nach „%3“. Wechseln Sie zuerst dorthin (git switch %3).</translation>
    </message>
    <message>
        <source>The Git mirror %1 has changes that are not committed in the folders it mirrors into: %2. Commit or discard them first; the mirror would overwrite them.</source>
        <translation>Der Git-Spiegel %1 hat nicht committete Änderungen in den Ordnern, in die er spiegelt: %2. Committen oder verwerfen Sie sie zuerst; der Spiegel würde sie überschreiben.</translation>
    </message>
    <message>
        <source>The Git mirror %1 has staged changes (%2), which a commit would take along. Commit or unstage them first.</source>
        <translation>Der Git-Spiegel %1 hat vorgemerkte Änderungen (%2), die ein Commit mitnehmen würde. Committen Sie sie zuerst, oder nehmen Sie sie aus der Vormerkung.</translation>
    </message>
    <message>
        <source>Cannot make a folder in %1: %2.</source>
        <translation>In %1 kann kein Ordner angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be mirrored: %2</source>
        <translation>%1 kann nicht gespiegelt werden: %2</translation>
    </message>
    <message>
        <source>Cannot stage the mirrored files in %1: %2.</source>
        <translation>Die gespiegelten Dateien in %1 können nicht vorgemerkt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write the commit&apos;s tree in %1: %2.</source>
        <translation>Der Baum des Commits in %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot commit in the Git mirror %1: %2.</source>
        <translation>Im Git-Spiegel %1 kann nicht committet werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch name Git accepts.</source>
        <translation>„%1“ ist kein Branch-Name, den Git akzeptiert.</translation>
    </message>
    <message>
        <source>Cannot make a Git repository in %1: %2.</source>
        <translation>In %1 kann kein Git-Repository angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a Git repository nor an empty folder.</source>
        <translation>%1 ist weder ein Git-Repository noch ein leerer Ordner.</translation>
    </message>
    <message>
        <source>%1 is a bare repository; the mirror needs one with a working tree.</source>
        <translation>%1 ist ein Bare-Repository; der Spiegel benötigt eines mit Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>%1 is on no branch (a detached HEAD). Switch to the branch the mirror should commit to first.</source>
        <translation>%1 ist auf keinem Branch (detached HEAD). Wechseln Sie zuerst zu dem Branch, in den der Spiegel committen soll.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is on the branch &quot;%2&quot;; the mirror commits only to the branch the working tree is on. Switch to &quot;%3&quot; first (git switch %3).</source>
        <translation>%1 ist auf dem Branch „%2“; der Spiegel committet nur in den Branch, auf dem das Arbeitsverzeichnis steht. Wechseln Sie zuerst zu „%3“ (git switch %3).</translation>
    </message>
    <message>
        <source>Cannot write %1 in the Git mirror; what the folder held is still in its last commit (git restore %2).</source>
        <translation>%1 kann im Git-Spiegel nicht geschrieben werden; der bisherige Inhalt des Ordners ist noch im letzten Commit (git restore %2).</translation>
    </message>
</context>
<context>
    <name>d360::routines::BackupAftercare</name>
    <message>
        <source>The manifest of %1 could not be written: %2</source>
        <translation>Das Manifest von %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::BoundedProcess</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not answer within %2 ms.</source>
        <translation>„%1“ hat nicht innerhalb von %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; crashed.</source>
        <translation>„%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed (exit code %2): %3</source>
        <translation>„%1“ ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
</context>
<context>
    <name>d360::routines::DesktopNotifier</name>
    <message>
        <source>There is no session bus, so no desktop to notify.</source>
        <translation>Es gibt keinen Session-Bus und damit keinen Desktop, der benachrichtigt werden kann.</translation>
    </message>
    <message>
        <source>No notification service runs on this desktop.</source>
        <translation>Auf diesem Desktop läuft kein Benachrichtigungsdienst.</translation>
    </message>
</context>
<context>
    <name>d360::routines::FileScheduleInstaller</name>
    <message>
        <source>The scheduler is told by a command of your own session, which this program does not run for you.</source>
        <translation>Der Planer wird durch einen Befehl Ihrer eigenen Sitzung benachrichtigt, den dieses Programm nicht für Sie ausführt.</translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es keinen Zeitplan für die Vorlage „%1“.</translation>
    </message>
</context>
<context>
    <name>d360::routines::HistoryStore</name>
    <message>
        <source>history has no run %1 to finish</source>
        <translation>der Verlauf hat keinen Durchlauf %1, der abgeschlossen werden könnte</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestItem</name>
    <message>
        <source>default language</source>
        <translation>Standardsprache</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestReader</name>
    <message>
        <source>the folder has no %1</source>
        <translation>der Ordner hat kein %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 ist eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than a manifest can be</source>
        <translation>%1 ist %2 Bytes groß, mehr als ein Manifest sein kann</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 grew past the size a manifest can be while it was read</source>
        <translation>%1 ist während des Lesens über die zulässige Größe eines Manifests gewachsen</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1 enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestWriter</name>
    <message>
        <source>%1 is not a file (a link or a folder is in its place)</source>
        <translation>%1 ist keine Datei (an ihrer Stelle liegt eine Verknüpfung oder ein Ordner)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::Preset</name>
    <message>
        <source>default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>alle Sprachen</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Eine Vorlage benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot begin or end with a space.</source>
        <translation>Der Name einer Vorlage darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A preset&apos;s name can be at most %1 characters long.</source>
        <translation>Der Name einer Vorlage darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot hold a slash, a backslash or a control character.</source>
        <translation>Der Name einer Vorlage darf keinen Schrägstrich, keinen umgekehrten Schrägstrich und kein Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The preset names no project.</source>
        <translation>Die Vorlage nennt kein Projekt.</translation>
    </message>
    <message>
        <source>The preset names no version (an id, or &quot;default&quot;).</source>
        <translation>Die Vorlage nennt keine Version (eine ID oder „default“).</translation>
    </message>
    <message>
        <source>&quot;all&quot; languages already includes every language.</source>
        <translation>„all“ umfasst bereits alle Sprachen.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie pdf, html oder markdown.</translation>
    </message>
    <message>
        <source>The preset names no folder to write into.</source>
        <translation>Die Vorlage nennt keinen Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>The preset&apos;s file-name template cannot be used: %1.</source>
        <translation>Die Dateinamensvorlage der Vorlage kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>A preset runs 1 to 64 exports at once.</source>
        <translation>Eine Vorlage führt 1 bis 64 Exporte gleichzeitig aus.</translation>
    </message>
    <message>
        <source>A backup keeps a positive number of runs.</source>
        <translation>Eine Sicherung behält eine positive Anzahl von Durchläufen.</translation>
    </message>
    <message>
        <source>the preset&apos;s field &quot;%1&quot; has the wrong type</source>
        <translation>das Feld „%1“ der Vorlage hat den falschen Typ</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a preset file</source>
        <translation>keine Vorlagendatei</translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation>von einer neueren Version von D360 Exporter geschrieben</translation>
    </message>
    <message>
        <source>The preset&apos;s Git mirror names no branch.</source>
        <translation>Der Git-Spiegel der Vorlage nennt keinen Branch.</translation>
    </message>
    <message>
        <source>A Git mirror keeps Markdown; the preset does not export Markdown.</source>
        <translation>Ein Git-Spiegel enthält Markdown; die Vorlage exportiert kein Markdown.</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a preset.</source>
        <translation>%1 ist zu groß für eine Vorlage.</translation>
    </message>
    <message>
        <source>%1 is not a preset that can be used: %2</source>
        <translation>%1 ist keine verwendbare Vorlage: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetPlanner</name>
    <message>
        <source>The preset &quot;%1&quot; has no account to run on.</source>
        <translation>Die Vorlage „%1“ hat kein Konto, mit dem sie laufen kann.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; cannot make its run folder: %2</source>
        <translation>Die Sicherung „%1“ kann ihren Durchlaufordner nicht anlegen: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be planned: %2</source>
        <translation>Die Vorlage „%1“ konnte nicht geplant werden: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetStore</name>
    <message>
        <source>The preset &quot;%1&quot; cannot be read (%2).</source>
        <translation>Die Vorlage „%1“ kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>There is already a preset &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Vorlage „%1“.</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is in its place)</source>
        <translation>%1 ist kein Ordner (an seiner Stelle liegt eine Verknüpfung oder eine Datei)</translation>
    </message>
    <message>
        <source>%1 already holds %2 runs started in the same second</source>
        <translation>%1 enthält bereits %2 Durchläufe, die in derselben Sekunde gestartet wurden</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderFiles</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderRemover</name>
    <message>
        <source>%1 is not the name of a run folder; it was left</source>
        <translation>%1 ist nicht der Name eines Durchlaufordners; er wurde belassen</translation>
    </message>
    <message>
        <source>cannot open %1 as a folder (not followed if it is a link): %2</source>
        <translation>%1 kann nicht als Ordner geöffnet werden (einer Verknüpfung wird nicht gefolgt): %2</translation>
    </message>
    <message>
        <source>%1 was left: %2</source>
        <translation>%1 wurde belassen: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was kept: it holds %n items that its manifest does not list</source>
        <translation>
            <numerusform>%1 wurde behalten: Er enthält %n Element, das sein Manifest nicht auflistet</numerusform>
            <numerusform>%1 wurde behalten: Er enthält %n Elemente, die sein Manifest nicht auflistet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::RunManifest</name>
    <message>
        <source>the field %1 is missing</source>
        <translation>das Feld %1 fehlt</translation>
    </message>
    <message>
        <source>the field %1 is not text</source>
        <translation>das Feld %1 ist kein Text</translation>
    </message>
    <message>
        <source>the field %1 is not an object</source>
        <translation>das Feld %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>the field %1 is not a list</source>
        <translation>das Feld %1 ist keine Liste</translation>
    </message>
    <message>
        <source>the field %1 is not true or false</source>
        <translation>das Feld %1 ist nicht true oder false</translation>
    </message>
    <message>
        <source>the field %1 is not a count of bytes</source>
        <translation>das Feld %1 ist keine Byteanzahl</translation>
    </message>
    <message>
        <source>the field %1 is not a date and time</source>
        <translation>das Feld %1 ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>the field %1: %2</source>
        <translation>das Feld %1: %2</translation>
    </message>
    <message>
        <source>the field %1 is not a SHA-256 in lower-case hex</source>
        <translation>das Feld %1 ist kein SHA-256 in hexadezimalen Kleinbuchstaben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot open the extracted folder %1: %2</source>
        <translation>der entpackte Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the extracted file %1: %2</source>
        <translation>die entpackte Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path %1 is absolute</source>
        <translation>der Pfad %1 ist absolut</translation>
    </message>
    <message>
        <source>the path %1 holds a backslash or a NUL</source>
        <translation>der Pfad %1 enthält einen umgekehrten Schrägstrich oder ein NUL</translation>
    </message>
    <message>
        <source>the path %1 is not a plain path inside the folder</source>
        <translation>der Pfad %1 ist kein einfacher Pfad innerhalb des Ordners</translation>
    </message>
    <message>
        <source>the file %1 is not inside the run folder</source>
        <translation>die Datei %1 liegt nicht im Durchlaufordner</translation>
    </message>
    <message>
        <source>the run ended before this export did</source>
        <translation>der Durchlauf endete vor diesem Export</translation>
    </message>
    <message>
        <source>%1 is %2 (%3 bytes), more than 1 GB: Document360 cannot import a file that large back.</source>
        <translation>%1 ist %2 (%3 Bytes), mehr als 1 GB: Document360 kann eine so große Datei nicht wieder importieren.</translation>
    </message>
    <message>
        <source>this is not a run manifest (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>dies ist kein Durchlaufmanifest (Format „%1“, erwartet „%2“)</translation>
    </message>
    <message>
        <source>the manifest&apos;s format version is %1; this program reads version %2</source>
        <translation>die Formatversion des Manifests ist %1; dieses Programm liest Version %2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>the field run_id is not a UUID</source>
        <translation>das Feld run_id ist keine UUID</translation>
    </message>
    <message>
        <source>the field origin is &quot;%1&quot;, not window, cli or schedule</source>
        <translation>das Feld origin ist „%1“, nicht window, cli oder schedule</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not a format</source>
        <translation>das Feld %1 ist „%2“, kein Format</translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not exported or missing</source>
        <translation>das Feld %1 ist „%2“, nicht exported oder missing</translation>
    </message>
    <message>
        <source>the verdict does not match the items: it lists %1 missing, the items %2</source>
        <translation>das Ergebnis passt nicht zu den Elementen: Es nennt %1 fehlende, die Elemente nennen %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunOrigin</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunRecorder</name>
    <message>
        <source>The run could not be recorded in history: %1</source>
        <translation>Der Durchlauf konnte nicht im Verlauf festgehalten werden: %1</translation>
    </message>
    <message>
        <source>The outcome of the run could not be recorded in history: %1</source>
        <translation>Das Ergebnis des Durchlaufs konnte nicht im Verlauf festgehalten werden: %1</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleFiles</name>
    <message>
        <source>%1 is already there and was not written by D360 Exporter for this preset; it is left as it is. Move it away to schedule this preset.</source>
        <translation>%1 ist bereits vorhanden und wurde nicht von D360 Exporter für diese Vorlage geschrieben; es bleibt unverändert. Verschieben Sie es, um diese Vorlage zu planen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 was not written by D360 Exporter for this preset; it is left as it is.</source>
        <translation>%1 wurde nicht von D360 Exporter für diese Vorlage geschrieben; es bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.</source>
        <translation>%1 kann nicht gelöscht werden: %2.</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleSpec</name>
    <message>
        <source>&quot;%1&quot; is not a time of day: give it as HH:MM in 24-hour time, for example 02:30 or 23:15.</source>
        <translation>„%1“ ist keine Uhrzeit: Geben Sie sie als HH:MM im 24-Stunden-Format an, zum Beispiel 02:30 oder 23:15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week: give mon, tue, wed, thu, fri, sat or sun (or the full English name).</source>
        <translation>„%1“ ist kein Wochentag: Geben Sie mon, tue, wed, thu, fri, sat oder sun an (oder den vollen englischen Namen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval: give a whole number followed by h for hours or d for days, for example 6h or 2d.</source>
        <translation>„%1“ ist kein Intervall: Geben Sie eine ganze Zahl gefolgt von h für Stunden oder d für Tage an, zum Beispiel 6h oder 2d.</translation>
    </message>
    <message>
        <source>The interval must be at least 1 hour or 1 day, not &quot;%1&quot;.</source>
        <translation>Das Intervall muss mindestens 1 Stunde oder 1 Tag betragen, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 hours): give the interval in days instead.</source>
        <translation>„%1“ ist länger, als die Planer erlauben (höchstens %2 Stunden): Geben Sie das Intervall stattdessen in Tagen an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 days).</source>
        <translation>„%1“ ist länger, als die Planer erlauben (höchstens %2 Tage).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule: it is daily HH:MM, weekly DAY HH:MM or every N(h|d).</source>
        <translation>„%1“ ist kein Zeitplan: Er lautet daily HH:MM, weekly TAG HH:MM oder every N(h|d).</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <translation>wöchentlich am %1 um %2</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>alle %n Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>alle %n Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours.</source>
        <translation>Das Intervall muss zwischen 1 und %1 Stunden liegen.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 days.</source>
        <translation>Das Intervall muss zwischen 1 und %1 Tagen liegen.</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleUnits</name>
    <message>
        <source>Give the preset to run with --preset NAME.</source>
        <translation>Geben Sie die auszuführende Vorlage mit --preset NAME an.</translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; holds a control character, which no scheduler can carry; rename the preset.</source>
        <translation>Der Vorlagenname „%1“ enthält ein Steuerzeichen, das kein Planer übernehmen kann; benennen Sie die Vorlage um.</translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; is too long for a schedule (systemd allows %2 characters in a unit name, and each character that is not a plain letter or digit takes four); give the preset a shorter name.</source>
        <translation>Der Vorlagenname „%1“ ist für einen Zeitplan zu lang (systemd erlaubt %2 Zeichen in einem Unit-Namen, und jedes Zeichen, das kein einfacher Buchstabe und keine Ziffer ist, belegt vier); geben Sie der Vorlage einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>Backs up the preset &quot;%1&quot; %2.</source>
        <translation>Sichert die Vorlage „%1“ %2.</translation>
    </message>
</context>
<context>
    <name>d360::routines::SystemdScheduleInstaller</name>
    <message>
        <source>systemctl was not called (D360_SYSTEMCTL=none).</source>
        <translation>systemctl wurde nicht aufgerufen (D360_SYSTEMCTL=none).</translation>
    </message>
    <message>
        <source>No systemd user manager answers here (%1).</source>
        <translation>Hier antwortet kein systemd-Benutzerdienst (%1).</translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2 (see &quot;d360-exporter schedule list&quot;).</source>
        <translation>In %2 gibt es keinen Zeitplan für die Vorlage „%1“ (siehe „d360-exporter schedule list“).</translation>
    </message>
    <message>
        <source>%1 is not the service D360 Exporter wrote.</source>
        <translation>%1 ist nicht der Dienst, den D360 Exporter geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>d360::routines::VerifyReport</name>
    <message>
        <source>not in the folder</source>
        <translation>nicht im Ordner</translation>
    </message>
    <message>
        <source>a symbolic link is in its place (not followed)</source>
        <translation>an seiner Stelle liegt eine symbolische Verknüpfung (ihr wird nicht gefolgt)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is no longer a plain file</source>
        <translation>ist keine reguläre Datei mehr</translation>
    </message>
    <message>
        <source>%1 bytes; the manifest says %2</source>
        <translation>%1 Bytes; das Manifest nennt %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the manifest&apos;s</source>
        <translation>ihr SHA-256 weicht von dem des Manifests ab</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (not followed)</source>
        <translation>eine symbolische Verknüpfung zu %1 (ihr wird nicht gefolgt)</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>nicht im Manifest</translation>
    </message>
    <message>
        <source>not a plain file, not in the manifest</source>
        <translation>keine reguläre Datei, nicht im Manifest</translation>
    </message>
</context>
<context>
    <name>d360::sandbox::LoopbackHttpListener</name>
    <message>
        <source>The sandbox listens on loopback addresses only, not on %1.</source>
        <translation>Die Sandbox lauscht nur auf Loopback-Adressen, nicht auf %1.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3</source>
        <translation>Die Sandbox konnte nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>d360::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Die Sandbox läuft bereits.</translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueFile</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not an export queue</source>
        <translation>keine Export-Warteschlange</translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation>von einer neueren Version von D360 Exporter geschrieben</translation>
    </message>
    <message>
        <source>job %1 appears twice</source>
        <translation>Auftrag %1 kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueImport</name>
    <message>
        <source>The export queue %1 of an earlier version could not be opened (%2); it is left as it is.</source>
        <translation>Die Export-Warteschlange %1 einer früheren Version konnte nicht geöffnet werden (%2); sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and was moved aside to %3.</source>
        <translation>Die Export-Warteschlange %1 einer früheren Version konnte nicht gelesen werden (%2); sie wurde nicht importiert und nach %3 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and is left as it is.</source>
        <translation>Die Export-Warteschlange %1 einer früheren Version konnte nicht gelesen werden (%2); sie wurde nicht importiert und bleibt unverändert.</translation>
    </message>
    <message>
        <source>The export queue %1 could not be imported: %2</source>
        <translation>Die Export-Warteschlange %1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The export queue %1 was imported, but could not be renamed; it will be looked at again at the next start.</source>
        <translation>Die Export-Warteschlange %1 wurde importiert, konnte aber nicht umbenannt werden; sie wird beim nächsten Start erneut geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the export queue %1 could not be read (%2); they are kept in the table unreadable_jobs of %3, and the file as %4.</source>
        <translation>
            <numerusform>%n Auftrag der Export-Warteschlange %1 konnte nicht gelesen werden (%2); er wird in der Tabelle unreadable_jobs von %3 aufbewahrt, die Datei als %4.</numerusform>
            <numerusform>%n Aufträge der Export-Warteschlange %1 konnten nicht gelesen werden (%2); sie werden in der Tabelle unreadable_jobs von %3 aufbewahrt, die Datei als %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::state::StateDatabase</name>
    <message>
        <source>The state database %1 cannot be created: %2</source>
        <translation>Die Zustandsdatenbank %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 (the disk that holds %2 is full)</source>
        <translation>%1 (der Datenträger mit %2 ist voll)</translation>
    </message>
    <message>
        <source>The state database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Die Zustandsdatenbank %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The state database was damaged (%1). It was moved aside to %2, and a new one was started: the queue, history and presets start empty.</source>
        <translation>Die Zustandsdatenbank war beschädigt (%1). Sie wurde nach %2 beiseitegelegt, und eine neue wurde angelegt: Warteschlange, Verlauf und Vorlagen beginnen leer.</translation>
    </message>
    <message>
        <source>The state database cannot be opened: Qt&apos;s SQLite driver (QSQLITE) is missing. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>Die Zustandsdatenbank kann nicht geöffnet werden: Der SQLite-Treiber von Qt (QSQLITE) fehlt. Installieren Sie das SQLite-Plugin für Qt 6 (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The state database %1 cannot be opened: %2</source>
        <translation>Die Zustandsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the state database %1 refused a change: %2</source>
        <translation>die Zustandsdatenbank %1 hat eine Änderung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The state database %1 is being opened by another D360 Exporter that does not finish; try again, or look for a stuck process.</source>
        <translation>Die Zustandsdatenbank %1 wird von einem anderen D360 Exporter geöffnet, der nicht fertig wird; versuchen Sie es erneut, oder suchen Sie nach einem hängenden Prozess.</translation>
    </message>
</context>
<context>
    <name>d360::state::StateSchema</name>
    <message>
        <source>The state database %1 was written by a newer version of D360 Exporter (schema %2; this version knows %3). It is left as it is: update D360 Exporter, or move the file away to start afresh.</source>
        <translation>Die Zustandsdatenbank %1 wurde von einer neueren Version von D360 Exporter geschrieben (Schema %2; diese Version kennt %3). Sie bleibt unverändert: Aktualisieren Sie D360 Exporter, oder verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The state database %1 could not be brought to schema %2: %3</source>
        <translation>Die Zustandsdatenbank %1 konnte nicht auf Schema %2 gebracht werden: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export Document360 knowledge bases.</source>
        <translation>Document360-Wissensdatenbanken exportieren.</translation>
    </message>
    <message>
        <source>Open the window on a built-in Document360 simulator.</source>
        <translation>Das Fenster mit einem eingebauten Document360-Simulator öffnen.</translation>
    </message>
    <message>
        <source>Add, list, test, rename or remove stored accounts</source>
        <translation>Gespeicherte Konten hinzufügen, auflisten, prüfen, umbenennen oder entfernen</translation>
    </message>
    <message>
        <source>Export versions, languages and formats into a folder</source>
        <translation>Versionen, Sprachen und Formate in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>List the projects the token can see</source>
        <translation>Die Projekte auflisten, die das Token sieht</translation>
    </message>
    <message>
        <source>List the versions of a project</source>
        <translation>Die Versionen eines Projekts auflisten</translation>
    </message>
    <message>
        <source>List the languages of a project&apos;s version</source>
        <translation>Die Sprachen einer Version eines Projekts auflisten</translation>
    </message>
    <message>
        <source>Serve a Document360 API simulator on loopback</source>
        <translation>Einen Document360-API-Simulator auf Loopback bereitstellen</translation>
    </message>
    <message>
        <source>Save, list, show, share or remove saved exports</source>
        <translation>Gespeicherte Exporte speichern, auflisten, anzeigen, teilen oder entfernen</translation>
    </message>
    <message>
        <source>List the runs of exports, with their files and failures</source>
        <translation>Die Durchläufe von Exporten mit ihren Dateien und Fehlern auflisten</translation>
    </message>
    <message>
        <source>Back up a preset daily, weekly or every N hours</source>
        <translation>Eine Vorlage täglich, wöchentlich oder alle N Stunden sichern</translation>
    </message>
    <message>
        <source>Check a backup run folder against its manifest.json</source>
        <translation>Einen Sicherungs-Durchlaufordner mit seiner manifest.json abgleichen</translation>
    </message>
    <message>
        <source>Show what changed between two Markdown or HTML exports</source>
        <translation>Zeigen, was sich zwischen zwei Markdown- oder HTML-Exporten geändert hat</translation>
    </message>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown</source>
        <translation>Ein Git-Repository mit den Markdown-Exporten einer Vorlage im Gleichschritt halten</translation>
    </message>
</context>
</TS>
