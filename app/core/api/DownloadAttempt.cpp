// See DownloadAttempt.h.
#include "core/api/DownloadAttempt.h"

#include "core/api/ApiLogging.h"
#include "core/api/ApiTransport.h"
#include "core/api/NetworkErrors.h"
#include "core/api/ProblemDetails.h"
#include "core/api/Redactor.h"
#include "core/api/ReplyDeadline.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace d360::api {

namespace {

// Large enough for full speed on loopback, small enough that a slow disk
// holds back the socket instead of filling memory.
constexpr qint64 readBufferBytes = 4 * 1024 * 1024;
// Error bodies are read for their message only.
constexpr qint64 maxErrorBodyBytes = 64 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// "bytes 100-999/1000" -> first byte 100, total 1000 (-1 for "*").
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *total)
{
    static const QRegularExpression pattern(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value.trimmed()));
    if (!match.hasMatch())
        return false;
    *first = match.captured(1).toLongLong();
    *total = match.captured(3) == QLatin1String("*") ? -1 : match.captured(3).toLongLong();
    return true;
}

// RFC 9530: Repr-Digest: sha-256=:<base64>:, possibly among other algorithms.
QByteArray sha256FromReprDigest(const QByteArray &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[,\\s])sha-256=:([A-Za-z0-9+/=]+):"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value));
    const QByteArray digest
        = match.hasMatch() ? QByteArray::fromBase64(match.captured(1).toLatin1()) : QByteArray();
    return digest.size() == 32 ? digest : QByteArray();
}

QByteArray md5FromBase64(const QByteArray &value)
{
    const QByteArray digest = QByteArray::fromBase64(value.trimmed());
    return digest.size() == 16 ? digest : QByteArray();
}

// A body whose end the protocol marks, so a cut shows as an error.
bool hasFramedBody(const QNetworkReply *reply)
{
    return reply->header(QNetworkRequest::ContentLengthHeader).isValid()
        || reply->rawHeader("Transfer-Encoding").toLower().contains("chunked")
        || reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
}

} // namespace

DownloadAttempt::DownloadAttempt(ApiTransport *transport, QUrl url, qint64 offset,
                                 QByteArray ifRange, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_url(std::move(url))
    , m_offset(offset)
    , m_ifRange(std::move(ifRange))
{ }

DownloadAttempt::~DownloadAttempt()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void DownloadAttempt::start()
{
    sendTo(m_url);
}

void DownloadAttempt::abort()
{
    if (m_done)
        return;
    if (m_reply)
        m_reply->abort();
    else
        fail(ApiError(ApiError::Kind::Cancelled, ApiError::tr("cancelled")));
}

void DownloadAttempt::sendTo(const QUrl &url)
{
    QString problem;
    if (!ServerAddress::isAllowedUrl(url, &problem)) {
        fail(ApiError(ApiError::Kind::InsecureUrl, problem));
        return;
    }
    m_url = url;
    QNetworkRequest request = m_transport->newRequest(url);
    if (m_offset > 0) {
        request.setRawHeader(QByteArrayLiteral("Range"),
                             "bytes=" + QByteArray::number(m_offset) + '-');
        if (!m_ifRange.isEmpty())
            request.setRawHeader(QByteArrayLiteral("If-Range"), m_ifRange);
    }
    QNetworkReply *reply = m_transport->network()->get(request);
    reply->setParent(this);
    reply->setReadBufferSize(readBufferBytes);
    m_reply = reply;
    m_redirecting = false;
    m_deadline = new ReplyDeadline(reply, std::chrono::milliseconds(0),
                                   m_transport->settings().downloadInactivityTimeout);
    connect(reply, &QNetworkReply::metaDataChanged, this, &DownloadAttempt::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &DownloadAttempt::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &DownloadAttempt::onFinished);
    qCDebug(lcApi).noquote() << "GET" << Redactor::instance().redactUrl(url) << "from byte"
                             << m_offset;
}

void DownloadAttempt::onMetaDataChanged()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_bodyStarted)
        return;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(m_httpStatus)) {
        m_redirecting = true;
        return;
    }
    if (m_httpStatus != 200 && m_httpStatus != 206)
        return; // an error; its body is read at the end

    m_etag = reply->rawHeader("ETag");
    if (!hasFramedBody(reply)) {
        ApiError error(
            ApiError::Kind::InvalidResponse,
            ApiError::tr("the storage host sent the file without a length (no Content-Length "
                         "and no chunked encoding), so a cut connection could not be told "
                         "from its end"));
        error.setHost(reply->url().host());
        fail(error);
        return;
    }
    noteAnnouncedDigests(reply);
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    m_expectedBodyBytes = length.isValid() ? length.toLongLong() : -1;
    qint64 startsAt = 0;
    if (m_httpStatus == 206) {
        qint64 first = -1;
        if (!parseContentRange(reply->rawHeader("Content-Range"), &first, &m_totalSize)
            || first != m_offset) {
            fail(ApiError(ApiError::Kind::InvalidResponse,
                          ApiError::tr("the storage host sent a different part of the file than "
                                       "asked for (Content-Range: %1)")
                              .arg(QString::fromLatin1(reply->rawHeader("Content-Range")))));
            return;
        }
        startsAt = first;
    } else {
        m_totalSize = m_expectedBodyBytes;
    }
    m_bodyStarted = true;
    Q_EMIT bodyStarting(startsAt, m_totalSize);
}

