// See StorageServer.h.
#include "sandbox/StorageServer.h"

#include "sandbox/DownloadStream.h"
#include "sandbox/ExportStore.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/LoopbackHttpListener.h"
#include "sandbox/ResponseChannel.h"
#include "sandbox/SandboxStatistics.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QUuid>

namespace d360::sandbox {

namespace {

struct ByteRange
{
    enum class Kind { Whole, Partial, Unsatisfiable };
    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

bool parseNonNegative(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}

// RFC 9110 section 14: one range of bytes; anything it cannot use is ignored.
ByteRange parseRange(const QByteArray &header, qint64 size)
{
    ByteRange range;
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes=") || value.contains(','))
        return range;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return range;
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();
    qint64 first = 0;
    qint64 last = 0;
    if (firstText.isEmpty()) { // suffix: the last N bytes
        if (!parseNonNegative(lastText, &last))
            return range;
        if (last == 0 || size == 0) {
            range.kind = ByteRange::Kind::Unsatisfiable;
            return range;
        }
        range.kind = ByteRange::Kind::Partial;
        range.first = qMax<qint64>(0, size - last);
        range.last = size - 1;
        return range;
    }
    if (!parseNonNegative(firstText, &first))
        return range;
    if (lastText.isEmpty()) {
        last = size - 1;
    } else if (!parseNonNegative(lastText, &last) || last < first) {
        return range;
    }
    if (first >= size) {
        range.kind = ByteRange::Kind::Unsatisfiable;
        range.first = first; // what was asked, for the statistics
        return range;
    }
    range.kind = ByteRange::Kind::Partial;
    range.first = first;
    range.last = qMin(last, size - 1);
    return range;
}

QByteArray httpDate(qint64 epochMs)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray etagOf(const ExportRecord &record)
{
    return '"' + record.sha256Hex + '"';
}

// The whole file's digests, as Azure and RFC 9530 announce them; a wrong
// one is the right one with its first byte changed.
void appendDigests(QList<QPair<QByteArray, QByteArray>> *headers, const ExportRecord &record,
                   bool wholeFile, bool wrong)
{
    QByteArray sha256 = QByteArray::fromHex(record.sha256Hex);
    QCryptographicHash md5(QCryptographicHash::Md5);
    QFile file(record.filePath);
    if (file.open(QIODevice::ReadOnly))
        md5.addData(&file);
    QByteArray md5Digest = md5.result();
    if (wrong) {
        sha256[0] = char(sha256.at(0) ^ 0x5a);
        md5Digest[0] = char(md5Digest.at(0) ^ 0x5a);
    }
    headers->append({ QByteArrayLiteral("Repr-Digest"), "sha-256=:" + sha256.toBase64() + ':' });
    headers->append({ QByteArrayLiteral("x-ms-blob-content-md5"), md5Digest.toBase64() });
    if (wholeFile)
        headers->append({ QByteArrayLiteral("Content-MD5"), md5Digest.toBase64() });
}

HttpReply storageError(int status, const QByteArray &code, const QString &message,
                       const QByteArray &requestId, const QString &authenticationDetail = {})
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>%1</Code>"
                                 "<Message>%2\nRequestId:%3\nTime:%4</Message>")
                      .arg(QString::fromLatin1(code), message.toHtmlEscaped(),
                           QString::fromLatin1(requestId), time);
    if (!authenticationDetail.isEmpty()) {
        xml += QStringLiteral("<AuthenticationErrorDetail>%1</AuthenticationErrorDetail>")
                   .arg(authenticationDetail.toHtmlEscaped());
    }
    xml += QStringLiteral("</Error>");

    HttpReply reply;
    reply.status = status;
    reply.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml"));
    reply.setHeader(QByteArrayLiteral("x-ms-error-code"), code);
    reply.body = xml.toUtf8();
    return reply;
}

void addRequestIds(HttpReply *reply, const QByteArray &requestId)
{
    reply->setHeader(QByteArrayLiteral("x-ms-request-id"), requestId);
    reply->setHeader(QByteArrayLiteral("X-Request-Id"), requestId);
}

} // namespace

StorageServer::StorageServer(const ExportStore &exports, FaultInjector &faults,
                             SandboxStatistics &statistics, QObject *parent)
    : QObject(parent)
    , m_exports(exports)
    , m_faults(faults)
    , m_statistics(statistics)
{
    m_listener = new LoopbackHttpListener(
        [this](const HttpRequest &request, std::shared_ptr<ResponseChannel> channel) {
            handle(request, std::move(channel));
        },
        this);
}

