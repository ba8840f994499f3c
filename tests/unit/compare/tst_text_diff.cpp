// The diff engine judged by git itself: for each pair of texts (a paragraph
// edited, lines added, lines removed, a last line without its line break,
// Chinese, Japanese and Arabic, an empty side, the same text twice) both are
// written to files and the real `git diff --no-index --patience` and its
// `--word-diff=porcelain` run on them. The unified diff from its first "@@"
// on, the hunks read back as data and the word counts must all be git's;
// the counts are also written down by hand, so git and the engine cannot
// agree on something nobody meant. Everything else git prints (the "index"
// line) differs by design and is not compared.
#include "core/compare/TextDiff.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace d360::compare;

namespace {

struct GitOutput
{
    int exitCode = -1;
    QByteArray printed;
    QString failure;
};

const QByteArray releaseNotesBefore
    = "# Exporting a project\n"
      "\n"
      "Open the Export tab and choose the versions and languages you need.\n"
      "The export takes five minutes for a project of a thousand articles.\n"
      "When it is done, the files are in the folder you chose.\n"
      "\n"
      "## Formats\n"
      "\n"
      "Markdown keeps the articles as their writers typed them.\n"
      "HTML keeps the look of the knowledge base.\n"
      "PDF is for reading offline.\n";

// git's whitespace, as the engine splits words.
QList<QByteArray> wordsOf(const QByteArray &text)
{
    QList<QByteArray> words;
    QByteArray word;
    for (const char byte : text) {
        if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r') {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
        } else {
            word.append(byte);
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QByteArray fromFirstHunk(const QByteArray &printed)
{
    if (printed.startsWith("@@"))
        return printed;
    const qsizetype at = printed.indexOf("\n@@");
    return at < 0 ? QByteArray() : printed.mid(at + 1);
}

// The hunks as the engine returns them, printed the way git prints them.
QByteArray printedHunks(const QList<DiffHunk> &hunks)
{
    QByteArray printed;
    for (const DiffHunk &hunk : hunks) {
        printed += hunk.header.toUtf8() + '\n';
        for (const DiffLine &line : hunk.lines) {
            printed += char(line.origin) + line.text.toUtf8() + '\n';
            if (line.missingFinalNewline)
                printed += "\\ No newline at end of file\n";
        }
    }
    return printed;
}

} // namespace

class TextDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreesWithGit_data();
    void agreesWithGit();
    void sameTextHasNoChanges();
    void lineWithoutBreakIsMarkedOnItsSide();
    void comparesOnManyThreadsAtOnce();

private:
    GitOutput runGit(const QStringList &arguments);
    bool writeFile(const QString &name, const QByteArray &bytes);

    QString gitProgram;
    QTemporaryDir folder;
};

void TextDiffTest::initTestCase()
{
    QVERIFY2(folder.isValid(), qPrintable(folder.errorString()));
    gitProgram = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (gitProgram.isEmpty())
        QFAIL("git is not on PATH: the diffs are judged by the real `git diff --no-index`; "
              "install git (installer/install-deps.sh lists it)");
}

GitOutput TextDiffTest::runGit(const QStringList &arguments)
{
    GitOutput output;
    QProcess git;
    // No configuration of this machine's user may change what git prints.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    environment.insert(QStringLiteral("HOME"), folder.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    git.setProcessEnvironment(environment);
    git.setWorkingDirectory(folder.path());
    git.start(gitProgram,
              QStringList { QStringLiteral("diff"), QStringLiteral("--no-index"),
                            QStringLiteral("--no-color"), QStringLiteral("--no-ext-diff"),
                            QStringLiteral("--patience"), QStringLiteral("--indent-heuristic") }
                  + arguments);
    if (!git.waitForFinished(30000) || git.exitStatus() != QProcess::NormalExit) {
        output.failure = QStringLiteral("git did not finish: %1").arg(git.errorString());
        return output;
    }
    output.exitCode = git.exitCode();
    output.printed = git.readAllStandardOutput();
    const QByteArray errors = git.readAllStandardError();
    if (output.exitCode > 1)
        output.failure = QStringLiteral("git failed (%1): %2")
                             .arg(output.exitCode)
                             .arg(QString::fromUtf8(errors));
    return output;
}

bool TextDiffTest::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(folder.filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size() && file.flush();
}

void TextDiffTest::agreesWithGit_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<int>("wordsAdded");
    QTest::addColumn<int>("wordsRemoved");

