// See Envelope.h.
#include "core/api/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace d360::api {

namespace {

// 2^53: JSON numbers are doubles, which hold every whole number up to here.
constexpr double maxExactJsonInteger = 9007199254740992.0;

QString stringOrEmpty(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

QString describeJsonProblem(const QByteArray &body, const QJsonDocument &document,
                            const QJsonParseError &parseError)
{
    if (body.trimmed().isEmpty())
        return ApiError::tr("the body is empty");
    if (parseError.error == QJsonParseError::NoError)
        return document.isObject() ? QString() : ApiError::tr("the body is JSON but not an object");
    switch (parseError.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return ApiError::tr("the body ends early, at byte %1 of JSON (truncated)")
            .arg(parseError.offset);
    default:
        break;
    }
    const char first = body.trimmed().at(0);
    if (first != '{' && first != '[')
        return ApiError::tr("the body is not JSON (it starts with \"%1\")")
            .arg(QString::fromUtf8(body.trimmed().left(24)).simplified());
    return ApiError::tr("the JSON is invalid at byte %1: %2")
        .arg(parseError.offset)
        .arg(parseError.errorString());
}

QList<FieldError> parseFieldErrors(const QJsonValue &value)
{
    QList<FieldError> errors;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        errors.append(FieldError { stringOrEmpty(object.value(QLatin1String("code"))),
                                   stringOrEmpty(object.value(QLatin1String("message"))),
                                   stringOrEmpty(object.value(QLatin1String("field"))),
                                   stringOrEmpty(object.value(QLatin1String("details"))) });
    }
    return errors;
}

QList<ApiWarning> parseWarnings(const QJsonValue &value)
{
    QList<ApiWarning> warnings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        warnings.append(ApiWarning { stringOrEmpty(object.value(QLatin1String("code"))),
                                     stringOrEmpty(object.value(QLatin1String("message"))) });
    }
    return warnings;
}

std::optional<Envelope> Envelope::parse(const QByteArray &body, QString *problem)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QString jsonProblem = describeJsonProblem(body, document, parseError);
    if (!jsonProblem.isEmpty()) {
        *problem = jsonProblem;
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!root.contains(QLatin1String("data"))) {
        *problem = ApiError::tr("the answer has no \"data\"");
        return std::nullopt;
    }

    Envelope envelope;
    envelope.data = root.value(QLatin1String("data"));
    // A missing `success` on a 2xx answer is read as success: the status code
    // already said so, and refusing data the server meant to give helps nobody.
    envelope.success = root.value(QLatin1String("success")).toBool(true);
    envelope.requestId = stringOrEmpty(root.value(QLatin1String("request_id")));
    envelope.errors = parseFieldErrors(root.value(QLatin1String("errors")));
    envelope.warnings = parseWarnings(root.value(QLatin1String("warnings")));

    const QJsonValue pagination = root.value(QLatin1String("pagination"));
    if (pagination.isObject()) {
        const QJsonObject object = pagination.toObject();
        envelope.pagination.present = true;
        envelope.pagination.page = object.value(QLatin1String("page")).toInt();
        envelope.pagination.pageSize = object.value(QLatin1String("page_size")).toInt();
        const QJsonValue total = object.value(QLatin1String("total_count"));
        // A count is a whole number a double holds exactly; anything else
        // (1e300 would not even fit a qint64) is no count at all.
        const double count = total.toDouble(-1);
        if (count >= 0 && count <= maxExactJsonInteger && count == std::floor(count))
            envelope.pagination.totalCount = qint64(count);
        envelope.pagination.hasMore = object.value(QLatin1String("has_more")).toBool(false);
        envelope.pagination.nextCursor = stringOrEmpty(object.value(QLatin1String("next_cursor")));
    }
    return envelope;
}

} // namespace d360::api
