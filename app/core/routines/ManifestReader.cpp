// See ManifestReader.h.
#include "core/routines/ManifestReader.h"

#include "core/jobs/FileSystemSafety.h"
#include "core/routines/ManifestWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace d360::routines {

ManifestReader::Result ManifestReader::read(int runFolder)
{
    Result result;
    const QByteArray name = QFile::encodeName(ManifestWriter::fileName);
    const jobs::FileDescriptor file(
        ::openat(runFolder, name.constData(), O_RDONLY | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC));
    if (!file.isOpen()) {
        const int openError = errno;
        result.outcome = openError == ENOENT ? Outcome::Missing : Outcome::Unreadable;
        result.problem = openError == ENOENT
            ? tr("the folder has no %1").arg(ManifestWriter::fileName)
            : openError == ELOOP
            ? tr("%1 is a symbolic link").arg(ManifestWriter::fileName)
            : tr("cannot open %1: %2").arg(ManifestWriter::fileName, jobs::osErrorText(openError));
        return result;
    }
    result.outcome = Outcome::Unreadable;
    struct stat info = {};
    if (::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        result.problem = tr("%1 is not a file").arg(ManifestWriter::fileName);
        return result;
    }
    if (qint64(info.st_size) > maxManifestBytes) {
        result.problem = tr("%1 is %2 bytes, more than a manifest can be")
                             .arg(ManifestWriter::fileName)
                             .arg(qint64(info.st_size));
        return result;
    }
    QByteArray text;
    text.reserve(qsizetype(info.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(file.get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            result.problem
                = tr("cannot read %1: %2").arg(ManifestWriter::fileName, jobs::osErrorText(errno));
            return result;
        }
        if (got == 0)
            break;
        if (text.size() + got > maxManifestBytes) {
            result.problem = tr("%1 grew past the size a manifest can be while it was read")
                                 .arg(ManifestWriter::fileName);
            return result;
        }
        text.append(buffer, qsizetype(got));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.problem = parseError.error != QJsonParseError::NoError
            ? tr("%1 is not valid JSON (%2 at byte %3)")
                  .arg(ManifestWriter::fileName, parseError.errorString())
                  .arg(parseError.offset)
            : tr("%1 does not hold a JSON object").arg(ManifestWriter::fileName);
        return result;
    }
    QString problem;
    result.manifest = RunManifest::fromJson(document.object(), &problem);
    if (!result.manifest) {
        result.problem = tr("%1 cannot be used: %2").arg(ManifestWriter::fileName, problem);
        return result;
    }
    result.outcome = Outcome::Read;
    return result;
}

} // namespace d360::routines
