// See ApiRequest.h.
#include "core/api/ApiRequest.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiLogging.h"
#include "core/api/ApiTransport.h"
#include "core/api/NetworkErrors.h"
#include "core/api/ProblemDetails.h"
#include "core/api/Redactor.h"
#include "core/api/ReplyDeadline.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace d360::api {

using namespace std::chrono;

namespace {

// How far Qt may read ahead of what this request has taken from the reply.
constexpr qint64 readBufferBytes = 1024 * 1024;

QString requestIdFrom(const QNetworkReply *reply)
{
    for (const char *header : { "X-Request-Id", "Request-Id", "X-Trace-Id", "X-Correlation-Id" }) {
        const QByteArray value = reply->rawHeader(header);
        if (!value.isEmpty())
            return QString::fromLatin1(value);
    }
    return {};
}

} // namespace

ApiRequest::ApiRequest(ApiTransport *transport, ApiRequestSpec spec, ApiCall *call)
    : QObject(call)
    , m_transport(transport)
    , m_spec(std::move(spec))
    , m_call(call)
{
    connect(call, &ApiCall::aborted, this, [this] {
        m_finished = true;
        if (m_reply)
            m_reply->abort();
    });
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        // Nothing of this half-destroyed object may run from abort().
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiRequest::start()
{
    waitForBudgetThenSend();
}

void ApiRequest::waitForBudgetThenSend()
{
    m_transport->rateBudget()->acquire(this, [this] { send(); });
}

void ApiRequest::send()
{
    if (m_finished)
        return;
    const QUrl url = m_transport->apiUrl(m_spec.path, m_spec.query);
    QNetworkRequest request = m_transport->newRequest(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!m_spec.jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    m_usedScheme = m_transport->credential().scheme();
    m_timedOut = false;
    m_oversizedBytes = -1;
    m_body.clear();

    QNetworkReply *reply = m_spec.jsonBody.isEmpty() && m_spec.method == "GET"
        ? m_transport->network()->get(request)
        : m_transport->network()->sendCustomRequest(request, m_spec.method, m_spec.jsonBody);
    reply->setParent(this);
    m_reply = reply;
    const ApiSettings &settings = m_transport->settings();
    auto *deadline = new ReplyDeadline(reply, settings.requestTimeout, settings.inactivityTimeout);
    connect(reply, &QNetworkReply::finished, this, [this, deadline] {
        m_timedOut = deadline->expired();
        onReplyFinished();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        bool known = false;
        const qint64 announced
            = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known)
            refuseIfOversized(announced, true);
    });
    // The body is taken as it comes, so the reply's buffer stays small and
    // Qt's HTTP thread, which reads no further ahead than that buffer, stops
    // with the connection as soon as the body is refused. readyRead, not
    // downloadProgress: Qt emits that at most every 100 ms.
    reply->setReadBufferSize(readBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_body += reply->readAll();
        refuseIfOversized(m_body.size(), false);
    });
    m_sentAt.start();
    qCDebug(lcApi).noquote() << m_spec.method << Redactor::instance().redactUrl(url);
}

