// Extracting ZIP exports: a well-formed archive lands whole in its folder; a
// hostile one (absolute paths, "..", backslashes, drive letters, symbolic
// links) is refused with a message naming the entry, and nothing at all is
// written, inside the folder or outside it. A hostile output folder (real
// symbolic links planted where the extraction works) loses nothing it had.
// A zip bomb is stopped by the limits, and a full disk (a real tmpfs) is an
// error, never a folder of cut files. The hostile archives are built here
// with QuaZip, as an attacker would build them.
#include "core/jobs/OwnedFolder.h"
#include "core/jobs/ZipExtractor.h"
#include "support/SmallDisk.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
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

// An entry whose central directory claims `claimedBytes` while its deflate
// stream holds `realContent`: the sizes an attacker writes are not checked by
// anyone but the reader.
bool addLyingEntry(QuaZip *zip, const QString &name, const QByteArray &realContent,
                   quint64 claimedBytes)
{
    // qCompress: 4 bytes of length, 2 of zlib header, the raw deflate stream,
    // 4 of Adler-32.
    const QByteArray zlib = qCompress(realContent, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    QuaZipNewInfo info(name);
    info.uncompressedSize = ulong(claimedBytes);
    QuaZipFile file(zip);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 9, true))
        return false;
    file.write(deflate);
    file.close();
    return file.getZipError() == 0;
}

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

// Text that compresses about as well as a real export does, not better.
QByteArray ordinaryText(int bytes, int seed)
{
    QByteArray text;
    for (int i = 0; text.size() < bytes; ++i)
        text += QCryptographicHash::hash(QByteArray::number(seed * 100003 + i),
                                         QCryptographicHash::Sha1)
                    .toHex();
    text.truncate(bytes);
    return text;
}

