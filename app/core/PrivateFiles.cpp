// See PrivateFiles.h. Folders are created one level at a time with the mode
// given to mkdir(2) (through QDir::mkdir), so none exists, even for an
// instant, with the umask's wider mode.
#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>

namespace d360 {

bool makePrivateFolder(const QString &folderPath, QString *error)
{
    const QString path = QDir::cleanPath(QDir(folderPath).absolutePath());
    QStringList missing;
    QString existing = path;
    while (!QFileInfo(existing).exists()) {
        missing.prepend(existing);
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        errno = 0;
        if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
            && !QFileInfo(folder).isDir()) {
            if (error)
                *error = errno != 0
                    ? QString::fromLocal8Bit(std::strerror(errno))
                    : QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    if (!QFileInfo(path).isDir()) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(ENOTDIR));
        return false;
    }
    return true;
}

bool restrictToOwner(const QString &filePath)
{
    return QFile::setPermissions(filePath, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace d360
