// See BatchNotifier.h. The tray icon appears only once there is something to
// say, so a user who never exports never gets an icon in the panel.
#include "gui/jobs/BatchNotifier.h"

#include "core/jobs/JobQueue.h"
#include "gui/ApplicationIcon.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSystemTrayIcon>

namespace d360::gui {

using jobs::ExportJob;
using jobs::JobState;

namespace {

constexpr int messageMilliseconds = 8000;

} // namespace

BatchNotifier::BatchNotifier(jobs::JobQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    connect(queue, &jobs::JobQueue::batchFinished, this, &BatchNotifier::onBatchFinished);
    connect(queue, &jobs::JobQueue::jobChanged, this, &BatchNotifier::onJobChanged);
    connect(queue, &jobs::JobQueue::jobRemoved, this,
            [this](const QUuid &id) { m_toldFailed.remove(id); });
    // Stopped and removed by the writer: part of what happened to the batch.
    // The queue announces a removal before it cancels the job.
    connect(queue, &jobs::JobQueue::jobAboutToBeRemoved, this, [this](int row) {
        const ExportJob &job = m_queue->at(row);
        if (!jobs::isFinalState(job.state))
            ++m_removedFromBatch[job.batchId];
    });
}

BatchNotifier::~BatchNotifier() = default;

bool BatchNotifier::usesSystemTray() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QString BatchNotifier::batchText(const QUuid &batchId) const
{
    int completed = 0, failed = 0, cancelled = 0, renamed = 0;
    QStringList folders;
    const QList<QUuid> ids = m_queue->jobsOfBatch(batchId);
    for (const QUuid &id : ids) {
        const ExportJob *job = m_queue->find(id);
        if (!job)
            continue;
        if (job->state == JobState::Completed) {
            ++completed;
            // Planned under one name, written under a numbered one: a file
            // of that name was there already.
            if (!job->fileName.isEmpty() && QFileInfo(job->finalPath).fileName() != job->fileName)
                ++renamed;
            const QString folder
                = QDir::toNativeSeparators(QFileInfo(job->finalPath).absolutePath());
            if (!folders.contains(folder))
                folders.append(folder);
        } else if (job->state == JobState::Failed) {
            ++failed;
        } else if (job->state == JobState::Cancelled) {
            ++cancelled;
        }
    }
    const int removed = m_removedFromBatch.value(batchId);
    const int total = int(ids.size()) + removed;
    const QString renamedText = renamed == 0
        ? QString()
        : tr("; %n got numbered names because files of their names were already there", nullptr,
             renamed);
    if (completed == total && total > 0) {
        if (folders.size() == 1)
            return tr("%n files exported to %1", nullptr, completed).arg(folders.first())
                + renamedText;
        return tr("%n files exported to %1 folders", nullptr, completed).arg(folders.size())
            + renamedText;
    }
    QString text = tr("%1 of %2 exported").arg(completed).arg(total);
    if (failed > 0)
        text += tr(", %n failed", nullptr, failed);
    if (cancelled > 0)
        text += tr(", %n cancelled", nullptr, cancelled);
    if (removed > 0)
        text += tr(", %1 removed while running").arg(removed);
    return text + renamedText;
}

QString BatchNotifier::failureText(const QUuid &jobId) const
{
    const ExportJob *job = m_queue->find(jobId);
    if (!job)
        return {};
    const QString message
        = job->errorMessage.isEmpty() ? tr("no reason was given") : job->errorMessage;
    return tr("%1: %2").arg(job->displayTitle(), message);
}

void BatchNotifier::onBatchFinished(const QUuid &batchId)
{
    // A batch the writer removed whole has nothing to report.
    if (!m_queue->jobsOfBatch(batchId).isEmpty())
        notify(tr("Export finished"), batchText(batchId), false);
    m_removedFromBatch.remove(batchId);
}

void BatchNotifier::onJobChanged(const QUuid &id)
{
    const ExportJob *job = m_queue->find(id);
    if (!job)
        return;
    if (job->state != JobState::Failed) {
        m_toldFailed.remove(id);
        return;
    }
    if (m_toldFailed.contains(id))
        return;
    m_toldFailed.insert(id);
    notify(tr("Export failed"), failureText(id), true);
}

void BatchNotifier::notify(const QString &title, const QString &text, bool isProblem)
{
    if (usesSystemTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(applicationIcon(), this);
            m_tray->setToolTip(tr("D360 Exporter"));
        }
        m_tray->show();
        m_tray->showMessage(title, text,
                            isProblem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            messageMilliseconds);
    } else {
        Q_EMIT statusMessage(tr("%1: %2").arg(title, text));
    }
    Q_EMIT notified(title, text);
}

} // namespace d360::gui
