// The job queue's view as a writer uses it, offscreen, with real jobs run by
// a real JobQueue against the in-process sandbox: the actions follow the
// selection; Copy path and Copy trace id put exactly that text on the
// clipboard; Open, Enter and a double-click hand the file to the desktop's
// handler (caught here through QDesktopServices::setUrlHandler); Retry runs
// a failed job again to Completed; Cancel stops a running one; Remove (and
// the Delete key) forgets a job; the details pane shows the trace id and
// SHA-256; the column layout survives saveState()/restoreState(). Also the
// status-bar indicator, the batch and failure notifications (offscreen has
// no notification area, so they arrive as status messages) and "open when
// done".
#include "GuiJobRig.h"
#include "core/api/RateBudget.h"
#include "gui/ElidedLabel.h"
#include "gui/jobs/BatchNotifier.h"
#include "gui/jobs/FinishedFileOpener.h"
#include "gui/jobs/JobActions.h"
#include "gui/jobs/JobQueueView.h"
#include "gui/jobs/JobTableModel.h"
#include "gui/jobs/QueueStatusIndicator.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace d360;
using gui::JobActions;
using gui::JobQueueView;
using gui::JobTableModel;
using jobs::JobState;

// Stands in for the desktop's file handler.
class FileHandlerStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

namespace {

QString labelText(const QWidget &parent, const char *name)
{
    const auto *label = parent.findChild<QLabel *>(QLatin1String(name));
    if (const auto *elided = qobject_cast<const gui::ElidedLabel *>(label))
        return elided->fullText(); // what the tooltip and a copy give
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

bool isEnabled(const JobQueueView &view, JobActions::Kind kind)
{
    return view.actions()->action(kind)->isEnabled();
}

} // namespace

class JobQueueViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_files, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void init() { m_files.opened.clear(); }

    void actionsFollowTheSelection()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        QSignalSpy batchFinished(rig.queue, &jobs::JobQueue::batchFinished);
        const QUuid completed = rig.enqueue({ QStringLiteral("en") }).value(0);
        QVERIFY(batchFinished.wait(20000));
        sandbox::SandboxFaults faults;
        faults.failExports = 1;
        rig.server.setFaults(faults);
        const QUuid failed = rig.enqueue({ QStringLiteral("de") }).value(0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(failed), JobState::Failed, 20000);
        QCOMPARE(rig.stateOf(completed), JobState::Completed);
        const jobs::ExportJob done = *rig.job(completed);
        const jobs::ExportJob broken = *rig.job(failed);
        QVERIFY(!broken.traceId.isEmpty());

