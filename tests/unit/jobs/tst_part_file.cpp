// The part file in a folder an attacker may share: real symlinks, a FIFO, a
// hard link and a second writer in a real temporary folder, and the
// format's own end marker that tells a whole download from half of one.
#include "core/jobs/FileEndCheck.h"
#include "core/jobs/FileSystemSafety.h"
#include "core/jobs/PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>
#include <unistd.h>

using namespace d360;
using namespace d360::jobs;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QByteArray zipEnd(const QByteArray &comment)
{
    QByteArray record("PK\x05\x06", 4);
    record.append(QByteArray(16, '\0'));
    char length[2];
    qToLittleEndian<quint16>(quint16(comment.size()), length);
    record.append(length, 2);
    return record + comment;
}

} // namespace

class PartFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSymlinkAtThePartNameIsNeverFollowed()
    {
        QTemporaryDir folder, elsewhere;
        const QString part = folder.filePath(QStringLiteral("Guide.pdf.0123abcd.part"));
        const QString dangling = elsewhere.filePath(QStringLiteral("planted.pdf"));
        QVERIFY(QFile::link(dangling, part));
        PartFile file;
        QVERIFY(!file.open(part));
        QVERIFY2(file.errorString().contains(QLatin1String("symbolic link")),
                 qPrintable(file.errorString()));
        QVERIFY(!QFileInfo::exists(dangling));

        const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
        writeFile(victim, "someone else's");
        QVERIFY(QFile::remove(part));
        QVERIFY(QFile::link(victim, part));
        QVERIFY(!file.open(part));
        QCOMPARE(readFile(victim), QByteArray("someone else's"));
        QVERIFY(QFileInfo(part).isSymLink());
    }

    void anExistingPartIsReopenedOnlyIfItIsAPlainFileOfOurs()
    {
        QTemporaryDir folder;
        const QString part = folder.filePath(QStringLiteral("Guide.pdf.0123abcd.part"));
        writeFile(part, "first half");
        {
            PartFile file;
            QVERIFY2(file.open(part), qPrintable(file.errorString()));
            QCOMPARE(file.size(), qint64(10));
            QVERIFY(file.write(QByteArrayLiteral(", second")));
            QVERIFY(file.close());
        }
        QCOMPARE(readFile(part), QByteArray("first half, second"));

        const QString linked = folder.filePath(QStringLiteral("other-name"));
        QVERIFY(::link(QFile::encodeName(part).constData(), QFile::encodeName(linked).constData())
                == 0);
        PartFile file;
        QVERIFY(!file.open(part));
        QVERIFY2(file.errorString().contains(QLatin1String("hard links")),
                 qPrintable(file.errorString()));

        const QString fifo = folder.filePath(QStringLiteral("fifo.part"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QVERIFY(!file.open(fifo));
        QVERIFY2(file.errorString().contains(QLatin1String("not a regular file")),
                 qPrintable(file.errorString()));
    }

    void aSecondWriterIsRefusedWhileTheFirstHoldsTheLock()
    {
        QTemporaryDir folder;
        const QString part = folder.filePath(QStringLiteral("Guide.pdf.0123abcd.part"));
        PartFile first;
        QVERIFY2(first.open(part), qPrintable(first.errorString()));
        QVERIFY(PartFile::isBeingWritten(part));
        PartFile second;
        QVERIFY(!second.open(part));
        QVERIFY2(second.errorString().contains(QLatin1String("another export")),
                 qPrintable(second.errorString()));
        QVERIFY(first.close());
        QVERIFY(!PartFile::isBeingWritten(part));
        QVERIFY2(second.open(part), qPrintable(second.errorString()));
    }

    void placingNeverFollowsNorReplacesASymlinkAtTheFinalName()
    {
        QTemporaryDir folder, elsewhere;
        const QString part = folder.filePath(QStringLiteral("Guide.pdf.0123abcd.part"));
        const QString target = folder.filePath(QStringLiteral("Guide.pdf"));
        const QString dangling = elsewhere.filePath(QStringLiteral("written-through.pdf"));
        QVERIFY(QFile::link(dangling, target));
        PartFile file;
        QVERIFY(file.open(part));
        QVERIFY(file.write(QByteArrayLiteral("new")));

        QCOMPARE(file.placeAt(target, false), PartFile::Placement::NameTaken);
        QCOMPARE(file.placeAt(target, true), PartFile::Placement::Failed);
        QVERIFY2(file.errorString().contains(QLatin1String("symbolic link")),
                 qPrintable(file.errorString()));
        QVERIFY(!QFileInfo::exists(dangling));
        QCOMPARE(QFileInfo(target).symLinkTarget(), dangling);
        QCOMPARE(readFile(part), QByteArray("new"));

        const QString free = folder.filePath(QStringLiteral("Guide (2).pdf"));
        QCOMPARE(file.placeAt(free, false), PartFile::Placement::Placed);
        QCOMPARE(readFile(free), QByteArray("new"));
        QVERIFY(!somethingIsAt(part));
    }

    void placingReplacesAPlainFileOnlyWhenAsked()
    {
        QTemporaryDir folder;
        const QString part = folder.filePath(QStringLiteral("Guide.pdf.0123abcd.part"));
        const QString target = folder.filePath(QStringLiteral("Guide.pdf"));
        writeFile(target, "old");
        PartFile file;
        QVERIFY(file.open(part));
        QVERIFY(file.write(QByteArrayLiteral("new")));
        QCOMPARE(file.placeAt(target, false), PartFile::Placement::NameTaken);
        QCOMPARE(readFile(target), QByteArray("old"));
        QCOMPARE(file.placeAt(target, true), PartFile::Placement::Placed);
        QCOMPARE(readFile(target), QByteArray("new"));
        QVERIFY(!somethingIsAt(part));
    }

    void aPartSwappedUnderTheWriterIsNotPlaced()
    {
        QTemporaryDir folder;
        const QString part = folder.filePath(QStringLiteral("Guide.pdf.0123abcd.part"));
        PartFile file;
        QVERIFY(file.open(part));
        QVERIFY(file.write(QByteArrayLiteral("ours")));
        QVERIFY(QFile::remove(part));
        writeFile(part, "theirs");
        QCOMPARE(file.placeAt(folder.filePath(QStringLiteral("Guide.pdf")), false),
                 PartFile::Placement::Failed);
        QVERIFY(!somethingIsAt(folder.filePath(QStringLiteral("Guide.pdf"))));
        file.remove(); // not ours any more: left alone
        QCOMPARE(readFile(part), QByteArray("theirs"));
    }

    void truncateAndTailFollowTheFile()
    {
        QTemporaryDir folder;
        PartFile file;
        QVERIFY(file.open(folder.filePath(QStringLiteral("x.part"))));
        QVERIFY(file.write(QByteArrayLiteral("0123456789")));
        QCOMPARE(file.readTail(4), QByteArray("6789"));
        QVERIFY(file.truncate(3));
        QVERIFY(file.write(QByteArrayLiteral("abc")));
        QCOMPARE(file.size(), qint64(6));
        QCOMPARE(file.readTail(100), QByteArray("012abc"));
    }

    void theFormatsEndMarkerTellsAWholeFileFromAHalf()
    {
        const QByteArray pdf
            = QByteArray("%PDF-1.4\n") + QByteArray(5000, 'x') + "\nstartxref\n123\n%%EOF\n";
        QVERIFY(missingFileEnd(api::ExportFormat::Pdf, pdf).isEmpty());
        QVERIFY(!missingFileEnd(api::ExportFormat::Pdf, pdf.left(pdf.size() / 2)).isEmpty());
        QVERIFY(!missingFileEnd(api::ExportFormat::Pdf, pdf.left(pdf.size() - 3)).isEmpty());
        // %%EOF far from the end (more than 1024 bytes of something after it).
        QVERIFY(!missingFileEnd(api::ExportFormat::Pdf, pdf + QByteArray(2000, 'y')).isEmpty());

        const QByteArray zip = QByteArray("PK\x03\x04", 4) + QByteArray(3000, 'z');
        QVERIFY(missingFileEnd(api::ExportFormat::Markdown, zip + zipEnd({})).isEmpty());
        QVERIFY(missingFileEnd(api::ExportFormat::Html, zip + zipEnd("a comment")).isEmpty());
        QVERIFY(!missingFileEnd(api::ExportFormat::Markdown, zip).isEmpty());
        QVERIFY(!missingFileEnd(api::ExportFormat::Markdown, (zip + zipEnd("a comment")).chopped(1))
                     .isEmpty());
        QVERIFY(
            !missingFileEnd(api::ExportFormat::Markdown, zip + zipEnd({}) + "trailing").isEmpty());
    }
};

QTEST_GUILESS_MAIN(PartFileTest)
#include "tst_part_file.moc"
