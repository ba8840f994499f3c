// The Git mirror on real repositories, judged by the real git: what it
// commits, what it refuses and why, and that a refusal or a damaged archive
// leaves every file of the repository as it was.
//
// GitMirror is called in process, on exports written as ZIPs the way the
// server ships them (tests/support/ExportFiles.h); `git` then reads the
// repository the way its owner would. The sandbox's own exports, through the
// real command, are tst_mirror_command's.
#include "core/mirror/GitMirror.h"
#include "support/ExportFiles.h"
#include "support/GitProcess.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace d360;
using mirror::GitMirror;
using mirror::MirrorRequest;
using mirror::MirrorResult;
using test::ExportFileList;
using test::GitProcess;

namespace {

QByteArray article(const char *id, const char *title, const char *body)
{
    return QByteArray("---\nid: ") + id + "\ntitle: " + title + "\n---\n\n# " + title + "\n\n"
        + body + "\n";
}

const ExportFileList firstExport {
    { "01-start.md", article("a1", "Start here", "Sign in with your token.") },
    { "02-backup.md", article("a2", "Back up", "Export every release.") },
    { "images/logo.png", QByteArray("\x89PNG first logo", 15) },
};

const ExportFileList secondExport {
    { "02-backup.md", article("a2", "Back up", "Export every release, in every language.") },
    { "03-new.md", article("a3", "What is new", "Mirrors into Git.") },
    { "images/logo.png", QByteArray("\x89PNG second logo", 16) },
};

// Every file below the folder (.git excepted) with its SHA-256: what a
// refusal must leave exactly as it found it.
QMap<QString, QByteArray> filesWithHashes(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator iterator(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (iterator.hasNext()) {
        const QString path = iterator.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative.startsWith(QLatin1String(".git/")))
            continue;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(relative,
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class GitMirrorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = GitProcess::missingReason();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
    }

    void init()
    {
        m_folder.reset(new QTemporaryDir);
        QVERIFY(m_folder->isValid());
        m_repository = m_folder->filePath(QStringLiteral("kb"));
        m_git.reset(new GitProcess(m_repository, m_folder->path()));
        QString branch = QStringLiteral("docs");
        bool created = false;
        QString problem;
        QVERIFY2(GitMirror::prepare(m_repository, &branch, &created, &problem),
                 qPrintable(problem));
        QVERIFY(created);
        QVERIFY(test::writeExportZip(zip("first"), firstExport));
        QVERIFY(test::writeExportZip(zip("second"), secondExport));
    }

    void aNewRepositoryIsOnTheNamedBranch()
    {
        QCOMPARE(m_git->output({ "symbolic-ref", "HEAD" }).trimmed(),
                 QStringLiteral("refs/heads/docs"));
        QCOMPARE(m_git->commitCount(), 0);
    }

    void eachRunCommitsWhatChangedAndNothingTwice()
    {
        MirrorResult result = GitMirror::update(request("first"));
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QVERIFY(result.committed);
        QCOMPARE(m_git->output({ "log", "-1", "--format=%H" }).trimmed(), result.commitId);
        QCOMPARE(
            m_git->output({ "ls-files" }).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            QStringList({ "v1/en/01-start.md", "v1/en/02-backup.md", "v1/en/images/logo.png" }));

        result = GitMirror::update(request("second"));
        QVERIFY2(result.ok() && result.committed, qPrintable(result.problem));
        QCOMPARE(m_git->output({ "log", "-1", "--format=%s" }).trimmed(),
                 QStringLiteral("Acme v1 en: 1 article changed, 1 added, 1 removed, 1 other file "
                                "changed; exported 2026-12-02 04:10 UTC"));
        QCOMPARE(m_git->output({ "diff", "--name-status", "--no-renames", "HEAD~1", "HEAD" }),
                 QStringLiteral("D\tv1/en/01-start.md\nM\tv1/en/02-backup.md\nA\tv1/en/03-new.md\n"
                                "M\tv1/en/images/logo.png\n"));
        // The index and the working tree are what was committed.
        QCOMPARE(m_git->output({ "status", "--porcelain" }), QString());

        result = GitMirror::update(request("second"));
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QVERIFY(!result.committed);
        QCOMPARE(m_git->commitCount(), 2);
    }

    void filesOfTheOwnerOutsideTheFoldersAreNeitherTouchedNorCommitted()
    {
        QVERIFY(GitMirror::update(request("first")).committed);
        QVERIFY(writeFile(m_repository + "/README.md", "Our knowledge base.\n"));
        QVERIFY(writeFile(m_repository + "/.gitignore", "*.tmp\n"));
        QCOMPARE(m_git->run({ "add", ".gitignore" }).exitCode, 0);
        QCOMPARE(m_git->run({ "commit", "-qm", "Ignore temporary files" }).exitCode, 0);
        // Ignored, inside a mirrored folder: the writer's, not the export's.
        QVERIFY(writeFile(m_repository + "/v1/en/notes.tmp", "draft\n"));

        const MirrorResult result = GitMirror::update(request("second"));
        QVERIFY2(result.ok() && result.committed, qPrintable(result.problem));
        QCOMPARE(m_git->output({ "status", "--porcelain" }), QStringLiteral("?? README.md\n"));
        QVERIFY(QFile::exists(m_repository + "/v1/en/notes.tmp"));
        QCOMPARE(m_git->output({ "show", "--name-only", "--format=", "HEAD" })
                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                     .filter(QStringLiteral("README")),
                 QStringList());
    }

    void uncommittedChangesInAMirroredFolderAreRefused()
    {
        QVERIFY(GitMirror::update(request("first")).committed);
        QVERIFY(writeFile(m_repository + "/v1/en/02-backup.md", "My own edit.\n"));
        QVERIFY(writeFile(m_repository + "/v1/en/mine.md", "Untracked.\n"));
        const QMap<QString, QByteArray> before = filesWithHashes(m_repository);

        const MirrorResult result = GitMirror::update(request("second"));
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(QStringLiteral("not committed"))
                     && result.problem.contains(QStringLiteral("v1/en/02-backup.md"))
                     && result.problem.contains(QStringLiteral("v1/en/mine.md")),
                 qPrintable(result.problem));
        QCOMPARE(filesWithHashes(m_repository), before);
        QCOMPARE(m_git->commitCount(), 1);
    }

    void stagedChangesAnywhereAreRefused()
    {
        QVERIFY(GitMirror::update(request("first")).committed);
        QVERIFY(writeFile(m_repository + "/README.md", "Staged, not ours.\n"));
        QCOMPARE(m_git->run({ "add", "README.md" }).exitCode, 0);
        const MirrorResult result = GitMirror::update(request("second"));
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(QStringLiteral("staged"))
                     && result.problem.contains(QStringLiteral("README.md")),
                 qPrintable(result.problem));
        QCOMPARE(m_git->commitCount(), 1);
        QCOMPARE(m_git->output({ "status", "--porcelain" }), QStringLiteral("A  README.md\n"));
    }

