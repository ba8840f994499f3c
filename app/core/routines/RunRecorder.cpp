// See RunRecorder.h.
#include "core/routines/RunRecorder.h"

#include "core/jobs/JobQueue.h"
#include "core/routines/HistoryStore.h"

#include <QSet>

namespace d360::routines {

namespace {

QStringList distinct(const QList<jobs::ExportJob> &jobs,
                     const std::function<QString(const jobs::ExportJob &)> &value)
{
    QStringList values;
    for (const jobs::ExportJob &job : jobs) {
        const QString text = value(job);
        if (!text.isEmpty() && !values.contains(text))
            values.append(text);
    }
    return values;
}

} // namespace

RunRecorder::RunRecorder(jobs::JobQueue *queue, std::shared_ptr<HistoryStore> history,
                         RunOrigin origin, AccountNamer accountName, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_history(std::move(history))
    , m_origin(origin)
    , m_accountName(std::move(accountName))
{
    connect(queue, &jobs::JobQueue::jobsAdded, this, &RunRecorder::onJobsAdded);
    connect(queue, &jobs::JobQueue::batchFinished, this, &RunRecorder::onBatchFinished);
}

void RunRecorder::describeBatch(const QUuid &batchId, const BatchContext &context)
{
    m_contexts.insert(batchId, context);
}

QString RunRecorder::describe(const QList<jobs::ExportJob> &jobs)
{
    if (jobs.isEmpty())
        return {};
    const QStringList projects
        = distinct(jobs, [](const jobs::ExportJob &job) { return job.projectName; });
    const QStringList versions
        = distinct(jobs, [](const jobs::ExportJob &job) { return job.versionName; });
    const QStringList languages
        = distinct(jobs, [](const jobs::ExportJob &job) { return job.languageCode; });
    const QStringList formats = distinct(jobs, [](const jobs::ExportJob &job) {
        return api::exportFormatName(job.format).toUpper();
    });
    return QStringLiteral("%1 / %2 / %3 / %4")
        .arg(projects.join(QStringLiteral(", ")), versions.join(QStringLiteral(", ")),
             languages.join(QStringLiteral(", ")), formats.join(QStringLiteral(", ")));
}

void RunRecorder::onJobsAdded(int firstRow, int lastRow)
{
    QList<QUuid> batches;
    for (int row = firstRow; row <= lastRow; ++row) {
        const QUuid batchId = m_queue->at(row).batchId;
        if (!batches.contains(batchId))
            batches.append(batchId);
    }
    for (const QUuid &batchId : std::as_const(batches)) {
        // A batch restored after a restart is already in history, as it
        // was begun; only a new one is begun here.
        if (!m_contexts.contains(batchId) && m_history->run(batchId))
            continue;
        beginRun(batchId);
    }
}

bool RunRecorder::beginRun(const QUuid &batchId)
{
    QList<jobs::ExportJob> jobs = m_queue->batchJobs(batchId);
    if (jobs.isEmpty())
        return false;
    const BatchContext context = m_contexts.value(batchId);
    RunRecord run;
    run.id = batchId;
    run.origin = context.origin.value_or(m_origin);
    run.accountName = !context.accountName.isEmpty() ? context.accountName
        : m_accountName                              ? m_accountName(jobs.first().accountId)
                                                     : jobs.first().accountId;
    run.presetName = context.presetName;
    run.projectId = jobs.first().projectId;
    run.projectName = jobs.first().projectName;
    run.description = describe(jobs);
    run.runFolder = context.runFolder;
    run.keepRuns = context.keepRuns;
    run.startedAt = jobs.first().createdAt.isValid() ? jobs.first().createdAt
                                                     : QDateTime::currentDateTimeUtc();
    run.planned = int(jobs.size());
    QString error;
    if (!m_history->begin(run, &error)) {
        Q_EMIT problem(tr("The run could not be recorded in history: %1").arg(error));
        return false;
    }
    return true;
}

void RunRecorder::onBatchFinished(const QUuid &batchId)
{
    // A batch history never saw begin (queued before history existed) is
    // begun now, so its outcome has a run to belong to.
    if (!m_history->run(batchId) && !beginRun(batchId))
        return;
    QList<jobs::ExportJob> jobs = m_queue->batchJobs(batchId);
    QDateTime finishedAt;
    for (const jobs::ExportJob &job : std::as_const(jobs)) {
        if (job.finishedAt.isValid() && (!finishedAt.isValid() || job.finishedAt > finishedAt))
            finishedAt = job.finishedAt;
    }
    if (!finishedAt.isValid())
        finishedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_history->finish(batchId, jobs, finishedAt, &error)) {
        Q_EMIT problem(
            tr("The outcome of the run could not be recorded in history: %1").arg(error));
        return;
    }
    Q_EMIT runRecorded(batchId);
}

} // namespace d360::routines
