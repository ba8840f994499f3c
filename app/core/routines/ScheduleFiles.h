// The scheduler files on disk: written whole, recognised by their marker,
// deleted only when they are this program's.
//
// Shared by every ScheduleInstaller. A file is "ours" when it is a regular
// file (not a symlink, which could point anywhere) whose marker names the
// preset; anything else under the same name is the user's and is reported,
// never replaced or removed. Files are written with QSaveFile, so a full disk
// leaves the previous schedule, never half a unit under the final name.
// Task Scheduler files are UTF-16 with a byte order mark; the others UTF-8;
// reading takes either.
#pragma once

#include "core/routines/ScheduleUnits.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace d360::routines {

class ScheduleFiles
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::ScheduleFiles)

public:
    // The marker of the file at path, if it is a regular file of a sane size
    // that holds one.
    static std::optional<ScheduleMarker> markerOf(const QString &path);
    static bool isOurs(const QString &path, const QString &presetName);
    // Why path cannot be written for presetName (a file or folder there that
    // is not ours); empty when it can.
    static QString problemInTheWay(const QString &path, const QString &presetName);
    static bool write(const QString &path, const QByteArray &bytes, QString *problem);
    // Deletes path if it is ours; true when it is gone (or was never there).
    static bool removeIfOurs(const QString &path, const QString &presetName, QString *problem);
};

} // namespace d360::routines
