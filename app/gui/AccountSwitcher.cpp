// See AccountSwitcher.h.
#include "gui/AccountSwitcher.h"

#include "core/auth/AccountManager.h"

#include <QIcon>

namespace d360::gui {

AccountSwitcher::AccountSwitcher(auth::AccountManager *accounts, QWidget *parent)
    : QComboBox(parent)
    , m_accounts(accounts)
{
    setAccessibleName(tr("Account"));
    setToolTip(tr("The Document360 account to export from"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    connect(accounts, &auth::AccountManager::accountsChanged, this, &AccountSwitcher::rebuild);
    connect(accounts, &auth::AccountManager::accountNeedsAttention, this,
            &AccountSwitcher::rebuild);
    connect(accounts, &auth::AccountManager::accountRestored, this, &AccountSwitcher::rebuild);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (m_rebuilding)
            return;
        const QString id = currentAccountId();
        if (id != m_lastAnnounced) {
            m_lastAnnounced = id;
            Q_EMIT currentAccountChanged(id);
        }
    });
    rebuild();
}

QString AccountSwitcher::currentAccountId() const
{
    return currentData().toString();
}

void AccountSwitcher::setCurrentAccountId(const QString &accountId)
{
    const int row = findData(accountId);
    if (row >= 0)
        setCurrentIndex(row);
}

void AccountSwitcher::rebuild()
{
    const QString previous = currentAccountId();
    m_rebuilding = true;
    clear();
    for (const auth::Account &account : m_accounts->accounts()) {
        const bool attention = m_accounts->needsAttention(account.id);
        // A sign-in bound to a project says so; otherwise the region tells
        // accounts apart.
        const QString binding = account.bindingSummary();
        // A server on this computer (the sandbox) is told apart by its name.
        const QString detail = !binding.isEmpty() ? binding
            : account.address.isOnThisComputer()  ? QString()
                                                  : account.address.displayName();
        QString text = detail.isEmpty() ? account.label : tr("%1 — %2").arg(account.label, detail);
        if (attention)
            text = tr("%1 (needs attention)").arg(text);
        const QIcon icon(attention ? QStringLiteral(":/icons/status-waiting.svg")
                                   : QStringLiteral(":/icons/action-account.svg"));
        addItem(icon, text, account.id);
        setItemData(
            count() - 1,
            attention ? account.attentionReason
                      : tr("%1, %2").arg(account.kindDisplayName(), account.address.displayName()),
            Qt::ToolTipRole);
    }
    const int row = findData(previous);
    setCurrentIndex(row >= 0 ? row : (count() > 0 ? 0 : -1));
    m_rebuilding = false;
    const QString id = currentAccountId();
    if (id != m_lastAnnounced) {
        m_lastAnnounced = id;
        Q_EMIT currentAccountChanged(id);
    }
}

} // namespace d360::gui
