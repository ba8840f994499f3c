// A backup preset as a schedule runs it, end to end: the real executable,
// `export --preset NAME --scheduled`, against an in-process sandbox. Four
// runs with retention 3 leave exactly the three newest dated run folders and
// the file the user put beside them; each run folder holds a manifest that
// `verify` accepts, until a byte is flipped or a file removed. History knows
// every run as the schedule's, and a scheduled run that fails tells the
// desktop, through a notification service on the test's own session bus.
#include "../jobs/ExporterProcess.h"
#include "../jobs/JobTestSupport.h"
#include "core/routines/RunFolder.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using test::ExporterProcess;

namespace {

const QString notificationService = QStringLiteral("org.freedesktop.Notifications");

// Stands where a desktop's notification daemon does, on the test's bus.
class NotificationReceiver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &, int)
    {
        summaries.append(summary);
        bodies.append(body);
        return uint(summaries.size());
    }
};

QStringList runFolders(const QString &presetFolder)
{
    QStringList found;
    for (const QString &name :
         QDir(presetFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (routines::RunFolder::isRunFolderName(name))
            found.append(name);
    }
    return found;
}

} // namespace

class ScheduledBackupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void fourRunsKeepThreeAndVerifyFindsTheDamage()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        ExporterProcess::Result result = exporter.run(
            { QStringLiteral("presets"), QStringLiteral("save"), QStringLiteral("Nightly"),
              QStringLiteral("--project"), acme.projectId, QStringLiteral("--version"),
              QStringLiteral("default"), QStringLiteral("--lang"), QStringLiteral("en,de"),
              QStringLiteral("--format"), QStringLiteral("pdf,markdown"),
              QStringLiteral("--extract"), QStringLiteral("--out"), out.path(),
              QStringLiteral("--keep"), QStringLiteral("3") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString presetFolder = out.filePath(QStringLiteral("Nightly"));
        QVERIFY(QDir().mkpath(presetFolder));
        QFile mine(QDir(presetFolder).filePath(QStringLiteral("README.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("Our backups. Do not delete.\n");
        mine.close();

        QStringList seen;
        for (int run = 1; run <= 4; ++run) {
            result = exporter.run({ QStringLiteral("export"), QStringLiteral("--preset"),
                                    QStringLiteral("Nightly"), QStringLiteral("--scheduled") });
            QVERIFY2(result.exitCode == 0, result.err.constData());
            const QStringList folders = runFolders(presetFolder);
            QVERIFY2(!folders.isEmpty() && !seen.contains(folders.last()),
                     qPrintable(folders.join(u',')));
            seen.append(folders.last());
            QVERIFY(QFile::exists(
                QDir(presetFolder).filePath(folders.last() + QStringLiteral("/manifest.json"))));
        }
        // Exactly the three newest, and the user's file, untouched.
        QCOMPARE(runFolders(presetFolder), seen.mid(1));
        QCOMPARE(QDir(presetFolder).entryList(QDir::Files),
                 QStringList { QStringLiteral("README.txt") });
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("Our backups. Do not delete.\n"));

        // History: four runs, all the schedule's, one folder removed.
        const QJsonArray runs
            = QJsonDocument::fromJson(
                  exporter
                      .run({ QStringLiteral("history"), QStringLiteral("--preset"),
                             QStringLiteral("Nightly"), QStringLiteral("--json") })
                      .out)
                  .array();
        QCOMPARE(runs.size(), 4);
        for (const QJsonValue &run : runs) {
            QCOMPARE(run[QStringLiteral("origin")].toString(), QStringLiteral("schedule"));
            QVERIFY(run[QStringLiteral("complete")].toBool());
            QCOMPARE(run[QStringLiteral("files")].toArray().size(), 4);
        }

        // The newest run is whole; then a byte flipped and a file removed.
        const QString newest = QDir(presetFolder).filePath(seen.last());
        result = exporter.run({ QStringLiteral("verify"), newest });
        QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
        const QStringList pdfs = QDir(newest).entryList({ QStringLiteral("*.pdf") });
        const QStringList zips = QDir(newest).entryList({ QStringLiteral("*.zip") });
        QCOMPARE(pdfs.size(), 2);
        QCOMPARE(zips.size(), 2);
        QFile flipped(QDir(newest).filePath(pdfs.first()));
        QVERIFY(flipped.open(QIODevice::ReadWrite));
        QVERIFY(flipped.seek(100));
        char byte = 0;
        QVERIFY(flipped.getChar(&byte));
        QVERIFY(flipped.seek(100));
        QVERIFY(flipped.putChar(char(byte ^ 0x01)));
        flipped.close();
        QVERIFY(QFile::remove(QDir(newest).filePath(zips.first())));
        result = exporter.run({ QStringLiteral("verify"), newest, QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(pdfs.first().toUtf8())
                     && result.out.contains(zips.first().toUtf8()),
                 result.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QVERIFY2(QJsonDocument(report).toJson().contains("changed"), result.out.constData());
    }

    void aFailedScheduledRunTellsTheDesktop()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run the test through tests/support/test-session.sh");
        QDBusConnection daemon = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                               QStringLiteral("notifications"));
        NotificationReceiver receiver;
        QVERIFY(daemon.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &receiver,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(daemon.registerService(notificationService));

        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.failExports = 1;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        QCOMPARE(
            exporter
                .run({ QStringLiteral("presets"), QStringLiteral("save"), QStringLiteral("Nightly"),
                       QStringLiteral("--project"), acme.projectId, QStringLiteral("--version"),
                       QStringLiteral("default"), QStringLiteral("--out"), out.path() })
                .exitCode,
            0);
        const ExporterProcess::Result failed
            = exporter.run({ QStringLiteral("export"), QStringLiteral("--preset"),
                             QStringLiteral("Nightly"), QStringLiteral("--scheduled") });
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(receiver.summaries, QStringList { QStringLiteral("Nightly failed") });
        QVERIFY2(receiver.bodies.first().contains(QLatin1String("Acme Cloud Handbook")),
                 qPrintable(receiver.bodies.first()));
        QVERIFY2(receiver.bodies.first().contains(QLatin1String("could not build the export")),
                 qPrintable(receiver.bodies.first()));

        // The same failure run by hand says nothing to the desktop.
        const ExporterProcess::Result byHand = exporter.run(
            { QStringLiteral("export"), QStringLiteral("--preset"), QStringLiteral("Nightly") });
        QVERIFY(byHand.finished);
        QCOMPARE(receiver.summaries.size(), 1);
        daemon.unregisterService(notificationService);
        daemon.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("notifications"));
    }
};

QTEST_MAIN(ScheduledBackupTest)
#include "tst_scheduled_backup.moc"
