// See AccountsCommand.h. Every outcome is one line on stderr (or the listing
// on stdout) and an exit code from ExitCode.h; nothing printed contains a
// secret, because only the manager ever holds one.
#include "cli/AccountsCommand.h"

#include "cli/ConnectionOptions.h"
#include "cli/SecretInput.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "core/auth/OAuthSignIn.h"
#include "core/auth/SecretStore.h"
#include "core/auth/SignInRefusal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace d360::cli {

using auth::Account;
using auth::AccountTask;

namespace {

QCommandLineOption option(const char *name, const QString &description,
                          const QString &valueName = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

QString projectSummary(const Account &account)
{
    QStringList names;
    for (const auth::VisibleProject &project : account.visibleProjects)
        names.append(project.name);
    return names.join(QStringLiteral(", "));
}

// What a sign-in is bound to, after the account's name: " as jane@acme.com —
// Acme Cloud Handbook", or nothing.
QString bindingSuffix(const Account &account)
{
    const QString binding = account.bindingSummary();
    return binding.isEmpty() ? QString() : AccountsCommand::tr(" as %1").arg(binding);
}

// A value from its option, else from the environment.
QString optionOrEnvironment(const QCommandLineParser &parser, const QString &name,
                            const char *variable)
{
    return parser.isSet(name) ? parser.value(name) : qEnvironmentVariable(variable);
}

QString noKeychainHint()
{
    return AccountsCommand::tr("The command line cannot keep a token for later without a keychain. "
                               "For a single run, set D360_API_KEY instead.");
}

} // namespace

AccountsCommand::AccountsCommand(QObject *parent)
    : Command(parent)
{ }

AccountsCommand::~AccountsCommand() = default;

void AccountsCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("Manage stored Document360 accounts. Tokens are kept in the system keychain and read "
           "from standard input, never from the command line.\n\n"
           "Actions:\n"
           "  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id "
           "ID]\n"
           "  list    [--json]\n"
           "  test    --name NAME\n"
           "  rename  --name OLD --to NEW\n"
           "  remove  --name NAME"));
    m_parser.addOption(helpOption());
    m_parser.addPositionalArgument(QStringLiteral("action"),
                                   tr("add, list, test, rename or remove."));
    m_parser.addOptions({
        option("name", tr("The account's name."), tr("NAME")),
        option("to", tr("The new name (rename)."), tr("NEW")),
        option("region", tr("Region: eu (default), us, or a private hosting name."), tr("REGION")),
        option("base-url", tr("A custom API base URL (https, or http on this computer)."),
               tr("URL")),
        option("sign-in", tr("Sign in through the browser (OAuth) instead of pasting a token.")),
        option("client-id",
               tr("The OAuth client ID Document360 registered for this program; required with "
                  "--sign-in "
                  "(or set D360_OAUTH_CLIENT_ID)."),
               tr("ID")),
        option("authorize-url",
               tr("OAuth authorization URL (default: the region's, or D360_OAUTH_AUTHORIZE_URL)."),
               tr("URL")),
        option("token-url", tr("OAuth token URL (default: the region's, or D360_OAUTH_TOKEN_URL)."),
               tr("URL")),
        option("json", tr("List as JSON.")),
        verboseOption(),
    });
    if (!parseArguments(m_parser, arguments, PositionalArguments::Accepted))
        return;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1) {
        fail(tr("Name one action: add, list, test, rename or remove."), UsageError);
        return;
    }

    auth::AccountManagerOptions options;
    options.keychainTimeout = auth::SecretStore::defaultTimeout;
    m_manager = new auth::AccountManager(options, this);
    m_accountsSnapshot = m_manager->accounts();

    const QString action = positional.first();
    if (action == QLatin1String("add"))
        add();
    else if (action == QLatin1String("list"))
        list();
    else if (action == QLatin1String("test"))
        test();
    else if (action == QLatin1String("rename"))
        rename();
    else if (action == QLatin1String("remove"))
        remove();
    else
        fail(tr("Unknown action \"%1\": use add, list, test, rename or remove.").arg(action),
             UsageError);
}

QString AccountsCommand::failureText(const QString &message) const
{
    return tr("accounts: %1").arg(message);
}

