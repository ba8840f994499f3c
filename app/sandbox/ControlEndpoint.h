// The sandbox's control endpoint on the API listener, for tests and demos
// that run the sandbox in another process (`d360-exporter sandbox`):
//
//   GET /_sandbox/control                 -> 200 {"faults": {...}, "statistics": {...},
//                                                 "dialect": "seed" | "workspaces",
//                                                 "revision": 1}
//   PUT /_sandbox/control  {"latency_ms": 200, "fail_exports": 1, ...}
//                                         -> 200, the same as GET, after the change
//   PUT /_sandbox/control  {"revision": 2} -> the same; exports started from
//                                         then on serve revision 2 of the content
//   Header X-Sandbox-Control: <control secret>; wrong or missing: 403.
//
// "revision" (an integer from 1 to DemoData::maximumRevision, see DemoData.h
// for what each changes) sits beside the fault fields in a PUT and is checked
// with them: a PUT with any invalid field changes neither.
//
// "faults" has the fields of SandboxFaults in snake_case: latency_ms,
// server_error_share, server_error_burst, rate_limit_burst,
// retry_after_seconds, cut_download_after_bytes, cut_downloads,
// malformed_bodies, truncated_bodies, download_bytes_per_second,
// token_revoked, fail_exports, hold_exports, ignore_range, omit_content_length,
// announce_digests, wrong_digests, token_server_errors, token_drops,
// echo_credential, hostile_names, pad_answers_to_bytes, unsized_answers,
// insecure_download_links. Burst counters read back as
// what is left of them. A PUT changes only the fields it names; an unknown
// field or a value of the wrong type or range answers 422 naming the field,
// and changes nothing. "statistics" has api_requests, storage_requests,
// storage_requests_with_credential, too_many_requests_sent,
// unauthorized_sent, exports_started, downloads_completed, bytes_served,
// padded_answer_bytes_sent.
//
// The endpoint is the sandbox's, not Document360's: it is not rate limited,
// not counted as an API request, and no fault applies to it.
#pragma once

#include "sandbox/HttpMessage.h"
#include "sandbox/SandboxOptions.h"

#include <QJsonObject>

namespace d360::sandbox {

class FaultInjector;
struct ContentRevision;
struct ErrorEntry;
struct SandboxStatistics;

class ControlEndpoint
{
public:
    ControlEndpoint(ServedDialect dialect, FaultInjector &faults, ContentRevision &revision,
                    const SandboxStatistics &statistics);

    static bool isControlRequest(const HttpRequest &request);
    void setSecret(const QString &secret) { m_secret = secret; }

    HttpReply handle(const HttpRequest &request, const QString &requestId);

    static QJsonObject faultsToJson(const SandboxFaults &faults);
    static QJsonObject statisticsToJson(const SandboxStatistics &statistics);
    // Applies the fields present in json to *faults; false, with *error
    // naming the field, when one is unknown or invalid.
    static bool applyJson(const QJsonObject &json, SandboxFaults *faults, ErrorEntry *error);

private:
    QJsonObject state() const;

    ServedDialect m_dialect;
    FaultInjector &m_faults;
    ContentRevision &m_revision;
    const SandboxStatistics &m_statistics;
    QString m_secret;
};

} // namespace d360::sandbox