    QByteArray edited = releaseNotesBefore;
    edited.replace("The export takes five minutes", "The export takes about two minutes");
    QTest::newRow("a sentence edited in a paragraph") << releaseNotesBefore << edited << 2 << 1;

    QByteArray added = releaseNotesBefore;
    added.replace("PDF is for reading offline.\n",
                  "PDF is for reading offline.\n"
                  "\n"
                  "## Languages\n"
                  "\n"
                  "Every language of a version is exported on its own.\n");
    QTest::newRow("lines added at the end") << releaseNotesBefore << added << 12 << 0;

    QByteArray removed = releaseNotesBefore;
    removed.replace("When it is done, the files are in the folder you chose.\n", "");
    removed.replace("HTML keeps the look of the knowledge base.\n", "");
    QTest::newRow("lines removed in two places") << releaseNotesBefore << removed << 0 << 20;

    QByteArray rewritten = releaseNotesBefore;
    rewritten.replace("Open the Export tab and choose the versions and languages you need.\n"
                      "The export takes five minutes for a project of a thousand articles.\n",
                      "Choose the versions and languages you need in the Export tab,\n"
                      "then press Export.\n");
    QTest::newRow("two lines rewritten as two others")
        << releaseNotesBefore << rewritten << 9 << 19;

    QByteArray withoutBreak = releaseNotesBefore;
    withoutBreak.chop(1);
    QTest::newRow("new text loses its final line break")
        << releaseNotesBefore << withoutBreak << 0 << 0;
    QByteArray withoutBreakEdited = withoutBreak;
    withoutBreakEdited.replace("for reading offline.", "for reading and printing.");
    QTest::newRow("neither ends with a line break, last line edited")
        << withoutBreak << withoutBreakEdited << 2 << 1;
    QTest::newRow("old text gains a final line break")
        << withoutBreak << releaseNotesBefore << 0 << 0;

    // Where patience and git's default (Myers) part ways: Myers lines up the
    // braces of two unrelated functions, patience keeps frobnitz() whole.
    const QByteArray codeBefore = "# Frobnitz\n"
                                  "\n"
                                  "```c\n"
                                  "#include <stdio.h>\n"
                                  "\n"
                                  "// Frobs foo heartily\n"
                                  "int frobnitz(int foo)\n"
                                  "{\n"
                                  "    int i;\n"
                                  "    for(i = 0; i < 10; i++)\n"
                                  "    {\n"
                                  "        printf(\"Your answer is: \");\n"
                                  "        printf(\"%d\\n\", foo);\n"
                                  "    }\n"
                                  "}\n"
                                  "\n"
                                  "int fact(int n)\n"
                                  "{\n"
                                  "    if(n > 1)\n"
                                  "    {\n"
                                  "        return fact(n-1) * n;\n"
                                  "    }\n"
                                  "    return 1;\n"
                                  "}\n"
                                  "\n"
                                  "int main(int argc, char **argv)\n"
                                  "{\n"
                                  "    frobnitz(fact(10));\n"
                                  "}\n"
                                  "```\n";
    const QByteArray codeAfter = "# Frobnitz\n"
                                 "\n"
                                 "```c\n"
                                 "#include <stdio.h>\n"
                                 "\n"
                                 "int fib(int n)\n"
                                 "{\n"
                                 "    if(n > 2)\n"
                                 "    {\n"
                                 "        return fib(n-1) + fib(n-2);\n"
                                 "    }\n"
                                 "    return 1;\n"
                                 "}\n"
                                 "\n"
                                 "// Frobs foo heartily\n"
                                 "int frobnitz(int foo)\n"
                                 "{\n"
                                 "    int i;\n"
                                 "    for(i = 0; i < 10; i++)\n"
                                 "    {\n"
                                 "        printf(\"%d\\n\", foo);\n"
                                 "    }\n"
                                 "}\n"
                                 "\n"
                                 "int main(int argc, char **argv)\n"
                                 "{\n"
                                 "    frobnitz(fib(10));\n"
                                 "}\n"
                                 "```\n";
    QTest::newRow("a code block reordered, where patience differs from Myers")
        << codeBefore << codeAfter << 17 << 21;

