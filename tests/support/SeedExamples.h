// The JSON examples of the user's own reference page (tests/data/seed/
// start-export-v3.txt), read verbatim, so tests hold parsers and the sandbox
// to exactly what the page shows.
#pragma once

#include <QJsonObject>
#include <QList>

namespace d360::test {

// Every top-level JSON object in the seed page, in page order.
QList<QJsonObject> seedExamples();
// The RFC 7807 example whose "status" is httpStatus (401, 422, 429, 500).
QJsonObject seedProblemExample(int httpStatus);
// The 202 answer of "Start a new export".
QJsonObject seedExportCreatedExample();
// The raw text of the page's example with this status ("202" for the export).
QByteArray seedExampleText(int httpStatus);

QString testDataPath(const QString &relativePath);

} // namespace d360::test
