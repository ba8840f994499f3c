// Downloads one finished export into its ".part" file and computes its
// SHA-256, resuming from what an earlier run left on disk.
//
// The API client's DownloadCall does the HTTP part (ranges, If-Range, fresh
// links); this class owns the file and the checksum. The SHA-256 is computed
// by a GrowingFileHasher on another core, reading the file behind the
// writer, so the event loop only moves bytes from the socket to the disk and
// memory stays flat whatever the size of the file. A resumed download keeps
// the bytes on disk when the saved ETag still matches (they are simply the
// first bytes the hasher reads); whenever the server starts the body over,
// the hash starts over too. At the end the file's size is checked against
// what the server announced, and finished() comes once the hash is done.
#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace d360::api {
class ApiClient;
class DownloadCall;
} // namespace d360::api

namespace d360::jobs {

class GrowingFileHasher;

class JobDownload : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QString projectId;
        QString exportId;
        QUrl url;
        QString partPath;
        QByteArray etag; // of the bytes already in partPath, if any
    };

    JobDownload(api::ApiClient *client, Source source, QObject *parent = nullptr);
    ~JobDownload() override;

    void start();
    // Stops at once, without finished(), and deletes the .part file.
    void discard();
    // Stops at once, without finished(), keeping the .part for a resume.
    void stop();

    // After finished():
    const api::ApiError &error() const { return m_error; }
    QByteArray sha256Hex() const { return m_sha256Hex; }
    qint64 size() const { return m_bytes; }

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
    void onDataWritten(const QByteArray &data);
    void onCallFinished();
    void onHashed(const QByteArray &sha256Hex, const QString &problem);
    void finish(const api::ApiError &error);

    api::ApiClient *m_client;
    Source m_source;
    QFile m_file;
    GrowingFileHasher *m_hasher = nullptr;
    QPointer<api::DownloadCall> m_call;
    QByteArray m_etag;
    qint64 m_total = -1;
    qint64 m_bytes = 0;
    api::ApiError m_error;
    QByteArray m_sha256Hex;
    bool m_done = false;
};

} // namespace d360::jobs
