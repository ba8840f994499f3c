// Small facts about the program's own use of the state database, in its meta
// table: one text value per key, such as "window_last_seen", the UTC time the
// window was last open (so it can show, at start, the scheduled runs that
// failed while it was closed).
//
// A key/value table rather than a column per fact, so a new fact needs no
// migration. Each call is one statement, so a window and a command-line run
// never see half a write. A value that cannot be read is reported as absent:
// every fact kept here has a sensible default.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace d360::state {

class StateDatabase;

class StateMeta
{
    Q_DECLARE_TR_FUNCTIONS(d360::state::StateMeta)

public:
    explicit StateMeta(std::shared_ptr<StateDatabase> database);

    // nullopt when the key has no value (or it could not be read).
    std::optional<QString> value(const QString &key) const;
    // Adds or replaces the value; false with a message in *error.
    bool setValue(const QString &key, const QString &value, QString *error);

    // A time kept as ISO 8601 UTC; invalid when absent or unreadable.
    QDateTime timeValue(const QString &key) const;
    bool setTimeValue(const QString &key, const QDateTime &time, QString *error);

    // When the window was last open, kept under this key.
    static QString windowLastSeenKey() { return QStringLiteral("window_last_seen"); }

private:
    std::shared_ptr<StateDatabase> m_database;
};

} // namespace d360::state
