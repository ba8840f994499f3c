// See SandboxServer.h.
#include "sandbox/SandboxServer.h"

#include <QHostAddress>
#include <QHttpServer>

namespace d360::sandbox {

struct SandboxServer::Private
{
    QHttpServer server;
    quint16 port = 0;
    QString errorString;
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port)
{
    d->port = d->server.listen(QHostAddress::LocalHost, port);
    if (d->port == 0) {
        d->errorString = tr("The sandbox could not listen on 127.0.0.1 port %1.").arg(port);
        return false;
    }
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

} // namespace d360::sandbox
