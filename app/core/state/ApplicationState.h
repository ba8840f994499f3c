// Opens the program's own state database, the one in the data folder, with
// everything a first start of this version owes the user: the queues of
// earlier versions imported, and a damaged database moved aside.
//
// The window, the command line and a scheduled run all start here, so each
// finds the same database in the same shape, whichever runs first.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace d360::state {

class StateDatabase;

// <data folder>/state.sqlite
QString applicationStateFile();

// Null, with a message in *problem, when the database cannot be used.
// *notices (may be null) receives what the user should be told even so.
std::shared_ptr<StateDatabase> openApplicationState(QString *problem,
                                                    QStringList *notices = nullptr);

} // namespace d360::state
