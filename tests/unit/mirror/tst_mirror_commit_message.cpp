// The words of a Git mirror's commit, and where each export goes in the
// repository: what a writer reads in `git log`, and the folder names a Git
// pathspec must take as themselves.
#include "core/jobs/ExportJob.h"
#include "core/mirror/MirrorCommitMessage.h"
#include "core/mirror/MirrorSources.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace d360;
using namespace d360::mirror;

Q_DECLARE_METATYPE(d360::mirror::MirroredFolder)

namespace {

MirroredFolder folder(const QString &path, const QString &label, int changed, int added,
                      int removed)
{
    MirroredFolder result;
    result.folder = path;
    result.label = label;
    result.articlesChanged = changed;
    result.articlesAdded = added;
    result.articlesRemoved = removed;
    return result;
}

const QDateTime exportedAt(QDate(2026, 12, 2), QTime(5, 10), QTimeZone(3600));

} // namespace

class MirrorCommitMessageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneExportReadsAsTheIssueWrites()
    {
        const QString message = MirrorCommitMessage::compose(
            QStringLiteral("Acme"), { folder("v4.2/en", "v4.2 en", 3, 1, 0) }, exportedAt);
        // The time is UTC, whatever the machine's zone.
        QCOMPARE(message.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Acme v4.2 en: 3 articles changed, 1 added; exported 2026-12-02 "
                                "04:10 UTC"));
    }

    void countsNameTheirNounOnceAndAgreeInNumber_data()
    {
        QTest::addColumn<MirroredFolder>("counted");
        QTest::addColumn<QString>("words");
        QTest::newRow("one changed") << folder("a", "a", 1, 0, 0) << "1 article changed";
        QTest::newRow("added only") << folder("a", "a", 0, 2, 0) << "2 articles added";
        QTest::newRow("removed after added")
            << folder("a", "a", 0, 1, 1) << "1 article added, 1 removed";
        QTest::newRow("all three")
            << folder("a", "a", 2, 1, 1) << "2 articles changed, 1 added, 1 removed";
        MirroredFolder images = folder("a", "a", 0, 0, 0);
        images.otherFilesAdded = 3;
        QTest::newRow("files added") << images << "3 other files added";
        images.otherFilesChanged = 1;
        QTest::newRow("files of two kinds") << images << "4 other files changed";
        MirroredFolder image = folder("a", "a", 1, 0, 0);
        image.otherFilesRemoved = 1;
        QTest::newRow("an article and a file")
            << image << "1 article changed, 1 other file removed";
    }

    void countsNameTheirNounOnceAndAgreeInNumber()
    {
        QFETCH(MirroredFolder, counted);
        QFETCH(QString, words);
        QCOMPARE(MirrorCommitMessage::counts(counted), words);
    }

    void severalExportsAreSummedAndListedInTheBody()
    {
        MirroredFolder english = folder("v4.2/en", "v4.2 en", 1, 1, 0);
        english.changeLines = QStringList { "edited:  a.md (+3 -1 words)", "added:   b.md" };
        const MirroredFolder same = folder("v4.2/fr", "v4.2 fr", 0, 0, 0);
        const MirroredFolder german = folder("v4.2/de", "v4.2 de", 2, 0, 1);
        const QStringList lines
            = MirrorCommitMessage::compose("Acme", { english, same, german }, exportedAt)
                  .split(QLatin1Char('\n'));
        // An unchanged export is not named.
        QCOMPARE(lines.at(0),
                 QStringLiteral("Acme v4.2 en, v4.2 de: 3 articles changed, 1 added, 1 removed; "
                                "exported 2026-12-02 04:10 UTC"));
        QCOMPARE(lines.at(1), QString());
        QCOMPARE(
            lines.mid(2, 4),
            QStringList({ "v4.2/en: 1 article changed, 1 added", "  edited:  a.md (+3 -1 words)",
                          "  added:   b.md", "v4.2/de: 2 articles changed, 1 removed" }));
    }

    void manyExportsAreCountedNotNamed()
    {
        QList<MirroredFolder> folders;
        for (const char *language : { "en", "de", "fr", "ja" })
            folders.append(folder(QStringLiteral("v1/%1").arg(QLatin1String(language)),
                                  QStringLiteral("v1 %1").arg(QLatin1String(language)), 1, 0, 0));
        QVERIFY(MirrorCommitMessage::compose("Acme", folders, exportedAt)
                    .startsWith(QStringLiteral("Acme 4 exports: 4 articles changed;")));
    }

    void aLongListIsCut()
    {
        MirroredFolder many = folder("v1/en", "v1 en", 0, 150, 0);
        for (int number = 0; number < 150; ++number)
            many.changeLines.append(QStringLiteral("added:   %1.md").arg(number));
        const QString message = MirrorCommitMessage::compose("Acme", { many }, exportedAt);
        QVERIFY(message.contains(QStringLiteral("  added:   99.md\n  and 50 more\n")));
        QVERIFY(!message.contains(QStringLiteral("100.md")));
    }

    void eachMarkdownExportGetsItsVersionAndLanguageFolder()
    {
        QTemporaryDir folder;
        int files = 0;
        const auto job = [&folder, &files](const QString &version, const QString &language,
                                           api::ExportFormat format, jobs::JobState state) {
            jobs::ExportJob made = jobs::ExportJob::create();
            made.versionName = version;
            made.versionId = QStringLiteral("id-") + version;
            made.languageCode = language;
            made.format = format;
            made.state = state;
            made.finalPath = folder.filePath(QStringLiteral("%1.zip").arg(++files));
            QFile file(made.finalPath);
            file.open(QIODevice::WriteOnly);
            return made;
        };
        using api::ExportFormat;
        using jobs::JobState;
        const QList<MirrorSource> sources = MirrorSources::fromJobs({
            job("v4.2", "en", ExportFormat::Markdown, JobState::Completed),
            job("v4.2", "de", ExportFormat::Pdf, JobState::Completed),
            job("v4.2", "fr", ExportFormat::Markdown, JobState::Failed),
            job("[beta] *new*?", "ja", ExportFormat::Markdown, JobState::Completed),
            job("!v5/next", "ar", ExportFormat::Markdown, JobState::Completed),
        });
        QStringList folders;
        for (const MirrorSource &source : sources)
            folders.append(source.folder);
        // Only completed Markdown; no pattern characters, no slash in a name.
        QCOMPARE(folders, QStringList({ "_beta_ _new__/ja", "_v5_next/ar", "v4.2/en" }));
        QCOMPARE(sources.last().label, QStringLiteral("v4.2 en"));
    }
};

QTEST_GUILESS_MAIN(MirrorCommitMessageTest)
#include "tst_mirror_commit_message.moc"
