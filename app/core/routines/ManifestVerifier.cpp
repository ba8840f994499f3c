// See ManifestVerifier.h.
#include "core/routines/ManifestVerifier.h"

#include "core/jobs/FileSystemSafety.h"
#include "core/routines/ManifestReader.h"
#include "core/routines/ManifestWriter.h"
#include "core/routines/RunFolderFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace d360::routines {

namespace {

QJsonArray findingsJson(const QList<VerifyFinding> &findings)
{
    QJsonArray list;
    for (const VerifyFinding &finding : findings)
        list.append(QJsonObject { { QStringLiteral("path"), finding.path },
                                  { QStringLiteral("detail"), finding.detail } });
    return list;
}

QString linkTarget(int folder, const QString &relativePath)
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    int errorNumber = 0;
    jobs::FileDescriptor parent;
    int parentFd = folder;
    if (slash >= 0) {
        parent = RunFolderFiles::openInside(folder, relativePath.left(slash),
                                            O_RDONLY | O_DIRECTORY, &errorNumber);
        if (!parent.isOpen())
            return {};
        parentFd = parent.get();
    }
    char target[4096];
    const ssize_t length
        = ::readlinkat(parentFd, QFile::encodeName(relativePath.mid(slash + 1)).constData(), target,
                       sizeof target);
    return length > 0 ? QFile::decodeName(QByteArray(target, int(length))) : QString();
}

} // namespace

bool VerifyReport::isWhole() const
{
    return manifestState == ManifestState::Read && !cancelled && missing.isEmpty()
        && changed.isEmpty() && extra.isEmpty() && notExported.isEmpty();
}

QJsonObject VerifyReport::toJson() const
{
    QJsonArray planned;
    for (const ManifestItem &item : notExported)
        planned.append(QJsonObject {
            { QStringLiteral("version_id"), item.versionId },
            { QStringLiteral("version_name"), item.versionName },
            { QStringLiteral("language"), item.languageCode },
            { QStringLiteral("format"), api::exportFormatName(item.format) },
            { QStringLiteral("reason"),
              item.errorMessage.isEmpty() ? item.state : item.errorMessage },
        });
    QString state;
    switch (manifestState) {
    case ManifestState::Read:
        state = QStringLiteral("read");
        break;
    case ManifestState::Missing:
        state = QStringLiteral("missing");
        break;
    case ManifestState::Unreadable:
        state = QStringLiteral("unreadable");
        break;
    }
    return QJsonObject {
        { QStringLiteral("folder"), folder },
        { QStringLiteral("whole"), isWhole() },
        { QStringLiteral("manifest"), state },
        { QStringLiteral("manifest_problem"), manifestProblem },
        { QStringLiteral("files_checked"), filesChecked },
        { QStringLiteral("bytes_checked"), double(bytesChecked) },
        { QStringLiteral("missing"), findingsJson(missing) },
        { QStringLiteral("changed"), findingsJson(changed) },
        { QStringLiteral("extra"), findingsJson(extra) },
        { QStringLiteral("not_exported"), planned },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        { QStringLiteral("cancelled"), cancelled },
    };
}

