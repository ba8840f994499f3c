// See ProblemResponse.h. The texts of 400, 401, 404, 422, 429 and 500 are
// the seed page's and the OpenAPI examples' word for word; a client that
// matches on them (it should match on codes, but some do) sees what it would
// see in production.
#include "sandbox/ProblemResponse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace d360::sandbox {

namespace {

struct StatusText
{
    int status;
    const char *slug;
    const char *title;
    const char *detail;
    const char *code;
    const char *message;
};

const StatusText statusTexts[] = {
    { 400, "bad-request", "Bad Request.", "The request body is malformed or contains invalid JSON.",
      "BAD_REQUEST", "Could not parse the request body. Ensure it is valid JSON." },
    { 401, "unauthorized", "Unauthorized.", "The authentication token is missing or has expired.",
      "UNAUTHORIZED", "Bearer token is missing or invalid." },
    { 403, "forbidden", "Forbidden.", "You do not have permission to access this resource.",
      "FORBIDDEN", "Access to this resource is forbidden." },
    { 404, "not-found", "Not Found.", "The requested resource does not exist or has been deleted.",
      "RESOURCE_NOT_FOUND", "The requested resource was not found." },
    { 405, "method-not-allowed", "Method Not Allowed.",
      "The HTTP method is not supported by this resource.", "METHOD_NOT_ALLOWED",
      "See the Allow header for the methods this resource supports." },
    { 415, "unsupported-media-type", "Unsupported Media Type.",
      "The request body must be sent as application/json.", "UNSUPPORTED_MEDIA_TYPE",
      "Send the request body with Content-Type: application/json." },
    { 422, "validation-error", "Unprocessable Entity.", "One or more fields failed validation.",
      "VALIDATION_ERROR", "The field is invalid." },
    { 429, "too-many-requests", "Too Many Requests.",
      "Rate limit exceeded. Retry after the duration specified in the Retry-After header.",
      "TOO_MANY_REQUESTS",
      "Rate limit exceeded. Retry after the duration specified in the Retry-After header." },
    { 500, "internal-error", "Internal Server Error.",
      "An unexpected error occurred. Please try again or contact support.", "INTERNAL_SERVER_ERROR",
      "An unexpected error occurred." },
    { 502, "bad-gateway", "Bad Gateway.",
      "An upstream service returned an invalid response. Please try again.", "BAD_GATEWAY",
      "An upstream service returned an invalid response." },
    { 503, "service-unavailable", "Service Unavailable.",
      "The service is temporarily unavailable. Please try again later.", "SERVICE_UNAVAILABLE",
      "The service is temporarily unavailable." },
    { 504, "gateway-timeout", "Gateway Timeout.",
      "An upstream service did not answer in time. Please try again.", "GATEWAY_TIMEOUT",
      "An upstream service did not answer in time." },
};

const StatusText &textFor(int status)
{
    for (const StatusText &text : statusTexts) {
        if (text.status == status)
            return text;
    }
    // Every status the sandbox answers with is in the table; anything else
    // is reported as what it is, an internal error.
    return textFor(500);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ErrorEntry::toJson() const
{
    return QJsonObject { { QStringLiteral("code"), code },
                         { QStringLiteral("message"), message },
                         { QStringLiteral("field"), stringOrNull(field) },
                         { QStringLiteral("details"), stringOrNull(details) } };
}

ErrorEntry ProblemResponse::standardError(int status)
{
    const StatusText &text = textFor(status);
    return ErrorEntry { QString::fromUtf8(text.code), QString::fromUtf8(text.message), {}, {} };
}

QString ProblemResponse::typeUrl(int status)
{
    return QStringLiteral("https://developer.document360.com/errors/")
        + QString::fromUtf8(textFor(status).slug);
}

QString ProblemResponse::title(int status)
{
    return QString::fromUtf8(textFor(status).title);
}

QString ProblemResponse::standardDetail(int status)
{
    return QString::fromUtf8(textFor(status).detail);
}

HttpReply ProblemResponse::build(int status, const QString &traceId, const QString &detail,
                                 const QList<ErrorEntry> &errors)
{
    QJsonArray errorArray;
    for (const ErrorEntry &error :
         errors.isEmpty() ? QList<ErrorEntry> { standardError(status) } : errors)
        errorArray.append(error.toJson());

    const QJsonObject problem {
        { QStringLiteral("type"), typeUrl(status) },
        { QStringLiteral("title"), title(status) },
        { QStringLiteral("status"), status },
        { QStringLiteral("detail"), detail.isEmpty() ? standardDetail(status) : detail },
        { QStringLiteral("instance"), QJsonValue::Null },
        { QStringLiteral("trace_id"), traceId },
        { QStringLiteral("errors"), errorArray },
        { QStringLiteral("warnings"), QJsonValue::Null },
    };

    HttpReply reply;
    reply.status = status;
    reply.setHeader(QByteArrayLiteral("Content-Type"),
                    QByteArrayLiteral("application/problem+json"));
    reply.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace d360::sandbox
