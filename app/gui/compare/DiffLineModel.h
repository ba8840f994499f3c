// The lines of one article's diff as the comparison window shows them: a
// unified diff in three columns (old line number, new line number, text),
// hunk by hunk, removed and added lines on backgrounds of their own.
//
// A model rather than rich text in an editor, so that the colours are a
// role a test and an accessibility tool can read, and so that a long article
// scrolls without laying out one huge document. The colours come from the
// palette of the view that shows the model (PaletteColors), given again
// when that palette changes, so a switch to a dark theme re-tints the lines.
// The text of each line starts with "+", "−" or a space, as in a unified
// diff: colour is never the only sign of what changed. An article added or
// removed whole shows its text as added or removed lines.
#pragma once

#include "core/compare/TextDiff.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

class QPalette;

namespace d360::gui {

class DiffLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OldNumber, NewNumber, Text, ColumnCount };
    enum class Kind { Context, Added, Removed, HunkHeader, Note };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit DiffLineModel(QObject *parent = nullptr);

    void setDiff(const compare::TextDiffResult &diff);
    // A whole text, every line added (or removed).
    void setWholeText(const QString &text, Kind kind);
    // One line that is not part of any diff (why there is none).
    void setNote(const QString &text);
    void clear();

    // The palette the lines are shown on; tints follow from it.
    void setPalette(const QPalette &palette);
    QColor backgroundOf(Kind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line
    {
        Kind kind = Kind::Context;
        int oldNumber = 0;
        int newNumber = 0;
        QString text;
    };
    void setLines(QList<Line> lines);

    QList<Line> m_lines;
    QColor m_added;
    QColor m_removed;
    QColor m_hunk;
    QColor m_text;
};

} // namespace d360::gui
