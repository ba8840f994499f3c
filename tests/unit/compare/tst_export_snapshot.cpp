// ExportSnapshot on real files: a Markdown export as a folder and as the
// same ZIP read alike; front matter ids and titles, quoted as YAML and JSON
// write them; HTML pages known by their meta id; images kept as files with
// their hashes; and the archives no comparison may read (an entry that
// climbs out, one that inflates past the limits, a PDF, nothing at all),
// each refused with words that name the file.
#include "core/compare/ExportSnapshot.h"
#include "support/ExportFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using d360::compare::ExportSnapshot;
using d360::compare::SnapshotArticle;
using d360::compare::SnapshotLimits;

namespace {

const QByteArray pngBytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");

test::ExportFileList markdownExport()
{
    return {
        { QStringLiteral("01-getting-started.md"),
          QByteArray("---\nid: 6f1c2d3e-0000-5000-8000-000000000001\ntitle: \"Getting "
                     "\\\"started\\\" fast\"\nslug: getting-started\n---\n# Getting started\n\n"
                     "First paragraph.\n\n![Diagram](images/diagram.png)\n") },
        { QStringLiteral("02-backup.md"), QByteArray("# Backup and export\n\nNo front matter.\n") },
        { QStringLiteral("guides/03-größe.md"),
          QByteArray("---\nid: 6f1c2d3e-0000-5000-8000-000000000003\ntitle: 'Größe ''XL'''\n---"
                     "\nText.\n") },
        { QStringLiteral("images/diagram.png"), pngBytes },
    };
}

const SnapshotArticle *articleAt(const ExportSnapshot &snapshot, const QString &path)
{
    for (const SnapshotArticle &article : snapshot.articles()) {
        if (article.path == path)
            return &article;
    }
    return nullptr;
}

} // namespace

class ExportSnapshotTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMarkdownFolderAndItsZipReadAlike()
    {
        QTemporaryDir scratch;
        const QString folder = scratch.filePath(QStringLiteral("Guide-en"));
        const QString zip = scratch.filePath(QStringLiteral("Guide-en.zip"));
        QVERIFY(test::writeExportFolder(folder, markdownExport()));
        QVERIFY(test::writeExportZip(zip, markdownExport()));

        for (const QString &source : { folder, zip }) {
            QString problem;
            const std::optional<ExportSnapshot> snapshot = ExportSnapshot::read(source, &problem);
            QVERIFY2(snapshot, qPrintable(problem));
            QCOMPARE(snapshot->kind(), ExportSnapshot::Kind::Markdown);
            QCOMPARE(snapshot->articles().size(), 3);
            const SnapshotArticle *first = articleAt(*snapshot, "01-getting-started.md");
            QVERIFY(first);
            QCOMPARE(first->id, QStringLiteral("6f1c2d3e-0000-5000-8000-000000000001"));
            QCOMPARE(first->title, QStringLiteral("Getting \"started\" fast"));
            QCOMPARE(first->slug, QStringLiteral("getting-started"));
            // The text is the page without its front matter.
            QVERIFY(first->text.startsWith(QLatin1String("# Getting started\n")));
            QVERIFY(!first->text.contains(QLatin1String("id:")));
            QCOMPARE(
                first->sha256,
                QCryptographicHash::hash(markdownExport().at(0).second, QCryptographicHash::Sha256)
                    .toHex());
            const SnapshotArticle *second = articleAt(*snapshot, "02-backup.md");
            QVERIFY(second);
            QVERIFY(second->id.isEmpty());
            QCOMPARE(second->title, QStringLiteral("Backup and export"));
            // The body leaves out the heading that only repeats the title,
            // and keeps one that says something else.
            QVERIFY2(!second->body.contains(QLatin1String("# Backup")), qPrintable(second->body));
            QVERIFY(second->body.contains(QLatin1String("No front matter.")));
            QVERIFY(first->body.startsWith(QLatin1String("# Getting started\n")));
            const SnapshotArticle *third
                = articleAt(*snapshot, QStringLiteral("guides/03-größe.md"));
            QVERIFY(third);
            QCOMPARE(third->title, QStringLiteral("Größe 'XL'"));
            QCOMPARE(snapshot->otherFiles().size(), 1);
            QCOMPARE(snapshot->otherFiles().first().path, QStringLiteral("images/diagram.png"));
            QCOMPARE(snapshot->otherFiles().first().bytes, pngBytes.size());
            QCOMPARE(snapshot->otherFiles().first().sha256,
                     QCryptographicHash::hash(pngBytes, QCryptographicHash::Sha256).toHex());
        }
    }

    // As a writer types it in a terminal: a folder relative to where they
    // are. Paths inside are still the export's own.
    void aRelativeFolderGivesPathsInsideTheExport()
    {
        QTemporaryDir scratch;
        QVERIFY(test::writeExportFolder(scratch.filePath(QStringLiteral("Guide-en")),
                                        markdownExport()));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(scratch.path()));
        QString problem;
        const std::optional<ExportSnapshot> snapshot
            = ExportSnapshot::read(QStringLiteral("Guide-en"), &problem);
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY2(snapshot, qPrintable(problem));
        QVERIFY(articleAt(*snapshot, QStringLiteral("01-getting-started.md")));
        QCOMPARE(snapshot->otherFiles().first().path, QStringLiteral("images/diagram.png"));
        QCOMPARE(snapshot->source(),
                 QDir(scratch.filePath(QStringLiteral("Guide-en"))).absolutePath());
    }

    void anHtmlPageIsKnownByItsMetaId()
    {
        QTemporaryDir scratch;
        const QByteArray page(
            "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"d360-article-id\" content=\"6f1c2d3e-0000-5000-8000-000000000009\">\n"
            "<title>Sicherung</title>\n</head>\n<body><h1>Sicherung</h1><p>Text.</p></body>\n"
            "</html>\n");
        QVERIFY(test::writeExportFolder(scratch.path(),
                                        { { QStringLiteral("01-sicherung.html"), page } }));
        QString problem;
        const std::optional<ExportSnapshot> snapshot
            = ExportSnapshot::read(scratch.path(), &problem);
        QVERIFY2(snapshot, qPrintable(problem));
        QCOMPARE(snapshot->kind(), ExportSnapshot::Kind::Html);
        QCOMPARE(snapshot->articles().first().id,
                 QStringLiteral("6f1c2d3e-0000-5000-8000-000000000009"));
        QCOMPARE(snapshot->articles().first().title, QStringLiteral("Sicherung"));
    }

    void whatCannotBeComparedIsRefusedByName()
    {
        QTemporaryDir scratch;
        QString problem;

        const QString climbing = scratch.filePath(QStringLiteral("climbing.zip"));
        QVERIFY(test::writeExportZip(climbing,
                                     { { QStringLiteral("../evil.md"), QByteArray("# Evil\n") } }));
        QVERIFY(!ExportSnapshot::read(climbing, &problem));
        QVERIFY2(problem.contains(QLatin1String("climbing.zip"))
                     && problem.contains(QLatin1String("../evil.md")),
                 qPrintable(problem));

        const QString large = scratch.filePath(QStringLiteral("large.zip"));
        QVERIFY(test::writeExportZip(large,
                                     { { QStringLiteral("01-big.md"), QByteArray(5000, 'a') } }));
        SnapshotLimits small;
        small.maximumTotalBytes = 1000;
        QVERIFY(!ExportSnapshot::read(large, &problem, small));
        QVERIFY2(problem.contains(QLatin1String("too large")) && problem.contains("01-big.md"),
                 qPrintable(problem));

        // A byte flipped inside the compressed data: the entry's CRC fails.
        const QString damaged = scratch.filePath(QStringLiteral("damaged.zip"));
        QByteArray longText;
        for (int line = 0; line < 200; ++line)
            longText += "Line " + QByteArray::number(line) + " of a long article.\n";
        QVERIFY(test::writeExportZip(damaged, { { QStringLiteral("01-long.md"), longText } }));
        QFile archive(damaged);
        QVERIFY(archive.open(QIODevice::ReadWrite));
        QByteArray bytes = archive.readAll();
        const qsizetype middle = bytes.indexOf("01-long.md") + 10 + 100;
        bytes[middle] = char(bytes.at(middle) ^ 0x55);
        QVERIFY(archive.seek(0));
        QCOMPARE(archive.write(bytes), bytes.size());
        archive.close();
        QVERIFY(!ExportSnapshot::read(damaged, &problem));
        QVERIFY2(problem.contains(QLatin1String("damaged.zip is damaged")), qPrintable(problem));

        const QString pdf = scratch.filePath(QStringLiteral("Guide-en.pdf"));
        QVERIFY(test::writeExportFolder(scratch.path(),
                                        { { QStringLiteral("Guide-en.pdf"), "%PDF-1.4\n" } }));
        QVERIFY(!ExportSnapshot::read(pdf, &problem));
        QVERIFY2(problem.contains(QLatin1String("neither a folder nor a ZIP")),
                 qPrintable(problem));

        const QString onlyPdf = scratch.filePath(QStringLiteral("pdf-only"));
        QVERIFY(
            test::writeExportFolder(onlyPdf, { { QStringLiteral("Guide-en.pdf"), "%PDF-1.4\n" } }));
        QVERIFY(!ExportSnapshot::read(onlyPdf, &problem));
        QVERIFY2(problem.contains(QLatin1String("holds no Markdown or HTML article")),
                 qPrintable(problem));

        QVERIFY(!ExportSnapshot::read(scratch.filePath(QStringLiteral("missing")), &problem));
        QVERIFY2(problem.contains(QLatin1String("does not exist")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(ExportSnapshotTest)
#include "tst_export_snapshot.moc"
