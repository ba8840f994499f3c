// See SignInDialog.h.
#include "gui/accounts/SignInDialog.h"

#include "core/auth/AccountManager.h"
#include "core/auth/OAuthSignIn.h"
#include "core/auth/SignInRefusal.h"
#include "gui/accounts/ServerChoice.h"
#include "ui_SignInDialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QSettings>

namespace d360::gui {

using auth::AccountTask;

namespace {

// One client id per server: Document360 may register different ones per
// region or private hosting.
const QString clientIdsKey = QStringLiteral("signIn/clientIds");

} // namespace

SignInDialog::SignInDialog(auth::AccountManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_manager(manager)
{
    setUp();
    fillOAuthDefaults();
}

SignInDialog::SignInDialog(auth::AccountManager *manager, const QString &accountId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_manager(manager)
    , m_renewedAccountId(accountId)
{
    setUp();
    setWindowTitle(tr("Sign in again"));
    if (const std::optional<auth::Account> account = m_manager->account(accountId)) {
        m_ui->nameEdit->setText(account->label);
        m_server->setAddress(account->address);
        m_ui->clientIdEdit->setText(account->oauth.clientId);
        m_ui->authorizeUrlEdit->setText(account->oauth.authorizeUrl.toString());
        m_ui->tokenUrlEdit->setText(account->oauth.tokenUrl.toString());
    }
    m_ui->nameEdit->setReadOnly(true);
    m_server->setEnabled(false);
    m_ui->clientIdEdit->setEnabled(false);
    m_ui->advancedGroup->setEnabled(false);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setUp()
{
    m_ui->setupUi(this);
    m_server = new ServerChoice(m_ui->serverCombo, m_ui->serverDetailEdit, this);
    connect(m_server, &ServerChoice::changed, this, &SignInDialog::fillOAuthDefaults);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SignInDialog::cancelSignIn);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &SignInDialog::copyLink);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this,
            &SignInDialog::keepTokensForThisSession);
    m_ui->sessionOnlyButton->hide();
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // Kept in the layout while empty: it takes the dialog's spare height, so
    // the form stays together at the top.
    m_ui->statusLabel->clear();
    m_ui->clientIdHelpLabel->setText(auth::SignInRefusal::whereClientIdsComeFrom());
    setRunning(false);
}

void SignInDialog::suggest(const api::ServerAddress &address, const QString &clientId)
{
    m_server->setAddress(address);
    fillOAuthDefaults();
    m_ui->clientIdEdit->setText(clientId);
}

QString SignInDialog::rememberedClientId(const api::ServerAddress &address)
{
    return QSettings().value(clientIdsKey).toMap().value(address.toString()).toString();
}

void SignInDialog::rememberClientId(const api::ServerAddress &address, const QString &clientId)
{
    // A server on this computer moves to a new port every run; remembering
    // it would only pile up entries.
    if (address.isOnThisComputer())
        return;
    QSettings settings;
    QVariantMap clientIds = settings.value(clientIdsKey).toMap();
    clientIds.insert(address.toString(), clientId);
    settings.setValue(clientIdsKey, clientIds);
}

void SignInDialog::fillOAuthDefaults()
{
    QString problem;
    const std::optional<api::ServerAddress> address = m_server->address(&problem);
    if (!address)
        return;
    const auth::OAuthSettings defaults = auth::OAuthSettings::defaultsFor(*address);
    m_ui->clientIdEdit->setText(rememberedClientId(*address));
    m_ui->authorizeUrlEdit->setText(defaults.authorizeUrl.toString());
    m_ui->tokenUrlEdit->setText(defaults.tokenUrl.toString());
}

QUrl SignInDialog::signInLink() const
{
    return m_signIn && m_signIn->isRunning() ? m_signIn->authorizationUrl() : QUrl();
}

void SignInDialog::setRunning(bool running)
{
    m_ui->signInButton->setEnabled(!running);
    m_ui->cancelButton->setVisible(running);
    m_ui->copyLinkButton->setVisible(running);
    m_ui->closeButton->setEnabled(!running);
    const bool editable = !running && m_renewedAccountId.isEmpty();
    m_ui->nameEdit->setEnabled(!running);
    m_server->setEnabled(editable);
    m_ui->clientIdEdit->setEnabled(editable);
    m_ui->advancedGroup->setEnabled(editable);
}

void SignInDialog::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setAccessibleDescription(text);
}

