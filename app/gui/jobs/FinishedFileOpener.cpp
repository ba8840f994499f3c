// See FinishedFileOpener.h.
#include "gui/jobs/FinishedFileOpener.h"

#include "core/jobs/JobQueue.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace d360::gui {

FinishedFileOpener::FinishedFileOpener(jobs::JobQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    connect(queue, &jobs::JobQueue::jobChanged, this, &FinishedFileOpener::onJobChanged);
    connect(queue, &jobs::JobQueue::jobRemoved, this,
            [this](const QUuid &id) { m_opened.remove(id); });
}

bool FinishedFileOpener::openPath(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void FinishedFileOpener::onJobChanged(const QUuid &id)
{
    const jobs::ExportJob *job = m_queue->find(id);
    if (!job || job->state != jobs::JobState::Completed) {
        m_opened.remove(id); // a retried job may be opened again when it completes
        return;
    }
    if (!m_enabled || m_opened.contains(id) || !QFileInfo::exists(job->finalPath))
        return;
    m_opened.insert(id);
    if (openPath(job->finalPath))
        Q_EMIT opened(job->finalPath);
}

} // namespace d360::gui
