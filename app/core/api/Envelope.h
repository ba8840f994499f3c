// The V3 API's success envelope and its pagination block.
//
// Every success body is `{data, success, request_id, errors, warnings}`, lists
// add `pagination`. Real servers add fields the contract does not name, and
// send `null` where the contract shows `[]`: the parser ignores the first and
// accepts the second, and turns anything that is not this shape into an
// InvalidResponse error rather than an empty result.
#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace d360::api {

struct Pagination
{
    bool present = false;
    int page = 0;
    int pageSize = 0;
    std::optional<qint64> totalCount;
    bool hasMore = false;
    QString nextCursor;
};

struct Envelope
{
    QJsonValue data;
    bool success = false;
    QString requestId;
    QList<FieldError> errors;
    QList<ApiWarning> warnings;
    Pagination pagination;

    // Parses a success body. On failure returns nullopt and says why in
    // *problem, in words fit for ApiError::detail().
    static std::optional<Envelope> parse(const QByteArray &body, QString *problem);
};

// Reads `[{code, message, field, details}]`; null or absent is an empty list.
QList<FieldError> parseFieldErrors(const QJsonValue &value);
QList<ApiWarning> parseWarnings(const QJsonValue &value);

// Why a body is not a JSON object, in words: truncated, not JSON, or empty.
// document and error are what QJsonDocument::fromJson() made of body, so
// the body is parsed once.
QString describeJsonProblem(const QByteArray &body, const QJsonDocument &document,
                            const QJsonParseError &error);

} // namespace d360::api
