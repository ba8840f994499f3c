// See ConnectionOptions.h.
#include "cli/ConnectionOptions.h"

#include "core/api/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace d360::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("d360::cli::ConnectionOptions", text);
}

} // namespace

ConnectionOptions::ConnectionOptions()
    : m_baseUrl(QStringLiteral("base-url"),
                tr("API base URL (default: $D360_BASE_URL, else the EU region)."), tr("URL"))
    , m_region(QStringLiteral("region"), tr("Region: eu, us, or a private hosting name."), tr("REGION"))
    , m_account(QStringLiteral("account"), tr("Use the stored account NAME."), tr("NAME"))
{
}

void ConnectionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_baseUrl);
    parser.addOption(m_region);
    parser.addOption(m_account);
}

QString ConnectionOptions::projectId(const QCommandLineParser &parser)
{
    const QString fromFlag = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project"))
                                                                      : QString();
    return fromFlag.isEmpty() ? qEnvironmentVariable("D360_PROJECT_ID") : fromFlag;
}

void ConnectionOptions::resolve(const QCommandLineParser &parser, std::function<void(Resolved)> done) const
{
    Resolved resolved;
    if (parser.isSet(m_baseUrl) && parser.isSet(m_region)) {
        resolved.error = tr("Give either --base-url or --region, not both.");
        resolved.exitCode = UsageError;
        done(std::move(resolved));
        return;
    }
    if (parser.isSet(m_account)) {
        // Stored accounts live in the keychain (accounts and sign-in).
        resolved.error = tr("Stored accounts are not available in this build; set D360_API_KEY.");
        resolved.exitCode = NotConfigured;
        done(std::move(resolved));
        return;
    }

    QString where = parser.value(m_region);
    if (where.isEmpty())
        where = parser.value(m_baseUrl);
    if (where.isEmpty())
        where = qEnvironmentVariable("D360_BASE_URL");
    QString problem;
    const std::optional<api::ServerAddress> address =
        where.isEmpty() ? std::optional(api::ServerAddress::eu()) : api::ServerAddress::fromString(where, &problem);
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

} // namespace d360::cli
