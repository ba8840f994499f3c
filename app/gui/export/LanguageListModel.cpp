// See LanguageListModel.h.
#include "gui/export/LanguageListModel.h"

#include <algorithm>

namespace d360::gui {

LanguageListModel::LanguageListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void LanguageListModel::setLanguages(QList<api::Language> languages)
{
    std::stable_sort(
        languages.begin(), languages.end(),
        [](const api::Language &a, const api::Language &b) { return a.isDefault && !b.isDefault; });
    beginResetModel();
    m_languages = std::move(languages);
    m_checked.clear();
    if (!m_languages.isEmpty())
        m_checked.insert(m_languages.first().code);
    endResetModel();
    Q_EMIT checkedChanged();
}

void LanguageListModel::clear()
{
    setLanguages({});
}

QStringList LanguageListModel::checkedCodes() const
{
    QStringList codes;
    for (const api::Language &language : m_languages) {
        if (m_checked.contains(language.code))
            codes.append(language.code);
    }
    return codes;
}

void LanguageListModel::setChecked(const QString &code, bool checked)
{
    for (int row = 0; row < m_languages.size(); ++row) {
        if (m_languages.at(row).code == code)
            setData(index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

void LanguageListModel::setAllIncluded(bool included)
{
    if (m_allIncluded == included)
        return;
    m_allIncluded = included;
    if (!m_languages.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_languages.size()) - 1), { Qt::CheckStateRole });
}

int LanguageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_languages.size());
}

QVariant LanguageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Language &language = m_languages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return language.isDefault ? tr("%1 (%2, default)").arg(language.name, language.code)
                                  : tr("%1 (%2)").arg(language.name, language.code);
    case Qt::CheckStateRole:
        return m_allIncluded || m_checked.contains(language.code) ? Qt::Checked : Qt::Unchecked;
    case CodeRole:
        return language.code;
    case IsDefaultRole:
        return language.isDefault;
    default:
        return {};
    }
}

bool LanguageListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString code = m_languages.at(index.row()).code;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(code))
        return true;
    if (checked)
        m_checked.insert(code);
    else
        m_checked.remove(code);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags LanguageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace d360::gui
