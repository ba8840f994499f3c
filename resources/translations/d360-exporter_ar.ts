<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API token from the Document360 portal (Settings &gt; API Tokens, or Knowledge base portal &gt; API keys). It is checked with the server before it is saved, and kept only in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token, to check what was pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the token and save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account with an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account by signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the token or sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the region or base URL and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. The address may be wrong, or the service is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unreachable (%1). Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 dropped (%2). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to %1 (%2). A proxy, a wrong system clock or an outdated certificate store may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused an unsafe address (%1). Only https is used, except on this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects (%1). The download link may be misconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). A proxy or a server fault may be in the way; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 could not read the request (400): %1. This is a bug in D360 Exporter; please report it with the trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 refused the token (401): the token was revoked or belongs to another region. Check the region, or replace the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not do this (403): %1. Exporting needs the UpdateProjectSettings permission; ask a project owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404): %1. It may have been deleted, or the token belongs to another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 rejected the request (422): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 rejected the field %1 (422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached (429): too many requests for this token. Try again in %n second(s), or run fewer exports at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached (429): too many requests for this token. Try again in a minute, or run fewer exports at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 had a server error (%1): %2. Try again later; if it persists, give support the trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped after the export was requested (%1), so the export may have started on the server. Check before starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link expired (403 from the storage host). A fresh link is needed from the export&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 could not build the export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the download: %1. Check free space and permissions of the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trace id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 without &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a completed export without a valid &quot;download_url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is %1, more than the %2 an answer may be, so it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer went past the %1 an answer may be, so the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reports a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage host sent the file without a length (no Content-Length and no chunked encoding), so a cut connection could not be told from its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage host sent a different part of the file than asked for (Content-Range: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download ended after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect from https to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body ends early, at byte %1 of JSON (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON (it starts with &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is invalid at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list was expected, the answer holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list did not end after %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list&apos;s pagination repeats itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server says there is more, but sent an empty page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no explanation given; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a private hosting name (one word of letters, digits and dashes, as in https://apihub.NAME.document360.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a base URL has no query, fragment or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private hosting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Pick a version on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All languages of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML (ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown (ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as pr&amp;eset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these choices as a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chosen languages and formats (Enter on this button)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id for Document360 support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download link expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the file was extracted into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobQueueView</name>
    <message>
        <source>Export jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project, version, language, format, status or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the file, Delete removes the job, Ctrl+C copies its path; the context menu has more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>D360 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: demo data from a simulator on this computer. Nothing here touches a real knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter projects and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the account&apos;s projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service is running on this desktop session (GNOME Keyring, KWallet or KeePassXC). Start one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in again, or open your keyring manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow D360 Exporter to use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no token for this account (it may have been deleted there). Replace the token or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer (%1). The Secret Service may be stuck: restart your keyring or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on an export being built at least &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Document360 builds an export, D360 Exporter asks how far it is, more often at first and then less; this is the longest it waits between two questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait between status checks, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtract HTML and Markdown exports (ZIP) into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen each file when its export completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Document360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your web browser. D360 Exporter receives the sign-in on this computer only and keeps it in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client ID Document360 registered for D360 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a client ID comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in server addresses (change only if your administrator says so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sign-in for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Export your Document360 knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, HTML or Markdown, for one language or forty. Start with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token from Document360: Settings &gt; API Tokens. It is kept in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the s&amp;andbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo projects from a simulator on this computer. Nothing touches a real knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::ExportSession</name>
    <message>
        <source>The Git mirror was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed to the Git mirror %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::SandboxCommand</name>
    <message>
        <source>Serve a Document360 V3 API simulator on loopback until interrupted (Ctrl+C).
Prints D360_BASE_URL, D360_API_KEY and more as NAME=value lines for eval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed (project-versions, Bearer; default) or workspaces (X-API-Key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key to accept from the first line of stdin instead of generating one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an export stays Pending (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it then stays InProgress (default 1200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per token and window; 0 = unlimited (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window, in seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download links expire after this many seconds (default 1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every export file this much bigger, e.g. 200M (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access tokens expire after this many seconds (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth client id the identity server knows; repeat for several (default d360-exporter-sandbox). Any other is refused with invalid_client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token answers leave out expires_in; clients must read the JWT&apos;s exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download links redirect this many times before the file (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve revision N of the demo content (default 1); each revision after the first edits, adds, deletes and renames articles and changes an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: delay every API answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: share (0..1) of API answers replaced by 500/502/503/504.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: Retry-After seconds on injected 429s and 503s (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: storage closes the connection after this many body bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: ... for this many downloads (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: the next N API answers are 200 with a body that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: the next N API answers are cut mid-body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: storage sends at most this many bytes per second, e.g. 512K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: every API request answers 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: the next N exports end Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: storage ignores Range and sends the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: storage sends files without Content-Length, ending them by closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage announces each file&apos;s digests (Repr-Digest, Content-MD5): right or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: error details quote the credential the request presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: names carry terminal escapes, C1 controls and bidi overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: API answers grow to at least this size, e.g. 64M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: API answers go without Content-Length, ended by closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: download links are plain http to a host that is not loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: the next N OAuth token requests answer 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: ... then the next N are closed unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;d360-exporter sandbox --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key-stdin: the first line of stdin must hold the key (printable ASCII, no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 sandbox (%1 dialect, %2) at %3, storage at %4. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the sandbox (signal %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::WindowSession</name>
    <message>
        <source>No temporary folder for the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets and history are not available: the state database could not be opened (the status bar says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox account could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::api::ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::api::DownloadCall</name>
    <message>
        <source>the file has %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::Account</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountManager</name>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry of this account cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in through the browser; sign in again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account uses an API token; paste a new token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s settings could not be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountRepository</name>
    <message>
        <source>the settings file %1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::LoopbackRedirectListener</name>
    <message>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives a sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sign-in answer D360 Exporter is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not match the sign-in D360 Exporter started (wrong state), so it was refused. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D360 Exporter received your sign-in. You can close this tab and return to the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSettings</name>
    <message>
        <source>no client ID is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSignIn</name>
    <message>
        <source>The sign-in timed out: the browser did not come back in time. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (access_denied). Sign in again to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::SignInRefusal</name>
    <message>
        <source>Either ask Document360 to register a client ID for D360 Exporter (a public client with the redirect URI http://127.0.0.1/callback) and enter it as the client ID, or add the account with an API token instead (Document360 portal: Settings &gt; API tokens), which needs no client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept the client ID &quot;%1&quot; (%2): it is not registered for this program. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept this program&apos;s return address (%1 about the redirect URI): the client ID &quot;%2&quot; is not registered for http://127.0.0.1/callback. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser shows &quot;invalid_client&quot;, &quot;unauthorized_client&quot; or an error about the redirect URI, Document360 does not know this client ID: cancel, and use a registered client ID or an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 registers a client ID for each application that signs in with a Document360 login, and publishes none for general use. Ask Document360 (or your administrator) for the one registered for D360 Exporter, with the redirect URI http://127.0.0.1/callback. Without one, add the account with an API token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenEndpoint</name>
    <message>
        <source>the sign-in server no longer accepts this sign-in (it expired or was revoked): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in server refused (%1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer has no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in server issued a &quot;%1&quot; token; only Bearer tokens are supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenRefresher</name>
    <message>
        <source>The sign-in expired and cannot be renewed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be renewed (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be renewed for now: %1 (tried %n times). It is tried again by itself; sign in again if this goes on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::AccountsCommand</name>
    <message>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line cannot keep a token for later without a keychain. For a single run, set D360_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage stored Document360 accounts. Tokens are kept in the system keychain and read from standard input, never from the command line.

Actions:
  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NAME
  rename  --name OLD --to NEW
  remove  --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, test, rename or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name (rename).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: eu (default), us, or a private hosting name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom API base URL (https, or http on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in through the browser (OAuth) instead of pasting a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client ID Document360 registered for this program; required with --sign-in (or set D360_OAUTH_CLIENT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth authorization URL (default: the region&apos;s, or D360_OAUTH_AUTHORIZE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token URL (default: the region&apos;s, or D360_OAUTH_TOKEN_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one action: add, list, test, rename or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, test, rename or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account with --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new account a name with --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in needs a client ID: give --client-id ID or set D360_OAUTH_CLIENT_ID. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for %1 (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added account &quot;%1&quot; (%2). It sees %n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer to sign in, and pick the project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in%1; added account &quot;%2&quot; (%3). It sees %n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the sign-in is for project %1, which Document360 does not list for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;d360-exporter accounts add --name NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Account &quot;%1&quot; works (%2). It sees %n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new name with --to NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::Command</name>
    <message>
        <source>Also print what happens on the way (retries, failures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: d360-exporter [--sandbox]          open the window
       d360-exporter COMMAND [OPTIONS]    run headless
       d360-exporter --version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;d360-exporter COMMAND --help&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::CompareCommand</name>
    <message>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 -%2 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two Markdown or HTML exports (each a ZIP or its extracted folder), or the exports of two runs from history (their ids as history prints them): articles added, removed, moved or renamed and edited, and images and attachments added, removed and changed. Exit status 0 when they are the same, 1 when they differ, 2 when they cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier export or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later export or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the comparison as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the unified diff of each edited article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the comparison as one self-contained HTML page, each edited article side by side, to mail to a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two runs: only their exports of the version ID (its id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two runs: only their exports in the language CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two runs: only their exports in FORMAT (markdown or html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name two exports or two runs to compare: compare OLD NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two exports or two runs, not one of each: %1 is neither an export on disk nor a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 picks among the exports of two runs; two exports on disk need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML report is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run in history has the id %1 (d360-exporter history lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The id %1 is ambiguous: %n runs start with it. Give more of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the exports the runs %1 and %2 have in common on disk, none is left by --version, --language and --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs %1 and %2 have no Markdown or HTML export of the same version, language and format on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--html writes one page, and these runs have %n exports in common: pick one with --version, --language or --format.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are the same: %n article(s) alike.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some articles carry no id: they were matched by path and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved or renamed (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 -&gt; %2  &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and attachments (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no diff: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::ConnectionOptions</name>
    <message>
        <source>API base URL (default: $D360_BASE_URL, else the EU region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: eu, us, or a private hosting name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the stored account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account already names the server; leave out --base-url and --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential: set D360_API_KEY, or use --account NAME with a stored account (see &quot;d360-exporter accounts --help&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Without the keychain, set D360_API_KEY for this run instead.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the saved preset NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was started by a schedule: it is recorded so in history, and a failure raises a desktop notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per finished export on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID (see &quot;d360-exporter projects&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one --version ID, or --version default (see &quot;d360-exporter versions&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang all already includes every language; leave out the codes, or &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder to write into with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this --name-template: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the backup&apos;s run folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the unfinished batch of this command: %1 of %2 exports were done, %3 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot plan the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed the old backup run %1 (the preset keeps %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No Markdown export was completed, so the Git mirror %1 is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the Git mirror was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 to the Git mirror %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date: the exports are what its last commit holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: could not clear the finished batch from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s manifest could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Git mirror was not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled export of %1 failed: %2. See &quot;d360-exporter history&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: interrupted; cancelling the running exports...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportReporter</name>
    <message>
        <source>done       %1 (%2, sha256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
           extracted into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
           not extracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed     %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Trace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 done, %3 running, %4 failed; downloading %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 exports done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Interrupted: no half-written file was left under a final name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Run the same command again to finish the batch; completed files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportRequestOptions</name>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version&apos;s id, or &quot;default&quot;; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language code, or &quot;all&quot;; repeat for several (default: each version&apos;s default language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html or markdown; repeat for several (default: pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the files into (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also extract HTML and Markdown archives into a folder beside each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing files instead of choosing a numbered name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports to run at once (default: 4, or the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names, from {project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::HistoryCommand</name>
    <message>
        <source>The runs of exports (from the window, the command line and schedules), newest first, with their files and failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the runs of the preset NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N runs (default: 20; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the runs, with every file and failure, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of runs (0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::LanguagesCommand</name>
    <message>
        <source>List the languages of a project&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version&apos;s id, or &quot;default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the version with --version ID, or --version default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project marks no version as its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::ListCommand</name>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::MirrorCommand</name>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown exports: after each &quot;d360-exporter export --preset NAME&quot;, the exports are extracted into the repository, one folder per version and language, and one commit says what changed. The mirror never pushes and commits only to its branch.

  mirror --preset NAME --repo DIR [--branch BRANCH]   set it up
  mirror --preset NAME                                show it
  mirror --preset NAME --off                          stop mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset to mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository&apos;s folder: a Git repository with a working tree, or a missing or empty folder to make one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch to commit to (default: the repository&apos;s current branch, or &quot;main&quot; for a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop mirroring; the repository is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the preset: --preset NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--off takes no --repo or --branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--branch goes with --repo DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; mirrors its Markdown exports into %2, on the branch &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no Git mirror. Set one up with: d360-exporter mirror --preset &quot;%1&quot; --repo DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; had no Git mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; no longer mirrors into %2; the repository is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Add the format with &quot;d360-exporter presets save&quot; and --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new Git repository in %1, on the branch &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; now mirrors its Markdown exports into %2, on the branch &quot;%3&quot;. Each run of d360-exporter export --preset &quot;%1&quot; commits what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save, list, show, remove, rename, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup: keep the last N runs, each in a dated folder (save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write the preset into (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported preset under this name (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a preset of the same name (save, import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (list, show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one action: save, list, show, remove, rename, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use save, list, show, remove, rename, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes one name (quote a name with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;presets rename&quot; takes the old name and the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep takes a number of runs from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it with: d360-exporter export --preset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset no longer exports Markdown, so it no longer mirrors into %1; the repository is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presets yet. Save one with: d360-exporter presets save NAME --project ID --version default --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPORTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(D360_API_KEY and D360_BASE_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each version&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps the last %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the preset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the preset &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset is renamed, but its schedule still runs &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its schedule now runs &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update the scheduler, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not stored here. Add it (d360-exporter accounts add --name &quot;%2&quot;), or pick one with --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --name NEW to import it beside, or --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the reason, then what to do about it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; (see &quot;d360-exporter presets list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::ProjectsCommand</name>
    <message>
        <source>List the Document360 projects the token can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBDOMAIN</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset to back up (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at this time (24-hour, local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week on this day (mon..sun, or the full name) at the time that follows: --weekly mon 02:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N hours (6h) or days (2d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N(h|d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one action: add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when with exactly one of --daily HH:MM, --weekly DAY HH:MM or --every N(h|d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time after the day: --weekly DAY HH:MM, for example --weekly mon 02:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day and the time: --weekly DAY HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled the preset &quot;%1&quot; %2. Wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer is enabled; &quot;systemctl --user list-timers&quot; shows when it runs next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start the schedule, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules in %1. Add one with &quot;d360-exporter schedule add --preset NAME --daily 02:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the preset whose schedule to remove: schedule remove NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the schedule was running, also run:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::SecretInput</name>
    <message>
        <source>cannot turn off echo on this terminal, so the token is not read from it; pipe it in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token could not be read from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token on standard input (type or paste it, or pipe it in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a token is not supported on this system yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::VerifyCommand</name>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a backup run folder holds exactly the files its manifest.json lists: reports missing, changed and extra files, and planned files that were never exported. Exit status 0 when whole, 1 when not, 4 when the folder has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder (the one that holds manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the run folder to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one run folder to verify, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n files checked against its manifest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not whole: %n problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missing (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never exported, as the manifest&apos;s verdict says (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::cli::VersionsCommand</name>
    <message>
        <source>List the versions (workspaces) of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::compare::ComparisonHtml</name>
    <message>
        <source>“%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+%1 −%2 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved or renamed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::compare::ExportSnapshot</name>
    <message>
        <source>%1 holds more than %2 files, more than an export has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to compare (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an export that can be compared: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 does not unpack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (ZIP error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Markdown or HTML article: compare Markdown or HTML exports (a PDF cannot be compared article by article).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::compare::RunComparisonSources</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no Markdown or HTML export on disk to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier run exported the same selection of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier run of the preset &quot;%1&quot; has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous run has no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::compare::TextDiff</name>
    <message>
        <source>The two texts could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Document360 knowledge bases as PDF, HTML or Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (free software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the system keychain, service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window runs on the demo sandbox: its account and queue are temporary and go when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version and folders, to paste into a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountEditDialog</name>
    <message>
        <source>Replace the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account needs a new token: %1
Paste a new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token with the server, then save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with the server ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only (not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token works. %1 It sees %n project(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works, but it could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Document360 account to export from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountsDialog</name>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add an API token, or sign in with your Document360 login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1
Kind: %2%3
Projects it sees: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is for project %1, which Document360 does not list for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test passed: the server accepts the credential and lists %n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its token is deleted from the keychain. Exports already downloaded stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::BatchNotifier</name>
    <message numerus="yes">
        <source>; %n got numbered names because files of their names were already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1 folders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 removed while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D360 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::ChangeListModel</name>
    <message>
        <source>File added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed and edited: %1 (+%2 −%3 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved and edited: %1 (+%2 −%3 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: %1 (+%2 −%3 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::CompareDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two &amp;runs from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two exports on &amp;disk (ZIP or extracted folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier e&amp;xport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later ex&amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History holds fewer than two finished runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an export&apos;s ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the folder an export was extracted into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an Extracted Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an Export ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two runs have no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name two exports: a ZIP file or an extracted folder each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonSummary</name>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of one kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>articles&apos; counts; images&apos; and attachments&apos; counts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonWindow</name>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed articles and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff of the selected article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this comparison as one self-contained HTML page, to mail to a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), renamed from “%3” (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), moved from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text did not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is new in the later export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not in the later export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s content changed (its SHA-256 differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Comparison as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::DiffLineModel</name>
    <message>
        <source>No diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::ExportPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is inactive in Document360. Its content may be out of date; it exports all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a version on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading languages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one language and one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these choices under a name, to run them again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save exports to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::GuiSettings</name>
    <message>
        <source>The file name pattern cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run between %1 and %2 exports at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on an export being built at least every %1 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot write into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryTableModel</name>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running (%1 planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files failed. The first failure: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryView</name>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;manifest path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every file of this backup run again and compare it with its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two runs from history, or two exports on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compa&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Each export you start, here or from the command line or a schedule, is listed here when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not available: the state database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to compare with the run before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this run&apos;s exports with those of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n file(s) checked against its manifest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) were never exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::JobActions</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exported file (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed or cancelled export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the file stays on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy id for &amp;support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the id to give Document360 support: it finds the export in their logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s) for Document360 support.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jobs could not be retried: no free file name in the output folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exports that are still running?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They stop, and what they downloaded so far is deleted. Files already exported stay on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::JobDetailsPane</name>
    <message>
        <source>Give this id to Document360 support: it finds this export in their logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was downloaded but could not be extracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired; a fresh link is asked for when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::JobQueueView</name>
    <message>
        <source>Job &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the selected job&apos;s details beside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::JobTableModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
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
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Trace id: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::JobText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::LanguageListModel</name>
    <message>
        <source>%1 (%2, default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::MainWindow</name>
    <message>
        <source>Could not open the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename, test, replace or remove accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the projects again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About D360 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is renamed, but its schedule still runs &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule; the scheduler learns it after: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run: this window&apos;s, the command line&apos;s and the schedules&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox and its presets last only while this window is open, and a schedule runs when it is closed: schedule the presets of an account of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is for the project with id %1, but Document360 does not list that project for it, so there is nothing to export here. Sign in again and pick a project you may export, or ask the project&apos;s owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a version, its languages, formats and a folder first: a preset saves what the export panel holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; uses the account &quot;%2&quot;, which is not set up here; it loads into the panel of the account shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is loaded: change what you need and save it again with &quot;Save as preset…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version the preset &quot;%1&quot; exports is no longer listed; pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exports queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These exports are already waiting or running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of these %2 exports are already waiting or running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue them again? The second copies get numbered file names, such as &quot;… (2).pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 needs attention:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2; they will resume the next time you open D360 Exporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running; they will resume the next time you open D360 Exporter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are waiting; they will start the next time you open D360 Exporter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close D360 Exporter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::MissedRunsBar</name>
    <message>
        <source>Open H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled runs that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more failed run in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more failed runs in History.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetImportDialog</name>
    <message>
        <source>&amp;Replace the preset of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what this file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>keeps the last %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds this preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the credential in the environment (command line only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads. Keep it so, or pick an account for this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, and no account is set up here yet. Add one first, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not set up here. Which account should it use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a preset named &quot;%1&quot;: replace it, or type another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder it exports into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1 on this computer. It is made when the preset first runs; choose another if that one is your colleague&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Preset Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetLauncher</name>
    <message>
        <source>%1 runs on the credential in the environment (D360_API_KEY), which only the command line reads. Run it with the command line, or edit it and save it with an account of this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on the account &quot;%2&quot;, which is not set up here. Add that account, or edit the preset and save it with another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not open yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preset &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has nothing to export now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be run again: history does not say what it exported, or into which folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be planned again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing to export now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetSharing</name>
    <message>
        <source>Presets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Preset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported as a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the preset &quot;%1&quot; with the one from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot; from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetsMenu</name>
    <message>
        <source>P&amp;resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export panel&apos;s choices under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a preset from a file a colleague exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets are not available: the state database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load it into the export panel, to change it and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the operating system run it daily, weekly or at an interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system runs it %1, also when this window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it to a file for a colleague; no credential is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not renamed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be duplicated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of &quot;%1&quot; as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its exported files and its history stay. A schedule that runs it will fail until a preset of that name exists again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::ProjectTreeModel</name>
    <message>
        <source>Projects and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1 Double-click to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::QueueStatusIndicator</name>
    <message>
        <source>Running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining rate budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document360 accepts a limited number of requests a minute per token; exports wait their turn instead of being refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 export running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exports running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This account may send %1 more of its %2 requests a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s for the API&apos;s rate limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::SavePresetDialog</name>
    <message>
        <source>Export the &amp;default version when it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup writes each run into a dated folder of its own and keeps this many of the newest complete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export whichever version the project marks as default at the time, rather than this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last runs (backup):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what you chose here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::ScheduleDialog</name>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system runs the preset &quot;%1&quot; at these times, also when this window is closed. Each run is recorded in History; a run that fails raises a desktop notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At an interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands that start the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now it runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no schedule yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The scheduler was not told: %2 To finish, run these commands in a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2; the schedule starts once the commands in its dialog are run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It runs also when this window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no schedule any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::ServerChoice</name>
    <message>
        <source>EU (apihub.document360.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US (apihub.us.document360.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosting name, as in apihub.NAME.document360.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://... (http only on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::SettingsDialog</name>
    <message>
        <source>Keep it and number the new file: name (2).pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::gui::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in and pick a project in the browser ... If no browser window opened, use &quot;Copy sign-in link&quot; and paste the link into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not open. Use &quot;Copy sign-in link&quot; and paste the link into a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; finishing ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; checking what the account can see ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what the account can see ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session only (not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in and saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 The account sees %n project(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Signed in as: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The sign-in is for project %2, but Document360 does not list that project for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. Paste it into a browser on this computer; this window waits for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::BatchPlanner</name>
    <message>
        <source>no account to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this token sees no project with the id %1 (see &quot;d360-exporter projects&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project %1 marks no version as its default; name one with its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project %1 has no version with the id %2 (see &quot;d360-exporter versions --project %3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version %1 has no language &quot;%2&quot;; it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version %1 has no languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name pattern &quot;%1&quot; gives two exports the same name, &quot;%2&quot; (%3 and %4); add {lang}, {version} or {format} to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::DownloadHasher</name>
    <message>
        <source>only %1 of the %2 bytes of %3 were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 back to check it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is shorter than written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::ExportJob</name>
    <message>
        <source>default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job without a valid &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 lacks its project, version or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has an unknown format or state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileEndCheck</name>
    <message>
        <source>the downloaded PDF is incomplete: there is no %%EOF near its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downloaded ZIP archive is incomplete: its end-of-central-directory record is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameSanitizer</name>
    <message>
        <source>&quot;%1&quot; ends in a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends in a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameTemplate</name>
    <message>
        <source>the file name pattern is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;}&quot; without its &quot;{&quot; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;{&quot; without its &quot;}&quot; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known are {%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2: files go straight into the output folder, so a pattern cannot name a subfolder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileSystemSafety</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobDownload</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 bytes, the server announced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downloaded file&apos;s SHA-256 is %1, the storage host announced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downloaded file&apos;s MD5 is %1, the storage host announced %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobQueue</name>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobRunner</name>
    <message>
        <source>the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program stopped before the server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export&apos;s account is not available any more (it was removed, or the keychain is locked). Add the account again, then retry the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export is %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another export is writing %1 at the same time; it is not replaced. Export again once that one has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept being taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::OwnedFolder</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new folder %1 was replaced by something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 climbs out of the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 was moved or replaced while it was being filled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::PartFile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the download does not follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has other names (hard links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being written by another export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a regular file; it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file; it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::QueueStore</name>
    <message>
        <source>The export queue &quot;%1&quot; is in use by another D360 Exporter (process %2 on %3). Wait for it to finish, or stop it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export queue &quot;%1&quot; cannot be locked (error %2); check the permissions of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved export queue could not be read (%1); the queue starts empty and the database is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 holds the content of job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They are kept in the table unreadable_jobs of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They stay in %2 as they were (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::jobs::Sha256Stream</name>
    <message>
        <source>%1 has fewer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::jobs::ZipExtractor</name>
    <message>
        <source>it would expand to more than %1, over %2 times the size of the archive, as a zip bomb does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would take more than %1% of the free space in %2 (over %3 of %4 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2. The archive is kept as downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; climbs out of its folder (&quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a control character in its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be made on Windows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unreadable entry (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2, which could write outside the folder. The archive is kept as downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is more than %2 folders deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot extract %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot extract %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in %2 (error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged (error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the extracted files to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::mirror::GitMirror</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Git mirror %1 is a bare repository; it needs a working tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge, rebase or similar is under way in %1; finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git mirror %1 is on no branch (a detached HEAD); the preset commits to &quot;%2&quot;. Switch to it first (git switch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git mirror %1 is on the branch &quot;%2&quot;; the preset commits only to &quot;%3&quot;. Switch to it first (git switch %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git mirror %1 has changes that are not committed in the folders it mirrors into: %2. Commit or discard them first; the mirror would overwrite them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git mirror %1 has staged changes (%2), which a commit would take along. Commit or unstage them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 in the Git mirror; what the folder held is still in its last commit (git restore %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run made no Markdown export to mirror into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a folder in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be mirrored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stage the mirrored files in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the commit&apos;s tree in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit in the Git mirror %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch name Git accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a Git repository in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a Git repository nor an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bare repository; the mirror needs one with a working tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on no branch (a detached HEAD). Switch to the branch the mirror should commit to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the branch &quot;%2&quot;; the mirror commits only to the branch the working tree is on. Switch to &quot;%3&quot; first (git switch %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::BackupAftercare</name>
    <message>
        <source>The manifest of %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::BoundedProcess</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not answer within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::DesktopNotifier</name>
    <message>
        <source>There is no session bus, so no desktop to notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification service runs on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::FileScheduleInstaller</name>
    <message>
        <source>The scheduler is told by a command of your own session, which this program does not run for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::HistoryStore</name>
    <message>
        <source>history has no run %1 to finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestItem</name>
    <message>
        <source>default language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestReader</name>
    <message>
        <source>the folder has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than a manifest can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew past the size a manifest can be while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestWriter</name>
    <message>
        <source>%1 is not a file (a link or a folder is in its place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::Preset</name>
    <message>
        <source>default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset&apos;s name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot hold a slash, a backslash or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset names no project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset names no version (an id, or &quot;default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;all&quot; languages already includes every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset names no folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset&apos;s file-name template cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset runs 1 to 64 exports at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup keeps a positive number of runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset&apos;s Git mirror names no branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Git mirror keeps Markdown; the preset does not export Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset&apos;s field &quot;%1&quot; has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a preset file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a preset that can be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetPlanner</name>
    <message>
        <source>The preset &quot;%1&quot; has no account to run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; cannot make its run folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be planned: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetStore</name>
    <message>
        <source>The preset &quot;%1&quot; cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a preset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is in its place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2 runs started in the same second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderFiles</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderRemover</name>
    <message>
        <source>%1 is not the name of a run folder; it was left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1 as a folder (not followed if it is a link): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was kept: it holds 1 item that its manifest does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was kept: it holds %n items that its manifest does not list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::RunManifest</name>
    <message>
        <source>the field %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not a count of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not a SHA-256 in lower-case hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the extracted folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the extracted file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path %1 is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path %1 holds a backslash or a NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path %1 is not a plain path inside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is not inside the run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run ended before this export did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3 bytes), more than 1 GB: Document360 cannot import a file that large back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a run manifest (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest&apos;s format version is %1; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field run_id is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field origin is &quot;%1&quot;, not window, cli or schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not a format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not exported or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verdict does not match the items: it lists %1 missing, the items %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::RunOrigin</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::RunRecorder</name>
    <message>
        <source>The run could not be recorded in history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the run could not be recorded in history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleFiles</name>
    <message>
        <source>%1 is already there and was not written by D360 Exporter for this preset; it is left as it is. Move it away to schedule this preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written by D360 Exporter for this preset; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleSpec</name>
    <message>
        <source>&quot;%1&quot; is not a time of day: give it as HH:MM in 24-hour time, for example 02:30 or 23:15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week: give mon, tue, wed, thu, fri, sat or sun (or the full English name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval: give a whole number followed by h for hours or d for days, for example 6h or 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be at least 1 hour or 1 day, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 hours): give the interval in days instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule: it is daily HH:MM, weekly DAY HH:MM or every N(h|d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleUnits</name>
    <message>
        <source>Give the preset to run with --preset NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; holds a control character, which no scheduler can carry; rename the preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; is too long for a schedule (systemd allows %2 characters in a unit name, and each character that is not a plain letter or digit takes four); give the preset a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up the preset &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::SystemdScheduleInstaller</name>
    <message>
        <source>systemctl was not called (D360_SYSTEMCTL=none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No systemd user manager answers here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2 (see &quot;d360-exporter schedule list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the service D360 Exporter wrote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::routines::VerifyReport</name>
    <message>
        <source>not in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link is in its place (not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no longer a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; the manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 differs from the manifest&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link to %1 (not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a plain file, not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::sandbox::LoopbackHttpListener</name>
    <message>
        <source>The sandbox listens on loopback addresses only, not on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueFile</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an export queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueImport</name>
    <message>
        <source>The export queue %1 of an earlier version could not be opened (%2); it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and was moved aside to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export queue %1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export queue %1 was imported, but could not be renamed; it will be looked at again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the export queue %1 could not be read (%2); they are kept in the table unreadable_jobs of %3, and the file as %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::state::StateDatabase</name>
    <message>
        <source>The state database %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database %1 is being opened by another D360 Exporter that does not finish; try again, or look for a stuck process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the disk that holds %2 is full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database %1 is damaged (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database was damaged (%1). It was moved aside to %2, and a new one was started: the queue, history and presets start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database cannot be opened: Qt&apos;s SQLite driver (QSQLITE) is missing. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state database %1 refused a change: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d360::state::StateSchema</name>
    <message>
        <source>The state database %1 was written by a newer version of D360 Exporter (schema %2; this version knows %3). It is left as it is: update D360 Exporter, or move the file away to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database %1 could not be brought to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export Document360 knowledge bases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on a built-in Document360 simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, test, rename or remove stored accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export versions, languages and formats into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, list, show, share or remove saved exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the runs of exports, with their files and failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the projects the token can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the versions of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the languages of a project&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a preset daily, weekly or every N hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a Document360 API simulator on loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between two Markdown or HTML exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup run folder against its manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
