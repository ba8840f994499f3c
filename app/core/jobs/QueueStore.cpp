// See QueueStore.h.
#include "core/jobs/QueueStore.h"

#include "core/PrivateFiles.h"
#include "core/state/StateDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlQuery>
#include <QVariant>

namespace d360::jobs {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

QString QueueStore::windowQueueName()
{
    return QStringLiteral("window");
}

QueueStore::QueueStore(std::shared_ptr<state::StateDatabase> database, QString queueName)
    : m_database(std::move(database))
    , m_queueName(std::move(queueName))
{ }

QueueStore::~QueueStore() = default;

QString QueueStore::databasePath() const
{
    return m_database->filePath();
}

QString QueueStore::lockFilePath() const
{
    // Queue names may hold a slash ("cli/<hash>"); lock files are flat.
    QString flat = m_queueName;
    flat.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(QFileInfo(m_database->filePath()).absolutePath())
        .filePath(QStringLiteral("locks/queue-%1.lock").arg(flat));
}

bool QueueStore::lock(QString *problem)
{
    const QString path = lockFilePath();
    makePrivateFolder(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path);
    // Never stale by age: an export may run for hours. QLockFile still takes
    // over a lock whose process is gone (a crash, kill -9).
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        restrictToOwner(path);
        m_lock = std::move(lock);
        return true;
    }
    qint64 pid = 0;
    QString host, application;
    lock->getLockInfo(&pid, &host, &application);
    *problem = lock->error() == QLockFile::LockFailedError
        ? tr("The export queue \"%1\" is in use by another D360 Exporter (process %2 on %3). "
             "Wait for it to finish, or stop it, and try again.")
              .arg(m_queueName)
              .arg(pid)
              .arg(host)
        : tr("The export queue \"%1\" cannot be locked (error %2); check the permissions of "
             "%3.")
              .arg(m_queueName)
              .arg(int(lock->error()))
              .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    return false;
}

QueueStore::Loaded QueueStore::load()
{
    Loaded loaded;
    m_changed.clear();
    m_forgotten.clear();
    m_positions.clear();
    m_nextPosition = 0;

    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, position, job FROM queue_jobs WHERE queue = ? ORDER BY position"));
    query.addBindValue(m_queueName);
    QString error;
    if (!m_database->run(query, &error)) {
        loaded.problem = tr("The saved export queue could not be read (%1); the queue starts "
                            "empty and the database is left as it is.")
                             .arg(error);
        return loaded;
    }
    struct Unreadable
    {
        QString id;
        QString reason;
    };
    QList<Unreadable> unreadable;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const qint64 position = query.value(1).toLongLong();
        m_nextPosition = std::max(m_nextPosition, position + 1);
        QJsonParseError parseError;
        const QJsonDocument document
            = QJsonDocument::fromJson(query.value(2).toByteArray(), &parseError);
        QString problem;
        std::optional<ExportJob> job;
        if (!document.isObject())
            problem = tr("job %1 is not JSON: %2").arg(id, parseError.errorString());
        else
            job = ExportJob::fromJson(document.object(), &problem);
        if (job && idText(job->id) != id) {
            problem = tr("job %1 holds the content of job %2").arg(id, idText(job->id));
            job.reset();
        }
        if (!job) {
            unreadable.append({ id, problem });
            continue;
        }
        m_positions.insert(job->id, position);
        loaded.jobs.append(*job);
    }
    query.finish();
    if (unreadable.isEmpty())
        return loaded;

    // Kept where a person can find them, out of the queue's way.
    state::StateDatabase::Transaction transaction(*m_database);
    bool kept = transaction.begin(&error);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList reasons;
    for (const Unreadable &job : unreadable) {
        reasons.append(job.reason);
        if (!kept)
            continue;
        QSqlQuery move(m_database->connection());
        move.prepare(QStringLiteral(
            "INSERT INTO unreadable_jobs (queue, id, job, reason, found_at) "
            "SELECT queue, id, job, ?, ? FROM queue_jobs WHERE queue = ? AND id = ?"));
        move.addBindValue(job.reason);
        move.addBindValue(now);
        move.addBindValue(m_queueName);
        move.addBindValue(job.id);
        QSqlQuery remove(m_database->connection());
        remove.prepare(QStringLiteral("DELETE FROM queue_jobs WHERE queue = ? AND id = ?"));
        remove.addBindValue(m_queueName);
        remove.addBindValue(job.id);
        kept = m_database->run(move, &error) && m_database->run(remove, &error);
    }
    kept = kept && transaction.commit(&error);
    loaded.problem = kept
        ? QCoreApplication::translate("d360::jobs::QueueStore",
                                      "%n saved export job(s) could not be read and were left "
                                      "out (%1). They are kept in the table unreadable_jobs of "
                                      "%2.",
                                      nullptr, int(unreadable.size()))
              .arg(reasons.join(QStringLiteral("; ")),
                   QDir::toNativeSeparators(m_database->filePath()))
        : QCoreApplication::translate("d360::jobs::QueueStore",
                                      "%n saved export job(s) could not be read and were left "
                                      "out (%1). They stay in %2 as they were (%3).",
                                      nullptr, int(unreadable.size()))
              .arg(reasons.join(QStringLiteral("; ")),
                   QDir::toNativeSeparators(m_database->filePath()), error);
    return loaded;
}

