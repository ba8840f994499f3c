// The sandbox: a Document360 V3 API simulator bound to loopback only.
//
// It exists so that anyone can try the whole program without an account and so
// that the tests talk to a real HTTP server. It listens on 127.0.0.1 only; a
// simulator that answered on a public interface would hand out demo tokens to
// the network.
#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

namespace d360::sandbox {

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Starts listening on 127.0.0.1; port 0 picks a free one. Returns false,
    // with errorString() set, when the port cannot be bound.
    bool start(quint16 port = 0);

    QUrl baseUrl() const;
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace d360::sandbox