        JobQueueView view(rig.queue);
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.jobActions().size(), 7);

        view.selectJobs({});
        for (int kind = 0; kind < JobActions::KindCount; ++kind)
            QVERIFY2(!isEnabled(view, JobActions::Kind(kind)), "nothing selected, nothing to do");

        view.selectJobs({ completed });
        QCOMPARE(view.selectedJobIds(), QList<QUuid> { completed });
        QVERIFY(isEnabled(view, JobActions::Open));
        QVERIFY(isEnabled(view, JobActions::ShowInFolder));
        QVERIFY(isEnabled(view, JobActions::CopyPath));
        QVERIFY(isEnabled(view, JobActions::Remove));
        QVERIFY(!isEnabled(view, JobActions::Retry));
        QVERIFY(!isEnabled(view, JobActions::Cancel));
        QCOMPARE(labelText(view, "sha256Value"), QString::fromLatin1(done.sha256Hex));
        QVERIFY(!done.sha256Hex.isEmpty());
        QCOMPARE(labelText(view, "fileValue"), QDir::toNativeSeparators(done.finalPath));
        // A completed job has an id for support too (its last request's),
        // and copying it says so.
        QVERIFY(isEnabled(view, JobActions::CopyTraceId));
        QSignalSpy messages(&view, &JobQueueView::message);
        view.actions()->action(JobActions::CopyTraceId)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), done.requestId);
        QVERIFY(!messages.isEmpty()
                && messages.last().first().toString().startsWith(QLatin1String("Copied")));

        view.selectJobs({ failed });
        QVERIFY(!isEnabled(view, JobActions::Open));
        QVERIFY(isEnabled(view, JobActions::Retry));
        QVERIFY(!isEnabled(view, JobActions::Cancel));
        QVERIFY(isEnabled(view, JobActions::CopyTraceId));
        QCOMPARE(labelText(view, "traceIdValue"), broken.traceId);
        // One id where the trace id and the request id are the same.
        QCOMPARE(broken.requestId, broken.traceId);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("traceIdValue"))->isVisible());
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("requestIdValue"))->isVisible());
        QVERIFY(labelText(view, "messageValue").contains(broken.errorMessage));

        // The clipboard gets exactly the path, and exactly the trace id.
        view.actions()->action(JobActions::CopyTraceId)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), broken.traceId);
        view.selectJobs({ completed });
        QGuiApplication::clipboard()->clear();
        view.actions()->action(JobActions::CopyPath)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(done.finalPath));

        // Open, by action, by Enter and by double-click: the desktop's handler gets the file.
        view.actions()->action(JobActions::Open)->trigger();
        QCOMPARE(m_files.opened, QList<QUrl> { QUrl::fromLocalFile(done.finalPath) });
        QTableView *table = view.tableView();
        view.activateWindow();
        table->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_files.opened.size(), 2);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(done.finalPath));
        const QModelIndex cell = view.proxyModel()->mapFromSource(
            view.model()->indexOfJob(completed, JobTableModel::Project));
        const QPoint centre = table->visualRect(cell).center();
        // QTest's double-click on a widget is the second click only.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(m_files.opened.size(), 3);
        QCOMPARE(m_files.opened.last(), QUrl::fromLocalFile(done.finalPath));

        // Show in folder opens the folder that holds it.
        view.actions()->action(JobActions::ShowInFolder)->trigger();
        QCOMPARE(m_files.opened.last(),
                 QUrl::fromLocalFile(QFileInfo(done.finalPath).absolutePath()));

        // A file deleted behind the program's back can no longer be opened.
        QVERIFY(QFile::remove(done.finalPath));
        view.selectJobs({ failed });
        view.selectJobs({ completed });
        QVERIFY(!isEnabled(view, JobActions::Open));
    }

    void retryCancelAndRemoveThroughTheView()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        sandbox::SandboxFaults faults;
        faults.failExports = 1;
        rig.server.setFaults(faults);
        const QUuid failed = rig.enqueue({ QStringLiteral("en") }).value(0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(failed), JobState::Failed, 20000);
        rig.server.setFaults({});

        JobQueueView view(rig.queue);
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Retry: the same row runs again, to the end.
        view.selectJobs({ failed });
        QVERIFY(isEnabled(view, JobActions::Retry));
        view.actions()->action(JobActions::Retry)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(failed), JobState::Completed, 20000);
        QVERIFY(QFileInfo::exists(rig.job(failed)->finalPath));
        QTRY_VERIFY(isEnabled(view, JobActions::Open));
        QVERIFY(!isEnabled(view, JobActions::Retry));
        QCOMPARE(labelText(view, "sha256Value"), QString::fromLatin1(rig.job(failed)->sha256Hex));

        // Cancel a running one (the sandbox holds its export).
        faults = {};
        faults.holdExports = true;
        rig.server.setFaults(faults);
        const QUuid slow = rig.enqueue({ QStringLiteral("de") }).value(0);
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isActiveState(rig.stateOf(slow)), 10000);
        view.selectJobs({ slow });
        QVERIFY(isEnabled(view, JobActions::Cancel));
        QVERIFY(!isEnabled(view, JobActions::Retry));
        view.actions()->action(JobActions::Cancel)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(slow), JobState::Cancelled, 10000);
        QTRY_VERIFY(isEnabled(view, JobActions::Retry));
        QVERIFY(!isEnabled(view, JobActions::Cancel));
        rig.server.setFaults({});

        // Remove, by the Delete key: the job goes, its file stays.
        const QString file = rig.job(failed)->finalPath;
        view.selectJobs({ failed });
        view.activateWindow();
        view.tableView()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTest::keyClick(view.tableView(), Qt::Key_Delete);
        QCOMPARE(rig.queue->rowOf(failed), -1);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(view.model()->rowCount(), 1);
        view.selectJobs({ slow });
        view.actions()->action(JobActions::Remove)->trigger();
        QCOMPARE(rig.queue->count(), 0);
        QVERIFY(!isEnabled(view, JobActions::Remove));
        QCOMPARE(labelText(view, "titleValue"),
                 JobQueueView::tr("Select a job to see its details."));
    }

    void removingRunningExportsAsksAndTheSummaryCountsThem()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        QSettings().remove(QStringLiteral("gui/askBeforeRemovingRunning"));
        gui::BatchNotifier notifier(rig.queue);
        QSignalSpy notified(&notifier, &gui::BatchNotifier::notified);
        JobQueueView view(rig.queue);
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // The sandbox holds the exports: the jobs stay running while the
        // writer decides.
        sandbox::SandboxFaults held;
        held.holdExports = true;
        rig.server.setFaults(held);
        const QList<QUuid> ids
            = rig.enqueue({ QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") });
        QCOMPARE(ids.size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isActiveState(rig.stateOf(ids.at(0)))
                                     && jobs::isActiveState(rig.stateOf(ids.at(1))),
                                 10000);

        // Removing running exports asks first; Cancel keeps them.
        view.selectJobs({ ids.at(0), ids.at(1) });
        view.actions()->action(JobActions::Remove)->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = view.findChild<QMessageBox *>(QStringLiteral("removeQuestion")))
                    != nullptr);
        QVERIFY(question->text().contains(QLatin1String("2 exports that are still running")));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!view.findChild<QMessageBox *>(QStringLiteral("removeQuestion")));
        QCOMPARE(rig.queue->count(), 3);

        view.actions()->action(JobActions::Remove)->trigger();
        QTRY_VERIFY((question = view.findChild<QMessageBox *>(QStringLiteral("removeQuestion")))
                    != nullptr);
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QTRY_COMPARE(rig.queue->count(), 1);
        rig.server.setFaults({});

        // The summary says what happened: one exported, two removed.
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 30000);
        QCOMPARE(notified.first().at(1).toString(),
                 QStringLiteral("1 of 3 exported, 2 removed while running"));
    }

    void aRemoveQuestionGoesWhenTheExportEnds()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        QSettings().remove(QStringLiteral("gui/askBeforeRemovingRunning"));
        gui::BatchNotifier notifier(rig.queue);
        QSignalSpy notified(&notifier, &gui::BatchNotifier::notified);
        JobQueueView view(rig.queue);
        sandbox::SandboxFaults held;
        held.holdExports = true;
        rig.server.setFaults(held);
        const QUuid id = rig.enqueue({ QStringLiteral("en") }).value(0);
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isActiveState(rig.stateOf(id)), 10000);
        view.selectJobs({ id });
        view.actions()->action(JobActions::Remove)->trigger();
        QVERIFY(view.findChild<QMessageBox *>(QStringLiteral("removeQuestion")) != nullptr);
        // It ends while the writer reads the question: the question goes with
        // its reason, the job goes off the list, and its file stays.
        rig.server.setFaults({});
        QTRY_COMPARE_WITH_TIMEOUT(rig.queue->count(), 0, 20000);
        QTRY_VERIFY(!view.findChild<QMessageBox *>(QStringLiteral("removeQuestion")));
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.first().at(1).toString().startsWith(QLatin1String("1 file exported")));
        QCOMPARE(QDir(rig.output.path()).entryList(QDir::Files).size(), 1);
    }

    void aWholeBatchRemovedWhileRunningIsNotReportedAsCancelled()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        QSettings().setValue(QStringLiteral("gui/askBeforeRemovingRunning"),
                             false); // "don't ask again"
        gui::BatchNotifier notifier(rig.queue);
        QSignalSpy notified(&notifier, &gui::BatchNotifier::notified);
        JobQueueView view(rig.queue);
        sandbox::SandboxFaults held;
        held.holdExports = true;
        rig.server.setFaults(held);
        const QList<QUuid> ids = rig.enqueue({ QStringLiteral("en"), QStringLiteral("de") });
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isActiveState(rig.stateOf(ids.at(0)))
                                     && jobs::isActiveState(rig.stateOf(ids.at(1))),
                                 10000);
        view.selectJobs(ids);
        view.actions()->action(JobActions::Remove)->trigger();
        QVERIFY(!view.findChild<QMessageBox *>(QStringLiteral("removeQuestion")));
        QCOMPARE(rig.queue->count(), 0);
        rig.server.setFaults({});
        // Nothing to report: before, this said "0 of 1 exported, 1 cancelled".
        const QUuid later = rig.enqueue({ QStringLiteral("en") }).value(0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(later), JobState::Completed, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
        QCOMPARE(notified.first().at(1).toString().left(17), QStringLiteral("1 file exported t"));
        QSettings().remove(QStringLiteral("gui/askBeforeRemovingRunning"));
    }

    void filterAndLayoutRoundTrip()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        jobs::JobSettings idle = test::fastJobSettings();
        idle.maxConcurrentJobs = 0; // the jobs stay queued
        rig.queue->setSettings(idle);
        rig.enqueue({ QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") });
        QCOMPARE(rig.queue->count(), 3);

        JobQueueView view(rig.queue);
        view.setFilterText(QStringLiteral("(de)"));
        QCOMPARE(view.proxyModel()->rowCount(), 1);
        view.setFilterText(QString());
        QCOMPARE(view.proxyModel()->rowCount(), 3);

        QHeaderView *header = view.tableView()->horizontalHeader();
        header->resizeSection(JobTableModel::Project, 333);
        header->moveSection(header->visualIndex(JobTableModel::File), 0);
        header->hideSection(JobTableModel::Started);
        view.tableView()->sortByColumn(JobTableModel::Status, Qt::DescendingOrder);
        const QByteArray state = view.saveState();

        JobQueueView restored(rig.queue);
        QVERIFY(restored.restoreState(state));
        QHeaderView *restoredHeader = restored.tableView()->horizontalHeader();
        QCOMPARE(restoredHeader->sectionSize(JobTableModel::Project), 333);
        QCOMPARE(restoredHeader->visualIndex(JobTableModel::File), 0);
        QVERIFY(restoredHeader->isSectionHidden(JobTableModel::Started));
        QCOMPARE(restoredHeader->sortIndicatorSection(), int(JobTableModel::Status));
        QVERIFY(!restored.restoreState(QByteArray("not a saved layout")));
    }

    void aRateLimitWaitShowsWhileItLasts()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        gui::QueueStatusIndicator indicator(rig.queue);
        api::RateBudget *budget = rig.client->rateBudget();
        indicator.setRateBudget(budget);
        QVERIFY(indicator.budgetText().isEmpty());

        // As after a 429 with Retry-After: 3, with a request waiting.
        budget->pauseFor(std::chrono::seconds(3));
        bool granted = false;
        QObject context;
        budget->acquire(&context, [&granted] { granted = true; });
        QTRY_VERIFY(indicator.budgetText().startsWith(QLatin1String("Waiting")));
        QVERIFY2(indicator.budgetText().contains(QLatin1String("s for the API's rate limit")),
                 qPrintable(indicator.budgetText()));
        QTRY_VERIFY_WITH_TIMEOUT(granted, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(indicator.budgetText().isEmpty(), 5000);
    }

    void statusIndicatorAndNotifications()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        gui::QueueStatusIndicator indicator(rig.queue);
        indicator.setRateBudget(rig.client->rateBudget());
        gui::BatchNotifier notifier(rig.queue);
        gui::FinishedFileOpener opener(rig.queue);
        opener.setEnabled(true);
        QVERIFY(!notifier.usesSystemTray());
        QSignalSpy notified(&notifier, &gui::BatchNotifier::notified);
        QSignalSpy statusMessages(&notifier, &gui::BatchNotifier::statusMessage);
        QCOMPARE(indicator.runningText(), gui::QueueStatusIndicator::tr("No exports running"));

        // A batch of two, both exported.
        sandbox::SandboxFaults faults;
        faults.holdExports = true; // running until the indicator has been read
        rig.server.setFaults(faults);
        const QList<QUuid> ids = rig.enqueue({ QStringLiteral("en"), QStringLiteral("de") });
        QCOMPARE(ids.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(indicator.runningText().contains(QLatin1Char('2')), 5000);
        // Requests left are detail, for the tooltip; the line itself stays
        // quiet while nothing waits.
        QVERIFY(indicator.budgetText().isEmpty());
        QVERIFY(
            indicator.budgetDetail().contains(QString::number(rig.client->rateBudget()->limit())));
        rig.server.setFaults({});
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 20000);
        const QString folder = QDir::toNativeSeparators(rig.output.path());
        QCOMPARE(notified.at(0).at(1).toString(),
                 QStringLiteral("2 files exported to %1").arg(folder));
        QCOMPARE(statusMessages.size(), 1);
        QVERIFY(statusMessages.at(0).at(0).toString().contains(notified.at(0).at(1).toString()));
        QTRY_COMPARE(indicator.runningText(), gui::QueueStatusIndicator::tr("No exports running"));
        QTRY_COMPARE(m_files.opened.size(), 2);
        QVERIFY(m_files.opened.contains(QUrl::fromLocalFile(rig.job(ids.at(0))->finalPath)));

        // A batch of two with one failure: told once for the job, once for the batch.
        notified.clear();
        faults = {};
        faults.failExports = 1;
        rig.server.setFaults(faults);
        const QList<QUuid> second = rig.enqueue({ QStringLiteral("en"), QStringLiteral("fr") },
                                                { api::ExportFormat::Html });
        QCOMPARE(second.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 20000);
        QUuid failedId;
        for (const QUuid &id : second) {
            if (rig.stateOf(id) == JobState::Failed)
                failedId = id;
        }
        QVERIFY(!failedId.isNull());
        QCOMPARE(notified.at(0).at(1).toString(), notifier.failureText(failedId));
        QVERIFY(notified.at(0).at(1).toString().contains(rig.job(failedId)->errorMessage));
        QCOMPARE(notified.at(1).at(1).toString(), QStringLiteral("1 of 2 exported, 1 failed"));
        QCOMPARE(m_files.opened.size(), 3);
    }

private:
    FileHandlerStandIn m_files;
};

QTEST_MAIN(JobQueueViewTest)
#include "tst_job_queue_view.moc"
