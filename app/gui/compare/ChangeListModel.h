// The list on the left of the comparison window: every article that
// changed, grouped by kind (added, removed, renamed or moved, edited), each
// marked with its kind and, when edited, the words it gained and lost; then
// the images and attachments that changed.
//
// One row per article even when it was renamed and edited at once, since
// that is one article to a writer; its mark says both. The rows point back
// into the comparison (ArticleRole, FileRole), which the model shares with
// the window, so that the diff pane shows what a row stands for without a
// copy.
#pragma once

#include "core/compare/ExportComparison.h"

#include <QAbstractListModel>

#include <memory>

namespace d360::gui {

class ChangeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Added, Removed, Renamed, Moved, Edited, FileAdded, FileRemoved, FileChanged };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        PathRole, // the article's or file's path inside the (newer) export
        ArticleRole, // the row's index in comparison->articles(), or -1
        FileRole, // the row's index in comparison->files(), or -1
        EditedRole, // bool: the article's text changed (a renamed one too)
    };

    explicit ChangeListModel(QObject *parent = nullptr);

    void setComparison(std::shared_ptr<const compare::ExportComparison> comparison);
    const compare::ArticleChange *articleAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Row
    {
        Kind kind;
        int article = -1;
        int file = -1;
    };
    QString textOf(const Row &row) const;

    std::shared_ptr<const compare::ExportComparison> m_comparison;
    QList<Row> m_rows;
};

} // namespace d360::gui
