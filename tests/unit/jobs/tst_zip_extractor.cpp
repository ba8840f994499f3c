// Extracting ZIP exports: a well-formed archive lands whole in its folder; a
// hostile one (absolute paths, "..", backslashes, drive letters, symbolic
// links) is refused with a message naming the entry, and nothing at all is
// written, inside the folder or outside it. The hostile archives are built
// here with QuaZip, as an attacker would build them.
#include "core/jobs/ZipExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace d360::jobs;

namespace {

struct Entry
{
    QString name;
    QByteArray content;
    bool symlink = false;
};

bool buildZip(const QString &path, const QList<Entry> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Entry &entry : entries) {
        QuaZipNewInfo info(entry.name);
        if (entry.symlink)
            info.externalAttr = quint32(0120777) << 16; // S_IFLNK | 0777, as Info-ZIP writes links
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info))
            return false;
        file.write(entry.content);
        file.close();
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

QStringList everythingUnder(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(QDir(folder).relativeFilePath(it.next()));
    found.sort();
    return found;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ZipExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractsAWellFormedArchive()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Guide-v1-en.zip"));
        QVERIFY(buildZip(archive, {{QStringLiteral("01-welcome.md"), "# Welcome\n"},
                                   {QStringLiteral("images/"), {}},
                                   {QStringLiteral("images/logo.svg"), "<svg/>"},
                                   {QStringLiteral("deep/er/still.md"), QByteArray(300000, 'x')}}));
        const QString folder = ZipExtractor::folderFor(archive);
        QCOMPARE(folder, dir.filePath(QStringLiteral("Guide-v1-en")));
        const ZipExtractor::Result result = ZipExtractor::extract(archive, folder);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files, 3);
        QCOMPARE(readFile(folder + QStringLiteral("/01-welcome.md")), QByteArray("# Welcome\n"));
        QCOMPARE(readFile(folder + QStringLiteral("/images/logo.svg")), QByteArray("<svg/>"));
        QCOMPARE(readFile(folder + QStringLiteral("/deep/er/still.md")).size(), 300000);
        // Nothing but the archive and its folder: no temporary left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("Guide-v1-en"), QStringLiteral("Guide-v1-en.zip")}));
        // A second extraction goes beside the first, never into it.
        QCOMPARE(ZipExtractor::folderFor(archive), dir.filePath(QStringLiteral("Guide-v1-en (2)")));
    }

    void refusesEntriesThatEscape_data()
    {
        QTest::addColumn<QString>("hostileName");
        QTest::addColumn<bool>("symlink");
        QTest::addColumn<QString>("expectedReason");
        QTest::newRow("parent folder") << "../escaped.txt" << false << "climbs out";
        QTest::newRow("parent folder, deeper") << "docs/../../escaped.txt" << false << "climbs out";
        QTest::newRow("backslash parent") << "..\\escaped.txt" << false << "climbs out";
        QTest::newRow("absolute path") << "/tmp/escaped.txt" << false << "absolute path";
        QTest::newRow("drive letter") << "C:/escaped.txt" << false << "absolute path";
        QTest::newRow("drive letter, backslash") << "C:\\escaped.txt" << false << "absolute path";
        QTest::newRow("symbolic link") << "docs/link" << true << "symbolic link";
    }

    void refusesEntriesThatEscape()
    {
        QFETCH(QString, hostileName);
        QFETCH(bool, symlink);
        QFETCH(QString, expectedReason);
        QTemporaryDir dir;
        const QString outputFolder = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outputFolder));
        const QString archive = QDir(outputFolder).filePath(QStringLiteral("Hostile.zip"));
        QVERIFY(buildZip(archive, {{QStringLiteral("fine.md"), "fine"},
                                   {hostileName, symlink ? QByteArray("/etc/passwd") : QByteArray("gotcha"), symlink},
                                   {QStringLiteral("after.md"), "after"}}));
        const QStringList before = everythingUnder(dir.path());

        const ZipExtractor::Result result =
            ZipExtractor::extract(archive, QDir(outputFolder).filePath(QStringLiteral("Hostile")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expectedReason), qPrintable(result.error));
        QVERIFY2(result.error.contains(hostileName), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("Nothing was extracted")), qPrintable(result.error));
        QCOMPARE(result.files, 0);
        // Not one file more, anywhere: not the folder, not a temporary, not the escapee.
        QCOMPARE(everythingUnder(dir.path()), before);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/escaped.txt")));
    }

    void unsafeNamesAreRecognisedOnTheirOwn()
    {
        QVERIFY(ZipExtractor::unsafeEntryReason(QStringLiteral("a/b/c.md")).isEmpty());
        QVERIFY(ZipExtractor::unsafeEntryReason(QStringLiteral("a..b.md")).isEmpty());
        QVERIFY(ZipExtractor::unsafeEntryReason(QStringLiteral("..hidden/x")).isEmpty());
        QVERIFY(!ZipExtractor::unsafeEntryReason(QStringLiteral("a/../../b")).isEmpty());
        QVERIFY(!ZipExtractor::unsafeEntryReason(QString()).isEmpty());
        QVERIFY(!ZipExtractor::unsafeEntryReason(QStringLiteral("a\nb")).isEmpty());
    }

    void aDamagedArchiveIsAClearError()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Broken.zip"));
        QFile file(archive);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not really a zip");
        file.close();
        const ZipExtractor::Result result = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Broken")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("Broken.zip")), qPrintable(result.error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Broken"))));
    }

    void anExistingFolderIsNeverExtractedInto()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Guide.zip"));
        QVERIFY(buildZip(archive, {{QStringLiteral("a.md"), "a"}}));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("Guide"))));
        const ZipExtractor::Result result = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Guide")));
        QVERIFY(!result.ok);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Guide/a.md"))));
    }
};

QTEST_GUILESS_MAIN(ZipExtractorTest)
#include "tst_zip_extractor.moc"
