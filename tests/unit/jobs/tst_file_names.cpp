// File names of exports: every sanitising rule on its own (data-driven), the
// template's placeholders, numbered names that never replace a file (nor a
// symlink), and each job's own part name.
#include "core/jobs/FileNameSanitizer.h"
#include "core/jobs/FileNameTemplate.h"
#include "core/jobs/OutputFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace d360::jobs;

namespace {

qsizetype utf8Bytes(const QString &text)
{
    return text.toUtf8().size();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    file.write(content);
}

} // namespace

class FileNamesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain name is kept") << "Guide-v1-en.pdf"
                                            << "Guide-v1-en.pdf";
        QTest::newRow("slash") << "Guide 2024/25.pdf"
                               << "Guide 2024_25.pdf";
        QTest::newRow("backslash") << "a\\b.pdf"
                                   << "a_b.pdf";
        QTest::newRow("less than") << "a<b.pdf"
                                   << "a_b.pdf";
        QTest::newRow("greater than") << "a>b.pdf"
                                      << "a_b.pdf";
        QTest::newRow("colon") << "Guide: intro.pdf"
                               << "Guide_ intro.pdf";
        QTest::newRow("double quote") << "the \"best\".pdf"
                                      << "the _best_.pdf";
        QTest::newRow("pipe") << "a|b.pdf"
                              << "a_b.pdf";
        QTest::newRow("question mark") << "why?.pdf"
                                       << "why_.pdf";
        QTest::newRow("asterisk") << "*.pdf"
                                  << "_.pdf";
        QTest::newRow("tab and newline") << "a\tb\nc.pdf"
                                         << "a_b_c.pdf";
        QTest::newRow("NUL") << QString::fromUtf8("a\0b.pdf", 7) << "a_b.pdf";
        QTest::newRow("DEL") << QString::fromUtf8("a\x7f"
                                                  "b.pdf")
                             << "a_b.pdf";
        QTest::newRow("C1 control") << QString::fromUtf16(u"a\u0085b.pdf") << "a_b.pdf";
        QTest::newRow("lone surrogate")
            << QString::fromUtf16(u"a") + QChar(0xd800) + QString::fromUtf16(u"b.pdf") << "a_b.pdf";
        QTest::newRow("path traversal") << "../../etc/passwd"
                                        << "_.._etc_passwd";
        QTest::newRow("trailing dot") << "Guide."
                                      << "Guide";
        QTest::newRow("trailing dots and spaces") << "Guide . . "
                                                  << "Guide";
        QTest::newRow("leading dot (hidden on Unix)") << ".profile"
                                                      << "profile";
        QTest::newRow("leading spaces") << "  Guide.pdf"
                                        << "Guide.pdf";
        QTest::newRow("only dots") << "..."
                                   << "export";
        QTest::newRow("empty") << ""
                               << "export";
        QTest::newRow("CON") << "CON"
                             << "_CON";
        QTest::newRow("con.pdf, any case") << "con.pdf"
                                           << "_con.pdf";
        QTest::newRow("PRN.txt") << "PRN.txt"
                                 << "_PRN.txt";
        QTest::newRow("AUX") << "AUX"
                             << "_AUX";
        QTest::newRow("NUL.tar.gz") << "NUL.tar.gz"
                                    << "_NUL.tar.gz";
        QTest::newRow("COM1") << "COM1.pdf"
                              << "_COM1.pdf";
        QTest::newRow("COM9") << "com9"
                              << "_com9";
        QTest::newRow("LPT1") << "LPT1.zip"
                              << "_LPT1.zip";
        QTest::newRow("LPT9") << "lpt9.pdf"
                              << "_lpt9.pdf";
        QTest::newRow("reserved with a space before the dot") << "CON .pdf"
                                                              << "_CON .pdf";
        QTest::newRow("reserved after trimming") << "CON."
                                                 << "_CON";
        QTest::newRow("not reserved: CONSOLE") << "CONSOLE.pdf"
                                               << "CONSOLE.pdf";
        QTest::newRow("not reserved: COM10") << "COM10.pdf"
                                             << "COM10.pdf";
        QTest::newRow("not reserved: inside a name") << "Guide-CON-en.pdf"
                                                     << "Guide-CON-en.pdf";
        QTest::newRow("Unicode kept") << "Руководство-日本語-عربي.pdf"
                                      << "Руководство-日本語-عربي.pdf";
        QTest::newRow("NFC") << QString::fromUtf16(u"Cafe\u0301.pdf")
                             << QString::fromUtf16(u"Caf\u00e9.pdf");
        // Bidi controls make a name read as another ("exe.png" for
        // "gnp.exe"): they go, the letters stay.
        QTest::newRow("right-to-left override")
            << QString::fromUtf16(u"report\u202Egnp.exe.pdf") << "reportgnp.exe.pdf";
        QTest::newRow("every bidi control") << QString::fromUtf16(
            u"a\u061Cb\u200Ec\u200Fd\u202Ae\u202Bf\u202Cg\u202Dh\u2066i\u2067j\u2068k\u2069l.pdf")
                                            << "abcdefghijkl.pdf";
        QTest::newRow("bidi control at the end, before trimming")
            << QString::fromUtf16(u"Guide.\u202C") << "Guide";
        QTest::newRow("Arabic letters are not controls") << "عربي.pdf"
                                                         << "عربي.pdf";
    }

    void sanitises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(sanitizeFileName(input), expected);
    }

    void windowsPathProblems_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("refused");
        QTest::newRow("plain") << "docs/guide/intro.md" << false;
        QTest::newRow("dots inside") << "docs/v1.2/intro.md" << false;
        QTest::newRow("part ends in a dot") << "docs./intro.md" << true;
        QTest::newRow("name ends in a dot") << "docs/intro." << true;
        QTest::newRow("part ends in a space") << "docs /intro.md" << true;
        QTest::newRow("name ends in a space") << "docs/intro.md " << true;
        QTest::newRow("colon (an alternate data stream)") << "docs/intro.md:hidden" << true;
        QTest::newRow("drive letter") << "C:/intro.md" << true;
        QTest::newRow("CON") << "docs/CON" << true;
        QTest::newRow("con.md, any case") << "con.md" << true;
        QTest::newRow("nul.tar.gz") << "assets/nul.tar.gz" << true;
        QTest::newRow("AUX as a folder") << "AUX/readme.md" << true;
        QTest::newRow("PRN") << "prn.txt" << true;
        QTest::newRow("COM1") << "COM1.md" << true;
        QTest::newRow("LPT9") << "a/lpt9" << true;
        QTest::newRow("CON with a space before the dot") << "CON .md" << true;
        QTest::newRow("not reserved: CONSOLE") << "CONSOLE.md" << false;
        QTest::newRow("not reserved: COM10") << "COM10.md" << false;
        QTest::newRow("backslashes are separators") << "docs\\CON\\intro.md" << true;
    }

    void windowsPathProblems()
    {
        QFETCH(QString, path);
        QFETCH(bool, refused);
        const QString problem = windowsPathProblem(path);
        QVERIFY2(problem.isEmpty() != refused, qPrintable(path + QStringLiteral(": ") + problem));
    }

    void capsLengthAtACharacterKeepingTheExtension_data()
    {
        QTest::addColumn<QString>("unit"); // repeated to make a long name
        QTest::addColumn<int>("maxBytes");
        QTest::newRow("ASCII") << "a" << 255;
        QTest::newRow("two-byte Cyrillic") << "ж" << 255;
        QTest::newRow("three-byte CJK") << "語" << 255;
        QTest::newRow("four-byte emoji") << "😀" << 255;
        QTest::newRow("combining accent (one grapheme, three bytes)")
            << QString::fromUtf16(u"q\u0301") << 255;
        QTest::newRow("planned names leave room for .part") << "語" << int(maxPlannedFileNameBytes);
    }

    void capsLengthAtACharacterKeepingTheExtension()
    {
        QFETCH(QString, unit);
        QFETCH(int, maxBytes);
        const QString name = unit.repeated(400) + QStringLiteral(".pdf");
        const QString result = sanitizeFileName(name, maxBytes);
        QVERIFY2(utf8Bytes(result) <= maxBytes, qPrintable(QString::number(utf8Bytes(result))));
        QVERIFY2(utf8Bytes(result) > maxBytes - 8, "cut far more than needed");
        QVERIFY(result.endsWith(QLatin1String(".pdf")));
        // Whole characters only: the stem is a repetition of the unit.
        const QString stem = result.chopped(4);
        QCOMPARE(stem.size() % unit.size(), 0);
        QCOMPARE(stem, unit.repeated(stem.size() / unit.size()));
        QCOMPARE(QString::fromUtf8(result.toUtf8()), result);
    }

    void aLongNameWithoutExtensionIsCutToo()
    {
        const QString result = sanitizeFileName(QStringLiteral("x").repeated(300));
        QCOMPARE(utf8Bytes(result), 255);
    }

    void aCutNeverSplitsACharacter()
    {
        // Found by tests/fuzz/fuzz_file_name: Qt's grapheme finder put a
        // boundary inside a surrogate pair of this text, each half counted
        // one byte, and the name came out 129 bytes long for a limit of 127.
        const QString text = QString::fromUtf8(
            QByteArray::fromHex("80808df09fa3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3eaa3"
                                "a3a3a3a3a3a3a3a3a3a392bbf09f91a9808d009f92e2f00000f8bbe2808df09f"
                                "92bbf09f91a9e2808d7d802e5c972965cc7b70726f6a6563745f69647d80cc81"
                                "74"));
        const QString name = sanitizeFileName(text, 127);
        QVERIFY2(name.toUtf8().size() <= 127, qPrintable(QString::number(name.toUtf8().size())));
        QCOMPARE(QString::fromUtf8(name.toUtf8()), name); // no half a character
        QVERIFY(truncateToUtf8Bytes(text, 127).toUtf8().size() <= 127);
    }

    void templateDefaultPattern()
    {
        FileNameFields fields;
        fields.project = QStringLiteral("Acme Docs");
        fields.version = QStringLiteral("v2.0");
        fields.lang = QStringLiteral("de");
        fields.ext = QStringLiteral("pdf");
        QCOMPARE(FileNameTemplate().expand(fields, 255), QStringLiteral("Acme Docs-v2.0-de.pdf"));
    }

    void templateValuesCannotMakeFolders()
    {
        FileNameFields fields;
        fields.project = QStringLiteral("../../etc");
        fields.version = QStringLiteral("2024/25");
        fields.lang = QStringLiteral("zh-CN");
        fields.ext = QStringLiteral("zip");
        const QString name = FileNameTemplate().expand(fields, 255);
        QVERIFY(!name.contains(QLatin1Char('/')));
        QVERIFY(!name.contains(QLatin1Char('\\')));
        QCOMPARE(name, QStringLiteral("_.._etc-2024_25-zh-CN.zip"));
    }

    void templateEveryPlaceholder()
    {
        FileNameFields fields { QStringLiteral("P"),        QStringLiteral("pid"),
                                QStringLiteral("V"),        QStringLiteral("vid"),
                                QStringLiteral("fr"),       QStringLiteral("French"),
                                QStringLiteral("markdown"), QStringLiteral("zip"),
                                QDate(2025, 6, 15) };
        const FileNameTemplate pattern(
            QStringLiteral("{project}_{project_id}_{version}_{version_id}_{lang}_{language}_{"
                           "format}_{date}.{ext}"));
        QVERIFY(pattern.isValid());
        QCOMPARE(pattern.expand(fields, 255),
                 QStringLiteral("P_pid_V_vid_fr_French_markdown_2025-06-15.zip"));
    }

    void templateRefusesUnknownPlaceholdersAndBraces_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("unknown") << "{project}-{colour}.{ext}";
        QTest::newRow("unclosed") << "{project.{ext}";
        QTest::newRow("stray close") << "project}.{ext}";
        QTest::newRow("empty") << "  ";
        // Not a subfolder, and not silently "_" either.
        QTest::newRow("slash") << "{project}/{lang}.{ext}";
        QTest::newRow("backslash") << "{project}\\{lang}.{ext}";
    }

    void templateRefusesUnknownPlaceholdersAndBraces()
    {
        QFETCH(QString, pattern);
        QString problem;
        QVERIFY(!FileNameTemplate(pattern).isValid(&problem));
        QVERIFY(!problem.isEmpty());
    }

    void aJobsNameDependsOnItselfAlone_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<QString>("name");
        const QString standard = FileNameTemplate::defaultPattern();
        QTest::newRow("pdf") << standard << "pdf"
                             << "pdf"
                             << "Acme Docs-v2.0-de.pdf";
        // A ZIP always names its format: HTML and Markdown never collide,
        // whether or not the other was ticked too.
        QTest::newRow("html") << standard << "html"
                              << "zip"
                              << "Acme Docs-v2.0-de-html.zip";
        QTest::newRow("markdown") << standard << "markdown"
                                  << "zip"
                                  << "Acme Docs-v2.0-de-markdown.zip";
        QTest::newRow("format named") << "{format}_{lang}.{ext}"
                                      << "html"
                                      << "zip"
                                      << "html_de.zip";
        // Without {ext}, the extension is added rather than left off.
        QTest::newRow("no ext, pdf") << "{project} {lang}"
                                     << "pdf"
                                     << "pdf"
                                     << "Acme Docs de.pdf";
        QTest::newRow("no ext, zip") << "{project} {lang}"
                                     << "markdown"
                                     << "zip"
                                     << "Acme Docs de-markdown.zip";
        QTest::newRow("ext inside") << "{lang}.{ext}.backup"
                                    << "html"
                                    << "zip"
                                    << "de-html.zip.backup";
    }

    void aJobsNameDependsOnItselfAlone()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, format);
        QFETCH(QString, ext);
        QFETCH(QString, name);
        FileNameFields fields;
        fields.project = QStringLiteral("Acme Docs");
        fields.version = QStringLiteral("v2.0");
        fields.lang = QStringLiteral("de");
        fields.format = format;
        fields.ext = ext;
        QCOMPARE(FileNameTemplate(pattern).nameFor(fields, 255), name);
    }

    void numberedNames()
    {
        QCOMPARE(numberedFileName(QStringLiteral("Guide.pdf"), 1), QStringLiteral("Guide.pdf"));
        QCOMPARE(numberedFileName(QStringLiteral("Guide.pdf"), 2), QStringLiteral("Guide (2).pdf"));
        QCOMPARE(numberedFileName(QStringLiteral("Guide"), 12), QStringLiteral("Guide (12)"));
        // A folder's dots are part of its name: "Guide-v1.0-en (2)", not
        // "Guide-v1 (2).0-en".
        QCOMPARE(numberedFileName(QStringLiteral("Guide-v1.0-en"), 2, 255, NameKind::Folder),
                 QStringLiteral("Guide-v1.0-en (2)"));
        const QString longName
            = QStringLiteral("語").repeated(83) + QStringLiteral(".pdf"); // 253 bytes
        const QString numbered = numberedFileName(longName, 1234, 255);
        QVERIFY(utf8Bytes(numbered) <= 255);
        QVERIFY(numbered.endsWith(QLatin1String(" (1234).pdf")));
    }

    void eachJobHasItsOwnPartName()
    {
        const QUuid job = QUuid::fromString(QStringLiteral("0123abcd-0000-4000-8000-000000000000"));
        QCOMPARE(partPathFor(QStringLiteral("/out/Guide.pdf"), job),
                 QStringLiteral("/out/Guide.pdf.0123abcd.part"));
        QVERIFY(partPathFor(QStringLiteral("/out/Guide.pdf"), QUuid::createUuid())
                != partPathFor(QStringLiteral("/out/Guide.pdf"), QUuid::createUuid()));
    }

    void firstFreePathSkipsFilesSymlinksAndPartFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("Guide.pdf")), "first");
        writeFile(dir.filePath(QStringLiteral("Guide (2).pdf.0123abcd.part")), "half");
        writeFile(dir.filePath(QStringLiteral("Guide (3).pdf.part")),
                  "half, from an older queue file");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")),
                            dir.filePath(QStringLiteral("Guide (4).pdf"))));
        writeFile(dir.filePath(QStringLiteral("Guide (5).pdf.notes")), "unrelated");
        QCOMPARE(firstFreePath(dir.path(), QStringLiteral("Guide.pdf")),
                 dir.filePath(QStringLiteral("Guide (5).pdf")));
        QCOMPARE(firstFreePath(dir.path(), QStringLiteral("Other.pdf")),
                 dir.filePath(QStringLiteral("Other.pdf")));
        const auto claimedByAnotherJob = [&](const QString &path) {
            return pathOrPartExists(path) || path == dir.filePath(QStringLiteral("Guide (5).pdf"));
        };
        QCOMPARE(firstFreePath(dir.path(), QStringLiteral("Guide.pdf"), claimedByAnotherJob),
                 dir.filePath(QStringLiteral("Guide (6).pdf")));
        QCOMPARE(partPathsOf(dir.filePath(QStringLiteral("Guide (2).pdf"))),
                 QStringList { dir.filePath(QStringLiteral("Guide (2).pdf.0123abcd.part")) });
    }
};

QTEST_GUILESS_MAIN(FileNamesTest)
#include "tst_file_names.moc"
