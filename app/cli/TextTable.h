// Lines up rows of text in columns, for the listings a person reads on a
// terminal (`projects`, `versions`, `languages`). Scripts use --json.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace d360::cli {

// Header row, then one line per row, columns separated by two spaces; the
// last column is not padded. Control and bidi characters in the cells (text
// from a server) are left out.
QString formatTable(const QStringList &headers, const QList<QStringList> &rows);

} // namespace d360::cli