void ApiRequest::refuseIfOversized(qint64 bodyBytes, bool announced)
{
    if (bodyBytes <= maxBodyBytes || m_oversizedBytes >= 0 || !m_reply)
        return;
    m_oversizedBytes = bodyBytes;
    m_oversizeAnnounced = announced;
    m_reply->abort(); // finishes the reply, and onReplyFinished() says why
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    if (m_oversizedBytes >= 0) {
        const QString limit = QStringLiteral("%1 MiB").arg(maxBodyBytes / (1024 * 1024));
        ApiError error(
            ApiError::Kind::InvalidResponse,
            m_oversizeAnnounced
                ? ApiError::tr(
                      "the answer is %1, more than the %2 an answer may be, so it was not read")
                      .arg(QLocale::c().formattedDataSize(m_oversizedBytes), limit)
                : ApiError::tr(
                      "the answer went past the %1 an answer may be, so the rest was not read")
                      .arg(limit));
        error.setHttpStatus(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        error.setHost(m_transport->address().apiBaseUrl().host());
        error.setTraceId(requestIdFrom(reply));
        finish(error);
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed; reading it would only warn.
    const QByteArray body = m_body + (reply->isOpen() ? reply->readAll() : QByteArray());
    m_body.clear();
    const QString requestIdHeader = requestIdFrom(reply);
    m_transport->rateBudget()->observe(
        reply->rawHeader("X-RateLimit-Limit"), reply->rawHeader("X-RateLimit-Remaining"),
        reply->rawHeader("X-RateLimit-Reset"), QDateTime::currentDateTimeUtc());
    qCDebug(lcApi).noquote() << m_spec.method << Redactor::instance().redactUrl(reply->url())
                             << status << m_sentAt.elapsed() << "ms" << requestIdHeader;

    // A status with a transport error means the answer was cut short: the
    // headers came, the body did not.
    if (status == 0
        || (reply->error() != QNetworkReply::NoError && status >= 200 && status < 300)) {
        handleTransportError(transportError(reply, m_timedOut));
        return;
    }
    m_response.httpStatus = status;
    m_response.operationLocation = reply->rawHeader("Operation-Location");
    if (status >= 200 && status < 300)
        handleSuccess(status, body, requestIdHeader);
    else
        handleHttpError(status, body, requestIdHeader, reply->rawHeader("Retry-After"),
                        reply->rawHeader("X-RateLimit-Reset"));
}

void ApiRequest::handleSuccess(int status, const QByteArray &body, const QString &requestIdHeader)
{
    QString problem;
    std::optional<Envelope> envelope = Envelope::parse(body, &problem);
    if (!envelope) {
        // An unreadable answer to a GET is a body spoiled on the way (a proxy,
        // a cut the framing did not show): asking again is safe, like after a
        // cut connection. An unreadable answer to a POST is not retried: the
        // server may have acted on it.
        if (m_spec.idempotent && retryAfterBackoff())
            return;
        ApiError error(ApiError::Kind::InvalidResponse, problem);
        error.setHttpStatus(status);
        error.setHost(m_transport->address().apiBaseUrl().host());
        error.setTraceId(requestIdHeader);
        finish(error);
        return;
    }
    if (envelope->requestId.isEmpty())
        envelope->requestId = requestIdHeader;
    m_transport->noteAccepted(m_usedScheme);
    m_response.envelope = *envelope;
    if (!envelope->success) {
        ApiError error = ApiError::fromHttpStatus(status,
                                                  envelope->errors.isEmpty()
                                                      ? ApiError::tr("the server reports a failure")
                                                      : envelope->errors.first().message);
        error.setFieldErrors(envelope->errors);
        error.setTraceId(envelope->requestId);
        finish(error);
        return;
    }
    finish({});
}

void ApiRequest::handleHttpError(int status, const QByteArray &body, const QString &requestIdHeader,
                                 const QByteArray &retryAfter, const QByteArray &rateLimitReset)
{
    ApiError error = parseProblemDetails(status, body, requestIdHeader);
    error.setHost(m_transport->address().apiBaseUrl().host());
    const RetryPolicy &policy = m_transport->settings().retry;

    if (status == 401) {
        if (!m_schemeSwitched && m_transport->switchSchemeAfterRefusal(m_usedScheme)) {
            m_schemeSwitched = true;
            qCInfo(lcApi) << "401 with" << authSchemeName(m_usedScheme)
                          << "- trying the other scheme";
            waitForBudgetThenSend();
            return;
        }
        const ApiTransport::CredentialRefresher &refresher = m_transport->credentialRefresher();
        if (refresher && !m_credentialRefreshed) {
            m_credentialRefreshed = true;
            QPointer<ApiRequest> self(this);
            refresher([self, error](bool refreshed) {
                if (!self || self->m_finished)
                    return;
                if (refreshed) {
                    self->waitForBudgetThenSend();
                    return;
                }
                // No fresh credential: the same "needs attention" path as a
                // revoked token.
                self->m_transport->noteRejected(error);
                self->finish(error);
            });
            return;
        }
        m_transport->noteRejected(error);
        finish(error);
        return;
    }

    if (status == 429) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::optional<milliseconds> wait = RetryPolicy::parseRetryAfter(retryAfter, now);
        if (!wait) {
            if (const std::optional<QDateTime> reset
                = RetryPolicy::parseRateLimitReset(rateLimitReset, now))
                wait = milliseconds(std::max<qint64>(0, now.msecsTo(*reset)));
        }
        const milliseconds delay = wait.value_or(policy.backoff(m_retries));
        error.setRetryAfterSeconds(int(duration_cast<seconds>(delay + milliseconds(999)).count()));
        if (m_retries < policy.maxRetries && delay <= policy.maxServerRequestedDelay) {
            ++m_retries;
            // The whole budget pauses: every other request would get a 429 too.
            m_transport->rateBudget()->pauseFor(delay);
            waitForBudgetThenSend();
            return;
        }
        finish(error);
        return;
    }

    if (m_spec.idempotent && RetryPolicy::isRetryableStatus(status) && retryAfterBackoff())
        return;
    finish(error);
}

void ApiRequest::handleTransportError(ApiError error)
{
    using Kind = ApiError::Kind;
    if (error.kind() == Kind::Cancelled) {
        finish(error);
        return;
    }
    const bool serverSurelyDidNotAct
        = error.kind() == Kind::ConnectionRefused || error.kind() == Kind::HostNotFound;
    if ((m_spec.idempotent ? error.isTransient() : serverSurelyDidNotAct) && retryAfterBackoff())
        return;
    if (!m_spec.idempotent && !serverSurelyDidNotAct && error.isTransient()) {
        ApiError uncertain(Kind::ExportMayHaveStarted, error.message());
        uncertain.setHost(error.host());
        finish(uncertain);
        return;
    }
    finish(error);
}

bool ApiRequest::retryAfterBackoff()
{
    const RetryPolicy &policy = m_transport->settings().retry;
    if (m_retries >= policy.maxRetries)
        return false;
    const milliseconds delay = policy.backoff(m_retries);
    ++m_retries;
    qCInfo(lcApi) << "retrying" << m_spec.method << m_spec.path << "in" << delay.count() << "ms";
    QTimer::singleShot(delay, this, &ApiRequest::waitForBudgetThenSend);
    return true;
}

void ApiRequest::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response.error = error;
    Q_EMIT finished();
}

} // namespace d360::api
