// See ProblemDetails.h.
#include "core/api/ProblemDetails.h"

#include "core/api/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace d360::api {

ApiError parseProblemDetails(int status, const QByteArray &body, const QString &requestIdHeader)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject problem = document.object();
    const QString detail = problem.value(QLatin1String("detail")).toString();
    const QList<FieldError> fieldErrors = parseFieldErrors(problem.value(QLatin1String("errors")));

    QString bestDetail = detail;
    if (bestDetail.isEmpty() && !fieldErrors.isEmpty())
        bestDetail = fieldErrors.first().message;
    if (bestDetail.isEmpty())
        bestDetail = problem.value(QLatin1String("title")).toString();
    if (bestDetail.isEmpty()) {
        // Not a problem document (a proxy's HTML page, say): keep the status
        // meaningful and say what the body was.
        const QString why = describeJsonProblem(body, document, parseError);
        bestDetail = why.isEmpty() ? ApiError::tr("no explanation given")
                                   : ApiError::tr("no explanation given; %1").arg(why);
    }

    ApiError error = ApiError::fromHttpStatus(status, bestDetail);
    error.setType(problem.value(QLatin1String("type")).toString());
    error.setTitle(problem.value(QLatin1String("title")).toString());
    error.setFieldErrors(fieldErrors);
    QString traceId = problem.value(QLatin1String("trace_id")).toString();
    if (traceId.isEmpty())
        traceId = problem.value(QLatin1String("request_id")).toString();
    if (traceId.isEmpty())
        traceId = requestIdHeader;
    error.setTraceId(traceId);
    return error;
}

} // namespace d360::api
