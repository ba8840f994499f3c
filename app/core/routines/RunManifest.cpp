// See RunManifest.h.
#include "core/routines/RunManifest.h"

#include "core/ApplicationInfo.h"
#include "core/jobs/ErrorKindNames.h"
#include "core/jobs/ExportJob.h"
#include "core/routines/RunFolderFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <fcntl.h>

namespace d360::routines {

const QString RunManifest::formatName = QStringLiteral("d360-exporter-run-manifest");

namespace {

// The translation context of this file's free functions.
struct RunManifestText
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::RunManifest)
};

QString timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject fileJson(const ManifestFile &file)
{
    return QJsonObject { { QStringLiteral("path"), file.path },
                         { QStringLiteral("bytes"), double(file.bytes) },
                         { QStringLiteral("sha256"), QString::fromLatin1(file.sha256Hex) } };
}

QJsonObject itemKeyJson(const ManifestItem &item)
{
    return QJsonObject { { QStringLiteral("version_id"), item.versionId },
                         { QStringLiteral("version_name"), item.versionName },
                         { QStringLiteral("language"), item.languageCode },
                         { QStringLiteral("format"), api::exportFormatName(item.format) } };
}

QString missingReason(const ManifestItem &item)
{
    return item.errorMessage.isEmpty() ? item.state : item.errorMessage;
}

// Reads one JSON object strictly: every getter records the first problem,
// named by the field's full path ("items[2].file.sha256"), and returns a
// harmless value; the caller checks ok() once at the end.
class StrictReader
{
public:
    StrictReader(QString *problem)
        : m_problem(problem)
    { }

    bool ok() const { return m_problem->isEmpty(); }
    void fail(const QString &message)
    {
        if (ok())
            *m_problem = message;
    }

    QJsonValue value(const QJsonObject &object, const QString &where, const char *key)
    {
        const QString name = QLatin1String(key);
        if (!object.contains(name)) {
            fail(RunManifestText::tr("the field %1 is missing").arg(path(where, key)));
            return {};
        }
        return object.value(name);
    }
    QString text(const QJsonObject &object, const QString &where, const char *key)
    {
        const QJsonValue found = value(object, where, key);
        if (ok() && !found.isString())
            fail(RunManifestText::tr("the field %1 is not text").arg(path(where, key)));
        return found.toString();
    }
    QString optionalText(const QJsonObject &object, const QString &where, const char *key)
    {
        if (!object.contains(QLatin1String(key)))
            return {};
        return text(object, where, key);
    }
    QJsonObject object(const QJsonObject &object, const QString &where, const char *key)
    {
        const QJsonValue found = value(object, where, key);
        if (ok() && !found.isObject())
            fail(RunManifestText::tr("the field %1 is not an object").arg(path(where, key)));
        return found.toObject();
    }
    QJsonArray array(const QJsonObject &object, const QString &where, const char *key)
    {
        const QJsonValue found = value(object, where, key);
        if (ok() && !found.isArray())
            fail(RunManifestText::tr("the field %1 is not a list").arg(path(where, key)));
        return found.toArray();
    }
    bool boolean(const QJsonObject &object, const QString &where, const char *key)
    {
        const QJsonValue found = value(object, where, key);
        if (ok() && !found.isBool())
            fail(RunManifestText::tr("the field %1 is not true or false").arg(path(where, key)));
        return found.toBool();
    }
    qint64 count(const QJsonObject &object, const QString &where, const char *key)
    {
        const QJsonValue found = value(object, where, key);
        const double number = found.toDouble(-1.0);
        // Beyond 2^53 a double is no exact count.
        if (ok()
            && (!found.isDouble() || number < 0 || number > 9007199254740992.0
                || std::floor(number) != number)) {
            fail(RunManifestText::tr("the field %1 is not a count of bytes").arg(path(where, key)));
            return 0;
        }
        return qint64(number);
    }
    QDateTime time(const QJsonObject &object, const QString &where, const char *key, bool required)
    {
        const QString written
            = required ? text(object, where, key) : optionalText(object, where, key);
        if (!ok() || (!required && written.isEmpty()))
            return {};
        QDateTime parsed = QDateTime::fromString(written, Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            fail(RunManifestText::tr("the field %1 is not a date and time").arg(path(where, key)));
            return {};
        }
        return parsed.toTimeZone(QTimeZone::utc());
    }
    QString relativePath(const QJsonObject &object, const QString &where, const char *key)
    {
        const QString written = text(object, where, key);
        if (!ok())
            return {};
        const QString problem = manifestPathProblem(written);
        if (!problem.isEmpty())
            fail(RunManifestText::tr("the field %1: %2").arg(path(where, key), problem));
        return written;
    }
    QByteArray sha256(const QJsonObject &object, const QString &where, const char *key)
    {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const QString written = text(object, where, key);
        if (ok() && !hex.match(written).hasMatch())
            fail(RunManifestText::tr("the field %1 is not a SHA-256 in lower-case hex")
                     .arg(path(where, key)));
        return written.toLatin1();
    }
    ManifestFile file(const QJsonObject &object, const QString &where)
    {
        ManifestFile file;
        file.path = relativePath(object, where, "path");
        file.bytes = count(object, where, "bytes");
        file.sha256Hex = sha256(object, where, "sha256");
        return file;
    }

