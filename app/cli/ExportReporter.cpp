// See ExportReporter.h.
#include "cli/ExportReporter.h"

#include "cli/TerminalOutput.h"
#include "core/jobs/ErrorKindNames.h"
#include "core/jobs/JobQueue.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace d360::cli {

using jobs::ExportJob;
using jobs::JobState;

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject resultJson(const ExportJob &job)
{
    const bool completed = job.state == JobState::Completed;
    QJsonObject object;
    object.insert(QLatin1String("job_id"), job.id.toString(QUuid::WithoutBraces));
    object.insert(QLatin1String("batch_id"), job.batchId.toString(QUuid::WithoutBraces));
    object.insert(QLatin1String("project_id"), job.projectId);
    object.insert(QLatin1String("project"), job.projectName);
    object.insert(QLatin1String("version_id"), job.versionId);
    object.insert(QLatin1String("version"), job.versionName);
    object.insert(QLatin1String("language"), job.languageCode);
    object.insert(QLatin1String("format"), api::exportFormatName(job.format));
    object.insert(QLatin1String("status"), jobs::jobStateName(job.state));
    object.insert(QLatin1String("file"),
                  completed ? QJsonValue(QDir::toNativeSeparators(job.finalPath))
                            : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("bytes"),
                  completed ? QJsonValue(double(job.bytesDone)) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("sha256"),
                  completed ? textOrNull(QString::fromLatin1(job.sha256Hex))
                            : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("export_id"), textOrNull(job.exportId));
    object.insert(QLatin1String("request_id"), textOrNull(job.requestId));
    object.insert(QLatin1String("trace_id"), textOrNull(job.traceId));
    object.insert(QLatin1String("error"), textOrNull(job.errorMessage));
    object.insert(QLatin1String("error_kind"), textOrNull(jobs::errorKindName(job.errorKind)));
    object.insert(QLatin1String("extracted_to"),
                  textOrNull(QDir::toNativeSeparators(job.extractedPath)));
    object.insert(QLatin1String("extract_error"), textOrNull(job.extractionError));
    object.insert(QLatin1String("warnings"), QJsonArray::fromStringList(job.warnings));
    return object;
}

QString resultLine(const ExportJob &job)
{
    switch (job.state) {
    case JobState::Completed: {
        QString line = ExportReporter::tr("done       %1 (%2, sha256 %3)")
                           .arg(QDir::toNativeSeparators(job.finalPath),
                                QLocale::c().formattedDataSize(job.bytesDone),
                                QString::fromLatin1(job.sha256Hex));
        if (!job.extractedPath.isEmpty())
            line += ExportReporter::tr("\n           extracted into %1")
                        .arg(QDir::toNativeSeparators(job.extractedPath));
        if (!job.extractionError.isEmpty())
            line += ExportReporter::tr("\n           not extracted: %1").arg(job.extractionError);
        return line;
    }
    case JobState::Failed: {
        QString line
            = ExportReporter::tr("failed     %1: %2").arg(job.displayTitle(), job.errorMessage);
        if (!job.traceId.isEmpty())
            line += ExportReporter::tr(" Trace id: %1").arg(job.traceId);
        return line;
    }
    case JobState::Cancelled:
        return ExportReporter::tr("cancelled  %1").arg(job.displayTitle());
    default:
        return {};
    }
}

} // namespace

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

