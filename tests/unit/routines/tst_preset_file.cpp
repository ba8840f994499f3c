// A shared preset file on real disk, as the command line and the window
// both read and write it (PresetFile): what is written comes back whole and
// holds no timestamps, and every file that cannot be used is refused with a
// sentence that names the file and the reason, never read past the size
// limit, and a failed write leaves no file behind.
#include "core/routines/PresetFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;

namespace {

routines::Preset nightly()
{
    routines::Preset preset;
    preset.name = QStringLiteral("Nightly");
    preset.accountName = QStringLiteral("Acme EU");
    preset.projectId = QStringLiteral("p-1");
    preset.versions = { QStringLiteral("default") };
    preset.languages = { QStringLiteral("all") };
    preset.formats = { QStringLiteral("pdf"), QStringLiteral("markdown") };
    preset.outputFolder = QStringLiteral("/srv/backups");
    preset.keepRuns = 3;
    preset.createdAt = QDateTime::currentDateTimeUtc();
    preset.updatedAt = preset.createdAt;
    return preset;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class PresetFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWrittenPresetReadsBackAsItWas()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("nightly.json"));
        QString problem;
        QVERIFY2(routines::PresetFile::write(nightly(), path, &problem), qPrintable(problem));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(!bytes.contains("created"));
        QVERIFY(!bytes.contains("updated"));

        const std::optional<routines::Preset> read = routines::PresetFile::read(path, &problem);
        QVERIFY2(read, qPrintable(problem));
        QCOMPARE(read->name, QStringLiteral("Nightly"));
        QCOMPARE(read->accountName, QStringLiteral("Acme EU"));
        QCOMPARE(read->formats, nightly().formats);
        QCOMPARE(read->languages, nightly().languages);
        QCOMPARE(read->keepRuns, 3);
        QVERIFY(!read->createdAt.isValid());
    }

    void writingOverAFileReplacesItWhole()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("nightly.json"));
        QVERIFY(writeBytes(path, QByteArray(10000, 'x')));
        QString problem;
        QVERIFY2(routines::PresetFile::write(nightly(), path, &problem), qPrintable(problem));
        QVERIFY2(routines::PresetFile::read(path, &problem), qPrintable(problem));
    }

    void aWriteThatCannotHappenNamesTheFileAndLeavesNothing()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("missing/nightly.json"));
        QString problem;
        QVERIFY(!routines::PresetFile::write(nightly(), path, &problem));
        QVERIFY2(problem.startsWith(
                     QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(problem));
        QVERIFY(!QFile::exists(path));
    }

    void aFileThatIsNotThereIsNamed()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("none.json"));
        QString problem;
        QVERIFY(!routines::PresetFile::read(path, &problem));
        QVERIFY2(problem.startsWith(
                     QStringLiteral("Cannot read %1: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(problem));
    }

    void filesThatAreNoPresetSayWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{ \"format\": ") << QStringLiteral("not JSON: ");
        QTest::newRow("other JSON") << QByteArray("{ \"format\": \"something else\" }")
                                    << QStringLiteral("not a preset file");
        QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("not a preset file");
        QTest::newRow("newer") << QByteArray("{ \"format\": \"d360-exporter.preset\", "
                                             "\"version\": 99, \"preset\": {} }")
                               << QStringLiteral("written by a newer version");
        QTest::newRow("no project") << QByteArray("{ \"format\": \"d360-exporter.preset\", "
                                                  "\"version\": 1, \"preset\": { \"name\": "
                                                  "\"Nightly\", \"versions\": [\"default\"], "
                                                  "\"out\": \"/tmp\" } }")
                                    << QStringLiteral("names no project");
    }

    void filesThatAreNoPresetSayWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shared.json"));
        QVERIFY(writeBytes(path, content));
        QString problem;
        QVERIFY(!routines::PresetFile::read(path, &problem));
        const QString start = QStringLiteral("%1 is not a preset that can be used: ")
                                  .arg(QDir::toNativeSeparators(path));
        QVERIFY2(problem.startsWith(start), qPrintable(problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void aFileOverTheLimitIsRefusedUnread()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("big.json"));
        // A preset, padded with spaces JSON would skip: only the size is wrong.
        QByteArray bytes = nightly().toSharedJson();
        bytes.append(QByteArray(routines::PresetFile::maximumBytes, ' '));
        QVERIFY(writeBytes(path, bytes));
        QString problem;
        QVERIFY(!routines::PresetFile::read(path, &problem));
        QCOMPARE(
            problem,
            QStringLiteral("%1 is too large to be a preset.").arg(QDir::toNativeSeparators(path)));
    }
};

QTEST_GUILESS_MAIN(PresetFileTest)
#include "tst_preset_file.moc"
