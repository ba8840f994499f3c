// Downloads a finished export into a sink, and sees it through cut
// connections and expired links.
//
// The sink is any seekable QIODevice; the call writes each byte at its place
// in the file. A cut connection or a timeout resumes with `Range: bytes=N-`
// guarded by `If-Range: <ETag>`, so a file that changed on the server is
// started over, not spliced; a server that ignores the range starts over from
// byte 0 too, and bodyStarting(0) tells the owner to reset what it computed
// (a checksum). When storage answers 403 the signed link has expired: the
// call asks the export's status for a fresh link and goes on from where it
// stood. Each of these is bounded; the last error is reported.
#pragma once

#include "core/api/ApiCall.h"

#include <QByteArray>
#include <QPointer>
#include <QUrl>

#include <functional>

class QIODevice;

namespace d360::api {

class ApiTransport;
class DownloadAttempt;

struct DownloadOptions
{
    qint64 resumeFrom = 0; // bytes already in the sink from an earlier run
    QByteArray etag;       // their ETag, to guard the resume
};

class DownloadCall : public ApiCall
{
    Q_OBJECT

public:
    // Asks for a fresh download link (the export's status); empty when none.
    using LinkRefresher = std::function<void(std::function<void(const QUrl &, const ApiError &)>)>;

    DownloadCall(ApiTransport *transport, QUrl url, QIODevice *sink, DownloadOptions options,
                 LinkRefresher refreshLink, QObject *parent);
    ~DownloadCall() override;

    void start();

    // Where the next byte goes: bytes of the file now in the sink.
    qint64 position() const { return m_position; }
    // The file's size, when the server said; -1 otherwise.
    qint64 totalSize() const { return m_totalSize; }
    QByteArray etag() const { return m_etag; }
    QUrl currentUrl() const { return m_url; }
    int resumes() const { return m_resumes; }
    int linkRefreshes() const { return m_linkRefreshes; }

Q_SIGNALS:
    // The body (re)starts at this offset; the sink was truncated there.
    void bodyStarting(qint64 offset, qint64 totalSize);
    // Bytes written at the end of the sink, in order.
    void dataWritten(const QByteArray &data);
    void bytesProgress(qint64 position, qint64 totalSize);
    void linkRefreshed(const QUrl &url);

private:
    void startAttempt();
    void onBodyStarting(qint64 offset, qint64 totalSize);
    void onBodyData(const QByteArray &data);
    void onAttemptFinished();
    void refreshLinkThenResume(const ApiError &cause);
    void resumeAfterBackoff(const ApiError &cause);

    ApiTransport *m_transport;
    QUrl m_url;
    QPointer<QIODevice> m_sink;
    LinkRefresher m_refreshLink;
    DownloadAttempt *m_attempt = nullptr;
    qint64 m_position = 0;
    qint64 m_totalSize = -1;
    QByteArray m_etag;
    int m_resumes = 0;
    int m_linkRefreshes = 0;
    bool m_restartedFromZero = false;
};

} // namespace d360::api