    const QByteArray chineseBefore = QStringLiteral("# 导出项目\n"
                                                    "\n"
                                                    "打开导出选项卡，选择所需的版本和语言。\n"
                                                    "导出 一千篇 文章 需要 五分钟。\n")
                                         .toUtf8();
    const QByteArray chineseAfter = QStringLiteral("# 导出项目\n"
                                                   "\n"
                                                   "打开导出选项卡，选择所需的版本和语言。\n"
                                                   "导出 一千篇 文章 需要 两分钟。\n"
                                                   "完成后，文件位于您选择的文件夹中。\n")
                                        .toUtf8();
    QTest::newRow("Chinese, a word changed and a line added")
        << chineseBefore << chineseAfter << 2 << 1;

    const QByteArray japaneseBefore
        = QStringLiteral("エクスポートには\u3000五分\u3000かかります。\n").toUtf8();
    const QByteArray japaneseAfter
        = QStringLiteral("エクスポートには\u3000二分\u3000かかります。\n").toUtf8();
    // The ideographic space is not whitespace to git: the line is one word.
    QTest::newRow("Japanese, ideographic spaces are inside the word")
        << japaneseBefore << japaneseAfter << 1 << 1;

    const QByteArray arabicBefore = QStringLiteral("# تصدير مشروع\n"
                                                   "\n"
                                                   "افتح علامة التبويب تصدير واختر الإصدارات.\n"
                                                   "يستغرق التصدير خمس دقائق.\n")
                                        .toUtf8();
    const QByteArray arabicAfter
        = QStringLiteral("# تصدير مشروع\n"
                         "\n"
                         "افتح علامة التبويب تصدير واختر الإصدارات واللغات.\n"
                         "يستغرق التصدير خمس دقائق.\n")
              .toUtf8();
    QTest::newRow("Arabic, a word replaced") << arabicBefore << arabicAfter << 2 << 1;

    QTest::newRow("old text is empty") << QByteArray() << releaseNotesBefore << 64 << 0;
    QTest::newRow("new text is empty") << releaseNotesBefore << QByteArray() << 0 << 64;
}

void TextDiffTest::agreesWithGit()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(int, wordsAdded);
    QFETCH(int, wordsRemoved);

    const QString oldName = QStringLiteral("old.md");
    const QString newName = QStringLiteral("new.md");
    QVERIFY(writeFile(oldName, oldText));
    QVERIFY(writeFile(newName, newText));

    const GitOutput lines = runGit({ oldName, newName });
    QVERIFY2(lines.failure.isEmpty(), qPrintable(lines.failure));
    QCOMPARE(lines.exitCode, 1);
    const GitOutput words = runGit({ QStringLiteral("--word-diff=porcelain"), oldName, newName });
    QVERIFY2(words.failure.isEmpty(), qPrintable(words.failure));

    const TextDiffResult diff = TextDiff::compare(oldText, oldName, newText, newName);
    QVERIFY2(diff.failure.isEmpty(), qPrintable(diff.failure));
    QVERIFY(!diff.identical());

    const QByteArray gitHunks = fromFirstHunk(lines.printed);
    QVERIFY2(!gitHunks.isEmpty(), lines.printed.constData());
    QCOMPARE(fromFirstHunk(diff.unifiedDiff.toUtf8()), gitHunks);
    QCOMPARE(printedHunks(diff.hunks), gitHunks);
    QVERIFY(diff.unifiedDiff.startsWith(QStringLiteral("diff --git a/old.md b/new.md\n")));

    // The hunks' numbers are git's too, read from its "@@ -a,b +c,d @@" lines.
    static const QRegularExpression hunkLine(
        QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@"),
        QRegularExpression::MultilineOption);
    QList<QList<int>> gitNumbers;
    for (auto match = hunkLine.globalMatch(QString::fromUtf8(gitHunks)); match.hasNext();) {
        const QRegularExpressionMatch hunk = match.next();
        const auto count = [&](int group) {
            return hunk.captured(group).isEmpty() ? 1 : hunk.captured(group).toInt();
        };
        gitNumbers.append(
            { hunk.captured(1).toInt(), count(2), hunk.captured(3).toInt(), count(4) });
    }
    QList<QList<int>> numbers;
    for (const DiffHunk &hunk : diff.hunks)
        numbers.append({ hunk.oldStart, hunk.oldCount, hunk.newStart, hunk.newCount });
    QCOMPARE(numbers, gitNumbers);

    int gitAdded = 0;
    int gitRemoved = 0;
    for (const QByteArray &line : fromFirstHunk(words.printed).split('\n')) {
        if (line.startsWith('+'))
            gitAdded += int(wordsOf(line.mid(1)).size());
        else if (line.startsWith('-'))
            gitRemoved += int(wordsOf(line.mid(1)).size());
    }
    QCOMPARE(gitAdded, wordsAdded);
    QCOMPARE(gitRemoved, wordsRemoved);
    QCOMPARE(diff.wordsAdded, wordsAdded);
    QCOMPARE(diff.wordsRemoved, wordsRemoved);
}

