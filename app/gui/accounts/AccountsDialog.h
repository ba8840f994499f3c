// Manages the writer's accounts: the list with each one's server, kind and
// state, and the actions on the selected one (rename in place, replace the
// token or sign in again, test, remove), plus adding by token or sign-in.
//
// It only presents the AccountManager: every change goes through it (a test
// through the ClientPool, which opens clients on the accounts) and the
// list is rebuilt from accountsChanged(), so the main window, this dialog
// and the command line never disagree. Accounts that need attention are
// marked and their Replace button says what to do. Nothing here blocks: the
// removal question and the sub-dialogs are opened, not exec()'d. What a test
// found is shown under the account it tested, and only the newest test of
// an account counts: a late answer never lands under another account.
#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QListWidgetItem;

namespace Ui {
class AccountsDialog;
}

namespace d360::auth {
class AccountManager;
class AccountTask;
class ClientPool;
struct Account;
} // namespace d360::auth

namespace d360::gui {

class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(auth::AccountManager *manager, auth::ClientPool *clients,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    QString selectedAccountId() const;
    void selectAccount(const QString &accountId);

private:
    void rebuildList();
    void updateDetails();
    void addWithToken();
    void addWithSignIn();
    void replaceSelected();
    void testSelected();
    void removeSelected();
    void renameFromItem(QListWidgetItem *item);
    // accountId empty: about no account in particular (shown under any).
    void showOutcome(const QString &accountId, const QString &text);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    auth::AccountManager *m_manager;
    auth::ClientPool *m_clients;
    bool m_rebuilding = false;
    QHash<QString, QString> m_outcomes; // by account id
    QHash<QString, QPointer<auth::AccountTask>> m_tests; // the newest test of each account
};

} // namespace d360::gui
