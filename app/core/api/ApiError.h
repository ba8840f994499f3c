// One typed error for everything that can go wrong between us and Document360.
//
// Every failure, whether the network, a TLS handshake, an RFC 7807 problem from
// the API or a body we cannot read, ends up in this one shape, so the window,
// the headless command and the job queue can each show it the same way: a
// one-line message that says what to do next, plus the server's trace id,
// which is the first thing Document360 support asks for.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace d360::api {

// One entry of a problem's `errors` list (and of an envelope's).
struct FieldError
{
    QString code;
    QString message;
    QString field;
    QString details;
};

struct ApiWarning
{
    QString code;
    QString message;
};

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Cancelled,
        Timeout,
        HostNotFound, // DNS
        ConnectionRefused,
        NetworkUnreachable, // no network, or it went away
        ConnectionLost, // dropped while the answer was on its way
        Tls,
        InsecureUrl, // http to a non-loopback host, or a downgrade
        TooManyRedirects,
        InvalidResponse, // not JSON, truncated, or not the contract's shape
        BadRequest, // 400
        Unauthorized, // 401
        Forbidden, // 403 from the API
        NotFound, // 404
        Validation, // 422
        RateLimited, // 429, after the retries were used up
        ServerError, // 5xx
        HttpError, // any other unexpected status
        ExportMayHaveStarted, // the start request may have reached the server
        LinkExpired, // 403 from the storage host: the signed link ran out
        ExportFailed, // the server reports the export as Failed
        LocalFile, // we could not write what we downloaded
        InvalidChoice, // what was asked for cannot be done as asked; nothing was sent
    };

    ApiError() = default;
    // detail, title and field errors are redacted (see Redactor.h) as they
    // are set: a server may quote the token it was sent, and an error is
    // shown, logged and stored.
    ApiError(Kind kind, QString detail);

    static ApiError fromHttpStatus(int httpStatus, QString detail);

    bool isNull() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }

    int httpStatus() const { return m_httpStatus; }
    QString type() const { return m_type; }
    QString title() const { return m_title; }
    // The server's own explanation, or what the transport reported.
    QString detail() const { return m_detail; }
    QString traceId() const { return m_traceId; }
    QString host() const { return m_host; }
    const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }
    // Seconds the server asked us to wait (Retry-After), or -1.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setType(const QString &type) { m_type = type; }
    void setTitle(const QString &title);
    void setTraceId(const QString &traceId) { m_traceId = traceId; }
    void setHost(const QString &host) { m_host = host; }
    void setFieldErrors(const QList<FieldError> &errors);
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    // One line for a person: what happened, and a hint of what to do.
    QString message() const;
    // message(), followed by the trace id when there is one.
    QString displayText() const;

    // Transport failures worth trying again for an idempotent request.
    bool isTransient() const;

private:
    QString fieldSummary() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_type;
    QString m_title;
    QString m_detail;
    QString m_traceId;
    QString m_host;
    QList<FieldError> m_fieldErrors;
    int m_retryAfterSeconds = -1;
};

} // namespace d360::api

Q_DECLARE_METATYPE(d360::api::ApiError)
