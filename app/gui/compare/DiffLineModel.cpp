// See DiffLineModel.h.
#include "gui/compare/DiffLineModel.h"

#include "gui/PaletteColors.h"

#include <QPalette>

namespace d360::gui {

DiffLineModel::DiffLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setPalette(QPalette());
}

void DiffLineModel::setLines(QList<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void DiffLineModel::setDiff(const compare::TextDiffResult &diff)
{
    if (!diff.failure.isEmpty()) {
        setNote(tr("No diff: %1").arg(diff.failure));
        return;
    }
    QList<Line> lines;
    for (const compare::DiffHunk &hunk : diff.hunks) {
        lines.append({ Kind::HunkHeader, 0, 0, hunk.header.trimmed() });
        for (const compare::DiffLine &line : hunk.lines) {
            switch (line.origin) {
            case compare::DiffLine::Origin::Added:
                lines.append({ Kind::Added, 0, line.newNumber, QStringLiteral("+") + line.text });
                break;
            case compare::DiffLine::Origin::Removed:
                lines.append(
                    { Kind::Removed, line.oldNumber, 0, QStringLiteral("\u2212") + line.text });
                break;
            case compare::DiffLine::Origin::Context:
                lines.append({ Kind::Context, line.oldNumber, line.newNumber,
                               QStringLiteral(" ") + line.text });
                break;
            }
        }
    }
    setLines(std::move(lines));
}

void DiffLineModel::setWholeText(const QString &text, Kind kind)
{
    QList<Line> lines;
    QStringList parts = text.split(QLatin1Char('\n'));
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    const QString sign = kind == Kind::Removed ? QStringLiteral("\u2212") : QStringLiteral("+");
    int number = 0;
    for (const QString &part : std::as_const(parts)) {
        ++number;
        lines.append({ kind, kind == Kind::Removed ? number : 0, kind == Kind::Removed ? 0 : number,
                       sign + part });
    }
    setLines(std::move(lines));
}

void DiffLineModel::setNote(const QString &text)
{
    setLines({ { Kind::Note, 0, 0, text } });
}

void DiffLineModel::clear()
{
    setLines({});
}

void DiffLineModel::setPalette(const QPalette &palette)
{
    m_added = addedLineBackground(palette);
    m_removed = removedLineBackground(palette);
    m_hunk = tintedBackground(palette, QColor(0x3a, 0x6e, 0xd7));
    m_text = palette.color(QPalette::Text);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           { Qt::BackgroundRole, Qt::ForegroundRole });
}

QColor DiffLineModel::backgroundOf(Kind kind) const
{
    switch (kind) {
    case Kind::Added:
        return m_added;
    case Kind::Removed:
        return m_removed;
    case Kind::HunkHeader:
        return m_hunk;
    case Kind::Context:
    case Kind::Note:
        break;
    }
    return {};
}

int DiffLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DiffLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OldNumber:
            return line.oldNumber > 0 ? QVariant(line.oldNumber) : QVariant();
        case NewNumber:
            return line.newNumber > 0 ? QVariant(line.newNumber) : QVariant();
        case Text:
            return line.text;
        }
        break;
    case Qt::ToolTipRole:
        // A long paragraph is cut at the view's edge; the whole line is here.
        return index.column() == Text ? QVariant(line.text) : QVariant();
    case Qt::BackgroundRole: {
        const QColor background = backgroundOf(line.kind);
        return background.isValid() ? QVariant(background) : QVariant();
    }
    case Qt::ForegroundRole:
        // Said outright on a tinted line: the tint was measured against it.
        return backgroundOf(line.kind).isValid() ? QVariant(m_text) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Text ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                      : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::AccessibleDescriptionRole:
        switch (line.kind) {
        case Kind::Added:
            return tr("added");
        case Kind::Removed:
            return tr("removed");
        case Kind::HunkHeader:
            return tr("hunk");
        case Kind::Context:
        case Kind::Note:
            break;
        }
        break;
    case KindRole:
        return int(line.kind);
    }
    return {};
}

QVariant DiffLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OldNumber:
        return tr("Old");
    case NewNumber:
        return tr("New");
    case Text:
        return tr("Text");
    }
    return {};
}

} // namespace d360::gui
