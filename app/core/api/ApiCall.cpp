// See ApiCall.h.
#include "core/api/ApiCall.h"

#include "core/AnnounceThenDelete.h"

namespace d360::api {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{ }

ApiCall::~ApiCall() = default;

void ApiCall::abort()
{
    if (m_finished)
        return;
    Q_EMIT aborted();
    finishWithError(ApiError(ApiError::Kind::Cancelled, tr("cancelled")));
}

void ApiCall::setRequestId(const QString &requestId)
{
    if (!requestId.isEmpty())
        m_requestId = requestId;
}

void ApiCall::addWarnings(const QList<ApiWarning> &warnings)
{
    m_warnings.append(warnings);
}

void ApiCall::finishWithSuccess()
{
    finish();
}

void ApiCall::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (m_requestId.isEmpty())
        m_requestId = error.traceId();
    finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    announceThenDelete(this, &ApiCall::finished);
}

} // namespace d360::api
