// See DownloadCall.h.
#include "core/api/DownloadCall.h"

#include "core/api/DownloadAttempt.h"

namespace d360::api {

DownloadCall::DownloadCall(ApiTransport *transport, QUrl url, DownloadOptions options,
                           QObject *parent)
    : ApiCall(parent)
    , m_transport(transport)
    , m_url(std::move(url))
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
    if (error.isNull()) {
        if (m_totalSize >= 0 && m_position != m_totalSize) {
            finishWithError(
                ApiError(ApiError::Kind::ConnectionLost,
                         tr("the file has %1 of %2 bytes").arg(m_position).arg(m_totalSize)));
            return;
        }
        finishWithSuccess();
        return;
    }
    if (error.httpStatus() == 416 && !m_restartedFromZero) {
        // The range no longer fits the file: fetch it whole, once. This is
        // asking the right question, not waiting out trouble.
        m_restartedFromZero = true;
        m_position = 0;
        m_etag.clear();
        startAttempt();
        return;
    }
    finishWithError(error);
}

} // namespace d360::api
