// One try at fetching a download link into a sink, redirects included.
//
// Download links point at blob storage on another host, with a signed query.
// Redirects are followed here by hand, at most a few hops, never from https
// to http and never to a host the URL rule refuses; the credential decision
// (ApiTransport::newRequest) is made again for every hop, so storage never
// sees an API key. The body streams into the sink as it arrives, through a
// bounded read buffer, so memory stays flat whatever the file size. A body
// must have a known end (Content-Length, chunked framing, or HTTP/2's own):
// a body that just stops when the connection closes cannot be told from a
// cut one, so it is refused. This class reports; resuming and asking for a
// fresh link when one expired are the export job's (JobRunner).
#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QIODevice;
class QNetworkReply;

namespace d360::api {

class ApiTransport;
class ReplyDeadline;

class DownloadAttempt : public QObject
{
    Q_OBJECT

public:
    // offset > 0 asks for the rest of the file from there (Range), guarded by
    // ifRange (an ETag) when known.
    DownloadAttempt(ApiTransport *transport, QUrl url, qint64 offset, QByteArray ifRange,
                    QObject *parent);
    ~DownloadAttempt() override;

    void start();
    void abort();

    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray etag() const { return m_etag; }
    qint64 totalSize() const { return m_totalSize; }
    // The whole file's digests from the answer's headers (see DownloadCall).
    QByteArray announcedSha256() const { return m_announcedSha256; }
    QByteArray announcedMd5() const { return m_announcedMd5; }

Q_SIGNALS:
    // Before the first byte of the body: the body starts at this offset of
    // the file (0 when the server ignored the range and sends everything).
    void bodyStarting(qint64 offset, qint64 totalSize);
    void bodyData(const QByteArray &data);
    void finished();

private:
    void sendTo(const QUrl &url);
    void onMetaDataChanged();
    void noteAnnouncedDigests(const QNetworkReply *reply);
    void onReadyRead();
    void onFinished();
    void followRedirect(const QUrl &location);
    void fail(const ApiError &error);

    ApiTransport *m_transport;
    QUrl m_url;
    qint64 m_offset;
    QByteArray m_ifRange;
    QPointer<QNetworkReply> m_reply;
    ReplyDeadline *m_deadline = nullptr;
    int m_redirects = 0;
    int m_httpStatus = 0;
    QByteArray m_etag;
    QByteArray m_announcedSha256;
    QByteArray m_announcedMd5;
    qint64 m_totalSize = -1;
    qint64 m_expectedBodyBytes = -1;
    qint64 m_bodyBytes = 0;
    bool m_bodyStarted = false;
    bool m_redirecting = false;
    bool m_done = false;
    ApiError m_error;
};

} // namespace d360::api
