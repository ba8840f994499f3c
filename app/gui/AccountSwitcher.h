// The account picker in the toolbar: each account's label and region, and a
// warning mark on an account whose token was refused ("needs attention").
//
// A combo box kept in step with the AccountManager, so adding, renaming or
// removing an account anywhere (a dialog, the command line in another
// process at the next start) shows here without the window's help.
#pragma once

#include <QComboBox>

namespace d360::auth {
class AccountManager;
}

namespace d360::gui {

class AccountSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit AccountSwitcher(auth::AccountManager *accounts, QWidget *parent = nullptr);

    QString currentAccountId() const;
    void setCurrentAccountId(const QString &accountId);

Q_SIGNALS:
    // The writer (or a removal) switched to another account; empty: none.
    void currentAccountChanged(const QString &accountId);

private:
    void rebuild();

    auth::AccountManager *m_accounts;
    QString m_lastAnnounced;
    bool m_rebuilding = false;
};

} // namespace d360::gui
