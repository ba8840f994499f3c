// One API request, seen through to an answer: waits for the rate budget,
// sends, and retries where that is safe.
//
// GETs are retried on 429 (after the wait the server asks for), on
// 500/502/503/504, on transient transport errors and on a 2xx body that
// cannot be read, a bounded number of times. A non-idempotent request (starting an export) is
// retried only when the server surely did not act on it: a 429, or a refused connection. After a
// timeout or a dropped connection it fails with ExportMayHaveStarted, so a caller never creates a
// duplicate export by accident. A first 401 switches the auth scheme once; a later one asks the
// credential refresher once. An answer is at most maxBodyBytes: a bigger Content-Length is refused
// when the headers arrive, and an answer without one is cut off once that much has come, so a
// hostile or broken server cannot fill the memory.
#pragma once

#include "core/api/ApiError.h"
#include "core/api/Credential.h"
#include "core/api/Envelope.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QNetworkReply;

namespace d360::api {

class ApiCall;
class ApiTransport;

struct ApiRequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // below the base URL, e.g. "/v3/projects"
    QUrlQuery query;
    QByteArray jsonBody;
    bool idempotent = true;
};

struct ApiResponse
{
    int httpStatus = 0;
    Envelope envelope;
    ApiError error;
    QByteArray operationLocation;

    bool ok() const { return error.isNull(); }
};

class ApiRequest : public QObject
{
    Q_OBJECT

public:
    // The API's answers are kilobytes; a page of a list, a few hundred.
    static constexpr qint64 maxBodyBytes = 16 * 1024 * 1024;

    ApiRequest(ApiTransport *transport, ApiRequestSpec spec, ApiCall *call);
    ~ApiRequest() override;

    void start();
    const ApiResponse &response() const { return m_response; }

Q_SIGNALS:
    // Once, with response() filled in. Not emitted when the call was aborted.
    void finished();

private:
    void waitForBudgetThenSend();
    void send();
    void onReplyFinished();
    // Aborts the reply when its body is, or would be, over maxBodyBytes.
    void refuseIfOversized(qint64 bodyBytes, bool announced);
    void handleSuccess(int status, const QByteArray &body, const QString &requestIdHeader);
    void handleHttpError(int status, const QByteArray &body, const QString &requestIdHeader,
                         const QByteArray &retryAfter, const QByteArray &rateLimitReset);
    void handleTransportError(ApiError error);
    bool retryAfterBackoff();
    void finish(const ApiError &error);

    ApiTransport *m_transport;
    ApiRequestSpec m_spec;
    QPointer<ApiCall> m_call;
    QPointer<QNetworkReply> m_reply;
    AuthScheme m_usedScheme = AuthScheme::Bearer;
    ApiResponse m_response;
    QElapsedTimer m_sentAt;
    int m_retries = 0;
    bool m_schemeSwitched = false;
    bool m_credentialRefreshed = false;
    bool m_timedOut = false;
    QByteArray m_body; // of the current reply, as it arrives
    qint64 m_oversizedBytes = -1; // what the refused answer announced or brought; -1: none
    bool m_oversizeAnnounced = false;
    bool m_finished = false;
};

} // namespace d360::api
