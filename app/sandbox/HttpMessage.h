// A request as the sandbox's handlers see it, and the reply they give back.
//
// Qt HTTP Server 6.4 hands out one QHttpServerRequest per connection and
// reuses it for the next request on that connection, and it cannot be
// copied; an answer that is sent later (injected latency, a download that
// streams for minutes) must not read from it. So every request is copied
// into an HttpRequest at once, and handlers build plain HttpReply values that
// the listener writes out; neither knows about sockets.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace d360::sandbox {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...; "UNKNOWN" for methods Qt does not parse
    QUrl url;
    QStringList pathSegments; // percent-decoded, without empty segments
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    // The first header of that name, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // A decoded query item; empty when absent.
    QString queryValue(const QString &name) const;
    bool hasQueryItem(const QString &name) const { return query.hasQueryItem(name); }
};

struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Replaces a header of the same name (case-insensitively), or adds it.
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

} // namespace d360::sandbox
