// See JobDownload.h.
#include "core/jobs/JobDownload.h"

#include "core/api/ApiClient.h"
#include "core/api/DownloadCall.h"
#include "core/jobs/DownloadHasher.h"
#include "core/jobs/FileEndCheck.h"
#include "core/jobs/OutputFiles.h"
#include "core/jobs/PartFile.h"

#include <QDir>
#include <QFileInfo>

namespace d360::jobs {

JobDownload::JobDownload(api::ApiClient *client, Source source, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_source(std::move(source))
    , m_part(std::make_unique<PartFile>())
    , m_etag(m_source.etag)
{ }

JobDownload::~JobDownload()
{
    stopCall();
}

void JobDownload::start()
{
    const QString folder = QFileInfo(m_source.partPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        failLocally(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!m_part->open(m_source.partPath)) {
        failLocally(m_part->errorString());
        return;
    }
    // Without an ETag, bytes on disk could belong to another file.
    const qint64 onDisk = m_etag.isEmpty() ? 0 : qMax<qint64>(0, m_part->size());
    m_bytes = onDisk;
    m_startBytes = onDisk;
    m_hasher = new DownloadHasher(m_source.partPath, this);
    connect(m_hasher, &DownloadHasher::finished, this, &JobDownload::onHashed);
    m_hasher->resumeAt(onDisk);

    api::DownloadOptions options;
    options.resumeFrom = onDisk;
    options.etag = onDisk > 0 ? m_etag : QByteArray();
    m_call = m_client->downloadExport(m_source.url, options);
    connect(m_call, &api::DownloadCall::bodyStarting, this, &JobDownload::onBodyStarting);
    connect(m_call, &api::DownloadCall::bodyData, this, &JobDownload::onBodyData);
    connect(m_call, &api::DownloadCall::bytesProgress, this, &JobDownload::progressed);
    connect(m_call, &api::ApiCall::finished, this, &JobDownload::onCallFinished);
}

void JobDownload::onBodyStarting(qint64 offset, qint64 total)
{
    // What lies beyond offset is void (all of it when the server sends the
    // file whole).
    if (!m_part->truncate(offset)) {
        failLocally(m_part->errorString());
        return;
    }
    m_hasher->resumeAt(offset);
    m_bytes = offset;
    m_announcedSha256 = m_call->announcedSha256();
    m_announcedMd5 = m_call->announcedMd5();
    if (!m_announcedMd5.isEmpty())
        m_hasher->includeMd5();
    const QByteArray etag = m_call->etag();
    if (etag != m_etag || total != m_total) {
        m_etag = etag;
        m_total = total;
        Q_EMIT resumeInfoChanged();
    }
}

void JobDownload::onBodyData(const QByteArray &data)
{
    if (m_done)
        return;
    if (!m_part->write(data)) {
        failLocally(m_part->errorString());
        return;
    }
    m_bytes += data.size();
    m_hasher->add(data);
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
    const qint64 onDisk = m_part->size();
    if (onDisk != m_bytes || (m_total >= 0 && onDisk != m_total)) {
        finish(api::ApiError(api::ApiError::Kind::ConnectionLost,
                             tr("the file has %1 bytes, the server announced %2")
                                 .arg(onDisk)
                                 .arg(m_total >= 0 ? m_total : m_bytes)));
        return;
    }
    const QString missingEnd = missingFileEnd(m_source.format, m_part->readTail(fileEndCheckBytes));
    if (!missingEnd.isEmpty()) {
        rejectContent(missingEnd);
        return;
    }
    m_total = onDisk;
    // finished() follows once the hasher has taken the last byte.
    m_hasher->finish(onDisk);
}

void JobDownload::onHashed(const QByteArray &sha256Hex, const QString &problem,
                           const QByteArray &md5Hex)
{
    if (m_done)
        return;
    if (sha256Hex.isEmpty()) {
        failLocally(problem);
        return;
    }
    if (!m_announcedSha256.isEmpty() && sha256Hex != m_announcedSha256.toHex()) {
        rejectContent(tr("the downloaded file's SHA-256 is %1, the storage host announced %2")
                          .arg(QString::fromLatin1(sha256Hex),
                               QString::fromLatin1(m_announcedSha256.toHex())));
        return;
    }
    if (!m_announcedMd5.isEmpty() && md5Hex != m_announcedMd5.toHex()) {
        rejectContent(
            tr("the downloaded file's MD5 is %1, the storage host announced %2")
                .arg(QString::fromLatin1(md5Hex), QString::fromLatin1(m_announcedMd5.toHex())));
        return;
    }
    m_sha256Hex = sha256Hex;
    finish({});
}

void JobDownload::rejectContent(const QString &why)
{
    m_part->truncate(0);
    m_bytes = 0;
    m_etag.clear();
    Q_EMIT resumeInfoChanged();
    api::ApiError error(api::ApiError::Kind::InvalidResponse, why);
    error.setHost(m_source.url.host());
    finish(error);
}

void JobDownload::failLocally(const QString &why)
{
    m_failedLocally = true;
    finish(api::ApiError(api::ApiError::Kind::LocalFile, why));
}

void JobDownload::finish(const api::ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    // The call must not finish us a second time ("cancelled") on its way out.
    stopCall();
    if (!error.isNull())
        m_part->close();
    Q_EMIT finished();
}

std::unique_ptr<PartFile> JobDownload::takePart()
{
    return std::exchange(m_part, std::make_unique<PartFile>());
}

void JobDownload::stopCall()
{
    if (!m_call)
        return;
    api::DownloadCall *call = m_call;
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->abort();
}

void JobDownload::discard()
{
    stop();
    removeUnusedPart(m_source.partPath);
}

void JobDownload::stop()
{
    m_done = true;
    stopCall();
    delete m_hasher;
    m_hasher = nullptr;
    m_part->close();
}

} // namespace d360::jobs
