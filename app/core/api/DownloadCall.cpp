// See DownloadCall.h.
#include "core/api/DownloadCall.h"

#include "core/api/ApiLogging.h"
#include "core/api/ApiTransport.h"
#include "core/api/DownloadAttempt.h"

#include <QPointer>
#include <QTimer>

namespace d360::api {

DownloadCall::DownloadCall(ApiTransport *transport, QUrl url, DownloadOptions options,
                           LinkRefresher refreshLink, QObject *parent)
    : ApiCall(parent)
    , m_transport(transport)
    , m_url(std::move(url))
    , m_refreshLink(std::move(refreshLink))
    , m_position(std::max<qint64>(0, options.resumeFrom))
    , m_etag(std::move(options.etag))
{
    connect(this, &ApiCall::aborted, this, [this] {
        if (m_attempt)
            m_attempt->abort();
    });
}

DownloadCall::~DownloadCall() = default;

void DownloadCall::start()
{
    startAttempt();
}

void DownloadCall::startAttempt()
{
    if (isFinished())
        return;
    if (m_attempt)
        m_attempt->deleteLater();
    // Without an ETag a resumed body could belong to another file: start over.
    const qint64 offset = m_etag.isEmpty() ? 0 : m_position;
    m_attempt = new DownloadAttempt(m_transport, m_url, offset, m_etag, this);
    connect(m_attempt, &DownloadAttempt::bodyStarting, this, &DownloadCall::onBodyStarting);
    connect(m_attempt, &DownloadAttempt::bodyData, this, &DownloadCall::onBodyData);
    connect(m_attempt, &DownloadAttempt::finished, this, &DownloadCall::onAttemptFinished);
    m_attempt->start();
}

void DownloadCall::onBodyStarting(qint64 offset, qint64 totalSize)
{
    m_position = offset;
    if (totalSize >= 0)
        m_totalSize = totalSize;
    m_etag = m_attempt->etag();
    m_announcedSha256 = m_attempt->announcedSha256();
    m_announcedMd5 = m_attempt->announcedMd5();
    Q_EMIT bodyStarting(offset, m_totalSize);
}

void DownloadCall::onBodyData(const QByteArray &data)
{
    if (isFinished())
        return;
    m_position += data.size();
    Q_EMIT bodyData(data);
    // The owner may have aborted us for a byte it could not keep.
    if (!isFinished())
        Q_EMIT bytesProgress(m_position, m_totalSize);
}

void DownloadCall::onAttemptFinished()
{
    if (isFinished())
        return;
    const ApiError error = m_attempt->error();
    using Kind = ApiError::Kind;
    if (error.isNull()) {
        if (m_totalSize >= 0 && m_position != m_totalSize) {
            resumeAfterBackoff(
                ApiError(Kind::ConnectionLost,
                         tr("the file has %1 of %2 bytes").arg(m_position).arg(m_totalSize)));
            return;
        }
        finishWithSuccess();
        return;
    }
    switch (error.kind()) {
    case Kind::LinkExpired:
        refreshLinkThenResume(error);
        return;
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::ConnectionRefused:
    case Kind::NetworkUnreachable:
        resumeAfterBackoff(error);
        return;
    default:
        break;
    }
    if (error.httpStatus() == 416 && !m_restartedFromZero) {
        // The range no longer fits the file: fetch it whole, once.
        m_restartedFromZero = true;
        m_position = 0;
        m_etag.clear();
        startAttempt();
        return;
    }
    finishWithError(error);
}

void DownloadCall::refreshLinkThenResume(const ApiError &cause)
{
    if (!m_refreshLink || m_linkRefreshes >= m_transport->settings().maxLinkRefreshes) {
        finishWithError(cause);
        return;
    }
    ++m_linkRefreshes;
    qCInfo(lcApi) << "download link expired; asking for a fresh one";
    QPointer<DownloadCall> self(this);
    m_refreshLink([self, cause](const QUrl &freshUrl, const ApiError &error) {
        if (!self || self->isFinished())
            return;
        if (!error.isNull() || freshUrl.isEmpty()) {
            self->finishWithError(error.isNull() ? cause : error);
            return;
        }
        self->m_url = freshUrl;
        self->startAttempt();
    });
}

void DownloadCall::resumeAfterBackoff(const ApiError &cause)
{
    if (m_resumes >= m_transport->settings().maxDownloadResumes) {
        finishWithError(cause);
        return;
    }
    const auto delay = m_transport->settings().retry.backoff(m_resumes);
    ++m_resumes;
    qCInfo(lcApi) << "download interrupted at byte" << m_position << "- resuming in"
                  << delay.count() << "ms";
    QTimer::singleShot(delay, this, &DownloadCall::startAttempt);
}

} // namespace d360::api
