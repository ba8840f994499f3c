// See SandboxServer.h. Members are declared in dependency order, so that
// they are destroyed listeners first: no request arrives for a part that is
// already gone, and no download stream outlives the file it reads.
#include "sandbox/SandboxServer.h"

#include "sandbox/AnswerStream.h"
#include "sandbox/ApiAuthenticator.h"
#include "sandbox/ApiService.h"
#include "sandbox/ControlEndpoint.h"
#include "sandbox/DemoRevisions.h"
#include "sandbox/ExportStore.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/LoopbackHttpListener.h"
#include "sandbox/OAuthServer.h"
#include "sandbox/ProblemResponse.h"
#include "sandbox/RandomSecret.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/ResponseChannel.h"
#include "sandbox/StorageServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

namespace d360::sandbox {

namespace {

QString generatedApiKey(ServedDialect dialect)
{
    return dialect == ServedDialect::ProjectVersions
        ? RandomSecret::token(32)
        : QStringLiteral("d360_sk_sandbox_") + RandomSecret::hex(16);
}

// What a captive proxy or a crashed upstream sends with a 200: not JSON.
QByteArray malformedBody()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><head><title>Service notice</title></head>"
                             "<body><h1>We'll be right back</h1><p>This is not JSON (sandbox "
                             "fault injection: malformed_bodies).</p></body></html>");
}

// The echo_credential fault: a server that quotes, in a problem's detail,
// the credential the request came with.
void echoCredential(HttpReply &reply, const HttpRequest &request)
{
    QJsonObject problem = QJsonDocument::fromJson(reply.body).object();
    if (reply.status < 400 || problem.isEmpty())
        return;
    problem.insert(QStringLiteral("detail"),
                   problem.value(QStringLiteral("detail")).toString()
                       + QStringLiteral(" Credential presented: %1")
                             .arg(ApiAuthenticator::presentedCredential(request)));
    reply.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
}

// The pad_answers_to_bytes fault: a field the contract does not name, which
// a client ignores, makes a success body at least size bytes long.
void pad(HttpReply &reply, qint64 size)
{
    const qint64 missing = size - reply.body.size();
    if (reply.status >= 300 || missing <= 0 || !reply.body.endsWith('}'))
        return;
    reply.body.chop(1);
    reply.body += ",\"padding\":\"";
    reply.body += QByteArray(qMax<qint64>(0, missing - 13), 'x');
    reply.body += "\"}";
}

} // namespace

struct SandboxServer::Private
{
    Private(SandboxServer *owner, const SandboxOptions &opts)
        : q(owner)
        , options(opts)
        , apiKey(opts.apiKey.isEmpty() ? generatedApiKey(opts.dialect) : opts.apiKey)
        , projectApiKey(opts.projectApiKey.isEmpty() ? generatedApiKey(opts.dialect)
                                                     : opts.projectApiKey)
        , projectApiKeyProjectId(opts.projectApiKeyProjectId.isEmpty()
                                     ? demoData.projects().constFirst().id
                                     : opts.projectApiKeyProjectId)
        , faults(opts.faults)
        , rateLimiter(opts.rateLimitPerWindow, opts.rateLimitWindowSeconds)
        , oauth(opts, demoData)
        , authenticator(opts.dialect, apiKey, projectApiKey, projectApiKeyProjectId, oauth)
        , revision { qBound(1, opts.revision, int(DemoData::maximumRevision)) }
        , control(opts.dialect, faults, revision, statistics)
        , exports(std::make_unique<ExportStore>(opts.exportPaddingBytes))
        , storage(std::make_unique<StorageServer>(*exports, faults, statistics))
        , api(opts, demoData, revision, *exports, *storage, faults, statistics)
        , apiListener(std::make_unique<LoopbackHttpListener>(
              [this](const HttpRequest &request, std::shared_ptr<ResponseChannel> channel) {
                  handle(request, std::move(channel));
              }))
    { }