    static QString path(const QString &where, const char *key)
    {
        return where.isEmpty() ? QString::fromLatin1(key)
                               : where + QLatin1Char('.') + QLatin1String(key);
    }

private:
    QString *m_problem;
};

// The size and SHA-256 of a file in the run folder, read from disk for a
// job that did not record them (a queue saved by an older version).
bool measureFile(const QString &runFolder, ManifestFile *file, QString *problem)
{
    QString error;
    const jobs::FileDescriptor root = RunFolderFiles::openFolder(runFolder, &error);
    int errorNumber = 0;
    const jobs::FileDescriptor opened = root.isOpen()
        ? RunFolderFiles::openInside(root.get(), file->path, O_RDONLY, &errorNumber)
        : jobs::FileDescriptor();
    if (opened.isOpen())
        file->sha256Hex = RunFolderFiles::hashOpenFile(opened.get(), &file->bytes, &error);
    if (!file->sha256Hex.isEmpty())
        return true;
    *problem = RunManifestText::tr("cannot read %1: %2")
                   .arg(file->path, error.isEmpty() ? jobs::osErrorText(errorNumber) : error);
    return false;
}

// The files of an extracted archive, relative to the run folder.
QList<ManifestFile> extractedFilesOf(const QString &runFolder, const QString &relativeFolder,
                                     QString *problem)
{
    QList<ManifestFile> files;
    QString error;
    const jobs::FileDescriptor root = RunFolderFiles::openFolder(runFolder, &error);
    int errorNumber = 0;
    const jobs::FileDescriptor folder = root.isOpen()
        ? RunFolderFiles::openInside(root.get(), relativeFolder, O_RDONLY | O_DIRECTORY,
                                     &errorNumber)
        : jobs::FileDescriptor();
    if (!folder.isOpen()) {
        *problem = error.isEmpty() ? RunManifestText::tr("cannot open the extracted folder %1: %2")
                                         .arg(relativeFolder, jobs::osErrorText(errorNumber))
                                   : error;
        return files;
    }
    for (const FolderEntry &entry : RunFolderFiles::list(folder.get())) {
        if (entry.type != FolderEntry::Type::File)
            continue;
        int openError = 0;
        const jobs::FileDescriptor file
            = RunFolderFiles::openInside(folder.get(), entry.path, O_RDONLY, &openError);
        ManifestFile listed;
        listed.path = relativeFolder + QLatin1Char('/') + entry.path;
        QString hashError;
        if (file.isOpen())
            listed.sha256Hex = RunFolderFiles::hashOpenFile(file.get(), &listed.bytes, &hashError);
        if (listed.sha256Hex.isEmpty()) {
            *problem = RunManifestText::tr("cannot read the extracted file %1: %2")
                           .arg(listed.path,
                                hashError.isEmpty() ? jobs::osErrorText(openError) : hashError);
            continue;
        }
        files.append(listed);
    }
    return files;
}

// The path of a job's file relative to the run folder, or empty when it is
// not inside it.
QString insideRunFolder(const QString &runFolder, const QString &path)
{
    if (path.isEmpty())
        return {};
    const QString relative
        = QDir(QDir::cleanPath(runFolder))
              .relativeFilePath(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    return manifestPathProblem(relative).isEmpty() ? relative : QString();
}

} // namespace

QString manifestPathProblem(const QString &relativePath)
{
    if (relativePath.isEmpty())
        return RunManifestText::tr("the path is empty");
    if (relativePath.startsWith(QLatin1Char('/')) || QDir::isAbsolutePath(relativePath))
        return RunManifestText::tr("the path %1 is absolute").arg(relativePath);
    if (relativePath.contains(QLatin1Char('\\')) || relativePath.contains(QChar(0)))
        return RunManifestText::tr("the path %1 holds a backslash or a NUL").arg(relativePath);
    for (const QString &part : relativePath.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return RunManifestText::tr("the path %1 is not a plain path inside the folder")
                .arg(relativePath);
    }
    return {};
}

