// The sandbox: a Document360 V3 API simulator bound to loopback only.
//
// It exists so that anyone can try the whole program without an account,
// trainers can demo it without touching a real knowledge base, and the tests
// talk to a real HTTP server that behaves like Document360, faults included.
// This class is the composition: the API listener on 127.0.0.1 (the V3
// endpoints, the OAuth authorization server and the control endpoint) and
// the storage listener on 127.0.0.2 (signed downloads), sharing one set of
// demo data, exports, faults and statistics. Each part has its own class and
// its own file; their headers say what each answers and why.
//
// What one API request goes through, in order:
//   1. rate limit, per presented credential (429 + Retry-After);
//   2. gateway faults: rate_limit_burst (429), server_error_burst (503),
//      server_error_share (500/502/503/504) -- answered before the API runs;
//   3. authentication per dialect (401 + WWW-Authenticate; token_revoked),
//      which also says whether the credential is bound to one project;
//   4. the endpoint (ApiService);
//   5. body faults: malformed_bodies (200 + not JSON), truncated_bodies (JSON
//      cut in half, connection closed) -- applied to whatever the answer was,
//      after the endpoint ran: a POST whose answer is mangled still started
//      its export, which is the case that tests a client's retries;
//   6. latency_ms, on a timer, then the answer goes out.
// Every API answer carries X-Request-Id (also the body's request_id or
// trace_id) and, with rate limiting on, X-RateLimit-Limit, -Remaining and
// -Reset (UTC epoch seconds). The control endpoint and OAuth skip 1-6; the
// token endpoint has faults of its own (token_server_errors, token_drops).
// It listens on loopback only; a simulator that answered on a public
// interface would hand out demo tokens to the network.
#pragma once

#include "sandbox/DemoData.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStatistics.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace d360::sandbox {

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // API (and OAuth, and control) on 127.0.0.1:port, port 0 picking a free
    // one; storage on 127.0.0.2 on a free port. Returns false, with
    // errorString() set, when either cannot be bound. Call it once.
    bool start(quint16 port = 0);

    QUrl baseUrl() const; // http://127.0.0.1:PORT, the API base (paths are /v3/...)
    QUrl storageBaseUrl() const; // http://127.0.0.2:PORT
    QUrl authorizeUrl() const; // baseUrl + /connect/authorize
    QUrl tokenUrl() const; // baseUrl + /connect/token
    QString oauthClientId() const; // the first client id the identity server knows
    QString apiKey() const; // the credential that serves every project
    // The credential bound to one project, and that project's id.
    QString projectApiKey() const;
    QString projectApiKeyProjectId() const;
    QString controlSecret() const; // random per start(); for X-Sandbox-Control
    ServedDialect dialect() const;
    const SandboxOptions &options() const;
    const DemoData &demoData() const;

    // The in-process equivalent of PUT /_sandbox/control: replaces all faults
    // (burst counters start again from the given values).
    void setFaults(const SandboxFaults &faults);
    // The in-process equivalent of PUT /_sandbox/control {"revision": N}:
    // exports started from now on serve revision N (1 up to
    // DemoData::maximumRevision) of the content; DemoData.h says what changes.
    void setRevision(int revision);
    int revision() const;
    // The faults in force, burst counters showing what is left of them.
    SandboxFaults faults() const;
    SandboxStatistics statistics() const;

    // Hex SHA-256 of the file storage serves for the export (also its ETag,
    // in quotes); empty while it is being built or when there is none.
    QByteArray exportSha256(const QString &exportId) const;

    QString errorString() const;

Q_SIGNALS:
    // An export's file is ready (ok) or could not be built.
    void exportFileBuilt(const QString &exportId, bool ok);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace d360::sandbox
