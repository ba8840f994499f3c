// See ControlEndpoint.h. One table maps each JSON field to its member, so
// reading, writing and validating cannot disagree about the names.
#include "sandbox/ControlEndpoint.h"

#include "sandbox/DemoRevisions.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/ProblemResponse.h"
#include "sandbox/SandboxStatistics.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <type_traits>
#include <variant>

namespace d360::sandbox {

namespace {

struct FaultField
{
    const char *name;
    std::variant<int SandboxFaults::*, qint64 SandboxFaults::*, double SandboxFaults::*,
                 bool SandboxFaults::*>
        member;
    double minimum;
};

const FaultField faultFields[] = {
    { "latency_ms", &SandboxFaults::latencyMs, 0 },
    { "server_error_share", &SandboxFaults::serverErrorShare, 0 },
    { "server_error_burst", &SandboxFaults::serverErrorBurst, 0 },
    { "rate_limit_burst", &SandboxFaults::rateLimitBurst, 0 },
    { "retry_after_seconds", &SandboxFaults::retryAfterSeconds, 0 },
    { "cut_download_after_bytes", &SandboxFaults::cutDownloadAfterBytes, -1 },
    { "cut_downloads", &SandboxFaults::cutDownloads, 0 },
    { "malformed_bodies", &SandboxFaults::malformedBodies, 0 },
    { "truncated_bodies", &SandboxFaults::truncatedBodies, 0 },
    { "download_bytes_per_second", &SandboxFaults::downloadBytesPerSecond, 0 },
    { "token_revoked", &SandboxFaults::tokenRevoked, 0 },
    { "fail_exports", &SandboxFaults::failExports, 0 },
    { "hold_exports", &SandboxFaults::holdExports, 0 },
    { "ignore_range", &SandboxFaults::ignoreRange, 0 },
    { "omit_content_length", &SandboxFaults::omitContentLength, 0 },
    { "announce_digests", &SandboxFaults::announceDigests, 0 },
    { "wrong_digests", &SandboxFaults::wrongDigests, 0 },
    { "token_server_errors", &SandboxFaults::tokenServerErrors, 0 },
    { "token_drops", &SandboxFaults::tokenDrops, 0 },
    { "echo_credential", &SandboxFaults::echoCredential, 0 },
    { "hostile_names", &SandboxFaults::hostileNames, 0 },
    { "pad_answers_to_bytes", &SandboxFaults::padAnswersToBytes, 0 },
    { "unsized_answers", &SandboxFaults::unsizedAnswers, 0 },
    { "insecure_download_links", &SandboxFaults::insecureDownloadLinks, 0 },
};

ErrorEntry invalid(const QString &field, const QString &message)
{
    return ErrorEntry { QStringLiteral("VALIDATION_ERROR"), message, field, {} };
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

HttpReply jsonReply(const QJsonObject &object)
{
    HttpReply reply;
    reply.setHeader(QByteArrayLiteral("Content-Type"),
                    QByteArrayLiteral("application/json; charset=utf-8"));
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace

ControlEndpoint::ControlEndpoint(ServedDialect dialect, FaultInjector &faults,
                                 ContentRevision &revision, const SandboxStatistics &statistics)
    : m_dialect(dialect)
    , m_faults(faults)
    , m_revision(revision)
    , m_statistics(statistics)
{ }

bool ControlEndpoint::isControlRequest(const HttpRequest &request)
{
    return request.pathSegments.value(0) == u"_sandbox";
}

QJsonObject ControlEndpoint::faultsToJson(const SandboxFaults &faults)
{
    QJsonObject json;
    for (const FaultField &field : faultFields) {
        const QString name = QString::fromLatin1(field.name);
        std::visit([&](auto member) { json.insert(name, QJsonValue(faults.*member)); },
                   field.member);
    }
    return json;
}

QJsonObject ControlEndpoint::statisticsToJson(const SandboxStatistics &statistics)
{
    return QJsonObject {
        { QStringLiteral("api_requests"), statistics.apiRequests },
        { QStringLiteral("storage_requests"), statistics.storageRequests },
        { QStringLiteral("storage_requests_with_credential"),
          statistics.storageRequestsWithCredential },
        { QStringLiteral("too_many_requests_sent"), statistics.tooManyRequestsSent },
        { QStringLiteral("unauthorized_sent"), statistics.unauthorizedSent },
        { QStringLiteral("exports_started"), statistics.exportsStarted },
        { QStringLiteral("downloads_completed"), statistics.downloadsCompleted },
        { QStringLiteral("bytes_served"), statistics.bytesServed },
        { QStringLiteral("downloads_in_flight"), statistics.downloadsInFlight },
        { QStringLiteral("padded_answer_bytes_sent"), statistics.paddedAnswerBytesSent },
    };
}

bool ControlEndpoint::applyJson(const QJsonObject &json, SandboxFaults *faults, ErrorEntry *error)
{
    SandboxFaults changed = *faults;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const FaultField *field = nullptr;
        for (const FaultField &candidate : faultFields) {
            if (it.key() == QLatin1String(candidate.name))
                field = &candidate;
        }
        if (!field) {
            *error = invalid(it.key(), QStringLiteral("Unknown fault."));
            return false;
        }
        const QJsonValue value = it.value();
        bool ok = true;
        std::visit(
            [&](auto member) {
                using Type = std::remove_reference_t<decltype(changed.*member)>;
                if constexpr (std::is_same_v<Type, bool>) {
                    ok = value.isBool();
                    if (ok)
                        changed.*member = value.toBool();
                } else if constexpr (std::is_same_v<Type, double>) {
                    const double number = value.toDouble(-1);
                    ok = value.isDouble() && number >= 0 && number <= 1;
                    if (ok)
                        changed.*member = number;
                } else {
                    const double number = value.toDouble();
                    ok = value.isDouble() && std::floor(number) == number
                        && number >= field->minimum
                        && number <= double(std::numeric_limits<Type>::max());
                    if (ok)
                        changed.*member = static_cast<Type>(number);
                }
            },
            field->member);
        if (!ok) {
            *error = invalid(it.key(), QStringLiteral("Invalid value for this fault."));
            return false;
        }
    }
    *faults = changed;
    return true;
}

QJsonObject ControlEndpoint::state() const
{
    return QJsonObject {
        { QStringLiteral("faults"), faultsToJson(m_faults.faults()) },
        { QStringLiteral("statistics"), statisticsToJson(m_statistics) },
        { QStringLiteral("dialect"),
          m_dialect == ServedDialect::ProjectVersions ? QStringLiteral("seed")
                                                      : QStringLiteral("workspaces") },
        { QStringLiteral("revision"), m_revision.number },
    };
}

HttpReply ControlEndpoint::handle(const HttpRequest &request, const QString &requestId)
{
    if (request.pathSegments
        != QStringList { QStringLiteral("_sandbox"), QStringLiteral("control") }) {
        return ProblemResponse::build(404, requestId);
    }
    if (!equalInConstantTime(request.header(QByteArrayLiteral("X-Sandbox-Control")),
                             m_secret.toUtf8())) {
        ErrorEntry error = ProblemResponse::standardError(403);
        error.details = QStringLiteral("Send the sandbox's control secret in X-Sandbox-Control.");
        return ProblemResponse::build(403, requestId, {}, { error });
    }
    if (request.method == "GET")
        return jsonReply(state());
    if (request.method != "PUT") {
        HttpReply reply = ProblemResponse::build(405, requestId);
        reply.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, PUT"));
        return reply;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ProblemResponse::build(400, requestId);
    QJsonObject fields = document.object();
    const QString revisionField = QStringLiteral("revision");
    int revision = m_revision.number;
    if (fields.contains(revisionField)) {
        const QJsonValue value = fields.take(revisionField);
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < 1
            || number > DemoData::maximumRevision) {
            const ErrorEntry error
                = invalid(revisionField,
                          QStringLiteral("The revision must be an integer from 1 to %1.")
                              .arg(DemoData::maximumRevision));
            return ProblemResponse::build(422, requestId, {}, { error });
        }
        revision = int(number);
    }
    SandboxFaults faults = m_faults.faults();
    ErrorEntry error;
    if (!applyJson(fields, &faults, &error))
        return ProblemResponse::build(422, requestId, {}, { error });
    m_faults.setFaults(faults);
    m_revision.number = revision;
    return jsonReply(state());
}

} // namespace d360::sandbox