QString ManifestItem::displayTitle() const
{
    const QString version = versionName.isEmpty() ? versionId : versionName;
    const QString language = languageCode.isEmpty() ? tr("default language") : languageCode;
    return QStringLiteral("%1 / %2 / %3").arg(version, language, api::exportFormatName(format));
}

bool ManifestItem::isOverReimportLimit() const
{
    return exported && file.bytes > RunManifest::reimportLimitBytes;
}

bool ManifestItem::operator==(const ManifestItem &other) const
{
    return versionId == other.versionId && versionName == other.versionName
        && languageCode == other.languageCode && format == other.format
        && exported == other.exported && file == other.file && exportId == other.exportId
        && requestId == other.requestId && startedAt == other.startedAt
        && finishedAt == other.finishedAt && extractedFolder == other.extractedFolder
        && extractedFiles == other.extractedFiles && extractionError == other.extractionError
        && state == other.state && errorMessage == other.errorMessage && traceId == other.traceId
        && errorKind == other.errorKind;
}

RunManifest RunManifest::fromJobs(const RunInfo &run, const QList<jobs::ExportJob> &jobs)
{
    RunManifest manifest;
    manifest.programVersion = ApplicationInfo::version();
    manifest.run = run;
    for (const jobs::ExportJob &job : jobs) {
        ManifestItem item;
        item.versionId = job.versionId;
        item.versionName = job.versionName;
        item.languageCode = job.languageCode;
        item.format = job.format;
        item.exportId = job.exportId;
        item.requestId = job.requestId;
        item.startedAt = job.startedAt;
        item.finishedAt = job.finishedAt;
        const QString relative = insideRunFolder(run.runFolder, job.finalPath);
        QString measureProblem;
        ManifestFile file { relative, job.bytesTotal, job.sha256Hex };
        const bool measured = job.state != jobs::JobState::Completed || relative.isEmpty()
            || (job.bytesTotal >= 0 && !job.sha256Hex.isEmpty())
            || measureFile(run.runFolder, &file, &measureProblem);
        if (job.state == jobs::JobState::Completed && !relative.isEmpty() && measured) {
            item.exported = true;
            item.file = file;
            item.extractionError = job.extractionError;
            if (job.extract && !job.extractedPath.isEmpty()) {
                item.extractedFolder = insideRunFolder(run.runFolder, job.extractedPath);
                if (!item.extractedFolder.isEmpty()) {
                    QString problem;
                    item.extractedFiles
                        = extractedFilesOf(run.runFolder, item.extractedFolder, &problem);
                    if (!problem.isEmpty() && item.extractionError.isEmpty())
                        item.extractionError = problem;
                }
            }
        } else if (job.state == jobs::JobState::Completed) {
            item.state = QStringLiteral("failed");
            item.errorMessage = measureProblem.isEmpty()
                ? tr("the file %1 is not inside the run folder").arg(job.finalPath)
                : measureProblem;
        } else {
            item.state = jobs::jobStateName(job.state);
            item.errorMessage = jobs::isFinalState(job.state)
                ? job.errorMessage
                : tr("the run ended before this export did");
            item.traceId = job.traceId;
            item.errorKind = jobs::errorKindName(job.errorKind);
        }
        manifest.items.append(item);
    }
    return manifest;
}

bool RunManifest::isComplete() const
{
    return missingItems().isEmpty();
}

QList<ManifestItem> RunManifest::missingItems() const
{
    QList<ManifestItem> missing;
    for (const ManifestItem &item : items) {
        if (!item.exported)
            missing.append(item);
    }
    return missing;
}

QString RunManifest::oversizeWarning(const QString &fileName, qint64 bytes)
{
    return tr("%1 is %2 (%3 bytes), more than 1 GB: Document360 cannot import a file that "
              "large back.")
        .arg(fileName, QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat),
             QString::number(bytes));
}

QStringList RunManifest::warnings() const
{
    QStringList found;
    for (const ManifestItem &item : items) {
        if (item.isOverReimportLimit())
            found.append(oversizeWarning(item.file.path, item.file.bytes));
    }
    return found;
}

QStringList RunManifest::listedFiles() const
{
    QStringList paths;
    for (const ManifestItem &item : items) {
        if (!item.exported)
            continue;
        paths.append(item.file.path);
        for (const ManifestFile &file : item.extractedFiles)
            paths.append(file.path);
    }
    return paths;
}

