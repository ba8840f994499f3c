// See AccountRepository.h. Unknown or damaged values fall back to what a new
// account has, so a settings file edited by hand never stops the program; an
// account whose address cannot be read is skipped with a warning instead.
#include "core/auth/AccountRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

namespace d360::auth {

namespace {

Q_LOGGING_CATEGORY(lcAccounts, "d360.accounts.settings", QtInfoMsg)

const QString &groupPrefix()
{
    static const QString prefix = QStringLiteral("accounts/");
    return prefix;
}

std::optional<Account> readAccount(QSettings &settings, const QString &id)
{
    QString problem;
    const std::optional<api::ServerAddress> address = api::ServerAddress::fromString(
        settings.value(QStringLiteral("address")).toString(), &problem);
    if (!address) {
        qCWarning(lcAccounts) << "skipping account" << id
                              << "with an unreadable address:" << problem;
        return std::nullopt;
    }
    Account account;
    account.id = id;
    account.label = settings.value(QStringLiteral("label")).toString();
    account.address = *address;
    account.authKind = authKindFromName(settings.value(QStringLiteral("authKind")).toString())
                           .value_or(AuthKind::ApiToken);
    account.oauth = OAuthSettings::defaultsFor(*address);
    settings.beginGroup(QStringLiteral("oauth"));
    if (settings.contains(QStringLiteral("authorizeUrl")))
        account.oauth.authorizeUrl = settings.value(QStringLiteral("authorizeUrl")).toUrl();
    if (settings.contains(QStringLiteral("tokenUrl")))
        account.oauth.tokenUrl = settings.value(QStringLiteral("tokenUrl")).toUrl();
    if (settings.contains(QStringLiteral("clientId")))
        account.oauth.clientId = settings.value(QStringLiteral("clientId")).toString();
    if (settings.contains(QStringLiteral("scopes")))
        account.oauth.scopes = settings.value(QStringLiteral("scopes")).toStringList();
    settings.endGroup();
    account.dialect = api::dialectFromName(settings.value(QStringLiteral("dialect")).toString());
    account.confirmedScheme
        = api::authSchemeFromName(settings.value(QStringLiteral("authScheme")).toString());
    account.lastValidatedAt = settings.value(QStringLiteral("lastValidatedAt")).toDateTime();
    account.needsAttention = settings.value(QStringLiteral("needsAttention"), false).toBool();
    account.attentionReason = settings.value(QStringLiteral("attentionReason")).toString();
    account.boundProjectId = settings.value(QStringLiteral("boundProjectId")).toString();
    account.signedInAs = settings.value(QStringLiteral("signedInAs")).toString();
    const int projectCount = settings.beginReadArray(QStringLiteral("projects"));
    for (int i = 0; i < projectCount; ++i) {
        settings.setArrayIndex(i);
        account.visibleProjects.append({ settings.value(QStringLiteral("id")).toString(),
                                         settings.value(QStringLiteral("name")).toString() });
    }
    settings.endArray();
    return account;
}

} // namespace

AccountRepository::AccountRepository(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

AccountRepository::~AccountRepository() = default;

QString AccountRepository::fileName() const
{
    return m_settings->fileName();
}

QList<Account> AccountRepository::load() const
{
    QList<Account> accounts;
    m_settings->sync();
    m_settings->beginGroup(QStringLiteral("accounts"));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        if (std::optional<Account> account = readAccount(*m_settings, id))
            accounts.append(*account);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) {
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    });
    return accounts;
}

bool AccountRepository::save(const Account &account, QString *problem)
{
    // Rewritten whole, so a field that became empty does not linger.
    m_settings->remove(groupPrefix() + account.id);
    m_settings->beginGroup(groupPrefix() + account.id);
    m_settings->setValue(QStringLiteral("label"), account.label);
    m_settings->setValue(QStringLiteral("address"), account.address.toString());
    m_settings->setValue(QStringLiteral("authKind"), authKindName(account.authKind));
    if (account.authKind == AuthKind::OAuth) {
        m_settings->beginGroup(QStringLiteral("oauth"));
        m_settings->setValue(QStringLiteral("authorizeUrl"), account.oauth.authorizeUrl);
        m_settings->setValue(QStringLiteral("tokenUrl"), account.oauth.tokenUrl);
        m_settings->setValue(QStringLiteral("clientId"), account.oauth.clientId);
        m_settings->setValue(QStringLiteral("scopes"), account.oauth.scopes);
        m_settings->endGroup();
    }
    if (account.dialect != api::Dialect::Unknown)
        m_settings->setValue(QStringLiteral("dialect"), api::dialectName(account.dialect));
    if (account.confirmedScheme)
        m_settings->setValue(QStringLiteral("authScheme"),
                             api::authSchemeName(*account.confirmedScheme));
    if (account.lastValidatedAt.isValid())
        m_settings->setValue(QStringLiteral("lastValidatedAt"), account.lastValidatedAt);
    m_settings->setValue(QStringLiteral("needsAttention"), account.needsAttention);
    if (!account.attentionReason.isEmpty())
        m_settings->setValue(QStringLiteral("attentionReason"), account.attentionReason);
    if (!account.boundProjectId.isEmpty())
        m_settings->setValue(QStringLiteral("boundProjectId"), account.boundProjectId);
    if (!account.signedInAs.isEmpty())
        m_settings->setValue(QStringLiteral("signedInAs"), account.signedInAs);
    m_settings->beginWriteArray(QStringLiteral("projects"), int(account.visibleProjects.size()));
    for (int i = 0; i < account.visibleProjects.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), account.visibleProjects.at(i).id);
        m_settings->setValue(QStringLiteral("name"), account.visibleProjects.at(i).name);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return sync(problem);
}

bool AccountRepository::remove(const QString &accountId, QString *problem)
{
    m_settings->remove(groupPrefix() + accountId);
    return sync(problem);
}

bool AccountRepository::sync(QString *problem)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    *problem = m_settings->status() == QSettings::AccessError
        ? tr("the settings file %1 cannot be written").arg(m_settings->fileName())
        : tr("the settings file %1 is damaged").arg(m_settings->fileName());
    return false;
}

} // namespace d360::auth
