// The state database's tables, and the steps that bring a database of any
// earlier version to the current one.
//
// Each step runs in a transaction of its own that also sets PRAGMA
// user_version, so a database is always exactly at one version, never
// between two. The version is read again inside the transaction: when two
// processes start at once, the second finds the work done. A step, once
// released, is never edited; a change of shape is a new step at the end.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace d360::state {

class StateDatabase;

struct StateSchema
{
    Q_DECLARE_TR_FUNCTIONS(d360::state::StateSchema)

public:
    // The version this program writes.
    static int currentVersion();
    // The version the database is at; -1, with *error, when it cannot be read.
    static int versionOf(const StateDatabase &database, QString *error);
    // Applies every step the database lacks. False with a message for the
    // user, and the database unchanged by the failed step, when one fails,
    // or when the database is newer than this program.
    static bool migrate(const StateDatabase &database, QString *problem);
};

} // namespace d360::state
