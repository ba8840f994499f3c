// Reads and writes the non-secret part of accounts in QSettings.
//
// Each account is one group, "accounts/<id>", so removing an account removes
// every trace of it with one call. No field of Account is secret; the secret
// lives in the keychain under the same id. The file is the application's
// normal settings (QSettings with the organisation and application names) or,
// for tests and tools, an explicit INI file.
#pragma once

#include "core/auth/Account.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace d360::auth {

class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(d360::auth::AccountRepository)

public:
    // fileName empty: the application's settings.
    explicit AccountRepository(const QString &fileName = {});
    ~AccountRepository();

    QList<Account> load() const;
    // False when the settings could not be written (*problem says why).
    bool save(const Account &account, QString *problem);
    bool remove(const QString &accountId, QString *problem);

    QString fileName() const;

private:
    bool sync(QString *problem);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace d360::auth
