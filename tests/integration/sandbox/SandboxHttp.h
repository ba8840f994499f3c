// A plain HTTP client for the sandbox's tests: QNetworkAccessManager, one
// request at a time, waited for with QSignalSpy.
//
// The tests deliberately do not use the exporter's own API client: the
// sandbox must be shown to speak the contract to any client, and the API
// client's tests in turn use the sandbox. Redirects are not followed, so a
// test sees every 302; no proxy is used, whatever the environment says.
#pragma once

#include "sandbox/SandboxServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace d360::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    bool finished = false; // false: no answer within the timeout
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QByteArray contentType() const { return header(QByteArrayLiteral("Content-Type")); }
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    bool isJson() const;
    // For diagnostics in QVERIFY2.
    QByteArray describe() const;
};

class SandboxHttp
{
public:
    SandboxHttp();

    HttpResult send(const QByteArray &method, const QUrl &url, const Headers &headers = {},
                    const QByteArray &body = {}, int timeoutMs = 10000);
    HttpResult get(const QUrl &url, const Headers &headers = {}, int timeoutMs = 10000)
    {
        return send(QByteArrayLiteral("GET"), url, headers, {}, timeoutMs);
    }
    HttpResult postJson(const QUrl &url, const Headers &headers, const QJsonObject &body);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
};

// The header that carries the server's own credential in its dialect.
Headers credentialFor(const sandbox::SandboxServer &server);
Headers bearer(const QString &token);

// The API URL for a path ("/v3/projects") and query ("page=2").
QUrl apiUrl(const sandbox::SandboxServer &server, const QString &path, const QString &query = {});

// The versions path of the server's dialect: project-versions or workspaces.
QString versionsPath(const sandbox::SandboxServer &server, const QString &projectId);
// The version field of the export request in the server's dialect.
QString versionField(const sandbox::SandboxServer &server);

// The value at a dotted path of a JSON answer, numbers indexing arrays:
// at(json, "data.0.id"); undefined where the path leads nowhere.
QJsonValue at(const QJsonObject &object, const QString &path);

} // namespace d360::test
