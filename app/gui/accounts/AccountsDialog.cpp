// See AccountsDialog.h.
#include "gui/accounts/AccountsDialog.h"

#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "gui/accounts/AccountEditDialog.h"
#include "gui/accounts/SignInDialog.h"
#include "ui_AccountsDialog.h"

#include <QMessageBox>

namespace d360::gui {

using auth::Account;
using auth::AccountTask;

namespace {

constexpr int accountIdRole = Qt::UserRole + 1;

} // namespace

AccountsDialog::AccountsDialog(auth::AccountManager *manager, auth::ClientPool *clients,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_manager(manager)
    , m_clients(clients)
{
    m_ui->setupUi(this);
    connect(m_manager, &auth::AccountManager::accountsChanged, this, &AccountsDialog::rebuildList);
    connect(m_ui->accountList, &QListWidget::currentItemChanged, this,
            &AccountsDialog::updateDetails);
    connect(m_ui->accountList, &QListWidget::itemChanged, this, &AccountsDialog::renameFromItem);
    connect(m_ui->addTokenButton, &QPushButton::clicked, this, &AccountsDialog::addWithToken);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &AccountsDialog::addWithSignIn);
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->accountList->currentItem())
            m_ui->accountList->editItem(item);
    });
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &AccountsDialog::replaceSelected);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountsDialog::testSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    rebuildList();
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::selectedAccountId() const
{
    const QListWidgetItem *item = m_ui->accountList->currentItem();
    return item ? item->data(accountIdRole).toString() : QString();
}

void AccountsDialog::selectAccount(const QString &accountId)
{
    for (int row = 0; row < m_ui->accountList->count(); ++row) {
        if (m_ui->accountList->item(row)->data(accountIdRole).toString() == accountId) {
            m_ui->accountList->setCurrentRow(row);
            return;
        }
    }
}

void AccountsDialog::rebuildList()
{
    const QString selected = selectedAccountId();
    m_rebuilding = true;
    m_ui->accountList->clear();
    for (const Account &account : m_manager->accounts()) {
        auto *item = new QListWidgetItem(account.label, m_ui->accountList);
        item->setData(accountIdRole, account.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        const QString state = account.needsAttention ? tr("needs attention") : tr("ok");
        item->setToolTip(
            tr("%1, %2, %3").arg(account.address.displayName(), account.kindDisplayName(), state));
        item->setData(Qt::AccessibleDescriptionRole, item->toolTip());
        if (account.needsAttention)
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    m_rebuilding = false;
    if (!selected.isEmpty())
        selectAccount(selected);
    if (!m_ui->accountList->currentItem() && m_ui->accountList->count() > 0)
        m_ui->accountList->setCurrentRow(0);
    updateDetails();
}

void AccountsDialog::updateDetails()
{
    const std::optional<Account> account = m_manager->account(selectedAccountId());
    for (QPushButton *button :
         { m_ui->renameButton, m_ui->replaceButton, m_ui->testButton, m_ui->removeButton })
        button->setEnabled(account.has_value());
    if (account && m_tests.value(account->id))
        m_ui->testButton->setEnabled(false); // until its test has answered
    if (!account) {
        m_ui->detailsLabel->setText(m_manager->accounts().isEmpty() ? tr(
                                        "No accounts yet. Add an API token, or sign in with your "
                                        "Document360 login.")
                                                                    : QString());
        return;
    }
    const bool signedIn = account->authKind == auth::AuthKind::OAuth;
    m_ui->replaceButton->setText(signedIn ? tr("Sign in &again…") : tr("&Replace token…"));
    QStringList projects;
    for (const auth::VisibleProject &project : account->visibleProjects)
        projects.append(project.name);
    QString text = tr("Server: %1\nKind: %2%3\nProjects it sees: %4")
                       .arg(account->address.displayName(), account->kindDisplayName(),
                            account->sessionOnly ? tr(" (this session only)") : QString(),
                            projects.isEmpty() ? tr("none") : projects.join(QStringLiteral(", ")));
    if (!account->bindingSummary().isEmpty())
        text += QLatin1Char('\n') + tr("Signed in as: %1").arg(account->bindingSummary());
    if (account->isBoundToUnlistedProject())
        text += QLatin1Char('\n')
            + tr("The sign-in is for project %1, which Document360 does not list for it.")
                  .arg(account->boundProjectId);
    if (account->needsAttention)
        text += QLatin1Char('\n') + tr("Needs attention: %1").arg(account->attentionReason);
    for (const QString &outcome : { m_outcomes.value(QString()), m_outcomes.value(account->id) }) {
        if (!outcome.isEmpty())
            text += QStringLiteral("\n\n") + outcome;
    }
    m_ui->detailsLabel->setText(text);
}

void AccountsDialog::showOutcome(const QString &accountId, const QString &text)
{
    m_outcomes.insert(accountId, text);
    updateDetails();
}

void AccountsDialog::addWithToken()
{
    auto *dialog = new AccountEditDialog(m_manager, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountEditDialog::accountSaved, this, &AccountsDialog::selectAccount);
    dialog->open();
}

void AccountsDialog::addWithSignIn()
{
    auto *dialog = new SignInDialog(m_manager, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::accountSaved, this, &AccountsDialog::selectAccount);
    dialog->open();
}

void AccountsDialog::replaceSelected()
{
    const std::optional<Account> account = m_manager->account(selectedAccountId());
    if (!account)
        return;
    QDialog *dialog = nullptr;
    if (account->authKind == auth::AuthKind::OAuth)
        dialog = new SignInDialog(m_manager, account->id, this);
    else
        dialog = new AccountEditDialog(m_manager, account->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsDialog::testSelected()
{
    const QString accountId = selectedAccountId();
    if (accountId.isEmpty())
        return;
    showOutcome(accountId, tr("Testing ..."));
    AccountTask *task = m_clients->test(accountId);
    m_tests.insert(accountId, task);
    connect(task, &AccountTask::finished, this, [this, task, accountId] {
        if (m_tests.value(accountId) != task)
            return; // a newer test of this account is on its way
        m_tests.remove(accountId);
        showOutcome(accountId,
                    task->succeeded() ? tr(
                        "Test passed: the server accepts the credential and lists %n project(s).",
                        nullptr, int(task->account().visibleProjects.size()))
                                      : tr("Test failed: %1").arg(task->errorMessage()));
    });
}

void AccountsDialog::removeSelected()
{
    const std::optional<Account> account = m_manager->account(selectedAccountId());
    if (!account)
        return;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Remove account"),
        tr("Remove \"%1\"? Its token is deleted from the keychain. Exports already "
           "downloaded stay where they are.")
            .arg(account->label),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const QString accountId = account->id;
    connect(question, &QMessageBox::finished, this, [this, accountId](int result) {
        if (result != QMessageBox::Yes)
            return;
        AccountTask *task = m_manager->remove(accountId);
        connect(task, &AccountTask::finished, this, [this, task] {
            if (task->succeeded())
                showOutcome(QString(),
                            tr("Removed \"%1\" and its token.").arg(task->account().label));
            else
                showOutcome(task->account().id,
                            tr("Could not remove the account: %1").arg(task->errorMessage()));
        });
    });
    question->open();
}

void AccountsDialog::renameFromItem(QListWidgetItem *item)
{
    if (m_rebuilding || !item)
        return;
    const QString accountId = item->data(accountIdRole).toString();
    QString problem;
    if (!m_manager->rename(accountId, item->text(), &problem)) {
        showOutcome(accountId, problem);
        rebuildList(); // puts the old name back
    }
}

} // namespace d360::gui
