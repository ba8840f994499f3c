// ManifestVerifier on real run folders: whole, a byte flipped, a file
// removed, a file added, links planted inside pointing out of the folder,
// an unreadable manifest, progress and cancelling.
#include "core/routines/ManifestVerifier.h"
#include "core/routines/ManifestWriter.h"
#include "support/RunFolderSamples.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace d360;
using routines::ManifestVerifier;
using routines::VerifyFinding;
using routines::VerifyReport;

namespace {

QStringList pathsOf(const QList<VerifyFinding> &findings)
{
    QStringList paths;
    for (const VerifyFinding &finding : findings)
        paths.append(finding.path);
    return paths;
}

QString describe(const VerifyReport &report)
{
    QStringList lines { report.manifestProblem };
    for (const VerifyFinding &finding : report.missing + report.changed + report.extra)
        lines.append(finding.path + QStringLiteral(": ") + finding.detail);
    return lines.join(QLatin1Char('\n'));
}

void flipOneByte(const QString &path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(char(byte ^ 0x01)));
}

} // namespace

class ManifestVerifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_output = std::make_unique<QTemporaryDir>();
        m_run = test::writeSampleRun(m_output->path(), QStringLiteral("Nightly"),
                                     QDateTime::currentDateTime());
        QVERIFY(!m_run.folder.isEmpty());
    }

    void aWholeFolderHasNoFindings()
    {
        std::vector<qint64> progress;
        routines::VerifyOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            progress.push_back(done);
        };
        const VerifyReport report = ManifestVerifier::verify(m_run.folder, options);
        QVERIFY2(report.isWhole(), qPrintable(describe(report)));
        QCOMPARE(report.filesChecked, 4); // the PDF, the ZIP and the two files extracted from it
        QVERIFY(!progress.empty());
        QCOMPARE(report.bytesChecked, progress.back());
    }

    void oneFlippedByteIsAChangeInThatFile()
    {
        flipOneByte(QDir(m_run.folder).filePath(QStringLiteral("Guide-de/articles/größe.html")), 7);
        const VerifyReport report = ManifestVerifier::verify(m_run.folder);
        QVERIFY(!report.isWhole());
        QCOMPARE(pathsOf(report.changed),
                 QStringList { QStringLiteral("Guide-de/articles/größe.html") });
        QVERIFY2(report.changed.first().detail.contains(QStringLiteral("SHA-256")),
                 qPrintable(report.changed.first().detail));
        QVERIFY(report.missing.isEmpty());
        QVERIFY(report.extra.isEmpty());
    }

    void aFileOfAnotherSizeIsAChange()
    {
        QFile file(QDir(m_run.folder).filePath(QStringLiteral("Guide-en.pdf")));
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("x") == 1);
        file.close();
        const VerifyReport report = ManifestVerifier::verify(m_run.folder);
        QCOMPARE(pathsOf(report.changed), QStringList { QStringLiteral("Guide-en.pdf") });
        QVERIFY2(report.changed.first().detail.contains(QStringLiteral("the manifest says")),
                 qPrintable(report.changed.first().detail));
    }

    void aRemovedFileIsMissing()
    {
        QVERIFY(QFile::remove(QDir(m_run.folder).filePath(QStringLiteral("Guide-en.pdf"))));
        const VerifyReport report = ManifestVerifier::verify(m_run.folder);
        QVERIFY(!report.isWhole());
        QCOMPARE(pathsOf(report.missing), QStringList { QStringLiteral("Guide-en.pdf") });
        QVERIFY(report.changed.isEmpty());
        QVERIFY(report.extra.isEmpty());
    }

    void anAddedFileIsExtra()
    {
        QVERIFY(test::writeSampleFile(
            QDir(m_run.folder).filePath(QStringLiteral("Guide-de/notes.txt")), "mine"));
        const VerifyReport report = ManifestVerifier::verify(m_run.folder);
        QVERIFY(!report.isWhole());
        QCOMPARE(pathsOf(report.extra), QStringList { QStringLiteral("Guide-de/notes.txt") });
        QVERIFY(report.missing.isEmpty());
        QVERIFY(report.changed.isEmpty());
    }

    void aLinkOutOfTheFolderIsReportedNotFollowed()
    {
        QTemporaryDir outside;
        const QString secret = outside.filePath(QStringLiteral("secret.txt"));
        QVERIFY(test::writeSampleFile(secret, "outside the folder"));
        // One planted beside the files, one in place of a listed file (with
        // the very content the manifest lists, so following it would pass),
        // one in place of the extracted folder.
        QVERIFY(QFile::link(secret, QDir(m_run.folder).filePath(QStringLiteral("planted"))));
        const QString pdf = QDir(m_run.folder).filePath(QStringLiteral("Guide-en.pdf"));
        QVERIFY(QFile::copy(pdf, outside.filePath(QStringLiteral("Guide-en.pdf"))));
        QVERIFY(QFile::remove(pdf));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("Guide-en.pdf")), pdf));
        const QString extracted = QDir(m_run.folder).filePath(QStringLiteral("Guide-de"));
        QVERIFY(QDir(extracted).rename(extracted, outside.filePath(QStringLiteral("Guide-de"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("Guide-de")), extracted));

        const VerifyReport report = ManifestVerifier::verify(m_run.folder);
        QVERIFY(!report.isWhole());
        QCOMPARE(pathsOf(report.changed),
                 (QStringList { QStringLiteral("Guide-en.pdf"),
                                QStringLiteral("Guide-de/articles/größe.html"),
                                QStringLiteral("Guide-de/index.html") }));
        for (const VerifyFinding &finding : report.changed)
            QVERIFY2(finding.detail.contains(QStringLiteral("symbolic link")),
                     qPrintable(finding.detail));
        QCOMPARE(pathsOf(report.extra),
                 (QStringList { QStringLiteral("Guide-de"), QStringLiteral("planted") }));
        QVERIFY2(report.extra.last().detail.contains(secret),
                 qPrintable(report.extra.last().detail));
        // Only the ZIP beside them was read.
        QCOMPARE(report.filesChecked, 1);
    }

    void aManifestThatCannotBeReadIsSaidSo()
    {
        const QString manifest = routines::ManifestWriter::pathIn(m_run.folder);
        QFile file(manifest);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write("{\"format\": \"d360-exporter-run-manifest\"") > 0);
        file.close();
        VerifyReport report = ManifestVerifier::verify(m_run.folder);
        QCOMPARE(report.manifestState, VerifyReport::ManifestState::Unreadable);
        QVERIFY2(report.manifestProblem.contains(QStringLiteral("not valid JSON")),
                 qPrintable(report.manifestProblem));
        QVERIFY(!report.isWhole());

        QVERIFY(QFile::remove(manifest));
        report = ManifestVerifier::verify(m_run.folder);
        QCOMPARE(report.manifestState, VerifyReport::ManifestState::Missing);
        QVERIFY(!report.isWhole());
    }

    void aCancelledCheckSaysSoAndIsNotWhole()
    {
        std::atomic_bool cancelled { false };
        routines::VerifyOptions options;
        options.cancelled = &cancelled;
        options.progress = [&](qint64, qint64) {
            cancelled = true;
        };
        const VerifyReport report = ManifestVerifier::verify(m_run.folder, options);
        QVERIFY(report.cancelled);
        QVERIFY(!report.isWhole());
        QVERIFY(report.filesChecked < 4);
    }

private:
    std::unique_ptr<QTemporaryDir> m_output;
    test::SampleRun m_run;
};

QTEST_GUILESS_MAIN(ManifestVerifierTest)
#include "tst_manifest_verifier.moc"
