// `d360-exporter export --extract` into an output folder where somebody
// planted symbolic links: one at the hidden name the extraction used to work
// under, pointing at another folder full of files, and a dangling one at the
// extracted folder's final name. The run must finish, extract into a folder
// of its own, and leave the links, and what they point to, exactly as they
// were. The real executable against a real sandbox, real links in a real
// folder.
#include "ExporterProcess.h"
#include "JobTestSupport.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using test::ExporterProcess;

class ExportHostileFolderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void plantedLinksAreNeitherFollowedNorReplaced()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out, elsewhere;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        QFile precious(elsewhere.filePath(QStringLiteral("precious.txt")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("years of work");
        precious.close();
        // A Markdown export's name carries its format (FileNameTemplate::nameFor).
        const QString stem = QStringLiteral("Acme Cloud Handbook-v1.0-en-markdown");
        const QString workLink
            = QDir(out.path()).filePath(QStringLiteral(".%1.extracting").arg(stem));
        const QString finalLink = QDir(out.path()).filePath(stem);
        const QString dangling = elsewhere.filePath(QStringLiteral("later"));
        QVERIFY(QFile::link(elsewhere.path(), workLink));
        QVERIFY(QFile::link(dangling, finalLink));

        const ExporterProcess::Result result = exporter.run(
            { QStringLiteral("export"), QStringLiteral("--project"), acme.projectId,
              QStringLiteral("--version"), acme.versionIds.at(0), QStringLiteral("--lang"),
              QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("markdown"),
              QStringLiteral("--extract"), QStringLiteral("--out"), out.path(),
              QStringLiteral("--json") });
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        const QList<QJsonObject> lines = result.jsonLines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QLatin1String("status")).toString(),
                 QStringLiteral("completed"));
        QVERIFY(lines.first().value(QLatin1String("extract_error")).isNull());
        const QString extracted = lines.first().value(QLatin1String("extracted_to")).toString();
        // Beside the taken name, numbered as a folder: its dots are no extension.
        QCOMPARE(QFileInfo(extracted).absolutePath(), out.path());
        QCOMPARE(QFileInfo(extracted).fileName(),
                 acme.projectName + QStringLiteral("-v1.0-en-markdown (2)"));
        QVERIFY(!QFileInfo(extracted).isSymLink());
        QVERIFY(QDir(extracted).entryList({ QStringLiteral("*.md") }, QDir::Files).size() >= 3);

        // What the links point to is as it was, and so are the links.
        QCOMPARE(test::everythingIn(elsewhere.path()),
                 QStringList { QStringLiteral("precious.txt") });
        QVERIFY(precious.open(QIODevice::ReadOnly));
        QCOMPARE(precious.readAll(), QByteArray("years of work"));
        QCOMPARE(QFileInfo(workLink).symLinkTarget(), elsewhere.path());
        QCOMPARE(QFileInfo(finalLink).symLinkTarget(), dangling);
        QStringList topLevel
            = QDir(out.path())
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        topLevel.sort();
        QStringList expected { QStringLiteral(".%1.extracting").arg(stem), stem,
                               QFileInfo(extracted).fileName(), stem + QStringLiteral(".zip") };
        expected.sort();
        QCOMPARE(topLevel, expected);
    }
};

QTEST_MAIN(ExportHostileFolderTest)
#include "tst_export_hostile_folder.moc"
