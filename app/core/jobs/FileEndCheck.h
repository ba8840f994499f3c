// Whether a downloaded file ends the way a whole file of its format does.
//
// Size and digest checks trust what the storage host announced; a host that
// announces nothing (no length that was kept, no digest) and closes early
// would otherwise leave half a file that passes them. Both export formats
// say where they end: a PDF's last "%%EOF" lies within its last 1024 bytes
// (where readers look for it), and a ZIP ends with its end-of-central-
// directory record (22 bytes and a comment of at most 65535). Only the tail
// is read, so the check costs the same for any size.
#pragma once

#include "core/api/ApiModels.h"

#include <QByteArray>
#include <QString>

namespace d360::jobs {

// How many bytes from the end of the file the check needs.
constexpr qint64 fileEndCheckBytes = 22 + 65535;

// Empty when tail (the file's last bytes, up to fileEndCheckBytes) ends like
// a whole file of format; otherwise what is missing.
QString missingFileEnd(api::ExportFormat format, const QByteArray &tail);

} // namespace d360::jobs