void DownloadAttempt::noteAnnouncedDigests(const QNetworkReply *reply)
{
    m_announcedSha256 = sha256FromReprDigest(reply->rawHeader("Repr-Digest"));
    m_announcedMd5 = md5FromBase64(reply->rawHeader("x-ms-blob-content-md5"));
    // Content-MD5 is the digest of this body: of the whole file only on a 200.
    if (m_announcedMd5.isEmpty() && m_httpStatus == 200)
        m_announcedMd5 = md5FromBase64(reply->rawHeader("Content-MD5"));
}

void DownloadAttempt::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done || !m_bodyStarted)
        return;
    while (reply->bytesAvailable() > 0 && !m_done) {
        const QByteArray data = reply->read(qMin<qint64>(reply->bytesAvailable(), readBufferBytes));
        m_bodyBytes += data.size();
        Q_EMIT bodyData(data);
    }
}

void DownloadAttempt::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    if (m_redirecting) {
        const QUrl location = reply->url().resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        followRedirect(location);
        return;
    }
    if (m_bodyStarted) {
        onReadyRead();
        if (m_done)
            return;
    }
    const int status = m_httpStatus;
    if (reply->error() != QNetworkReply::NoError && (status == 0 || m_bodyStarted)) {
        ApiError error = transportError(reply, m_deadline && m_deadline->expired());
        if (error.kind() == ApiError::Kind::Cancelled || m_bodyStarted) {
            // A body cut short is a lost connection whatever Qt calls it,
            // unless we cancelled it ourselves.
            if (error.kind() != ApiError::Kind::Cancelled
                && error.kind() != ApiError::Kind::Timeout)
                error = ApiError(ApiError::Kind::ConnectionLost, error.detail());
            error.setHost(reply->url().host());
        }
        fail(error);
        return;
    }
    if (status == 200 || status == 206) {
        if (m_expectedBodyBytes >= 0 && m_bodyBytes != m_expectedBodyBytes) {
            ApiError error(ApiError::Kind::ConnectionLost,
                           ApiError::tr("the download ended after %1 of %2 bytes")
                               .arg(m_bodyBytes)
                               .arg(m_expectedBodyBytes));
            error.setHost(reply->url().host());
            fail(error);
            return;
        }
        m_done = true;
        Q_EMIT finished();
        return;
    }

    const QByteArray body = reply->isOpen() ? reply->read(maxErrorBodyBytes) : QByteArray();
    ApiError error
        = parseProblemDetails(status, body, QString::fromLatin1(reply->rawHeader("X-Request-Id")));
    error.setHost(reply->url().host());
    const bool onApiHost
        = ServerAddress::isSameOrigin(reply->url(), m_transport->address().apiBaseUrl());
    if (status == 403 && !onApiHost) {
        // Storage answers 403 when the signature ran out.
        ApiError expired(ApiError::Kind::LinkExpired, error.detail());
        expired.setHttpStatus(403);
        expired.setHost(error.host());
        expired.setTraceId(error.traceId());
        error = expired;
    }
    fail(error);
}

void DownloadAttempt::followRedirect(const QUrl &location)
{
    if (++m_redirects > m_transport->settings().maxRedirects) {
        fail(ApiError(
            ApiError::Kind::TooManyRedirects,
            ApiError::tr("more than %1 redirects").arg(m_transport->settings().maxRedirects)));
        return;
    }
    if (m_url.scheme() == QLatin1String("https") && location.scheme() != QLatin1String("https")) {
        fail(ApiError(ApiError::Kind::InsecureUrl,
                      ApiError::tr("a redirect from https to %1").arg(location.scheme())));
        return;
    }
    sendTo(location);
}

void DownloadAttempt::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    Q_EMIT finished();
}

} // namespace d360::api
