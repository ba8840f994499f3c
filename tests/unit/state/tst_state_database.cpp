// The state database itself: the shape it is opened in (schema version, WAL,
// owner-only), two connections writing at once as two processes do, and the
// one-time import of the JSON queues of earlier versions, which must lose
// nothing: not a job, not a file, not a job it cannot read.
#include "core/jobs/ExportJob.h"
#include "core/jobs/QueueStore.h"
#include "core/state/LegacyQueueImport.h"
#include "core/state/StateDatabase.h"
#include "core/state/StateMeta.h"
#include "core/state/StateSchema.h"
#include "support/JobSamples.h"
#include "support/SavedQueue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using namespace d360::jobs;
using d360::test::sampleJob;

namespace {

QByteArray legacyQueue(const QList<QJsonObject> &jobs)
{
    QJsonArray array;
    for (const QJsonObject &job : jobs)
        array.append(job);
    return QJsonDocument(
               QJsonObject { { QStringLiteral("format"), QStringLiteral("d360-exporter.jobs") },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("jobs"), array } })
        .toJson();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pragma(const state::StateDatabase &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class StateDatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNewDatabaseIsCurrentWalAndPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/state.sqlite"));
        QString problem;
        auto database = state::StateDatabase::open(path, &problem);
        QVERIFY2(database, qPrintable(problem));
        QCOMPARE(pragma(*database, QStringLiteral("user_version")).toInt(),
                 state::StateSchema::currentVersion());
        QCOMPARE(pragma(*database, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        // NORMAL is 1: no fsync per transaction in WAL mode.
        QCOMPARE(pragma(*database, QStringLiteral("synchronous")), QStringLiteral("1"));
        QCOMPARE(pragma(*database, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(database->notice().isEmpty());
        // Opened again, nothing is migrated twice.
        auto again = state::StateDatabase::open(path, &problem);
        QVERIFY2(again, qPrintable(problem));
    }

    // Two connections are what a window and a command-line run are: each
    // writes its own queue in the same file, and neither fails for the
    // other's transactions.
    void aMetaValueIsSeenByAnotherConnection()
    {
        // What the window keeps of itself ("window last seen") must be read
        // by the next start, and by another process, as it was written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        QString problem;
        auto first = state::StateDatabase::open(path, &problem);
        QVERIFY2(first, qPrintable(problem));
        auto second = state::StateDatabase::open(path, &problem);
        QVERIFY2(second, qPrintable(problem));
        state::StateMeta writer(first);
        state::StateMeta reader(second);
        const QString key = state::StateMeta::windowLastSeenKey();
        QVERIFY(!reader.value(key));
        QVERIFY(!reader.timeValue(key).isValid());
        const QDateTime seen
            = QDateTime::fromString(QStringLiteral("2026-03-04T02:31:05.120Z"), Qt::ISODateWithMs);
        QString error;
        QVERIFY2(writer.setTimeValue(key, seen, &error), qPrintable(error));
        QCOMPARE(reader.timeValue(key), seen);
        const QDateTime later = seen.addDays(1);
        QVERIFY2(writer.setTimeValue(key, later, &error), qPrintable(error));
        QCOMPARE(reader.timeValue(key), later);
        // Not a time: absent, rather than a time of year 0.
        QVERIFY2(writer.setValue(key, QStringLiteral("yesterday"), &error), qPrintable(error));
        QCOMPARE(reader.value(key), QStringLiteral("yesterday"));
        QVERIFY(!reader.timeValue(key).isValid());
    }

    void twoConnectionsWriteTheirQueuesAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        QString problem;
        auto first = state::StateDatabase::open(path, &problem);
        auto second = state::StateDatabase::open(path, &problem);
        QVERIFY2(first && second, qPrintable(problem));
        QueueStore window(first, QueueStore::windowQueueName());
        QueueStore command(second, QStringLiteral("cli/abc"));
        window.load();
        command.load();
        QList<QUuid> windowIds, commandIds;
        for (int i = 0; i < 200; ++i) {
            const ExportJob one = sampleJob(dir.path(), JobState::Queued);
            const ExportJob other = sampleJob(dir.path(), JobState::Queued);
            window.remember(one);
            command.remember(other);
            windowIds.append(one.id);
            commandIds.append(other.id);
            // The second begins while the first's reader is open.
            QSqlQuery reading(first->connection());
            QVERIFY(reading.exec(QStringLiteral("SELECT COUNT(*) FROM queue_jobs")));
            QVERIFY2(command.writeChanges(&problem), qPrintable(problem));
            reading.finish();
            QVERIFY2(window.writeChanges(&problem), qPrintable(problem));
        }
        const auto ids = [](const QList<ExportJob> &jobs) {
            QList<QUuid> list;
            for (const ExportJob &job : jobs)
                list.append(job.id);
            return list;
        };
        QCOMPARE(ids(test::savedQueue(path)), windowIds);
        QCOMPARE(ids(test::savedQueue(path, QStringLiteral("cli/abc"))), commandIds);
    }

    void theQueuesOfAnEarlierVersionAreImportedOnce()
    {
        QTemporaryDir data;
        const ExportJob first = sampleJob(data.path(), JobState::Completed);
        const ExportJob second = sampleJob(data.path(), JobState::Downloading);
        const ExportJob batch = sampleJob(data.path(), JobState::Queued);
        const QByteArray windowQueue = legacyQueue({ first.toJson(), second.toJson() });
        writeFile(data.filePath(QStringLiteral("queue.json")), windowQueue);
        writeFile(data.filePath(QStringLiteral("cli-batches/0123abcd.json")),
                  legacyQueue({ batch.toJson() }));
        const QString path = data.filePath(QStringLiteral("state.sqlite"));
        QString problem;
        auto database = state::StateDatabase::open(path, &problem);
        QVERIFY2(database, qPrintable(problem));

        QCOMPARE(state::LegacyQueueImport::importAll(*database, data.path()), QStringList());
        const QList<ExportJob> window = test::savedQueue(path);
        QCOMPARE(window.size(), 2);
        QCOMPARE(window.at(0).id, first.id);
        QCOMPARE(window.at(1).id, second.id);
        QCOMPARE(window.at(1).toJson(), second.toJson());
        const QList<ExportJob> command = test::savedQueue(path, QStringLiteral("cli/0123abcd"));
        QCOMPARE(command.size(), 1);
        QCOMPARE(command.first().id, batch.id);
        // The files are kept, renamed, so the next start imports nothing.
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("queue.json"))));
        QCOMPARE(readFile(data.filePath(QStringLiteral("queue.json.imported"))), windowQueue);
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("cli-batches/0123abcd.json.imported"))));
        QCOMPARE(state::LegacyQueueImport::importAll(*database, data.path()), QStringList());
        QCOMPARE(test::savedQueue(path).size(), 2);

        // An import interrupted before the rename, repeated, adds nothing.
        writeFile(data.filePath(QStringLiteral("queue.json")), windowQueue);
        QCOMPARE(state::LegacyQueueImport::importAll(*database, data.path()), QStringList());
        QCOMPARE(test::savedQueue(path).size(), 2);
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("queue.json.imported-2"))));
    }

    void anUnreadableJobOfAnEarlierVersionIsKept()
    {
        QTemporaryDir data;
        const ExportJob good = sampleJob(data.path(), JobState::Queued);
        writeFile(
            data.filePath(QStringLiteral("queue.json")),
            legacyQueue({ good.toJson(),
                          QJsonObject { { QStringLiteral("id"), QStringLiteral("nope") } } }));
        QString problem;
        auto database
            = state::StateDatabase::open(data.filePath(QStringLiteral("state.sqlite")), &problem);
        QVERIFY2(database, qPrintable(problem));
        const QStringList problems = state::LegacyQueueImport::importAll(*database, data.path());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("unreadable_jobs")),
                 qPrintable(problems.first()));
        QCOMPARE(test::savedQueue(database->filePath()).size(), 1);
        QSqlQuery kept(database->connection());
        QVERIFY(kept.exec(QStringLiteral("SELECT queue, job FROM unreadable_jobs")));
        QVERIFY(kept.next());
        QCOMPARE(kept.value(0).toString(), QStringLiteral("window"));
        QVERIFY(kept.value(1).toString().contains(QLatin1String("nope")));
    }

    void aQueueFileThatIsNotAQueueIsMovedAsideAndReportedOnce()
    {
        QTemporaryDir data;
        writeFile(data.filePath(QStringLiteral("queue.json")), "{\"hello\":1}");
        QString problem;
        auto database
            = state::StateDatabase::open(data.filePath(QStringLiteral("state.sqlite")), &problem);
        QVERIFY2(database, qPrintable(problem));
        const QStringList problems = state::LegacyQueueImport::importAll(*database, data.path());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("not an export queue")),
                 qPrintable(problems.first()));
        QCOMPARE(readFile(data.filePath(QStringLiteral("queue.json.unreadable"))),
                 QByteArray("{\"hello\":1}"));
        QCOMPARE(state::LegacyQueueImport::importAll(*database, data.path()), QStringList());
    }

    // An older version still running holds the file's lock: its queue is
    // left to it, and imported at a start when it has gone.
    void aQueueInUseByAnOlderVersionWaits()
    {
        QTemporaryDir data;
        const ExportJob job = sampleJob(data.path(), JobState::Queued);
        const QString file = data.filePath(QStringLiteral("queue.json"));
        writeFile(file, legacyQueue({ job.toJson() }));
        QString problem;
        auto database
            = state::StateDatabase::open(data.filePath(QStringLiteral("state.sqlite")), &problem);
        QVERIFY2(database, qPrintable(problem));
        {
            QLockFile olderVersion(file + QStringLiteral(".lock"));
            QVERIFY(olderVersion.tryLock(0));
            QCOMPARE(state::LegacyQueueImport::importAll(*database, data.path()), QStringList());
            QVERIFY(QFile::exists(file));
            QVERIFY(test::savedQueue(database->filePath()).isEmpty());
        }
        QCOMPARE(state::LegacyQueueImport::importAll(*database, data.path()), QStringList());
        QCOMPARE(test::savedQueue(database->filePath()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(StateDatabaseTest)
#include "tst_state_database.moc"
