// See StateMeta.h.
#include "core/state/StateMeta.h"

#include "core/state/StateDatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace d360::state {

StateMeta::StateMeta(std::shared_ptr<StateDatabase> database)
    : m_database(std::move(database))
{ }

std::optional<QString> StateMeta::value(const QString &key) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    QString error;
    if (!m_database->run(query, &error) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool StateMeta::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return m_database->run(query, error);
}

QDateTime StateMeta::timeValue(const QString &key) const
{
    const std::optional<QString> text = value(key);
    if (!text)
        return {};
    QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool StateMeta::setTimeValue(const QString &key, const QDateTime &time, QString *error)
{
    return setValue(key, time.toUTC().toString(Qt::ISODateWithMs), error);
}

} // namespace d360::state
