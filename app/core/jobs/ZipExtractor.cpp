// See ZipExtractor.h.
#include "core/jobs/ZipExtractor.h"

#include "core/jobs/FileNameSanitizer.h"
#include "core/jobs/OutputFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace d360::jobs {

namespace {

constexpr qint64 copyChunkBytes = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("d360::jobs::ZipExtractor", text);
}

QString normalisedEntryName(const QString &name)
{
    // Windows tools write backslashes; they are separators wherever the
    // folder is opened later.
    QString result = name;
    result.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return result;
}

struct TemporaryFolder
{
    explicit TemporaryFolder(QString folderPath)
        : path(std::move(folderPath))
    {
    }
    ~TemporaryFolder()
    {
        if (!kept)
            QDir(path).removeRecursively();
    }
    TemporaryFolder(const TemporaryFolder &) = delete;
    TemporaryFolder &operator=(const TemporaryFolder &) = delete;

    QString path;
    bool kept = false;
};

} // namespace

QString ZipExtractor::unsafeEntryReason(const QString &entryName)
{
    const QString name = normalisedEntryName(entryName);
    if (name.isEmpty())
        return tr("an entry without a name");
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.startsWith(QLatin1Char('/')) || drive.match(name).hasMatch())
        return tr("the entry \"%1\" has an absolute path").arg(entryName);
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return tr("the entry \"%1\" climbs out of its folder (\"..\")").arg(entryName);
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20)
            return tr("the entry \"%1\" has a control character in its name").arg(entryName);
    }
#ifdef Q_OS_WIN
    if (const QString problem = windowsPathProblem(name); !problem.isEmpty())
        return tr("the entry \"%1\" cannot be made on Windows: %2").arg(entryName, problem);
#endif
    return {};
}

QString ZipExtractor::folderFor(const QString &archivePath)
{
    const QFileInfo info(archivePath);
    const QString stem = info.completeBaseName().isEmpty() ? info.fileName() + QStringLiteral("-files")
                                                          : info.completeBaseName();
    return firstFreePath(info.absolutePath(), stem,
                         [](const QString &path) { return QFileInfo::exists(path); });
}

ZipExtractor::Result ZipExtractor::extract(const QString &archivePath, const QString &targetFolder,
                                           const std::atomic_bool *cancelled)
{
    Result result;
    const QString shownArchive = QDir::toNativeSeparators(archivePath);
    QuaZip zip(archivePath);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.error = tr("%1 is not a readable ZIP archive (error %2).").arg(shownArchive).arg(zip.getZipError());
        return result;
    }

    // Every entry is checked before one byte is written.
    QList<QuaZipFileInfo64> entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            result.error = tr("%1 has an unreadable entry (error %2).").arg(shownArchive).arg(zip.getZipError());
            return result;
        }
        QString reason = unsafeEntryReason(info.name);
        if (reason.isEmpty() && info.isSymbolicLink())
            reason = tr("the entry \"%1\" is a symbolic link").arg(info.name);
        if (!reason.isEmpty()) {
            result.error = tr("Nothing was extracted from %1: %2, which could write outside the "
                              "folder. The archive is kept as downloaded.")
                               .arg(shownArchive, reason);
            return result;
        }
        entries.append(info);
    }
    if (zip.getZipError() != 0) {
        result.error = tr("%1 is damaged (error %2).").arg(shownArchive).arg(zip.getZipError());
        return result;
    }

    const QFileInfo target(targetFolder);
    if (target.exists()) {
        result.error = tr("%1 already exists.").arg(QDir::toNativeSeparators(targetFolder));
        return result;
    }
    // A fixed name, so what a killed run left behind is cleared by the next.
    TemporaryFolder temporary(
        QDir(target.absolutePath()).filePath(QStringLiteral(".%1.extracting").arg(target.fileName())));
    QDir(temporary.path).removeRecursively();
    const QDir root(temporary.path);
    if (!QDir().mkpath(temporary.path)) {
        result.error = tr("Cannot create %1.").arg(QDir::toNativeSeparators(temporary.path));
        return result;
    }

    QByteArray buffer(int(copyChunkBytes), Qt::Uninitialized);
    // The same walk as the check, so each entry is found in constant time.
    qsizetype index = 0;
    for (bool more = zip.goToFirstFile(); more && index < entries.size(); more = zip.goToNextFile(), ++index) {
        const QuaZipFileInfo64 &entry = entries.at(index);
        if (cancelled && cancelled->load()) {
            result.error = tr("Cancelled.");
            return result;
        }
        const QString relative = normalisedEntryName(entry.name);
        const QString destination = QDir::cleanPath(root.filePath(relative));
        // Belt and braces: the checks above already refuse every way out.
        if (!destination.startsWith(root.absolutePath() + QLatin1Char('/'))) {
            result.error = tr("Nothing was extracted from %1: the entry \"%2\" would land outside "
                              "the folder.")
                               .arg(shownArchive, entry.name);
            return result;
        }
        if (relative.endsWith(QLatin1Char('/'))) {
            QDir().mkpath(destination);
            continue;
        }
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QuaZipFile in(&zip);
        QFile out(destination);
        if (!in.open(QIODevice::ReadOnly)) {
            result.error = tr("Cannot read \"%1\" in %2 (error %3).").arg(entry.name, shownArchive).arg(in.getZipError());
            return result;
        }
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(destination), out.errorString());
            return result;
        }
        for (;;) {
            const qint64 read = in.read(buffer.data(), buffer.size());
            if (read < 0) {
                result.error = tr("\"%1\" in %2 is damaged.").arg(entry.name, shownArchive);
                return result;
            }
            if (read == 0)
                break;
            if (out.write(buffer.constData(), read) != read) {
                result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(destination), out.errorString());
                return result;
            }
        }
        in.close();
        if (in.getZipError() != 0) {
            // A CRC mismatch is reported when the entry is closed.
            result.error = tr("\"%1\" in %2 is damaged (error %3).").arg(entry.name, shownArchive).arg(in.getZipError());
            return result;
        }
        ++result.files;
    }

    if (!QDir().rename(temporary.path, targetFolder)) {
        result.error = tr("Cannot move the extracted files to %1.").arg(QDir::toNativeSeparators(targetFolder));
        return result;
    }
    temporary.kept = true;
    result.ok = true;
    return result;
}

} // namespace d360::jobs
