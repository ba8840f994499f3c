// See AccountEditDialog.h.
#include "gui/accounts/AccountEditDialog.h"

#include "core/auth/AccountManager.h"
#include "gui/PaletteColors.h"
#include "gui/accounts/ServerChoice.h"
#include "ui_AccountEditDialog.h"

namespace d360::gui {

using auth::AccountTask;

AccountEditDialog::AccountEditDialog(auth::AccountManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountEditDialog>())
    , m_manager(manager)
{
    setUp();
}

AccountEditDialog::AccountEditDialog(auth::AccountManager *manager, const QString &accountId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountEditDialog>())
    , m_manager(manager)
    , m_replacedAccountId(accountId)
{
    setUp();
    setWindowTitle(tr("Replace the API token"));
    if (const std::optional<auth::Account> account = m_manager->account(accountId)) {
        m_ui->nameEdit->setText(account->label);
        m_server->setAddress(account->address);
        m_ui->introLabel->setText(account->needsAttention
                                      ? tr("This account needs a new token: %1\nPaste a new token "
                                           "from the Document360 portal; it "
                                           "is checked before it replaces the old one.")
                                            .arg(account->attentionReason)
                                      : tr("Paste the new token from the Document360 portal; it is "
                                           "checked before it replaces the "
                                           "old one."));
    }
    m_ui->nameEdit->setReadOnly(true);
    m_server->setEnabled(false);
    m_ui->tokenEdit->setFocus();
}

AccountEditDialog::~AccountEditDialog() = default;

void AccountEditDialog::setUp()
{
    m_ui->setupUi(this);
    m_server = new ServerChoice(m_ui->serverCombo, m_ui->serverDetailEdit, this);
    m_ui->sessionOnlyButton->hide();
    // Empty, not hidden: a message then fills its place instead of pushing
    // the form about.
    m_ui->resultLabel->clear();
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->testAndSaveButton, &QPushButton::clicked, this, &AccountEditDialog::testAndSave);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this,
            &AccountEditDialog::keepForThisSession);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &AccountEditDialog::updateButtons);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &AccountEditDialog::updateButtons);
    connect(m_server, &ServerChoice::changed, this, [this] {
        // An old refusal was about the old server.
        if (!m_busy)
            m_ui->resultLabel->clear();
        updateButtons();
    });
    updateButtons();
}

void AccountEditDialog::updateButtons()
{
    const bool named = !m_ui->nameEdit->text().trimmed().isEmpty();
    const bool tokened = !m_ui->tokenEdit->text().trimmed().isEmpty();
    const bool ready = named && tokened;
    m_ui->testAndSaveButton->setEnabled(!m_busy && ready);
    // A disabled button says why.
    m_ui->testAndSaveButton->setToolTip(ready ? tr("Check the token with the server, then save it")
                                            : !named ? tr("Give the account a name first")
                                                     : tr("Paste the token first"));
    m_ui->sessionOnlyButton->setEnabled(!m_busy && ready);
}

void AccountEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->nameEdit->setEnabled(!busy);
    m_ui->tokenEdit->setEnabled(!busy);
    if (m_replacedAccountId.isEmpty())
        m_server->setEnabled(!busy);
    updateButtons();
}

void AccountEditDialog::showMessage(const QString &text, bool isError)
{
    m_ui->resultLabel->setText(text);
    showAsError(m_ui->resultLabel, isError);
    m_ui->resultLabel->setAccessibleDescription(text);
}

void AccountEditDialog::testAndSave()
{
    auth::Account draft;
    draft.label = m_ui->nameEdit->text().trimmed();
    if (m_replacedAccountId.isEmpty()) {
        QString problem = m_manager->labelProblem(draft.label);
        if (!problem.isEmpty()) {
            showMessage(problem, true);
            return;
        }
        const std::optional<api::ServerAddress> address = m_server->address(&problem);
        if (!address) {
            showMessage(tr("Cannot use this server: %1.").arg(problem), true);
            return;
        }
        draft.address = *address;
        draft.oauth = auth::OAuthSettings::defaultsFor(*address);
    }
    m_ui->sessionOnlyButton->hide();
    setBusy(true);
    showMessage(tr("Checking the token with the server ..."), false);
    const auth::AccountSecret secret = auth::AccountSecret::apiToken(m_ui->tokenEdit->text());
    AccountTask *task = m_replacedAccountId.isEmpty()
        ? m_manager->add(draft, secret)
        : m_manager->replaceSecret(m_replacedAccountId, secret);
    handleOutcome(task, false);
}

void AccountEditDialog::keepForThisSession()
{
    QString problem;
    const std::optional<api::ServerAddress> address = m_server->address(&problem);
    if (!address) {
        showMessage(tr("Cannot use this server: %1.").arg(problem), true);
        return;
    }
    auth::Account draft;
    draft.label = m_ui->nameEdit->text().trimmed();
    draft.address = *address;
    draft.oauth = auth::OAuthSettings::defaultsFor(*address);
    setBusy(true);
    showMessage(tr("Checking the token with the server ..."), false);
    handleOutcome(m_manager->add(draft, auth::AccountSecret::apiToken(m_ui->tokenEdit->text()),
                                 auth::AccountManager::SecretStorage::SessionOnly),
                  true);
}

void AccountEditDialog::handleOutcome(AccountTask *task, bool sessionOnly)
{
    connect(task, &AccountTask::finished, this, [this, task, sessionOnly] {
        setBusy(false);
        switch (task->outcome()) {
        case AccountTask::Outcome::Succeeded: {
            m_ui->tokenEdit->clear();
            m_savedAccountId = task->account().id;
            QStringList names;
            for (const auth::VisibleProject &project : task->account().visibleProjects)
                names.append(project.name);
            const QString saved = sessionOnly ? tr("Kept for this session only (not saved).")
                                              : tr("Saved in the keychain.");
            showMessage(
                tr("The token works. %1 It sees %n project(s): %2", nullptr, int(names.size()))
                    .arg(saved, names.join(QStringLiteral(", "))),
                false);
            m_ui->testAndSaveButton->setEnabled(false);
            m_ui->closeButton->setText(tr("Done"));
            m_ui->closeButton->setDefault(true);
            m_ui->closeButton->setFocus();
            disconnect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
            connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
            Q_EMIT accountSaved(m_savedAccountId);
            return;
        }
        case AccountTask::Outcome::KeychainFailed:
            showMessage(
                tr("The token works, but it could not be saved: %1\nYou can use it for this "
                   "session "
                   "only; it is then kept in memory and forgotten when D360 Exporter closes.")
                    .arg(task->errorMessage()),
                true);
            if (m_replacedAccountId.isEmpty())
                m_ui->sessionOnlyButton->show();
            return;
        default:
            showMessage(task->errorMessage(), true);
            m_ui->tokenEdit->setFocus();
            return;
        }
    });
}

} // namespace d360::gui
