// See ConnectionOptions.h.
#include "cli/ConnectionOptions.h"

#include "core/api/ApiClient.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace d360::cli {

namespace { } // namespace

ConnectionOptions::ConnectionOptions()
    : m_baseUrl(QStringLiteral("base-url"),
                tr("API base URL (default: $D360_BASE_URL, else the EU region)."), tr("URL"))
    , m_region(QStringLiteral("region"), tr("Region: eu, us, or a private hosting name."),
               tr("REGION"))
    , m_account(QStringLiteral("account"), tr("Use the stored account NAME."), tr("NAME"))
{ }

void ConnectionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_baseUrl);
    parser.addOption(m_region);
    parser.addOption(m_account);
}

QString ConnectionOptions::projectId(const QCommandLineParser &parser)
{
    const QString fromFlag = parser.isSet(QStringLiteral("project"))
        ? parser.value(QStringLiteral("project"))
        : QString();
    return fromFlag.isEmpty() ? qEnvironmentVariable("D360_PROJECT_ID") : fromFlag;
}

void ConnectionOptions::resolve(const QCommandLineParser &parser,
                                std::function<void(Resolved)> done) const
{
    Resolved resolved;
    if (parser.isSet(m_baseUrl) && parser.isSet(m_region)) {
        resolved.error = tr("Give either --base-url or --region, not both.");
        resolved.exitCode = UsageError;
        done(std::move(resolved));
        return;
    }
    if (parser.isSet(m_account)) {
        if (parser.isSet(m_baseUrl) || parser.isSet(m_region)) {
            resolved.error
                = tr("--account already names the server; leave out --base-url and --region.");
            resolved.exitCode = UsageError;
            done(std::move(resolved));
            return;
        }
        resolveAccount(parser.value(m_account), std::move(done));
        return;
    }

    QString where = parser.value(m_region);
    if (where.isEmpty())
        where = parser.value(m_baseUrl);
    if (where.isEmpty())
        where = qEnvironmentVariable("D360_BASE_URL");
    QString problem;
    const std::optional<api::ServerAddress> address = where.isEmpty()
        ? std::optional(api::ServerAddress::eu())
        : api::ServerAddress::fromString(where, &problem);
    if (!address) {
        resolved.error = tr("Cannot use this server address: %1.").arg(problem);
        resolved.exitCode = UsageError;
        done(std::move(resolved));
        return;
    }

    const QString secret = qEnvironmentVariable("D360_API_KEY").trimmed();
    if (secret.isEmpty()) {
        resolved.error = tr("No credential: set D360_API_KEY, or use --account NAME with a stored "
                            "account (see \"d360-exporter accounts --help\").");
        resolved.exitCode = NotConfigured;
        done(std::move(resolved));
        return;
    }
    resolved.client = std::make_unique<api::ApiClient>(*address, api::Credential(secret));
    done(std::move(resolved));
}

void ConnectionOptions::resolveAccount(const QString &name,
                                       std::function<void(Resolved)> done) const
{
    auto *manager = new auth::AccountManager();
    const std::optional<auth::Account> account = manager->findByLabel(name);
    if (!account) {
        delete manager;
        Resolved resolved;
        resolved.error
            = tr("There is no account named \"%1\" (see \"d360-exporter accounts list\").")
                  .arg(name);
        resolved.exitCode = NotConfigured;
        done(std::move(resolved));
        return;
    }
    // The pool keeps the client's OAuth token fresh; it lives in the manager,
    // whose accounts it reports to.
    auto *clients = new auth::ClientPool(manager, {}, manager);
    auth::AccountTask *task = clients->open(account->id);
    QObject::connect(task, &auth::AccountTask::finished, manager, [manager, task, done] {
        Resolved resolved;
        if (!task->succeeded()) {
            resolved.error = task->outcome() == auth::AccountTask::Outcome::KeychainFailed
                ? tr("%1 Without the keychain, set D360_API_KEY for this run instead.")
                      .arg(task->errorMessage())
                : task->errorMessage();
            resolved.exitCode = NotConfigured;
            manager->deleteLater();
            done(std::move(resolved));
            return;
        }
        api::ApiClient *client = task->client();
        client->setParent(nullptr);
        manager->setParent(client);
        resolved.client.reset(client);
        done(std::move(resolved));
    });
}

ExitCode ConnectionOptions::exitCodeFor(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    switch (error.kind()) {
    case Kind::None:
        return Success;
    case Kind::Unauthorized:
    case Kind::Forbidden:
        return AuthenticationError;
    case Kind::NotFound:
        return NotFound;
    case Kind::InvalidChoice:
        return UsageError;
    case Kind::RateLimited:
        return RateLimitExhausted;
    case Kind::Timeout:
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::NetworkUnreachable:
    case Kind::ConnectionLost:
    case Kind::Tls:
    case Kind::TooManyRedirects:
        return NetworkError;
    default:
        break;
    }
    return ApiError;
}

} // namespace d360::cli
