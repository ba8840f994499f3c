// See ChangeListModel.h.
#include "gui/compare/ChangeListModel.h"

#include <QDir>

#include <algorithm>

namespace d360::gui {

using compare::ArticleChange;
using compare::FileChange;

namespace {

ChangeListModel::Kind kindOf(const ArticleChange &change)
{
    if (change.isAdded())
        return ChangeListModel::Kind::Added;
    if (change.isRemoved())
        return ChangeListModel::Kind::Removed;
    if (change.renamed)
        return ChangeListModel::Kind::Renamed;
    if (change.moved)
        return ChangeListModel::Kind::Moved;
    return ChangeListModel::Kind::Edited;
}

ChangeListModel::Kind kindOf(const FileChange &change)
{
    switch (change.kind) {
    case FileChange::Kind::Added:
        return ChangeListModel::Kind::FileAdded;
    case FileChange::Kind::Removed:
        return ChangeListModel::Kind::FileRemoved;
    case FileChange::Kind::Changed:
        break;
    }
    return ChangeListModel::Kind::FileChanged;
}

QString shownName(const ArticleChange &change)
{
    const compare::SnapshotArticle &article = change.after ? *change.after : *change.before;
    return article.title.isEmpty() ? article.path : article.title;
}

} // namespace

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ChangeListModel::setComparison(std::shared_ptr<const compare::ExportComparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_rows.clear();
    if (m_comparison) {
        const QList<ArticleChange> &articles = m_comparison->articles();
        for (int at = 0; at < articles.size(); ++at)
            m_rows.append({ kindOf(articles.at(at)), at, -1 });
        // Grouped by kind, in the comparison's path order within a kind.
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row &left, const Row &right) { return left.kind < right.kind; });
        const QList<FileChange> &files = m_comparison->files();
        for (int at = 0; at < files.size(); ++at)
            m_rows.append({ kindOf(files.at(at)), -1, at });
    }
    endResetModel();
}

const ArticleChange *ChangeListModel::articleAt(const QModelIndex &index) const
{
    if (!m_comparison || !index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    const int article = m_rows.at(index.row()).article;
    return article >= 0 ? &m_comparison->articles().at(article) : nullptr;
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ChangeListModel::textOf(const Row &row) const
{
    if (row.file >= 0) {
        const QString path = m_comparison->files().at(row.file).path();
        switch (row.kind) {
        case Kind::FileAdded:
            return tr("File added: %1").arg(path);
        case Kind::FileRemoved:
            return tr("File removed: %1").arg(path);
        default:
            return tr("File changed: %1").arg(path);
        }
    }
    const ArticleChange &change = m_comparison->articles().at(row.article);
    const QString name = shownName(change);
    const int added = change.diff.wordsAdded;
    const int removed = change.diff.wordsRemoved;
    switch (row.kind) {
    case Kind::Added:
        return tr("Added: %1").arg(name);
    case Kind::Removed:
        return tr("Removed: %1").arg(name);
    case Kind::Renamed:
        return change.edited
            ? tr("Renamed and edited: %1 (+%2 \u2212%3 words)").arg(name).arg(added).arg(removed)
            : tr("Renamed: %1").arg(name);
    case Kind::Moved:
        return change.edited
            ? tr("Moved and edited: %1 (+%2 \u2212%3 words)").arg(name).arg(added).arg(removed)
            : tr("Moved: %1").arg(name);
    default:
        return tr("Edited: %1 (+%2 \u2212%3 words)").arg(name).arg(added).arg(removed);
    }
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!m_comparison || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return textOf(row);
    case Qt::ToolTipRole: {
        if (row.file >= 0)
            return QDir::toNativeSeparators(m_comparison->files().at(row.file).path());
        const ArticleChange &change = m_comparison->articles().at(row.article);
        if (change.before && change.after && change.before->path != change.after->path)
            return tr("%1 → %2").arg(change.before->path, change.after->path);
        return change.path();
    }
    case KindRole:
        return int(row.kind);
    case PathRole:
        return row.file >= 0 ? m_comparison->files().at(row.file).path()
                             : m_comparison->articles().at(row.article).path();
    case ArticleRole:
        return row.article;
    case FileRole:
        return row.file;
    case EditedRole:
        return row.article >= 0 && m_comparison->articles().at(row.article).edited;
    }
    return {};
}

} // namespace d360::gui
