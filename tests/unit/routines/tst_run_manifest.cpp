// The run folder and its manifest: the dated folder a backup run writes
// into, what manifest.json says about the run (round trip, strict reading,
// the verdict, the warning for files Document360 cannot import back), and
// how it is written. Real files in a temporary folder.
#include "core/ApplicationInfo.h"
#include "core/jobs/FileSystemSafety.h"
#include "core/routines/ManifestReader.h"
#include "core/routines/ManifestWriter.h"
#include "core/routines/RunFolder.h"
#include "core/routines/RunManifest.h"
#include "support/RunFolderSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace d360;
using routines::ManifestWriter;
using routines::RunFolder;
using routines::RunManifest;

namespace {

QDateTime localTime(int hour, int minute, int second)
{
    return QDateTime(QDate(2026, 11, 30), QTime(hour, minute, second), Qt::LocalTime);
}

QJsonObject sampleManifestJson(const QString &runFolder)
{
    const QList<jobs::ExportJob> jobs {
        test::completedSampleJob(runFolder, QStringLiteral("Guide-en.pdf"), "%PDF-1.7\n%%EOF\n",
                                 QStringLiteral("en"), api::ExportFormat::Pdf),
        test::failedSampleJob(runFolder, QStringLiteral("fr")),
    };
    return RunManifest::fromJobs(test::sampleRunInfo(runFolder, localTime(3, 0, 0)), jobs).toJson();
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

} // namespace

class RunManifestTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRunFolderIsDatedInLocalTimeAndNumberedWithinOneSecond()
    {
        QTemporaryDir output;
        QString error;
        const QDateTime started = localTime(20, 59, 40);
        const QString first
            = RunFolder::create(output.path(), QStringLiteral("Nightly / EU"), started, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QCOMPARE(first, output.filePath(QStringLiteral("Nightly _ EU/2026-11-30_205940")));
        QVERIFY(QFileInfo(first).isDir());
        const QString second
            = RunFolder::create(output.path(), QStringLiteral("Nightly / EU"), started, &error);
        QCOMPARE(second, first + QStringLiteral("_2"));
        QVERIFY(RunFolder::isRunFolderName(QFileInfo(first).fileName()));
        QVERIFY(RunFolder::isRunFolderName(QFileInfo(second).fileName()));
        QCOMPARE(RunFolder::presetFolder(output.path(), QStringLiteral("Nightly / EU")),
                 QFileInfo(first).absolutePath());
    }

    void onlyNamesRunFolderMakesAreRecognised_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ours");
        QTest::newRow("plain") << QStringLiteral("2026-01-31_235959") << true;
        QTest::newRow("second in the same second") << QStringLiteral("2026-01-31_235959_2") << true;
        QTest::newRow("_1 is never made") << QStringLiteral("2026-01-31_235959_1") << false;
        QTest::newRow("no such day") << QStringLiteral("2026-02-30_120000") << false;
        QTest::newRow("no such hour") << QStringLiteral("2026-02-03_250000") << false;
        QTest::newRow("a user's folder") << QStringLiteral("old backups") << false;
        QTest::newRow("a suffix") << QStringLiteral("2026-01-31_235959.bak") << false;
        QTest::newRow("_02") << QStringLiteral("2026-01-31_235959_02") << false;
    }

    void onlyNamesRunFolderMakesAreRecognised()
    {
        QFETCH(QString, name);
        QFETCH(bool, ours);
        QCOMPARE(RunFolder::isRunFolderName(name), ours);
    }

