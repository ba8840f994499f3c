// See ZipExtractor.h.
#include "core/jobs/ZipExtractor.h"

#include "core/jobs/FileNameSanitizer.h"
#include "core/jobs/FileSystemSafety.h"
#include "core/jobs/OutputFiles.h"
#include "core/jobs/OwnedFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStorageInfo>

#include <algorithm>
#include <limits>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace d360::jobs {

namespace {

constexpr qint64 copyChunkBytes = 256 * 1024;
// Deeper entries would need as many open folders to be removed again.
constexpr int maxFolderDepth = 128;

QString normalisedEntryName(const QString &name)
{
    // Windows tools write backslashes; they are separators wherever the
    // folder is opened later.
    QString result = name;
    result.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return result;
}

qint64 clampedProduct(qint64 bytes, double factor)
{
    const double product = double(bytes) * factor;
    return product >= double(std::numeric_limits<qint64>::max())
        ? std::numeric_limits<qint64>::max()
        : qint64(product);
}

// How many bytes the extraction may write, and what to say when it would
// write more.
struct ByteBudget
{
    qint64 bytes = std::numeric_limits<qint64>::max();
    QString exceeded;
};

ByteBudget byteBudget(const QString &archivePath, const QString &targetParent,
                      const ZipExtractor::Limits &limits)
{
    const QLocale locale;
    ByteBudget budget;
    const qint64 archiveBytes = QFileInfo(archivePath).size();
    budget.bytes
        = std::max(clampedProduct(archiveBytes, limits.maxExpansion), limits.alwaysAllowedBytes);
    budget.exceeded
        = ZipExtractor::tr(
              "it would expand to more than %1, over %2 times the size of the archive, as a zip "
              "bomb does")
              .arg(locale.formattedDataSize(budget.bytes))
              .arg(limits.maxExpansion);
    const QStorageInfo storage(targetParent);
    const qint64 free = storage.isValid() ? storage.bytesAvailable() : -1;
    if (free >= 0 && clampedProduct(free, limits.maxShareOfFreeSpace) < budget.bytes) {
        budget.bytes = clampedProduct(free, limits.maxShareOfFreeSpace);
        budget.exceeded
            = ZipExtractor::tr(
                  "it would take more than %1% of the free space in %2 (over %3 of %4 free)")
                  .arg(qRound(limits.maxShareOfFreeSpace * 100))
                  .arg(QDir::toNativeSeparators(targetParent),
                       locale.formattedDataSize(budget.bytes), locale.formattedDataSize(free));
    }
    return budget;
}

QString nothingExtracted(const QString &shownArchive, const QString &reason)
{
    return ZipExtractor::tr("Nothing was extracted from %1: %2. The archive is kept as downloaded.")
        .arg(shownArchive, reason);
}

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
    const QString stem = info.completeBaseName().isEmpty()
        ? info.fileName() + QStringLiteral("-files")
        : info.completeBaseName();
    // A dangling link counts as taken: it is somebody's, and never replaced.
    return firstFreePath(
        info.absolutePath(), stem, [](const QString &path) { return somethingIsAt(path); },
        NameKind::Folder);
}

