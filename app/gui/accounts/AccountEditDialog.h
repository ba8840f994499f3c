// Adds an account with an API token, or replaces (rotates) the token of an
// existing one.
//
// "Test and save" asks the server first (AccountManager lists the projects)
// and shows either the projects the token sees or the server's reason for
// refusing it, so a wrong-region or revoked token is caught while the writer
// still has the portal open. When the keychain cannot keep the token, the
// dialog says why and offers to use it for this session only. The token field
// never echoes, and it is cleared once the token has been handed over.
// Modeless-friendly: results arrive by signal, nothing blocks.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AccountEditDialog;
}

namespace d360::auth {
class AccountManager;
class AccountTask;
} // namespace d360::auth

namespace d360::gui {

class ServerChoice;

class AccountEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Adds a new account.
    explicit AccountEditDialog(auth::AccountManager *manager, QWidget *parent = nullptr);
    // Replaces the token of accountId; name and server are shown, not edited.
    AccountEditDialog(auth::AccountManager *manager, const QString &accountId,
                      QWidget *parent = nullptr);
    ~AccountEditDialog() override;

    // The account added or updated, once saved.
    QString savedAccountId() const { return m_savedAccountId; }

Q_SIGNALS:
    void accountSaved(const QString &accountId);

private:
    void setUp();
    void testAndSave();
    void keepForThisSession();
    void handleOutcome(auth::AccountTask *task, bool sessionOnly);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool isError);
    void updateButtons();

    std::unique_ptr<Ui::AccountEditDialog> m_ui;
    auth::AccountManager *m_manager;
    ServerChoice *m_server = nullptr;
    QString m_replacedAccountId;
    QString m_savedAccountId;
    bool m_busy = false;
};

} // namespace d360::gui
