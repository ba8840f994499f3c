// See ApiError.h. The wording follows Document360's official CLI where it has
// one (401: "the token was revoked or belongs to another region"); every
// message names a next step, because "Error 403" helps nobody at 2 a.m.
#include "core/api/ApiError.h"

#include "core/api/Redactor.h"

#include <QCoreApplication>

namespace d360::api {

namespace {

QString redacted(const QString &text)
{
    return text.isEmpty() ? text : Redactor::instance().redact(text);
}

// A server's detail usually ends in a full stop, and the message around it
// adds its own.
QString withoutFinalStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

} // namespace

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(redacted(detail))
{ }

void ApiError::setTitle(const QString &title)
{
    m_title = redacted(title);
}

void ApiError::setFieldErrors(const QList<FieldError> &errors)
{
    m_fieldErrors = errors;
    for (FieldError &error : m_fieldErrors) {
        error.message = redacted(error.message);
        error.details = redacted(error.details);
        error.field = redacted(error.field);
    }
}

ApiError ApiError::fromHttpStatus(int httpStatus, QString detail)
{
    Kind kind = Kind::HttpError;
    switch (httpStatus) {
    case 400:
        kind = Kind::BadRequest;
        break;
    case 401:
        kind = Kind::Unauthorized;
        break;
    case 403:
        kind = Kind::Forbidden;
        break;
    case 404:
        kind = Kind::NotFound;
        break;
    case 422:
        kind = Kind::Validation;
        break;
    case 429:
        kind = Kind::RateLimited;
        break;
    default:
        if (httpStatus >= 500 && httpStatus <= 599)
            kind = Kind::ServerError;
        break;
    }
    ApiError error(kind, std::move(detail));
    error.setHttpStatus(httpStatus);
    return error;
}

QString ApiError::fieldSummary() const
{
    for (const FieldError &fieldError : m_fieldErrors) {
        if (!fieldError.field.isEmpty())
            return tr("\"%1\": %2").arg(fieldError.field, withoutFinalStop(fieldError.message));
    }
    return {};
}

QString ApiError::message() const
{
    const QString detail = withoutFinalStop(m_detail.isEmpty() ? m_title : m_detail);
    const QString host = m_host.isEmpty() ? tr("the server") : m_host;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Timeout:
        return tr("%1 did not answer in time. Check your connection, then try again.").arg(host);
    case Kind::HostNotFound:
        return tr("The server name %1 could not be found. Check the region or base URL and "
                  "your internet connection.")
            .arg(host);
    case Kind::ConnectionRefused:
        return tr("%1 refused the connection. The address may be wrong, or the service is down.")
            .arg(host);
    case Kind::NetworkUnreachable:
        return tr("The network is unreachable (%1). Check your internet connection.").arg(detail);
    case Kind::ConnectionLost:
        return tr("The connection to %1 dropped (%2). Try again.").arg(host, detail);
    case Kind::Tls:
        return tr("No secure connection to %1 (%2). A proxy, a wrong system clock or an "
                  "outdated certificate store may be in the way.")
            .arg(host, detail);
    case Kind::InsecureUrl:
        return tr("Refused an unsafe address (%1). Only https is used, except on this computer "
                  "(localhost).")
            .arg(detail);
    case Kind::TooManyRedirects:
        return tr("Too many redirects (%1). The download link may be misconfigured.").arg(detail);
    case Kind::InvalidResponse:
        return tr("The answer from %1 could not be read (%2). A proxy or a server fault may be "
                  "in the way; try again later.")
            .arg(host, detail);
    case Kind::BadRequest:
        return tr("Document360 could not read the request (400): %1. This is a bug in D360 "
                  "Exporter; please report it with the trace id.")
            .arg(detail);
    case Kind::Unauthorized:
        return tr("Document360 refused the token (401): the token was revoked or belongs to "
                  "another region. Check the region, or replace the token.");
    case Kind::Forbidden:
        return tr("The token may not do this (403): %1. Exporting needs the "
                  "UpdateProjectSettings permission; ask a project owner.")
            .arg(detail);
    case Kind::NotFound:
        return tr("Not found (404): %1. It may have been deleted, or the token belongs to "
                  "another project.")
            .arg(detail);
    case Kind::Validation: {
        const QString field = fieldSummary();
        return field.isEmpty() ? tr("Document360 rejected the request (422): %1.").arg(detail)
                               : tr("Document360 rejected the field %1 (422).").arg(field);
    }
    case Kind::RateLimited:
        return m_retryAfterSeconds > 0
            ? tr("Rate limit reached (429): too many requests for this token. Try again "
                 "in %n second(s), or run fewer exports at once.",
                 nullptr, m_retryAfterSeconds)
            : tr("Rate limit reached (429): too many requests for this token. Try again "
                 "in a minute, or run fewer exports at once.");
    case Kind::ServerError:
        return tr("Document360 had a server error (%1): %2. Try again later; if it persists, "
                  "give support the trace id.")
            .arg(m_httpStatus)
            .arg(detail);
    case Kind::HttpError:
        return tr("Unexpected answer from %1 (HTTP %2): %3.")
            .arg(host)
            .arg(m_httpStatus)
            .arg(detail);
    case Kind::ExportMayHaveStarted:
        return tr("The connection dropped after the export was requested (%1), so the export may "
                  "have started on the server. Check before starting it again.")
            .arg(detail);
    case Kind::LinkExpired:
        return tr("The download link expired (403 from the storage host). A fresh link is "
                  "needed from the export's status.");
    case Kind::ExportFailed:
        return tr("Document360 could not build the export: %1.").arg(detail);
    case Kind::LocalFile:
        return tr("Could not save the download: %1. Check free space and permissions of the "
                  "output folder.")
            .arg(detail);
    case Kind::InvalidChoice:
        // The detail is the whole story, in the writer's own terms.
        return detail.isEmpty() ? detail
                                : detail.at(0).toUpper() + detail.mid(1) + QLatin1Char('.');
    }
    return detail;
}

QString ApiError::displayText() const
{
    if (m_traceId.isEmpty())
        return message();
    return tr("%1 Trace id: %2").arg(message(), m_traceId);
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::ConnectionRefused:
    case Kind::NetworkUnreachable:
    case Kind::ConnectionLost:
    case Kind::HostNotFound: // resolvers fail transiently on flaky Wi-Fi
        return true;
    default:
        return false;
    }
}

} // namespace d360::api