    void anotherBranchIsNeverTouched()
    {
        QVERIFY(GitMirror::update(request("first")).committed);
        QCOMPARE(m_git->run({ "switch", "-q", "-c", "feature" }).exitCode, 0);
        MirrorResult result = GitMirror::update(request("second"));
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(QStringLiteral("\"feature\""))
                     && result.problem.contains(QStringLiteral("git switch docs")),
                 qPrintable(result.problem));
        QCOMPARE(m_git->output({ "rev-list", "--count", "docs" }).trimmed(), QStringLiteral("1"));
        QCOMPARE(m_git->output({ "rev-list", "--count", "feature" }).trimmed(),
                 QStringLiteral("1"));

        QCOMPARE(m_git->run({ "switch", "-q", "--detach", "docs" }).exitCode, 0);
        result = GitMirror::update(request("second"));
        QVERIFY2(!result.ok() && result.problem.contains(QStringLiteral("detached")),
                 qPrintable(result.problem));
    }

    void aDamagedArchiveChangesNothing()
    {
        QVERIFY(GitMirror::update(request("first")).committed);
        const QMap<QString, QByteArray> before = filesWithHashes(m_repository);
        QFile damaged(zip("second"));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.resize(damaged.size() / 2);
        damaged.close();
        const MirrorResult result = GitMirror::update(request("second"));
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.startsWith(QStringLiteral("v1 en cannot be mirrored")),
                 qPrintable(result.problem));
        QCOMPARE(filesWithHashes(m_repository), before);
        QCOMPARE(m_git->output({ "status", "--porcelain", "--ignored" }), QString());
        QCOMPARE(m_git->commitCount(), 1);
    }

    void preparingTakesAnExistingRepositorysBranchAndRefusesOthers()
    {
        bool created = true;
        QString problem;
        QString branch;
        QVERIFY2(GitMirror::prepare(m_repository, &branch, &created, &problem),
                 qPrintable(problem));
        QVERIFY(!created);
        QCOMPARE(branch, QStringLiteral("docs"));
        branch = QStringLiteral("main");
        QVERIFY(!GitMirror::prepare(m_repository, &branch, &created, &problem));
        QVERIFY2(problem.contains(QStringLiteral("\"docs\"")), qPrintable(problem));

        const QString notARepository = m_folder->filePath(QStringLiteral("papers"));
        QVERIFY(writeFile(notARepository + "/letter.txt", "Dear reader\n"));
        branch.clear();
        QVERIFY(!GitMirror::prepare(notARepository, &branch, &created, &problem));
        QVERIFY2(problem.contains(QStringLiteral("neither a Git repository nor an empty folder")),
                 qPrintable(problem));
        QCOMPARE(
            QDir(notARepository).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("letter.txt") });

        const QString bare = m_folder->filePath(QStringLiteral("bare.git"));
        QCOMPARE(GitProcess(m_folder->path(), m_folder->path())
                     .run({ "init", "-q", "--bare", bare })
                     .exitCode,
                 0);
        QVERIFY(!GitMirror::prepare(bare, &branch, &created, &problem));
        QVERIFY2(problem.contains(QStringLiteral("bare")), qPrintable(problem));

        branch = QStringLiteral("no..dots");
        QVERIFY(!GitMirror::prepare(m_folder->filePath(QStringLiteral("fresh")), &branch, &created,
                                    &problem));
        QVERIFY2(problem.contains(QStringLiteral("not a branch name")), qPrintable(problem));
        QVERIFY(!QFileInfo::exists(m_folder->filePath(QStringLiteral("fresh"))));
    }

private:
    QString zip(const char *name) const
    {
        return m_folder->filePath(QLatin1String(name) + QStringLiteral(".zip"));
    }

    MirrorRequest request(const char *archive) const
    {
        MirrorRequest made;
        made.repository = m_repository;
        made.branch = QStringLiteral("docs");
        made.projectName = QStringLiteral("Acme");
        made.exportedAt = QDateTime(QDate(2026, 12, 2), QTime(4, 10), Qt::UTC);
        made.sources = { { QStringLiteral("v1/en"), QStringLiteral("v1 en"), zip(archive) } };
        return made;
    }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<GitProcess> m_git;
    QString m_repository;
};

QTEST_GUILESS_MAIN(GitMirrorTest)
#include "tst_git_mirror.moc"
