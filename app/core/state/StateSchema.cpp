// See StateSchema.h. Times are ISO 8601 text in UTC with milliseconds
// (Qt::ISODateWithMs), so they sort as text and read back exactly.
#include "core/state/StateSchema.h"

#include "core/state/StateDatabase.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace d360::state {

namespace {

struct Step
{
    int version;
    QStringList statements;
};

const QList<Step> &steps()
{
    static const QList<Step> all {
        { 1,
          {
              // Things about the database itself, such as which legacy files
              // were imported.
              QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),

              // Every front end's queue, one row per job; a queue is named
              // ("window", or "cli/<hash of the request>"). The job is its
              // ExportJob::toJson(); state and batch are copied out of it
              // for queries.
              QStringLiteral("CREATE TABLE queue_jobs ("
                             " queue TEXT NOT NULL,"
                             " id TEXT NOT NULL,"
                             " position INTEGER NOT NULL,"
                             " batch_id TEXT NOT NULL,"
                             " state TEXT NOT NULL,"
                             " job TEXT NOT NULL,"
                             " PRIMARY KEY (queue, id))"),
              QStringLiteral("CREATE INDEX queue_jobs_in_order ON queue_jobs (queue, position)"),
              // Saved jobs that could not be read back, kept instead of lost.
              QStringLiteral("CREATE TABLE unreadable_jobs ("
                             " queue TEXT NOT NULL,"
                             " id TEXT NOT NULL,"
                             " job TEXT NOT NULL,"
                             " reason TEXT NOT NULL,"
                             " found_at TEXT NOT NULL)"),

              // History: one row per batch, written when it starts and again
              // each time it finishes (a retry finishes it again).
              QStringLiteral("CREATE TABLE runs ("
                             " id TEXT PRIMARY KEY,"
                             " origin TEXT NOT NULL,"
                             " account_name TEXT NOT NULL,"
                             " preset_name TEXT,"
                             " project_id TEXT NOT NULL,"
                             " project_name TEXT NOT NULL,"
                             " description TEXT NOT NULL,"
                             " run_folder TEXT,"
                             " keep_runs INTEGER NOT NULL DEFAULT 0,"
                             " started_at TEXT NOT NULL,"
                             " finished_at TEXT,"
                             " planned INTEGER NOT NULL DEFAULT 0,"
                             " completed INTEGER NOT NULL DEFAULT 0,"
                             " failed INTEGER NOT NULL DEFAULT 0,"
                             " bytes INTEGER NOT NULL DEFAULT 0,"
                             " manifest_path TEXT,"
                             " folder_removed_at TEXT)"),
              QStringLiteral("CREATE INDEX runs_by_time ON runs (started_at)"),
              QStringLiteral("CREATE INDEX runs_by_preset ON runs (preset_name, started_at)"),
              // Every planned file of a run: what was made, or why not.
              QStringLiteral("CREATE TABLE run_items ("
                             " run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                             " job_id TEXT NOT NULL,"
                             " title TEXT NOT NULL,"
                             " version_id TEXT NOT NULL,"
                             " version_name TEXT NOT NULL,"
                             " language_code TEXT NOT NULL,"
                             " format TEXT NOT NULL,"
                             " state TEXT NOT NULL,"
                             " path TEXT,"
                             " bytes INTEGER,"
                             " sha256 TEXT,"
                             " export_id TEXT,"
                             " request_id TEXT,"
                             " trace_id TEXT,"
                             " error_kind TEXT,"
                             " error_message TEXT,"
                             " started_at TEXT,"
                             " finished_at TEXT,"
                             " PRIMARY KEY (run_id, job_id))"),

              // Saved exports, by name; the definition is Preset::toJson().
              QStringLiteral("CREATE TABLE presets ("
                             " name TEXT PRIMARY KEY COLLATE NOCASE,"
                             " definition TEXT NOT NULL,"
                             " created_at TEXT NOT NULL,"
                             " updated_at TEXT NOT NULL)"),
          } },
    };
    return all;
}

} // namespace

int StateSchema::currentVersion()
{
    return steps().last().version;
}

int StateSchema::versionOf(const StateDatabase &database, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("PRAGMA user_version"));
    if (!database.run(query, error) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool StateSchema::migrate(const StateDatabase &database, QString *problem)
{
    QString error;
    const int found = versionOf(database, &error);
    if (found < 0) {
        *problem = error;
        return false;
    }
    if (found > currentVersion()) {
        *problem = tr("The state database %1 was written by a newer version of D360 Exporter "
                      "(schema %2; this version knows %3). It is left as it is: update D360 "
                      "Exporter, or move the file away to start afresh.")
                       .arg(database.filePath())
                       .arg(found)
                       .arg(currentVersion());
        return false;
    }
    for (const Step &step : steps()) {
        if (step.version <= found)
            continue;
        StateDatabase::Transaction transaction(database);
        if (!transaction.begin(&error)) {
            *problem = error;
            return false;
        }
        // Another process may have migrated while this one waited.
        const int now = versionOf(database, &error);
        if (now < 0) {
            *problem = error;
            return false;
        }
        if (now >= step.version)
            continue;
        for (const QString &statement : step.statements) {
            if (!database.run(statement, &error)) {
                *problem = tr("The state database %1 could not be brought to schema %2: %3")
                               .arg(database.filePath())
                               .arg(step.version)
                               .arg(error);
                return false;
            }
        }
        if (!database.run(QStringLiteral("PRAGMA user_version = %1").arg(step.version), &error)
            || !transaction.commit(&error)) {
            *problem = error;
            return false;
        }
    }
    return true;
}

} // namespace d360::state
