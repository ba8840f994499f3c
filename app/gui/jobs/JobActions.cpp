// See JobActions.h. Each action works on the ids of the selection taken when
// it is triggered: removing or retrying jobs moves rows, never ids.
#include "gui/jobs/JobActions.h"

#include "core/jobs/JobQueue.h"
#include "gui/jobs/QuestionWhileNeeded.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace d360::gui {

using jobs::ExportJob;
using jobs::JobState;

JobActions::JobActions(jobs::JobQueue *queue, SelectionProvider selection, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_selection(std::move(selection))
{
    makeAction(Open, QStringLiteral("action-open"), tr("&Open"),
               tr("Open the exported file (Enter)"));
    action(Open)->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    makeAction(ShowInFolder, QStringLiteral("action-folder"), tr("Show in &folder"),
               tr("Open the folder that holds the file"));
    makeAction(CopyPath, QStringLiteral("action-copy"), tr("&Copy path"),
               tr("Copy the file's path (Ctrl+C)"));
    action(CopyPath)->setShortcut(QKeySequence::Copy);
    makeAction(Retry, QStringLiteral("action-retry"), tr("&Retry"),
               tr("Run the failed or cancelled export again"));
    makeAction(Cancel, QStringLiteral("action-cancel"), tr("C&ancel"), tr("Stop the export"));
    makeAction(Remove, QStringLiteral("action-remove"), tr("Re&move"),
               tr("Remove from the list (Delete); the file stays on disk"));
    action(Remove)->setShortcut(QKeySequence::Delete);
    makeAction(CopyTraceId, QStringLiteral("action-trace"), tr("Copy id for &support"),
               tr("Copy the id to give Document360 support: it finds the export in their logs"));

    connect(action(Open), &QAction::triggered, this, &JobActions::openSelected);
    connect(action(ShowInFolder), &QAction::triggered, this, &JobActions::showSelectedInFolder);
    connect(action(CopyPath), &QAction::triggered, this, &JobActions::copySelectedPaths);
    connect(action(Retry), &QAction::triggered, this, &JobActions::retrySelected);
    connect(action(Cancel), &QAction::triggered, this, &JobActions::cancelSelected);
    connect(action(Remove), &QAction::triggered, this, &JobActions::removeSelected);
    connect(action(CopyTraceId), &QAction::triggered, this, &JobActions::copySelectedTraceIds);
    // Nothing is selected yet; the owner calls updateEnabled() once its
    // selection exists.
    for (QAction *each : m_actions)
        each->setEnabled(false);
}

QAction *JobActions::makeAction(Kind kind, const QString &icon, const QString &text,
                                const QString &toolTip)
{
    auto *created = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
    created->setToolTip(toolTip);
    created->setStatusTip(toolTip);
    // Active only while the table has the focus: Enter, Delete and Ctrl+C
    // mean other things in the filter box and the rest of the window.
    created->setShortcutContext(Qt::WidgetShortcut);
    m_actions.at(size_t(kind)) = created;
    return created;
}

QList<QAction *> JobActions::all() const
{
    return QList<QAction *>(m_actions.begin(), m_actions.end());
}

bool JobActions::canOpen(const ExportJob &job)
{
    return job.state == JobState::Completed && QFileInfo::exists(job.finalPath);
}

QList<const ExportJob *> JobActions::selectedJobs() const
{
    QList<const ExportJob *> jobs;
    const QList<QUuid> ids = m_selection ? m_selection() : QList<QUuid>();
    jobs.reserve(ids.size());
    for (const QUuid &id : ids) {
        if (const ExportJob *job = m_queue->find(id))
            jobs.append(job);
    }
    return jobs;
}

void JobActions::updateEnabled()
{
    bool open = false, folder = false, retry = false, cancel = false, trace = false;
    const QList<const ExportJob *> jobs = selectedJobs();
    // Each answer stops at the first job that allows it: a selection of
    // thousands costs one file check per action, not thousands.
    for (const ExportJob *job : jobs) {
        retry = retry || job->state == JobState::Failed || job->state == JobState::Cancelled;
        cancel = cancel || !jobs::isFinalState(job->state);
        trace = trace || !job->traceId.isEmpty() || !job->requestId.isEmpty();
        if (!open && job->state == JobState::Completed)
            open = canOpen(*job);
        if (!folder && !job->finalPath.isEmpty())
            folder = QFileInfo(QFileInfo(job->finalPath).absolutePath()).isDir();
    }
    action(Open)->setEnabled(open);
    action(ShowInFolder)->setEnabled(folder);
    action(CopyPath)->setEnabled(!jobs.isEmpty());
    action(Retry)->setEnabled(retry);
    action(Cancel)->setEnabled(cancel);
    action(Remove)->setEnabled(!jobs.isEmpty());
    action(CopyTraceId)->setEnabled(trace);
}

bool JobActions::openLocalPath(const QString &path)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    // No file manager, no PDF viewer: the path on the clipboard lets the
    // writer open it some other way.
    QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(path));
    Q_EMIT message(tr("No program could open %1. Its path is on the clipboard.")
                       .arg(QDir::toNativeSeparators(path)));
    return false;
}

