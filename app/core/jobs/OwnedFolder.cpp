// See OwnedFolder.h.
#include "core/jobs/OwnedFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QTemporaryDir>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace d360::jobs {

namespace {

constexpr int openFolderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The process's umask without changing it (umask() would, for every thread).
mode_t currentUmask()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
#endif
    return 022;
}

// Empties the folder open at folder, depth first, through descriptors only:
// a link inside is removed as a link, never followed.
void removeContents(int folder)
{
    QList<QByteArray> names = entryNames(folder);
    for (const QByteArray &name : names) {
        struct stat info = {};
        if (::fstatat(folder, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(info.st_mode)) {
            const FileDescriptor inner(::openat(folder, name.constData(), openFolderFlags));
            if (inner.isOpen())
                removeContents(inner.get());
            ::unlinkat(folder, name.constData(), AT_REMOVEDIR);
        } else {
            ::unlinkat(folder, name.constData(), 0);
        }
    }
}

} // namespace

std::unique_ptr<OwnedFolder> OwnedFolder::create(const QString &parentFolder,
                                                 const QString &namePrefix, QString *error)
{
    // The parent is the user's chosen folder: it may well be a link, on purpose.
    FileDescriptor parent(
        ::open(QFile::encodeName(parentFolder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent.isOpen()) {
        *error = tr("cannot open the folder %1: %2").arg(shown(parentFolder), osErrorText(errno));
        return nullptr;
    }
    QTemporaryDir temporary(QDir(parentFolder).filePath(namePrefix + QStringLiteral("XXXXXX")));
    if (!temporary.isValid()) {
        *error = tr("cannot create a folder in %1: %2")
                     .arg(shown(parentFolder), temporary.errorString());
        return nullptr;
    }
    temporary.setAutoRemove(false);
    const QString name = QFileInfo(temporary.path()).fileName();
    FileDescriptor folder(
        ::openat(parent.get(), QFile::encodeName(name).constData(), openFolderFlags));
    struct stat info = {};
    if (!folder.isOpen() || ::fstat(folder.get(), &info) != 0 || !S_ISDIR(info.st_mode)
        || info.st_uid != ::geteuid()) {
        // Swapped in the moment after it was made: no longer ours to touch.
        *error
            = tr("the new folder %1 was replaced by something else").arg(shown(temporary.path()));
        return nullptr;
    }
    // Held until the descriptor closes, even when the process is killed.
    ::flock(folder.get(), LOCK_EX | LOCK_NB);
    if ((info.st_mode & 077) != 0 && ::fchmod(folder.get(), 0700) != 0) {
        *error = tr("cannot make %1 private: %2").arg(shown(temporary.path()), osErrorText(errno));
        ::unlinkat(parent.get(), QFile::encodeName(name).constData(), AT_REMOVEDIR);
        return nullptr;
    }
    return std::unique_ptr<OwnedFolder>(new OwnedFolder(std::move(parent), std::move(folder),
                                                        parentFolder, name, quint64(info.st_dev),
                                                        quint64(info.st_ino)));
}

int OwnedFolder::removeAbandoned(const QString &parentFolder, const QString &namePrefix)
{
    const FileDescriptor parent(
        ::open(QFile::encodeName(parentFolder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent.isOpen())
        return 0;
    int removed = 0;
    const QStringList entries
        = QDir(parentFolder)
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &candidate : entries) {
        // No name filter: the prefix may hold wildcard characters.
        if (!candidate.startsWith(namePrefix) || candidate.size() != namePrefix.size() + 6)
            continue;
        const QByteArray name = QFile::encodeName(candidate);
        const FileDescriptor folder(::openat(parent.get(), name.constData(), openFolderFlags));
        struct stat info = {};
        if (!folder.isOpen() || ::fstat(folder.get(), &info) != 0 || !S_ISDIR(info.st_mode)
            || info.st_uid != ::geteuid() || (info.st_mode & 077) != 0
            || ::flock(folder.get(), LOCK_EX | LOCK_NB) != 0)
            continue;
        removeContents(folder.get());
        struct stat now = {};
        if (::fstatat(parent.get(), name.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0
            && now.st_dev == info.st_dev && now.st_ino == info.st_ino
            && ::unlinkat(parent.get(), name.constData(), AT_REMOVEDIR) == 0)
            ++removed;
    }
    return removed;
}

OwnedFolder::OwnedFolder(FileDescriptor parent, FileDescriptor folder, QString parentPath,
                         QString name, quint64 device, quint64 inode)
    : m_parent(std::move(parent))
    , m_folder(std::move(folder))
    , m_parentPath(std::move(parentPath))
    , m_name(std::move(name))
    , m_device(device)
    , m_inode(inode)
{ }

OwnedFolder::~OwnedFolder()
{
    if (!m_movedAway)
        removeEverything();
}

QString OwnedFolder::path() const
{
    return QDir(m_parentPath).filePath(m_name);
}

FileDescriptor OwnedFolder::openFolder(const QString &relativeFolder, bool create,
                                       QString *error) const
{
    FileDescriptor current(::fcntl(m_folder.get(), F_DUPFD_CLOEXEC, 0));
    if (!current.isOpen()) {
        *error = osErrorText(errno);
        return current;
    }
    QString walked;
    for (const QString &part : relativeFolder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        walked = walked.isEmpty() ? part : walked + QLatin1Char('/') + part;
        if (part == QLatin1String("..")) {
            *error = tr("%1 climbs out of the folder").arg(relativeFolder);
            return FileDescriptor();
        }
        const QByteArray name = QFile::encodeName(part);
        if (create && ::mkdirat(current.get(), name.constData(), 0777) != 0 && errno != EEXIST) {
            *error = tr("cannot create the folder %1: %2").arg(walked, osErrorText(errno));
            return FileDescriptor();
        }
        FileDescriptor next(::openat(current.get(), name.constData(), openFolderFlags));
        if (!next.isOpen()) {
            *error = errno == ELOOP || errno == ENOTDIR
                ? tr("%1 is not a folder").arg(walked)
                : tr("cannot open %1: %2").arg(walked, osErrorText(errno));
            return next;
        }
        current = std::move(next);
    }
    return current;
}

bool OwnedFolder::makeFolders(const QString &relativePath, QString *error)
{
    return openFolder(relativePath, true, error).isOpen();
}

FileDescriptor OwnedFolder::createFile(const QString &relativePath, QString *error)
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    const FileDescriptor folder
        = openFolder(slash < 0 ? QString() : relativePath.left(slash), true, error);
    if (!folder.isOpen())
        return FileDescriptor();
    const QString name = relativePath.mid(slash + 1);
    FileDescriptor file(::openat(folder.get(), QFile::encodeName(name).constData(),
                                 O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
    if (!file.isOpen())
        *error = tr("cannot create %1: %2").arg(relativePath, osErrorText(errno));
    return file;
}

bool OwnedFolder::isStillTheCreatedFolder() const
{
    struct stat info = {};
    return ::fstatat(m_parent.get(), QFile::encodeName(m_name).constData(), &info,
                     AT_SYMLINK_NOFOLLOW)
        == 0
        && S_ISDIR(info.st_mode) && quint64(info.st_dev) == m_device
        && quint64(info.st_ino) == m_inode;
}

bool OwnedFolder::moveInPlaceOf(const QString &targetName, QString *error)
{
    if (!isStillTheCreatedFolder()) {
        *error = tr("the folder %1 was moved or replaced while it was being filled")
                     .arg(shown(path()));
        return false;
    }
    if (::fchmod(m_folder.get(), 0777 & ~currentUmask()) != 0) {
        *error = osErrorText(errno);
        return false;
    }
    switch (renameWithoutReplacing(m_parent.get(), m_name, m_parent.get(), targetName, error)) {
    case RenameResult::Renamed:
        break;
    case RenameResult::NameTaken:
        *error = osErrorText(EEXIST);
        return false;
    case RenameResult::Failed:
        return false;
    }
    m_movedAway = true;
    return true;
}

void OwnedFolder::removeEverything()
{
    // What is inside is ours wherever the folder is now: the descriptor
    // follows it. Its name is removed only if it is still our folder.
    removeContents(m_folder.get());
    if (isStillTheCreatedFolder())
        ::unlinkat(m_parent.get(), QFile::encodeName(m_name).constData(), AT_REMOVEDIR);
}

} // namespace d360::jobs