    void handle(const HttpRequest &request, std::shared_ptr<ResponseChannel> channel);
    HttpReply answerApi(const HttpRequest &request, const QString &requestId, qint64 nowMs);
    void deliver(HttpReply reply, std::shared_ptr<ResponseChannel> channel);

    SandboxServer *q;
    SandboxOptions options;
    DemoData demoData;
    QString apiKey;
    QString projectApiKey;
    QString projectApiKeyProjectId;
    QString controlSecret;
    QString errorString;
    bool started = false;
    SandboxStatistics statistics;
    FaultInjector faults;
    RateLimiter rateLimiter;
    OAuthServer oauth;
    ApiAuthenticator authenticator;
    ContentRevision revision;
    ControlEndpoint control;
    std::unique_ptr<ExportStore> exports;
    std::unique_ptr<StorageServer> storage;
    ApiService api;
    std::unique_ptr<LoopbackHttpListener> apiListener;
};

void SandboxServer::Private::handle(const HttpRequest &request,
                                    std::shared_ptr<ResponseChannel> channel)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    if (OAuthServer::isTokenRequest(request)) {
        const int fault = faults.takeTokenEndpointFault();
        if (fault < 0) {
            channel->close(); // unanswered, as a server that went away mid-request
            return;
        }
        if (fault > 0) {
            HttpReply reply = ProblemResponse::build(fault, requestId);
            reply.setHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
            channel->send(reply);
            return;
        }
    }
    if (ControlEndpoint::isControlRequest(request) || OAuthServer::isOAuthRequest(request)) {
        HttpReply reply = ControlEndpoint::isControlRequest(request)
            ? control.handle(request, requestId)
            : oauth.handle(request, nowMs);
        reply.setHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
        if (request.method == "HEAD")
            reply.body.clear();
        channel->send(reply);
        return;
    }

    ++statistics.apiRequests;
    HttpReply reply = answerApi(request, requestId, nowMs);
    reply.setHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    if (faults.faults().echoCredential)
        echoCredential(reply, request);
    deliver(std::move(reply), std::move(channel));
}

HttpReply SandboxServer::Private::answerApi(const HttpRequest &request, const QString &requestId,
                                            qint64 nowMs)
{
    const RateLimiter::Decision limit
        = rateLimiter.consume(authenticator.presentedCredential(request), nowMs);
    const auto withLimitHeaders = [&limit](HttpReply reply) {
        if (limit.limited) {
            reply.setHeader(QByteArrayLiteral("X-RateLimit-Limit"),
                            QByteArray::number(limit.limit));
            reply.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"),
                            QByteArray::number(limit.remaining));
            reply.setHeader(QByteArrayLiteral("X-RateLimit-Reset"),
                            QByteArray::number(limit.resetEpochSeconds));
        }
        return reply;
    };

    if (!limit.allowed) {
        ++statistics.tooManyRequestsSent;
        HttpReply reply = ProblemResponse::build(429, requestId);
        reply.setHeader(QByteArrayLiteral("Retry-After"),
                        QByteArray::number(limit.retryAfterSeconds));
        return withLimitHeaders(reply);
    }

    const int gatewayStatus = faults.takeGatewayStatus();
    if (gatewayStatus != 0) {
        HttpReply reply = withLimitHeaders(ProblemResponse::build(gatewayStatus, requestId));
        const int retryAfter = qMax(0, faults.faults().retryAfterSeconds);
        if (gatewayStatus == 429) {
            ++statistics.tooManyRequestsSent;
            reply.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0"));
            reply.setHeader(QByteArrayLiteral("X-RateLimit-Reset"),
                            QByteArray::number((nowMs + 999) / 1000 + retryAfter));
        }
        if (gatewayStatus == 429 || gatewayStatus == 503)
            reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        return reply;
    }

    ApiAuthenticator::Result auth = authenticator.authenticate(request, nowMs);
    if (auth.accepted && faults.faults().tokenRevoked) {
        auth.accepted = false;
        auth.reason = QStringLiteral("The token has been revoked.");
    }
    if (!auth.accepted) {
        ++statistics.unauthorizedSent;
        ErrorEntry error = ProblemResponse::standardError(401);
        error.message = auth.reason;
        HttpReply reply = ProblemResponse::build(401, requestId, {}, { error });
        reply.setHeader(QByteArrayLiteral("WWW-Authenticate"), authenticator.challenge(auth));
        return withLimitHeaders(reply);
    }

    return withLimitHeaders(api.handle(request, requestId, auth.projectScope, nowMs));
}