bool JobActions::openJob(const QUuid &id)
{
    const ExportJob *job = m_queue->find(id);
    if (!job || !canOpen(*job)) {
        if (job && job->state == JobState::Completed)
            Q_EMIT message(
                tr("%1 is no longer there.").arg(QDir::toNativeSeparators(job->finalPath)));
        return false;
    }
    return openLocalPath(job->finalPath);
}

void JobActions::openSelected()
{
    const QList<const ExportJob *> jobs = selectedJobs();
    QList<QUuid> openable;
    for (const ExportJob *job : jobs) {
        if (canOpen(*job))
            openable.append(job->id);
    }
    for (const QUuid &id : std::as_const(openable))
        openJob(id);
}

void JobActions::showSelectedInFolder()
{
    QStringList folders;
    for (const ExportJob *job : selectedJobs()) {
        const QString folder = QFileInfo(job->finalPath).absolutePath();
        if (!job->finalPath.isEmpty() && !folders.contains(folder) && QFileInfo(folder).isDir())
            folders.append(folder);
    }
    for (const QString &folder : std::as_const(folders))
        openLocalPath(folder);
}

void JobActions::copySelectedPaths()
{
    QStringList paths;
    for (const ExportJob *job : selectedJobs())
        paths.append(QDir::toNativeSeparators(job->finalPath));
    if (!paths.isEmpty())
        QGuiApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
}

void JobActions::copySelectedTraceIds()
{
    // The trace id of a failure, else the request id of the last answer:
    // the same id the details pane offers for support.
    QStringList ids;
    for (const ExportJob *job : selectedJobs()) {
        const QString id = job->traceId.isEmpty() ? job->requestId : job->traceId;
        if (!id.isEmpty())
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    Q_EMIT message(tr("Copied %n id(s) for Document360 support.", nullptr, int(ids.size())));
}

void JobActions::retrySelected()
{
    const QList<QUuid> ids = m_selection ? m_selection() : QList<QUuid>();
    int refused = 0;
    for (const QUuid &id : ids) {
        const ExportJob *job = m_queue->find(id);
        if (job && (job->state == JobState::Failed || job->state == JobState::Cancelled)
            && !m_queue->retry(id))
            ++refused;
    }
    if (refused > 0)
        Q_EMIT message(tr("%n jobs could not be retried: no free file name in the output folder.",
                          nullptr, refused));
    updateEnabled();
}

void JobActions::cancelSelected()
{
    const QList<QUuid> ids = m_selection ? m_selection() : QList<QUuid>();
    for (const QUuid &id : ids) {
        const ExportJob *job = m_queue->find(id);
        if (job && !jobs::isFinalState(job->state))
            m_queue->cancel(id);
    }
    updateEnabled();
}

namespace {

const QString askBeforeRemovingRunningKey = QStringLiteral("gui/askBeforeRemovingRunning");

} // namespace

void JobActions::removeSelected()
{
    const QList<QUuid> ids = m_selection ? m_selection() : QList<QUuid>();
    const auto countRunning = [this, ids] {
        int running = 0;
        for (const QUuid &id : ids) {
            const ExportJob *job = m_queue->find(id);
            running += job && !jobs::isFinalState(job->state) ? 1 : 0;
        }
        return running;
    };
    const int running = countRunning();
    auto *window = qobject_cast<QWidget *>(parent());
    if (running == 0 || !window || !QSettings().value(askBeforeRemovingRunningKey, true).toBool()) {
        removeJobs(ids);
        return;
    }
    if (m_removeQuestion && m_removeQuestion->isVisible())
        return; // already asking
    auto *question
        = new QMessageBox(QMessageBox::Question, tr("Remove exports"),
                          tr("Remove %n exports that are still running?", nullptr, running),
                          QMessageBox::NoButton, window);
    question->setObjectName(QStringLiteral("removeQuestion"));
    question->setInformativeText(
        tr("They stop, and what they downloaded so far is deleted. Files already "
           "exported stay on disk."));
    QPushButton *removeButton = question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setCheckBox(new QCheckBox(tr("&Don't ask again"), question));
    connect(question, &QMessageBox::buttonClicked, this,
            [question, removeButton](QAbstractButton *button) {
                if (button == removeButton && question->checkBox()->isChecked())
                    QSettings().setValue(askBeforeRemovingRunningKey, false);
            });
    m_removeQuestion = question;
    // Exports that end while the writer reads the question need no question:
    // removing a finished one only takes it off the list.
    openQuestionWhileNeeded(
        question, removeButton, m_queue, this, [countRunning] { return countRunning() > 0; },
        [this, ids] { removeJobs(ids); });
}

void JobActions::removeJobs(const QList<QUuid> &ids)
{
    for (const QUuid &id : ids)
        m_queue->remove(id);
    updateEnabled();
}

} // namespace d360::gui
