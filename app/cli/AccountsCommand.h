// `d360-exporter accounts ...`: manage stored accounts headless.
//
//   accounts add --name NAME [--region eu|us|HOSTING | --base-url URL]
//                [--sign-in [--client-id ID] [--authorize-url URL] [--token-url URL]]
//   accounts list [--json]
//   accounts test --name NAME
//   accounts rename --name OLD --to NEW
//   accounts remove --name NAME
//
// The same AccountManager as the window, so an account added here appears
// there. A token is read from standard input (a prompt with echo off on a
// terminal), never from the command line. Without a keychain the command
// says so and exits with NotConfigured: unlike the window it cannot offer
// "this session only", since the process ends right after.
#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

namespace d360::auth {
class AccountManager;
class AccountTask;
class OAuthSignIn;
struct Account;
} // namespace d360::auth

namespace d360::cli {

class AccountsCommand : public Command
{
    Q_OBJECT

public:
    explicit AccountsCommand(QObject *parent = nullptr);
    ~AccountsCommand() override;

    void start(const QStringList &arguments) override;

private:
    void add();
    void addWithToken(const auth::Account &draft);
    void addWithSignIn(const auth::Account &draft);
    void list();
    void test();
    void rename();
    void remove();

    // The account named by --name, or nothing after reporting the problem.
    const auth::Account *namedAccount();
    void finishWithTask(auth::AccountTask *task,
                        const std::function<void(const auth::AccountTask &)> &onSuccess);
    QString failureText(const QString &message) const override;

    QCommandLineParser m_parser;
    auth::AccountManager *m_manager = nullptr;
    auth::OAuthSignIn *m_signIn = nullptr;
    QList<auth::Account> m_accountsSnapshot;
};

} // namespace d360::cli
