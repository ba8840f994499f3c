// The non-secret half of accounts in settings: every field survives a round
// trip, and removing an account leaves no key of it in the file.
#include "core/auth/AccountRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using d360::auth::Account;
using d360::auth::AccountRepository;
using d360::auth::AuthKind;

class AccountRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("accounts.ini"));
        Account account;
        account.id = Account::newId();
        account.label = QStringLiteral("Docs (US) ä");
        account.address = d360::api::ServerAddress::us();
        account.authKind = AuthKind::OAuth;
        account.oauth.clientId = QStringLiteral("custom-client");
        account.oauth.tokenUrl = QUrl(QStringLiteral("https://identity.example.com/connect/token"));
        account.dialect = d360::api::Dialect::Workspaces;
        account.confirmedScheme = d360::api::AuthScheme::ApiKeyHeader;
        account.visibleProjects = { { QStringLiteral("p1"), QStringLiteral("Handbook") },
                                    { QStringLiteral("p2"), QStringLiteral("API docs") } };
        account.lastValidatedAt = QDateTime(QDate(2025, 6, 15), QTime(10, 0), Qt::UTC);
        account.needsAttention = true;
        account.attentionReason = QStringLiteral("401");
        QString problem;
        {
            AccountRepository repository(file);
            QVERIFY2(repository.save(account, &problem), qPrintable(problem));
        }
        const QList<Account> loaded = AccountRepository(file).load();
        QCOMPARE(loaded.size(), 1);
        const Account &back = loaded.first();
        QCOMPARE(back.id, account.id);
        QCOMPARE(back.label, account.label);
        QVERIFY(back.address == account.address);
        QVERIFY(back.authKind == AuthKind::OAuth);
        QCOMPARE(back.oauth.clientId, QStringLiteral("custom-client"));
        QCOMPARE(back.oauth.tokenUrl, account.oauth.tokenUrl);
        QCOMPARE(back.oauth.authorizeUrl, account.oauth.authorizeUrl);
        QVERIFY(back.dialect == d360::api::Dialect::Workspaces);
        QVERIFY(back.confirmedScheme == d360::api::AuthScheme::ApiKeyHeader);
        QVERIFY(back.visibleProjects == account.visibleProjects);
        QCOMPARE(back.lastValidatedAt, account.lastValidatedAt);
        QVERIFY(back.needsAttention);
        QCOMPARE(back.attentionReason, QStringLiteral("401"));
    }

    void removeLeavesNoTrace()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("accounts.ini"));
        AccountRepository repository(file);
        Account kept;
        kept.id = Account::newId();
        kept.label = QStringLiteral("kept");
        Account removed;
        removed.id = Account::newId();
        removed.label = QStringLiteral("removed-label");
        removed.address
            = *d360::api::ServerAddress::fromString(QStringLiteral("http://127.0.0.1:9"), nullptr);
        QString problem;
        QVERIFY(repository.save(kept, &problem));
        QVERIFY(repository.save(removed, &problem));
        QVERIFY(repository.remove(removed.id, &problem));

        QFile settings(file);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray bytes = settings.readAll();
        QVERIFY(!bytes.contains(removed.id.toUtf8()));
        QVERIFY(!bytes.contains("removed-label"));
        QVERIFY(bytes.contains(kept.id.toUtf8()));
        QCOMPARE(repository.load().size(), 1);
    }

    void skipsAnAccountWithAnUnreadableAddress()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("accounts.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("accounts/x/label"), QStringLiteral("broken"));
            settings.setValue(QStringLiteral("accounts/x/address"),
                              QStringLiteral("http://example.com"));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping account")));
        QVERIFY(AccountRepository(file).load().isEmpty());
    }
};

QTEST_GUILESS_MAIN(AccountRepositoryTest)
#include "tst_account_repository.moc"
