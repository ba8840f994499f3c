// The export queue on disk: one JSON file, rewritten whole with QSaveFile.
//
// QSaveFile writes a temporary file beside the real one and renames it over
// the old one only when everything was written and flushed, so a crash or a
// full disk leaves the previous queue intact, never half a file. The queue
// calls write() before it announces a change, so what a user saw is what a
// restart finds. Each job's JSON is kept serialised until that job changes,
// so a queue of 10,000 jobs costs a copy, not 10,000 serialisations, per
// change. A file that cannot be read is moved aside under a timestamped name
// and reported in words; it is never a crash and never silently dropped.
// One process at a time owns the file (a QLockFile beside it): two running
// the same queue would start every export twice and write the same .part
// files. A lock left by a process that died is recognised and taken over.
#pragma once

#include "core/jobs/ExportJob.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

class QLockFile;

namespace d360::jobs {

class QueueStore
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::QueueStore)

public:
    explicit QueueStore(QString filePath);
    ~QueueStore();

    const QString &filePath() const { return m_filePath; }

    // Takes the file for this process; false, with a message for the user,
    // when another running process has it.
    bool lock(QString *problem);

    struct Loaded
    {
        QList<ExportJob> jobs;
        // For the user, when something could not be read; empty otherwise.
        QString problem;
        // Where the unreadable file was put, if it was.
        QString setAsidePath;
    };
    Loaded load();

    // Takes note of a job's current content for the next write().
    void remember(const ExportJob &job);
    void forget(const QUuid &id);
    // Writes the remembered jobs in this order.
    bool write(const QList<QUuid> &order, QString *error);
    // Deletes the file (a batch that finished has nothing left to resume).
    bool removeFile(QString *error);

private:
    QString setAside(const QString &suffix) const;

    QString m_filePath;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QUuid, QByteArray> m_serialised;
};

} // namespace d360::jobs
