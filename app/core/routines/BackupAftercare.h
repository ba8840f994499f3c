// What follows a backup run once history has its outcome: the manifest that
// proves the run folder whole, then retention, which removes the oldest run
// folders of the preset beyond the number it keeps.
//
// Both touch files only (hashing an extracted archive, deleting old runs),
// so they run on a worker thread (QtConcurrent) and never hold up a window;
// history, whose connection belongs to the calling thread, is read and
// written between the two steps on that thread. Retention asks history which
// run folders this program made (RetentionPlan keeps the rules: the newest N,
// never the newest complete run, only our own dated folders) and the remover
// deletes only what each run's manifest lists. What was removed is recorded
// in history before finished() announces it.
#pragma once

#include "core/jobs/ExportJob.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUuid>

#include <memory>

namespace d360::routines {

class HistoryStore;

class BackupAftercare : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString manifestPath; // empty when it could not be written
        bool complete = false; // the manifest's verdict
        QStringList removedFolders;
        // For the user: a file over 1 GB, a folder left because something
        // of the user's is in it, a manifest that could not be written.
        QStringList warnings;
        QStringList problems;
    };

    explicit BackupAftercare(std::shared_ptr<HistoryStore> history, QObject *parent = nullptr);

    // For a run history knows, with a run folder; the jobs are its batch's.
    // finished() follows, once, also when there is nothing to do.
    void start(const QUuid &runId, const QList<jobs::ExportJob> &jobs);

Q_SIGNALS:
    void finished(const QUuid &runId, const d360::routines::BackupAftercare::Outcome &outcome);

private:
    void applyRetention(const QUuid &runId, Outcome outcome);

    std::shared_ptr<HistoryStore> m_history;
};

} // namespace d360::routines
