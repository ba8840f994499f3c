// See HistoryStore.h.
#include "core/routines/HistoryStore.h"

#include "core/jobs/ErrorKindNames.h"
#include "core/jobs/ExportJob.h"
#include "core/state/StateDatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace d360::routines {

namespace {

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// For NOT NULL columns: Qt binds a null QString as SQL NULL, an empty one
// as ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

const QString runColumns = QStringLiteral(
    "id, origin, account_name, preset_name, project_id, project_name, description, run_folder, "
    "keep_runs, started_at, finished_at, planned, completed, failed, bytes, manifest_path, "
    "folder_removed_at");

RunRecord runFrom(const QSqlQuery &query)
{
    RunRecord run;
    run.id = QUuid::fromString(query.value(0).toString());
    run.origin = RunOriginText::fromName(query.value(1).toString()).value_or(RunOrigin::Window);
    run.accountName = query.value(2).toString();
    run.presetName = query.value(3).toString();
    run.projectId = query.value(4).toString();
    run.projectName = query.value(5).toString();
    run.description = query.value(6).toString();
    run.runFolder = query.value(7).toString();
    run.keepRuns = query.value(8).toInt();
    run.startedAt = timeOf(query.value(9));
    run.finishedAt = timeOf(query.value(10));
    run.planned = query.value(11).toInt();
    run.completed = query.value(12).toInt();
    run.failed = query.value(13).toInt();
    run.bytes = query.value(14).toLongLong();
    run.manifestPath = query.value(15).toString();
    run.folderRemovedAt = timeOf(query.value(16));
    return run;
}

} // namespace

QString RunOriginText::name(RunOrigin origin)
{
    switch (origin) {
    case RunOrigin::Window:
        return QStringLiteral("window");
    case RunOrigin::CommandLine:
        return QStringLiteral("cli");
    case RunOrigin::Schedule:
        return QStringLiteral("schedule");
    }
    return QStringLiteral("window");
}

std::optional<RunOrigin> RunOriginText::fromName(const QString &name)
{
    for (const RunOrigin origin :
         { RunOrigin::Window, RunOrigin::CommandLine, RunOrigin::Schedule }) {
        if (RunOriginText::name(origin) == name)
            return origin;
    }
    return std::nullopt;
}

QString RunOriginText::displayName(RunOrigin origin)
{
    switch (origin) {
    case RunOrigin::Window:
        return tr("Window");
    case RunOrigin::CommandLine:
        return tr("Command line");
    case RunOrigin::Schedule:
        return tr("Schedule");
    }
    return {};
}

HistoryStore::HistoryStore(std::shared_ptr<state::StateDatabase> database)
    : m_database(std::move(database))
{ }

