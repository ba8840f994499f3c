// What a sandbox is started with: which dialect of the Document360 V3 API it
// speaks, its timings and limits, and the faults it injects.
//
// Plain structs with defaults, so a test states only what it cares about
// (`options.pendingMs = 20;`) and the command line maps one option to one
// field. Faults live in their own struct because they are the part that
// changes at run time (SandboxServer::setFaults() and the control endpoint).
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace d360::sandbox {

// The two forms of the V3 API that exist in the wild: the one on the user's
// reference page (project-versions, project_version_id, Bearer tokens) and
// the one production drifted to (workspaces, workspace_id, X-API-Key keys).
enum class ServedDialect { ProjectVersions, Workspaces };

struct SandboxFaults
{
    int latencyMs = 0; // added before every API answer (a timer, never a block)
    double serverErrorShare = 0.0; // share (0..1) of API answers replaced by a 5xx problem
    // Non-zero: which answers get a 5xx is drawn from this seed, the same
    // sequence every time the faults are set; 0: a fresh random sequence.
    quint32 serverErrorSeed = 0;
    int serverErrorBurst = 0; // the next N API requests answer 503
    int rateLimitBurst = 0; // the next N API requests answer 429 with Retry-After
    int retryAfterSeconds = 1; // Retry-After on injected 429s and 503s
    qint64 cutDownloadAfterBytes = -1; // storage closes the connection after N body bytes ...
    int cutDownloads = 1; // ... for this many downloads, then serves normally
    int malformedBodies = 0; // the next N API answers: 200 with a body that is not JSON
    int truncatedBodies = 0; // the next N API answers: JSON cut mid-body, then closed
    qint64 downloadBytesPerSecond = 0; // storage throttle; 0 = as fast as possible
    bool tokenRevoked = false; // every API request answers 401
    int failExports = 0; // the next N exports started end Failed, with a message
    // Exports started while this is set stay Pending until it is cleared;
    // then each goes through its Pending and InProgress times from there.
    // A test's gate: "still running" for as long as the test needs it.
    bool holdExports = false;
    bool ignoreRange = false; // storage answers 200 + the whole file to Range requests
    // Storage sends no Content-Length: the body ends where the connection
    // closes, so a cut (cutDownloadAfterBytes) looks like the end of the file.
    bool omitContentLength = false;
    // Storage announces the file's digests: Repr-Digest (sha-256),
    // x-ms-blob-content-md5, and Content-MD5 on a whole-file answer ...
    bool announceDigests = false;
    bool wrongDigests = false; // ... and gets them wrong
    // The OAuth token endpoint (POST /connect/token), for clients that must
    // ride out a sign-in server in trouble: the next N token requests answer
    // 503 (with a problem body, no OAuth error) ...
    int tokenServerErrors = 0;
    // ... then the next N are dropped: the connection closes unanswered.
    int tokenDrops = 0;
    bool echoCredential = false; // error details quote the credential the request presented
    bool hostileNames = false; // names carry terminal escapes, C1 controls and bidi overrides
    qint64 padAnswersToBytes = 0; // API success answers grow to at least N bytes (a JSON field) ...
    bool unsizedAnswers = false; // ... and go without Content-Length, ended by closing
    bool insecureDownloadLinks = false; // download_url is plain http to a host that is not loopback
};

struct SandboxOptions
{
    ServedDialect dialect = ServedDialect::ProjectVersions;
    // The credential to accept. Empty: one is generated, an opaque random
    // token (Bearer) in the seed dialect, "d360_sk_sandbox_<hex>" (X-API-Key)
    // in the workspaces dialect.
    QString apiKey;
    int pendingMs = 300; // an export is Pending this long after its POST ...
    int buildMs = 1200; // ... then InProgress this long, then Completed or Failed
    int rateLimitPerWindow = 60; // requests per token and window; 0 = unlimited
    int rateLimitWindowSeconds = 60;
    int downloadLinkLifetimeSeconds = 1800; // Document360's SAS links live 30 minutes
    qint64 exportPaddingBytes = 0; // makes every export file this much bigger (benchmarks)
    // Beside it, a token that serves one project only, as the portal's API
    // tokens are project-scoped: the project (empty: the first demo
    // project), and the token (empty: generated the same way).
    QString projectApiKeyProjectId;
    QString projectApiKey;
    int accessTokenLifetimeSeconds = 3600; // OAuth access tokens
    bool omitTokenLifetime = false; // token answers leave out expires_in (the JWT's exp stays)
    // The OAuth client ids the identity server knows, as Document360 knows
    // the applications it registered; any other is refused (invalid_client).
    QStringList oauthClientIds { QStringLiteral("d360-exporter-sandbox") };
    int redirectHops = 0; // download links first redirect (302) this many times
    // The content's revision at start (DemoData.h says what each changes);
    // SandboxServer::setRevision() and the control endpoint change it later.
    int revision = 1;
    SandboxFaults faults;
};

} // namespace d360::sandbox