// The names directly in folder, hidden ones and links included, sorted.
QStringList topLevelOf(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                               | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

QString symlinkTarget(const QString &path)
{
    return QFileInfo(path).symLinkTarget();
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
        QVERIFY(buildZip(archive,
                         { { QStringLiteral("01-welcome.md"), "# Welcome\n" },
                           { QStringLiteral("images/"), {} },
                           { QStringLiteral("images/logo.svg"), "<svg/>" },
                           { QStringLiteral("deep/er/still.md"), QByteArray(300000, 'x') } }));
        const QString folder = ZipExtractor::folderFor(archive);
        QCOMPARE(folder, dir.filePath(QStringLiteral("Guide-v1-en")));
        const ZipExtractor::Result result = ZipExtractor::extract(archive, folder);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files, 3);
        QCOMPARE(readFile(folder + QStringLiteral("/01-welcome.md")), QByteArray("# Welcome\n"));
        QCOMPARE(readFile(folder + QStringLiteral("/images/logo.svg")), QByteArray("<svg/>"));
        QCOMPARE(readFile(folder + QStringLiteral("/deep/er/still.md")).size(), 300000);
        // Nothing but the archive and its folder: no temporary left behind.
        QCOMPARE(
            topLevelOf(dir.path()),
            (QStringList { QStringLiteral("Guide-v1-en"), QStringLiteral("Guide-v1-en.zip") }));
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
        QVERIFY(buildZip(
            archive,
            { { QStringLiteral("fine.md"), "fine" },
              { hostileName, symlink ? QByteArray("/etc/passwd") : QByteArray("gotcha"), symlink },
              { QStringLiteral("after.md"), "after" } }));
        const QStringList before = everythingUnder(dir.path());

        const ZipExtractor::Result result = ZipExtractor::extract(
            archive, QDir(outputFolder).filePath(QStringLiteral("Hostile")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expectedReason), qPrintable(result.error));
        QVERIFY2(result.error.contains(hostileName), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("Nothing was extracted")),
                 qPrintable(result.error));
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
        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Broken")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("Broken.zip")), qPrintable(result.error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Broken"))));
    }

    void anExistingFolderIsNeverExtractedInto()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Guide.zip"));
        QVERIFY(buildZip(archive, { { QStringLiteral("a.md"), "a" } }));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("Guide"))));
        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Guide")));
        QVERIFY(!result.ok);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Guide/a.md"))));
    }

    // A symbolic link planted at the name the extraction used to work under
    // (and at the final name) is neither followed nor removed: the folder it
    // points to keeps what it had and gets nothing more.
    void aPlantedSymlinkIsNeverFollowed()
    {
        QTemporaryDir dir;
        const QString outputFolder = dir.filePath(QStringLiteral("shared"));
        const QString victim = dir.filePath(QStringLiteral("someone-elses"));
        QVERIFY(QDir().mkpath(outputFolder));
        QVERIFY(QDir().mkpath(victim + QStringLiteral("/notes")));
        QFile precious(victim + QStringLiteral("/notes/precious.txt"));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("years of work");
        precious.close();
        const QString archive = QDir(outputFolder).filePath(QStringLiteral("Guide.zip"));
        QVERIFY(buildZip(
            archive, { { QStringLiteral("a.md"), "a" }, { QStringLiteral("notes/b.md"), "b" } }));
        const QString planted = QDir(outputFolder).filePath(QStringLiteral(".Guide.extracting"));
        QVERIFY(QFile::link(victim, planted));
        const QStringList victimBefore = everythingUnder(victim);

        const QString target = QDir(outputFolder).filePath(QStringLiteral("Guide"));
        const ZipExtractor::Result result = ZipExtractor::extract(archive, target);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(everythingUnder(victim).join(QLatin1String(", ")),
                 victimBefore.join(QLatin1String(", ")));
        QCOMPARE(readFile(victim + QStringLiteral("/notes/precious.txt")),
                 QByteArray("years of work"));
        QCOMPARE(symlinkTarget(planted), victim);
        // The export is a real folder of its own, not the planted link.
        QVERIFY(!QFileInfo(target).isSymLink());
        QCOMPARE(readFile(target + QStringLiteral("/notes/b.md")), QByteArray("b"));
        QCOMPARE(topLevelOf(outputFolder),
                 (QStringList { QStringLiteral(".Guide.extracting"), QStringLiteral("Guide"),
                                QStringLiteral("Guide.zip") }));
    }

    // A run killed while extracting leaves its private folder behind; the
    // next extraction of that archive clears it, and nothing else: not a
    // link, not a folder others may read, not one a live extraction holds.
    void whatAKilledRunLeftIsClearedAndNothingElse()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("someone-elses"));
        QVERIFY(QDir().mkpath(victim));
        QFile precious(victim + QStringLiteral("/precious.txt"));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("years of work");
        precious.close();
        const QString archive = dir.filePath(QStringLiteral("Guide.zip"));
        QVERIFY(buildZip(archive, { { QStringLiteral("a.md"), "a" } }));
        const auto makeFolder = [&](const QString &name, QFile::Permissions permissions) {
            const QString path = dir.filePath(name);
            QDir().mkpath(path + QStringLiteral("/half/done"));
            QFile half(path + QStringLiteral("/half/done/page.md"));
            half.open(QIODevice::WriteOnly);
            half.write("half");
            half.close();
            QFile::setPermissions(path, permissions);
        };
        const QFile::Permissions privateToUs
            = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        makeFolder(QStringLiteral(".Guide.extracting-Killed"), privateToUs);
        makeFolder(QStringLiteral(".Guide.extracting-Public"),
                   privateToUs | QFile::ReadOther | QFile::ExeOther);
        QVERIFY(QFile::link(victim, dir.filePath(QStringLiteral(".Guide.extracting-Linked"))));
        QString problem;
        const std::unique_ptr<OwnedFolder> live
            = OwnedFolder::create(dir.path(), QStringLiteral(".Guide.extracting-"), &problem);
        QVERIFY2(live, qPrintable(problem));
        QVERIFY(live->createFile(QStringLiteral("in/progress.md"), &problem).isOpen());
        const QString liveName = QFileInfo(live->path()).fileName();

        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Guide")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QStringList expected { QStringLiteral(".Guide.extracting-Linked"),
                               QStringLiteral(".Guide.extracting-Public"),
                               liveName,
                               QStringLiteral("Guide"),
                               QStringLiteral("Guide.zip"),
                               QStringLiteral("someone-elses") };
        expected.sort();
        QCOMPARE(topLevelOf(dir.path()), expected);
        QCOMPARE(everythingUnder(victim), QStringList { QStringLiteral("precious.txt") });
        QVERIFY(QFile::exists(
            dir.filePath(QStringLiteral(".Guide.extracting-Public/half/done/page.md"))));
        QVERIFY(QFile::exists(live->path() + QStringLiteral("/in/progress.md")));
    }

    void aSymlinkAtTheFinalNameIsNeitherFollowedNorReplaced_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::newRow("to a folder") << false;
        QTest::newRow("dangling") << true;
    }

    void aSymlinkAtTheFinalNameIsNeitherFollowedNorReplaced()
    {
        QFETCH(bool, dangling);
        QTemporaryDir dir;
        const QString outputFolder = dir.filePath(QStringLiteral("shared"));
        const QString victim = dir.filePath(QStringLiteral("someone-elses"));
        QVERIFY(QDir().mkpath(outputFolder));
        QVERIFY(QDir().mkpath(victim));
        const QString pointsTo = dangling ? victim + QStringLiteral("/not-yet") : victim;
        const QString archive = QDir(outputFolder).filePath(QStringLiteral("Guide.zip"));
        QVERIFY(buildZip(archive, { { QStringLiteral("a.md"), "a" } }));
        const QString target = QDir(outputFolder).filePath(QStringLiteral("Guide"));
        QVERIFY(QFile::link(pointsTo, target));

        const ZipExtractor::Result result = ZipExtractor::extract(archive, target);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("already exists")), qPrintable(result.error));
        QCOMPARE(symlinkTarget(target), pointsTo);
        QVERIFY(everythingUnder(victim).isEmpty());
        QCOMPARE(topLevelOf(outputFolder),
                 (QStringList { QStringLiteral("Guide"), QStringLiteral("Guide.zip") }));
    }

    // 20 MiB of zeros in a 20 KiB archive: stopped long before the end,
    // with a message that names the limit, and nothing left behind.
    void aZipBombIsStopped()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Bomb.zip"));
        QVERIFY(buildZip(archive,
                         { { QStringLiteral("readme.md"), "hello" },
                           { QStringLiteral("zeros.bin"), QByteArray(20 * 1024 * 1024, '\0') } }));
        QVERIFY(QFileInfo(archive).size() < 100 * 1024);

        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Bomb")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("times the size of the archive")),
                 qPrintable(result.error));
        QCOMPARE(topLevelOf(dir.path()), QStringList { QStringLiteral("Bomb.zip") });
    }

    // The limits apply to what is really decompressed: an archive whose
    // directory claims 100 bytes per entry is stopped by what its entries
    // really hold, and nothing is left behind.
    void theBytesWrittenAreCountedNotTheClaims()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Liar.zip"));
        {
            QuaZip zip(archive);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (int i = 0; i < 4; ++i)
                QVERIFY(addLyingEntry(&zip, QStringLiteral("part-%1.bin").arg(i),
                                      QByteArray(4 * 1024 * 1024, 'z'), 100));
            zip.close();
            QCOMPARE(zip.getZipError(), 0);
        }
        ZipExtractor::Limits limits;
        limits.maxExpansion = 5; // a few hundred KiB, far below the 16 MiB inside
        limits.alwaysAllowedBytes = 0;
        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Liar")), nullptr, limits);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("times the size of the archive"))
                     || result.error.contains(QLatin1String("damaged")),
                 qPrintable(result.error));
        QCOMPARE(topLevelOf(dir.path()), QStringList { QStringLiteral("Liar.zip") });
    }

    // Claims that add up past 2^64 wrap around to a small total; the bytes
    // really written are what stops the extraction.
    void claimsThatWrapAroundAreNotBelieved()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Wrap.zip"));
        {
            QuaZip zip(archive);
            zip.setZip64Enabled(true);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile honest(&zip);
            QVERIFY(honest.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("small.md"))));
            honest.write(QByteArray(100, 'a'));
            honest.close();
            QVERIFY(addLyingEntry(&zip, QStringLiteral("huge.bin"),
                                  QByteArray(20 * 1024 * 1024, '\0'),
                                  std::numeric_limits<quint64>::max() - 50));
            zip.close();
            QCOMPARE(zip.getZipError(), 0);
        }
        ZipExtractor::Limits limits;
        limits.alwaysAllowedBytes = 0;
        limits.maxExpansion = 5;
        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Wrap")), nullptr, limits);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("times the size of the archive")),
                 qPrintable(result.error));
        QCOMPARE(topLevelOf(dir.path()), QStringList { QStringLiteral("Wrap.zip") });
    }

    void anEntryNestedTooDeeplyIsRefused()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Deep.zip"));
        QVERIFY(buildZip(
            archive, { { QStringLiteral("a/").repeated(129) + QStringLiteral("x.md"), "deep" } }));
        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Deep")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("more than 128 folders deep")),
                 qPrintable(result.error));
        QCOMPARE(topLevelOf(dir.path()), QStringList { QStringLiteral("Deep.zip") });
        // 128 is fine.
        QVERIFY(buildZip(
            archive, { { QStringLiteral("a/").repeated(128) + QStringLiteral("x.md"), "deep" } }));
        const ZipExtractor::Result fine
            = ZipExtractor::extract(archive, dir.filePath(QStringLiteral("Deep")));
        QVERIFY2(fine.ok, qPrintable(fine.error));
    }

    void tooManyEntriesAreRefused()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Confetti.zip"));
        QList<Entry> entries;
        for (int i = 0; i < 51; ++i)
            entries.append({ QStringLiteral("bit-%1").arg(i), {} });
        QVERIFY(buildZip(archive, entries));
        ZipExtractor::Limits limits;
        limits.maxEntries = 50;

        const ZipExtractor::Result result = ZipExtractor::extract(
            archive, dir.filePath(QStringLiteral("Confetti")), nullptr, limits);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("more than 50 entries")),
                 qPrintable(result.error));
        QCOMPARE(topLevelOf(dir.path()), QStringList { QStringLiteral("Confetti.zip") });

        // Exactly at the limit is fine.
        entries.removeLast();
        QVERIFY(buildZip(archive, entries));
        const ZipExtractor::Result atLimit = ZipExtractor::extract(
            archive, dir.filePath(QStringLiteral("Confetti")), nullptr, limits);
        QVERIFY2(atLimit.ok, qPrintable(atLimit.error));
        QCOMPARE(atLimit.files, 50);
    }

    // An export that would take more than half the free space is refused
    // before it fills the disk, even when it expands modestly.
    void theFreeSpaceCeilingIsKept()
    {
        D360_REQUIRE_SMALL_DISK(disk, 1024 * 1024)
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Guide.zip"));
        QVERIFY(buildZip(archive, { { QStringLiteral("big.md"), ordinaryText(700 * 1024, 1) } }));

        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, disk.filePath(QStringLiteral("Guide")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("50% of the free space")),
                 qPrintable(result.error));
        QVERIFY(QDir(disk.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

        // With room enough, the same archive is extracted there.
        ZipExtractor::Limits roomier;
        roomier.maxShareOfFreeSpace = 0.9;
        const ZipExtractor::Result fits = ZipExtractor::extract(
            archive, disk.filePath(QStringLiteral("Guide")), nullptr, roomier);
        QVERIFY2(fits.ok, qPrintable(fits.error));
        QCOMPARE(readFile(disk.filePath(QStringLiteral("Guide/big.md"))),
                 ordinaryText(700 * 1024, 1));
    }

    // Small files on a disk that is full: before, they were cut to nothing
    // and the extraction reported success. Each file costs a 4 KiB block on
    // tmpfs, so the bytes the archive declares fit in the free space while
    // the blocks do not, as on any real file system.
    void aFullDiskIsAnErrorNeverCutFiles()
    {
        D360_REQUIRE_SMALL_DISK(disk, 256 * 1024)
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Guide.zip"));
        QList<Entry> entries;
        for (int i = 0; i < 40; ++i)
            entries.append({ QStringLiteral("page-%1.md").arg(i), ordinaryText(200, i) });
        QVERIFY(buildZip(archive, entries));
        QVERIFY(disk.fillLeaving(64 * 1024));

        const ZipExtractor::Result result
            = ZipExtractor::extract(archive, disk.filePath(QStringLiteral("Guide")));
        QVERIFY2(!result.ok, "extraction reported success on a full disk");
        QVERIFY2(result.error.contains(QLatin1String("the disk is full")),
                 qPrintable(result.error));
        QCOMPARE(topLevelOf(disk.path()), QStringList { QStringLiteral("filler") });
    }
};

QTEST_GUILESS_MAIN(ZipExtractorTest)
#include "tst_zip_extractor.moc"