const Account *AccountsCommand::namedAccount()
{
    const QString name = m_parser.value(QStringLiteral("name"));
    if (name.trimmed().isEmpty()) {
        fail(tr("Give the account with --name NAME."), UsageError);
        return nullptr;
    }
    for (const Account &account : std::as_const(m_accountsSnapshot)) {
        if (account.label.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &account;
    }
    fail(tr("There is no account named \"%1\" (see \"d360-exporter accounts list\").").arg(name),
         NotConfigured);
    return nullptr;
}

void AccountsCommand::finishWithTask(AccountTask *task,
                                     const std::function<void(const AccountTask &)> &onSuccess)
{
    connect(task, &AccountTask::finished, this, [this, task, onSuccess] {
        switch (task->outcome()) {
        case AccountTask::Outcome::Succeeded:
            onSuccess(*task);
            finish(Success);
            return;
        case AccountTask::Outcome::Refused:
            fail(task->errorMessage(), ConnectionOptions::exitCodeFor(task->apiError()));
            return;
        case AccountTask::Outcome::KeychainFailed:
            fail(task->secretError().kind() == auth::SecretError::Kind::NotFound
                     ? task->errorMessage()
                     : task->errorMessage() + QLatin1Char(' ') + noKeychainHint(),
                 NotConfigured);
            return;
        case AccountTask::Outcome::NotFound:
            fail(task->errorMessage(), NotConfigured);
            return;
        case AccountTask::Outcome::Invalid:
        case AccountTask::Outcome::Pending:
            fail(task->errorMessage(), UsageError);
            return;
        }
    });
}

void AccountsCommand::add()
{
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        fail(tr("Give the new account a name with --name NAME."), UsageError);
        return;
    }
    const QString problem = m_manager->labelProblem(name);
    if (!problem.isEmpty()) {
        fail(problem, UsageError);
        return;
    }
    const QString region = m_parser.value(QStringLiteral("region"));
    const QString baseUrl = m_parser.value(QStringLiteral("base-url"));
    if (!region.isEmpty() && !baseUrl.isEmpty()) {
        fail(tr("Give either --base-url or --region, not both."), UsageError);
        return;
    }
    const QString where = region.isEmpty() ? baseUrl : region;
    QString addressProblem;
    const std::optional<api::ServerAddress> address = where.isEmpty()
        ? std::optional(api::ServerAddress::eu())
        : api::ServerAddress::fromString(where, &addressProblem);
    if (!address) {
        fail(tr("Cannot use this server address: %1.").arg(addressProblem), UsageError);
        return;
    }
    Account draft;
    draft.label = name;
    draft.address = *address;
    draft.oauth = auth::OAuthSettings::defaultsFor(*address);
    const bool signIn = m_parser.isSet(QStringLiteral("sign-in"));
    if (signIn) {
        draft.oauth.clientId
            = optionOrEnvironment(m_parser, QStringLiteral("client-id"), "D360_OAUTH_CLIENT_ID")
                  .trimmed();
        if (draft.oauth.clientId.isEmpty()) {
            fail(tr("Signing in needs a client ID: give --client-id ID or set "
                    "D360_OAUTH_CLIENT_ID. %1")
                     .arg(auth::SignInRefusal::whereClientIdsComeFrom()),
                 UsageError);
            return;
        }
        const QString authorizeUrl = optionOrEnvironment(m_parser, QStringLiteral("authorize-url"),
                                                         "D360_OAUTH_AUTHORIZE_URL");
        if (!authorizeUrl.isEmpty())
            draft.oauth.authorizeUrl = QUrl(authorizeUrl, QUrl::StrictMode);
        const QString tokenUrl
            = optionOrEnvironment(m_parser, QStringLiteral("token-url"), "D360_OAUTH_TOKEN_URL");
        if (!tokenUrl.isEmpty())
            draft.oauth.tokenUrl = QUrl(tokenUrl, QUrl::StrictMode);
        QString oauthProblem;
        if (!draft.oauth.isUsable(&oauthProblem)) {
            fail(tr("Cannot sign in: %1.").arg(oauthProblem), UsageError);
            return;
        }
    }

    // Ask the keychain first: with none, asking for the token is pointless.
    m_manager->secretStore()->probe(this, [this, draft, signIn](const auth::SecretError &error) {
        if (!error.isNull()) {
            fail(error.message() + QLatin1Char(' ') + noKeychainHint(), NotConfigured);
            return;
        }
        if (signIn)
            addWithSignIn(draft);
        else
            addWithToken(draft);
    });
}

void AccountsCommand::addWithToken(const Account &draft)
{
    QString problem;
    const std::optional<QString> token
        = SecretInput::read(tr("API token for %1 (input hidden): ").arg(draft.label), &problem);
    if (!token) {
        fail(tr("No token: %1.").arg(problem), UsageError);
        return;
    }
    err() << tr("Checking the token with %1 ...").arg(draft.address.displayName()) << '\n';
    err().flush();
    finishWithTask(m_manager->add(draft, auth::AccountSecret::apiToken(*token)),
                   [](const AccountTask &task) {
                       const Account &account = task.account();
                       out() << tr("Added account \"%1\" (%2). It sees %n project(s)", nullptr,
                                   int(account.visibleProjects.size()))
                                    .arg(account.label, account.address.displayName());
                       if (!account.visibleProjects.isEmpty())
                           out() << ": " << projectSummary(account);
                       out() << '\n';
                   });
}

