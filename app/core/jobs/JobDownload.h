// Downloads one finished export into its part file and computes its
// SHA-256, resuming from what an earlier run left on disk.
//
// One try: the API client's DownloadCall does the HTTP part (a range from
// the bytes on disk, guarded by If-Range) and only delivers bytes; this class
// owns the file (a PartFile, the only writer) and the checks; the job
// (JobRunner) decides whether to try again, and with which link. The
// SHA-256 is computed by a DownloadHasher on another core from the bytes as
// they are written, so the event loop only moves bytes from the socket to
// the disk. A resumed download keeps the bytes on disk when the saved ETag
// still matches (the hasher reads them back first); whenever the server
// starts the body over, the hash starts over too. A file counts as
// downloaded only when its size is the one announced, it ends the way its
// format ends (FileEndCheck), and its digest equals the one the storage
// host announced, if it announced one. A write that fails (a full disk)
// stops the download at once with the file system's reason and keeps the
// part for a later resume.
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiModels.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace d360::api {
class ApiClient;
class DownloadCall;
} // namespace d360::api

namespace d360::jobs {

class DownloadHasher;
class PartFile;

class JobDownload : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QUrl url;
        QString partPath;
        QByteArray etag; // of the bytes already in partPath, if any
        api::ExportFormat format = api::ExportFormat::Pdf;
    };

    JobDownload(api::ApiClient *client, Source source, QObject *parent = nullptr);
    ~JobDownload() override;

    void start();
    // Stops at once, without finished(), and deletes the part file.
    void discard();
    // Stops at once, without finished(), keeping the part for a resume.
    void stop();

    // After finished():
    const api::ApiError &error() const { return m_error; }
    // The write failed on our side (a full disk): the part is worth keeping.
    bool failedLocally() const { return m_failedLocally; }
    // More of the file is on disk than when it started.
    bool madeProgress() const { return m_bytes > m_startBytes; }
    QByteArray sha256Hex() const { return m_sha256Hex; }
    qint64 size() const { return m_bytes; }
    // After a success: the checked part, still open and locked, to be
    // placed by the caller.
    std::unique_ptr<PartFile> takePart();

    QByteArray etag() const { return m_etag; }
    qint64 total() const { return m_total; }
    qint64 bytes() const { return m_bytes; }

Q_SIGNALS:
    // The ETag or the announced size changed: worth saving for a resume.
    void resumeInfoChanged();
    void progressed(qint64 bytes, qint64 total);
    void finished();

private:
    void onBodyStarting(qint64 offset, qint64 total);
    void onBodyData(const QByteArray &data);
    void onCallFinished();
    void onHashed(const QByteArray &sha256Hex, const QString &problem, const QByteArray &md5Hex);
    // The bytes on disk are not the file: the next try starts from zero.
    void rejectContent(const QString &why);
    void failLocally(const QString &why);
    void finish(const api::ApiError &error);
    void stopCall();

    api::ApiClient *m_client;
    Source m_source;
    std::unique_ptr<PartFile> m_part;
    DownloadHasher *m_hasher = nullptr;
    QPointer<api::DownloadCall> m_call;
    QByteArray m_etag;
    QByteArray m_announcedSha256;
    QByteArray m_announcedMd5;
    qint64 m_total = -1;
    qint64 m_bytes = 0;
    qint64 m_startBytes = 0;
    api::ApiError m_error;
    QByteArray m_sha256Hex;
    bool m_failedLocally = false;
    bool m_done = false;
};

} // namespace d360::jobs
