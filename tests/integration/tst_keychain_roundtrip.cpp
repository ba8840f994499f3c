// Proves that secrets go where we promise: into the real Secret Service
// (gnome-keyring on the test session's private bus) through QtKeychain, with
// no insecure fallback. secret-tool, a separate client of the same service,
// confirms the item is really there and really gone.
#include "support/TestSession.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace {

constexpr int keychainTimeoutMs = 15000;

// Runs a QtKeychain job to its end and returns its error code.
QKeychain::Error runJob(QKeychain::Job &job)
{
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(keychainTimeoutMs))
        return QKeychain::OtherError;
    return job.error();
}

// What secret-tool finds for the entry, or a null string when nothing.
QString lookUpWithSecretTool(const QString &service, const QString &key)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  { QStringLiteral("lookup"), QStringLiteral("server"), service,
                    QStringLiteral("user"), key });
    if (!process.waitForFinished(keychainTimeoutMs) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class KeychainRoundTripTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_PRIVATE_SESSION(); }

    void writesReadsAndDeletesASecret()
    {
        const QString service = QStringLiteral("d360-exporter-test-%1")
                                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString key = QStringLiteral("account-1");
        // Non-ASCII on purpose: a token is opaque bytes to us.
        const QString secret
            = QStringLiteral("d360_sk_test_ä漢_") + QUuid::createUuid().toString(QUuid::Id128);

        QKeychain::WritePasswordJob write(service);
        write.setAutoDelete(false);
        QVERIFY(!write.insecureFallback());
        write.setKey(key);
        write.setTextData(secret);
        QCOMPARE(runJob(write), QKeychain::NoError);
        QVERIFY2(lookUpWithSecretTool(service, key) == secret,
                 "secret-tool does not see the secret in the Secret Service");

        QKeychain::ReadPasswordJob read(service);
        read.setAutoDelete(false);
        read.setKey(key);
        QCOMPARE(runJob(read), QKeychain::NoError);
        QVERIFY2(read.textData() == secret, "the secret read back differs from the one written");

        QKeychain::DeletePasswordJob remove(service);
        remove.setAutoDelete(false);
        remove.setKey(key);
        QCOMPARE(runJob(remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob readAgain(service);
        readAgain.setAutoDelete(false);
        readAgain.setKey(key);
        QCOMPARE(runJob(readAgain), QKeychain::EntryNotFound);
        QVERIFY(lookUpWithSecretTool(service, key).isNull());
    }
};

QTEST_GUILESS_MAIN(KeychainRoundTripTest)
#include "tst_keychain_roundtrip.moc"
