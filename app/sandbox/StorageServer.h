// The stand-in for blob storage: a second listener, on another loopback
// host (127.0.0.2), that serves export files behind signed, expiring links.
//
// It behaves like the Azure Blob Storage that Document360's links point at,
// errors included, because that is what a client meets after following a
// download_url:
//   GET|HEAD /exports/{export_id}/{file_name}?se=<epoch>&sig=<hex>
//   GET|HEAD /hop/{n}/exports/...   302 to the next hop (SandboxOptions::redirectHops)
// - Any request carrying Authorization or X-API-Key is refused (403,
//   x-ms-error-code InvalidAuthenticationInfo) and counted: a client must
//   never hand its API credential to another host.
// - A missing or wrong signature, or an expired link: 403 AuthenticationFailed.
//   An unknown export or file: 404 BlobNotFound. Other methods: 405.
//   Error bodies are Azure's XML (<Error><Code>...</Code><Message>...</Message>),
//   with the code also in the x-ms-error-code header.
// - Range: bytes=N-, bytes=N-M and bytes=-N answer 206 with Content-Range;
//   a range starting past the end answers 416 with Content-Range: bytes */size;
//   a malformed Range or several ranges are ignored (200, whole file), as
//   RFC 9110 allows. If-Range with the ETag (or the Last-Modified date)
//   keeps the range; with anything else the whole file comes back.
// - ETag is the file's SHA-256 in quotes (strong); Accept-Ranges: bytes.
// - Faults: no Content-Length (the body ends when the connection closes),
//   and digests announced (Repr-Digest sha-256, x-ms-blob-content-md5, and
//   Content-MD5 on a 200), right or wrong.
// Bodies are streamed from disk (DownloadStream), with the storage faults
// (throttle, cut, ignored ranges) applied.
#pragma once

#include "sandbox/HttpMessage.h"
#include "sandbox/UrlSigner.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace d360::sandbox {

class ExportStore;
class FaultInjector;
class LoopbackHttpListener;
class ResponseChannel;
struct ExportRecord;
struct SandboxStatistics;

class StorageServer : public QObject
{
    Q_OBJECT

public:
    StorageServer(const ExportStore &exports, FaultInjector &faults, SandboxStatistics &statistics,
                  QObject *parent = nullptr);

    // Listens on 127.0.0.2, on a free port.
    bool start();
    QString errorString() const;
    QUrl baseUrl() const;

    // A link to the export's file that is valid for lifetimeSeconds (whole
    // seconds from now, rounded up) and first redirects redirectHops times.
    QUrl downloadUrl(const ExportRecord &record, int lifetimeSeconds, int redirectHops,
                     qint64 nowMs) const;

private:
    void handle(const HttpRequest &request, std::shared_ptr<ResponseChannel> channel);
    void serveFile(const HttpRequest &request, const ExportRecord &record,
                   const std::shared_ptr<ResponseChannel> &channel, const QByteArray &requestId);
    QUrl urlFor(const QString &resourcePath, int hops, const QUrlQuery &query) const;

    const ExportStore &m_exports;
    FaultInjector &m_faults;
    SandboxStatistics &m_statistics;
    UrlSigner m_signer;
    LoopbackHttpListener *m_listener = nullptr;
};

} // namespace d360::sandbox
