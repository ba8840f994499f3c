// One open API client per account, for everything in the process that needs
// one: the window's project tree and the job queue share it, and with it the
// account's rate budget, its learnt dialect and its fresh OAuth token.
//
// Opening a client is asynchronous (the secret comes from the keychain), but
// the job queue asks for clients synchronously; so the pool opens them ahead
// (prepare()) and answers client() from what is open. Clients of removed
// accounts are closed, so their jobs stop sending a credential that no longer
// belongs to anyone.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace d360::api {
class ApiClient;
}

namespace d360::auth {

class AccountManager;

class ClientPool : public QObject
{
    Q_OBJECT

public:
    explicit ClientPool(AccountManager *accounts, QObject *parent = nullptr);

    // The open client of the account, or null when it is not open (yet).
    api::ApiClient *client(const QString &accountId) const;
    bool isOpening(const QString &accountId) const;

    // Opens the client if it is not open or opening; clientReady() or
    // clientFailed() follows (at once, queued, when it is already open).
    void prepare(const QString &accountId);
    // Opens every account's client; allPrepared() once each has answered.
    void prepareAll();

Q_SIGNALS:
    void clientReady(const QString &accountId, d360::api::ApiClient *client);
    void clientFailed(const QString &accountId, const QString &message);
    void allPrepared();

private:
    void close(const QString &accountId);
    void noteAnswered(const QString &accountId);

    AccountManager *m_accounts;
    QHash<QString, QPointer<api::ApiClient>> m_clients;
    QStringList m_opening;
    QStringList m_waitingForAll;
    bool m_preparingAll = false;
};

} // namespace d360::auth
