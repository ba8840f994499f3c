<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add an API token</source>
        <translation>Ajouter un jeton d&apos;API</translation>
    </message>
    <message>
        <source>Paste an API token from the Document360 portal (Settings &gt; API Tokens, or Knowledge base portal &gt; API keys). It is checked with the server before it is saved, and kept only in your system keychain.</source>
        <translation>Collez un jeton d&apos;API du portail Document360 (Paramètres &gt; Jetons d&apos;API, ou Portail de la base de connaissances &gt; Clés d&apos;API). Il est vérifié auprès du serveur avant d&apos;être enregistré, et conservé uniquement dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation>p. ex. Manuel (UE)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation>Nom d&apos;hébergement privé ou URL de base</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Collez le jeton ici</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Show the token, to check what was pasted</source>
        <translation>Afficher le jeton, pour vérifier ce qui a été collé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Utiliser pour cette s&amp;ession uniquement</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Utiliser le jeton pour cette session uniquement</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>&amp;Tester et enregistrer</translation>
    </message>
    <message>
        <source>Test the token and save the account</source>
        <translation>Tester le jeton et enregistrer le compte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation>&amp;Ajouter un jeton…</translation>
    </message>
    <message>
        <source>Add an account with an API token</source>
        <translation>Ajouter un compte avec un jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Add an account by signing in</source>
        <translation>Ajouter un compte en se connectant</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Re&amp;mplacer le jeton…</translation>
    </message>
    <message>
        <source>Replace the token or sign in again</source>
        <translation>Remplacer le jeton ou se reconnecter</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>Tester le compte</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection, then try again.</source>
        <translation>Aucune réponse à temps de la part de %1. Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the region or base URL and your internet connection.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez la région ou l&apos;URL de base, ainsi que votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The address may be wrong, or the service is down.</source>
        <translation>Connexion refusée par %1. L&apos;adresse est peut-être erronée, ou le service est hors ligne.</translation>
    </message>
    <message>
        <source>The network is unreachable (%1). Check your internet connection.</source>
        <translation>Le réseau est inaccessible (%1). Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped (%2). Try again.</source>
        <translation>La connexion avec %1 a été interrompue (%2). Réessayez.</translation>
    </message>
    <message>
        <source>No secure connection to %1 (%2). A proxy, a wrong system clock or an outdated certificate store may be in the way.</source>
        <translation>Aucune connexion sécurisée avec %1 (%2). Un proxy, une horloge système erronée ou un magasin de certificats obsolète peut en être la cause.</translation>
    </message>
    <message>
        <source>Refused an unsafe address (%1). Only https is used, except on this computer (localhost).</source>
        <translation>Adresse non sûre refusée (%1). Seul https est utilisé, sauf sur cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Too many redirects (%1). The download link may be misconfigured.</source>
        <translation>Trop de redirections (%1). Le lien de téléchargement est peut-être mal configuré.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). A proxy or a server fault may be in the way; try again later.</source>
        <translation>La réponse envoyée par %1 n&apos;a pas pu être lue (%2). Un proxy ou une panne du serveur peut en être la cause&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Document360 could not read the request (400): %1. This is a bug in D360 Exporter; please report it with the trace id.</source>
        <translation>Document360 n&apos;a pas pu lire la requête (400)&#xa0;: %1. C&apos;est un bogue de D360 Exporter&#x202f;; signalez-le avec l&apos;identifiant de trace.</translation>
    </message>
    <message>
        <source>Document360 refused the token (401): the token was revoked or belongs to another region. Check the region, or replace the token.</source>
        <translation>Document360 a refusé le jeton (401)&#xa0;: le jeton a été révoqué ou appartient à une autre région. Vérifiez la région, ou remplacez le jeton.</translation>
    </message>
    <message>
        <source>The token may not do this (403): %1. Exporting needs the UpdateProjectSettings permission; ask a project owner.</source>
        <translation>Le jeton n&apos;a pas le droit de faire ceci (403)&#xa0;: %1. L&apos;exportation nécessite l&apos;autorisation UpdateProjectSettings&#x202f;; demandez à un propriétaire du projet.</translation>
    </message>
    <message>
        <source>Not found (404): %1. It may have been deleted, or the token belongs to another project.</source>
        <translation>Introuvable (404)&#xa0;: %1. Il a peut-être été supprimé, ou le jeton appartient à un autre projet.</translation>
    </message>
    <message>
        <source>Document360 rejected the request (422): %1.</source>
        <translation>Document360 a rejeté la requête (422)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Document360 rejected the field %1 (422).</source>
        <translation>Document360 a rejeté le champ %1 (422).</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached (429): too many requests for this token. Try again in %n second(s), or run fewer exports at once.</source>
        <translation>
            <numerusform>Limite de requêtes atteinte (429)&#xa0;: trop de requêtes pour ce jeton. Réessayez dans %n seconde, ou lancez moins d&apos;exportations à la fois.</numerusform>
            <numerusform>Limite de requêtes atteinte (429)&#xa0;: trop de requêtes pour ce jeton. Réessayez dans %n secondes, ou lancez moins d&apos;exportations à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached (429): too many requests for this token. Try again in a minute, or run fewer exports at once.</source>
        <translation>Limite de requêtes atteinte (429)&#xa0;: trop de requêtes pour ce jeton. Réessayez dans une minute, ou lancez moins d&apos;exportations à la fois.</translation>
    </message>
    <message>
        <source>Document360 had a server error (%1): %2. Try again later; if it persists, give support the trace id.</source>
        <translation>Document360 a rencontré une erreur serveur (%1)&#xa0;: %2. Réessayez plus tard&#x202f;; si le problème persiste, donnez l&apos;identifiant de trace au support.</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2): %3.</source>
        <translation>Réponse inattendue envoyée par %1 (HTTP %2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The connection dropped after the export was requested (%1), so the export may have started on the server. Check before starting it again.</source>
        <translation>La connexion a été interrompue après la demande d&apos;exportation (%1)&#x202f;; l&apos;exportation a donc peut-être démarré sur le serveur. Vérifiez avant de la relancer.</translation>
    </message>
    <message>
        <source>The download link expired (403 from the storage host). A fresh link is needed from the export&apos;s status.</source>
        <translation>Le lien de téléchargement a expiré (403 de l&apos;hôte de stockage). Un nouveau lien doit être obtenu à partir de l&apos;état de l&apos;exportation.</translation>
    </message>
    <message>
        <source>Document360 could not build the export: %1.</source>
        <translation>Document360 n&apos;a pas pu générer l&apos;exportation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not save the download: %1. Check free space and permissions of the output folder.</source>
        <translation>Impossible d&apos;enregistrer le téléchargement&#xa0;: %1. Vérifiez l&apos;espace libre et les droits du dossier de sortie.</translation>
    </message>
    <message>
        <source>%1 Trace id: %2</source>
        <translation>%1 Identifiant de trace&#xa0;: %2</translation>
    </message>
    <message>
        <source>a %1 without &quot;%2&quot;</source>
        <translation>un objet %1 sans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a completed export without a valid &quot;download_url&quot;</source>
        <translation>une exportation terminée sans «&#xa0;download_url&#xa0;» valide</translation>
    </message>
    <message>
        <source>the answer is %1, more than the %2 an answer may be, so it was not read</source>
        <translation>la réponse fait %1, plus que les %2 autorisés pour une réponse&#x202f;; elle n&apos;a donc pas été lue</translation>
    </message>
    <message>
        <source>the answer went past the %1 an answer may be, so the rest was not read</source>
        <translation>la réponse a dépassé les %1 autorisés pour une réponse&#x202f;; le reste n&apos;a donc pas été lu</translation>
    </message>
    <message>
        <source>the server reports a failure</source>
        <translation>le serveur signale un échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the storage host sent the file without a length (no Content-Length and no chunked encoding), so a cut connection could not be told from its end</source>
        <translation>l&apos;hôte de stockage a envoyé le fichier sans longueur (ni Content-Length ni encodage chunked)&#x202f;; une connexion coupée ne pouvait donc pas être distinguée de sa fin</translation>
    </message>
    <message>
        <source>the storage host sent a different part of the file than asked for (Content-Range: %1)</source>
        <translation>l&apos;hôte de stockage a envoyé une autre partie du fichier que celle demandée (Content-Range&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the download ended after %1 of %2 bytes</source>
        <translation>le téléchargement s&apos;est arrêté après %1 octets sur %2</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>a redirect from https to %1</source>
        <translation>une redirection de https vers %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <source>the body is JSON but not an object</source>
        <translation>le corps est du JSON mais pas un objet</translation>
    </message>
    <message>
        <source>the body ends early, at byte %1 of JSON (truncated)</source>
        <translation>le corps se termine trop tôt, à l&apos;octet %1 du JSON (tronqué)</translation>
    </message>
    <message>
        <source>the body is not JSON (it starts with &quot;%1&quot;)</source>
        <translation>le corps n&apos;est pas du JSON (il commence par «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the JSON is invalid at byte %1: %2</source>
        <translation>le JSON est invalide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot;</source>
        <translation>la réponse ne contient pas de «&#xa0;data&#xa0;»</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>a list was expected, the answer holds %1</source>
        <translation>une liste était attendue, la réponse contient %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>the list did not end after %1 pages</source>
        <translation>la liste ne s&apos;est pas terminée après %1 pages</translation>
    </message>
    <message>
        <source>the list&apos;s pagination repeats itself</source>
        <translation>la pagination de la liste se répète</translation>
    </message>
    <message>
        <source>the server says there is more, but sent an empty page</source>
        <translation>le serveur indique qu&apos;il y a d&apos;autres éléments, mais a envoyé une page vide</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>aucune explication donnée</translation>
    </message>
    <message>
        <source>no explanation given; %1</source>
        <translation>aucune explication donnée&#x202f;; %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a private hosting name (one word of letters, digits and dashes, as in https://apihub.NAME.document360.io)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hébergement privé (un seul mot de lettres, chiffres et tirets, comme dans https://apihub.NAME.document360.io)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>a base URL has no query, fragment or user name</source>
        <translation>une URL de base n&apos;a ni requête, ni fragment, ni nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>US</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>%1 (private hosting)</source>
        <translation>%1 (hébergement privé)</translation>
    </message>
    <message>
        <source>%1 uses plain http on another computer</source>
        <translation>%1 utilise http non chiffré sur un autre ordinateur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse https</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Pick a version on the left.</source>
        <translation>Choisissez une version à gauche.</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Version sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>&amp;All languages of this version</source>
        <translation>&amp;Toutes les langues de cette version</translation>
    </message>
    <message>
        <source>Languages to export</source>
        <translation>Langues à exporter</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
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
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
    <message>
        <source>Save as pr&amp;eset…</source>
        <translation>Enregistrer comme préré&amp;glage…</translation>
    </message>
    <message>
        <source>Save these choices as a preset</source>
        <translation>Enregistrer ces choix comme préréglage</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the chosen languages and formats (Enter on this button)</source>
        <translation>Exporter les langues et formats choisis (Entrée sur ce bouton)</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Job details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation>Tâche sélectionnée</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Sélectionnez une tâche pour voir ses détails.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>État de la tâche</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Server warnings</source>
        <translation>Avertissements du serveur</translation>
    </message>
    <message>
        <source>For support:</source>
        <translation>Pour le support&#xa0;:</translation>
    </message>
    <message>
        <source>Id for Document360 support</source>
        <translation>Identifiant pour le support Document360</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Identifiant de requête&#xa0;:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
    <message>
        <source>Link expires:</source>
        <translation>Expiration du lien&#xa0;:</translation>
    </message>
    <message>
        <source>Download link expiry</source>
        <translation>Expiration du lien de téléchargement</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>Extracted into:</source>
        <translation>Extrait dans&#xa0;:</translation>
    </message>
    <message>
        <source>Folder the file was extracted into</source>
        <translation>Dossier dans lequel le fichier a été extrait</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Octets&#xa0;:</translation>
    </message>
    <message>
        <source>Bytes downloaded</source>
        <translation>Octets téléchargés</translation>
    </message>
</context>
<context>
    <name>JobQueueView</name>
    <message>
        <source>Export jobs</source>
        <translation>Tâches d&apos;exportation</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltrer&#xa0;:</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Filtrer les tâches</translation>
    </message>
    <message>
        <source>Project, version, language, format, status or file name</source>
        <translation>Projet, version, langue, format, état ou nom de fichier</translation>
    </message>
    <message>
        <source>Enter opens the file, Delete removes the job, Ctrl+C copies its path; the context menu has more</source>
        <translation>Entrée ouvre le fichier, Suppr retire la tâche, Ctrl+C copie son chemin&#x202f;; le menu contextuel en propose davantage</translation>
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
        <translation>Avis sur le bac à sable</translation>
    </message>
    <message>
        <source>Sandbox: demo data from a simulator on this computer. Nothing here touches a real knowledge base.</source>
        <translation>Bac à sable&#xa0;: données de démonstration d&apos;un simulateur sur cet ordinateur. Rien ici ne touche une vraie base de connaissances.</translation>
    </message>
    <message>
        <source>Account needs attention</source>
        <translation>Le compte demande votre attention</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Rem&amp;placer le jeton…</translation>
    </message>
    <message>
        <source>Filter projects and versions</source>
        <translation>Filtrer les projets et versions</translation>
    </message>
    <message>
        <source>Note about the account&apos;s projects</source>
        <translation>Remarque sur les projets du compte</translation>
    </message>
    <message>
        <source>Projects and versions</source>
        <translation>Projets et versions</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service is running on this desktop session (GNOME Keyring, KWallet or KeePassXC). Start one and try again.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: aucun Secret Service ne tourne dans cette session de bureau (GNOME Keyring, KWallet ou KeePassXC). Démarrez-en un et réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in again, or open your keyring manager) and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (reconnectez-vous, ou ouvrez votre gestionnaire de trousseau) et réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow D360 Exporter to use it and try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez D360 Exporter à l&apos;utiliser et réessayez.</translation>
    </message>
    <message>
        <source>The keychain has no token for this account (it may have been deleted there). Replace the token or sign in again.</source>
        <translation>Le trousseau ne contient aucun jeton pour ce compte (il y a peut-être été supprimé). Remplacez le jeton ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1). The Secret Service may be stuck: restart your keyring or log in again.</source>
        <translation>Le trousseau n&apos;a pas répondu (%1). Le Secret Service est peut-être bloqué&#xa0;: redémarrez votre trousseau ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Dossier de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Noms de fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation>Aperçu du nom de fichier</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>Si un fichier &amp;existe&#xa0;:</translation>
    </message>
    <message>
        <source>When a file exists</source>
        <translation>Si un fichier existe</translation>
    </message>
    <message>
        <source>Exports at &amp;once:</source>
        <translation>Exportations si&amp;multanées&#xa0;:</translation>
    </message>
    <message>
        <source>Exports at once</source>
        <translation>Exportations simultanées</translation>
    </message>
    <message>
        <source>Check on an export being built at least &amp;every:</source>
        <translation>Vérifier une exportation en cours de génération au moins &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>While Document360 builds an export, D360 Exporter asks how far it is, more often at first and then less; this is the longest it waits between two questions.</source>
        <translation>Pendant que Document360 génère une exportation, D360 Exporter demande où elle en est, souvent au début puis moins&#x202f;; c&apos;est l&apos;attente la plus longue entre deux demandes.</translation>
    </message>
    <message>
        <source>Longest wait between status checks, in seconds</source>
        <translation>Attente maximale entre deux vérifications d&apos;état, en secondes</translation>
    </message>
    <message>
        <source>E&amp;xtract HTML and Markdown exports (ZIP) into a folder</source>
        <translation>E&amp;xtraire les exportations HTML et Markdown (ZIP) dans un dossier</translation>
    </message>
    <message>
        <source>O&amp;pen each file when its export completes</source>
        <translation>&amp;Ouvrir chaque fichier à la fin de son exportation</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>Problèmes avec ces paramètres</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Document360</source>
        <translation>Se connecter à Document360</translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your web browser. D360 Exporter receives the sign-in on this computer only and keeps it in your system keychain.</source>
        <translation>Connectez-vous avec vos identifiants Document360 dans votre navigateur web. D360 Exporter reçoit la connexion uniquement sur cet ordinateur et la conserve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation>p. ex. Manuel (UE)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation>Nom d&apos;hébergement privé ou URL de base</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>the client ID Document360 registered for D360 Exporter</source>
        <translation>l&apos;ID client que Document360 a enregistré pour D360 Exporter</translation>
    </message>
    <message>
        <source>Where a client ID comes from</source>
        <translation>D&apos;où vient un ID client</translation>
    </message>
    <message>
        <source>Sign-in server addresses (change only if your administrator says so)</source>
        <translation>Adresses du serveur de connexion (à modifier uniquement sur indication de votre administrateur)</translation>
    </message>
    <message>
        <source>Sign-in server settings</source>
        <translation>Paramètres du serveur de connexion</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>URL d&apos;&amp;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>URL du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Utiliser pour cette s&amp;ession uniquement</translation>
    </message>
    <message>
        <source>Use the sign-in for this session only</source>
        <translation>Utiliser la connexion pour cette session uniquement</translation>
    </message>
    <message>
        <source>&amp;Copy sign-in link</source>
        <translation>&amp;Copier le lien de connexion</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation>Se c&amp;onnecter dans le navigateur</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Export your Document360 knowledge base</source>
        <translation>Exportez votre base de connaissances Document360</translation>
    </message>
    <message>
        <source>PDF, HTML or Markdown, for one language or forty. Start with one of these:</source>
        <translation>PDF, HTML ou Markdown, pour une langue ou quarante. Commencez par l&apos;une de ces options&#xa0;:</translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation>Ajouter un &amp;jeton d&apos;API…</translation>
    </message>
    <message>
        <source>Paste a token from Document360: Settings &gt; API Tokens. It is kept in your system&apos;s keychain.</source>
        <translation>Collez un jeton de Document360&#xa0;: Paramètres &gt; Jetons d&apos;API. Il est conservé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation>Se &amp;connecter avec Document360…</translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your browser.</source>
        <translation>Connectez-vous avec vos identifiants Document360 dans votre navigateur.</translation>
    </message>
    <message>
        <source>Try the s&amp;andbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Demo projects from a simulator on this computer. Nothing touches a real knowledge base.</source>
        <translation>Projets de démonstration d&apos;un simulateur sur cet ordinateur. Rien ne touche une vraie base de connaissances.</translation>
    </message>
</context>
<context>
    <name>d360::ExportSession</name>
    <message>
        <source>The Git mirror was not updated: %1</source>
        <translation>Le miroir Git n&apos;a pas été mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Committed to the Git mirror %1: %2</source>
        <translation>Validé dans le miroir Git %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date.</source>
        <translation>Le miroir Git %1 est à jour.</translation>
    </message>
</context>
<context>
    <name>d360::SandboxCommand</name>
    <message>
        <source>Serve a Document360 V3 API simulator on loopback until interrupted (Ctrl+C).
Prints D360_BASE_URL, D360_API_KEY and more as NAME=value lines for eval.</source>
        <translation>Servir un simulateur de l&apos;API V3 de Document360 en boucle locale jusqu&apos;à interruption (Ctrl+C).
Affiche D360_BASE_URL, D360_API_KEY et d&apos;autres variables sous forme de lignes NAME=value pour eval.</translation>
    </message>
    <message>
        <source>API port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation>Port de l&apos;API sur 127.0.0.1&#x202f;; 0 en choisit un libre (par défaut).</translation>
    </message>
    <message>
        <source>seed (project-versions, Bearer; default) or workspaces (X-API-Key).</source>
        <translation>seed (project-versions, Bearer&#x202f;; par défaut) ou workspaces (X-API-Key).</translation>
    </message>
    <message>
        <source>Read the API key to accept from the first line of stdin instead of generating one.</source>
        <translation>Lire la clé d&apos;API à accepter sur la première ligne de l&apos;entrée standard au lieu d&apos;en générer une.</translation>
    </message>
    <message>
        <source>How long an export stays Pending (default 300).</source>
        <translation>Durée pendant laquelle une exportation reste Pending (300 par défaut).</translation>
    </message>
    <message>
        <source>How long it then stays InProgress (default 1200).</source>
        <translation>Durée pendant laquelle elle reste ensuite InProgress (1200 par défaut).</translation>
    </message>
    <message>
        <source>Requests per token and window; 0 = unlimited (default 60).</source>
        <translation>Requêtes par jeton et par fenêtre de temps&#x202f;; 0 = illimité (60 par défaut).</translation>
    </message>
    <message>
        <source>The window, in seconds (default 60).</source>
        <translation>La fenêtre de temps, en secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>Download links expire after this many seconds (default 1800).</source>
        <translation>Les liens de téléchargement expirent après ce nombre de secondes (1800 par défaut).</translation>
    </message>
    <message>
        <source>Make every export file this much bigger, e.g. 200M (default 0).</source>
        <translation>Agrandir chaque fichier exporté de cette quantité, p. ex. 200M (0 par défaut).</translation>
    </message>
    <message>
        <source>OAuth access tokens expire after this many seconds (default 3600).</source>
        <translation>Les jetons d&apos;accès OAuth expirent après ce nombre de secondes (3600 par défaut).</translation>
    </message>
    <message>
        <source>An OAuth client id the identity server knows; repeat for several (default d360-exporter-sandbox). Any other is refused with invalid_client.</source>
        <translation>Un ID client OAuth connu du serveur d&apos;identité&#x202f;; à répéter pour plusieurs (d360-exporter-sandbox par défaut). Tout autre est refusé avec invalid_client.</translation>
    </message>
    <message>
        <source>OAuth token answers leave out expires_in; clients must read the JWT&apos;s exp.</source>
        <translation>Les réponses de jeton OAuth omettent expires_in&#x202f;; les clients doivent lire le champ exp du JWT.</translation>
    </message>
    <message>
        <source>Download links redirect this many times before the file (default 0).</source>
        <translation>Les liens de téléchargement redirigent ce nombre de fois avant le fichier (0 par défaut).</translation>
    </message>
    <message>
        <source>Serve revision N of the demo content (default 1); each revision after the first edits, adds, deletes and renames articles and changes an image.</source>
        <translation>Servir la révision N du contenu de démonstration (1 par défaut)&#x202f;; chaque révision après la première modifie, ajoute, supprime et renomme des articles et change une image.</translation>
    </message>
    <message>
        <source>Fault: delay every API answer.</source>
        <translation>Panne&#xa0;: retarder chaque réponse de l&apos;API.</translation>
    </message>
    <message>
        <source>Fault: share (0..1) of API answers replaced by 500/502/503/504.</source>
        <translation>Panne&#xa0;: part (0..1) des réponses de l&apos;API remplacées par 500/502/503/504.</translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 503.</source>
        <translation>Panne&#xa0;: les N prochaines requêtes à l&apos;API répondent 503.</translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 429.</source>
        <translation>Panne&#xa0;: les N prochaines requêtes à l&apos;API répondent 429.</translation>
    </message>
    <message>
        <source>Fault: Retry-After seconds on injected 429s and 503s (default 1).</source>
        <translation>Panne&#xa0;: secondes de Retry-After sur les 429 et 503 injectés (1 par défaut).</translation>
    </message>
    <message>
        <source>Fault: storage closes the connection after this many body bytes.</source>
        <translation>Panne&#xa0;: le stockage ferme la connexion après ce nombre d&apos;octets de corps.</translation>
    </message>
    <message>
        <source>Fault: ... for this many downloads (default 1).</source>
        <translation>Panne&#xa0;: ... pour ce nombre de téléchargements (1 par défaut).</translation>
    </message>
    <message>
        <source>Fault: the next N API answers are 200 with a body that is not JSON.</source>
        <translation>Panne&#xa0;: les N prochaines réponses de l&apos;API sont des 200 avec un corps qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>Fault: the next N API answers are cut mid-body.</source>
        <translation>Panne&#xa0;: les N prochaines réponses de l&apos;API sont coupées au milieu du corps.</translation>
    </message>
    <message>
        <source>Fault: storage sends at most this many bytes per second, e.g. 512K.</source>
        <translation>Panne&#xa0;: le stockage envoie au plus ce nombre d&apos;octets par seconde, p. ex. 512K.</translation>
    </message>
    <message>
        <source>Fault: every API request answers 401.</source>
        <translation>Panne&#xa0;: chaque requête à l&apos;API répond 401.</translation>
    </message>
    <message>
        <source>Fault: the next N exports end Failed.</source>
        <translation>Panne&#xa0;: les N prochaines exportations se terminent en Failed.</translation>
    </message>
    <message>
        <source>Fault: storage ignores Range and sends the whole file.</source>
        <translation>Panne&#xa0;: le stockage ignore Range et envoie le fichier entier.</translation>
    </message>
    <message>
        <source>Fault: storage sends files without Content-Length, ending them by closing.</source>
        <translation>Panne&#xa0;: le stockage envoie les fichiers sans Content-Length, en les terminant par la fermeture de la connexion.</translation>
    </message>
    <message>
        <source>Storage announces each file&apos;s digests (Repr-Digest, Content-MD5): right or wrong.</source>
        <translation>Le stockage annonce les empreintes de chaque fichier (Repr-Digest, Content-MD5)&#xa0;: correctes ou erronées.</translation>
    </message>
    <message>
        <source>Fault: error details quote the credential the request presented.</source>
        <translation>Panne&#xa0;: les détails d&apos;erreur citent les informations d&apos;identification présentées par la requête.</translation>
    </message>
    <message>
        <source>Fault: names carry terminal escapes, C1 controls and bidi overrides.</source>
        <translation>Panne&#xa0;: les noms contiennent des séquences d&apos;échappement de terminal, des contrôles C1 et des forçages bidi.</translation>
    </message>
    <message>
        <source>Fault: API answers grow to at least this size, e.g. 64M.</source>
        <translation>Panne&#xa0;: les réponses de l&apos;API atteignent au moins cette taille, p. ex. 64M.</translation>
    </message>
    <message>
        <source>Fault: API answers go without Content-Length, ended by closing.</source>
        <translation>Panne&#xa0;: les réponses de l&apos;API sont envoyées sans Content-Length, terminées par la fermeture de la connexion.</translation>
    </message>
    <message>
        <source>Fault: download links are plain http to a host that is not loopback.</source>
        <translation>Panne&#xa0;: les liens de téléchargement sont en http simple vers un hôte qui n&apos;est pas en boucle locale.</translation>
    </message>
    <message>
        <source>Fault: the next N OAuth token requests answer 503.</source>
        <translation>Panne&#xa0;: les N prochaines requêtes de jeton OAuth répondent 503.</translation>
    </message>
    <message>
        <source>Fault: ... then the next N are closed unanswered.</source>
        <translation>Panne&#xa0;: ... puis les N suivantes sont fermées sans réponse.</translation>
    </message>
    <message>
        <source>Run &quot;d360-exporter sandbox --help&quot; for the options.</source>
        <translation>Exécutez «&#xa0;d360-exporter sandbox --help&#xa0;» pour les options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid value for --%1.</source>
        <translation>Valeur invalide pour --%1.</translation>
    </message>
    <message>
        <source>--api-key-stdin: the first line of stdin must hold the key (printable ASCII, no spaces).</source>
        <translation>--api-key-stdin&#xa0;: la première ligne de l&apos;entrée standard doit contenir la clé (ASCII imprimable, sans espaces).</translation>
    </message>
    <message>
        <source>Document360 sandbox (%1 dialect, %2) at %3, storage at %4. Stop it with Ctrl+C.</source>
        <translation>Bac à sable Document360 (dialecte %1, %2) sur %3, stockage sur %4. Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopping the sandbox (signal %1).</source>
        <translation>Arrêt du bac à sable (signal %1).</translation>
    </message>
</context>
<context>
    <name>d360::WindowSession</name>
    <message>
        <source>No temporary folder for the sandbox: %1</source>
        <translation>Aucun dossier temporaire pour le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presets and history are not available: the state database could not be opened (the status bar says why).</source>
        <translation>Les préréglages et l&apos;historique ne sont pas disponibles&#xa0;: la base de données d&apos;état n&apos;a pas pu être ouverte (la barre d&apos;état indique pourquoi).</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>Bac à sable (démo)</translation>
    </message>
    <message>
        <source>The sandbox account could not be added: %1</source>
        <translation>Le compte du bac à sable n&apos;a pas pu être ajouté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::api::ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>d360::api::DownloadCall</name>
    <message>
        <source>the file has %1 of %2 bytes</source>
        <translation>le fichier fait %1 octets sur %2</translation>
    </message>
</context>
<context>
    <name>d360::auth::Account</name>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountManager</name>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the keychain entry of this account cannot be read</source>
        <translation>l&apos;entrée de trousseau de ce compte ne peut pas être lue</translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation>Aucun jeton n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1.</source>
        <translation>Le compte n&apos;a pas pu être enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This account signs in through the browser; sign in again instead.</source>
        <translation>Ce compte se connecte via le navigateur&#x202f;; reconnectez-vous plutôt.</translation>
    </message>
    <message>
        <source>This account uses an API token; paste a new token instead.</source>
        <translation>Ce compte utilise un jeton d&apos;API&#x202f;; collez plutôt un nouveau jeton.</translation>
    </message>
    <message>
        <source>The account&apos;s settings could not be removed: %1.</source>
        <translation>Les paramètres du compte n&apos;ont pas pu être supprimés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountRepository</name>
    <message>
        <source>the settings file %1 cannot be written</source>
        <translation>le fichier de paramètres %1 ne peut pas être écrit</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>le fichier de paramètres %1 est endommagé</translation>
    </message>
</context>
<context>
    <name>d360::auth::LoopbackRedirectListener</name>
    <message>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1 la réponse du navigateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai de requête dépassé</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>La requête a pris trop de temps.</translation>
    </message>
    <message>
        <source>This address only receives a sign-in answer.</source>
        <translation>Cette adresse ne reçoit qu&apos;une réponse de connexion.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This is not a sign-in answer D360 Exporter is waiting for.</source>
        <translation>Ce n&apos;est pas une réponse de connexion attendue par D360 Exporter.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match the sign-in D360 Exporter started (wrong state), so it was refused. Start the sign-in again.</source>
        <translation>La réponse de connexion ne correspondait pas à la connexion lancée par D360 Exporter (state incorrect)&#x202f;; elle a donc été refusée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>Le serveur de connexion a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>D360 Exporter received your sign-in. You can close this tab and return to the application.</source>
        <translation>D360 Exporter a reçu votre connexion. Vous pouvez fermer cet onglet et revenir à l&apos;application.</translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSettings</name>
    <message>
        <source>no client ID is given</source>
        <translation>aucun ID client n&apos;est fourni</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de connexion</translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSignIn</name>
    <message>
        <source>The sign-in timed out: the browser did not come back in time. Start it again.</source>
        <translation>Le délai de connexion est dépassé&#xa0;: le navigateur n&apos;est pas revenu à temps. Relancez-la.</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1.</source>
        <translation>Impossible de lancer la connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Signing in failed: %1.</source>
        <translation>La connexion a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (access_denied). Sign in again to allow it.</source>
        <translation>La connexion a été refusée dans le navigateur (access_denied). Reconnectez-vous pour l&apos;autoriser.</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>Le serveur de connexion a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::auth::SignInRefusal</name>
    <message>
        <source>Either ask Document360 to register a client ID for D360 Exporter (a public client with the redirect URI http://127.0.0.1/callback) and enter it as the client ID, or add the account with an API token instead (Document360 portal: Settings &gt; API tokens), which needs no client ID.</source>
        <translation>Demandez à Document360 d&apos;enregistrer un ID client pour D360 Exporter (un client public avec l&apos;URI de redirection http://127.0.0.1/callback) et saisissez-le comme ID client, ou bien ajoutez le compte avec un jeton d&apos;API (portail Document360&#xa0;: Paramètres &gt; Jetons d&apos;API), qui ne nécessite pas d&apos;ID client.</translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept the client ID &quot;%1&quot; (%2): it is not registered for this program. %3</source>
        <translation>Le serveur de connexion de Document360 n&apos;accepte pas l&apos;ID client «&#xa0;%1&#xa0;» (%2)&#xa0;: il n&apos;est pas enregistré pour ce programme. %3</translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept this program&apos;s return address (%1 about the redirect URI): the client ID &quot;%2&quot; is not registered for http://127.0.0.1/callback. %3</source>
        <translation>Le serveur de connexion de Document360 n&apos;accepte pas l&apos;adresse de retour de ce programme (%1 concernant l&apos;URI de redirection)&#xa0;: l&apos;ID client «&#xa0;%2&#xa0;» n&apos;est pas enregistré pour http://127.0.0.1/callback. %3</translation>
    </message>
    <message>
        <source>If the browser shows &quot;invalid_client&quot;, &quot;unauthorized_client&quot; or an error about the redirect URI, Document360 does not know this client ID: cancel, and use a registered client ID or an API token.</source>
        <translation>Si le navigateur affiche «&#xa0;invalid_client&#xa0;», «&#xa0;unauthorized_client&#xa0;» ou une erreur concernant l&apos;URI de redirection, Document360 ne connaît pas cet ID client&#xa0;: annulez, et utilisez un ID client enregistré ou un jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Document360 registers a client ID for each application that signs in with a Document360 login, and publishes none for general use. Ask Document360 (or your administrator) for the one registered for D360 Exporter, with the redirect URI http://127.0.0.1/callback. Without one, add the account with an API token.</source>
        <translation>Document360 enregistre un ID client pour chaque application qui se connecte avec des identifiants Document360, et n&apos;en publie aucun pour un usage général. Demandez à Document360 (ou à votre administrateur) celui enregistré pour D360 Exporter, avec l&apos;URI de redirection http://127.0.0.1/callback. Sans ID client, ajoutez le compte avec un jeton d&apos;API.</translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenEndpoint</name>
    <message>
        <source>the sign-in server no longer accepts this sign-in (it expired or was revoked): %1</source>
        <translation>le serveur de connexion n&apos;accepte plus cette connexion (elle a expiré ou a été révoquée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sign-in server refused (%1)%2</source>
        <translation>le serveur de connexion a refusé (%1)%2</translation>
    </message>
    <message>
        <source>the sign-in server answered HTTP %1</source>
        <translation>le serveur de connexion a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the sign-in server could not be reached: %1</source>
        <translation>le serveur de connexion est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer could not be read</source>
        <translation>la réponse du serveur de connexion n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer has no access token</source>
        <translation>la réponse du serveur de connexion ne contient pas de jeton d&apos;accès</translation>
    </message>
    <message>
        <source>the sign-in server issued a &quot;%1&quot; token; only Bearer tokens are supported</source>
        <translation>le serveur de connexion a émis un jeton «&#xa0;%1&#xa0;»&#x202f;; seuls les jetons Bearer sont pris en charge</translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenRefresher</name>
    <message>
        <source>The sign-in expired and cannot be renewed. Sign in again.</source>
        <translation>La connexion a expiré et ne peut pas être renouvelée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed (%1). Sign in again.</source>
        <translation>La connexion n&apos;a pas pu être renouvelée (%1). Reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be renewed for now: %1 (tried %n times). It is tried again by itself; sign in again if this goes on.</source>
        <translation>
            <numerusform>La connexion n&apos;a pas pu être renouvelée pour l&apos;instant&#xa0;: %1 (%n essai). Un nouvel essai aura lieu automatiquement&#x202f;; reconnectez-vous si cela persiste.</numerusform>
            <numerusform>La connexion n&apos;a pas pu être renouvelée pour l&apos;instant&#xa0;: %1 (%n essais). De nouveaux essais auront lieu automatiquement&#x202f;; reconnectez-vous si cela persiste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::AccountsCommand</name>
    <message>
        <source> as %1</source>
        <translation> en tant que %1</translation>
    </message>
    <message>
        <source>The command line cannot keep a token for later without a keychain. For a single run, set D360_API_KEY instead.</source>
        <translation>La ligne de commande ne peut pas conserver un jeton pour plus tard sans trousseau. Pour une seule exécution, définissez plutôt D360_API_KEY.</translation>
    </message>
    <message>
        <source>Manage stored Document360 accounts. Tokens are kept in the system keychain and read from standard input, never from the command line.

Actions:
  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NAME
  rename  --name OLD --to NEW
  remove  --name NAME</source>
        <translation>Gérer les comptes Document360 enregistrés. Les jetons sont conservés dans le trousseau du système et lus sur l&apos;entrée standard, jamais sur la ligne de commande.

Actions&#xa0;:
  add     --name NOM [--region eu|us|HÉBERGEMENT | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NOM
  rename  --name ANCIEN --to NOUVEAU
  remove  --name NOM</translation>
    </message>
    <message>
        <source>add, list, test, rename or remove.</source>
        <translation>add, list, test, rename ou remove.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Le nom du compte.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The new name (rename).</source>
        <translation>Le nouveau nom (rename).</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <source>Region: eu (default), us, or a private hosting name.</source>
        <translation>Région&#xa0;: eu (par défaut), us, ou un nom d&apos;hébergement privé.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>A custom API base URL (https, or http on this computer).</source>
        <translation>Une URL de base d&apos;API personnalisée (https, ou http sur cet ordinateur).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in through the browser (OAuth) instead of pasting a token.</source>
        <translation>Se connecter via le navigateur (OAuth) au lieu de coller un jeton.</translation>
    </message>
    <message>
        <source>The OAuth client ID Document360 registered for this program; required with --sign-in (or set D360_OAUTH_CLIENT_ID).</source>
        <translation>L&apos;ID client OAuth que Document360 a enregistré pour ce programme&#x202f;; obligatoire avec --sign-in (ou définissez D360_OAUTH_CLIENT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OAuth authorization URL (default: the region&apos;s, or D360_OAUTH_AUTHORIZE_URL).</source>
        <translation>URL d&apos;autorisation OAuth (par défaut&#xa0;: celle de la région, ou D360_OAUTH_AUTHORIZE_URL).</translation>
    </message>
    <message>
        <source>OAuth token URL (default: the region&apos;s, or D360_OAUTH_TOKEN_URL).</source>
        <translation>URL du jeton OAuth (par défaut&#xa0;: celle de la région, ou D360_OAUTH_TOKEN_URL).</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>Lister au format JSON.</translation>
    </message>
    <message>
        <source>Name one action: add, list, test, rename or remove.</source>
        <translation>Indiquez une action&#xa0;: add, list, test, rename ou remove.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, test, rename or remove.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, list, test, rename ou remove.</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>accounts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the account with --name NAME.</source>
        <translation>Indiquez le compte avec --name NOM.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>Aucun compte ne s&apos;appelle «&#xa0;%1&#xa0;» (voir «&#xa0;d360-exporter accounts list&#xa0;»).</translation>
    </message>
    <message>
        <source>Give the new account a name with --name NAME.</source>
        <translation>Donnez un nom au nouveau compte avec --name NOM.</translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation>Indiquez soit --base-url, soit --region, pas les deux.</translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation>Impossible d&apos;utiliser cette adresse de serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Signing in needs a client ID: give --client-id ID or set D360_OAUTH_CLIENT_ID. %1</source>
        <translation>La connexion nécessite un ID client&#xa0;: indiquez --client-id ID ou définissez D360_OAUTH_CLIENT_ID. %1</translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation>Impossible de se connecter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>API token for %1 (input hidden): </source>
        <translation>Jeton d&apos;API pour %1 (saisie masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>No token: %1.</source>
        <translation>Aucun jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Checking the token with %1 ...</source>
        <translation>Vérification du jeton auprès de %1 ...</translation>
    </message>
    <message numerus="yes">
        <source>Added account &quot;%1&quot; (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>Compte «&#xa0;%1&#xa0;» ajouté (%2). Il voit %n projet</numerusform>
            <numerusform>Compte «&#xa0;%1&#xa0;» ajouté (%2). Il voit %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer to sign in, and pick the project:</source>
        <translation>Ouvrez ce lien dans un navigateur sur cet ordinateur pour vous connecter, et choisissez le projet&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for the browser ...</source>
        <translation>En attente du navigateur ...</translation>
    </message>
    <message numerus="yes">
        <source>Signed in%1; added account &quot;%2&quot; (%3). It sees %n project(s)</source>
        <translation>
            <numerusform>Connecté%1&#x202f;; compte «&#xa0;%2&#xa0;» ajouté (%3). Il voit %n projet</numerusform>
            <numerusform>Connecté%1&#x202f;; compte «&#xa0;%2&#xa0;» ajouté (%3). Il voit %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the sign-in is for project %1, which Document360 does not list for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation>Remarque&#xa0;: la connexion concerne le projet %1, que Document360 ne liste pas pour elle. Reconnectez-vous et choisissez un autre projet, ou demandez l&apos;accès au propriétaire du projet.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;d360-exporter accounts add --name NAME&quot;.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez-en un avec «&#xa0;d360-exporter accounts add --name NOM&#xa0;».</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>demande votre attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>Account &quot;%1&quot; works (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>Le compte «&#xa0;%1&#xa0;» fonctionne (%2). Il voit %n projet</numerusform>
            <numerusform>Le compte «&#xa0;%1&#xa0;» fonctionne (%2). Il voit %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new name with --to NEW.</source>
        <translation>Indiquez le nouveau nom avec --to NOUVEAU.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its token.</source>
        <translation>Compte «&#xa0;%1&#xa0;» et son jeton supprimés.</translation>
    </message>
</context>
<context>
    <name>d360::cli::Command</name>
    <message>
        <source>Also print what happens on the way (retries, failures).</source>
        <translation>Afficher aussi ce qui se passe en cours de route (nouvelles tentatives, échecs).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Print this command&apos;s options.</source>
        <translation>Afficher les options de cette commande.</translation>
    </message>
</context>
<context>
    <name>d360::cli::CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: d360-exporter [--sandbox]          open the window
       d360-exporter COMMAND [OPTIONS]    run headless
       d360-exporter --version

Commands:
</source>
        <translation>Utilisation&#xa0;: d360-exporter [--sandbox]          ouvrir la fenêtre
              d360-exporter COMMANDE [OPTIONS]   exécuter sans fenêtre
              d360-exporter --version

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &quot;d360-exporter COMMAND --help&quot; for the options of a command.
</source>
        <translation>
Exécutez «&#xa0;d360-exporter COMMANDE --help&#xa0;» pour les options d&apos;une commande.
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
        <translation>  %1  «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>+%1 -%2 words</source>
        <translation>+%1 -%2 mots</translation>
    </message>
    <message>
        <source>Compare two Markdown or HTML exports (each a ZIP or its extracted folder), or the exports of two runs from history (their ids as history prints them): articles added, removed, moved or renamed and edited, and images and attachments added, removed and changed. Exit status 0 when they are the same, 1 when they differ, 2 when they cannot be compared.</source>
        <translation>Comparer deux exportations Markdown ou HTML (chacune un ZIP ou son dossier extrait), ou les exportations de deux exécutions de l&apos;historique (leurs identifiants tels que history les affiche)&#xa0;: articles ajoutés, supprimés, déplacés ou renommés et modifiés, ainsi qu&apos;images et pièces jointes ajoutées, supprimées et modifiées. Code de sortie 0 si elles sont identiques, 1 si elles diffèrent, 2 si elles ne peuvent pas être comparées.</translation>
    </message>
    <message>
        <source>The earlier export or run.</source>
        <translation>L&apos;exportation ou l&apos;exécution antérieure.</translation>
    </message>
    <message>
        <source>The later export or run.</source>
        <translation>L&apos;exportation ou l&apos;exécution ultérieure.</translation>
    </message>
    <message>
        <source>Print the comparison as one JSON object.</source>
        <translation>Afficher la comparaison sous la forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <source>Also print the unified diff of each edited article.</source>
        <translation>Afficher aussi le diff unifié de chaque article modifié.</translation>
    </message>
    <message>
        <source>Also write the comparison as one self-contained HTML page, each edited article side by side, to mail to a reviewer.</source>
        <translation>Écrire aussi la comparaison dans une seule page HTML autonome, chaque article modifié côte à côte, à envoyer par e-mail à un relecteur.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>With two runs: only their exports of the version ID (its id or name).</source>
        <translation>Avec deux exécutions&#xa0;: uniquement leurs exportations de la version ID (son identifiant ou son nom).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With two runs: only their exports in the language CODE.</source>
        <translation>Avec deux exécutions&#xa0;: uniquement leurs exportations dans la langue CODE.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>With two runs: only their exports in FORMAT (markdown or html).</source>
        <translation>Avec deux exécutions&#xa0;: uniquement leurs exportations au FORMAT indiqué (markdown ou html).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Name two exports or two runs to compare: compare OLD NEW.</source>
        <translation>Indiquez deux exportations ou deux exécutions à comparer&#xa0;: compare ANCIEN NOUVEAU.</translation>
    </message>
    <message>
        <source>Compare two exports or two runs, not one of each: %1 is neither an export on disk nor a run.</source>
        <translation>Comparez deux exportations ou deux exécutions, pas une de chaque&#xa0;: %1 n&apos;est ni une exportation sur le disque ni une exécution.</translation>
    </message>
    <message>
        <source>--%1 picks among the exports of two runs; two exports on disk need none.</source>
        <translation>--%1 choisit parmi les exportations de deux exécutions&#x202f;; deux exportations sur le disque n&apos;en ont pas besoin.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The HTML report is %1.</source>
        <translation>Le rapport HTML est %1.</translation>
    </message>
    <message>
        <source>No run in history has the id %1 (d360-exporter history lists them).</source>
        <translation>Aucune exécution de l&apos;historique n&apos;a l&apos;identifiant %1 (d360-exporter history les liste).</translation>
    </message>
    <message numerus="yes">
        <source>The id %1 is ambiguous: %n runs start with it. Give more of it.</source>
        <translation>
            <numerusform>L&apos;identifiant %1 est ambigu&#xa0;: %n exécution commence par celui-ci. Indiquez-en davantage.</numerusform>
            <numerusform>L&apos;identifiant %1 est ambigu&#xa0;: %n exécutions commencent par celui-ci. Indiquez-en davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>History cannot be read: %1</source>
        <translation>L&apos;historique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Of the exports the runs %1 and %2 have in common on disk, none is left by --version, --language and --format.</source>
        <translation>Parmi les exportations que les exécutions %1 et %2 ont en commun sur le disque, aucune ne reste après --version, --language et --format.</translation>
    </message>
    <message>
        <source>The runs %1 and %2 have no Markdown or HTML export of the same version, language and format on disk.</source>
        <translation>Les exécutions %1 et %2 n&apos;ont aucune exportation Markdown ou HTML de mêmes version, langue et format sur le disque.</translation>
    </message>
    <message numerus="yes">
        <source>--html writes one page, and these runs have %n exports in common: pick one with --version, --language or --format.</source>
        <translation>
            <numerusform>--html écrit une seule page, et ces exécutions ont %n exportation en commun&#xa0;: choisissez-en une avec --version, --language ou --format.</numerusform>
            <numerusform>--html écrit une seule page, et ces exécutions ont %n exportations en commun&#xa0;: choisissez-en une avec --version, --language ou --format.</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>%1 et %2 sont identiques&#xa0;: %n article identique.</numerusform>
            <numerusform>%1 et %2 sont identiques&#xa0;: %n articles identiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Some articles carry no id: they were matched by path and title.</source>
        <translation>Certains articles n&apos;ont pas d&apos;identifiant&#xa0;: ils ont été appariés par chemin et titre.</translation>
    </message>
    <message>
        <source>Added (%1):</source>
        <translation>Ajoutés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Removed (%1):</source>
        <translation>Supprimés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Moved or renamed (%1):</source>
        <translation>Déplacés ou renommés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2  &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>  %1 -&gt; %2  «&#xa0;%3&#xa0;» -&gt; «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2</source>
        <translation>  %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Edited (%1):</source>
        <translation>Modifiés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Images and attachments (%1):</source>
        <translation>Images et pièces jointes (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>Inchangés&#xa0;: %n article.</numerusform>
            <numerusform>Inchangés&#xa0;: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no diff: %2</source>
        <translation>%1&#xa0;: pas de différences&#xa0;: %2</translation>
    </message>
    <message>
        <source>compare: %1</source>
        <translation>compare&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::ConnectionOptions</name>
    <message>
        <source>API base URL (default: $D360_BASE_URL, else the EU region).</source>
        <translation>URL de base de l&apos;API (par défaut&#xa0;: $D360_BASE_URL, sinon la région UE).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Region: eu, us, or a private hosting name.</source>
        <translation>Région&#xa0;: eu, us, ou un nom d&apos;hébergement privé.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>Use the stored account NAME.</source>
        <translation>Utiliser le compte enregistré NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation>Indiquez soit --base-url, soit --region, pas les deux.</translation>
    </message>
    <message>
        <source>--account already names the server; leave out --base-url and --region.</source>
        <translation>--account désigne déjà le serveur&#x202f;; omettez --base-url et --region.</translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation>Impossible d&apos;utiliser cette adresse de serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No credential: set D360_API_KEY, or use --account NAME with a stored account (see &quot;d360-exporter accounts --help&quot;).</source>
        <translation>Aucune information d&apos;identification&#xa0;: définissez D360_API_KEY, ou utilisez --account NOM avec un compte enregistré (voir «&#xa0;d360-exporter accounts --help&#xa0;»).</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>Aucun compte ne s&apos;appelle «&#xa0;%1&#xa0;» (voir «&#xa0;d360-exporter accounts list&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 Without the keychain, set D360_API_KEY for this run instead.</source>
        <translation>%1 Sans trousseau, définissez plutôt D360_API_KEY pour cette exécution.</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportCommand</name>
    <message>
        <source>Export Document360 projects as PDF, HTML or Markdown files.

One export runs for every combination of the versions, languages and formats given. The token comes from D360_API_KEY or a stored account (--account), never from the command line; D360_BASE_URL and D360_PROJECT_ID fill in --base-url and --project.

With --preset NAME the saved preset&apos;s values are used (see &quot;d360-exporter presets&quot;); a flag given beside it replaces that value.

Running the same command again after a crash or Ctrl-C resumes the unfinished batch.

Example:
  d360-exporter export --project ID --version default --lang all --format pdf --out docs</source>
        <translation>Exporter des projets Document360 sous forme de fichiers PDF, HTML ou Markdown.

Une exportation est lancée pour chaque combinaison des versions, langues et formats indiqués. Le jeton provient de D360_API_KEY ou d&apos;un compte enregistré (--account), jamais de la ligne de commande&#x202f;; D360_BASE_URL et D360_PROJECT_ID remplissent --base-url et --project.

Avec --preset NOM, les valeurs du préréglage enregistré sont utilisées (voir «&#xa0;d360-exporter presets&#xa0;»)&#x202f;; une option indiquée à côté remplace cette valeur.

Relancer la même commande après un plantage ou un Ctrl-C reprend le lot inachevé.

Exemple&#xa0;:
  d360-exporter export --project ID --version default --lang all --format pdf --out docs</translation>
    </message>
    <message>
        <source>Run the saved preset NAME.</source>
        <translation>Exécuter le préréglage enregistré NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The run was started by a schedule: it is recorded so in history, and a failure raises a desktop notification.</source>
        <translation>L&apos;exécution a été lancée par une planification&#xa0;: elle est enregistrée comme telle dans l&apos;historique, et un échec déclenche une notification sur le bureau.</translation>
    </message>
    <message>
        <source>Print one JSON object per finished export on stdout.</source>
        <translation>Afficher un objet JSON par exportation terminée sur la sortie standard.</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID (see &quot;d360-exporter projects&quot;).</source>
        <translation>Indiquez le projet avec --project ID, ou définissez D360_PROJECT_ID (voir «&#xa0;d360-exporter projects&#xa0;»).</translation>
    </message>
    <message>
        <source>Give at least one --version ID, or --version default (see &quot;d360-exporter versions&quot;).</source>
        <translation>Indiquez au moins une --version ID, ou --version default (voir «&#xa0;d360-exporter versions&#xa0;»).</translation>
    </message>
    <message>
        <source>--lang all already includes every language; leave out the codes, or &quot;all&quot;.</source>
        <translation>--lang all inclut déjà toutes les langues&#x202f;; omettez les codes, ou «&#xa0;all&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez pdf, html ou markdown.</translation>
    </message>
    <message>
        <source>Give the folder to write into with --out DIR.</source>
        <translation>Indiquez le dossier dans lequel écrire avec --out DOSSIER.</translation>
    </message>
    <message>
        <source>Cannot use this --name-template: %1.</source>
        <translation>Impossible d&apos;utiliser ce --name-template&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>--parallel prend un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot make the backup&apos;s run folder: %1</source>
        <translation>Impossible de créer le dossier d&apos;exécution de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resuming the unfinished batch of this command: %1 of %2 exports were done, %3 to try again.</source>
        <translation>Reprise du lot inachevé de cette commande&#xa0;: %1 sur %2 terminées, %3 à réessayer.</translation>
    </message>
    <message>
        <source>Cannot plan the export: %1</source>
        <translation>Impossible de planifier l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The manifest is %1.</source>
        <translation>Le manifeste est %1.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the old backup run %1 (the preset keeps %n).</source>
        <translation>
            <numerusform>Ancienne exécution de sauvegarde %1 supprimée (le préréglage en conserve %n).</numerusform>
            <numerusform>Ancienne exécution de sauvegarde %1 supprimée (le préréglage en conserve %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>No Markdown export was completed, so the Git mirror %1 is left as it was.</source>
        <translation>Aucune exportation Markdown ne s&apos;est terminée&#x202f;; le miroir Git %1 est donc laissé tel quel.</translation>
    </message>
    <message>
        <source>export: the Git mirror was not updated: %1</source>
        <translation>export&#xa0;: le miroir Git n&apos;a pas été mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Committed %1 to the Git mirror %2: %3</source>
        <translation>%1 validé dans le miroir Git %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date: the exports are what its last commit holds.</source>
        <translation>Le miroir Git %1 est à jour&#xa0;: les exportations correspondent à sa dernière validation.</translation>
    </message>
    <message>
        <source>export: could not clear the finished batch from %1: %2</source>
        <translation>export&#xa0;: impossible de retirer le lot terminé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The scheduled export</source>
        <translation>L&apos;exportation planifiée</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest could not be written</source>
        <translation>le manifeste de la sauvegarde n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>the Git mirror was not updated</source>
        <translation>le miroir Git n&apos;a pas été mis à jour</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <source>The scheduled export of %1 failed: %2. See &quot;d360-exporter history&quot;.</source>
        <translation>L&apos;exportation planifiée de %1 a échoué&#xa0;: %2. Voir «&#xa0;d360-exporter history&#xa0;».</translation>
    </message>
    <message>
        <source>export: interrupted; cancelling the running exports...</source>
        <translation>export&#xa0;: interrompu&#x202f;; annulation des exportations en cours...</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportReporter</name>
    <message>
        <source>done       %1 (%2, sha256 %3)</source>
        <translation>terminé    %1 (%2, sha256 %3)</translation>
    </message>
    <message>
        <source>
           extracted into %1</source>
        <translation>
           extrait dans %1</translation>
    </message>
    <message>
        <source>
           not extracted: %1</source>
        <translation>
           non extrait&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed     %1: %2</source>
        <translation>échec      %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> Trace id: %1</source>
        <translation> Identifiant de trace&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled  %1</source>
        <translation>annulé     %1</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 running, %4 failed; downloading %5</source>
        <translation>%1/%2 terminées, %3 en cours, %4 en échec&#x202f;; téléchargement de %5</translation>
    </message>
    <message>
        <source>%1 of %2 exports done</source>
        <translation>Exportations terminées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, annulées&#xa0;: %1</translation>
    </message>
    <message>
        <source> Interrupted: no half-written file was left under a final name.</source>
        <translation> Interrompu&#xa0;: aucun fichier à moitié écrit n&apos;a été laissé sous un nom définitif.</translation>
    </message>
    <message>
        <source> Run the same command again to finish the batch; completed files are kept.</source>
        <translation> Relancez la même commande pour terminer le lot&#x202f;; les fichiers terminés sont conservés.</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportRequestOptions</name>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>L&apos;identifiant du projet (par défaut&#xa0;: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A version&apos;s id, or &quot;default&quot;; repeat for several.</source>
        <translation>L&apos;identifiant d&apos;une version, ou «&#xa0;default&#xa0;»&#x202f;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>A language code, or &quot;all&quot;; repeat for several (default: each version&apos;s default language).</source>
        <translation>Un code de langue, ou «&#xa0;all&#xa0;»&#x202f;; à répéter pour plusieurs (par défaut&#xa0;: la langue par défaut de chaque version).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>pdf, html or markdown; repeat for several (default: pdf).</source>
        <translation>pdf, html ou markdown&#x202f;; à répéter pour plusieurs (par défaut&#xa0;: pdf).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The folder to write the files into (created if missing).</source>
        <translation>Le dossier dans lequel écrire les fichiers (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Also extract HTML and Markdown archives into a folder beside each.</source>
        <translation>Extraire aussi les archives HTML et Markdown dans un dossier à côté de chacune.</translation>
    </message>
    <message>
        <source>Replace existing files instead of choosing a numbered name.</source>
        <translation>Remplacer les fichiers existants au lieu de choisir un nom numéroté.</translation>
    </message>
    <message>
        <source>Exports to run at once (default: 4, or the settings).</source>
        <translation>Exportations à lancer simultanément (par défaut&#xa0;: 4, ou la valeur des paramètres).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File names, from {project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} (default: %1).</source>
        <translation>Noms de fichiers, à partir de {project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez pdf, html ou markdown.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>--parallel prend un nombre de 1 à 64.</translation>
    </message>
</context>
<context>
    <name>d360::cli::HistoryCommand</name>
    <message>
        <source>The runs of exports (from the window, the command line and schedules), newest first, with their files and failures.</source>
        <translation>Les exécutions d&apos;exportations (depuis la fenêtre, la ligne de commande et les planifications), les plus récentes en premier, avec leurs fichiers et leurs échecs.</translation>
    </message>
    <message>
        <source>Only the runs of the preset NAME.</source>
        <translation>Uniquement les exécutions du préréglage NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>At most N runs (default: 20; 0 for all).</source>
        <translation>Au plus N exécutions (par défaut&#xa0;: 20&#x202f;; 0 pour toutes).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the runs, with every file and failure, as JSON.</source>
        <translation>Afficher les exécutions, avec chaque fichier et chaque échec, au format JSON.</translation>
    </message>
    <message>
        <source>--limit takes a number of runs (0 for all).</source>
        <translation>--limit prend un nombre d&apos;exécutions (0 pour toutes).</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has not run yet.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a pas encore été exécuté.</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>en cours ou interrompue</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>COMMENT</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation>history&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::LanguagesCommand</name>
    <message>
        <source>List the languages of a project&apos;s version.</source>
        <translation>Lister les langues d&apos;une version d&apos;un projet.</translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>L&apos;identifiant du projet (par défaut&#xa0;: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The version&apos;s id, or &quot;default&quot;.</source>
        <translation>L&apos;identifiant de la version, ou «&#xa0;default&#xa0;».</translation>
    </message>
    <message>
        <source>Give the version with --version ID, or --version default.</source>
        <translation>Indiquez la version avec --version ID, ou --version default.</translation>
    </message>
    <message>
        <source>the project marks no version as its default</source>
        <translation>le projet ne marque aucune version comme version par défaut</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>PAR DÉFAUT</translation>
    </message>
</context>
<context>
    <name>d360::cli::ListCommand</name>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID.</source>
        <translation>Indiquez le projet avec --project ID, ou définissez D360_PROJECT_ID.</translation>
    </message>
</context>
<context>
    <name>d360::cli::MirrorCommand</name>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown exports: after each &quot;d360-exporter export --preset NAME&quot;, the exports are extracted into the repository, one folder per version and language, and one commit says what changed. The mirror never pushes and commits only to its branch.

  mirror --preset NAME --repo DIR [--branch BRANCH]   set it up
  mirror --preset NAME                                show it
  mirror --preset NAME --off                          stop mirroring</source>
        <translation>Tenir un dépôt Git à jour avec les exportations Markdown d&apos;un préréglage&#xa0;: après chaque «&#xa0;d360-exporter export --preset NOM&#xa0;», les exportations sont extraites dans le dépôt, un dossier par version et par langue, et une validation décrit ce qui a changé. Le miroir ne pousse jamais et ne valide que sur sa branche.

  mirror --preset NOM --repo DOSSIER [--branch BRANCHE]   le configurer
  mirror --preset NOM                                     l&apos;afficher
  mirror --preset NOM --off                               arrêter le miroir</translation>
    </message>
    <message>
        <source>The preset to mirror.</source>
        <translation>Le préréglage à reproduire en miroir.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The repository&apos;s folder: a Git repository with a working tree, or a missing or empty folder to make one in.</source>
        <translation>Le dossier du dépôt&#xa0;: un dépôt Git avec un arbre de travail, ou un dossier absent ou vide dans lequel en créer un.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The branch to commit to (default: the repository&apos;s current branch, or &quot;main&quot; for a new one).</source>
        <translation>La branche sur laquelle valider (par défaut&#xa0;: la branche actuelle du dépôt, ou «&#xa0;main&#xa0;» pour un nouveau dépôt).</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCHE</translation>
    </message>
    <message>
        <source>Stop mirroring; the repository is left as it is.</source>
        <translation>Arrêter le miroir&#x202f;; le dépôt est laissé tel quel.</translation>
    </message>
    <message>
        <source>Name the preset: --preset NAME.</source>
        <translation>Indiquez le préréglage&#xa0;: --preset NOM.</translation>
    </message>
    <message>
        <source>--off takes no --repo or --branch.</source>
        <translation>--off ne prend ni --repo ni --branch.</translation>
    </message>
    <message>
        <source>--branch goes with --repo DIR.</source>
        <translation>--branch va avec --repo DOSSIER.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; mirrors its Markdown exports into %2, on the branch &quot;%3&quot;.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» reproduit ses exportations Markdown dans %2, sur la branche «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no Git mirror. Set one up with: d360-exporter mirror --preset &quot;%1&quot; --repo DIR</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a pas de miroir Git. Configurez-en un avec&#xa0;: d360-exporter mirror --preset &quot;%1&quot; --repo DOSSIER</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; had no Git mirror.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;avait pas de miroir Git.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; no longer mirrors into %2; the repository is left as it is.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» ne reproduit plus ses exportations dans %2&#x202f;; le dépôt est laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 Add the format with &quot;d360-exporter presets save&quot; and --replace.</source>
        <translation>%1 Ajoutez le format avec «&#xa0;d360-exporter presets save&#xa0;» et --replace.</translation>
    </message>
    <message>
        <source>Made a new Git repository in %1, on the branch &quot;%2&quot;.</source>
        <translation>Nouveau dépôt Git créé dans %1, sur la branche «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; now mirrors its Markdown exports into %2, on the branch &quot;%3&quot;. Each run of d360-exporter export --preset &quot;%1&quot; commits what changed.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» reproduit désormais ses exportations Markdown dans %2, sur la branche «&#xa0;%3&#xa0;». Chaque exécution de d360-exporter export --preset &quot;%1&quot; valide ce qui a changé.</translation>
    </message>
    <message>
        <source>mirror: %1</source>
        <translation>mirror&#xa0;: %1</translation>
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
        <translation>Exportations enregistrées (préréglages)&#xa0;: enregistrez les options d&apos;une exportation sous un nom, puis exécutez-les avec «&#xa0;d360-exporter export --preset NOM&#xa0;», dans la fenêtre, ou selon une planification.

Actions&#xa0;:
  save NOM [les options d&apos;export] [--keep N]
  list [--json]
  show NOM [--json]
  remove NOM
  rename ANCIEN NOUVEAU
  export NOM --file FICHIER
  import FICHIER [--name NOM] [--account COMPTE] [--replace]

Un préréglage enregistré sans --account prend ses informations d&apos;identification dans D360_API_KEY et D360_BASE_URL à chaque exécution. --keep N en fait une sauvegarde&#xa0;: chaque exécution va dans son propre dossier daté, et les N dernières sont conservées.</translation>
    </message>
    <message>
        <source>save, list, show, remove, rename, export or import.</source>
        <translation>save, list, show, remove, rename, export ou import.</translation>
    </message>
    <message>
        <source>A backup: keep the last N runs, each in a dated folder (save).</source>
        <translation>Une sauvegarde&#xa0;: conserver les N dernières exécutions, chacune dans un dossier daté (save).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to write the preset into (export).</source>
        <translation>Le fichier dans lequel écrire le préréglage (export).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Save the imported preset under this name (import).</source>
        <translation>Enregistrer le préréglage importé sous ce nom (import).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Replace a preset of the same name (save, import).</source>
        <translation>Remplacer un préréglage du même nom (save, import).</translation>
    </message>
    <message>
        <source>Print JSON (list, show).</source>
        <translation>Afficher en JSON (list, show).</translation>
    </message>
    <message>
        <source>Name one action: save, list, show, remove, rename, export or import.</source>
        <translation>Indiquez une action&#xa0;: save, list, show, remove, rename, export ou import.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use save, list, show, remove, rename, export or import.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez save, list, show, remove, rename, export ou import.</translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes no name.</source>
        <translation>«&#xa0;presets %1&#xa0;» ne prend pas de nom.</translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes one name (quote a name with spaces).</source>
        <translation>«&#xa0;presets %1&#xa0;» prend un seul nom (mettez entre guillemets un nom contenant des espaces).</translation>
    </message>
    <message>
        <source>&quot;presets rename&quot; takes the old name and the new one.</source>
        <translation>«&#xa0;presets rename&#xa0;» prend l&apos;ancien nom et le nouveau.</translation>
    </message>
    <message>
        <source>--keep takes a number of runs from 1 to 10000.</source>
        <translation>--keep prend un nombre d&apos;exécutions de 1 à 10000.</translation>
    </message>
    <message>
        <source>There is no stored account &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>Aucun compte enregistré ne s&apos;appelle «&#xa0;%1&#xa0;» (voir «&#xa0;d360-exporter accounts list&#xa0;»).</translation>
    </message>
    <message>
        <source>Give --replace to replace it.</source>
        <translation>Indiquez --replace pour le remplacer.</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;: %2</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run it with: d360-exporter export --preset &quot;%1&quot;</source>
        <translation>Exécutez-le avec&#xa0;: d360-exporter export --preset &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The preset no longer exports Markdown, so it no longer mirrors into %1; the repository is left as it is.</source>
        <translation>Le préréglage n&apos;exporte plus en Markdown&#x202f;; il ne reproduit donc plus ses exportations dans %1&#x202f;; le dépôt est laissé tel quel.</translation>
    </message>
    <message>
        <source>No presets yet. Save one with: d360-exporter presets save NAME --project ID --version default --out DIR</source>
        <translation>Aucun préréglage pour l&apos;instant. Enregistrez-en un avec&#xa0;: d360-exporter presets save NOM --project ID --version default --out DOSSIER</translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation>(environnement)</translation>
    </message>
    <message>
        <source>keeps %1</source>
        <translation>conserve %1</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>EXPORTS</source>
        <translation>EXPORTATIONS</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>(D360_API_KEY and D360_BASE_URL)</source>
        <translation>(D360_API_KEY et D360_BASE_URL)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>each version&apos;s default</source>
        <translation>la langue par défaut de chaque version</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Noms de fichiers</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>keeps the last %1 runs</source>
        <translation>conserve les dernières exécutions (%1)</translation>
    </message>
    <message>
        <source>Git mirror</source>
        <translation>Miroir Git</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1 (branche %2)</translation>
    </message>
    <message>
        <source>Run with</source>
        <translation>Exécuter avec</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>Removed the preset &quot;%1&quot;.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Renamed the preset &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The preset is renamed, but its schedule still runs &quot;%1&quot;: %2</source>
        <translation>Le préréglage est renommé, mais sa planification exécute toujours «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Its schedule now runs &quot;%1&quot;.</source>
        <translation>Sa planification exécute désormais «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>To update the scheduler, run:</source>
        <translation>Pour mettre à jour le planificateur, exécutez&#xa0;:</translation>
    </message>
    <message>
        <source>Give the file to write with --file FILE.</source>
        <translation>Indiquez le fichier à écrire avec --file FICHIER.</translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» écrit dans %2 (il ne contient aucune information d&apos;identification).</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not stored here. Add it (d360-exporter accounts add --name &quot;%2&quot;), or pick one with --account NAME.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» s&apos;exécute sur le compte «&#xa0;%2&#xa0;», qui n&apos;est pas enregistré ici. Ajoutez-le (d360-exporter accounts add --name &quot;%2&quot;), ou choisissez-en un avec --account NOM.</translation>
    </message>
    <message>
        <source>Give --name NEW to import it beside, or --replace.</source>
        <translation>Indiquez --name NOUVEAU pour l&apos;importer à côté, ou --replace.</translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot;: %2</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the reason, then what to do about it</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; (see &quot;d360-exporter presets list&quot;).</source>
        <translation>Il n&apos;y a pas de préréglage «&#xa0;%1&#xa0;» (voir «&#xa0;d360-exporter presets list&#xa0;»).</translation>
    </message>
    <message>
        <source>presets: %1</source>
        <translation>presets&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::ProjectsCommand</name>
    <message>
        <source>List the Document360 projects the token can see.</source>
        <translation>Lister les projets Document360 que le jeton peut voir.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SUBDOMAIN</source>
        <translation>SOUS-DOMAINE</translation>
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
        <translation>Sauvegarder un préréglage selon une planification gérée par le système d&apos;exploitation (un minuteur utilisateur systemd sous Linux), afin qu&apos;il s&apos;exécute même quand la fenêtre est fermée. Une planification exécute «&#xa0;d360-exporter export --preset NOM --scheduled&#xa0;».

Actions&#xa0;:
  add     --preset NOM (--daily HH:MM | --weekly JOUR HH:MM | --every N(h|d))
  list    [--json]
  remove  NOM</translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation>add, list ou remove.</translation>
    </message>
    <message>
        <source>The preset to back up (add).</source>
        <translation>Le préréglage à sauvegarder (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Every day at this time (24-hour, local time).</source>
        <translation>Chaque jour à cette heure (sur 24 heures, heure locale).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Every week on this day (mon..sun, or the full name) at the time that follows: --weekly mon 02:30.</source>
        <translation>Chaque semaine ce jour-là (mon..sun, ou le nom complet) à l&apos;heure qui suit&#xa0;: --weekly mon 02:30.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>JOUR</translation>
    </message>
    <message>
        <source>Every N hours (6h) or days (2d).</source>
        <translation>Toutes les N heures (6h) ou N jours (2d).</translation>
    </message>
    <message>
        <source>N(h|d)</source>
        <translation>N(h|d)</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>Lister au format JSON.</translation>
    </message>
    <message>
        <source>Name one action: add, list or remove.</source>
        <translation>Indiquez une action&#xa0;: add, list ou remove.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list or remove.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, list ou remove.</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>schedule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Say when with exactly one of --daily HH:MM, --weekly DAY HH:MM or --every N(h|d).</source>
        <translation>Indiquez quand avec exactement une des options --daily HH:MM, --weekly JOUR HH:MM ou --every N(h|d).</translation>
    </message>
    <message>
        <source>Give the time after the day: --weekly DAY HH:MM, for example --weekly mon 02:30.</source>
        <translation>Indiquez l&apos;heure après le jour&#xa0;: --weekly JOUR HH:MM, par exemple --weekly mon 02:30.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the day and the time: --weekly DAY HH:MM.</source>
        <translation>Indiquez le jour et l&apos;heure&#xa0;: --weekly JOUR HH:MM.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Aucun préréglage ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Scheduled the preset &quot;%1&quot; %2. Wrote:</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» planifié %2. Fichiers écrits&#xa0;:</translation>
    </message>
    <message>
        <source>The timer is enabled; &quot;systemctl --user list-timers&quot; shows when it runs next.</source>
        <translation>Le minuteur est activé&#x202f;; «&#xa0;systemctl --user list-timers&#xa0;» indique sa prochaine exécution.</translation>
    </message>
    <message>
        <source>To start the schedule, run:</source>
        <translation>Pour démarrer la planification, exécutez&#xa0;:</translation>
    </message>
    <message>
        <source>No schedules in %1. Add one with &quot;d360-exporter schedule add --preset NAME --daily 02:30&quot;.</source>
        <translation>Aucune planification dans %1. Ajoutez-en une avec «&#xa0;d360-exporter schedule add --preset NOM --daily 02:30&#xa0;».</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>non activé</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Name the preset whose schedule to remove: schedule remove NAME.</source>
        <translation>Indiquez le préréglage dont la planification est à supprimer&#xa0;: schedule remove NOM.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>If the schedule was running, also run:</source>
        <translation>Si la planification était en cours, exécutez aussi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>d360::cli::SecretInput</name>
    <message>
        <source>cannot turn off echo on this terminal, so the token is not read from it; pipe it in instead</source>
        <translation>impossible de désactiver l&apos;écho sur ce terminal, le jeton n&apos;y est donc pas lu&#x202f;; transmettez-le plutôt par un tube</translation>
    </message>
    <message>
        <source>the token could not be read from standard input</source>
        <translation>le jeton n&apos;a pas pu être lu sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>no token on standard input (type or paste it, or pipe it in)</source>
        <translation>aucun jeton sur l&apos;entrée standard (saisissez-le ou collez-le, ou transmettez-le par un tube)</translation>
    </message>
    <message>
        <source>reading a token is not supported on this system yet</source>
        <translation>la lecture d&apos;un jeton n&apos;est pas encore prise en charge sur ce système</translation>
    </message>
</context>
<context>
    <name>d360::cli::VerifyCommand</name>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that a backup run folder holds exactly the files its manifest.json lists: reports missing, changed and extra files, and planned files that were never exported. Exit status 0 when whole, 1 when not, 4 when the folder has no manifest.</source>
        <translation>Vérifier qu&apos;un dossier d&apos;exécution de sauvegarde contient exactement les fichiers listés par son manifest.json&#xa0;: signale les fichiers manquants, modifiés et en trop, ainsi que les fichiers prévus qui n&apos;ont jamais été exportés. Code de sortie 0 si complet, 1 sinon, 4 si le dossier n&apos;a pas de manifeste.</translation>
    </message>
    <message>
        <source>The run folder (the one that holds manifest.json).</source>
        <translation>Le dossier d&apos;exécution (celui qui contient manifest.json).</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>Afficher le rapport sous la forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <source>Name the run folder to verify.</source>
        <translation>Indiquez le dossier d&apos;exécution à vérifier.</translation>
    </message>
    <message>
        <source>Name one run folder to verify, not %1.</source>
        <translation>Indiquez un seul dossier d&apos;exécution à vérifier, pas %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n files checked against its manifest.</source>
        <translation>
            <numerusform>%1 est complet&#xa0;: %n fichier vérifié par rapport à son manifeste.</numerusform>
            <numerusform>%1 est complet&#xa0;: %n fichiers vérifiés par rapport à son manifeste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not whole: %n problems.</source>
        <translation>
            <numerusform>%1 n&apos;est pas complet&#xa0;: %n problème.</numerusform>
            <numerusform>%1 n&apos;est pas complet&#xa0;: %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing (%1):</source>
        <translation>Manquants (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>Modifiés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Extra (%1):</source>
        <translation>En trop (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Never exported, as the manifest&apos;s verdict says (%1):</source>
        <translation>Jamais exportés, selon le verdict du manifeste (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation>verify&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::VersionsCommand</name>
    <message>
        <source>List the versions (workspaces) of a project.</source>
        <translation>Lister les versions (espaces de travail) d&apos;un projet.</translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>L&apos;identifiant du projet (par défaut&#xa0;: $D360_PROJECT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>PAR DÉFAUT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
</context>
<context>
    <name>d360::compare::ComparisonHtml</name>
    <message>
        <source>“%1” → “%2”</source>
        <translation>«&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>(+%1 −%2 words)</source>
        <translation>(+%1 −%2 mots)</translation>
    </message>
    <message>
        <source>No diff: %1</source>
        <translation>Pas de différences&#xa0;: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>Les deux exportations sont identiques&#xa0;: %n article identique.</numerusform>
            <numerusform>Les deux exportations sont identiques&#xa0;: %n articles identiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutés (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Supprimés (%1)</translation>
    </message>
    <message>
        <source>Moved or renamed (%1)</source>
        <translation>Déplacés ou renommés (%1)</translation>
    </message>
    <message>
        <source>Images and attachments (%1)</source>
        <translation>Images et pièces jointes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>Inchangés&#xa0;: %n article.</numerusform>
            <numerusform>Inchangés&#xa0;: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>Modifiés (%1)</translation>
    </message>
</context>
<context>
    <name>d360::compare::ExportSnapshot</name>
    <message>
        <source>%1 holds more than %2 files, more than an export has.</source>
        <translation>%1 contient plus de %2 fichiers, plus qu&apos;une exportation n&apos;en a.</translation>
    </message>
    <message>
        <source>%1 is too large to compare (at %2).</source>
        <translation>%1 est trop volumineux pour être comparé (à %2).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read to its end.</source>
        <translation>%1 est endommagé&#xa0;: %2 ne peut pas être lu jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is cut short.</source>
        <translation>%1 est endommagé&#xa0;: %2 est tronqué.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a ZIP archive.</source>
        <translation>%1 n&apos;est ni un dossier ni une archive ZIP.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation>%1 est endommagé&#xa0;: une entrée ne peut pas être lue.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» est un lien symbolique</translation>
    </message>
    <message>
        <source>%1 is not an export that can be compared: %2.</source>
        <translation>%1 n&apos;est pas une exportation comparable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 est endommagé&#xa0;: %2 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 does not unpack.</source>
        <translation>%1 est endommagé&#xa0;: %2 ne se décompresse pas.</translation>
    </message>
    <message>
        <source>%1 is damaged (ZIP error %2).</source>
        <translation>%1 est endommagé (erreur ZIP %2).</translation>
    </message>
    <message>
        <source>%1 holds no Markdown or HTML article: compare Markdown or HTML exports (a PDF cannot be compared article by article).</source>
        <translation>%1 ne contient aucun article Markdown ou HTML&#xa0;: comparez des exportations Markdown ou HTML (un PDF ne peut pas être comparé article par article).</translation>
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
        <translation>Cette exécution n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>This run has no Markdown or HTML export on disk to compare.</source>
        <translation>Cette exécution n&apos;a aucune exportation Markdown ou HTML sur le disque à comparer.</translation>
    </message>
    <message>
        <source>No earlier run exported the same selection of this project.</source>
        <translation>Aucune exécution antérieure n&apos;a exporté la même sélection de ce projet.</translation>
    </message>
    <message>
        <source>No earlier run of the preset &quot;%1&quot; has finished.</source>
        <translation>Aucune exécution antérieure du préréglage «&#xa0;%1&#xa0;» n&apos;est terminée.</translation>
    </message>
    <message>
        <source>The previous run has no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation>L&apos;exécution précédente n&apos;a aucune exportation Markdown ou HTML sur le disque avec les mêmes version, langue et format.</translation>
    </message>
</context>
<context>
    <name>d360::compare::TextDiff</name>
    <message>
        <source>The two texts could not be compared: %1</source>
        <translation>Les deux textes n&apos;ont pas pu être comparés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Export Document360 knowledge bases as PDF, HTML or Markdown.</source>
        <translation>Exportez des bases de connaissances Document360 en PDF, HTML ou Markdown.</translation>
    </message>
    <message>
        <source>%1 (free software)</source>
        <translation>%1 (logiciel libre)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>Project page:</source>
        <translation>Page du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>State database:</source>
        <translation>Base de données d&apos;état&#xa0;:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Jetons&#xa0;:</translation>
    </message>
    <message>
        <source>only in the system keychain, service %1</source>
        <translation>uniquement dans le trousseau du système, service %1</translation>
    </message>
    <message>
        <source>This window runs on the demo sandbox: its account and queue are temporary and go when it closes.</source>
        <translation>Cette fenêtre utilise le bac à sable de démonstration&#xa0;: son compte et sa file d&apos;attente sont temporaires et disparaissent à sa fermeture.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the version and folders, to paste into a support request</source>
        <translation>Copier la version et les dossiers, pour les coller dans une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountEditDialog</name>
    <message>
        <source>Replace the API token</source>
        <translation>Remplacer le jeton d&apos;API</translation>
    </message>
    <message>
        <source>This account needs a new token: %1
Paste a new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation>Ce compte a besoin d&apos;un nouveau jeton&#xa0;: %1
Collez un nouveau jeton du portail Document360&#x202f;; il est vérifié avant de remplacer l&apos;ancien.</translation>
    </message>
    <message>
        <source>Paste the new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation>Collez le nouveau jeton du portail Document360&#x202f;; il est vérifié avant de remplacer l&apos;ancien.</translation>
    </message>
    <message>
        <source>Check the token with the server, then save it</source>
        <translation>Vérifier le jeton auprès du serveur, puis l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Give the account a name first</source>
        <translation>Donnez d&apos;abord un nom au compte</translation>
    </message>
    <message>
        <source>Paste the token first</source>
        <translation>Collez d&apos;abord le jeton</translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation>Impossible d&apos;utiliser ce serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Checking the token with the server ...</source>
        <translation>Vérification du jeton auprès du serveur ...</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved).</source>
        <translation>Conservé pour cette session uniquement (non enregistré).</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Enregistré dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>The token works. %1 It sees %n project(s): %2</source>
        <translation>
            <numerusform>Le jeton fonctionne. %1 Il voit %n projet&#xa0;: %2</numerusform>
            <numerusform>Le jeton fonctionne. %1 Il voit %n projets&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The token works, but it could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation>Le jeton fonctionne, mais il n&apos;a pas pu être enregistré&#xa0;: %1
Vous pouvez l&apos;utiliser pour cette session uniquement&#x202f;; il est alors conservé en mémoire et oublié à la fermeture de D360 Exporter.</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>The Document360 account to export from</source>
        <translation>Le compte Document360 à partir duquel exporter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (demande votre attention)</translation>
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
        <translation>demande votre attention</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>No accounts yet. Add an API token, or sign in with your Document360 login.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez un jeton d&apos;API, ou connectez-vous avec vos identifiants Document360.</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Re&amp;mplacer le jeton…</translation>
    </message>
    <message>
        <source>Server: %1
Kind: %2%3
Projects it sees: %4</source>
        <translation>Serveur&#xa0;: %1
Type&#xa0;: %2%3
Projets visibles&#xa0;: %4</translation>
    </message>
    <message>
        <source> (this session only)</source>
        <translation> (cette session uniquement)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Connecté en tant que&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in is for project %1, which Document360 does not list for it.</source>
        <translation>La connexion concerne le projet %1, que Document360 ne liste pas pour elle.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Demande votre attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testing ...</source>
        <translation>Test en cours ...</translation>
    </message>
    <message numerus="yes">
        <source>Test passed: the server accepts the credential and lists %n project(s).</source>
        <translation>
            <numerusform>Test réussi&#xa0;: le serveur accepte les informations d&apos;identification et liste %n projet.</numerusform>
            <numerusform>Test réussi&#xa0;: le serveur accepte les informations d&apos;identification et liste %n projets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Échec du test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its token is deleted from the keychain. Exports already downloaded stay where they are.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;? Son jeton est supprimé du trousseau. Les exportations déjà téléchargées restent où elles sont.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its token.</source>
        <translation>«&#xa0;%1&#xa0;» et son jeton ont été supprimés.</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>Impossible de supprimer le compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::BatchNotifier</name>
    <message numerus="yes">
        <source>; %n got numbered names because files of their names were already there</source>
        <translation>
            <numerusform>&#xa0;; %n a reçu un nom numéroté car un fichier de ce nom existait déjà</numerusform>
            <numerusform>; %n ont reçu des noms numérotés car des fichiers de ces noms existaient déjà</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1</source>
        <translation>
            <numerusform>%n fichier exporté dans %1</numerusform>
            <numerusform>%n fichiers exportés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1 folders</source>
        <translation>
            <numerusform>%n fichier exporté dans %1 dossiers</numerusform>
            <numerusform>%n fichiers exportés dans %1 dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 exported</source>
        <translation>Fichiers exportés&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n annulé</numerusform>
            <numerusform>, %n annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 removed while running</source>
        <translation>, retirés en cours d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>aucune raison n&apos;a été donnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>D360 Exporter</source>
        <translation>D360 Exporter</translation>
    </message>
</context>
<context>
    <name>d360::gui::ChangeListModel</name>
    <message>
        <source>File added: %1</source>
        <translation>Fichier ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>File removed: %1</source>
        <translation>Fichier supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>File changed: %1</source>
        <translation>Fichier modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Renamed and edited: %1 (+%2 −%3 words)</source>
        <translation>Renommé et modifié&#xa0;: %1 (+%2 −%3 mots)</translation>
    </message>
    <message>
        <source>Renamed: %1</source>
        <translation>Renommé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Moved and edited: %1 (+%2 −%3 words)</source>
        <translation>Déplacé et modifié&#xa0;: %1 (+%2 −%3 mots)</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edited: %1 (+%2 −%3 words)</source>
        <translation>Modifié&#xa0;: %1 (+%2 −%3 mots)</translation>
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
        <translation>Deux &amp;exécutions de l&apos;historique</translation>
    </message>
    <message>
        <source>Two exports on &amp;disk (ZIP or extracted folder)</source>
        <translation>Deux exportations sur le &amp;disque (ZIP ou dossier extrait)</translation>
    </message>
    <message>
        <source>Compare Exports</source>
        <translation>Comparer des exportations</translation>
    </message>
    <message>
        <source>&amp;Earlier run:</source>
        <translation>Exécution a&amp;ntérieure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Later run:</source>
        <translation>Exécution &amp;ultérieure&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier e&amp;xport:</source>
        <translation>E&amp;xportation antérieure&#xa0;:</translation>
    </message>
    <message>
        <source>Later ex&amp;port:</source>
        <translation>Ex&amp;portation ultérieure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>History holds fewer than two finished runs.</source>
        <translation>L&apos;historique contient moins de deux exécutions terminées.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Pick an export&apos;s ZIP file</source>
        <translation>Choisir le fichier ZIP d&apos;une exportation</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Pick the folder an export was extracted into</source>
        <translation>Choisir le dossier dans lequel une exportation a été extraite</translation>
    </message>
    <message>
        <source>Pick an Extracted Export</source>
        <translation>Choisir une exportation extraite</translation>
    </message>
    <message>
        <source>Pick an Export ZIP</source>
        <translation>Choisir le ZIP d&apos;une exportation</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation>Choisissez deux exécutions différentes.</translation>
    </message>
    <message>
        <source>These two runs have no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation>Ces deux exécutions n&apos;ont aucune exportation Markdown ou HTML sur le disque avec les mêmes version, langue et format.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name two exports: a ZIP file or an extracted folder each.</source>
        <translation>Indiquez deux exportations&#xa0;: chacune un fichier ZIP ou un dossier extrait.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonSummary</name>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>Les deux exportations sont identiques&#xa0;: %n article identique.</numerusform>
            <numerusform>Les deux exportations sont identiques&#xa0;: %n articles identiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n renommé</numerusform>
            <numerusform>%n renommés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacé</numerusform>
            <numerusform>%n déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>%n image modifiée</numerusform>
            <numerusform>%n images modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added</source>
        <translation>
            <numerusform>%n image ajoutée</numerusform>
            <numerusform>%n images ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed</source>
        <translation>
            <numerusform>%n image supprimée</numerusform>
            <numerusform>%n images supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) changed</source>
        <translation>
            <numerusform>%n pièce jointe modifiée</numerusform>
            <numerusform>%n pièces jointes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added</source>
        <translation>
            <numerusform>%n pièce jointe ajoutée</numerusform>
            <numerusform>%n pièces jointes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n pièce jointe supprimée</numerusform>
            <numerusform>%n pièces jointes supprimées</numerusform>
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
        <translation>%1&#x202f;; %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonWindow</name>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>&amp;Enregistrer en HTML…</translation>
    </message>
    <message>
        <source>What Changed: %1</source>
        <translation>Ce qui a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export compared</source>
        <translation>Exportation comparée</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>E&amp;xportation&#xa0;:</translation>
    </message>
    <message>
        <source>Changed articles and files</source>
        <translation>Articles et fichiers modifiés</translation>
    </message>
    <message>
        <source>Diff of the selected article</source>
        <translation>Différences de l&apos;article sélectionné</translation>
    </message>
    <message>
        <source>Write this comparison as one self-contained HTML page, to mail to a reviewer</source>
        <translation>Écrire cette comparaison dans une seule page HTML autonome, à envoyer par e-mail à un relecteur</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>Rien à comparer.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Impossible de comparer&#xa0;: %1</translation>
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
        <translation>%1 (%2), renommé depuis «&#xa0;%3&#xa0;» (%4)</translation>
    </message>
    <message>
        <source>%1 (%2), moved from %3</source>
        <translation>%1 (%2), déplacé depuis %3</translation>
    </message>
    <message>
        <source>The text did not change.</source>
        <translation>Le texte n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>This file is new in the later export.</source>
        <translation>Ce fichier est nouveau dans l&apos;exportation ultérieure.</translation>
    </message>
    <message>
        <source>This file is not in the later export.</source>
        <translation>Ce fichier n&apos;est pas dans l&apos;exportation ultérieure.</translation>
    </message>
    <message>
        <source>This file&apos;s content changed (its SHA-256 differs).</source>
        <translation>Le contenu de ce fichier a changé (son SHA-256 diffère).</translation>
    </message>
    <message>
        <source>Save the Comparison as HTML</source>
        <translation>Enregistrer la comparaison en HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Pages HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>Comparaison enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::DiffLineModel</name>
    <message>
        <source>No diff: %1</source>
        <translation>Pas de différences&#xa0;: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ligne ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>ligne supprimée</translation>
    </message>
    <message>
        <source>hunk</source>
        <translation>bloc</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>d360::gui::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>d360::gui::ExportPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>This project is inactive in Document360. Its content may be out of date; it exports all the same.</source>
        <translation>Ce projet est inactif dans Document360. Son contenu n&apos;est peut-être pas à jour&#x202f;; il s&apos;exporte quand même.</translation>
    </message>
    <message>
        <source>Pick a version on the left.</source>
        <translation>Choisissez une version à gauche.</translation>
    </message>
    <message>
        <source>Loading languages…</source>
        <translation>Chargement des langues…</translation>
    </message>
    <message>
        <source>Could not load the languages: %1</source>
        <translation>Impossible de charger les langues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Pick a version first.</source>
        <translation>Choisissez d&apos;abord une version.</translation>
    </message>
    <message>
        <source>Choose where to save the files.</source>
        <translation>Choisissez où enregistrer les fichiers.</translation>
    </message>
    <message>
        <source>Pick at least one language and one format.</source>
        <translation>Choisissez au moins une langue et un format.</translation>
    </message>
    <message>
        <source>Save these choices under a name, to run them again later</source>
        <translation>Enregistrer ces choix sous un nom, pour les relancer plus tard</translation>
    </message>
    <message>
        <source>Save exports to</source>
        <translation>Enregistrer les exportations dans</translation>
    </message>
    <message numerus="yes">
        <source>Export %n files</source>
        <translation>
            <numerusform>Exporter %n fichier</numerusform>
            <numerusform>Exporter %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::GuiSettings</name>
    <message>
        <source>The file name pattern cannot be used: %1.</source>
        <translation>Le modèle de nom de fichier ne peut pas être utilisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Run between %1 and %2 exports at once.</source>
        <translation>Lancez entre %1 et %2 exportations à la fois.</translation>
    </message>
    <message>
        <source>Check on an export being built at least every %1 to %2 seconds.</source>
        <translation>Vérifiez une exportation en cours de génération au moins toutes les %1 à %2 secondes.</translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation>Le dossier de sortie doit être un chemin complet, comme %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>You cannot write into %1.</source>
        <translation>Vous ne pouvez pas écrire dans %1.</translation>
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
        <translation>en cours (prévus&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 of %2 files failed.</source>
        <translation>Fichiers en échec&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. The first failure: %3</source>
        <translation>Fichiers en échec&#xa0;: %1 sur %2. Premier échec&#xa0;: %3</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryView</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>Rel&amp;ancer</translation>
    </message>
    <message>
        <source>Copy &amp;manifest path</source>
        <translation>Copier le chemin du &amp;manifeste</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous</source>
        <translation>Comparer avec la &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>Ouvrir le fic&amp;hier</translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Read every file of this backup run again and compare it with its manifest</source>
        <translation>Relire chaque fichier de cette exécution de sauvegarde et le comparer à son manifeste</translation>
    </message>
    <message>
        <source>Compare two runs from history, or two exports on disk</source>
        <translation>Comparer deux exécutions de l&apos;historique, ou deux exportations sur le disque</translation>
    </message>
    <message>
        <source>Compa&amp;re</source>
        <translation>Compa&amp;rer</translation>
    </message>
    <message>
        <source>No runs yet. Each export you start, here or from the command line or a schedule, is listed here when it has finished.</source>
        <translation>Aucune exécution pour l&apos;instant. Chaque exportation que vous lancez, ici, depuis la ligne de commande ou par une planification, apparaît ici une fois terminée.</translation>
    </message>
    <message>
        <source>History is not available: the state database is not open.</source>
        <translation>L&apos;historique n&apos;est pas disponible&#xa0;: la base de données d&apos;état n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Select a run to compare with the run before it.</source>
        <translation>Sélectionnez une exécution à comparer avec la précédente.</translation>
    </message>
    <message>
        <source>Compare this run&apos;s exports with those of %1</source>
        <translation>Comparer les exportations de cette exécution avec celles de %1</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation>Aucun programme n&apos;a pu ouvrir %1. Son chemin est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation>%1 ne peut pas être vérifié&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n file(s) checked against its manifest.</source>
        <translation>
            <numerusform>%1 est complet&#xa0;: %n fichier vérifié par rapport à son manifeste.</numerusform>
            <numerusform>%1 est complet&#xa0;: %n fichiers vérifiés par rapport à son manifeste.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not whole.</source>
        <translation>%1 n&apos;est pas complet.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Manquants&#xa0;:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Modifiés&#xa0;:</translation>
    </message>
    <message>
        <source>Extra:</source>
        <translation>En trop&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) were never exported.</source>
        <translation>
            <numerusform>%n fichier prévu n&apos;a jamais été exporté.</numerusform>
            <numerusform>%n fichiers prévus n&apos;ont jamais été exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the exported file (Enter)</source>
        <translation>Ouvrir le fichier exporté (Entrée)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>Ouvrir le dossier qui contient le fichier</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>Copier le chemin du fichier (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Run the failed or cancelled export again</source>
        <translation>Relancer l&apos;exportation en échec ou annulée</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Arrêter l&apos;exportation</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the file stays on disk</source>
        <translation>Retirer de la liste (Suppr)&#x202f;; le fichier reste sur le disque</translation>
    </message>
    <message>
        <source>Copy id for &amp;support</source>
        <translation>Copier l&apos;identifiant pour le &amp;support</translation>
    </message>
    <message>
        <source>Copy the id to give Document360 support: it finds the export in their logs</source>
        <translation>Copier l&apos;identifiant à donner au support Document360&#xa0;: il permet de retrouver l&apos;exportation dans leurs journaux</translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation>Aucun programme n&apos;a pu ouvrir %1. Son chemin est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s) for Document360 support.</source>
        <translation>
            <numerusform>%n identifiant copié pour le support Document360.</numerusform>
            <numerusform>%n identifiants copiés pour le support Document360.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jobs could not be retried: no free file name in the output folder.</source>
        <translation>
            <numerusform>%n tâche n&apos;a pas pu être relancée&#xa0;: aucun nom de fichier libre dans le dossier de sortie.</numerusform>
            <numerusform>%n tâches n&apos;ont pas pu être relancées&#xa0;: aucun nom de fichier libre dans le dossier de sortie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove exports</source>
        <translation>Retirer des exportations</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exports that are still running?</source>
        <translation>
            <numerusform>Retirer %n exportation encore en cours&#x202f;?</numerusform>
            <numerusform>Retirer %n exportations encore en cours&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop, and what they downloaded so far is deleted. Files already exported stay on disk.</source>
        <translation>Elles s&apos;arrêtent, et ce qu&apos;elles ont déjà téléchargé est supprimé. Les fichiers déjà exportés restent sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Ne plus demander</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobDetailsPane</name>
    <message>
        <source>Give this id to Document360 support: it finds this export in their logs.</source>
        <translation>Donnez cet identifiant au support Document360&#xa0;: il permet de retrouver cette exportation dans leurs journaux.</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Sélectionnez une tâche pour voir ses détails.</translation>
    </message>
    <message>
        <source>The file was downloaded but could not be extracted: %1</source>
        <translation>Le fichier a été téléchargé mais n&apos;a pas pu être extrait&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (expired; a fresh link is asked for when needed)</source>
        <translation>%1 (expiré&#x202f;; un nouveau lien est demandé si nécessaire)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 octets sur %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobQueueView</name>
    <message>
        <source>Job &amp;details</source>
        <translation>&amp;Détails de la tâche</translation>
    </message>
    <message>
        <source>Show or hide the selected job&apos;s details beside the table</source>
        <translation>Afficher ou masquer les détails de la tâche sélectionnée à côté du tableau</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Copié&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobTableModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1
Trace id: %2</source>
        <translation>%1
Identifiant de trace&#xa0;: %2</translation>
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
        <translation>%1 (%2, par défaut)</translation>
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
        <translation>Impossible d&apos;ouvrir le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation>Ajouter un &amp;jeton d&apos;API…</translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation>Se &amp;connecter avec Document360…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Rename, test, replace or remove accounts</source>
        <translation>Renommer, tester, remplacer ou supprimer des comptes</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Load the projects again (F5)</source>
        <translation>Recharger les projets (F5)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About D360 Exporter</source>
        <translation>À &amp;propos de D360 Exporter</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is renamed, but its schedule still runs &quot;%2&quot;: %3</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» est renommé, mais sa planification exécute toujours «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» s&apos;appelle désormais «&#xa0;%2&#xa0;», de même que sa planification.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule; the scheduler learns it after: %3</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» s&apos;appelle désormais «&#xa0;%2&#xa0;», de même que sa planification&#x202f;; le planificateur en sera informé ensuite&#xa0;: %3</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>File d&apos;atte&amp;nte</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;storique</translation>
    </message>
    <message>
        <source>Every run: this window&apos;s, the command line&apos;s and the schedules&apos;</source>
        <translation>Toutes les exécutions&#xa0;: celles de cette fenêtre, de la ligne de commande et des planifications</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>The sandbox and its presets last only while this window is open, and a schedule runs when it is closed: schedule the presets of an account of your own.</source>
        <translation>Le bac à sable et ses préréglages n&apos;existent que tant que cette fenêtre est ouverte, et une planification s&apos;exécute quand elle est fermée&#xa0;: planifiez les préréglages d&apos;un de vos propres comptes.</translation>
    </message>
    <message>
        <source>Sandbox — %1</source>
        <translation>Bac à sable — %1</translation>
    </message>
    <message>
        <source>This sign-in is for the project with id %1, but Document360 does not list that project for it, so there is nothing to export here. Sign in again and pick a project you may export, or ask the project&apos;s owner for access.</source>
        <translation>Cette connexion concerne le projet d&apos;identifiant %1, mais Document360 ne liste pas ce projet pour elle&#x202f;; il n&apos;y a donc rien à exporter ici. Reconnectez-vous et choisissez un projet que vous pouvez exporter, ou demandez l&apos;accès au propriétaire du projet.</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Préparation de l&apos;exportation…</translation>
    </message>
    <message>
        <source>Could not start the export: %1</source>
        <translation>Impossible de lancer l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pick a version, its languages, formats and a folder first: a preset saves what the export panel holds.</source>
        <translation>Choisissez d&apos;abord une version, ses langues, ses formats et un dossier&#xa0;: un préréglage enregistre le contenu du panneau d&apos;exportation.</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Aucun préréglage ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; uses the account &quot;%2&quot;, which is not set up here; it loads into the panel of the account shown now.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» utilise le compte «&#xa0;%2&#xa0;», qui n&apos;est pas configuré ici&#x202f;; il est chargé dans le panneau du compte affiché.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is loaded: change what you need and save it again with &quot;Save as preset…&quot;.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» est chargé&#xa0;: modifiez ce qu&apos;il faut et enregistrez-le à nouveau avec «&#xa0;Enregistrer comme préréglage…&#xa0;».</translation>
    </message>
    <message>
        <source>The version the preset &quot;%1&quot; exports is no longer listed; pick one.</source>
        <translation>La version exportée par le préréglage «&#xa0;%1&#xa0;» n&apos;est plus listée&#x202f;; choisissez-en une.</translation>
    </message>
    <message numerus="yes">
        <source>%n exports queued.</source>
        <translation>
            <numerusform>%n exportation mise en file d&apos;attente.</numerusform>
            <numerusform>%n exportations mises en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>These exports are already waiting or running.</source>
        <translation>Ces exportations sont déjà en attente ou en cours.</translation>
    </message>
    <message>
        <source>%1 of these %2 exports are already waiting or running.</source>
        <translation>Déjà en attente ou en cours&#xa0;: %1 de ces %2 exportations.</translation>
    </message>
    <message>
        <source>Queue them again? The second copies get numbered file names, such as &quot;… (2).pdf&quot;.</source>
        <translation>Les remettre en file d&apos;attente&#x202f;? Les secondes copies reçoivent des noms de fichiers numérotés, comme «&#xa0;… (2).pdf&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Queue again</source>
        <translation>Remettre en &amp;file d&apos;attente</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 needs attention:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 demande votre attention&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>Se rec&amp;onnecter…</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Rem&amp;placer le jeton…</translation>
    </message>
    <message>
        <source>%1 and %2; they will resume the next time you open D360 Exporter.</source>
        <translation>%1 et %2&#x202f;; elles reprendront à la prochaine ouverture de D360 Exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running</source>
        <translation>
            <numerusform>%n exportation est en cours</numerusform>
            <numerusform>%n exportations sont en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are waiting</source>
        <translation>
            <numerusform>%n est en attente</numerusform>
            <numerusform>%n sont en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running; they will resume the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n exportation est en cours&#x202f;; elle reprendra à la prochaine ouverture de D360 Exporter.</numerusform>
            <numerusform>%n exportations sont en cours&#x202f;; elles reprendront à la prochaine ouverture de D360 Exporter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are waiting; they will start the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n exportation est en attente&#x202f;; elle démarrera à la prochaine ouverture de D360 Exporter.</numerusform>
            <numerusform>%n exportations sont en attente&#x202f;; elles démarreront à la prochaine ouverture de D360 Exporter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close D360 Exporter?</source>
        <translation>Fermer D360 Exporter&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>d360::gui::MissedRunsBar</name>
    <message>
        <source>Open H&amp;istory</source>
        <translation>Ouvrir l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Scheduled runs that failed</source>
        <translation>Exécutions planifiées en échec</translation>
    </message>
    <message>
        <source>%1 failed at %2.</source>
        <translation>%1 a échoué (%2).</translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3.</source>
        <translation>%1 (compte %2) a échoué (%3).</translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation>%1 a échoué (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3: %4</source>
        <translation>%1 (compte %2) a échoué (%3)&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed runs in History.</source>
        <translation>
            <numerusform>%n autre exécution en échec dans l&apos;historique.</numerusform>
            <numerusform>%n autres exécutions en échec dans l&apos;historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetImportDialog</name>
    <message>
        <source>&amp;Replace the preset of that name</source>
        <translation>&amp;Remplacer le préréglage de ce nom</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import Preset</source>
        <translation>Importer un préréglage</translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what this file holds.</source>
        <translation>Ses planifications et son historique sont conservés&#x202f;; il exporte ensuite ce que contient ce fichier.</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Choisir un compte</translation>
    </message>
    <message>
        <source>Exports:</source>
        <translation>Exportations&#xa0;:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sauvegarde&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>keeps the last %n run(s)</source>
        <translation>
            <numerusform>conserve %n exécution (la plus récente)</numerusform>
            <numerusform>conserve les %n dernières exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>The file %1 holds this preset:</source>
        <translation>Le fichier %1 contient ce préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>None: the credential in the environment (command line only)</source>
        <translation>Aucun&#xa0;: les informations d&apos;identification de l&apos;environnement (ligne de commande uniquement)</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» prend ses informations d&apos;identification dans l&apos;environnement (D360_API_KEY et D360_BASE_URL), que seule la ligne de commande lit.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads. Keep it so, or pick an account for this window.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» prend ses informations d&apos;identification dans l&apos;environnement (D360_API_KEY et D360_BASE_URL), que seule la ligne de commande lit. Laissez-le ainsi, ou choisissez un compte pour cette fenêtre.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, and no account is set up here yet. Add one first, then choose it here.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» s&apos;exécute sur le compte «&#xa0;%2&#xa0;», et aucun compte n&apos;est encore configuré ici. Ajoutez-en un d&apos;abord, puis choisissez-le ici.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not set up here. Which account should it use?</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» s&apos;exécute sur le compte «&#xa0;%2&#xa0;», qui n&apos;est pas configuré ici. Quel compte doit-il utiliser&#x202f;?</translation>
    </message>
    <message>
        <source>There is already a preset named &quot;%1&quot;: replace it, or type another name.</source>
        <translation>Il existe déjà un préréglage nommé «&#xa0;%1&#xa0;»&#xa0;: remplacez-le, ou saisissez un autre nom.</translation>
    </message>
    <message>
        <source>Choose the folder it exports into.</source>
        <translation>Choisissez le dossier dans lequel il exporte.</translation>
    </message>
    <message>
        <source>There is no folder %1 on this computer. It is made when the preset first runs; choose another if that one is your colleague&apos;s.</source>
        <translation>Le dossier %1 n&apos;existe pas sur cet ordinateur. Il sera créé à la première exécution du préréglage&#x202f;; choisissez-en un autre si celui-ci est celui de votre collègue.</translation>
    </message>
    <message>
        <source>Export the Preset Into</source>
        <translation>Exporter le préréglage dans</translation>
    </message>
    <message>
        <source>The preset could not be imported: %1</source>
        <translation>Le préréglage n&apos;a pas pu être importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetLauncher</name>
    <message>
        <source>%1 runs on the credential in the environment (D360_API_KEY), which only the command line reads. Run it with the command line, or edit it and save it with an account of this window.</source>
        <translation>%1 s&apos;exécute avec les informations d&apos;identification de l&apos;environnement (D360_API_KEY), que seule la ligne de commande lit. Lancez l&apos;exportation en ligne de commande, ou modifiez le préréglage et enregistrez-le avec un compte de cette fenêtre.</translation>
    </message>
    <message>
        <source>%1 runs on the account &quot;%2&quot;, which is not set up here. Add that account, or edit the preset and save it with another one.</source>
        <translation>%1 s&apos;exécute sur le compte «&#xa0;%2&#xa0;», qui n&apos;est pas configuré ici. Ajoutez ce compte, ou modifiez le préréglage et enregistrez-le avec un autre compte.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not open yet. Try again in a moment.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;est pas encore ouvert. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Aucun préréglage ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot;</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Preparing the preset &quot;%1&quot;…</source>
        <translation>Préparation du préréglage «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has nothing to export now.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a rien à exporter pour le moment.</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot;</source>
        <translation>L&apos;exécution «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 cannot be run again: history does not say what it exported, or into which folder.</source>
        <translation>%1 ne peut pas être relancée&#xa0;: l&apos;historique n&apos;indique pas ce qu&apos;elle a exporté, ni dans quel dossier.</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Préparation de l&apos;exportation…</translation>
    </message>
    <message>
        <source>%1 could not be planned again: %2</source>
        <translation>%1 n&apos;a pas pu être replanifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has nothing to export now.</source>
        <translation>%1 n&apos;a rien à exporter pour le moment.</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetSharing</name>
    <message>
        <source>Presets (*.json)</source>
        <translation>Préréglages (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Aucun préréglage ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Export the Preset &quot;%1&quot;</source>
        <translation>Exporter le préréglage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not exported.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a pas été exporté.</translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» écrit dans %2 (il ne contient aucune information d&apos;identification).</translation>
    </message>
    <message>
        <source>Import a Preset</source>
        <translation>Importer un préréglage</translation>
    </message>
    <message>
        <source>This file cannot be imported as a preset.</source>
        <translation>Ce fichier ne peut pas être importé comme préréglage.</translation>
    </message>
    <message>
        <source>Replaced the preset &quot;%1&quot; with the one from %2.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» remplacé par celui de %2.</translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot; from %2.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» importé depuis %2.</translation>
    </message>
    <message>
        <source>Preset File</source>
        <translation>Fichier de préréglage</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetsMenu</name>
    <message>
        <source>P&amp;resets</source>
        <translation>Pré&amp;réglages</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>&amp;Import preset…</source>
        <translation>&amp;Importer un préréglage…</translation>
    </message>
    <message>
        <source>Save the export panel&apos;s choices under a name</source>
        <translation>Enregistrer les choix du panneau d&apos;exportation sous un nom</translation>
    </message>
    <message>
        <source>Add a preset from a file a colleague exported</source>
        <translation>Ajouter un préréglage à partir d&apos;un fichier exporté par un collègue</translation>
    </message>
    <message>
        <source>Presets are not available: the state database is not open.</source>
        <translation>Les préréglages ne sont pas disponibles&#xa0;: la base de données d&apos;état n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Load it into the export panel, to change it and save it again</source>
        <translation>Le charger dans le panneau d&apos;exportation, pour le modifier et l&apos;enregistrer à nouveau</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <source>&amp;Schedule… (%1)</source>
        <translation>&amp;Planifier… (%1)</translation>
    </message>
    <message>
        <source>Have the operating system run it daily, weekly or at an interval</source>
        <translation>Le faire exécuter par le système d&apos;exploitation chaque jour, chaque semaine ou à intervalle régulier</translation>
    </message>
    <message>
        <source>The operating system runs it %1, also when this window is closed</source>
        <translation>Le système d&apos;exploitation l&apos;exécute %1, même quand cette fenêtre est fermée</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>E&amp;xporter dans un fichier…</translation>
    </message>
    <message>
        <source>Write it to a file for a colleague; no credential is in it</source>
        <translation>L&apos;écrire dans un fichier pour un collègue&#x202f;; il ne contient aucune information d&apos;identification</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not renamed: %2</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a pas été renommé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» s&apos;appelle désormais «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be read: %2</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be duplicated: %2</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a pas pu être dupliqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved a copy of &quot;%1&quot; as &quot;%2&quot;.</source>
        <translation>Copie de «&#xa0;%1&#xa0;» enregistrée sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Supprimer le préréglage «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its exported files and its history stay. A schedule that runs it will fail until a preset of that name exists again.</source>
        <translation>Ses fichiers exportés et son historique sont conservés. Une planification qui l&apos;exécute échouera tant qu&apos;aucun préréglage de ce nom n&apos;existera à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not deleted: %2</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is deleted.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» est supprimé.</translation>
    </message>
</context>
<context>
    <name>d360::gui::ProjectTreeModel</name>
    <message>
        <source>Projects and versions</source>
        <translation>Projets et versions</translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation>Chargement… (%1 jusqu&apos;à présent)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load: %1 Double-click to retry.</source>
        <translation>Impossible de charger&#xa0;: %1 Double-cliquez pour réessayer.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Inactive project</source>
        <translation>Projet inactif</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Default version</source>
        <translation>Version par défaut</translation>
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
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Remaining rate budget</source>
        <translation>Quota de requêtes restant</translation>
    </message>
    <message>
        <source>Document360 accepts a limited number of requests a minute per token; exports wait their turn instead of being refused.</source>
        <translation>Document360 accepte un nombre limité de requêtes par minute et par jeton&#x202f;; les exportations attendent leur tour au lieu d&apos;être refusées.</translation>
    </message>
    <message>
        <source>No exports running</source>
        <translation>Aucune exportation en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n exports running</source>
        <translation>
            <numerusform>%n exportation en cours</numerusform>
            <numerusform>%n exportations en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may send %1 more of its %2 requests a minute.</source>
        <translation>Ce compte peut encore envoyer %1 de ses %2 requêtes par minute.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the API&apos;s rate limit</source>
        <translation>Attente de %1 s pour la limite de requêtes de l&apos;API</translation>
    </message>
</context>
<context>
    <name>d360::gui::SavePresetDialog</name>
    <message>
        <source>Export the &amp;default version when it runs</source>
        <translation>Exporter la version par &amp;défaut au moment de l&apos;exécution</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>Pas une sauvegarde</translation>
    </message>
    <message>
        <source>A backup writes each run into a dated folder of its own and keeps this many of the newest complete runs</source>
        <translation>Une sauvegarde écrit chaque exécution dans son propre dossier daté et conserve ce nombre d&apos;exécutions complètes les plus récentes</translation>
    </message>
    <message>
        <source>Export whichever version the project marks as default at the time, rather than this version</source>
        <translation>Exporter la version que le projet marque comme version par défaut à ce moment-là, plutôt que cette version</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep the last runs (backup):</source>
        <translation>&amp;Conserver les dernières exécutions (sauvegarde)&#xa0;:</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; exists. Replace it?</source>
        <translation>Un préréglage nommé «&#xa0;%1&#xa0;» existe. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what you chose here.</source>
        <translation>Ses planifications et son historique sont conservés&#x202f;; il exporte ensuite ce que vous avez choisi ici.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>Le préréglage n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::ScheduleDialog</name>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>&amp;Remove Schedule</source>
        <translation>&amp;Supprimer la planification</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation>Planifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The operating system runs the preset &quot;%1&quot; at these times, also when this window is closed. Each run is recorded in History; a run that fails raises a desktop notification.</source>
        <translation>Le système d&apos;exploitation exécute le préréglage «&#xa0;%1&#xa0;» à ces moments, même quand cette fenêtre est fermée. Chaque exécution est enregistrée dans l&apos;historique&#x202f;; une exécution qui échoue déclenche une notification sur le bureau.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>At an interval</source>
        <translation>À intervalle régulier</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>&amp;Heure (locale)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Tous les&#xa0;:</translation>
    </message>
    <message>
        <source>Commands that start the schedule</source>
        <translation>Commandes qui démarrent la planification</translation>
    </message>
    <message>
        <source>Now it runs %1.</source>
        <translation>Actuellement, il s&apos;exécute %1.</translation>
    </message>
    <message>
        <source>It has no schedule yet.</source>
        <translation>Il n&apos;a pas encore de planification.</translation>
    </message>
    <message>
        <source>Choose how often it runs.</source>
        <translation>Choisissez à quelle fréquence il s&apos;exécute.</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Removing the schedule…</source>
        <translation>Suppression de la planification…</translation>
    </message>
    <message>
        <source>%1 The scheduler was not told: %2 To finish, run these commands in a terminal:</source>
        <translation>%1 Le planificateur n&apos;a pas été informé&#xa0;: %2 Pour terminer, exécutez ces commandes dans un terminal&#xa0;:</translation>
    </message>
    <message>
        <source>It is not scheduled: %1</source>
        <translation>Il n&apos;est pas planifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» est planifié %2.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2; the schedule starts once the commands in its dialog are run.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» est planifié %2&#x202f;; la planification démarre une fois que les commandes de sa boîte de dialogue ont été exécutées.</translation>
    </message>
    <message>
        <source>%1 It runs also when this window is closed.</source>
        <translation>%1 Il s&apos;exécute aussi quand cette fenêtre est fermée.</translation>
    </message>
    <message>
        <source>The schedule is not removed: %1</source>
        <translation>La planification n&apos;est pas supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no schedule any more.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a plus de planification.</translation>
    </message>
</context>
<context>
    <name>d360::gui::ServerChoice</name>
    <message>
        <source>EU (apihub.document360.io)</source>
        <translation>UE (apihub.document360.io)</translation>
    </message>
    <message>
        <source>US (apihub.us.document360.io)</source>
        <translation>États-Unis (apihub.us.document360.io)</translation>
    </message>
    <message>
        <source>Private hosting</source>
        <translation>Hébergement privé</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL de base personnalisée</translation>
    </message>
    <message>
        <source>hosting name, as in apihub.NAME.document360.io</source>
        <translation>nom d&apos;hébergement, comme dans apihub.NAME.document360.io</translation>
    </message>
    <message>
        <source>https://... (http only on this computer)</source>
        <translation>https://... (http uniquement sur cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>d360::gui::SettingsDialog</name>
    <message>
        <source>Keep it and number the new file: name (2).pdf</source>
        <translation>Le conserver et numéroter le nouveau fichier&#xa0;: nom (2).pdf</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Le remplacer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
</context>
<context>
    <name>d360::gui::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation>Impossible d&apos;utiliser ce serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enter the client ID first. %1</source>
        <translation>Saisissez d&apos;abord l&apos;ID client. %1</translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation>Impossible de se connecter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and pick a project in the browser ... If no browser window opened, use &quot;Copy sign-in link&quot; and paste the link into your browser.</source>
        <translation>En attente de votre connexion et du choix d&apos;un projet dans le navigateur ... Si aucune fenêtre de navigateur ne s&apos;est ouverte, utilisez «&#xa0;Copier le lien de connexion&#xa0;» et collez le lien dans votre navigateur.</translation>
    </message>
    <message>
        <source>The browser did not open. Use &quot;Copy sign-in link&quot; and paste the link into a browser on this computer.</source>
        <translation>Le navigateur ne s&apos;est pas ouvert. Utilisez «&#xa0;Copier le lien de connexion&#xa0;» et collez le lien dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed in; finishing ...</source>
        <translation>Connecté&#x202f;; finalisation ...</translation>
    </message>
    <message>
        <source>Signed in; checking what the account can see ...</source>
        <translation>Connecté&#x202f;; vérification de ce que le compte peut voir ...</translation>
    </message>
    <message>
        <source>Checking what the account can see ...</source>
        <translation>Vérification de ce que le compte peut voir ...</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation>Connecté, mais la connexion n&apos;a pas pu être enregistrée&#xa0;: %1
Vous pouvez l&apos;utiliser pour cette session uniquement&#x202f;; elle est alors conservée en mémoire et oubliée à la fermeture de D360 Exporter.</translation>
    </message>
    <message>
        <source>Signed in for this session only (not saved).</source>
        <translation>Connecté pour cette session uniquement (non enregistré).</translation>
    </message>
    <message>
        <source>Signed in and saved in the keychain.</source>
        <translation>Connecté et enregistré dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The account sees %n project(s): %2</source>
        <translation>
            <numerusform>%1 Le compte voit %n projet&#xa0;: %2</numerusform>
            <numerusform>%1 Le compte voit %n projets&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Signed in as: %2</source>
        <translation>%1
Connecté en tant que&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
The sign-in is for project %2, but Document360 does not list that project for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation>%1
La connexion concerne le projet %2, mais Document360 ne liste pas ce projet pour elle. Reconnectez-vous et choisissez un autre projet, ou demandez l&apos;accès au propriétaire du projet.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. Paste it into a browser on this computer; this window waits for the answer.</source>
        <translation>Le lien de connexion est dans le presse-papiers. Collez-le dans un navigateur sur cet ordinateur&#x202f;; cette fenêtre attend la réponse.</translation>
    </message>
</context>
<context>
    <name>d360::jobs::BatchPlanner</name>
    <message>
        <source>no account to ask</source>
        <translation>aucun compte à interroger</translation>
    </message>
    <message>
        <source>no version was chosen</source>
        <translation>aucune version n&apos;a été choisie</translation>
    </message>
    <message>
        <source>this token sees no project with the id %1 (see &quot;d360-exporter projects&quot;)</source>
        <translation>ce jeton ne voit aucun projet d&apos;identifiant %1 (voir «&#xa0;d360-exporter projects&#xa0;»)</translation>
    </message>
    <message>
        <source>the project %1 marks no version as its default; name one with its id</source>
        <translation>le projet %1 ne marque aucune version comme version par défaut&#x202f;; indiquez-en une par son identifiant</translation>
    </message>
    <message>
        <source>the project %1 has no version with the id %2 (see &quot;d360-exporter versions --project %3&quot;)</source>
        <translation>le projet %1 n&apos;a pas de version d&apos;identifiant %2 (voir «&#xa0;d360-exporter versions --project %3&#xa0;»)</translation>
    </message>
    <message>
        <source>the version %1 has no language &quot;%2&quot;; it has %3</source>
        <translation>la version %1 n&apos;a pas de langue «&#xa0;%2&#xa0;»&#x202f;; elle a %3</translation>
    </message>
    <message>
        <source>the version %1 has no languages</source>
        <translation>la version %1 n&apos;a aucune langue</translation>
    </message>
    <message>
        <source>the file name pattern &quot;%1&quot; gives two exports the same name, &quot;%2&quot; (%3 and %4); add {lang}, {version} or {format} to it</source>
        <translation>le modèle de nom de fichier «&#xa0;%1&#xa0;» donne le même nom, «&#xa0;%2&#xa0;», à deux exportations (%3 et %4)&#x202f;; ajoutez-y {lang}, {version} ou {format}</translation>
    </message>
</context>
<context>
    <name>d360::jobs::DownloadHasher</name>
    <message>
        <source>only %1 of the %2 bytes of %3 were checked</source>
        <translation>seuls %1 des %2 octets de %3 ont été vérifiés</translation>
    </message>
    <message>
        <source>cannot read %1 back to check it: %2</source>
        <translation>impossible de relire %1 pour le vérifier&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is shorter than written</source>
        <translation>il est plus court que ce qui a été écrit</translation>
    </message>
</context>
<context>
    <name>d360::jobs::ExportJob</name>
    <message>
        <source>default language</source>
        <translation>langue par défaut</translation>
    </message>
    <message>
        <source>a job without a valid &quot;id&quot;</source>
        <translation>une tâche sans «&#xa0;id&#xa0;» valide</translation>
    </message>
    <message>
        <source>job %1 lacks its project, version or file</source>
        <translation>il manque à la tâche %1 son projet, sa version ou son fichier</translation>
    </message>
    <message>
        <source>job %1 has an unknown format or state</source>
        <translation>la tâche %1 a un format ou un état inconnu</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileEndCheck</name>
    <message>
        <source>the downloaded PDF is incomplete: there is no %%EOF near its end</source>
        <translation>le PDF téléchargé est incomplet&#xa0;: il n&apos;y a pas de %%EOF près de sa fin</translation>
    </message>
    <message>
        <source>the downloaded ZIP archive is incomplete: its end-of-central-directory record is missing</source>
        <translation>l&apos;archive ZIP téléchargée est incomplète&#xa0;: son enregistrement de fin du répertoire central est manquant</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameSanitizer</name>
    <message>
        <source>&quot;%1&quot; ends in a dot</source>
        <translation>«&#xa0;%1&#xa0;» se termine par un point</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends in a space</source>
        <translation>«&#xa0;%1&#xa0;» se termine par une espace</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a colon</source>
        <translation>«&#xa0;%1&#xa0;» contient un deux-points</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <translation>«&#xa0;%1&#xa0;» est un nom de périphérique réservé sous Windows</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameTemplate</name>
    <message>
        <source>the file name pattern is empty</source>
        <translation>le modèle de nom de fichier est vide</translation>
    </message>
    <message>
        <source>a &quot;}&quot; without its &quot;{&quot; at position %1</source>
        <translation>un «&#xa0;}&#xa0;» sans son «&#xa0;{&#xa0;» à la position %1</translation>
    </message>
    <message>
        <source>a &quot;{&quot; without its &quot;}&quot; at position %1</source>
        <translation>un «&#xa0;{&#xa0;» sans son «&#xa0;}&#xa0;» à la position %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known are {%2}</source>
        <translation>variable inconnue {%1}&#x202f;; les variables connues sont {%2}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2: files go straight into the output folder, so a pattern cannot name a subfolder</source>
        <translation>«&#xa0;%1&#xa0;» à la position %2&#xa0;: les fichiers vont directement dans le dossier de sortie, un modèle ne peut donc pas désigner un sous-dossier</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileSystemSafety</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobDownload</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the file has %1 bytes, the server announced %2</source>
        <translation>le fichier fait %1 octets, le serveur en annonçait %2</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s SHA-256 is %1, the storage host announced %2</source>
        <translation>le SHA-256 du fichier téléchargé est %1, l&apos;hôte de stockage annonçait %2</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s MD5 is %1, the storage host announced %2</source>
        <translation>le MD5 du fichier téléchargé est %1, l&apos;hôte de stockage annonçait %2</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobQueue</name>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation>aucun nom de fichier libre comme %1 dans %2</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobRunner</name>
    <message>
        <source>the server gave no reason</source>
        <translation>le serveur n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>the program stopped before the server answered</source>
        <translation>le programme s&apos;est arrêté avant la réponse du serveur</translation>
    </message>
    <message>
        <source>This export&apos;s account is not available any more (it was removed, or the keychain is locked). Add the account again, then retry the export.</source>
        <translation>Le compte de cette exportation n&apos;est plus disponible (il a été supprimé, ou le trousseau est verrouillé). Ajoutez à nouveau le compte, puis réessayez l&apos;exportation.</translation>
    </message>
    <message>
        <source>the export is %1 again</source>
        <translation>l&apos;exportation est de nouveau à l&apos;état %1</translation>
    </message>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation>aucun nom de fichier libre comme %1 dans %2</translation>
    </message>
    <message>
        <source>another export is writing %1 at the same time; it is not replaced. Export again once that one has finished.</source>
        <translation>une autre exportation écrit %1 en même temps&#x202f;; il n&apos;est pas remplacé. Exportez à nouveau une fois celle-ci terminée.</translation>
    </message>
    <message>
        <source>%1 kept being taken</source>
        <translation>%1 était sans cesse déjà pris par un autre fichier</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobState</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message>
        <source>Being built</source>
        <translation>En cours de génération</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>d360::jobs::OwnedFolder</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>impossible de créer un dossier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the new folder %1 was replaced by something else</source>
        <translation>le nouveau dossier %1 a été remplacé par autre chose</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>impossible de rendre %1 privé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 climbs out of the folder</source>
        <translation>%1 sort du dossier</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder %1 was moved or replaced while it was being filled</source>
        <translation>le dossier %1 a été déplacé ou remplacé pendant son remplissage</translation>
    </message>
</context>
<context>
    <name>d360::jobs::PartFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the download does not follow it</source>
        <translation>%1 est un lien symbolique&#x202f;; le téléchargement ne le suit pas</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>%1 has other names (hard links)</source>
        <translation>%1 a d&apos;autres noms (liens physiques)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1 is being written by another export</source>
        <translation>%1 est en cours d&apos;écriture par une autre exportation</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was written</source>
        <translation>%1 a été remplacé par un autre fichier pendant son écriture</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a regular file; it is not replaced</source>
        <translation>%1 est un lien symbolique ou n&apos;est pas un fichier ordinaire&#x202f;; il n&apos;est pas remplacé</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file</source>
        <translation>%1 est un lien ou n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file; it is not replaced</source>
        <translation>%1 est un lien ou n&apos;est pas un fichier ordinaire&#x202f;; il n&apos;est pas remplacé</translation>
    </message>
</context>
<context>
    <name>d360::jobs::QueueStore</name>
    <message>
        <source>The export queue &quot;%1&quot; is in use by another D360 Exporter (process %2 on %3). Wait for it to finish, or stop it, and try again.</source>
        <translation>La file d&apos;attente d&apos;exportation «&#xa0;%1&#xa0;» est utilisée par un autre D360 Exporter (processus %2 sur %3). Attendez qu&apos;il se termine, ou arrêtez-le, et réessayez.</translation>
    </message>
    <message>
        <source>The export queue &quot;%1&quot; cannot be locked (error %2); check the permissions of %3.</source>
        <translation>La file d&apos;attente d&apos;exportation «&#xa0;%1&#xa0;» ne peut pas être verrouillée (erreur %2)&#x202f;; vérifiez les droits de %3.</translation>
    </message>
    <message>
        <source>The saved export queue could not be read (%1); the queue starts empty and the database is left as it is.</source>
        <translation>La file d&apos;attente d&apos;exportation enregistrée n&apos;a pas pu être lue (%1)&#x202f;; la file d&apos;attente démarre vide et la base de données est laissée telle quelle.</translation>
    </message>
    <message>
        <source>job %1 is not JSON: %2</source>
        <translation>la tâche %1 n&apos;est pas du JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>job %1 holds the content of job %2</source>
        <translation>la tâche %1 contient le contenu de la tâche %2</translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They are kept in the table unreadable_jobs of %2.</source>
        <translation>
            <numerusform>%n tâche d&apos;exportation enregistrée n&apos;a pas pu être lue et a été ignorée (%1). Elle est conservée dans la table unreadable_jobs de %2.</numerusform>
            <numerusform>%n tâches d&apos;exportation enregistrées n&apos;ont pas pu être lues et ont été ignorées (%1). Elles sont conservées dans la table unreadable_jobs de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They stay in %2 as they were (%3).</source>
        <translation>
            <numerusform>%n tâche d&apos;exportation enregistrée n&apos;a pas pu être lue et a été ignorée (%1). Elle reste telle quelle dans %2 (%3).</numerusform>
            <numerusform>%n tâches d&apos;exportation enregistrées n&apos;ont pas pu être lues et ont été ignorées (%1). Elles restent telles quelles dans %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::jobs::Sha256Stream</name>
    <message>
        <source>%1 has fewer than %2 bytes</source>
        <translation>%1 fait moins de %2 octets</translation>
    </message>
</context>
<context>
    <name>d360::jobs::ZipExtractor</name>
    <message>
        <source>it would expand to more than %1, over %2 times the size of the archive, as a zip bomb does</source>
        <translation>elle se décompresserait en plus de %1, soit plus de %2 fois la taille de l&apos;archive, comme une bombe de décompression</translation>
    </message>
    <message>
        <source>it would take more than %1% of the free space in %2 (over %3 of %4 free)</source>
        <translation>elle occuperait plus de %1&#xa0;% de l&apos;espace libre dans %2 (plus de %3 sur %4 libres)</translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2. The archive is kept as downloaded.</source>
        <translation>Rien n&apos;a été extrait de %1&#xa0;: %2. L&apos;archive est conservée telle que téléchargée.</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>une entrée sans nom</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» a un chemin absolu</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; climbs out of its folder (&quot;..&quot;)</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» sort de son dossier («&#xa0;..&#xa0;»)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a control character in its name</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» a un caractère de contrôle dans son nom</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be made on Windows: %2</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» ne peut pas être créée sous Windows&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive (error %2).</source>
        <translation>%1 n&apos;est pas une archive ZIP lisible (erreur %2).</translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation>elle contient plus de %1 entrées</translation>
    </message>
    <message>
        <source>%1 has an unreadable entry (error %2).</source>
        <translation>%1 contient une entrée illisible (erreur %2).</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» est un lien symbolique</translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2, which could write outside the folder. The archive is kept as downloaded.</source>
        <translation>Rien n&apos;a été extrait de %1&#xa0;: %2, qui pourrait écrire en dehors du dossier. L&apos;archive est conservée telle que téléchargée.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is more than %2 folders deep</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» est à plus de %2 niveaux de dossiers de profondeur</translation>
    </message>
    <message>
        <source>%1 is damaged (error %2).</source>
        <translation>%1 est endommagé (erreur %2).</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2.</source>
        <translation>Impossible d&apos;extraire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot extract %1 to %2: %3.</source>
        <translation>Impossible d&apos;extraire %1 dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in %2 (error %3).</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» dans %2 (erreur %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 est endommagé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged (error %3).</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 est endommagé (erreur %3).</translation>
    </message>
    <message>
        <source>Cannot move the extracted files to %1: %2.</source>
        <translation>Impossible de déplacer les fichiers extraits vers %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>d360::mirror::GitMirror</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The Git mirror %1 is a bare repository; it needs a working tree.</source>
        <translation>Le miroir Git %1 est un dépôt nu&#x202f;; il lui faut un arbre de travail.</translation>
    </message>
    <message>
        <source>A merge, rebase or similar is under way in %1; finish it first.</source>
        <translation>Une fusion, un rebase ou une opération semblable est en cours dans %1&#x202f;; terminez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be read: %2.</source>
        <translation>Le miroir Git %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The Git mirror %1 is on no branch (a detached HEAD); the preset commits to &quot;%2&quot;. Switch to it first (git switch %2).</source>
        <translation>Le miroir Git %1 n&apos;est sur aucune branche (HEAD détachée)&#x202f;; le préréglage valide sur «&#xa0;%2&#xa0;». Basculez d&apos;abord sur celle-ci (git switch %2).</translation>
    </message>
    <message>
        <source>The Git mirror %1 is on the branch &quot;%2&quot;; the preset commits only to &quot;%3&quot;. Switch to it first (git switch %3).</source>
        <translation>Le miroir Git %1 est sur la branche «&#xa0;%2&#xa0;»&#x202f;; le préréglage valide uniquement sur «&#xa0;%3&#xa0;». Basculez d&apos;abord sur celle-ci (git switch %3).</translation>
    </message>
    <message>
        <source>The Git mirror %1 has changes that are not committed in the folders it mirrors into: %2. Commit or discard them first; the mirror would overwrite them.</source>
        <translation>Le miroir Git %1 a des modifications non validées dans les dossiers qu&apos;il reproduit&#xa0;: %2. Validez-les ou abandonnez-les d&apos;abord&#x202f;; le miroir les écraserait.</translation>
    </message>
    <message>
        <source>The Git mirror %1 has staged changes (%2), which a commit would take along. Commit or unstage them first.</source>
        <translation>Le miroir Git %1 a des modifications indexées (%2), qu&apos;une validation emporterait. Validez-les ou retirez-les de l&apos;index d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the Git mirror; what the folder held is still in its last commit (git restore %2).</source>
        <translation>Impossible d&apos;écrire %1 dans le miroir Git&#x202f;; ce que contenait le dossier est toujours dans sa dernière validation (git restore %2).</translation>
    </message>
    <message>
        <source>The run made no Markdown export to mirror into %1.</source>
        <translation>L&apos;exécution n&apos;a produit aucune exportation Markdown à reproduire dans %1.</translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be opened: %2.</source>
        <translation>Le miroir Git %1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is not a Git repository</source>
        <translation>ce n&apos;est pas un dépôt Git</translation>
    </message>
    <message>
        <source>Cannot make a folder in %1: %2.</source>
        <translation>Impossible de créer un dossier dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be mirrored: %2</source>
        <translation>%1 ne peut pas être reproduit en miroir&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot stage the mirrored files in %1: %2.</source>
        <translation>Impossible d&apos;indexer les fichiers reproduits dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the commit&apos;s tree in %1: %2.</source>
        <translation>Impossible d&apos;écrire l&apos;arbre de la validation dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot commit in the Git mirror %1: %2.</source>
        <translation>Impossible de valider dans le miroir Git %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch name Git accepts.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de branche accepté par Git.</translation>
    </message>
    <message>
        <source>Cannot make a Git repository in %1: %2.</source>
        <translation>Impossible de créer un dépôt Git dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a Git repository nor an empty folder.</source>
        <translation>%1 n&apos;est ni un dépôt Git ni un dossier vide.</translation>
    </message>
    <message>
        <source>%1 is a bare repository; the mirror needs one with a working tree.</source>
        <translation>%1 est un dépôt nu&#x202f;; le miroir a besoin d&apos;un dépôt avec un arbre de travail.</translation>
    </message>
    <message>
        <source>%1 is on no branch (a detached HEAD). Switch to the branch the mirror should commit to first.</source>
        <translation>%1 n&apos;est sur aucune branche (HEAD détachée). Basculez d&apos;abord sur la branche sur laquelle le miroir doit valider.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is on the branch &quot;%2&quot;; the mirror commits only to the branch the working tree is on. Switch to &quot;%3&quot; first (git switch %3).</source>
        <translation>%1 est sur la branche «&#xa0;%2&#xa0;»&#x202f;; le miroir valide uniquement sur la branche de l&apos;arbre de travail. Basculez d&apos;abord sur «&#xa0;%3&#xa0;» (git switch %3).</translation>
    </message>
</context>
<context>
    <name>d360::routines::BackupAftercare</name>
    <message>
        <source>The manifest of %1 could not be written: %2</source>
        <translation>Le manifeste de %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::BoundedProcess</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not answer within %2 ms.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas répondu en %2 ms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; crashed.</source>
        <translation>«&#xa0;%1&#xa0;» a planté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed (exit code %2): %3</source>
        <translation>«&#xa0;%1&#xa0;» a échoué (code de sortie %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>d360::routines::DesktopNotifier</name>
    <message>
        <source>There is no session bus, so no desktop to notify.</source>
        <translation>Il n&apos;y a pas de bus de session, donc aucun bureau à notifier.</translation>
    </message>
    <message>
        <source>No notification service runs on this desktop.</source>
        <translation>Aucun service de notification ne fonctionne sur ce bureau.</translation>
    </message>
</context>
<context>
    <name>d360::routines::FileScheduleInstaller</name>
    <message>
        <source>The scheduler is told by a command of your own session, which this program does not run for you.</source>
        <translation>Le planificateur est informé par une commande de votre propre session, que ce programme n&apos;exécute pas à votre place.</translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2.</source>
        <translation>Il n&apos;y a pas de planification pour le préréglage «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
</context>
<context>
    <name>d360::routines::HistoryStore</name>
    <message>
        <source>history has no run %1 to finish</source>
        <translation>l&apos;historique n&apos;a pas d&apos;exécution %1 à terminer</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestItem</name>
    <message>
        <source>default language</source>
        <translation>langue par défaut</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestReader</name>
    <message>
        <source>the folder has no %1</source>
        <translation>le dossier n&apos;a pas de %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 est un lien symbolique</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than a manifest can be</source>
        <translation>%1 fait %2 octets, plus qu&apos;un manifeste ne peut faire</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 grew past the size a manifest can be while it was read</source>
        <translation>%1 a dépassé la taille maximale d&apos;un manifeste pendant sa lecture</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 n&apos;est pas du JSON valide (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1 ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestWriter</name>
    <message>
        <source>%1 is not a file (a link or a folder is in its place)</source>
        <translation>%1 n&apos;est pas un fichier (un lien ou un dossier est à sa place)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::Preset</name>
    <message>
        <source>default language</source>
        <translation>langue par défaut</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>toutes les langues</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Un préréglage doit avoir un nom.</translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot begin or end with a space.</source>
        <translation>Le nom d&apos;un préréglage ne peut pas commencer ni se terminer par une espace.</translation>
    </message>
    <message>
        <source>A preset&apos;s name can be at most %1 characters long.</source>
        <translation>Le nom d&apos;un préréglage peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot hold a slash, a backslash or a control character.</source>
        <translation>Le nom d&apos;un préréglage ne peut contenir ni barre oblique, ni barre oblique inverse, ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>The preset names no project.</source>
        <translation>Le préréglage n&apos;indique aucun projet.</translation>
    </message>
    <message>
        <source>The preset names no version (an id, or &quot;default&quot;).</source>
        <translation>Le préréglage n&apos;indique aucune version (un identifiant, ou «&#xa0;default&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;all&quot; languages already includes every language.</source>
        <translation>«&#xa0;all&#xa0;» inclut déjà toutes les langues.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez pdf, html ou markdown.</translation>
    </message>
    <message>
        <source>The preset names no folder to write into.</source>
        <translation>Le préréglage n&apos;indique aucun dossier dans lequel écrire.</translation>
    </message>
    <message>
        <source>The preset&apos;s file-name template cannot be used: %1.</source>
        <translation>Le modèle de nom de fichier du préréglage ne peut pas être utilisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A preset runs 1 to 64 exports at once.</source>
        <translation>Un préréglage lance de 1 à 64 exportations à la fois.</translation>
    </message>
    <message>
        <source>A backup keeps a positive number of runs.</source>
        <translation>Une sauvegarde conserve un nombre positif d&apos;exécutions.</translation>
    </message>
    <message>
        <source>The preset&apos;s Git mirror names no branch.</source>
        <translation>Le miroir Git du préréglage n&apos;indique aucune branche.</translation>
    </message>
    <message>
        <source>A Git mirror keeps Markdown; the preset does not export Markdown.</source>
        <translation>Un miroir Git conserve du Markdown&#x202f;; le préréglage n&apos;exporte pas en Markdown.</translation>
    </message>
    <message>
        <source>the preset&apos;s field &quot;%1&quot; has the wrong type</source>
        <translation>le champ «&#xa0;%1&#xa0;» du préréglage n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a preset file</source>
        <translation>pas un fichier de préréglage</translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation>écrit par une version plus récente de D360 Exporter</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a preset.</source>
        <translation>%1 est trop volumineux pour être un préréglage.</translation>
    </message>
    <message>
        <source>%1 is not a preset that can be used: %2</source>
        <translation>%1 n&apos;est pas un préréglage utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetPlanner</name>
    <message>
        <source>The preset &quot;%1&quot; has no account to run on.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a aucun compte sur lequel s&apos;exécuter.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; cannot make its run folder: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» ne peut pas créer son dossier d&apos;exécution&#xa0;: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be planned: %2</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;a pas pu être planifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetStore</name>
    <message>
        <source>The preset &quot;%1&quot; cannot be read (%2).</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de préréglage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a preset &quot;%1&quot;.</source>
        <translation>Il existe déjà un préréglage «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is in its place)</source>
        <translation>%1 n&apos;est pas un dossier (un lien ou un fichier est à sa place)</translation>
    </message>
    <message>
        <source>%1 already holds %2 runs started in the same second</source>
        <translation>%1 contient déjà %2 exécutions démarrées dans la même seconde</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderFiles</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderRemover</name>
    <message>
        <source>%1 is not the name of a run folder; it was left</source>
        <translation>%1 n&apos;est pas le nom d&apos;un dossier d&apos;exécution&#x202f;; il a été laissé</translation>
    </message>
    <message>
        <source>cannot open %1 as a folder (not followed if it is a link): %2</source>
        <translation>impossible d&apos;ouvrir %1 comme dossier (il n&apos;est pas suivi s&apos;il s&apos;agit d&apos;un lien)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was left: %2</source>
        <translation>%1 a été laissé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 n&apos;a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was kept: it holds %n items that its manifest does not list</source>
        <translation>
            <numerusform>%1 a été conservé&#xa0;: il contient %n élément que son manifeste ne liste pas</numerusform>
            <numerusform>%1 a été conservé&#xa0;: il contient %n éléments que son manifeste ne liste pas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::RunManifest</name>
    <message>
        <source>the field %1 is missing</source>
        <translation>le champ %1 est manquant</translation>
    </message>
    <message>
        <source>the field %1 is not text</source>
        <translation>le champ %1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>the field %1 is not an object</source>
        <translation>le champ %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>the field %1 is not a list</source>
        <translation>le champ %1 n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>the field %1 is not true or false</source>
        <translation>le champ %1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>the field %1 is not a count of bytes</source>
        <translation>le champ %1 n&apos;est pas un nombre d&apos;octets</translation>
    </message>
    <message>
        <source>the field %1 is not a date and time</source>
        <translation>le champ %1 n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>the field %1: %2</source>
        <translation>le champ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the field %1 is not a SHA-256 in lower-case hex</source>
        <translation>le champ %1 n&apos;est pas un SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open the extracted folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier extrait %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the extracted file %1: %2</source>
        <translation>impossible de lire le fichier extrait %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
    <message>
        <source>the path %1 is absolute</source>
        <translation>le chemin %1 est absolu</translation>
    </message>
    <message>
        <source>the path %1 holds a backslash or a NUL</source>
        <translation>le chemin %1 contient une barre oblique inverse ou un NUL</translation>
    </message>
    <message>
        <source>the path %1 is not a plain path inside the folder</source>
        <translation>le chemin %1 n&apos;est pas un chemin simple à l&apos;intérieur du dossier</translation>
    </message>
    <message>
        <source>the file %1 is not inside the run folder</source>
        <translation>le fichier %1 n&apos;est pas dans le dossier d&apos;exécution</translation>
    </message>
    <message>
        <source>the run ended before this export did</source>
        <translation>l&apos;exécution s&apos;est terminée avant cette exportation</translation>
    </message>
    <message>
        <source>%1 is %2 (%3 bytes), more than 1 GB: Document360 cannot import a file that large back.</source>
        <translation>%1 fait %2 (%3 octets), plus de 1 Go&#xa0;: Document360 ne peut pas réimporter un fichier aussi volumineux.</translation>
    </message>
    <message>
        <source>this is not a run manifest (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>ce n&apos;est pas un manifeste d&apos;exécution (format «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» attendu)</translation>
    </message>
    <message>
        <source>the manifest&apos;s format version is %1; this program reads version %2</source>
        <translation>la version de format du manifeste est %1&#x202f;; ce programme lit la version %2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>the field run_id is not a UUID</source>
        <translation>le champ run_id n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>the field origin is &quot;%1&quot;, not window, cli or schedule</source>
        <translation>le champ origin vaut «&#xa0;%1&#xa0;», et non window, cli ou schedule</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not a format</source>
        <translation>le champ %1 vaut «&#xa0;%2&#xa0;», qui n&apos;est pas un format</translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not exported or missing</source>
        <translation>le champ %1 vaut «&#xa0;%2&#xa0;», et non exported ou missing</translation>
    </message>
    <message>
        <source>the verdict does not match the items: it lists %1 missing, the items %2</source>
        <translation>le verdict ne correspond pas aux éléments&#xa0;: il indique %1 manquants, les éléments %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunOrigin</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunRecorder</name>
    <message>
        <source>The run could not be recorded in history: %1</source>
        <translation>L&apos;exécution n&apos;a pas pu être enregistrée dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The outcome of the run could not be recorded in history: %1</source>
        <translation>Le résultat de l&apos;exécution n&apos;a pas pu être enregistré dans l&apos;historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleFiles</name>
    <message>
        <source>%1 is already there and was not written by D360 Exporter for this preset; it is left as it is. Move it away to schedule this preset.</source>
        <translation>%1 existe déjà et n&apos;a pas été écrit par D360 Exporter pour ce préréglage&#x202f;; il est laissé tel quel. Déplacez-le pour planifier ce préréglage.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 was not written by D360 Exporter for this preset; it is left as it is.</source>
        <translation>%1 n&apos;a pas été écrit par D360 Exporter pour ce préréglage&#x202f;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.</source>
        <translation>Impossible de supprimer %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleSpec</name>
    <message>
        <source>&quot;%1&quot; is not a time of day: give it as HH:MM in 24-hour time, for example 02:30 or 23:15.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;: indiquez-la au format HH:MM sur 24 heures, par exemple 02:30 ou 23:15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week: give mon, tue, wed, thu, fri, sat or sun (or the full English name).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un jour de la semaine&#xa0;: indiquez mon, tue, wed, thu, fri, sat ou sun (ou le nom anglais complet).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval: give a whole number followed by h for hours or d for days, for example 6h or 2d.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un intervalle&#xa0;: indiquez un nombre entier suivi de h pour les heures ou de d pour les jours, par exemple 6h ou 2d.</translation>
    </message>
    <message>
        <source>The interval must be at least 1 hour or 1 day, not &quot;%1&quot;.</source>
        <translation>L&apos;intervalle doit être d&apos;au moins 1 heure ou 1 jour, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 hours): give the interval in days instead.</source>
        <translation>«&#xa0;%1&#xa0;» est plus long que ce que permettent les planificateurs (au plus %2 heures)&#xa0;: indiquez plutôt l&apos;intervalle en jours.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 days).</source>
        <translation>«&#xa0;%1&#xa0;» est plus long que ce que permettent les planificateurs (au plus %2 jours).</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours.</source>
        <translation>L&apos;intervalle doit être compris entre 1 et %1 heures.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 days.</source>
        <translation>L&apos;intervalle doit être compris entre 1 et %1 jours.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule: it is daily HH:MM, weekly DAY HH:MM or every N(h|d).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une planification&#xa0;: la forme est daily HH:MM, weekly DAY HH:MM ou every N(h|d).</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>tous les jours à %1</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <translation>chaque semaine le %1 à %2</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>toutes les %n heures</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>tous les %n jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleUnits</name>
    <message>
        <source>Give the preset to run with --preset NAME.</source>
        <translation>Indiquez le préréglage à exécuter avec --preset NAME.</translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; holds a control character, which no scheduler can carry; rename the preset.</source>
        <translation>Le nom de préréglage «&#xa0;%1&#xa0;» contient un caractère de contrôle, qu&apos;aucun planificateur ne peut transmettre&#x202f;; renommez le préréglage.</translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; is too long for a schedule (systemd allows %2 characters in a unit name, and each character that is not a plain letter or digit takes four); give the preset a shorter name.</source>
        <translation>Le nom de préréglage «&#xa0;%1&#xa0;» est trop long pour une planification (systemd autorise %2 caractères dans un nom d&apos;unité, et chaque caractère qui n&apos;est pas une lettre ou un chiffre simple en occupe quatre)&#x202f;; donnez au préréglage un nom plus court.</translation>
    </message>
    <message>
        <source>Backs up the preset &quot;%1&quot; %2.</source>
        <translation>Sauvegarde le préréglage «&#xa0;%1&#xa0;» %2.</translation>
    </message>
</context>
<context>
    <name>d360::routines::SystemdScheduleInstaller</name>
    <message>
        <source>systemctl was not called (D360_SYSTEMCTL=none).</source>
        <translation>systemctl n&apos;a pas été appelé (D360_SYSTEMCTL=none).</translation>
    </message>
    <message>
        <source>No systemd user manager answers here (%1).</source>
        <translation>Aucun gestionnaire utilisateur systemd ne répond ici (%1).</translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2 (see &quot;d360-exporter schedule list&quot;).</source>
        <translation>Il n&apos;y a pas de planification pour le préréglage «&#xa0;%1&#xa0;» dans %2 (voir «&#xa0;d360-exporter schedule list&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 is not the service D360 Exporter wrote.</source>
        <translation>%1 n&apos;est pas le service écrit par D360 Exporter.</translation>
    </message>
</context>
<context>
    <name>d360::routines::VerifyReport</name>
    <message>
        <source>not in the folder</source>
        <translation>absent du dossier</translation>
    </message>
    <message>
        <source>a symbolic link is in its place (not followed)</source>
        <translation>un lien symbolique est à sa place (non suivi)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>is no longer a plain file</source>
        <translation>n&apos;est plus un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 bytes; the manifest says %2</source>
        <translation>%1 octets&#x202f;; le manifeste indique %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the manifest&apos;s</source>
        <translation>son SHA-256 diffère de celui du manifeste</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (not followed)</source>
        <translation>un lien symbolique vers %1 (non suivi)</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>absent du manifeste</translation>
    </message>
    <message>
        <source>not a plain file, not in the manifest</source>
        <translation>pas un fichier ordinaire, absent du manifeste</translation>
    </message>
</context>
<context>
    <name>d360::sandbox::LoopbackHttpListener</name>
    <message>
        <source>The sandbox listens on loopback addresses only, not on %1.</source>
        <translation>Le bac à sable écoute uniquement sur les adresses de boucle locale, pas sur %1.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3</source>
        <translation>Le bac à sable n&apos;a pas pu écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>d360::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Le bac à sable est déjà en cours d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueFile</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not an export queue</source>
        <translation>pas une file d&apos;attente d&apos;exportation</translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation>écrit par une version plus récente de D360 Exporter</translation>
    </message>
    <message>
        <source>job %1 appears twice</source>
        <translation>la tâche %1 apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueImport</name>
    <message>
        <source>The export queue %1 of an earlier version could not be opened (%2); it is left as it is.</source>
        <translation>La file d&apos;attente d&apos;exportation %1 d&apos;une version antérieure n&apos;a pas pu être ouverte (%2)&#x202f;; elle est laissée telle quelle.</translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and was moved aside to %3.</source>
        <translation>La file d&apos;attente d&apos;exportation %1 d&apos;une version antérieure n&apos;a pas pu être lue (%2)&#x202f;; elle n&apos;a pas été importée, et a été mise de côté dans %3.</translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and is left as it is.</source>
        <translation>La file d&apos;attente d&apos;exportation %1 d&apos;une version antérieure n&apos;a pas pu être lue (%2)&#x202f;; elle n&apos;a pas été importée, et est laissée telle quelle.</translation>
    </message>
    <message>
        <source>The export queue %1 could not be imported: %2</source>
        <translation>La file d&apos;attente d&apos;exportation %1 n&apos;a pas pu être importée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export queue %1 was imported, but could not be renamed; it will be looked at again at the next start.</source>
        <translation>La file d&apos;attente d&apos;exportation %1 a été importée, mais n&apos;a pas pu être renommée&#x202f;; elle sera réexaminée au prochain démarrage.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the export queue %1 could not be read (%2); they are kept in the table unreadable_jobs of %3, and the file as %4.</source>
        <translation>
            <numerusform>%n tâche de la file d&apos;attente d&apos;exportation %1 n&apos;a pas pu être lue (%2)&#x202f;; elle est conservée dans la table unreadable_jobs de %3, et le fichier sous %4.</numerusform>
            <numerusform>%n tâches de la file d&apos;attente d&apos;exportation %1 n&apos;ont pas pu être lues (%2)&#x202f;; elles sont conservées dans la table unreadable_jobs de %3, et le fichier sous %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::state::StateDatabase</name>
    <message>
        <source>The state database %1 cannot be created: %2</source>
        <translation>La base de données d&apos;état %1 ne peut pas être créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The state database %1 is being opened by another D360 Exporter that does not finish; try again, or look for a stuck process.</source>
        <translation>La base de données d&apos;état %1 est en cours d&apos;ouverture par un autre D360 Exporter qui ne termine pas&#x202f;; réessayez, ou cherchez un processus bloqué.</translation>
    </message>
    <message>
        <source>%1 (the disk that holds %2 is full)</source>
        <translation>%1 (le disque qui contient %2 est plein)</translation>
    </message>
    <message>
        <source>The state database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>La base de données d&apos;état %1 est endommagée (%2) et n&apos;a pas pu être mise de côté.</translation>
    </message>
    <message>
        <source>The state database was damaged (%1). It was moved aside to %2, and a new one was started: the queue, history and presets start empty.</source>
        <translation>La base de données d&apos;état était endommagée (%1). Elle a été mise de côté dans %2, et une nouvelle a été créée&#xa0;: la file d&apos;attente, l&apos;historique et les préréglages repartent de zéro.</translation>
    </message>
    <message>
        <source>The state database cannot be opened: Qt&apos;s SQLite driver (QSQLITE) is missing. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>La base de données d&apos;état ne peut pas être ouverte&#xa0;: le pilote SQLite de Qt (QSQLITE) est manquant. Installez le plugin SQLite de Qt 6 (Debian&#xa0;: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The state database %1 cannot be opened: %2</source>
        <translation>La base de données d&apos;état %1 ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>the state database %1 refused a change: %2</source>
        <translation>la base de données d&apos;état %1 a refusé une modification&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d360::state::StateSchema</name>
    <message>
        <source>The state database %1 was written by a newer version of D360 Exporter (schema %2; this version knows %3). It is left as it is: update D360 Exporter, or move the file away to start afresh.</source>
        <translation>La base de données d&apos;état %1 a été écrite par une version plus récente de D360 Exporter (schéma %2&#x202f;; cette version connaît %3). Elle est laissée telle quelle&#xa0;: mettez à jour D360 Exporter, ou déplacez le fichier pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The state database %1 could not be brought to schema %2: %3</source>
        <translation>La base de données d&apos;état %1 n&apos;a pas pu être amenée au schéma %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export Document360 knowledge bases.</source>
        <translation>Exporter des bases de connaissances Document360.</translation>
    </message>
    <message>
        <source>Open the window on a built-in Document360 simulator.</source>
        <translation>Ouvrir la fenêtre sur un simulateur Document360 intégré.</translation>
    </message>
    <message>
        <source>Add, list, test, rename or remove stored accounts</source>
        <translation>Ajouter, lister, tester, renommer ou supprimer des comptes enregistrés</translation>
    </message>
    <message>
        <source>Export versions, languages and formats into a folder</source>
        <translation>Exporter des versions, langues et formats dans un dossier</translation>
    </message>
    <message>
        <source>Save, list, show, share or remove saved exports</source>
        <translation>Enregistrer, lister, afficher, partager ou supprimer des exportations enregistrées</translation>
    </message>
    <message>
        <source>List the runs of exports, with their files and failures</source>
        <translation>Lister les exécutions d&apos;exportations, avec leurs fichiers et leurs échecs</translation>
    </message>
    <message>
        <source>List the projects the token can see</source>
        <translation>Lister les projets que le jeton peut voir</translation>
    </message>
    <message>
        <source>List the versions of a project</source>
        <translation>Lister les versions d&apos;un projet</translation>
    </message>
    <message>
        <source>List the languages of a project&apos;s version</source>
        <translation>Lister les langues d&apos;une version d&apos;un projet</translation>
    </message>
    <message>
        <source>Back up a preset daily, weekly or every N hours</source>
        <translation>Sauvegarder un préréglage chaque jour, chaque semaine ou toutes les N heures</translation>
    </message>
    <message>
        <source>Serve a Document360 API simulator on loopback</source>
        <translation>Servir un simulateur de l&apos;API Document360 en boucle locale</translation>
    </message>
    <message>
        <source>Show what changed between two Markdown or HTML exports</source>
        <translation>Afficher ce qui a changé entre deux exportations Markdown ou HTML</translation>
    </message>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown</source>
        <translation>Tenir un dépôt Git à jour avec le Markdown d&apos;un préréglage</translation>
    </message>
    <message>
        <source>Check a backup run folder against its manifest.json</source>
        <translation>Vérifier un dossier d&apos;exécution de sauvegarde par rapport à son manifest.json</translation>
    </message>
</context>
</TS>