bool HistoryStore::begin(const RunRecord &run, QString *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO runs (id, origin, account_name, preset_name, project_id, project_name, "
        "description, run_folder, keep_runs, started_at, planned) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "origin = excluded.origin, account_name = excluded.account_name, "
        "preset_name = excluded.preset_name, project_id = excluded.project_id, "
        "project_name = excluded.project_name, description = excluded.description, "
        "run_folder = excluded.run_folder, keep_runs = excluded.keep_runs, "
        "planned = excluded.planned"));
    query.addBindValue(idText(run.id));
    query.addBindValue(RunOriginText::name(run.origin));
    query.addBindValue(notNull(run.accountName));
    query.addBindValue(textOrNull(run.presetName));
    query.addBindValue(notNull(run.projectId));
    query.addBindValue(notNull(run.projectName));
    query.addBindValue(notNull(run.description));
    query.addBindValue(textOrNull(run.runFolder));
    query.addBindValue(run.keepRuns);
    query.addBindValue(
        timeValue(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    query.addBindValue(run.planned);
    return m_database->run(query, error);
}

bool HistoryStore::finish(const QUuid &runId, const QList<jobs::ExportJob> &jobs,
                          const QDateTime &finishedAt, QString *error)
{
    state::StateDatabase::Transaction transaction(*m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery clear(m_database->connection());
    clear.prepare(QStringLiteral("DELETE FROM run_items WHERE run_id = ?"));
    clear.addBindValue(idText(runId));
    if (!m_database->run(clear, error))
        return false;

    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO run_items (run_id, job_id, title, version_id, version_name, language_code, "
        "format, state, path, bytes, sha256, export_id, request_id, trace_id, error_kind, "
        "error_message, started_at, finished_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int completed = 0;
    int failed = 0;
    qint64 bytes = 0;
    for (const jobs::ExportJob &job : jobs) {
        const bool done = job.state == jobs::JobState::Completed;
        completed += done;
        failed += !done;
        const qint64 size = done ? std::max(job.bytesTotal, job.bytesDone) : -1;
        if (size > 0)
            bytes += size;
        int column = 0;
        insert.bindValue(column++, idText(runId));
        insert.bindValue(column++, idText(job.id));
        insert.bindValue(column++, notNull(job.displayTitle()));
        insert.bindValue(column++, notNull(job.versionId));
        insert.bindValue(column++, notNull(job.versionName));
        insert.bindValue(column++, notNull(job.languageCode));
        insert.bindValue(column++, api::exportFormatName(job.format));
        insert.bindValue(column++, jobs::jobStateName(job.state));
        insert.bindValue(column++, done ? QVariant(job.finalPath) : textOrNull({}));
        insert.bindValue(column++,
                         size >= 0 ? QVariant(size) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.bindValue(column++, textOrNull(QString::fromLatin1(job.sha256Hex)));
        insert.bindValue(column++, textOrNull(job.exportId));
        insert.bindValue(column++, textOrNull(job.requestId));
        insert.bindValue(column++, textOrNull(job.traceId));
        insert.bindValue(column++,
                         textOrNull(job.errorKind == api::ApiError::Kind::None
                                        ? QString()
                                        : jobs::errorKindName(job.errorKind)));
        insert.bindValue(column++, textOrNull(job.errorMessage));
        insert.bindValue(column++, timeValue(job.startedAt));
        insert.bindValue(column++, timeValue(job.finishedAt));
        if (!m_database->run(insert, error))
            return false;
    }

    QSqlQuery update(m_database->connection());
    update.prepare(QStringLiteral("UPDATE runs SET finished_at = ?, planned = ?, completed = ?, "
                                  "failed = ?, bytes = ? WHERE id = ?"));
    update.addBindValue(timeValue(finishedAt));
    update.addBindValue(int(jobs.size()));
    update.addBindValue(completed);
    update.addBindValue(failed);
    update.addBindValue(bytes);
    update.addBindValue(idText(runId));
    if (!m_database->run(update, error))
        return false;
    if (update.numRowsAffected() < 1) {
        *error = tr("history has no run %1 to finish").arg(idText(runId));
        return false;
    }
    return transaction.commit(error);
}

bool HistoryStore::setManifestPath(const QUuid &runId, const QString &path, QString *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE runs SET manifest_path = ? WHERE id = ?"));
    query.addBindValue(textOrNull(path));
    query.addBindValue(idText(runId));
    return m_database->run(query, error);
}

bool HistoryStore::markFolderRemoved(const QUuid &runId, const QDateTime &when, QString *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE runs SET folder_removed_at = ? WHERE id = ?"));
    query.addBindValue(timeValue(when));
    query.addBindValue(idText(runId));
    return m_database->run(query, error);
}

std::optional<RunRecord> HistoryStore::run(const QUuid &runId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(runColumns));
    query.addBindValue(idText(runId));
    QString error;
    if (!m_database->run(query, &error) || !query.next())
        return std::nullopt;
    return runFrom(query);
}

QList<RunRecord> HistoryStore::runs(const Filter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.presetName.isEmpty()) {
        conditions.append(QStringLiteral("preset_name = ? COLLATE NOCASE"));
        values.append(filter.presetName);
    }
    if (filter.finishedAfter.isValid()) {
        conditions.append(QStringLiteral("finished_at > ?"));
        values.append(timeValue(filter.finishedAfter));
    }
    if (filter.origin) {
        conditions.append(QStringLiteral("origin = ?"));
        values.append(RunOriginText::name(*filter.origin));
    }
    QString statement = QStringLiteral("SELECT %1 FROM runs").arg(runColumns);
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY started_at DESC, id");
    if (filter.limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QList<RunRecord> found;
    QString error;
    if (!m_database->run(query, &error))
        return found;
    while (query.next())
        found.append(runFrom(query));
    return found;
}

QList<RunItem> HistoryStore::items(const QUuid &runId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT job_id, title, version_id, version_name, language_code, format, state, path, "
        "bytes, sha256, export_id, request_id, trace_id, error_kind, error_message, started_at, "
        "finished_at FROM run_items WHERE run_id = ? ORDER BY rowid"));
    query.addBindValue(idText(runId));
    QList<RunItem> found;
    QString error;
    if (!m_database->run(query, &error))
        return found;
    while (query.next()) {
        RunItem item;
        item.jobId = QUuid::fromString(query.value(0).toString());
        item.title = query.value(1).toString();
        item.versionId = query.value(2).toString();
        item.versionName = query.value(3).toString();
        item.languageCode = query.value(4).toString();
        item.format = query.value(5).toString();
        item.state = query.value(6).toString();
        item.path = query.value(7).toString();
        item.bytes = query.value(8).isNull() ? -1 : query.value(8).toLongLong();
        item.sha256 = query.value(9).toString();
        item.exportId = query.value(10).toString();
        item.requestId = query.value(11).toString();
        item.traceId = query.value(12).toString();
        item.errorKind = query.value(13).toString();
        item.errorMessage = query.value(14).toString();
        item.startedAt = timeOf(query.value(15));
        item.finishedAt = timeOf(query.value(16));
        found.append(item);
    }
    return found;
}

qint64 HistoryStore::changeCounter() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace d360::routines