bool StorageServer::start()
{
    return m_listener->start(QHostAddress(QStringLiteral("127.0.0.2")), 0);
}

QString StorageServer::errorString() const
{
    return m_listener->errorString();
}

QUrl StorageServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_listener->address().toString());
    url.setPort(m_listener->port());
    return url;
}

QUrl StorageServer::urlFor(const QString &resourcePath, int hops, const QUrlQuery &query) const
{
    QUrl url = baseUrl();
    url.setPath(hops > 0 ? QStringLiteral("/hop/%1%2").arg(hops).arg(resourcePath) : resourcePath);
    url.setQuery(query);
    return url;
}

QUrl StorageServer::downloadUrl(const ExportRecord &record, int lifetimeSeconds, int redirectHops,
                                qint64 nowMs) const
{
    const QString resource = QStringLiteral("/exports/%1/%2").arg(record.id, record.fileName);
    const qint64 expires = (nowMs + qMax(0, lifetimeSeconds) * qint64(1000) + 999) / 1000;
    return urlFor(resource, redirectHops, m_signer.sign(resource, expires));
}

void StorageServer::handle(const HttpRequest &request, std::shared_ptr<ResponseChannel> channel)
{
    ++m_statistics.storageRequests;
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const auto answer = [&](HttpReply reply) {
        addRequestIds(&reply, requestId);
        if (request.method == "HEAD")
            reply.body.clear();
        channel->send(reply);
    };

    if (request.hasHeader(QByteArrayLiteral("Authorization"))
        || request.hasHeader(QByteArrayLiteral("X-API-Key"))) {
        ++m_statistics.storageRequestsWithCredential;
        answer(storageError(403, QByteArrayLiteral("InvalidAuthenticationInfo"),
                            QStringLiteral("This storage is reached through signed links only; "
                                           "the request carried an Authorization or X-API-Key "
                                           "header, which must never be sent here."),
                            requestId));
        return;
    }

    // /exports/{id}/{file} or /hop/{n}/exports/{id}/{file}
    QStringList segments = request.pathSegments;
    int hops = 0;
    if (segments.size() == 5 && segments.at(0) == u"hop") {
        bool ok = false;
        hops = segments.at(1).toInt(&ok);
        if (!ok || hops < 1 || hops > 100)
            hops = -1;
        segments = segments.mid(2);
    }
    if (hops < 0 || segments.size() != 3 || segments.at(0) != u"exports") {
        answer(storageError(404, QByteArrayLiteral("ResourceNotFound"),
                            QStringLiteral("The specified resource does not exist."), requestId));
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        HttpReply reply = storageError(405, QByteArrayLiteral("UnsupportedHttpVerb"),
                                       QStringLiteral("The resource doesn't support the specified "
                                                      "HTTP verb."),
                                       requestId);
        reply.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        answer(reply);
        return;
    }

    const QString resource = QStringLiteral("/exports/%1/%2").arg(segments.at(1), segments.at(2));
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    switch (m_signer.verify(resource, request.query, nowMs)) {
    case UrlSigner::Verdict::Valid:
        break;
    case UrlSigner::Verdict::Expired: {
        ++m_statistics.expiredLinksRefused;
        const QString expiry = QDateTime::fromSecsSinceEpoch(
                                   request.queryValue(QStringLiteral("se")).toLongLong(), Qt::UTC)
                                   .toString(Qt::ISODate);
        answer(storageError(
            403, QByteArrayLiteral("AuthenticationFailed"),
            QStringLiteral("Server failed to authenticate the request. The link has expired; "
                           "ask the API for the export's status to get a fresh one."),
            requestId,
            QStringLiteral("Signed expiry time [%1] must be after current time [%2]")
                .arg(expiry, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))));
        return;
    }
    case UrlSigner::Verdict::Unsigned:
    case UrlSigner::Verdict::BadSignature:
        answer(storageError(403, QByteArrayLiteral("AuthenticationFailed"),
                            QStringLiteral("Server failed to authenticate the request. Make sure "
                                           "the link is used exactly as the API returned it."),
                            requestId, QStringLiteral("Signature did not match.")));
        return;
    }

    if (hops > 0) {
        HttpReply redirect;
        redirect.status = 302;
        redirect.setHeader(QByteArrayLiteral("Location"),
                           urlFor(resource, hops - 1, request.query).toEncoded());
        answer(redirect);
        return;
    }

    const ExportRecord *record = m_exports.find(segments.at(1));
    if (!record || !record->built || record->fileName != segments.at(2)) {
        answer(storageError(404, QByteArrayLiteral("BlobNotFound"),
                            QStringLiteral("The specified blob does not exist."), requestId));
        return;
    }
    serveFile(request, *record, channel, requestId);
}

