// See SandboxHttp.h.
#include "SandboxHttp.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace d360::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool HttpResult::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResult::isJson() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError && document.isObject();
}

QByteArray HttpResult::describe() const
{
    return "status " + QByteArray::number(status) + ", error " + QByteArray::number(int(error))
        + ", body: " + body.left(600);
}

SandboxHttp::SandboxHttp()
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResult SandboxHttp::send(const QByteArray &method, const QUrl &url, const Headers &headers,
                             const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);

    QElapsedTimer clock;
    clock.start();
    // GET and HEAD through their own calls: QNetworkAccessManager knows a
    // HEAD answer has no body only when it sent the HEAD itself.
    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty()) {
        reply = m_manager.get(request);
    } else if (method == "HEAD") {
        reply = m_manager.head(request);
    } else {
        auto *buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        reply = m_manager.sendCustomRequest(request, method, buffer);
        buffer->setParent(reply);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);

    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(timeoutMs);
    result.elapsedMs = clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult SandboxHttp::postJson(const QUrl &url, const Headers &headers, const QJsonObject &body)
{
    Headers all = headers;
    all.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return send(QByteArrayLiteral("POST"), url, all, QJsonDocument(body).toJson());
}

Headers credentialFor(const sandbox::SandboxServer &server)
{
    if (server.dialect() == sandbox::ServedDialect::Workspaces)
        return { { QByteArrayLiteral("X-API-Key"), server.apiKey().toUtf8() } };
    return bearer(server.apiKey());
}

Headers bearer(const QString &token)
{
    return { { QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8() } };
}

QUrl apiUrl(const sandbox::SandboxServer &server, const QString &path, const QString &query)
{
    QUrl url = server.baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString versionsPath(const sandbox::SandboxServer &server, const QString &projectId)
{
    return QStringLiteral("/v3/projects/%1/%2")
        .arg(projectId,
             server.dialect() == sandbox::ServedDialect::Workspaces
                 ? QStringLiteral("workspaces")
                 : QStringLiteral("project-versions"));
}

QString versionField(const sandbox::SandboxServer &server)
{
    return server.dialect() == sandbox::ServedDialect::Workspaces
        ? QStringLiteral("workspace_id")
        : QStringLiteral("project_version_id");
}

QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value;
}

} // namespace d360::test
