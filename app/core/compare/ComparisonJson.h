// The comparison of two exports as one JSON object, for `compare --json`
// and for scripts that keep it.
//
// Its keys are a contract: scripts read them, so a key is added, never
// renamed or removed, and the words in it never follow the language of the
// program (change kinds are fixed English identifiers). Paths are the
// exports' own, with '/'. Kept apart from ExportComparison so that the
// comparison stays data and each report (text, JSON, HTML) is one file.
#pragma once

#include <QJsonObject>
#include <QString>

namespace d360::compare {

class ExportComparison;
class ExportSnapshot;

class ComparisonJson
{
public:
    static QJsonObject toJson(const ExportSnapshot &before, const ExportSnapshot &after,
                              const ExportComparison &comparison);
};

} // namespace d360::compare