void SignInDialog::startSignIn()
{
    const QString label = m_ui->nameEdit->text().trimmed();
    if (m_renewedAccountId.isEmpty()) {
        const QString problem = m_manager->labelProblem(label);
        if (!problem.isEmpty()) {
            showStatus(problem);
            return;
        }
    }
    QString problem;
    const std::optional<api::ServerAddress> address = m_server->address(&problem);
    if (!address) {
        showStatus(tr("Cannot use this server: %1.").arg(problem));
        return;
    }
    auth::OAuthSettings settings = auth::OAuthSettings::defaultsFor(*address);
    settings.clientId = m_ui->clientIdEdit->text().trimmed();
    settings.authorizeUrl = QUrl(m_ui->authorizeUrlEdit->text().trimmed(), QUrl::StrictMode);
    settings.tokenUrl = QUrl(m_ui->tokenUrlEdit->text().trimmed(), QUrl::StrictMode);
    if (settings.clientId.isEmpty()) {
        showStatus(
            tr("Enter the client ID first. %1").arg(auth::SignInRefusal::whereClientIdsComeFrom()));
        m_ui->clientIdEdit->setFocus();
        return;
    }
    if (!settings.isUsable(&problem)) {
        showStatus(tr("Cannot sign in: %1.").arg(problem));
        return;
    }
    rememberClientId(*address, settings.clientId);

    delete m_signIn;
    m_signIn = new auth::OAuthSignIn(settings, this);
    connect(m_signIn, &auth::OAuthSignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        const bool opened = QDesktopServices::openUrl(url);
        const QString waiting = opened
            ? tr("Waiting for you to sign in and pick a project in the browser ... If no browser "
                 "window "
                 "opened, use \"Copy sign-in link\" and paste the link into your browser.")
            : tr("The browser did not open. Use \"Copy sign-in link\" and paste the link into a "
                 "browser "
                 "on this computer.");
        showStatus(waiting + QLatin1Char('\n') + auth::SignInRefusal::browserPageHint());
    });
    connect(m_signIn, &auth::OAuthSignIn::redeemingCode, this,
            [this] { showStatus(tr("Signed in; finishing ...")); });
    connect(m_signIn, &auth::OAuthSignIn::failed, this, [this](const QString &message) {
        setRunning(false);
        showStatus(message);
    });
    connect(m_signIn, &auth::OAuthSignIn::succeeded, this, &SignInDialog::keepTokens);

    setRunning(true);
    m_signIn->start();
}

auth::Account SignInDialog::draftAccount() const
{
    QString problem;
    auth::Account draft;
    draft.label = m_ui->nameEdit->text().trimmed();
    draft.address = m_server->address(&problem).value_or(api::ServerAddress::eu());
    draft.oauth = auth::OAuthSettings::defaultsFor(draft.address);
    draft.oauth.clientId = m_ui->clientIdEdit->text().trimmed();
    draft.oauth.authorizeUrl = QUrl(m_ui->authorizeUrlEdit->text().trimmed(), QUrl::StrictMode);
    draft.oauth.tokenUrl = QUrl(m_ui->tokenUrlEdit->text().trimmed(), QUrl::StrictMode);
    return draft;
}

void SignInDialog::keepTokens(const auth::OAuthTokens &tokens)
{
    showStatus(tr("Signed in; checking what the account can see ..."));
    const auth::AccountSecret secret = auth::AccountSecret::oauth(tokens);
    m_unsavedTokens = std::make_unique<auth::OAuthTokens>(tokens);
    handleSaved(m_renewedAccountId.isEmpty() ? m_manager->add(draftAccount(), secret)
                                             : m_manager->replaceSecret(m_renewedAccountId, secret),
                false);
}

void SignInDialog::keepTokensForThisSession()
{
    if (!m_unsavedTokens)
        return;
    m_ui->sessionOnlyButton->hide();
    showStatus(tr("Checking what the account can see ..."));
    handleSaved(m_manager->add(draftAccount(), auth::AccountSecret::oauth(*m_unsavedTokens),
                               auth::AccountManager::SecretStorage::SessionOnly),
                true);
}

void SignInDialog::handleSaved(AccountTask *task, bool sessionOnly)
{
    connect(task, &AccountTask::finished, this, [this, task, sessionOnly] {
        setRunning(false);
        if (!task->succeeded()) {
            const bool offerSession = task->outcome() == AccountTask::Outcome::KeychainFailed
                && m_renewedAccountId.isEmpty();
            showStatus(
                offerSession
                    ? tr("Signed in, but the sign-in could not be saved: %1\nYou can use it for "
                         "this session only; it is then kept in memory and forgotten when D360 "
                         "Exporter closes.")
                          .arg(task->errorMessage())
                    : task->errorMessage());
            m_ui->sessionOnlyButton->setVisible(offerSession);
            if (!offerSession)
                m_unsavedTokens.reset();
            return;
        }
        m_unsavedTokens.reset();
        const auth::Account &account = task->account();
        m_savedAccountId = account.id;
        QStringList names;
        for (const auth::VisibleProject &project : account.visibleProjects)
            names.append(project.name);
        const QString kept = sessionOnly ? tr("Signed in for this session only (not saved).")
                                         : tr("Signed in and saved in the keychain.");
        QString result = tr("%1 The account sees %n project(s): %2", nullptr, int(names.size()))
                             .arg(kept, names.join(QStringLiteral(", ")));
        if (!account.bindingSummary().isEmpty())
            result = tr("%1\nSigned in as: %2").arg(result, account.bindingSummary());
        if (account.isBoundToUnlistedProject())
            result = tr("%1\nThe sign-in is for project %2, but Document360 does not list that "
                        "project for it. "
                        "Sign in again and pick another project, or ask the project's owner for "
                        "access.")
                         .arg(result, account.boundProjectId);
        showStatus(result);
        m_ui->signInButton->setEnabled(false);
        m_ui->closeButton->setText(tr("Done"));
        m_ui->closeButton->setDefault(true);
        m_ui->closeButton->setFocus();
        disconnect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
        connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
        Q_EMIT accountSaved(m_savedAccountId);
    });
}

void SignInDialog::reject()
{
    // Escape or the window's close button end a running sign-in too, so the
    // loopback listener does not outlive the dialog's purpose.
    cancelSignIn();
    QDialog::reject();
}

void SignInDialog::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel();
}

void SignInDialog::copyLink()
{
    const QUrl link = signInLink();
    if (link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    showStatus(tr("The sign-in link is on the clipboard. Paste it into a browser on this computer; "
                  "this window "
                  "waits for the answer."));
}

} // namespace d360::gui
