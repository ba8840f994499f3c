// See JobDownload.h.
#include "core/jobs/JobDownload.h"

#include "core/api/ApiClient.h"
#include "core/api/DownloadCall.h"
#include "core/jobs/BackgroundWork.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

namespace d360::jobs {

namespace {

struct PrefixHash
{
    bool ok = false;
    std::shared_ptr<Sha256Stream> hash;
};

} // namespace

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
    const qint64 onDisk = QFileInfo(m_source.partPath).size();
    // Without an ETag, bytes on disk could belong to another file.
    if (onDisk <= 0 || m_etag.isEmpty()) {
        startCall(0);
        return;
    }
    const QString path = m_source.partPath;
    runInBackground(
        this,
        [path, onDisk] {
            PrefixHash result;
            result.hash = std::make_shared<Sha256Stream>();
            QString ignored;
            result.ok = result.hash->addFilePrefix(path, onDisk, &ignored);
            return result;
        },
        [this, onDisk](PrefixHash prefix) {
            if (m_done)
                return;
            if (!prefix.ok) {
                startCall(0);
                return;
            }
            m_hash = std::move(*prefix.hash);
            m_bytes = onDisk;
            startCall(onDisk);
        });
}

void JobDownload::startCall(qint64 resumeFrom)
{
    if (!QDir().mkpath(QFileInfo(m_source.partPath).absolutePath())
        || !m_file.open(QIODevice::ReadWrite)) {
        finish(api::ApiError(api::ApiError::Kind::LocalFile,
                             tr("cannot write %1: %2")
                                 .arg(QDir::toNativeSeparators(m_source.partPath), m_file.errorString())));
        return;
    }
    if (resumeFrom == 0) {
        m_hash.reset();
        m_bytes = 0;
    }
    api::DownloadOptions options;
    options.resumeFrom = resumeFrom;
    options.etag = resumeFrom > 0 ? m_etag : QByteArray();
    m_call = m_client->downloadExport(m_source.projectId, m_source.exportId, m_source.url, &m_file, options);
    connect(m_call, &api::DownloadCall::bodyStarting, this, &JobDownload::onBodyStarting);
    connect(m_call, &api::DownloadCall::dataWritten, this, &JobDownload::onDataWritten);
    connect(m_call, &api::DownloadCall::bytesProgress, this, &JobDownload::progressed);
    connect(m_call, &api::ApiCall::finished, this, &JobDownload::onCallFinished);
}

void JobDownload::onBodyStarting(qint64 offset, qint64 total)
{
    if (offset != m_hash.bytesHashed()) {
        // The body restarts somewhere our hash has not stopped: hash the
        // bytes that stay in the file again. Rare (the server ignored a
        // range, or cut at an odd place); offset 0 costs nothing.
        m_file.flush();
        m_hash.reset();
        QString problem;
        if (offset > 0 && !m_hash.addFilePrefix(m_source.partPath, offset, &problem)) {
            finish(api::ApiError(api::ApiError::Kind::LocalFile, problem));
            return;
        }
    }
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
    m_hash.addData(data);
    m_bytes += data.size();
}

void JobDownload::onCallFinished()
{
    api::DownloadCall *call = m_call;
    if (!call || m_done)
        return;
    m_requestId = call->requestId();
    if (!call->error().isNull()) {
        finish(call->error());
        return;
    }
    if (!m_file.flush()) {
        finish(api::ApiError(api::ApiError::Kind::LocalFile, m_file.errorString()));
        return;
    }
    const qint64 onDisk = m_file.size();
    if (onDisk != m_hash.bytesHashed() || (m_total >= 0 && onDisk != m_total)) {
        finish(api::ApiError(api::ApiError::Kind::ConnectionLost,
                             tr("the file has %1 bytes, the server announced %2")
                                 .arg(onDisk)
                                 .arg(m_total >= 0 ? m_total : m_hash.bytesHashed())));
        return;
    }
    m_bytes = onDisk;
    m_total = onDisk;
    m_sha256Hex = m_hash.finalHex();
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
    }
    m_file.close();
}

} // namespace d360::jobs
