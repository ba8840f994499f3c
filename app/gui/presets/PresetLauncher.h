// Turns "run this preset" and "run this history row again" into planned
// jobs for the window's queue: finds the account the preset or run names,
// its client, plans through the API (PresetPlanner, BatchPlanner), describes
// the batch to the recorder so history knows its preset, and hands the jobs
// over (ready). The window then queues them as it queues the export panel's,
// asking its usual question when they repeat exports still waiting.
//
// Every way this can fail (no such preset, an account that is not set up
// here, one whose client is not open, the API refusing) ends in problem()
// with words for the writer; none is a crash or a silent nothing.
#pragma once

#include "core/jobs/BatchPlanner.h"
#include "core/jobs/ExportJob.h"
#include "core/routines/RunRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace d360::auth {
class AccountManager;
class ClientPool;
} // namespace d360::auth

namespace d360::routines {
class PresetStore;
class RunRecorder;
struct Preset;
} // namespace d360::routines

namespace d360::jobs {
class JobQueue;
}

namespace d360::gui {

class PresetLauncher : public QObject
{
    Q_OBJECT

public:
    PresetLauncher(auth::AccountManager *accounts, auth::ClientPool *clients, jobs::JobQueue *queue,
                   QObject *parent = nullptr);

    void setRoutines(routines::PresetStore *presets, routines::RunRecorder *recorder);

    // defaultPattern: the file-name template when the preset names none.
    void runPreset(const QString &name, const QString &defaultPattern);
    // A preset's run runs its preset again (as it is now); any other run
    // plans the same selection again: its jobs' if the queue still holds
    // them, else what history recorded of them.
    void runAgain(const routines::RunRecord &run, const QString &defaultPattern);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The jobs to queue, their batch already described to the recorder.
    void ready(const QList<d360::jobs::ExportJob> &jobs);
    void problem(const QString &message);
    // "Preparing …", for the status bar.
    void progress(const QString &message);

private:
    // The account's id for its label, or empty with problem() emitted.
    QString accountIdFor(const QString &label, const QString &what);
    void planSelection(const QString &accountId, jobs::BatchSelection selection,
                       const QString &what, const routines::RunRecord &run);

    auth::AccountManager *m_accounts;
    auth::ClientPool *m_clients;
    jobs::JobQueue *m_queue;
    routines::PresetStore *m_presets = nullptr;
    routines::RunRecorder *m_recorder = nullptr;
    bool m_busy = false;
};

} // namespace d360::gui
