// The job table's model and its sort/filter proxy, checked by
// QAbstractItemModelTester (fatal on the first inconsistency) while a real
// JobQueue runs real exports against the in-process sandbox: jobs are added,
// build, download, complete, fail, are cancelled while running, retried and
// removed. Along the way every progress cell the model reports must match
// its job's state (busy while the server builds, permille while
// downloading, full when done, none otherwise), running jobs' durations
// tick, and byte progress is announced in as few signals as possible. The
// delegate must really draw a bar into a finished job's cell.
//
// Offscreen; the sandbox builds PDFs, hence QTEST_MAIN. Every wait is on a
// signal or a condition.
#include "GuiJobRig.h"
#include "gui/jobs/JobTableModel.h"
#include "gui/jobs/ProgressDelegate.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QImage>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace d360;
using d360::gui::JobTableModel;
using d360::gui::ProgressDelegate;
using jobs::ExportJob;
using jobs::JobState;

namespace {

// Why a progress cell disagrees with its job; empty when it agrees.
QString progressMismatch(const JobTableModel &model, int row)
{
    const ExportJob *job = model.jobAt(row);
    const QVariant progress
        = model.index(row, JobTableModel::Progress).data(ProgressDelegate::ProgressRole);
    const QString where
        = QStringLiteral("row %1 (%2): ").arg(row).arg(jobs::jobStateName(job->state));
    switch (job->state) {
    case JobState::Queued:
    case JobState::Failed:
    case JobState::Cancelled:
        return progress.isValid() ? where + QStringLiteral("a bar where none belongs") : QString();
    case JobState::Starting:
    case JobState::Pending:
    case JobState::InProgress:
        return progress.toInt() == ProgressDelegate::busyProgress
            ? QString()
            : where + QStringLiteral("not busy");
    case JobState::Downloading: {
        const int value = progress.toInt();
        const bool fits = job->bytesTotal > 0
            ? value == int(job->bytesDone * 1000 / job->bytesTotal)
            : value == ProgressDelegate::busyProgress;
        return fits ? QString()
                    : where
                + QStringLiteral("permille %1 for %2 of %3")
                      .arg(value)
                      .arg(job->bytesDone)
                      .arg(job->bytesTotal);
    }
    case JobState::Completed:
        return progress.toInt() == 1000 ? QString() : where + QStringLiteral("not full");
    }
    return where + QStringLiteral("unknown state");
}

// Queued jobs that never start (no slots), for the signal-shape checks.
struct IdleQueue
{
    IdleQueue()
    {
        jobs::JobSettings settings = test::fastJobSettings();
        settings.maxConcurrentJobs = 0;
        queue = std::make_unique<jobs::JobQueue>([](const QString &) { return nullptr; }, settings);
    }

    QList<QUuid> add(int count)
    {
        QList<ExportJob> batch;
        for (int i = 0; i < count; ++i) {
            ExportJob job = ExportJob::create();
            job.projectId = QStringLiteral("p");
            job.versionId = QStringLiteral("v");
            job.outputFolder = output.path();
            job.fileName = QStringLiteral("file-%1.pdf").arg(i);
            batch.append(job);
        }
        return queue->enqueue(batch);
    }

    QTemporaryDir output;
    std::unique_ptr<jobs::JobQueue> queue;
};

} // namespace

class JobTableModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void staysConsistentThroughARealQueuesLife()
    {
        test::GuiJobRig rig(test::slowBuildSandboxOptions());
        QVERIFY(rig.started);
        JobTableModel model(rig.queue);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(JobTableModel::SortRole);
        proxy.setFilterRole(JobTableModel::FilterRole);
        proxy.setFilterKeyColumn(JobTableModel::Project);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(JobTableModel::Progress, Qt::DescendingOrder);
        QAbstractItemModelTester modelTester(&model,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);

        QStringList mismatches;
        QSet<JobState> statesSeen;
        int progressSignals = 0;
        int durationTicks = 0;
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                        statesSeen.insert(model.jobAt(row)->state);
                        const QString mismatch = progressMismatch(model, row);
                        if (!mismatch.isEmpty())
                            mismatches.append(mismatch);
                    }
                    if (topLeft.column() == JobTableModel::Progress)
                        ++progressSignals;
                    if (topLeft.column() == JobTableModel::Duration
                        && bottomRight.column() == JobTableModel::Duration)
                        ++durationTicks;
                });

        // Added, built, downloaded, completed.
        QSignalSpy batchFinished(rig.queue, &jobs::JobQueue::batchFinished);
        const QList<QUuid> ids
            = rig.enqueue({ QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") });
        QCOMPARE(ids.size(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(batchFinished.wait(30000));
        for (const QUuid &id : ids)
            QCOMPARE(rig.stateOf(id), JobState::Completed);
        QTRY_VERIFY(progressSignals
                    > 0); // announced at most every progressInterval, perhaps after the end
        QVERIFY2(statesSeen.contains(JobState::Pending)
                     && statesSeen.contains(JobState::Downloading),
                 "the table saw the jobs build and download");
        const QModelIndex done = model.indexOfJob(ids.first(), JobTableModel::Size);
        QCOMPARE(done.data(JobTableModel::SortRole).toLongLong(), rig.job(ids.first())->bytesTotal);
        QVERIFY(done.data().toString().endsWith(QLatin1String("kB")));
        QVERIFY(model.indexOfJob(ids.first(), JobTableModel::Started)
                    .data(JobTableModel::SortRole)
                    .toDateTime()
                    .isValid());
        QCOMPARE(
            model.indexOfJob(ids.first(), JobTableModel::File).data(Qt::ToolTipRole).toString(),
            QDir::toNativeSeparators(rig.job(ids.first())->finalPath));
        QVERIFY(!model.indexOfJob(ids.first(), JobTableModel::Status)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());

        // Failed, with the server's message in the tooltip; then retried.
        sandbox::SandboxFaults faults;
        faults.failExports = 1;
        rig.server.setFaults(faults);
        const QList<QUuid> failing
            = rig.enqueue({ QStringLiteral("en") }, { api::ExportFormat::Html });
        QCOMPARE(failing.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(failing.first()), JobState::Failed, 20000);
        const QString toolTip = model.indexOfJob(failing.first(), JobTableModel::Status)
                                    .data(Qt::ToolTipRole)
                                    .toString();
        QVERIFY2(toolTip.contains(rig.job(failing.first())->errorMessage), qPrintable(toolTip));
        // The sandbox sends a request id with every answer, so the failure
        // always has one for the writer to quote to support.
        const QString traceId = rig.job(failing.first())->traceId;
        QVERIFY2(!traceId.isEmpty(), "the failed job kept no trace id");
        QVERIFY2(toolTip.contains(traceId), qPrintable(toolTip));
        rig.server.setFaults({});
        QVERIFY(rig.queue->retry(failing.first()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(failing.first()), JobState::Completed, 20000);

        // Cancelled while running (the sandbox holds its export), its
        // duration ticking meanwhile.
        faults = {};
        faults.holdExports = true;
        rig.server.setFaults(faults);
        const QList<QUuid> slow
            = rig.enqueue({ QStringLiteral("de") }, { api::ExportFormat::Markdown });
        QCOMPARE(slow.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isActiveState(rig.stateOf(slow.first())), 10000);
        const int ticksBefore = durationTicks;
        QTRY_VERIFY_WITH_TIMEOUT(durationTicks > ticksBefore, 3000);
        QVERIFY(
            !model.indexOfJob(slow.first(), JobTableModel::Duration).data().toString().isEmpty());
        QVERIFY(rig.queue->cancel(slow.first()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(slow.first()), JobState::Cancelled, 10000);
        rig.server.setFaults({});

        // Filtered, re-sorted, removed.
        proxy.setFilterFixedString(QStringLiteral("cancelled"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());
        proxy.sort(JobTableModel::Status, Qt::AscendingOrder);
        QVERIFY(rig.queue->remove(ids.at(1)));
        QVERIFY(rig.queue->remove(slow.first()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(model.indexOfJob(ids.at(1)), QModelIndex());

        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }

    void progressIsAnnouncedInFewSignals()
    {
        IdleQueue idle;
        JobTableModel model(idle.queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<QUuid> ids = idle.add(10);
        QCOMPARE(model.rowCount(), 10);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // More than half the rows: one signal for the whole range.
        Q_EMIT idle.queue->progressChanged(ids.mid(0, 6));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, JobTableModel::Progress));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(9, JobTableModel::Size));

        // Fewer: one signal per run of neighbouring rows.
        changed.clear();
        Q_EMIT idle.queue->progressChanged({ ids.at(7), ids.at(1), ids.at(2) });
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, JobTableModel::Progress));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, JobTableModel::Size));
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(7, JobTableModel::Progress));

        // A queued job has no bar and no times.
        QVERIFY(!model.index(0, JobTableModel::Progress)
                     .data(ProgressDelegate::ProgressRole)
                     .isValid());
        QVERIFY(model.index(0, JobTableModel::Duration).data().toString().isEmpty());
        QCOMPARE(model.index(0, JobTableModel::Status).data().toString(),
                 jobs::jobStateDisplayName(JobState::Queued));
    }

    void theDelegateDrawsABar()
    {
        test::GuiJobRig rig;
        QVERIFY(rig.started);
        JobTableModel model(rig.queue);
        QSignalSpy batchFinished(rig.queue, &jobs::JobQueue::batchFinished);
        const QList<QUuid> ids = rig.enqueue({ QStringLiteral("en") });
        QVERIFY(batchFinished.wait(20000));
        QCOMPARE(rig.stateOf(ids.first()), JobState::Completed);

        QTableView view;
        view.setModel(&model);
        view.setItemDelegateForColumn(JobTableModel::Progress, new ProgressDelegate(&view));
        view.horizontalHeader()->resizeSection(JobTableModel::Progress, 160);
        view.resize(1200, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QRect cell = view.visualRect(model.index(0, JobTableModel::Progress));
        QVERIFY(cell.width() >= 100);
        const QImage shot = view.viewport()->grab(cell).toImage();
        const QRgb background = view.palette().color(QPalette::Base).rgb();
        int drawn = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x)
                drawn += shot.pixel(x, y) != background ? 1 : 0;
        }
        // A full bar covers most of the cell; text alone would not.
        QVERIFY2(drawn > shot.width() * shot.height() / 2,
                 qPrintable(QStringLiteral("%1 of %2 pixels drawn")
                                .arg(drawn)
                                .arg(shot.width() * shot.height())));
    }
};

QTEST_MAIN(JobTableModelTest)
#include "tst_job_table_model.moc"
