// The handle a caller gets for one logical API call.
//
// A call may take several HTTP requests (pages of a list, retries, detecting
// the dialect or the auth scheme), so it is not a QNetworkReply: it is an
// object that emits finished() exactly once, from the event loop (never from
// inside the function that created it, so there is always time to connect),
// and then deletes itself. Read the outcome in a slot connected to finished():
// error() is null on success, and the result, request id and warnings are
// there. abort() ends the call at once with a Cancelled error. The client owns
// the call (it is the parent), so a client going away takes its calls along:
// they are deleted without reporting (watch them with QPointer if that matters).
#pragma once

#include "core/api/ApiError.h"

#include <QObject>

namespace d360::api {

class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isNull(); }
    const ApiError &error() const { return m_error; }
    // The request id of the last answer (support asks for it).
    QString requestId() const { return m_requestId; }
    const QList<ApiWarning> &warnings() const { return m_warnings; }

    void abort();

    // For the client that runs the call.
    void setRequestId(const QString &requestId);
    void addWarnings(const QList<ApiWarning> &warnings);
    void finishWithSuccess();
    void finishWithError(const ApiError &error);

Q_SIGNALS:
    // Emitted once; the call is deleted after the slots return.
    void finished();
    // Lists: items received so far, while pages arrive.
    void progress(int itemsSoFar);
    // abort() was called; the running request must stop.
    void aborted();

protected:
    explicit ApiCall(QObject *parent);

private:
    void finish();

    bool m_finished = false;
    ApiError m_error;
    QString m_requestId;
    QList<ApiWarning> m_warnings;
};

// A call with a typed result. No Q_OBJECT: it adds no signals.
template<typename Result> class ApiResultCall : public ApiCall
{
public:
    explicit ApiResultCall(QObject *parent)
        : ApiCall(parent)
    { }

    const Result &result() const { return m_result; }
    Result &mutableResult() { return m_result; }

private:
    Result m_result {};
};

} // namespace d360::api
