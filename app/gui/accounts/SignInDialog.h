// Signs in to Document360 in the system browser and keeps the result as an
// account (a new one, or new tokens for an existing one).
//
// The dialog shows each step: waiting for the browser (with Cancel), the
// result, and "Copy sign-in link" for when the browser did not open or the
// writer prefers another browser. The browser is opened with
// QDesktopServices, so tests can route it anywhere with
// QDesktopServices::setUrlHandler(). The sign-in server's URLs start at the
// region's defaults and are editable. The client id has no default, because
// Document360 registers one per application and publishes none: the dialog
// asks for it, says where one comes from, and remembers the last one used
// for each server (in QSettings; a client id is no secret). When the server
// refuses it, the message says so and offers the ways out (SignInRefusal).
// When the keychain cannot keep the tokens, the writer may keep them for
// this session only. The result names what the sign-in is bound to: who
// signed in, and the project picked in the browser.
#pragma once

#include "core/api/ServerAddress.h"

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
} // namespace d360::auth

namespace d360::gui {

class ServerChoice;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Signs in as a new account.
    explicit SignInDialog(auth::AccountManager *manager, QWidget *parent = nullptr);
    // Signs in again for accountId (its sign-in expired or was revoked).
    SignInDialog(auth::AccountManager *manager, const QString &accountId,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Starts on this server with this client id (the sandbox's, say),
    // instead of the remembered one.
    void suggest(const api::ServerAddress &address, const QString &clientId);

    QString savedAccountId() const { return m_savedAccountId; }
    // The link the browser has to open, while a sign-in runs.
    QUrl signInLink() const;

    void reject() override;

Q_SIGNALS:
    void accountSaved(const QString &accountId);

private:
    void setUp();
    void fillOAuthDefaults();
    static QString rememberedClientId(const api::ServerAddress &address);
    static void rememberClientId(const api::ServerAddress &address, const QString &clientId);
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
