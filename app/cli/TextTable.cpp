// See TextTable.h.
#include "cli/TextTable.h"

#include "core/ControlCharacters.h"

#include <algorithm>

namespace d360::cli {

QString formatTable(const QStringList &headers, const QList<QStringList> &serverRows)
{
    // Cleaned here, not only by the stream: a removed escape would leave its
    // column too wide, and a line break would break the row.
    QList<QStringList> rows;
    for (const QStringList &row : serverRows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(withoutControls(cell, LineBreaks::Remove));
        rows.append(cells);
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const bool last = column + 1 == cells.size();
            text += last
                ? cells.at(column)
                : cells.at(column).leftJustified(widths.value(column)) + QStringLiteral("  ");
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString table = line(headers);
    for (const QStringList &row : rows)
        table += line(row);
    return table;
}

} // namespace d360::cli
