// Signs in to Document360 in the system browser and keeps the result as an
// account (a new one, or new tokens for an existing one).
//
// The dialog shows each step: waiting for the browser (with Cancel), the
// result, and "Copy sign-in link" for when the browser did not open or the
// writer prefers another browser. The browser is opened with
// QDesktopServices, so tests can route it anywhere with
// QDesktopServices::setUrlHandler(). The sign-in server's client id and URLs
// start at the region's defaults and are editable, because Document360 does
// not publish its public client ids. When the keychain cannot keep the
// tokens, the writer may keep them for this session only.
#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace d360::auth {
class AccountManager;
class AccountTask;
class OAuthSignIn;
struct Account;
struct OAuthTokens;
}

namespace d360::gui {

class ServerChoice;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Signs in as a new account.
    explicit SignInDialog(auth::AccountManager *manager, QWidget *parent = nullptr);
    // Signs in again for accountId (its sign-in expired or was revoked).
    SignInDialog(auth::AccountManager *manager, const QString &accountId, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString savedAccountId() const { return m_savedAccountId; }
    // The link the browser has to open, while a sign-in runs.
    QUrl signInLink() const;

    void reject() override;

Q_SIGNALS:
    void accountSaved(const QString &accountId);

private:
    void setUp();
    void fillOAuthDefaults();
    void startSignIn();
    void cancelSignIn();
    void copyLink();
    void keepTokens(const auth::OAuthTokens &tokens);
    void keepTokensForThisSession();
    auth::Account draftAccount() const;
    void handleSaved(auth::AccountTask *task, bool sessionOnly);
    void setRunning(bool running);
    void showStatus(const QString &text);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    auth::AccountManager *m_manager;
    ServerChoice *m_server = nullptr;
    auth::OAuthSignIn *m_signIn = nullptr;
    QString m_renewedAccountId;
    QString m_savedAccountId;
    // Tokens the keychain refused, until the writer decides to keep them for
    // this session or closes the dialog.
    std::unique_ptr<auth::OAuthTokens> m_unsavedTokens;
};

} // namespace d360::gui
