// See PresetStore.h.
#include "core/routines/PresetStore.h"

#include "core/state/StateDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace d360::routines {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::optional<Preset> readRow(const QSqlQuery &query, QString *problem)
{
    const QString name = query.value(0).toString();
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(query.value(1).toString().toUtf8(), &parseError);
    QString why;
    std::optional<Preset> preset
        = document.isObject() ? Preset::fromJson(document.object(), &why) : std::nullopt;
    if (!preset) {
        *problem = PresetStore::tr("The preset \"%1\" cannot be read (%2).")
                       .arg(name, why.isEmpty() ? parseError.errorString() : why);
        return std::nullopt;
    }
    preset->name = name;
    preset->createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    preset->updatedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    return preset;
}

QString definitionOf(Preset preset)
{
    preset.createdAt = {};
    preset.updatedAt = {};
    return QString::fromUtf8(QJsonDocument(preset.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

PresetStore::PresetStore(std::shared_ptr<state::StateDatabase> database)
    : m_database(std::move(database))
{ }

QList<Preset> PresetStore::all(QStringList *problems) const
{
    QList<Preset> presets;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, definition, created_at, updated_at FROM presets "
                                 "ORDER BY name COLLATE NOCASE"));
    QString error;
    if (!m_database->run(query, &error)) {
        if (problems)
            problems->append(error);
        return presets;
    }
    while (query.next()) {
        QString problem;
        if (std::optional<Preset> preset = readRow(query, &problem))
            presets.append(*preset);
        else if (problems)
            problems->append(problem);
    }
    return presets;
}

std::optional<Preset> PresetStore::find(const QString &name, QString *problem) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT name, definition, created_at, updated_at FROM presets WHERE name = ?"));
    query.addBindValue(name);
    QString error;
    if (!m_database->run(query, &error)) {
        if (problem)
            *problem = error;
        return std::nullopt;
    }
    if (!query.next()) {
        if (problem)
            *problem = tr("There is no preset \"%1\".").arg(name);
        return std::nullopt;
    }
    QString why;
    std::optional<Preset> preset = readRow(query, &why);
    if (!preset && problem)
        *problem = why;
    return preset;
}

bool PresetStore::contains(const QString &name) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT 1 FROM presets WHERE name = ?"));
    query.addBindValue(name);
    QString error;
    return m_database->run(query, &error) && query.next();
}

bool PresetStore::save(Preset preset, QString *error)
{
    const QString why = preset.problem();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    QSqlQuery query(m_database->connection());
    // The name as now given wins (a change of case is a rename).
    query.prepare(QStringLiteral(
        "INSERT INTO presets (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET name = excluded.name, "
        "definition = excluded.definition, updated_at = excluded.updated_at"));
    const QString time = now();
    query.addBindValue(preset.name);
    query.addBindValue(definitionOf(preset));
    query.addBindValue(time);
    query.addBindValue(time);
    return m_database->run(query, error);
}

bool PresetStore::add(Preset preset, QString *error)
{
    const QString why = preset.problem();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    if (contains(preset.name)) {
        *error = tr("There is already a preset \"%1\".").arg(preset.name);
        return false;
    }
    return save(std::move(preset), error);
}

bool PresetStore::remove(const QString &name, QString *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM presets WHERE name = ?"));
    query.addBindValue(name);
    if (!m_database->run(query, error))
        return false;
    if (query.numRowsAffected() < 1) {
        *error = tr("There is no preset \"%1\".").arg(name);
        return false;
    }
    return true;
}

bool PresetStore::rename(const QString &from, const QString &to, QString *error)
{
    if (!Preset::isValidName(to, error))
        return false;
    state::StateDatabase::Transaction transaction(*m_database);
    if (!transaction.begin(error))
        return false;
    QString problem;
    std::optional<Preset> preset = find(from, &problem);
    if (!preset) {
        *error = problem;
        return false;
    }
    if (from.compare(to, Qt::CaseInsensitive) != 0 && contains(to)) {
        *error = tr("There is already a preset \"%1\".").arg(to);
        return false;
    }
    preset->name = to;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "UPDATE presets SET name = ?, definition = ?, updated_at = ? WHERE name = ?"));
    query.addBindValue(to);
    query.addBindValue(definitionOf(*preset));
    query.addBindValue(now());
    query.addBindValue(from);
    return m_database->run(query, error) && transaction.commit(error);
}

} // namespace d360::routines
