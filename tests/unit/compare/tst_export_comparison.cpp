// ExportComparison on two real export folders, written the way a
// knowledge base changes between releases: an article edited, one renamed
// (same id, new title and file name), one moved to another folder, one
// added, one deleted, one deleted and another written at its path (two ids:
// never one article), an image changed, one added, one removed. Also an
// export compared with itself (nothing), and articles without ids, matched
// by path and then by title.
#include "core/compare/ExportComparison.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace d360::compare;

namespace {

QByteArray page(const char *id, const char *title, const char *text)
{
    QByteArray bytes;
    if (*id)
        bytes += QByteArray("---\nid: ") + id + "\ntitle: \"" + title + "\"\n---\n";
    return bytes + "# " + title + "\n\n" + text + "\n";
}

bool write(const QString &root, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(root).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

ExportSnapshot snapshotOf(const QString &folder)
{
    QString problem;
    std::optional<ExportSnapshot> snapshot = ExportSnapshot::read(folder, &problem);
    if (!snapshot)
        qFatal("reading %s: %s", qPrintable(folder), qPrintable(problem));
    return *snapshot;
}

const ArticleChange *changeAt(const ExportComparison &comparison, const QString &path)
{
    for (const ArticleChange &change : comparison.articles()) {
        if (change.path() == path)
            return &change;
    }
    return nullptr;
}

} // namespace

class ExportComparisonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReleaseOfChangesIsSortedIntoItsKinds()
    {
        QTemporaryDir before, after;
        QVERIFY(write(before.path(), "01-intro.md", page("a1", "Intro", "Same.")));
        QVERIFY(write(after.path(), "01-intro.md", page("a1", "Intro", "Same.")));
        QVERIFY(write(before.path(), "02-backup.md", page("a2", "Backup", "Old words.")));
        QVERIFY(write(after.path(), "02-backup.md", page("a2", "Backup", "New words here.")));
        QVERIFY(write(before.path(), "03-setup.md", page("a3", "Setup", "Steps.")));
        QVERIFY(write(after.path(), "03-installation.md", page("a3", "Installation", "Steps.")));
        QVERIFY(write(before.path(), "04-faq.md", page("a4", "FAQ", "Answers.")));
        QVERIFY(write(after.path(), "help/04-faq.md", page("a4", "FAQ", "Answers.")));
        QVERIFY(write(after.path(), "05-release-notes.md", page("a5", "Release notes", "4.2")));
        QVERIFY(write(before.path(), "06-legacy.md", page("a6", "Legacy", "Gone soon.")));
        QVERIFY(write(before.path(), "07-api.md", page("a7", "API", "Old API.")));
        QVERIFY(write(after.path(), "07-api.md", page("a8", "API", "New API.")));
        QVERIFY(write(before.path(), "images/a.png", "png-a"));
        QVERIFY(write(after.path(), "images/a.png", "png-a2"));
        QVERIFY(write(after.path(), "images/b.png", "png-b"));
        QVERIFY(write(before.path(), "images/c.png", "png-c"));
        QVERIFY(write(before.path(), "images/d.png", "png-d"));
        QVERIFY(write(after.path(), "images/d.png", "png-d"));

        const ExportComparison comparison
            = ExportComparison::compare(snapshotOf(before.path()), snapshotOf(after.path()));
        QVERIFY(!comparison.isSame());
        QVERIFY(comparison.matchedByIdOnly());
        QCOMPARE(comparison.unchangedArticles(), 1);

        const ArticleChange *edited = changeAt(comparison, "02-backup.md");
        QVERIFY(edited && edited->edited && !edited->moved && !edited->renamed);
        const ArticleChange *renamed = changeAt(comparison, "03-installation.md");
        QVERIFY(renamed && renamed->renamed && renamed->moved && !renamed->edited);
        QCOMPARE(renamed->before->path, QStringLiteral("03-setup.md"));
        const ArticleChange *moved = changeAt(comparison, "help/04-faq.md");
        QVERIFY(moved && moved->moved && !moved->renamed && !moved->edited);
        const ArticleChange *added = changeAt(comparison, "05-release-notes.md");
        QVERIFY(added && added->isAdded());
        const ArticleChange *removed = changeAt(comparison, "06-legacy.md");
        QVERIFY(removed && removed->isRemoved());
        // One path, two ids: one article removed and another added there.
        int atApi = 0;
        for (const ArticleChange &change : comparison.articles())
            atApi += change.path() == QLatin1String("07-api.md");
        QCOMPARE(atApi, 2);
        QCOMPARE(comparison.addedCount(), 2);
        QCOMPARE(comparison.removedCount(), 2);
        QCOMPARE(comparison.editedCount(), 1);
        QCOMPARE(comparison.movedCount(), 2);
        QCOMPARE(comparison.articles().size(), 7);

        QCOMPARE(comparison.files().size(), 3);
        QCOMPARE(comparison.files().at(0).path(), QStringLiteral("images/a.png"));
        QCOMPARE(comparison.files().at(0).kind, FileChange::Kind::Changed);
        QCOMPARE(comparison.files().at(1).path(), QStringLiteral("images/b.png"));
        QCOMPARE(comparison.files().at(1).kind, FileChange::Kind::Added);
        QCOMPARE(comparison.files().at(2).path(), QStringLiteral("images/c.png"));
        QCOMPARE(comparison.files().at(2).kind, FileChange::Kind::Removed);
    }

    void anExportComparedWithItselfIsTheSame()
    {
        QTemporaryDir folder;
        QVERIFY(write(folder.path(), "01-intro.md", page("a1", "Intro", "Text.")));
        QVERIFY(write(folder.path(), "images/a.png", "png"));
        const ExportSnapshot snapshot = snapshotOf(folder.path());
        const ExportComparison comparison = ExportComparison::compare(snapshot, snapshot);
        QVERIFY(comparison.isSame());
        QCOMPARE(comparison.unchangedArticles(), 1);
    }

    void withoutIdsArticlesAreMatchedByPathThenTitle()
    {
        QTemporaryDir before, after;
        QVERIFY(write(before.path(), "01-intro.md", page("", "Intro", "Old.")));
        QVERIFY(write(after.path(), "01-intro.md", page("", "Intro", "New.")));
        QVERIFY(write(before.path(), "02-setup.md", page("", "Setup", "Steps.")));
        QVERIFY(write(after.path(), "guides/02-setup.md", page("", "Setup", "Steps.")));
        const ExportComparison comparison
            = ExportComparison::compare(snapshotOf(before.path()), snapshotOf(after.path()));
        QVERIFY(!comparison.matchedByIdOnly());
        QCOMPARE(comparison.articles().size(), 2);
        QVERIFY(changeAt(comparison, "01-intro.md")->edited);
        QVERIFY(changeAt(comparison, "guides/02-setup.md")->moved);
        QCOMPARE(comparison.addedCount(), 0);
        QCOMPARE(comparison.removedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ExportComparisonTest)
#include "tst_export_comparison.moc"