ExportReporter::ExportReporter(const jobs::JobQueue *queue, QUuid batchId, bool json,
                               QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_batchId(batchId)
    , m_json(json)
    , m_progressOnTerminal(stderrIsTerminal())
{
    connect(queue, &jobs::JobQueue::jobChanged, this, &ExportReporter::onJobChanged);
    connect(queue, &jobs::JobQueue::progressChanged, this, &ExportReporter::drawProgress);
}

void ExportReporter::reportEndedJobs()
{
    for (int row = 0; row < m_queue->count(); ++row) {
        const ExportJob &job = m_queue->at(row);
        if (job.batchId == m_batchId && jobs::isFinalState(job.state))
            report(job);
    }
    drawProgress();
}

void ExportReporter::note(const QString &message)
{
    eraseProgress();
    standardError() << message << '\n';
    standardError().flush();
    drawProgress();
}

void ExportReporter::onJobChanged(const QUuid &id)
{
    const ExportJob *job = m_queue->find(id);
    if (!job || job->batchId != m_batchId)
        return;
    if (jobs::isFinalState(job->state))
        report(*job);
    else
        m_reported.remove(id); // retried: it will be reported again when it ends
    drawProgress();
}

void ExportReporter::report(const ExportJob &job)
{
    if (m_reported.contains(job.id))
        return;
    m_reported.insert(job.id);
    eraseProgress();
    if (m_json)
        standardOutput() << QJsonDocument(resultJson(job)).toJson(QJsonDocument::Compact) << '\n';
    else
        standardOutput() << resultLine(job) << '\n';
    // Flushed per line: a script reading the pipe sees each result at once.
    standardOutput().flush();
}

void ExportReporter::drawProgress()
{
    if (!m_progressOnTerminal)
        return;
    const Tally batch = tally();
    writeControlSequence(stderr, "\r\033[K");
    standardError() << tr("%1/%2 done, %3 running, %4 failed; downloading %5")
                           .arg(batch.completed)
                           .arg(batch.total)
                           .arg(batch.running)
                           .arg(batch.failed + batch.cancelled)
                           .arg(QLocale::c().formattedDataSize(batch.bytesDownloading));
    standardError().flush();
    m_progressShown = true;
}

void ExportReporter::eraseProgress()
{
    if (!m_progressShown)
        return;
    writeControlSequence(stderr, "\r\033[K");
    m_progressShown = false;
}

const ExportJob *ExportReporter::firstFailure() const
{
    for (int row = 0; row < m_queue->count(); ++row) {
        const ExportJob &job = m_queue->at(row);
        if (job.batchId == m_batchId && job.state == JobState::Failed)
            return &job;
    }
    return nullptr;
}

bool ExportReporter::hasExtractionErrors() const
{
    for (int row = 0; row < m_queue->count(); ++row) {
        const ExportJob &job = m_queue->at(row);
        if (job.batchId == m_batchId && !job.extractionError.isEmpty())
            return true;
    }
    return false;
}

ExportReporter::Tally ExportReporter::tally() const
{
    Tally tally;
    for (int row = 0; row < m_queue->count(); ++row) {
        const ExportJob &job = m_queue->at(row);
        if (job.batchId != m_batchId)
            continue;
        ++tally.total;
        tally.completed += job.state == JobState::Completed;
        tally.failed += job.state == JobState::Failed;
        tally.cancelled += job.state == JobState::Cancelled;
        tally.running += jobs::isActiveState(job.state);
        if (job.state == JobState::Downloading)
            tally.bytesDownloading += job.bytesDone;
    }
    return tally;
}

bool ExportReporter::allCompleted() const
{
    const Tally batch = tally();
    return batch.completed == batch.total;
}

void ExportReporter::printSummary(bool interrupted)
{
    const Tally batch = tally();
    const int done = batch.completed;
    const int total = batch.total;
    eraseProgress();
    QString summary = tr("%1 of %2 exports done").arg(done).arg(total);
    if (batch.failed > 0)
        summary += tr(", %1 failed").arg(batch.failed);
    if (batch.cancelled > 0)
        summary += tr(", %1 cancelled").arg(batch.cancelled);
    summary += QLatin1Char('.');
    if (interrupted)
        summary += tr(" Interrupted: no half-written file was left under a final name.");
    if (done < total)
        summary += tr(" Run the same command again to finish the batch; completed files are kept.");
    standardError() << summary << '\n';
    standardError().flush();
}

} // namespace d360::cli
