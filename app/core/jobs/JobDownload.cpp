// See JobDownload.h.
#include "core/jobs/JobDownload.h"

#include "core/api/ApiClient.h"
#include "core/api/DownloadCall.h"
#include "core/jobs/GrowingFileHasher.h"

#include <QDir>
#include <QFileInfo>

namespace d360::jobs {

JobDownload::JobDownload(api::ApiClient *client, Source source, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_source(std::move(source))
    , m_file(m_source.partPath)
    , m_etag(m_source.etag)
{
}

JobDownload::~JobDownload()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

void JobDownload::start()
{
    if (!QDir().mkpath(QFileInfo(m_source.partPath).absolutePath()) || !m_file.open(QIODevice::ReadWrite)) {
        finish(api::ApiError(api::ApiError::Kind::LocalFile,
                             tr("cannot write %1: %2")
                                 .arg(QDir::toNativeSeparators(m_source.partPath), m_file.errorString())));
        return;
    }
    // Without an ETag, bytes on disk could belong to another file.
    const qint64 onDisk = m_etag.isEmpty() ? 0 : m_file.size();
    m_bytes = onDisk;
    m_hasher = new GrowingFileHasher(m_source.partPath, this);
    connect(m_hasher, &GrowingFileHasher::finished, this, &JobDownload::onHashed);
    m_hasher->setAvailable(onDisk);

    api::DownloadOptions options;
    options.resumeFrom = onDisk;
    options.etag = onDisk > 0 ? m_etag : QByteArray();
    m_call = m_client->downloadExport(m_source.projectId, m_source.exportId, m_source.url, &m_file, options);
    connect(m_call, &api::DownloadCall::bodyStarting, this, &JobDownload::onBodyStarting);
    connect(m_call, &api::DownloadCall::dataWritten, this, &JobDownload::onDataWritten);
    connect(m_call, &api::DownloadCall::bytesProgress, this, &JobDownload::progressed);
    connect(m_call, &api::ApiCall::finished, this, &JobDownload::onCallFinished);
}

void JobDownload::onBodyStarting(qint64 offset, qint64 total)
{
    // The call has cut the file at offset (0 when the server sent it whole).
    m_hasher->truncate(offset);
    m_bytes = offset;
    const QByteArray etag = m_call ? m_call->etag() : QByteArray();
    if (etag != m_etag || total != m_total) {
        m_etag = etag;
        m_total = total;
        Q_EMIT resumeInfoChanged();
    }
}

void JobDownload::onDataWritten(const QByteArray &data)
{
    m_bytes += data.size();
    // The hasher reads the file: the bytes must be out of QFile's buffer.
    m_file.flush();
    m_hasher->setAvailable(m_bytes);
}

void JobDownload::onCallFinished()
{
    api::DownloadCall *call = m_call;
    if (!call || m_done)
        return;
    m_call = nullptr;
    if (!call->error().isNull()) {
        finish(call->error());
        return;
    }
    if (!m_file.flush()) {
        finish(api::ApiError(api::ApiError::Kind::LocalFile, m_file.errorString()));
        return;
    }
    const qint64 onDisk = m_file.size();
    if (onDisk != m_bytes || (m_total >= 0 && onDisk != m_total)) {
        finish(api::ApiError(api::ApiError::Kind::ConnectionLost,
                             tr("the file has %1 bytes, the server announced %2")
                                 .arg(onDisk)
                                 .arg(m_total >= 0 ? m_total : m_bytes)));
        return;
    }
    m_total = onDisk;
    m_file.close();
    // finished() follows once the hasher has read the last byte.
    m_hasher->finish(onDisk);
}

void JobDownload::onHashed(const QByteArray &sha256Hex, const QString &problem)
{
    if (m_done)
        return;
    if (sha256Hex.isEmpty()) {
        finish(api::ApiError(api::ApiError::Kind::LocalFile, problem));
        return;
    }
    m_sha256Hex = sha256Hex;
    finish({});
}

void JobDownload::finish(const api::ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_file.close();
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
        m_call = nullptr;
    }
    Q_EMIT finished();
}

void JobDownload::discard()
{
    stop();
    QFile::remove(m_source.partPath);
}

void JobDownload::stop()
{
    m_done = true;
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
        m_call = nullptr;
    }
    delete m_hasher;
    m_hasher = nullptr;
    m_file.close();
}

} // namespace d360::jobs