void QueueStore::remember(const ExportJob &job)
{
    m_changed.insert(job.id,
                     Row { idText(job.batchId), jobStateName(job.state),
                           QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact) });
    if (!m_positions.contains(job.id))
        m_positions.insert(job.id, m_nextPosition++);
    m_forgotten.removeAll(job.id);
}

void QueueStore::forget(const QUuid &id)
{
    m_changed.remove(id);
    if (m_positions.remove(id) > 0)
        m_forgotten.append(id);
}

bool QueueStore::writeChanges(QString *error)
{
    if (m_changed.isEmpty() && m_forgotten.isEmpty())
        return true;
    state::StateDatabase::Transaction transaction(*m_database);
    if (!transaction.begin(error))
        return false;
    if (!m_forgotten.isEmpty()) {
        QSqlQuery remove(m_database->connection());
        remove.prepare(QStringLiteral("DELETE FROM queue_jobs WHERE queue = ? AND id = ?"));
        for (const QUuid &id : std::as_const(m_forgotten)) {
            remove.bindValue(0, m_queueName);
            remove.bindValue(1, idText(id));
            if (!m_database->run(remove, error))
                return false;
        }
    }
    if (!m_changed.isEmpty()) {
        QSqlQuery save(m_database->connection());
        save.prepare(QStringLiteral(
            "INSERT INTO queue_jobs (queue, id, position, batch_id, state, job) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (queue, id) DO UPDATE SET "
            "batch_id = excluded.batch_id, state = excluded.state, job = excluded.job"));
        for (auto changed = m_changed.cbegin(); changed != m_changed.cend(); ++changed) {
            save.bindValue(0, m_queueName);
            save.bindValue(1, idText(changed.key()));
            save.bindValue(2, m_positions.value(changed.key()));
            save.bindValue(3, changed->batchId);
            save.bindValue(4, changed->state);
            save.bindValue(5, QString::fromUtf8(changed->job));
            if (!m_database->run(save, error))
                return false;
        }
    }
    if (!transaction.commit(error))
        return false;
    m_changed.clear();
    m_forgotten.clear();
    return true;
}

bool QueueStore::discard(QString *error)
{
    QSqlQuery remove(m_database->connection());
    remove.prepare(QStringLiteral("DELETE FROM queue_jobs WHERE queue = ?"));
    remove.addBindValue(m_queueName);
    const bool removed = m_database->run(remove, error);
    if (removed) {
        m_changed.clear();
        m_forgotten.clear();
        m_positions.clear();
    }
    m_lock.reset(); // unlocks and deletes the lock file
    return removed;
}

} // namespace d360::jobs
