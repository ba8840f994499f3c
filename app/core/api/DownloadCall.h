// Downloads a finished export once: one try at its link, delivered as bytes.
//
// The call only delivers bytes: bodyStarting(offset) says where the next
// bytes belong (the owner cuts its file there), bodyData() brings them in
// order, and the owner, who alone writes the file, aborts the call when it
// cannot keep them. Given a resume point it asks for the rest with `Range:
// bytes=N-` guarded by `If-Range: <ETag>`, so a file that changed on the
// server is started over, not spliced; a server that ignores the range
// starts over from byte 0 too, and bodyStarting(0) tells the owner to reset
// what it computed (a checksum). A range that no longer fits the file (416)
// is asked again once, for the whole file. A digest the storage host sends
// for the whole file (Repr-Digest sha-256, Content-MD5 on a whole answer,
// x-ms-blob-content-md5) is passed on for the owner to check.
//
// A cut connection, a timeout or an expired link (403 from storage) ends
// the call with that error: waiting it out, asking for a fresh link and
// resuming are the job's (JobRunner), which owns the one patience clock
// and the one backoff, so the time a job takes to give up is decided in
// one place.
#pragma once

#include "core/api/ApiCall.h"

#include <QByteArray>
#include <QUrl>

namespace d360::api {

class ApiTransport;
class DownloadAttempt;

struct DownloadOptions
{
    qint64 resumeFrom = 0; // bytes already in the sink from an earlier try
    QByteArray etag; // their ETag, to guard the resume
};

class DownloadCall : public ApiCall
{
    Q_OBJECT

public:
    DownloadCall(ApiTransport *transport, QUrl url, DownloadOptions options, QObject *parent);
    ~DownloadCall() override;

    void start();

    // Where the next byte goes: bytes of the file delivered so far.
    qint64 position() const { return m_position; }
    // The file's size, when the server said; -1 otherwise.
    qint64 totalSize() const { return m_totalSize; }
    QByteArray etag() const { return m_etag; }
    // The whole file's digests as the storage host announced them (raw
    // bytes); empty when it sent none.
    QByteArray announcedSha256() const { return m_announcedSha256; }
    QByteArray announcedMd5() const { return m_announcedMd5; }

Q_SIGNALS:
    // The body (re)starts at this offset: what lay beyond it is void.
    void bodyStarting(qint64 offset, qint64 totalSize);
    // The next bytes of the file, in order.
    void bodyData(const QByteArray &data);
    void bytesProgress(qint64 position, qint64 totalSize);

private:
    void startAttempt();
    void onBodyStarting(qint64 offset, qint64 totalSize);
    void onBodyData(const QByteArray &data);
    void onAttemptFinished();

    ApiTransport *m_transport;
    QUrl m_url;
    DownloadAttempt *m_attempt = nullptr;
    qint64 m_position = 0;
    qint64 m_totalSize = -1;
    QByteArray m_etag;
    QByteArray m_announcedSha256;
    QByteArray m_announcedMd5;
    bool m_restartedFromZero = false;
};

} // namespace d360::api
