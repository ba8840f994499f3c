// `d360-exporter verify FOLDER [--json]` as the real executable: the exit
// codes scripts rely on (0 whole, 1 not, 2 usage, 4 no manifest), a text
// report that names the file, and --json that parses and lists the findings.
// The run folder is a real one, written by the core's RunFolder and
// ManifestWriter, as a backup run leaves it.
#include "support/RunFolderSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;

namespace {

struct Outcome
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

void flipOneByte(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(0));
    QVERIFY(file.putChar(char(byte ^ 0x20)));
}

} // namespace

class VerifyCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("D360_EXECUTABLE")),
                 "D360_EXECUTABLE must name the built d360-exporter (ctest sets it)");
    }

    void init()
    {
        m_output = std::make_unique<QTemporaryDir>();
        m_home = std::make_unique<QTemporaryDir>();
        m_run = test::writeSampleRun(m_output->path(), QStringLiteral("Nightly"),
                                     QDateTime::currentDateTime());
        QVERIFY(!m_run.folder.isEmpty());
    }

    void aWholeFolderExitsZero()
    {
        const Outcome result = verify({ m_run.folder });
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("is whole: 4 files checked"), result.out.constData());
    }

    void aFlippedByteExitsOneAndNamesTheFile()
    {
        flipOneByte(QDir(m_run.folder).filePath(QStringLiteral("Guide-de/articles/größe.html")));
        const Outcome result = verify({ m_run.folder });
        QCOMPARE(result.exitCode, 1);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains(QStringLiteral("Changed (1):\n  Guide-de/articles/größe.html: ")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Missing")), qPrintable(text));
        // One problem, in the singular: the English plural forms are loaded
        // under the C locale too.
        QVERIFY2(text.contains(QStringLiteral("is not whole: 1 problem.")), qPrintable(text));
    }

    void aRemovedFileExitsOneAndNamesTheFile()
    {
        QVERIFY(QFile::remove(QDir(m_run.folder).filePath(QStringLiteral("Guide-en.pdf"))));
        const Outcome result = verify({ m_run.folder });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("Missing (1):\n  Guide-en.pdf: not in the folder"),
                 result.out.constData());
    }

    void aRunWithFailedExportsIsNotWhole()
    {
        const test::SampleRun incomplete = test::writeSampleRun(
            m_output->path(), QStringLiteral("Nightly"), QDateTime::currentDateTime(), false);
        QVERIFY(!incomplete.folder.isEmpty());
        const Outcome result = verify({ incomplete.folder });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("Never exported, as the manifest's verdict says (1):"),
                 result.out.constData());
        QVERIFY2(result.out.contains("/ fr / pdf: The export failed on the server"),
                 result.out.constData());
    }

    void noManifestExitsFour()
    {
        QVERIFY(QFile::remove(QDir(m_run.folder).filePath(QStringLiteral("manifest.json"))));
        Outcome result = verify({ m_run.folder });
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("verify: ") && result.err.contains("has no manifest.json"),
                 result.err.constData());
        result = verify({ m_output->filePath(QStringLiteral("no such folder")) });
        QCOMPARE(result.exitCode, 4);
    }

    void aManifestThatCannotBeReadExitsOne()
    {
        QFile manifest(QDir(m_run.folder).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write("[]");
        manifest.close();
        const Outcome result = verify({ m_run.folder });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("does not hold a JSON object"), result.err.constData());
    }

    void usageErrorsExitTwo()
    {
        Outcome result = verify({});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("Name the run folder"), result.err.constData());
        result = verify({ m_run.folder, m_run.folder });
        QCOMPARE(result.exitCode, 2);
        result = verify({ QStringLiteral("--no-such-option"), m_run.folder });
        QCOMPARE(result.exitCode, 2);
    }

    void jsonParsesAndListsTheFindings()
    {
        flipOneByte(QDir(m_run.folder).filePath(QStringLiteral("Guide-en.pdf")));
        QVERIFY(QFile::remove(QDir(m_run.folder).filePath(QStringLiteral("Guide-de/index.html"))));
        QVERIFY(
            test::writeSampleFile(QDir(m_run.folder).filePath(QStringLiteral("extra.txt")), "x"));
        const Outcome result = verify({ QStringLiteral("--json"), m_run.folder });
        QCOMPARE(result.exitCode, 1);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(result.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
        QCOMPARE(report.value(QStringLiteral("whole")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("manifest")).toString(), QStringLiteral("read"));
        const auto paths = [&report](const char *key) {
            QStringList found;
            for (const QJsonValue &finding : report.value(QLatin1String(key)).toArray())
                found.append(finding.toObject().value(QStringLiteral("path")).toString());
            return found;
        };
        QCOMPARE(paths("changed"), QStringList { QStringLiteral("Guide-en.pdf") });
        QCOMPARE(paths("missing"), QStringList { QStringLiteral("Guide-de/index.html") });
        QCOMPARE(paths("extra"), QStringList { QStringLiteral("extra.txt") });
        QVERIFY(report.value(QStringLiteral("not_exported")).toArray().isEmpty());

        QVERIFY(QFile::remove(QDir(m_run.folder).filePath(QStringLiteral("manifest.json"))));
        const Outcome missing = verify({ QStringLiteral("--json"), m_run.folder });
        QCOMPARE(missing.exitCode, 4);
        QCOMPARE(QJsonDocument::fromJson(missing.out)
                     .object()
                     .value(QStringLiteral("manifest"))
                     .toString(),
                 QStringLiteral("missing"));
    }

private:
    Outcome verify(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.setProgram(qEnvironmentVariable("D360_EXECUTABLE"));
        process.setArguments(QStringList { QStringLiteral("verify") } + arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        Outcome outcome;
        outcome.finished = finished.wait(30000);
        if (!outcome.finished)
            process.kill();
        outcome.exitCode = outcome.finished ? process.exitCode() : -1;
        outcome.out = process.readAllStandardOutput();
        outcome.err = process.readAllStandardError();
        return outcome;
    }

    std::unique_ptr<QTemporaryDir> m_output;
    std::unique_ptr<QTemporaryDir> m_home;
    test::SampleRun m_run;
};

QTEST_GUILESS_MAIN(VerifyCommandTest)
#include "tst_verify_command.moc"
