// See LegacyQueueImport.h.
#include "core/state/LegacyQueueImport.h"

#include "core/jobs/ExportJob.h"
#include "core/state/StateDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace d360::state {

namespace {

const char formatName[] = "d360-exporter.jobs";
constexpr int formatVersion = 1;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString unusedName(const QString &wanted)
{
    QString name = wanted;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = wanted + QStringLiteral("-%1").arg(n);
    return name;
}

// An older version still running holds "<file>.lock".
bool isInUse(const QString &filePath)
{
    QLockFile lock(filePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

} // namespace

LegacyQueueFile::Content LegacyQueueFile::parse(const QByteArray &bytes)
{
    Content content;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull())
        content.problem = bytes.isEmpty()
            ? tr("the file is empty")
            : tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
    else if (!document.isObject()
             || document.object().value(QLatin1String("format")).toString()
                 != QLatin1String(formatName))
        content.problem = tr("not an export queue");
    else if (document.object().value(QLatin1String("version")).toInt() > formatVersion)
        content.problem = tr("written by a newer version of D360 Exporter");
    if (!content.problem.isEmpty())
        return content;

    QSet<QUuid> seen;
    for (const QJsonValue &value : document.object().value(QLatin1String("jobs")).toArray()) {
        QString problem;
        std::optional<jobs::ExportJob> job = jobs::ExportJob::fromJson(value.toObject(), &problem);
        if (job && seen.contains(job->id)) {
            problem = tr("job %1 appears twice").arg(idText(job->id));
            job.reset();
        }
        if (!job) {
            content.unreadable.append({ value.toObject(), problem });
            continue;
        }
        seen.insert(job->id);
        content.jobs.append(*job);
    }
    return content;
}

bool LegacyQueueImport::importFile(const StateDatabase &database, const QString &filePath,
                                   const QString &queueName, QString *problem)
{
    const QString shownPath = QDir::toNativeSeparators(filePath);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("The export queue %1 of an earlier version could not be opened (%2); it "
                      "is left as it is.")
                       .arg(shownPath, file.errorString());
        return false;
    }
    const LegacyQueueFile::Content content = LegacyQueueFile::parse(file.readAll());
    file.close();
    if (!content.problem.isEmpty()) {
        // Out of the way, so it is reported once, not at every start.
        const QString aside = unusedName(filePath + QStringLiteral(".unreadable"));
        *problem = QFile::rename(filePath, aside)
            ? tr("The export queue %1 of an earlier version could not be read (%2); it was "
                 "not imported, and was moved aside to %3.")
                  .arg(shownPath, content.problem, QDir::toNativeSeparators(aside))
            : tr("The export queue %1 of an earlier version could not be read (%2); it was "
                 "not imported, and is left as it is.")
                  .arg(shownPath, content.problem);
        return false;
    }

    QString error;
    StateDatabase::Transaction transaction(database);
    if (!transaction.begin(&error)) {
        *problem = tr("The export queue %1 could not be imported: %2").arg(shownPath, error);
        return false;
    }
    QSqlQuery last(database.connection());
    last.prepare(QStringLiteral("SELECT COALESCE(MAX(position), -1) FROM queue_jobs "
                                "WHERE queue = ?"));
    last.addBindValue(queueName);
    if (!database.run(last, &error) || !last.next()) {
        *problem = tr("The export queue %1 could not be imported: %2").arg(shownPath, error);
        return false;
    }
    qint64 position = last.value(0).toLongLong() + 1;
    last.finish();

    QSqlQuery insert(database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO queue_jobs (queue, id, position, batch_id, state, job) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (queue, id) DO NOTHING"));
    for (const jobs::ExportJob &job : content.jobs) {
        insert.bindValue(0, queueName);
        insert.bindValue(1, idText(job.id));
        insert.bindValue(2, position++);
        insert.bindValue(3, idText(job.batchId));
        insert.bindValue(4, jobs::jobStateName(job.state));
        insert.bindValue(
            5, QString::fromUtf8(QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact)));
        if (!database.run(insert, &error)) {
            *problem = tr("The export queue %1 could not be imported: %2").arg(shownPath, error);
            return false;
        }
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery keep(database.connection());
    keep.prepare(QStringLiteral(
        "INSERT INTO unreadable_jobs (queue, id, job, reason, found_at) VALUES (?, ?, ?, ?, ?)"));
    for (const LegacyQueueFile::Unreadable &job : content.unreadable) {
        keep.bindValue(0, queueName);
        keep.bindValue(1, job.job.value(QLatin1String("id")).toString());
        keep.bindValue(2, QString::fromUtf8(QJsonDocument(job.job).toJson(QJsonDocument::Compact)));
        keep.bindValue(3, job.reason);
        keep.bindValue(4, now);
        if (!database.run(keep, &error)) {
            *problem = tr("The export queue %1 could not be imported: %2").arg(shownPath, error);
            return false;
        }
    }
    if (!transaction.commit(&error)) {
        *problem = tr("The export queue %1 could not be imported: %2").arg(shownPath, error);
        return false;
    }

    const QString kept = unusedName(filePath + QStringLiteral(".imported"));
    if (!QFile::rename(filePath, kept)) {
        // Imported all the same; a second import adds nothing.
        *problem = tr("The export queue %1 was imported, but could not be renamed; it will be "
                      "looked at again at the next start.")
                       .arg(shownPath);
        return false;
    }
    if (!content.unreadable.isEmpty()) {
        *problem = tr("%n job(s) of the export queue %1 could not be read (%2); they are kept "
                      "in the table unreadable_jobs of %3, and the file as %4.",
                      nullptr, int(content.unreadable.size()))
                       .arg(shownPath, content.unreadable.first().reason,
                            QDir::toNativeSeparators(database.filePath()),
                            QDir::toNativeSeparators(kept));
        return false;
    }
    return true;
}

QStringList LegacyQueueImport::importAll(const StateDatabase &database, const QString &dataFolder)
{
    const QDir folder(dataFolder);
    QList<std::pair<QString, QString>> files; // path, queue name
    const QString windowFile = folder.filePath(QStringLiteral("queue.json"));
    if (QFileInfo(windowFile).isFile())
        files.append({ windowFile, QStringLiteral("window") });
    const QDir batches(folder.filePath(QStringLiteral("cli-batches")));
    for (const QFileInfo &info :
         batches.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        files.append({ info.filePath(), QStringLiteral("cli/") + info.completeBaseName() });

    QStringList problems;
    for (const auto &[path, queue] : files) {
        if (isInUse(path))
            continue; // an older version is running it; the next start imports it
        QString problem;
        if (!importFile(database, path, queue, &problem))
            problems.append(problem);
    }
    return problems;
}

} // namespace d360::state