void StorageServer::serveFile(const HttpRequest &request, const ExportRecord &record,
                              const std::shared_ptr<ResponseChannel> &channel,
                              const QByteArray &requestId)
{
    const qint64 size = record.size;
    ByteRange range;
    const QByteArray rangeHeader = request.header(QByteArrayLiteral("Range"));
    if (request.method == "GET") {
        const ByteRange asked = parseRange(rangeHeader, size);
        m_statistics.rangeOffsetsAsked.append(asked.kind == ByteRange::Kind::Whole ? 0
                                                                                   : asked.first);
    }
    if (!rangeHeader.isEmpty() && !m_faults.faults().ignoreRange) {
        range = parseRange(rangeHeader, size);
        const QByteArray ifRange = request.header(QByteArrayLiteral("If-Range")).trimmed();
        if (!ifRange.isEmpty() && ifRange != etagOf(record) && ifRange != httpDate(record.builtMs))
            range = ByteRange {};
    }

    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        HttpReply reply = storageError(416, QByteArrayLiteral("InvalidRange"),
                                       QStringLiteral("The range specified is invalid for the "
                                                      "current size of the resource."),
                                       requestId);
        reply.setHeader(QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size));
        addRequestIds(&reply, requestId);
        if (request.method == "HEAD")
            reply.body.clear();
        channel->send(reply);
        return;
    }

    const bool partial = range.kind == ByteRange::Kind::Partial;
    const qint64 first = partial ? range.first : 0;
    const qint64 length = partial ? range.last - range.first + 1 : size;
    const SandboxFaults &faults = m_faults.faults();
    QList<QPair<QByteArray, QByteArray>> headers {
        { QByteArrayLiteral("Content-Type"), ExportBuilder::contentType(record.format) },
        { QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes") },
        { QByteArrayLiteral("ETag"), etagOf(record) },
        { QByteArrayLiteral("Last-Modified"), httpDate(record.builtMs) },
        { QByteArrayLiteral("Content-Disposition"),
          "attachment; filename=\"" + record.fileName.toUtf8() + '"' },
        { QByteArrayLiteral("x-ms-blob-type"), QByteArrayLiteral("BlockBlob") },
        { QByteArrayLiteral("x-ms-request-id"), requestId },
        { QByteArrayLiteral("X-Request-Id"), requestId },
    };
    if (faults.omitContentLength)
        headers.append({ QByteArrayLiteral("Connection"), QByteArrayLiteral("close") });
    else
        headers.append({ QByteArrayLiteral("Content-Length"), QByteArray::number(length) });
    if (faults.announceDigests)
        appendDigests(&headers, record, !partial, faults.wrongDigests);
    if (partial) {
        headers.append({ QByteArrayLiteral("Content-Range"),
                         "bytes " + QByteArray::number(range.first) + '-'
                             + QByteArray::number(range.last) + '/' + QByteArray::number(size) });
    }
    channel->writeHead(partial ? 206 : 200, headers);
    if (request.method == "HEAD") {
        channel->endHead();
        return;
    }

    DownloadStream::Plan plan;
    plan.filePath = record.filePath;
    plan.offset = first;
    plan.length = length;
    plan.bytesPerSecond = m_faults.faults().downloadBytesPerSecond;
    plan.cutAfterBytes = m_faults.takeDownloadCut();
    plan.closeWhenDone = faults.omitContentLength;
    auto *stream = new DownloadStream(channel, plan, this);
    ++m_statistics.downloadsInFlight;
    connect(stream, &DownloadStream::finished, this, [this](bool complete, qint64 written) {
        --m_statistics.downloadsInFlight;
        m_statistics.bytesServed += written;
        if (complete)
            ++m_statistics.downloadsCompleted;
    });
    stream->start();
}

} // namespace d360::sandbox