    void aLinkAtThePresetFolderIsNotFollowed()
    {
        QTemporaryDir output, elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), output.filePath(QStringLiteral("Nightly"))));
        QString error;
        const QString folder = RunFolder::create(output.path(), QStringLiteral("Nightly"),
                                                 localTime(1, 2, 3), &error);
        QVERIFY(folder.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("is not a folder")), qPrintable(error));
        QVERIFY(QDir(elsewhere.path()).isEmpty());
    }

    void aManifestSurvivesARoundTrip()
    {
        QTemporaryDir output;
        const test::SampleRun run = test::writeSampleRun(output.path(), QStringLiteral("Nightly"),
                                                         localTime(4, 5, 6), false);
        QVERIFY(!run.folder.isEmpty());
        const RunManifest &written = run.manifest;
        QVERIFY(!written.programVersion.isEmpty());
        QCOMPARE(written.programVersion, ApplicationInfo::version());
        QCOMPARE(written.items.size(), 3);
        QCOMPARE(written.items.at(0).file.path, QStringLiteral("Guide-en.pdf"));
        QCOMPARE(written.items.at(1).extractedFolder, QStringLiteral("Guide-de"));
        QCOMPARE(written.items.at(1).extractedFiles.size(), 2);
        QCOMPARE(written.items.at(1).extractedFiles.at(0).path,
                 QStringLiteral("Guide-de/articles/größe.html"));
        QCOMPARE(written.items.at(1).extractedFiles.at(0).bytes,
                 qint64(QByteArray("<html><body>Größe</body></html>").size()));
        QCOMPARE(written.items.at(2).traceId, QStringLiteral("trace-fr"));
        QCOMPARE(written.items.at(2).errorKind, QStringLiteral("server-error"));

        const jobs::FileDescriptor folder(
            ::open(QFile::encodeName(run.folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        const routines::ManifestReader::Result read = routines::ManifestReader::read(folder.get());
        QVERIFY2(read.outcome == routines::ManifestReader::Outcome::Read, qPrintable(read.problem));
        QVERIFY(*read.manifest == written);
        QCOMPARE(read.manifest->run.origin, routines::RunOrigin::Schedule);
        QCOMPARE(read.manifest->run.projectName, QStringLiteral("Acme «Docs»"));
    }

    void strictReadingSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("pointer"); // a/b/0/c: where to change
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove it
        QTest::addColumn<QString>("expected");
        QTest::newRow("another format")
            << QStringLiteral("format") << QJsonValue(QStringLiteral("d360-queue"))
            << QStringLiteral("not a run manifest");
        QTest::newRow("a later version")
            << QStringLiteral("format_version") << QJsonValue(2)
            << QStringLiteral("format version is 2; this program reads version 1");
        QTest::newRow("no run id") << QStringLiteral("run_id") << QJsonValue(QJsonValue::Undefined)
                                   << QStringLiteral("the field run_id is missing");
        QTest::newRow("no project name")
            << QStringLiteral("project/name") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("the field project.name is missing");
        QTest::newRow("no hash") << QStringLiteral("items/0/file/sha256")
                                 << QJsonValue(QJsonValue::Undefined)
                                 << QStringLiteral("the field items[0].file.sha256 is missing");
        QTest::newRow("a hash that is not one")
            << QStringLiteral("items/0/file/sha256") << QJsonValue(QStringLiteral("abc"))
            << QStringLiteral("items[0].file.sha256 is not a SHA-256");
        QTest::newRow("a path out of the folder")
            << QStringLiteral("items/0/file/path") << QJsonValue(QStringLiteral("../../.bashrc"))
            << QStringLiteral("items[0].file.path");
        QTest::newRow("an absolute path")
            << QStringLiteral("items/0/file/path") << QJsonValue(QStringLiteral("/etc/passwd"))
            << QStringLiteral("is absolute");
        QTest::newRow("negative bytes") << QStringLiteral("items/0/file/bytes") << QJsonValue(-5)
                                        << QStringLiteral("items[0].file.bytes is not a count");
        QTest::newRow("an unknown origin")
            << QStringLiteral("origin") << QJsonValue(QStringLiteral("cron"))
            << QStringLiteral("origin is \"cron\"");
        QTest::newRow("a verdict that lies")
            << QStringLiteral("verdict/complete") << QJsonValue(true)
            << QStringLiteral("the verdict does not match the items");
        QTest::newRow("no verdict")
            << QStringLiteral("verdict") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("the field verdict is missing");
    }

    void strictReadingSaysWhatIsWrong()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QTemporaryDir folder;
        QJsonObject manifest = sampleManifestJson(folder.path());
        QString problem;
        QVERIFY2(RunManifest::fromJson(manifest, &problem), qPrintable(problem));

        // Sets (or removes) the value at pointer, rebuilding the objects on the way.
        const std::function<QJsonValue(QJsonValue, QStringList)> change
            = [&](QJsonValue at, QStringList path) -> QJsonValue {
            const QString key = path.takeFirst();
            if (at.isArray()) {
                QJsonArray array = at.toArray();
                array[key.toInt()] = path.isEmpty() ? value : change(array.at(key.toInt()), path);
                return array;
            }
            QJsonObject object = at.toObject();
            if (path.isEmpty() && value.isUndefined())
                object.remove(key);
            else
                object[key] = path.isEmpty() ? value : change(object.value(key), path);
            return object;
        };
        manifest = change(manifest, pointer.split(QLatin1Char('/'))).toObject();
        QVERIFY(!RunManifest::fromJson(manifest, &problem));
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void theVerdictNamesThePlannedItemsThatAreMissing()
    {
        QTemporaryDir folder;
        jobs::ExportJob cancelled = test::failedSampleJob(folder.path(), QStringLiteral("ja"));
        cancelled.state = jobs::JobState::Cancelled;
        cancelled.errorMessage = QStringLiteral("Cancelled by the user");
        cancelled.format = api::ExportFormat::Markdown;
        const QList<jobs::ExportJob> jobs {
            test::completedSampleJob(folder.path(), QStringLiteral("Guide-en.pdf"), "%PDF\n%%EOF\n",
                                     QStringLiteral("en"), api::ExportFormat::Pdf),
            test::failedSampleJob(folder.path(), QStringLiteral("fr")),
            cancelled,
        };
        const RunManifest manifest
            = RunManifest::fromJobs(test::sampleRunInfo(folder.path(), localTime(5, 0, 0)), jobs);
        QVERIFY(!manifest.isComplete());
        QCOMPARE(manifest.missingItems().size(), 2);
        QCOMPARE(manifest.missingItems().at(0).displayTitle(),
                 QStringLiteral("Version 1 – Ünïcode / fr / pdf"));
        QCOMPARE(manifest.missingItems().at(1).displayTitle(),
                 QStringLiteral("Version 1 – Ünïcode / ja / markdown"));
        const QJsonObject verdict = manifest.toJson().value(QStringLiteral("verdict")).toObject();
        QCOMPARE(verdict.value(QStringLiteral("complete")).toBool(true), false);
        const QJsonArray missing = verdict.value(QStringLiteral("missing")).toArray();
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(0).toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("fr"));
        QCOMPARE(missing.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("The export failed on the server"));
        QCOMPARE(missing.at(1).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("markdown"));

        const RunManifest whole = RunManifest::fromJobs(
            test::sampleRunInfo(folder.path(), localTime(5, 0, 0)), { jobs.first() });
        QVERIFY(whole.isComplete());
        QCOMPARE(whole.toJson()
                     .value(QStringLiteral("verdict"))
                     .toObject()
                     .value(QStringLiteral("complete"))
                     .toBool(false),
                 true);
    }

    void aFileOutsideTheRunFolderIsNotListedAsOneOfIts()
    {
        QTemporaryDir folder, elsewhere;
        const jobs::ExportJob outside = test::completedSampleJob(
            elsewhere.path(), QStringLiteral("Guide-en.pdf"), "%PDF\n%%EOF\n", QStringLiteral("en"),
            api::ExportFormat::Pdf);
        const RunManifest manifest = RunManifest::fromJobs(
            test::sampleRunInfo(folder.path(), localTime(5, 0, 0)), { outside });
        QVERIFY(!manifest.isComplete());
        QVERIFY(manifest.listedFiles().isEmpty());
    }

    void aJobThatRecordedNoHashIsMeasuredFromDisk()
    {
        QTemporaryDir folder;
        jobs::ExportJob job = test::completedSampleJob(folder.path(), QStringLiteral("Old-en.pdf"),
                                                       "%PDF-1.4\n%%EOF\n", QStringLiteral("en"),
                                                       api::ExportFormat::Pdf);
        const QByteArray expected = job.sha256Hex;
        job.sha256Hex.clear();
        job.bytesTotal = -1;
        jobs::ExportJob gone = job;
        gone.finalPath = folder.filePath(QStringLiteral("Gone-en.pdf"));
        const RunManifest manifest = RunManifest::fromJobs(
            test::sampleRunInfo(folder.path(), localTime(5, 0, 0)), { job, gone });
        QVERIFY(manifest.items.at(0).exported);
        QCOMPARE(manifest.items.at(0).file.sha256Hex, expected);
        QCOMPARE(manifest.items.at(0).file.bytes, qint64(QByteArray("%PDF-1.4\n%%EOF\n").size()));
        QVERIFY(!manifest.items.at(1).exported);
        QVERIFY2(manifest.items.at(1).errorMessage.contains(QStringLiteral("Gone-en.pdf")),
                 qPrintable(manifest.items.at(1).errorMessage));
        QString problem;
        QVERIFY2(RunManifest::fromJson(manifest.toJson(), &problem), qPrintable(problem));
    }

    void aFileOverOneGigabyteCarriesTheReimportWarning()
    {
        QTemporaryDir folder;
        jobs::ExportJob big
            = test::completedSampleJob(folder.path(), QStringLiteral("Big-en.pdf"), "%PDF\n%%EOF\n",
                                       QStringLiteral("en"), api::ExportFormat::Pdf);
        jobs::ExportJob atTheLimit = big;
        big.bytesTotal = RunManifest::reimportLimitBytes + 1;
        atTheLimit.bytesTotal = RunManifest::reimportLimitBytes;
        atTheLimit.languageCode = QStringLiteral("de");
        const RunManifest manifest = RunManifest::fromJobs(
            test::sampleRunInfo(folder.path(), localTime(6, 0, 0)), { big, atTheLimit });
        QCOMPARE(manifest.warnings().size(), 1);
        QVERIFY2(manifest.warnings().first().contains(QStringLiteral("Big-en.pdf")),
                 qPrintable(manifest.warnings().first()));
        QVERIFY(manifest.warnings().first().contains(QStringLiteral("Document360 cannot import")));
        QCOMPARE(manifest.warnings().first(),
                 RunManifest::oversizeWarning(QStringLiteral("Big-en.pdf"), big.bytesTotal));
        const QJsonObject json = manifest.toJson();
        QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 1);
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("over_reimport_limit")).toBool(),
                 true);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("warning")).toString(),
                 manifest.warnings().first());
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("over_reimport_limit")).toBool(true),
                 false);
    }

    void theWriterWritesAnOrdinaryFileAndNeverThroughALink()
    {
        QTemporaryDir folder, elsewhere;
        const RunManifest manifest
            = RunManifest::fromJobs(test::sampleRunInfo(folder.path(), localTime(7, 0, 0)), {});
        QString error;
        QVERIFY2(ManifestWriter::write(manifest, folder.path(), &error), qPrintable(error));
        const QString path = ManifestWriter::pathIn(folder.path());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0666 & ~currentUmask());
        QStringList left
            = QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QCOMPARE(left, QStringList { QStringLiteral("manifest.json") });

        QTemporaryDir linked;
        const QString target = elsewhere.filePath(QStringLiteral("target.json"));
        QVERIFY(test::writeSampleFile(target, "keep me"));
        QVERIFY(QFile::link(target, ManifestWriter::pathIn(linked.path())));
        QVERIFY(!ManifestWriter::write(manifest, linked.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("not a file")), qPrintable(error));
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(RunManifestTest)
#include "tst_run_manifest.moc"
