// See ApplicationState.h.
#include "core/state/ApplicationState.h"

#include "core/ApplicationInfo.h"
#include "core/state/LegacyQueueImport.h"
#include "core/state/StateDatabase.h"

#include <QDir>

namespace d360::state {

QString applicationStateFile()
{
    return QDir(ApplicationInfo::dataFolder()).filePath(QStringLiteral("state.sqlite"));
}

std::shared_ptr<StateDatabase> openApplicationState(QString *problem, QStringList *notices)
{
    std::shared_ptr<StateDatabase> database = StateDatabase::open(applicationStateFile(), problem);
    if (!database)
        return nullptr;
    QStringList told;
    if (!database->notice().isEmpty())
        told.append(database->notice());
    told += LegacyQueueImport::importAll(*database, ApplicationInfo::dataFolder());
    if (notices)
        *notices = told;
    return database;
}

} // namespace d360::state