void SandboxServer::Private::deliver(HttpReply reply, std::shared_ptr<ResponseChannel> channel)
{
    const SandboxFaults &current = faults.faults();
    if (current.padAnswersToBytes > 0 && reply.status < 300) {
        pad(reply, current.padAnswersToBytes);
        auto *stream
            = new AnswerStream(std::move(channel), std::move(reply), !current.unsizedAnswers,
                               &statistics.paddedAnswerBytesSent, q);
        stream->start();
        return;
    }
    bool truncate = false;
    if (faults.takeMalformedBody()) {
        reply.status = 200;
        reply.setHeader(QByteArrayLiteral("Content-Type"),
                        QByteArrayLiteral("application/json; charset=utf-8"));
        reply.body = malformedBody();
    } else {
        truncate = faults.takeTruncatedBody();
    }

    auto send = [reply = std::move(reply), channel = std::move(channel), truncate] {
        if (truncate)
            channel->sendCut(reply, reply.body.size() / 2);
        else
            channel->send(reply);
    };
    const int latencyMs = faults.faults().latencyMs;
    if (latencyMs > 0)
        QTimer::singleShot(latencyMs, q, std::move(send));
    else
        send();
}

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, options))
{
    connect(d->exports.get(), &ExportStore::fileBuilt, this, &SandboxServer::exportFileBuilt);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port)
{
    if (d->started) {
        d->errorString = tr("The sandbox is already running.");
        return false;
    }
    if (!d->storage->start()) {
        d->errorString = d->storage->errorString();
        return false;
    }
    if (!d->apiListener->start(QHostAddress(QHostAddress::LocalHost), port)) {
        d->errorString = d->apiListener->errorString();
        return false;
    }
    d->started = true;
    d->controlSecret = RandomSecret::hex(16);
    d->control.setSecret(d->controlSecret);
    d->api.setBaseUrl(baseUrl());
    d->oauth.setIssuer(baseUrl());
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->apiListener->port());
    return url;
}

QUrl SandboxServer::storageBaseUrl() const
{
    return d->storage->baseUrl();
}

QUrl SandboxServer::authorizeUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/connect/authorize"));
    return url;
}

QUrl SandboxServer::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/connect/token"));
    return url;
}

QString SandboxServer::oauthClientId() const
{
    return d->oauth.clientIds().value(0);
}

QString SandboxServer::apiKey() const
{
    return d->apiKey;
}

QString SandboxServer::projectApiKey() const
{
    return d->projectApiKey;
}

QString SandboxServer::projectApiKeyProjectId() const
{
    return d->projectApiKeyProjectId;
}

QString SandboxServer::controlSecret() const
{
    return d->controlSecret;
}

ServedDialect SandboxServer::dialect() const
{
    return d->options.dialect;
}

const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}

const DemoData &SandboxServer::demoData() const
{
    return d->demoData;
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    d->faults.setFaults(faults);
}

void SandboxServer::setRevision(int revision)
{
    d->revision.number = qBound(1, revision, int(DemoData::maximumRevision));
}

int SandboxServer::revision() const
{
    return d->revision.number;
}

SandboxFaults SandboxServer::faults() const
{
    return d->faults.faults();
}

SandboxStatistics SandboxServer::statistics() const
{
    return d->statistics;
}

QByteArray SandboxServer::exportSha256(const QString &exportId) const
{
    const ExportRecord *record = d->exports->find(exportId);
    return record ? record->sha256Hex : QByteArray();
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

} // namespace d360::sandbox
