// See QueueStore.h.
#include "core/jobs/QueueStore.h"

#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

namespace d360::jobs {

namespace {

const char formatName[] = "d360-exporter.jobs";
constexpr int formatVersion = 1;

} // namespace

QueueStore::QueueStore(QString filePath)
    : m_filePath(std::move(filePath))
{ }

QueueStore::~QueueStore() = default;

bool QueueStore::lock(QString *problem)
{
    const QFileInfo info(m_filePath);
    makePrivateFolder(info.absolutePath());
    auto lock = std::make_unique<QLockFile>(m_filePath + QStringLiteral(".lock"));
    // Never stale by age: an export may run for hours. QLockFile still takes
    // over a lock whose process is gone (a crash, kill -9).
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        restrictToOwner(m_filePath + QStringLiteral(".lock"));
        m_lock = std::move(lock);
        return true;
    }
    qint64 pid = 0;
    QString host, application;
    lock->getLockInfo(&pid, &host, &application);
    *problem = lock->error() == QLockFile::LockFailedError
        ? tr("The export queue %1 is in use by another D360 Exporter (process %2 on %3). "
             "Wait for it to finish, or stop it, and try again.")
              .arg(QDir::toNativeSeparators(m_filePath))
              .arg(pid)
              .arg(host)
        : tr("The export queue %1 cannot be locked (error %2); check the permissions of %3.")
              .arg(QDir::toNativeSeparators(m_filePath))
              .arg(int(lock->error()))
              .arg(QDir::toNativeSeparators(info.absolutePath()));
    return false;
}

QString QueueStore::setAside(const QString &suffix) const
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(m_filePath, suffix, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(m_filePath, suffix, stamp).arg(n);
    if (!QFile::rename(m_filePath, target))
        return {};
    restrictToOwner(target);
    return target;
}

QueueStore::Loaded QueueStore::load()
{
    Loaded loaded;
    m_serialised.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return loaded;
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.problem = tr("The saved export queue %1 could not be opened (%2); the queue starts "
                            "empty and the file is left as it is.")
                             .arg(shownPath, file.errorString());
        return loaded;
    }
    const QByteArray content = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    QString reason;
    if (document.isNull())
        reason = content.isEmpty()
            ? tr("the file is empty")
            : tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
    else if (!document.isObject()
             || document.object().value(QLatin1String("format")).toString()
                 != QLatin1String(formatName))
        reason = tr("not an export queue");
    else if (document.object().value(QLatin1String("version")).toInt() > formatVersion)
        reason = tr("written by a newer version of D360 Exporter");
    if (!reason.isEmpty()) {
        const QString aside = setAside(QStringLiteral("unreadable"));
        loaded.setAsidePath = aside;
        loaded.problem = aside.isEmpty()
            ? tr("The saved export queue %1 could not be read (%2), nor moved aside; "
                 "the queue starts empty.")
                  .arg(shownPath, reason)
            : tr("The saved export queue could not be read (%1). It was moved aside to "
                 "%2; the queue starts empty.")
                  .arg(reason, QDir::toNativeSeparators(aside));
        return loaded;
    }

    QStringList skipped;
    QSet<QUuid> seen;
    for (const QJsonValue &value : document.object().value(QLatin1String("jobs")).toArray()) {
        QString problem;
        std::optional<ExportJob> job = ExportJob::fromJson(value.toObject(), &problem);
        if (job && seen.contains(job->id))
            problem = tr("job %1 appears twice").arg(job->id.toString(QUuid::WithoutBraces));
        if (!job || seen.contains(job->id)) {
            skipped.append(problem);
            continue;
        }
        seen.insert(job->id);
        remember(*job);
        loaded.jobs.append(*job);
    }
    if (!skipped.isEmpty()) {
        // Keep a copy of what was there: the next write drops the bad jobs.
        const QString copy
            = QStringLiteral("%1.unreadable-jobs-%2")
                  .arg(m_filePath,
                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QFile original(m_filePath);
        if (original.copy(copy)) {
            restrictToOwner(copy);
            loaded.setAsidePath = copy;
            loaded.problem
                = QCoreApplication::translate(
                      "d360::jobs::QueueStore",
                      "%n saved export job(s) could not be read and were left out (%1). A "
                      "copy of the file is in %2.",
                      nullptr, int(skipped.size()))
                      .arg(skipped.join(QStringLiteral("; ")), QDir::toNativeSeparators(copy));
            return loaded;
        }
        // A full disk has no room for a copy, and a rename needs none: the
        // file itself goes aside, and the next write starts a new one.
        const QString whyNoCopy = original.errorString();
        const bool movedAside = QFile::rename(m_filePath, copy);
        if (movedAside)
            restrictToOwner(copy);
        loaded.setAsidePath = movedAside ? copy : QString();
        loaded.problem = QCoreApplication::translate(
                             "d360::jobs::QueueStore",
                             "%n saved export job(s) could not be read and were left out (%1).",
                             nullptr, int(skipped.size()))
                             .arg(skipped.join(QStringLiteral("; ")))
            + QLatin1Char(' ')
            + (movedAside ? tr("The file could not be copied (%1), so it was moved aside to %2.")
                                .arg(whyNoCopy, QDir::toNativeSeparators(copy))
                          : tr("The file could be neither copied nor moved aside (%1); the next "
                               "save of the queue will leave those jobs out.")
                                .arg(whyNoCopy));
    }
    return loaded;
}

void QueueStore::remember(const ExportJob &job)
{
    m_serialised.insert(job.id, QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact));
}

void QueueStore::forget(const QUuid &id)
{
    m_serialised.remove(id);
}

bool QueueStore::write(const QList<QUuid> &order, QString *error)
{
    const QFileInfo info(m_filePath);
    QString why;
    if (!makePrivateFolder(info.absolutePath(), &why)) {
        *error = tr("cannot create the folder %1: %2")
                     .arg(QDir::toNativeSeparators(info.absolutePath()), why);
        return false;
    }
    QByteArray content;
    qsizetype size = 64;
    for (const QUuid &id : order)
        size += m_serialised.value(id).size() + 2;
    content.reserve(size);
    content += "{\"format\":\"";
    content += formatName;
    content += "\",\"version\":" + QByteArray::number(formatVersion) + ",\"jobs\":[";
    bool first = true;
    for (const QUuid &id : order) {
        const auto found = m_serialised.constFind(id);
        if (found == m_serialised.constEnd())
            continue;
        if (!first)
            content += ",\n";
        content += found.value();
        first = false;
    }
    content += "]}\n";

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(content) != content.size() || !file.commit()) {
        *error = tr("cannot save the export queue to %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}

bool QueueStore::removeFile(QString *error)
{
    QFile file(m_filePath);
    const bool removed = !file.exists() || file.remove();
    if (!removed)
        *error = file.errorString();
    m_lock.reset(); // unlocks and deletes the lock file
    return removed;
}

} // namespace d360::jobs
