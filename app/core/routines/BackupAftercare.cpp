// See BackupAftercare.h.
#include "core/routines/BackupAftercare.h"

#include "core/routines/HistoryStore.h"
#include "core/routines/ManifestWriter.h"
#include "core/routines/RetentionPlan.h"
#include "core/routines/RunFolderRemover.h"
#include "core/routines/RunManifest.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace d360::routines {

namespace {

struct Written
{
    QString manifestPath;
    bool complete = false;
    QStringList warnings;
    QString problem;
};

} // namespace

BackupAftercare::BackupAftercare(std::shared_ptr<HistoryStore> history, QObject *parent)
    : QObject(parent)
    , m_history(std::move(history))
{ }

void BackupAftercare::start(const QUuid &runId, const QList<jobs::ExportJob> &jobs)
{
    const std::optional<RunRecord> run = m_history->run(runId);
    if (!run || run->runFolder.isEmpty()) {
        // Queued, so finished() never comes before start() returns.
        QMetaObject::invokeMethod(
            this, [this, runId] { Q_EMIT finished(runId, {}); }, Qt::QueuedConnection);
        return;
    }
    RunInfo info;
    info.runFolder = run->runFolder;
    info.runId = run->id;
    info.accountName = run->accountName;
    info.projectId = run->projectId;
    info.projectName = run->projectName;
    info.presetName = run->presetName;
    info.origin = run->origin;
    info.startedAt = run->startedAt;
    info.finishedAt = run->finishedAt;

    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        const Written written = watcher->result();
        Outcome outcome;
        outcome.manifestPath = written.manifestPath;
        outcome.complete = written.complete;
        outcome.warnings = written.warnings;
        if (!written.problem.isEmpty())
            outcome.problems.append(written.problem);
        QString error;
        if (!written.manifestPath.isEmpty()
            && !m_history->setManifestPath(runId, written.manifestPath, &error))
            outcome.problems.append(error);
        applyRetention(runId, outcome);
    });
    watcher->setFuture(QtConcurrent::run([info, jobs] {
        Written written;
        const RunManifest manifest = RunManifest::fromJobs(info, jobs);
        written.complete = manifest.isComplete();
        written.warnings = manifest.warnings();
        QString error;
        if (ManifestWriter::write(manifest, info.runFolder, &error))
            written.manifestPath = ManifestWriter::pathIn(info.runFolder);
        else
            written.problem = tr("The manifest of %1 could not be written: %2")
                                  .arg(QDir::toNativeSeparators(info.runFolder), error);
        return written;
    }));
}

void BackupAftercare::applyRetention(const QUuid &runId, Outcome outcome)
{
    const std::optional<RunRecord> run = m_history->run(runId);
    if (!run || run->keepRuns <= 0 || run->presetName.isEmpty()) {
        Q_EMIT finished(runId, outcome);
        return;
    }
    const QString presetFolder = QFileInfo(run->runFolder).absolutePath();
    HistoryStore::Filter filter;
    filter.presetName = run->presetName;
    QList<RetainedRun> candidates;
    for (const RunRecord &earlier : m_history->runs(filter)) {
        if (earlier.runFolder.isEmpty() || earlier.folderRemovedAt.isValid())
            continue;
        RetainedRun retained;
        retained.runId = earlier.id.toString(QUuid::WithoutBraces);
        retained.folderPath = earlier.runFolder;
        retained.startedAt = earlier.startedAt;
        retained.complete = earlier.isComplete();
        // History records a run folder only when RunFolder made it.
        retained.createdByUs = true;
        candidates.append(retained);
    }
    const RetentionPlan plan = RetentionPlan::decide(presetFolder, candidates, run->keepRuns);
    if (plan.remove.isEmpty()) {
        Q_EMIT finished(runId, outcome);
        return;
    }
    auto *watcher = new QFutureWatcher<QList<RunFolderRemoval>>(this);
    connect(watcher, &QFutureWatcher<QList<RunFolderRemoval>>::finished, this,
            [this, watcher, runId, outcome, plan]() mutable {
                watcher->deleteLater();
                const QList<RunFolderRemoval> removals = watcher->result();
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (qsizetype index = 0; index < removals.size(); ++index) {
                    const RunFolderRemoval &removal = removals.at(index);
                    if (!removal.problem.isEmpty())
                        outcome.warnings.append(removal.problem);
                    // A folder emptied of our files but holding the user's
                    // is no longer a run: it is not offered for removal again.
                    if (removal.folderRemoved || !removal.removedFiles.isEmpty()) {
                        QString error;
                        if (!m_history->markFolderRemoved(
                                QUuid::fromString(plan.remove.at(index).runId), now, &error))
                            outcome.problems.append(error);
                    }
                    if (removal.folderRemoved)
                        outcome.removedFolders.append(removal.folderPath);
                }
                Q_EMIT finished(runId, outcome);
            });
    QStringList folders;
    for (const RetainedRun &removed : plan.remove)
        folders.append(removed.folderPath);
    watcher->setFuture(QtConcurrent::run([folders] {
        QList<RunFolderRemoval> removals;
        for (const QString &folder : folders)
            removals.append(RunFolderRemover::remove(folder));
        return removals;
    }));
}

} // namespace d360::routines
