// What a writer can do with the selected export jobs: Open, Show in folder,
// Copy path, Retry, Cancel, Remove, Copy trace id.
//
// One set of QActions serves the window's toolbar, the table's context menu
// and the keyboard, so they are enabled and disabled in one place, from the
// jobs' states: Open only for a completed job whose file is there, Retry for
// a failed or cancelled one, Cancel for one that has not ended, and so on.
// The selection comes from a function, so this class knows jobs, not views.
// Files open through QDesktopServices, the desktop's own handler. Removing
// exports that are still running asks first (they stop, and what they
// downloaded so far is deleted), unless the writer said not to ask again.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <array>
#include <functional>

class QAction;
class QMessageBox;

namespace d360::jobs {
class JobQueue;
struct ExportJob;
} // namespace d360::jobs

namespace d360::gui {

class JobActions : public QObject
{
    Q_OBJECT

public:
    enum Kind { Open, ShowInFolder, CopyPath, Retry, Cancel, Remove, CopyTraceId, KindCount };
    Q_ENUM(Kind)

    using SelectionProvider = std::function<QList<QUuid>()>;

    JobActions(jobs::JobQueue *queue, SelectionProvider selection, QObject *parent = nullptr);

    QAction *action(Kind kind) const { return m_actions.at(size_t(kind)); }
    // In toolbar order.
    QList<QAction *> all() const;

    // Re-reads the selection and the jobs' states; cheap, call it freely.
    void updateEnabled();
    // Opens the job's file with the desktop's handler; false (and a message)
    // when the job has no finished file.
    bool openJob(const QUuid &id);

    static bool canOpen(const jobs::ExportJob &job);

Q_SIGNALS:
    // Something the writer should read in the status bar ("Could not open …").
    void message(const QString &text);

private:
    QAction *makeAction(Kind kind, const QString &icon, const QString &text,
                        const QString &toolTip);
    QList<const jobs::ExportJob *> selectedJobs() const;
    void openSelected();
    void showSelectedInFolder();
    void copySelectedPaths();
    void retrySelected();
    void cancelSelected();
    void removeSelected();
    void removeJobs(const QList<QUuid> &ids);
    void copySelectedTraceIds();
    bool openLocalPath(const QString &path);

    jobs::JobQueue *m_queue;
    SelectionProvider m_selection;
    std::array<QAction *, KindCount> m_actions {};
    QPointer<QMessageBox> m_removeQuestion;
};

} // namespace d360::gui