VerifyReport ManifestVerifier::verify(const QString &runFolder, const VerifyOptions &options)
{
    VerifyReport report;
    report.folder = runFolder;
    QString error;
    const jobs::FileDescriptor root = RunFolderFiles::openFolder(runFolder, &error);
    if (!root.isOpen()) {
        report.manifestState = VerifyReport::ManifestState::Missing;
        report.manifestProblem = error;
        return report;
    }
    const ManifestReader::Result read = ManifestReader::read(root.get());
    if (read.outcome != ManifestReader::Outcome::Read) {
        report.manifestState = read.outcome == ManifestReader::Outcome::Missing
            ? VerifyReport::ManifestState::Missing
            : VerifyReport::ManifestState::Unreadable;
        report.manifestProblem = read.problem;
        return report;
    }
    report.manifestState = VerifyReport::ManifestState::Read;
    const RunManifest &manifest = *read.manifest;
    report.notExported = manifest.missingItems();
    report.warnings = manifest.warnings();

    QList<ManifestFile> listed;
    for (const ManifestItem &item : manifest.items) {
        if (!item.exported)
            continue;
        listed.append(item.file);
        listed.append(item.extractedFiles);
    }
    qint64 bytesTotal = 0;
    for (const ManifestFile &file : std::as_const(listed))
        bytesTotal += file.bytes;

    QSet<QString> listedPaths;
    qint64 bytesBefore = 0;
    for (const ManifestFile &file : std::as_const(listed)) {
        listedPaths.insert(file.path);
        if (options.cancelled && options.cancelled->load()) {
            report.cancelled = true;
            return report;
        }
        int errorNumber = 0;
        const jobs::FileDescriptor opened
            = RunFolderFiles::openInside(root.get(), file.path, O_RDONLY, &errorNumber);
        if (!opened.isOpen()) {
            if (errorNumber == ENOENT)
                report.missing.append({ file.path, VerifyReport::tr("not in the folder") });
            else if (errorNumber == ELOOP || errorNumber == ENOTDIR)
                report.changed.append(
                    { file.path,
                      VerifyReport::tr("a symbolic link is in its place (not followed)") });
            else
                report.changed.append({ file.path,
                                        VerifyReport::tr("cannot be opened: %1")
                                            .arg(jobs::osErrorText(errorNumber)) });
            bytesBefore += file.bytes;
            continue;
        }
        struct stat info = {};
        if (::fstat(opened.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
            report.changed.append({ file.path, VerifyReport::tr("is no longer a plain file") });
            bytesBefore += file.bytes;
            continue;
        }
        if (qint64(info.st_size) != file.bytes) {
            report.changed.append({ file.path,
                                    VerifyReport::tr("%1 bytes; the manifest says %2")
                                        .arg(qint64(info.st_size))
                                        .arg(file.bytes) });
            bytesBefore += file.bytes;
            continue;
        }
        qint64 bytes = 0;
        QString hashError;
        const qint64 base = bytesBefore;
        const QByteArray hash = RunFolderFiles::hashOpenFile(
            opened.get(), &bytes, &hashError, options.cancelled, [&](qint64 done) {
                if (options.progress)
                    options.progress(base + done, bytesTotal);
            });
        bytesBefore += file.bytes;
        if (hash.isEmpty() && hashError.isEmpty()) {
            report.cancelled = true;
            return report;
        }
        ++report.filesChecked;
        report.bytesChecked += bytes;
        if (hash.isEmpty())
            report.changed.append(
                { file.path, VerifyReport::tr("cannot be read: %1").arg(hashError) });
        else if (bytes != file.bytes)
            report.changed.append(
                { file.path,
                  VerifyReport::tr("%1 bytes; the manifest says %2").arg(bytes).arg(file.bytes) });
        else if (hash != file.sha256Hex)
            report.changed.append(
                { file.path, VerifyReport::tr("its SHA-256 differs from the manifest's") });
    }

    for (const FolderEntry &entry : RunFolderFiles::list(root.get())) {
        if (entry.type == FolderEntry::Type::Folder || listedPaths.contains(entry.path)
            || entry.path == ManifestWriter::fileName)
            continue;
        QString detail;
        if (entry.type == FolderEntry::Type::Link) {
            const QString target = linkTarget(root.get(), entry.path);
            detail = VerifyReport::tr("a symbolic link to %1 (not followed)").arg(target);
        } else if (entry.type == FolderEntry::Type::File) {
            detail = VerifyReport::tr("not in the manifest");
        } else {
            detail = VerifyReport::tr("not a plain file, not in the manifest");
        }
        report.extra.append({ entry.path, detail });
    }
    return report;
}

} // namespace d360::routines
