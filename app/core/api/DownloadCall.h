// Downloads a finished export, and sees it through cut connections and
// expired links.
//
// The call only delivers bytes: bodyStarting(offset) says where the next
// bytes belong (the owner cuts its file there), bodyData() brings them in
// order, and the owner, who alone writes the file, aborts the call when it
// cannot keep them. A cut connection or a timeout resumes with `Range:
// bytes=N-` guarded by `If-Range: <ETag>`, so a file that changed on the
// server is started over, not spliced; a server that ignores the range starts
// over from byte 0 too, and bodyStarting(0) tells the owner to reset what it
// computed (a checksum). A digest the storage host sends for the whole file
// (Repr-Digest sha-256, Content-MD5 on a whole answer, x-ms-blob-content-md5)
// is passed on for the owner to check. When storage answers 403 the signed link has expired: the
// call asks the export's status for a fresh link and goes on from where it
// stood. Each of these is bounded; the last error is reported.
#pragma once

#include "core/api/ApiCall.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace d360::api {

class ApiTransport;
class DownloadAttempt;

struct DownloadOptions
{
    qint64 resumeFrom = 0; // bytes already in the sink from an earlier run
    QByteArray etag; // their ETag, to guard the resume
};

class DownloadCall : public ApiCall
{
    Q_OBJECT

public:
    // Asks for a fresh download link (the export's status); empty when none.
    using LinkRefresher = std::function<void(std::function<void(const QUrl &, const ApiError &)>)>;

    DownloadCall(ApiTransport *transport, QUrl url, DownloadOptions options,
                 LinkRefresher refreshLink, QObject *parent);
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
    int resumes() const { return m_resumes; }
    int linkRefreshes() const { return m_linkRefreshes; }

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
    void refreshLinkThenResume(const ApiError &cause);
    void resumeAfterBackoff(const ApiError &cause);

    ApiTransport *m_transport;
    QUrl m_url;
    LinkRefresher m_refreshLink;
    DownloadAttempt *m_attempt = nullptr;
    qint64 m_position = 0;
    qint64 m_totalSize = -1;
    QByteArray m_etag;
    QByteArray m_announcedSha256;
    QByteArray m_announcedMd5;
    int m_resumes = 0;
    int m_linkRefreshes = 0;
    bool m_restartedFromZero = false;
};

} // namespace d360::api
