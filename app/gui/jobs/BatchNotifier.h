// Tells the writer when a batch of exports has finished ("4 files exported
// to …", "3 of 4 exported, 1 failed") and when a job fails (its message),
// through the desktop's notification area.
//
// Where there is no notification area (some desktops, the offscreen platform
// of the tests) the same text goes out as statusMessage() for the window's
// status bar. Every notification is also announced as notified(), with the
// exact text, so tests and the window can see what was said. A job counts as
// failed once per failure: a retried job that fails again is told again,
// jobs that were already failed when the queue was restored are not.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUuid>

class QSystemTrayIcon;

namespace d360::jobs {
class JobQueue;
}

namespace d360::gui {

class BatchNotifier : public QObject
{
    Q_OBJECT

public:
    explicit BatchNotifier(jobs::JobQueue *queue, QObject *parent = nullptr);
    ~BatchNotifier() override;

    // The words for a finished batch and a failed job (also for tests).
    QString batchText(const QUuid &batchId) const;
    QString failureText(const QUuid &jobId) const;

    bool usesSystemTray() const;

Q_SIGNALS:
    void notified(const QString &title, const QString &text);
    // Only when there is no notification area: show this in the status bar.
    void statusMessage(const QString &text);

private:
    void onBatchFinished(const QUuid &batchId);
    void onJobChanged(const QUuid &id);
    void notify(const QString &title, const QString &text, bool isProblem);

    jobs::JobQueue *m_queue;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<QUuid> m_toldFailed;
    // Jobs the writer removed before they ended, per batch not yet reported.
    QHash<QUuid, int> m_removedFromBatch;
};

} // namespace d360::gui
