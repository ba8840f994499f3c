// The languages of the selected version, each with a check box.
//
// The default language comes first and is checked when the list arrives, so
// pressing Export at once does the obvious thing. "All languages" is not a
// row here but a choice of the export panel: it means every language the
// version has when the export starts, which the planner asks the server for.
#pragma once

#include "core/api/ApiModels.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace d360::gui {

class LanguageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 1, IsDefaultRole };

    explicit LanguageListModel(QObject *parent = nullptr);

    void setLanguages(QList<api::Language> languages);
    void clear();
    QStringList checkedCodes() const;
    void setChecked(const QString &code, bool checked);
    // "All languages": every row shows as included, without forgetting the
    // writer's own ticks, which come back when it is turned off.
    void setAllIncluded(bool included);
    bool allIncluded() const { return m_allIncluded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<api::Language> m_languages;
    QSet<QString> m_checked;
    bool m_allIncluded = false;
};

} // namespace d360::gui