void TextDiffTest::sameTextHasNoChanges()
{
    QVERIFY(writeFile(QStringLiteral("same-old.md"), releaseNotesBefore));
    QVERIFY(writeFile(QStringLiteral("same-new.md"), releaseNotesBefore));
    const GitOutput git = runGit({ QStringLiteral("same-old.md"), QStringLiteral("same-new.md") });
    QVERIFY2(git.failure.isEmpty(), qPrintable(git.failure));
    QCOMPARE(git.exitCode, 0);
    QVERIFY(git.printed.isEmpty());

    const TextDiffResult diff = TextDiff::compare(releaseNotesBefore, QStringLiteral("a.md"),
                                                  releaseNotesBefore, QStringLiteral("b.md"));
    QVERIFY(diff.identical());
    QVERIFY(diff.unifiedDiff.isEmpty());
    QCOMPARE(diff.wordsAdded, 0);
    QCOMPARE(diff.wordsRemoved, 0);

    const TextDiffResult empty = TextDiff::compare(QByteArray(), QStringLiteral("a.md"),
                                                   QByteArray(), QStringLiteral("a.md"));
    QVERIFY(empty.identical());
}

void TextDiffTest::lineWithoutBreakIsMarkedOnItsSide()
{
    QByteArray withoutBreak = releaseNotesBefore;
    withoutBreak.chop(1);
    const TextDiffResult diff = TextDiff::compare(releaseNotesBefore, QStringLiteral("a.md"),
                                                  withoutBreak, QStringLiteral("a.md"));
    QCOMPARE(diff.hunks.size(), 1);
    const QList<DiffLine> &lines = diff.hunks.first().lines;
    QCOMPARE(lines.size(), 5);
    const DiffLine &removed = lines.at(3);
    const DiffLine &added = lines.at(4);
    QCOMPARE(removed.origin, DiffLine::Origin::Removed);
    QCOMPARE(removed.text, QStringLiteral("PDF is for reading offline."));
    QCOMPARE(removed.oldNumber, 11);
    QCOMPARE(removed.newNumber, 0);
    QVERIFY(!removed.missingFinalNewline);
    QCOMPARE(added.origin, DiffLine::Origin::Added);
    QCOMPARE(added.text, removed.text);
    QCOMPARE(added.newNumber, 11);
    QVERIFY(added.missingFinalNewline);
}

void TextDiffTest::comparesOnManyThreadsAtOnce()
{
    QByteArray edited = releaseNotesBefore;
    edited.replace("Markdown keeps", "Markdown always keeps");
    const TextDiffResult expected = TextDiff::compare(releaseNotesBefore, QStringLiteral("a.md"),
                                                      edited, QStringLiteral("a.md"));
    QCOMPARE(expected.wordsAdded, 1);

    const QList<int> runs { 0, 1, 2, 3, 4, 5, 6, 7 };
    const QList<QString> printed = QtConcurrent::blockingMapped(runs, [&](int) {
        return TextDiff::compare(releaseNotesBefore, QStringLiteral("a.md"), edited,
                                 QStringLiteral("a.md"))
            .unifiedDiff;
    });
    for (const QString &each : printed)
        QCOMPARE(each, expected.unifiedDiff);
}

QTEST_GUILESS_MAIN(TextDiffTest)
#include "tst_text_diff.moc"
