// "Open when done": opens each export's file with the desktop's handler the
// moment its job completes, when the writer asked for that in the settings.
//
// Only completions seen while the program runs count: jobs that were already
// complete when the queue was restored are never opened again, and each job
// is opened at most once.
#pragma once

#include <QObject>
#include <QSet>
#include <QUuid>

namespace d360::jobs {
class JobQueue;
}

namespace d360::gui {

class FinishedFileOpener : public QObject
{
    Q_OBJECT

public:
    explicit FinishedFileOpener(jobs::JobQueue *queue, QObject *parent = nullptr);

    // Opens a file or a folder with the desktop's handler, as every "open"
    // of the window does (the tests catch them all in one place, with
    // QDesktopServices::setUrlHandler). False when nothing could open it.
    static bool openPath(const QString &path);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void opened(const QString &path);

private:
    void onJobChanged(const QUuid &id);

    jobs::JobQueue *m_queue;
    QSet<QUuid> m_opened;
    bool m_enabled = false;
};

} // namespace d360::gui