QJsonObject RunManifest::toJson() const
{
    QJsonArray itemList;
    QJsonArray missingList;
    for (const ManifestItem &item : items) {
        QJsonObject object = itemKeyJson(item);
        // Of a failed export too: its export id is what support asks for.
        object.insert(QStringLiteral("export_id"), item.exportId);
        object.insert(QStringLiteral("request_id"), item.requestId);
        object.insert(QStringLiteral("started_at"), timestampText(item.startedAt));
        object.insert(QStringLiteral("finished_at"), timestampText(item.finishedAt));
        if (item.exported) {
            object.insert(QStringLiteral("result"), QStringLiteral("exported"));
            object.insert(QStringLiteral("file"), fileJson(item.file));
            if (!item.extractedFolder.isEmpty()) {
                QJsonArray files;
                for (const ManifestFile &file : item.extractedFiles)
                    files.append(fileJson(file));
                object.insert(QStringLiteral("extracted"),
                              QJsonObject { { QStringLiteral("folder"), item.extractedFolder },
                                            { QStringLiteral("files"), files } });
            }
            if (!item.extractionError.isEmpty())
                object.insert(QStringLiteral("extraction_error"), item.extractionError);
            object.insert(QStringLiteral("over_reimport_limit"), item.isOverReimportLimit());
            if (item.isOverReimportLimit())
                object.insert(QStringLiteral("warning"),
                              oversizeWarning(item.file.path, item.file.bytes));
        } else {
            object.insert(QStringLiteral("result"), QStringLiteral("missing"));
            object.insert(QStringLiteral("failure"),
                          QJsonObject { { QStringLiteral("state"), item.state },
                                        { QStringLiteral("message"), item.errorMessage },
                                        { QStringLiteral("trace_id"), item.traceId },
                                        { QStringLiteral("error_kind"), item.errorKind } });
            QJsonObject missing = itemKeyJson(item);
            missing.insert(QStringLiteral("reason"), missingReason(item));
            missingList.append(missing);
        }
        itemList.append(object);
    }
    return QJsonObject {
        { QStringLiteral("format"), formatName },
        { QStringLiteral("format_version"), formatVersion },
        { QStringLiteral("program_version"), programVersion },
        { QStringLiteral("run_id"), run.runId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("account_name"), run.accountName },
        { QStringLiteral("project"),
          QJsonObject { { QStringLiteral("id"), run.projectId },
                        { QStringLiteral("name"), run.projectName } } },
        { QStringLiteral("preset_name"), run.presetName },
        { QStringLiteral("origin"), RunOriginText::name(run.origin) },
        { QStringLiteral("started_at"), timestampText(run.startedAt) },
        { QStringLiteral("finished_at"), timestampText(run.finishedAt) },
        { QStringLiteral("items"), itemList },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings()) },
        { QStringLiteral("verdict"),
          QJsonObject { { QStringLiteral("complete"), missingList.isEmpty() },
                        { QStringLiteral("missing"), missingList } } },
    };
}

