// Manages the writer's accounts: the list with each one's server, kind and
// state, and the actions on the selected one (rename in place, replace the
// token or sign in again, test, remove), plus adding by token or sign-in.
//
// It only presents the AccountManager: every change goes through it and the
// list is rebuilt from accountsChanged(), so the main window, this dialog
// and the command line never disagree. Accounts that need attention are
// marked and their Replace button says what to do. Nothing here blocks: the
// removal question and the sub-dialogs are opened, not exec()'d.
#pragma once

#include <QDialog>

#include <memory>

class QListWidgetItem;

namespace Ui {
class AccountsDialog;
}

namespace d360::auth {
class AccountManager;
struct Account;
}

namespace d360::gui {

class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(auth::AccountManager *manager, QWidget *parent = nullptr);
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
    void showOutcome(const QString &text);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    auth::AccountManager *m_manager;
    bool m_rebuilding = false;
    QString m_lastOutcome;
};

} // namespace d360::gui
