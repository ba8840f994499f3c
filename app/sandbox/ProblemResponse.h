// Error answers of the V3 API: RFC 7807 problem details, in exactly the
// shape of the reference page and the OpenAPI files.
//
//   Content-Type: application/problem+json
//   {"type": "https://developer.document360.com/errors/<slug>", "title": "...",
//    "status": 422, "detail": "...", "instance": null, "trace_id": "<request id>",
//    "errors": [{"code": "VALIDATION_ERROR", "message": "...", "field": "format",
//                "details": null}],
//    "warnings": null}
//
// type, title and the errors' codes are constants per status, copied from the
// seed page's examples (400, 401, 404, 422, 429 and 500) and extended in the
// same style for the statuses it does not show (403, 405, 415, 502, 503,
// 504). One place builds them all, so they cannot drift apart.
#pragma once

#include "sandbox/HttpMessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace d360::sandbox {

// One entry of an envelope's or a problem's "errors"; an empty field or
// details is written as null.
struct ErrorEntry
{
    QString code;
    QString message;
    QString field;
    QString details;

    QJsonObject toJson() const;
};

class ProblemResponse
{
public:
    // The problem for status with the given errors; with none, the standard
    // error of that status. An empty detail uses the status's standard one.
    static HttpReply build(int status, const QString &traceId, const QString &detail = {},
                           const QList<ErrorEntry> &errors = {});

    // The seed's error for a status: code and message, no field.
    static ErrorEntry standardError(int status);
    static QString typeUrl(int status);
    static QString title(int status);
    static QString standardDetail(int status);
};

} // namespace d360::sandbox