std::optional<RunManifest> RunManifest::fromJson(const QJsonObject &object, QString *problem)
{
    problem->clear();
    StrictReader read(problem);
    const QString format = read.text(object, {}, "format");
    if (read.ok() && format != formatName) {
        *problem = tr("this is not a run manifest (format \"%1\", expected \"%2\")")
                       .arg(format, formatName);
        return std::nullopt;
    }
    const QJsonValue version = read.value(object, {}, "format_version");
    if (read.ok() && (!version.isDouble() || version.toDouble() != formatVersion)) {
        *problem = tr("the manifest's format version is %1; this program reads version %2")
                       .arg(version.isDouble() ? QString::number(version.toDouble())
                                               : tr("not a number"))
                       .arg(formatVersion);
        return std::nullopt;
    }
    RunManifest manifest;
    manifest.programVersion = read.text(object, {}, "program_version");
    const QString runId = read.text(object, {}, "run_id");
    manifest.run.runId = QUuid::fromString(runId);
    if (read.ok() && manifest.run.runId.isNull())
        read.fail(tr("the field run_id is not a UUID"));
    manifest.run.accountName = read.text(object, {}, "account_name");
    const QJsonObject project = read.object(object, {}, "project");
    manifest.run.projectId = read.text(project, QStringLiteral("project"), "id");
    manifest.run.projectName = read.text(project, QStringLiteral("project"), "name");
    manifest.run.presetName = read.text(object, {}, "preset_name");
    const QString origin = read.text(object, {}, "origin");
    if (read.ok()) {
        const std::optional<RunOrigin> known = RunOriginText::fromName(origin);
        if (!known)
            read.fail(tr("the field origin is \"%1\", not window, cli or schedule").arg(origin));
        else
            manifest.run.origin = *known;
    }
    manifest.run.startedAt = read.time(object, {}, "started_at", true);
    manifest.run.finishedAt = read.time(object, {}, "finished_at", false);

    const QJsonArray items = read.array(object, {}, "items");
    for (qsizetype index = 0; index < items.size() && read.ok(); ++index) {
        const QString where = QStringLiteral("items[%1]").arg(index);
        if (!items.at(index).isObject()) {
            read.fail(tr("%1 is not an object").arg(where));
            break;
        }
        const QJsonObject entry = items.at(index).toObject();
        ManifestItem item;
        item.versionId = read.text(entry, where, "version_id");
        item.versionName = read.text(entry, where, "version_name");
        item.languageCode = read.text(entry, where, "language");
        const QString formatText = read.text(entry, where, "format");
        if (read.ok()) {
            const std::optional<api::ExportFormat> known = api::exportFormatFromName(formatText);
            if (!known)
                read.fail(tr("the field %1 is \"%2\", not a format")
                              .arg(StrictReader::path(where, "format"), formatText));
            else
                item.format = *known;
        }
        item.exportId = read.text(entry, where, "export_id");
        item.requestId = read.text(entry, where, "request_id");
        item.startedAt = read.time(entry, where, "started_at", false);
        item.finishedAt = read.time(entry, where, "finished_at", false);
        const QString result = read.text(entry, where, "result");
        if (read.ok() && result == QLatin1String("exported")) {
            item.exported = true;
            item.file
                = read.file(read.object(entry, where, "file"), StrictReader::path(where, "file"));
            item.extractionError = read.optionalText(entry, where, "extraction_error");
            if (entry.contains(QStringLiteral("extracted"))) {
                const QString extractedWhere = StrictReader::path(where, "extracted");
                const QJsonObject extracted = read.object(entry, where, "extracted");
                item.extractedFolder = read.relativePath(extracted, extractedWhere, "folder");
                const QJsonArray files = read.array(extracted, extractedWhere, "files");
                for (qsizetype fileIndex = 0; fileIndex < files.size() && read.ok(); ++fileIndex) {
                    const QString fileWhere
                        = QStringLiteral("%1.files[%2]").arg(extractedWhere).arg(fileIndex);
                    if (!files.at(fileIndex).isObject()) {
                        read.fail(tr("%1 is not an object").arg(fileWhere));
                        break;
                    }
                    item.extractedFiles.append(
                        read.file(files.at(fileIndex).toObject(), fileWhere));
                }
            }
        } else if (read.ok() && result == QLatin1String("missing")) {
            const QString failureWhere = StrictReader::path(where, "failure");
            const QJsonObject failure = read.object(entry, where, "failure");
            item.state = read.text(failure, failureWhere, "state");
            item.errorMessage = read.text(failure, failureWhere, "message");
            item.traceId = read.text(failure, failureWhere, "trace_id");
            item.errorKind = read.text(failure, failureWhere, "error_kind");
        } else if (read.ok()) {
            read.fail(tr("the field %1 is \"%2\", not exported or missing")
                          .arg(StrictReader::path(where, "result"), result));
        }
        manifest.items.append(item);
    }
    const QJsonObject verdict = read.object(object, {}, "verdict");
    const bool complete = read.boolean(verdict, QStringLiteral("verdict"), "complete");
    const QJsonArray missing = read.array(verdict, QStringLiteral("verdict"), "missing");
    if (read.ok()
        && (complete != manifest.isComplete() || missing.size() != manifest.missingItems().size()))
        read.fail(tr("the verdict does not match the items: it lists %1 missing, the items %2")
                      .arg(missing.size())
                      .arg(manifest.missingItems().size()));
    if (!read.ok())
        return std::nullopt;
    return manifest;
}

bool RunManifest::operator==(const RunManifest &other) const
{
    return programVersion == other.programVersion && run.runId == other.run.runId
        && run.accountName == other.run.accountName && run.projectId == other.run.projectId
        && run.projectName == other.run.projectName && run.presetName == other.run.presetName
        && run.origin == other.run.origin && run.startedAt == other.run.startedAt
        && run.finishedAt == other.run.finishedAt && items == other.items;
}

} // namespace d360::routines
