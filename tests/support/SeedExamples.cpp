// See SeedExamples.h. The page is text copied from a browser, JSON blocks
// between prose; a block is a '{' at the start of a line up to its matching
// brace (braces inside strings do not count).
#include "support/SeedExamples.h"

#include <QFile>
#include <QJsonDocument>
#include <QtGlobal>

namespace d360::test {

namespace {

QList<QByteArray> seedBlocks()
{
    QFile file(testDataPath(QStringLiteral("seed/start-export-v3.txt")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed page: %s", qPrintable(file.fileName()));
    const QByteArray text = file.readAll();
    QList<QByteArray> blocks;
    qsizetype start = -1;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (depth == 0) {
            if (c == '{' && (i == 0 || text.at(i - 1) == '\n')) {
                start = i;
                depth = 1;
            }
            continue;
        }
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{')
            ++depth;
        else if (c == '}' && --depth == 0)
            blocks.append(text.mid(start, i - start + 1));
    }
    return blocks;
}

} // namespace

QString testDataPath(const QString &relativePath)
{
    const QString root = qEnvironmentVariable("D360_TEST_DATA_DIR");
    if (root.isEmpty())
        qFatal("D360_TEST_DATA_DIR is not set; run the test through ctest");
    return root + QLatin1Char('/') + relativePath;
}

QList<QJsonObject> seedExamples()
{
    QList<QJsonObject> examples;
    for (const QByteArray &block : seedBlocks())
        examples.append(QJsonDocument::fromJson(block).object());
    return examples;
}

QJsonObject seedProblemExample(int httpStatus)
{
    for (const QJsonObject &example : seedExamples()) {
        if (example.value(QLatin1String("status")).toInt() == httpStatus)
            return example;
    }
    return {};
}

QJsonObject seedExportCreatedExample()
{
    for (const QJsonObject &example : seedExamples()) {
        if (example.contains(QLatin1String("data"))
            && example.contains(QLatin1String("request_id")))
            return example;
    }
    return {};
}

QByteArray seedExampleText(int httpStatus)
{
    for (const QByteArray &block : seedBlocks()) {
        const QJsonObject object = QJsonDocument::fromJson(block).object();
        if (httpStatus == 202 ? object.contains(QLatin1String("data"))
                              : object.value(QLatin1String("status")).toInt() == httpStatus)
            return block;
    }
    return {};
}

} // namespace d360::test