ZipExtractor::Result ZipExtractor::extract(const QString &archivePath, const QString &targetFolder,
                                           const std::atomic_bool *cancelled, const Limits &limits)
{
    Result result;
    const QString shownArchive = QDir::toNativeSeparators(archivePath);
    const QFileInfo target(targetFolder);
    const QString shownTarget = QDir::toNativeSeparators(targetFolder);
    QuaZip zip(archivePath);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.error = tr("%1 is not a readable ZIP archive (error %2).")
                           .arg(shownArchive)
                           .arg(zip.getZipError());
        return result;
    }
    const ByteBudget budget = byteBudget(archivePath, target.absolutePath(), limits);

    // Every entry is checked before one byte is written.
    QList<QuaZipFileInfo64> entries;
    quint64 declaredBytes = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (entries.size() >= limits.maxEntries) {
            result.error = nothingExtracted(
                shownArchive, tr("it has more than %1 entries").arg(limits.maxEntries));
            return result;
        }
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            result.error = tr("%1 has an unreadable entry (error %2).")
                               .arg(shownArchive)
                               .arg(zip.getZipError());
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
        if (normalisedEntryName(info.name).count(QLatin1Char('/')) > maxFolderDepth) {
            result.error = nothingExtracted(shownArchive,
                                            tr("the entry \"%1\" is more than %2 folders deep")
                                                .arg(info.name)
                                                .arg(maxFolderDepth));
            return result;
        }
        // What the archive claims refuses early; what is really written is
        // counted again below, because the claim may lie.
        declaredBytes += std::min<quint64>(info.uncompressedSize, quint64(budget.bytes) + 1);
        if (declaredBytes > quint64(budget.bytes)) {
            result.error = nothingExtracted(shownArchive, budget.exceeded);
            return result;
        }
        entries.append(info);
    }
    if (zip.getZipError() != 0) {
        result.error = tr("%1 is damaged (error %2).").arg(shownArchive).arg(zip.getZipError());
        return result;
    }

    // lstat, not exists(): a dangling link is somebody's too.
    if (somethingIsAt(targetFolder)) {
        result.error = tr("%1 already exists.").arg(shownTarget);
        return result;
    }
    const QString workPrefix = QStringLiteral(".%1.extracting-").arg(target.fileName().left(50));
    OwnedFolder::removeAbandoned(target.absolutePath(), workPrefix);
    QString problem;
    const std::unique_ptr<OwnedFolder> work
        = OwnedFolder::create(target.absolutePath(), workPrefix, &problem);
    if (!work) {
        result.error = tr("Cannot extract %1: %2.").arg(shownArchive, problem);
        return result;
    }

    QByteArray buffer(int(copyChunkBytes), Qt::Uninitialized);
    qint64 writtenBytes = 0;
    // The same walk as the check, so each entry is found in constant time.
    qsizetype index = 0;
    for (bool more = zip.goToFirstFile(); more && index < entries.size();
         more = zip.goToNextFile(), ++index) {
        const QuaZipFileInfo64 &entry = entries.at(index);
        if (cancelled && cancelled->load()) {
            result.error = tr("Cancelled.");
            return result;
        }
        const QString relative = normalisedEntryName(entry.name);
        const QString shownDestination
            = QDir::toNativeSeparators(QDir(targetFolder).filePath(relative));
        if (relative.endsWith(QLatin1Char('/'))) {
            if (!work->makeFolders(relative, &problem)) {
                result.error
                    = tr("Cannot extract %1 to %2: %3.").arg(shownArchive, shownTarget, problem);
                return result;
            }
            continue;
        }
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly)) {
            result.error = tr("Cannot read \"%1\" in %2 (error %3).")
                               .arg(entry.name, shownArchive)
                               .arg(in.getZipError());
            return result;
        }
        FileDescriptor out = work->createFile(relative, &problem);
        if (!out.isOpen()) {
            result.error
                = tr("Cannot extract %1 to %2: %3.").arg(shownArchive, shownTarget, problem);
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
            writtenBytes += read;
            if (writtenBytes > budget.bytes) {
                result.error = nothingExtracted(shownArchive, budget.exceeded);
                return result;
            }
            if (!out.writeAll(buffer.constData(), read, &problem)) {
                result.error = tr("Cannot write %1: %2.").arg(shownDestination, problem);
                return result;
            }
        }
        if (!out.close(&problem)) {
            result.error = tr("Cannot write %1: %2.").arg(shownDestination, problem);
            return result;
        }
        in.close();
        if (in.getZipError() != 0) {
            // A CRC mismatch is reported when the entry is closed.
            result.error = tr("\"%1\" in %2 is damaged (error %3).")
                               .arg(entry.name, shownArchive)
                               .arg(in.getZipError());
            return result;
        }
        ++result.files;
    }

    if (!work->moveInPlaceOf(target.fileName(), &problem)) {
        result.error = tr("Cannot move the extracted files to %1: %2.").arg(shownTarget, problem);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace d360::jobs
