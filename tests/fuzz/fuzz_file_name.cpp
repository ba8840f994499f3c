// Fuzzes the file-name sanitiser (FileNameSanitizer) with any text a
// knowledge base could hold. Whatever goes in, what comes out is one file name
// every operating system accepts: not empty, within the byte limit, without
// separators, reserved characters, control characters or lone surrogates, not
// a reserved Windows device name, and without leading or trailing dots and
// spaces.
//
// Input: one byte for the byte limit (16 to 271), then UTF-8 text (invalid
// sequences included, as a server could send them).
#include "FileNameChecks.h"
#include "FuzzSupport.h"
#include "core/jobs/FileNameSanitizer.h"

using namespace d360;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int maxBytes = 16 + data[0];
    const QString text = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));

    fuzz::checkIsSafeFileName(jobs::sanitizeFileName(text, maxBytes), maxBytes);

    const QString replaced = jobs::replaceUnsafeCharacters(text);
    for (const QChar c : replaced)
        D360_FUZZ_CHECK(!QStringView(u"<>:\"/\\|?*").contains(c));

    D360_FUZZ_CHECK(jobs::truncateToUtf8Bytes(text, maxBytes).toUtf8().size() <= maxBytes);
    return 0;
}
