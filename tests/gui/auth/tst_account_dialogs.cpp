// The account dialogs as a writer uses them, offscreen, against the sandbox
// and the session's keychain: a token added through the dialog is checked and
// saved and shows the projects it sees; a refused token shows the server's
// reason and saves nothing, in a colour that reads in a light and a dark
// palette alike; signing in goes through the "system browser"
// (QDesktopServices, routed here to a scripted browser), binds the account
// to the project picked there and says so, explains a client id the server
// does not know, asks for a client id rather than inventing one and
// remembers it per server; "Copy sign-in link" puts the running sign-in's
// link on the clipboard; the accounts dialog
// renames in place, marks an account that needs attention and removes one
// after asking. The screenshots it leaves in the build folder are what a
// person would see.
#include "AuthTestSupport.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "gui/PaletteColors.h"
#include "gui/accounts/AccountEditDialog.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/SignInDialog.h"
#include "sandbox/SandboxServer.h"
#include "support/TestSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace d360;
using auth::AccountManager;

namespace {

// A dark theme as desktops ship them: light text on near-black.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

// The contrast a reader gets from a rendered widget: its most common pixel
// is the background, and the pixel furthest from it in luminance is the core
// of a glyph.
double renderedTextContrast(QWidget *widget)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best,
                        gui::contrastRatio(QColor::fromRgb(it.key()), QColor::fromRgb(background)));
    return best;
}

} // namespace

// Stands in for the desktop's browser: QDesktopServices hands it the URL.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    bool approve = true;
    int projectIndex = 0;
    QList<QUrl> opened;
    std::unique_ptr<test::ScriptedBrowser> browser;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        opened.append(url);
        if (!approve)
            return;
        browser = std::make_unique<test::ScriptedBrowser>(test::ScriptedBrowser::Decision::Approve,
                                                          projectIndex);
        browser->open(url);
    }
};

class AccountDialogsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_token;
    std::unique_ptr<AccountManager> m_manager;
    std::unique_ptr<auth::ClientPool> m_clients; // the manager's, as in the window
    BrowserStandIn m_browser;

    template<typename Widget> static Widget *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<Widget *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child widget %s", name);
        return widget;
    }

    static void chooseCustomServer(QWidget *dialog, const QUrl &url)
    {
        auto *combo = child<QComboBox>(dialog, "serverCombo");
        combo->setCurrentIndex(combo->count() - 1);
        child<QLineEdit>(dialog, "serverDetailEdit")->setText(url.toString());
    }

    QString addThroughDialog(const QString &label)
    {
        gui::AccountEditDialog dialog(m_manager.get());
        QSignalSpy saved(&dialog, &gui::AccountEditDialog::accountSaved);
        child<QLineEdit>(&dialog, "nameEdit")->setText(label);
        chooseCustomServer(&dialog, m_sandbox->baseUrl());
        child<QLineEdit>(&dialog, "tokenEdit")->setText(m_token);
        child<QPushButton>(&dialog, "testAndSaveButton")->click();
        if (!saved.wait(15000))
            return {};
        return saved.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        D360_REQUIRE_PRIVATE_SESSION();
        test::LogRecorder::install();
        m_token = test::randomSecret(QStringLiteral("sbx-token-"));
        m_sandbox = test::sandboxAccepting(m_token);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        // https too: Document360's own sign-in pages must not reach a real
        // browser from a test.
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void init()
    {
        auth::AccountManagerOptions options;
        options.keychainService = test::uniqueKeychainService();
        options.settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/accounts-%1.ini").arg(QUuid::createUuid().toString(QUuid::Id128));
        options.apiSettings = test::fastApiSettings();
        m_manager = std::make_unique<AccountManager>(options);
        m_clients = std::make_unique<auth::ClientPool>(m_manager.get());
        m_browser.approve = true;
        m_browser.projectIndex = 0;
        m_browser.opened.clear();
    }

    void cleanup()
    {
        m_sandbox->setFaults({});
        for (const auth::Account &account : m_manager->accounts())
            QVERIFY(D360_AWAIT(m_manager->remove(account.id)).finished);
        m_clients.reset();
        m_manager.reset();
    }

    void addsATokenAndShowsWhatItSees()
    {
        gui::AccountEditDialog dialog(m_manager.get());
        dialog.show();
        auto *token = child<QLineEdit>(&dialog, "tokenEdit");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QPushButton>(&dialog, "testAndSaveButton")->isEnabled());
        // A disabled button says why; "Show" shows what was pasted.
        QCOMPARE(child<QPushButton>(&dialog, "testAndSaveButton")->toolTip(),
                 QStringLiteral("Give the account a name first"));
        auto *show = child<QCheckBox>(&dialog, "showTokenCheck");
        show->click();
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(token->echoMode(), QLineEdit::Password);

        QSignalSpy saved(&dialog, &gui::AccountEditDialog::accountSaved);
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Sandbox"));
        chooseCustomServer(&dialog, m_sandbox->baseUrl());
        token->setText(m_token);
        auto *testAndSave = child<QPushButton>(&dialog, "testAndSaveButton");
        QVERIFY(testAndSave->isEnabled());
        QTest::mouseClick(testAndSave, Qt::LeftButton);
        QVERIFY(saved.wait(15000));

        const QString result = child<QLabel>(&dialog, "resultLabel")->text();
        QVERIFY2(result.contains(QLatin1String("Acme Cloud Handbook")), qPrintable(result));
        QVERIFY(token->text().isEmpty());
        QCoreApplication::sendPostedEvents(); // the relayout after the new text
        QVERIFY(dialog.grab().save(
            QDir::current().absoluteFilePath(QStringLiteral("account-edit-dialog.png"))));
        QCOMPARE(m_manager->accounts().size(), 1);
        QCOMPARE(m_manager->accounts().first().label, QStringLiteral("Sandbox"));
        QVERIFY(!test::LogRecorder::contains(m_token));
    }

    void aRefusedTokenShowsTheServersReason_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light palette") << false;
        QTest::newRow("dark palette") << true;
    }

    void aRefusedTokenShowsTheServersReason()
    {
        QFETCH(bool, dark);
        const QPalette previous = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        auto restorePalette = qScopeGuard([&previous] { QApplication::setPalette(previous); });
        gui::AccountEditDialog dialog(m_manager.get());
        dialog.show();
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Wrong"));
        chooseCustomServer(&dialog, m_sandbox->baseUrl());
        child<QLineEdit>(&dialog, "tokenEdit")
            ->setText(test::randomSecret(QStringLiteral("wrong-")));
        child<QPushButton>(&dialog, "testAndSaveButton")->click();
        auto *result = child<QLabel>(&dialog, "resultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(
            result->text().contains(QLatin1String("revoked or belongs to another region")), 15000);
        // Readable as text (WCAG: 4.5:1) on this palette's window.
        const double contrast = renderedTextContrast(result);
        QVERIFY2(contrast >= 4.5,
                 qPrintable(QStringLiteral("error text contrast %1:1").arg(contrast, 0, 'f', 2)));
        QVERIFY(child<QPushButton>(&dialog, "testAndSaveButton")->isEnabled()); // try again
        QVERIFY(!child<QPushButton>(&dialog, "sessionOnlyButton")->isVisible());
        QVERIFY(m_manager->accounts().isEmpty());
        // The refusal was about that server: choosing another clears it,
        // and the form keeps its place.
        const QPoint tokenAt = child<QLineEdit>(&dialog, "tokenEdit")->pos();
        auto *combo = child<QComboBox>(&dialog, "serverCombo");
        combo->setCurrentIndex(0);
        QVERIFY(result->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "tokenEdit")->pos(), tokenAt);
    }

    void signsInThroughTheSystemBrowser()
    {
        gui::SignInDialog dialog(m_manager.get());
        dialog.show();
        QSignalSpy saved(&dialog, &gui::SignInDialog::accountSaved);
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Signed in"));
        chooseCustomServer(&dialog, m_sandbox->baseUrl());
        // Defaults for a custom server are on its own origin; the client id
        // is the sandbox's.
        QCOMPARE(child<QLineEdit>(&dialog, "tokenUrlEdit")->text(),
                 m_sandbox->tokenUrl().toString());
        child<QLineEdit>(&dialog, "clientIdEdit")->setText(m_sandbox->oauthClientId());
        m_browser.projectIndex = 1;
        child<QPushButton>(&dialog, "signInButton")->click();
        QVERIFY(saved.wait(15000));
        QCOMPARE(m_browser.opened.size(), 1);
        const QString status = child<QLabel>(&dialog, "statusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("Signed in and saved")), qPrintable(status));
        // What the sign-in is bound to: who, and the project picked.
        const sandbox::DemoProject picked = m_sandbox->demoData().projects().at(1);
        QVERIFY2(status.contains(
                     QStringLiteral("Signed in as: writer@sandbox.example — %1").arg(picked.name)),
                 qPrintable(status));
        QCoreApplication::sendPostedEvents(); // the relayout after the new text
        QVERIFY(dialog.grab().save(
            QDir::current().absoluteFilePath(QStringLiteral("sign-in-dialog.png"))));
        const std::optional<auth::Account> account
            = m_manager->account(saved.first().first().toString());
        QVERIFY(account);
        QVERIFY(account->authKind == auth::AuthKind::OAuth);
        QCOMPARE(account->oauth.clientId, m_sandbox->oauthClientId());
        QCOMPARE(account->boundProjectId, picked.id);
    }

    void anUnregisteredClientIdIsExplained()
    {
        gui::SignInDialog dialog(m_manager.get());
        dialog.show();
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Unregistered"));
        chooseCustomServer(&dialog, m_sandbox->baseUrl());
        child<QLineEdit>(&dialog, "clientIdEdit")->setText(QStringLiteral("not-registered"));
        child<QPushButton>(&dialog, "signInButton")->click();
        auto *status = child<QLabel>(&dialog, "statusLabel");
        // While the browser is open, the dialog says what such a refusal
        // looks like there (Document360 shows it on its own page) ...
        QVERIFY2(status->text().contains(QLatin1String("If the browser shows \"invalid_client\"")),
                 qPrintable(status->text()));
        // ... and when it comes back, what it means.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("\"not-registered\"")),
                                 15000);
        QVERIFY2(status->text().contains(QLatin1String("(invalid_client)")),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("API token")), qPrintable(status->text()));
        QVERIFY(child<QPushButton>(&dialog, "signInButton")->isEnabled());
        QVERIFY(m_manager->accounts().isEmpty());
        QCoreApplication::sendPostedEvents();
        QVERIFY(dialog.grab().save(
            QDir::current().absoluteFilePath(QStringLiteral("sign-in-unregistered.png"))));
    }

    void asksForAClientIdAndRemembersItPerServer()
    {
        m_browser.approve = false;
        {
            gui::SignInDialog dialog(m_manager.get());
            dialog.show();
            child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Handbook"));
            // No invented default: Document360 publishes no client id.
            auto *clientId = child<QLineEdit>(&dialog, "clientIdEdit");
            QVERIFY(clientId->text().isEmpty());
            QVERIFY(clientId->isVisible());
            QVERIFY(child<QLabel>(&dialog, "clientIdHelpLabel")
                        ->text()
                        .contains(QLatin1String("registers")));
            child<QPushButton>(&dialog, "signInButton")->click();
            auto *status = child<QLabel>(&dialog, "statusLabel");
            QVERIFY2(status->text().contains(QLatin1String("Enter the client ID")),
                     qPrintable(status->text()));
            QVERIFY(m_browser.opened.isEmpty());

            clientId->setText(QStringLiteral("acme-registered-id"));
            child<QPushButton>(&dialog, "signInButton")->click();
            QTRY_COMPARE(m_browser.opened.size(), 1);
            const QUrl opened = m_browser.opened.first();
            QCOMPARE(opened.host(), QStringLiteral("identity.document360.io"));
            const QUrlQuery query(opened);
            QCOMPARE(query.queryItemValue(QStringLiteral("client_id")),
                     QStringLiteral("acme-registered-id"));
            QCOMPARE(query.queryItemValue(QStringLiteral("acr_values")),
                     QStringLiteral("project_select"));
            child<QPushButton>(&dialog, "cancelButton")->click();
        }
        gui::SignInDialog again(m_manager.get());
        QCOMPARE(child<QLineEdit>(&again, "clientIdEdit")->text(),
                 QStringLiteral("acme-registered-id"));
        // Another region may have another registration.
        auto *combo = child<QComboBox>(&again, "serverCombo");
        combo->setCurrentIndex(1);
        QVERIFY(child<QLineEdit>(&again, "clientIdEdit")->text().isEmpty());
        combo->setCurrentIndex(0);
        QCOMPARE(child<QLineEdit>(&again, "clientIdEdit")->text(),
                 QStringLiteral("acme-registered-id"));
    }

    void copiesTheSignInLinkAndCancels()
    {
        m_browser.approve = false; // the browser "did not open"
        gui::SignInDialog dialog(m_manager.get());
        dialog.show();
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Link"));
        chooseCustomServer(&dialog, m_sandbox->baseUrl());
        child<QLineEdit>(&dialog, "clientIdEdit")->setText(m_sandbox->oauthClientId());
        child<QPushButton>(&dialog, "signInButton")->click();
        auto *copy = child<QPushButton>(&dialog, "copyLinkButton");
        QTRY_VERIFY(copy->isVisible());
        copy->click();
        QVERIFY(!dialog.signInLink().isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 dialog.signInLink().toString(QUrl::FullyEncoded));
        QVERIFY(!child<QPushButton>(&dialog, "closeButton")->isEnabled());

        child<QPushButton>(&dialog, "cancelButton")->click();
        QTRY_VERIFY(
            child<QLabel>(&dialog, "statusLabel")->text().contains(QLatin1String("cancelled")));
        QVERIFY(child<QPushButton>(&dialog, "signInButton")->isEnabled());
        QVERIFY(m_manager->accounts().isEmpty());
    }

    void managesAccounts()
    {
        const QString id = addThroughDialog(QStringLiteral("Handbook"));
        QVERIFY(!id.isEmpty());
        gui::AccountsDialog dialog(m_manager.get(), m_clients.get());
        dialog.show();
        auto *list = child<QListWidget>(&dialog, "accountList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(dialog.selectedAccountId(), id);

        // Rename in place.
        list->item(0)->setText(QStringLiteral("Handbook (EU)"));
        QCOMPARE(m_manager->account(id)->label, QStringLiteral("Handbook (EU)"));

        // A revoked token: the test marks the account, and the dialog says so.
        sandbox::SandboxFaults revoked;
        revoked.tokenRevoked = true;
        m_sandbox->setFaults(revoked);
        child<QPushButton>(&dialog, "testButton")->click();
        auto *details = child<QLabel>(&dialog, "detailsLabel");
        QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(QLatin1String("Needs attention")), 15000);
        QVERIFY(details->text().contains(QLatin1String("replace the token")));
        QCoreApplication::sendPostedEvents(); // the relayout after the new text
        QVERIFY(dialog.grab().save(
            QDir::current().absoluteFilePath(QStringLiteral("accounts-dialog.png"))));
        QVERIFY(m_manager->needsAttention(id));
        m_sandbox->setFaults({});

        // Remove, after a question answered Yes.
        child<QPushButton>(&dialog, "removeButton")->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog.findChild<QMessageBox *>()) != nullptr);
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_manager->accounts().isEmpty(), 15000);
        QTRY_COMPARE(list->count(), 0);
    }

    void aTestShowsItsResultOnlyUnderItsAccount()
    {
        const QString first = addThroughDialog(QStringLiteral("First"));
        const QString second = addThroughDialog(QStringLiteral("Second"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        gui::AccountsDialog dialog(m_manager.get(), m_clients.get());
        dialog.show();
        auto *details = child<QLabel>(&dialog, "detailsLabel");
        sandbox::SandboxFaults slow;
        slow.latencyMs = 300;
        m_sandbox->setFaults(slow);

        // Test the first, then look at the second while the answer is on its way.
        dialog.selectAccount(first);
        child<QPushButton>(&dialog, "testButton")->click();
        QVERIFY(details->text().contains(QLatin1String("Testing")));
        dialog.selectAccount(second);
        QCOMPARE(dialog.selectedAccountId(), second);
        QVERIFY2(!details->text().contains(QLatin1String("Testing")), qPrintable(details->text()));
        // A task deletes itself once its answer has been delivered.
        QTRY_VERIFY_WITH_TIMEOUT(m_manager->findChildren<auth::AccountTask *>().isEmpty(), 15000);
        QVERIFY2(!details->text().contains(QLatin1String("Test passed")),
                 qPrintable(details->text()));

        dialog.selectAccount(first);
        QTRY_VERIFY(details->text().contains(QLatin1String("Test passed")));
        m_sandbox->setFaults({});
    }

    void everyInputHasAnAccessibleNameAndALabel()
    {
        gui::AccountEditDialog edit(m_manager.get());
        gui::SignInDialog signIn(m_manager.get());
        gui::AccountsDialog accounts(m_manager.get(), m_clients.get());
        for (QWidget *dialog : { static_cast<QWidget *>(&edit), static_cast<QWidget *>(&signIn),
                                 static_cast<QWidget *>(&accounts) }) {
            for (QWidget *widget : dialog->findChildren<QWidget *>()) {
                if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                    || qobject_cast<QPushButton *>(widget) || qobject_cast<QListWidget *>(widget)) {
                    if (widget->parent() && qobject_cast<QComboBox *>(widget->parent()))
                        continue; // a combo box's own editor
                    QVERIFY2(!widget->accessibleName().isEmpty()
                                 || !widget->property("text").toString().isEmpty(),
                             qPrintable(widget->objectName()));
                }
            }
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->text().endsWith(QLatin1Char(':')))
                    QVERIFY2(label->buddy(), qPrintable(label->objectName()));
            }
        }
    }
};

QTEST_MAIN(AccountDialogsTest)
#include "tst_account_dialogs.moc"
