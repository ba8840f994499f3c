// Fuzzes the file-name template (FileNameTemplate): any pattern a user can
// type, filled with any values a knowledge base can hold. A pattern is either
// refused with a reason, or expands to one safe file name (FileNameChecks.h):
// no pattern and no project name can make a path outside the output folder.
//
// Input: NUL-separated fields: the pattern, then project, project id,
// version, version id, language code, language name, format and extension.
#include "FileNameChecks.h"
#include "core/jobs/FileNameSanitizer.h"
#include "core/jobs/FileNameTemplate.h"

using namespace d360;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), '\0', 9);
    QStringList values;
    for (const QByteArray &part : parts)
        values.append(QString::fromUtf8(part));

    const jobs::FileNameTemplate pattern(values.at(0));
    QString problem;
    if (!pattern.isValid(&problem)) {
        D360_FUZZ_CHECK(!problem.isEmpty());
        return 0;
    }
    jobs::FileNameFields fields;
    fields.project = values.at(1);
    fields.projectId = values.at(2);
    fields.version = values.at(3);
    fields.versionId = values.at(4);
    fields.lang = values.at(5);
    fields.language = values.at(6);
    fields.format = values.at(7);
    fields.ext = values.at(8);
    fields.date = QDate(2026, 11, 29);
    fuzz::checkIsSafeFileName(pattern.expand(fields, jobs::maxFileNameBytes),
                              jobs::maxFileNameBytes);
    return 0;
}
