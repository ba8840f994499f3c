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
    connect(queue, &jobs::JobQueue::jobRemoved, this, [this](const QUuid &id) { m_toldFailed.remove(id); });
}

BatchNotifier::~BatchNotifier() = default;

bool BatchNotifier::usesSystemTray() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QString BatchNotifier::batchText(const QUuid &batchId) const
{
    int completed = 0, failed = 0, cancelled = 0;
    QStringList folders;
    const QList<QUuid> ids = m_queue->jobsOfBatch(batchId);
    for (const QUuid &id : ids) {
        const ExportJob *job = m_queue->find(id);
        if (!job)
            continue;
        if (job->state == JobState::Completed) {
            ++completed;
            const QString folder = QDir::toNativeSeparators(QFileInfo(job->finalPath).absolutePath());
            if (!folders.contains(folder))
                folders.append(folder);
        } else if (job->state == JobState::Failed) {
            ++failed;
        } else if (job->state == JobState::Cancelled) {
            ++cancelled;
        }
    }
    const int total = int(ids.size());
    if (completed == total && total > 0) {
        // The singular spelled out: without a translation loaded, "%n file(s)"
        // would reach the user as it is written.
        if (folders.size() == 1)
            return completed == 1 ? tr("1 file exported to %1").arg(folders.first())
                                  : tr("%n files exported to %1", nullptr, completed).arg(folders.first());
        return tr("%n files exported to %1 folders", nullptr, completed).arg(folders.size());
    }
    QString text = tr("%1 of %2 exported").arg(completed).arg(total);
    if (failed > 0)
        text += tr(", %n failed", nullptr, failed);
    if (cancelled > 0)
        text += tr(", %n cancelled", nullptr, cancelled);
    return text;
}

QString BatchNotifier::failureText(const QUuid &jobId) const
{
    const ExportJob *job = m_queue->find(jobId);
    if (!job)
        return {};
    const QString message = job->errorMessage.isEmpty() ? tr("no reason was given") : job->errorMessage;
    return tr("%1: %2").arg(job->displayTitle(), message);
}

void BatchNotifier::onBatchFinished(const QUuid &batchId)
{
    if (m_queue->jobsOfBatch(batchId).isEmpty())
        return;
    notify(tr("Export finished"), batchText(batchId), false);
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