void AccountsCommand::addWithSignIn(const Account &draft)
{
    m_signIn = new auth::OAuthSignIn(draft.oauth, this);
    connect(m_signIn, &auth::OAuthSignIn::authorizationUrlReady, this, [](const QUrl &url) {
        err() << tr(
            "Open this link in a browser on this computer to sign in, and pick the project:")
              << "\n\n  " << url.toString(QUrl::FullyEncoded) << "\n\n"
              << tr("Waiting for the browser ...") << ' ' << auth::SignInRefusal::browserPageHint()
              << '\n';
        err().flush();
    });
    connect(m_signIn, &auth::OAuthSignIn::failed, this,
            [this](const QString &message) { fail(message, AuthenticationError); });
    connect(m_signIn, &auth::OAuthSignIn::succeeded, this,
            [this, draft](const auth::OAuthTokens &tokens) {
                finishWithTask(
                    m_manager->add(draft, auth::AccountSecret::oauth(tokens)),
                    [](const AccountTask &task) {
                        const Account &account = task.account();
                        out() << tr("Signed in%1; added account \"%2\" (%3). It sees %n project(s)",
                                    nullptr, int(account.visibleProjects.size()))
                                     .arg(bindingSuffix(account), account.label,
                                          account.address.displayName());
                        if (!account.visibleProjects.isEmpty())
                            out() << ": " << projectSummary(account);
                        out() << '\n';
                        if (account.isBoundToUnlistedProject())
                            err() << tr("Note: the sign-in is for project %1, which Document360 "
                                        "does not list for it. Sign in "
                                        "again and pick another project, or ask the project's "
                                        "owner for access.")
                                         .arg(account.boundProjectId)
                                  << '\n';
                    });
            });
    m_signIn->start();
}

void AccountsCommand::list()
{
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray accounts;
        for (const Account &account : std::as_const(m_accountsSnapshot)) {
            QJsonArray projects;
            for (const auth::VisibleProject &project : account.visibleProjects)
                projects.append(QJsonObject { { QStringLiteral("id"), project.id },
                                              { QStringLiteral("name"), project.name } });
            QJsonObject object {
                { QStringLiteral("id"), account.id },
                { QStringLiteral("name"), account.label },
                { QStringLiteral("server"), account.address.toString() },
                { QStringLiteral("kind"), auth::authKindName(account.authKind) },
                { QStringLiteral("needsAttention"), account.needsAttention },
                { QStringLiteral("projects"), projects },
            };
            if (account.needsAttention)
                object.insert(QStringLiteral("attentionReason"), account.attentionReason);
            if (account.lastValidatedAt.isValid())
                object.insert(QStringLiteral("lastValidatedAt"),
                              account.lastValidatedAt.toString(Qt::ISODate));
            if (!account.boundProjectId.isEmpty())
                object.insert(QStringLiteral("boundProjectId"), account.boundProjectId);
            if (!account.signedInAs.isEmpty())
                object.insert(QStringLiteral("signedInAs"), account.signedInAs);
            accounts.append(object);
        }
        out() << QString::fromUtf8(QJsonDocument(accounts).toJson(QJsonDocument::Indented));
        finish(Success);
        return;
    }
    if (m_accountsSnapshot.isEmpty()) {
        err() << tr("No accounts yet. Add one with \"d360-exporter accounts add --name NAME\".")
              << '\n';
        finish(Success);
        return;
    }
    for (const Account &account : std::as_const(m_accountsSnapshot)) {
        const QString kind = account.signedInAs.isEmpty()
            ? account.kindDisplayName()
            : tr("Signed in as %1").arg(account.signedInAs);
        out() << account.label << "\t" << account.address.displayName() << "\t" << kind << "\t"
              << (account.needsAttention ? tr("needs attention: %1").arg(account.attentionReason)
                                         : tr("ok"))
              << "\t" << projectSummary(account) << '\n';
    }
    finish(Success);
}

void AccountsCommand::test()
{
    const Account *account = namedAccount();
    if (!account)
        return;
    // Tested as an export would use it: on a client the pool opens, with
    // its token refresh. The pool lives in the manager it reports to.
    auto *clients = new auth::ClientPool(m_manager, {}, m_manager);
    finishWithTask(clients->test(account->id), [](const AccountTask &task) {
        const Account &tested = task.account();
        out() << tr("Account \"%1\" works (%2). It sees %n project(s)", nullptr,
                    int(tested.visibleProjects.size()))
                     .arg(tested.label, tested.address.displayName());
        if (!tested.visibleProjects.isEmpty())
            out() << ": " << projectSummary(tested);
        out() << '\n';
    });
}

void AccountsCommand::rename()
{
    const Account *account = namedAccount();
    if (!account)
        return;
    const QString newName = m_parser.value(QStringLiteral("to"));
    if (newName.trimmed().isEmpty()) {
        fail(tr("Give the new name with --to NEW."), UsageError);
        return;
    }
    QString problem;
    if (!m_manager->rename(account->id, newName, &problem)) {
        fail(problem, UsageError);
        return;
    }
    out() << tr("Renamed \"%1\" to \"%2\".").arg(account->label, newName.trimmed()) << '\n';
    finish(Success);
}

void AccountsCommand::remove()
{
    const Account *account = namedAccount();
    if (!account)
        return;
    finishWithTask(m_manager->remove(account->id), [](const AccountTask &task) {
        out() << tr("Removed account \"%1\" and its token.").arg(task.account().label) << '\n';
    });
}

} // namespace d360::cli
