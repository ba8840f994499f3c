// See ErrorKindNames.h.
#include "core/jobs/ErrorKindNames.h"

#include <array>
#include <utility>

namespace d360::jobs {

namespace {

using Kind = api::ApiError::Kind;

constexpr std::array<std::pair<Kind, const char *>, 24> kindNames { {
    { Kind::None, "" },
    { Kind::Cancelled, "cancelled" },
    { Kind::Timeout, "timeout" },
    { Kind::HostNotFound, "host-not-found" },
    { Kind::ConnectionRefused, "connection-refused" },
    { Kind::NetworkUnreachable, "network-unreachable" },
    { Kind::ConnectionLost, "connection-lost" },
    { Kind::Tls, "tls" },
    { Kind::InsecureUrl, "insecure-url" },
    { Kind::TooManyRedirects, "too-many-redirects" },
    { Kind::InvalidResponse, "invalid-response" },
    { Kind::BadRequest, "bad-request" },
    { Kind::Unauthorized, "unauthorized" },
    { Kind::Forbidden, "forbidden" },
    { Kind::NotFound, "not-found" },
    { Kind::Validation, "validation" },
    { Kind::RateLimited, "rate-limited" },
    { Kind::ServerError, "server-error" },
    { Kind::HttpError, "http-error" },
    { Kind::ExportMayHaveStarted, "export-may-have-started" },
    { Kind::LinkExpired, "link-expired" },
    { Kind::ExportFailed, "export-failed" },
    { Kind::LocalFile, "local-file" },
    { Kind::InvalidChoice, "invalid-choice" },
} };

} // namespace

QString errorKindName(Kind kind)
{
    for (const auto &[candidate, name] : kindNames) {
        if (candidate == kind)
            return QLatin1String(name);
    }
    return {};
}

Kind errorKindFromName(const QString &name)
{
    if (name.isEmpty())
        return Kind::None;
    for (const auto &[kind, candidate] : kindNames) {
        if (name == QLatin1String(candidate))
            return kind;
    }
    return Kind::None;
}

} // namespace d360::jobs
