// Benchmark: what 10,000 export jobs cost the window: memory per job, and
// main-thread time while the queue announces byte progress for all of them
// four times a second.
//
// The jobs are real JobQueue jobs, not a mock: a queue file holding 10,000
// jobs in the Downloading state (with bytes done and total, so every row
// draws a bar) is written with QueueStore and restored into a JobQueue that
// may run no job at once (maxConcurrentJobs 0), so they stay as they are
// without 10,000 downloads. Their bytes therefore do not change; instead the
// queue's own progressChanged signal is emitted with every id, four times a
// second, exactly as JobQueue::flushProgress() would. That still measures
// the real cost of the model and the view: the model's dataChanged
// handling, the sort/filter proxy, data() for the visible cells, and the
// repaint of the table with its progress bars. The running jobs' Duration
// cells also tick once a second, as they would in real use.
//
// Figures (written to the file named first on the command line, and printed):
//   - RSS per job: VmRSS before and after restoring the jobs into the queue,
//     and after adding the model and the visible JobQueueView, / jobs;
//   - main-thread CPU time (CLOCK_THREAD_CPUTIME_ID) per second of updates,
//     idle baseline subtracted, unsorted and sorted by the Progress column
//     (the proxy re-sorts on every update); goal: well under 100 ms;
//   - the time spent inside each progressChanged emission (synchronous
//     dataChanged handling), mean and max, and the number of repaints.
//
// Built with the tests, never run by CTest. Run it from the build folder on a
// real display, for example inside the test session (Xvfb):
//   tests/support/test-session.sh build/gui/bench/bench_job_table job-table.txt
// or offscreen: QT_QPA_PLATFORM=offscreen build/gui/bench/bench_job_table job-table.txt
// Arguments: figures file (default job-table.txt), jobs (default 10000),
// seconds per phase (default 10).
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "gui/FirstPaintReport.h"
#include "gui/jobs/JobQueueView.h"
#include "gui/jobs/JobTableModel.h"
#include "support/SavedQueue.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <ctime>
#include <functional>
#include <memory>

using namespace d360;

namespace {

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// Counts the table's repaints, to show the updates really reached the screen.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

struct Phase
{
    QString name;
    double cpuMsPerSecond = 0;
    double emitMeanMs = 0;
    double emitMaxMs = 0;
    int updates = 0;
    int paints = 0;
};

QString writeQueueFile(const QString &folder, int count)
{
    const QString path = folder + QStringLiteral("/state.sqlite");
    QList<jobs::ExportJob> jobs;
    const QUuid batch = QUuid::createUuid();
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-65);
    for (int i = 0; i < count; ++i) {
        jobs::ExportJob job = jobs::ExportJob::create();
        job.batchId = batch;
        job.accountId = QStringLiteral("bench");
        job.projectId = QStringLiteral("project-%1").arg(i % 7);
        job.projectName = QStringLiteral("Acme Cloud Handbook %1").arg(i % 7);
        job.versionId = QStringLiteral("v%1").arg(i % 3);
        job.versionName = QStringLiteral("v%1.0").arg(i % 3 + 1);
        job.languageCode = QStringLiteral("de");
        job.languageName = QStringLiteral("German");
        job.outputFolder = folder;
        job.fileName = QStringLiteral("export-%1.pdf").arg(i);
        job.finalPath = folder + QLatin1Char('/') + job.fileName;
        job.partPath = job.finalPath + QStringLiteral(".part");
        job.state = jobs::JobState::Downloading;
        job.exportId = QStringLiteral("export-%1").arg(i);
        job.bytesTotal = 3'000'000 + i;
        job.bytesDone = (qint64(i) * 7919) % job.bytesTotal;
        job.startedAt = started;
        jobs.append(job);
    }
    QString problem;
    if (!test::saveQueue(path, jobs, &problem))
        qFatal("cannot save the queue: %s", qPrintable(problem));
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString figuresPath = args.value(1, QStringLiteral("job-table.txt"));
    const int jobCount = args.value(2, QStringLiteral("10000")).toInt();
    const int phaseSeconds = args.value(3, QStringLiteral("10")).toInt();

    QTemporaryDir folder;
    const QString queueFile = writeQueueFile(folder.path(), jobCount);

    jobs::JobSettings settings;
    settings.maxConcurrentJobs = 0; // nothing runs: the jobs stay as written
    jobs::JobQueue queue([](const QString &) { return nullptr; }, settings);
    const qint64 rssEmpty = gui::residentMemoryKiB();
    const QString problem = queue.restore(queueFile, jobs::QueueStore::windowQueueName());
    if (!problem.isEmpty() || queue.count() != jobCount)
        qFatal("restored %d of %d jobs: %s", queue.count(), jobCount, qPrintable(problem));
    const qint64 rssQueue = gui::residentMemoryKiB();

    auto *view = new gui::JobQueueView(&queue);
    view->resize(1280, 800);
    view->show();
    PaintCounter paintCounter;
    view->tableView()->viewport()->installEventFilter(&paintCounter);

    QList<QUuid> ids;
    ids.reserve(jobCount);
    for (int row = 0; row < queue.count(); ++row)
        ids.append(queue.at(row).id);

    QList<Phase> phases;
    qint64 rssView = 0;
    QTimer updates;
    updates.setInterval(250);
    QList<double> emitTimes;
    QObject::connect(&updates, &QTimer::timeout, &queue, [&] {
        QElapsedTimer inside;
        inside.start();
        Q_EMIT queue.progressChanged(ids); // what JobQueue::flushProgress() sends
        emitTimes.append(double(inside.nsecsElapsed()) / 1e6);
    });

    // The phases run one after the other from the event loop, like the app.
    double phaseStartCpu = 0;
    int phaseStartPaints = 0;
    double idleCpuPerSecond = 0;
    std::function<void(int)> runPhase;
    auto startPhase = [&](bool withUpdates) {
        emitTimes.clear();
        phaseStartPaints = paintCounter.paints;
        phaseStartCpu = threadCpuMs();
        if (withUpdates)
            updates.start();
    };
    auto endPhase = [&](const QString &name) {
        updates.stop();
        const double cpuPerSecond = (threadCpuMs() - phaseStartCpu) / phaseSeconds;
        Phase phase;
        phase.name = name;
        phase.cpuMsPerSecond = cpuPerSecond - idleCpuPerSecond;
        phase.updates = int(emitTimes.size());
        phase.paints = paintCounter.paints - phaseStartPaints;
        for (double ms : std::as_const(emitTimes)) {
            phase.emitMeanMs += ms / qMax<qsizetype>(1, emitTimes.size());
            phase.emitMaxMs = qMax(phase.emitMaxMs, ms);
        }
        return phase;
    };
    runPhase = [&](int step) {
        const int phaseMs = phaseSeconds * 1000;
        switch (step) {
        case 0:
            if (!view->windowHandle() || !view->windowHandle()->isExposed()) {
                QTimer::singleShot(20, &app, [&] { runPhase(0); });
                return;
            }
            // Let the first layout and paint settle before measuring.
            QTimer::singleShot(1000, &app, [&] { runPhase(1); });
            return;
        case 1:
            rssView = gui::residentMemoryKiB();
            startPhase(false);
            QTimer::singleShot(phaseMs, &app, [&] { runPhase(2); });
            return;
        case 2: {
            const Phase idle = endPhase(QStringLiteral("idle (duration ticks only)"));
            idleCpuPerSecond = idle.cpuMsPerSecond;
            phases.append(idle);
            startPhase(true);
            QTimer::singleShot(phaseMs, &app, [&] { runPhase(3); });
            return;
        }
        case 3:
            phases.append(endPhase(QStringLiteral("updates, unsorted")));
            view->tableView()->sortByColumn(gui::JobTableModel::Progress, Qt::DescendingOrder);
            startPhase(true);
            QTimer::singleShot(phaseMs, &app, [&] { runPhase(4); });
            return;
        case 4:
            phases.append(endPhase(QStringLiteral("updates, sorted by progress")));
            app.quit();
            return;
        }
    };
    QTimer::singleShot(0, &app, [&] { runPhase(0); });
    app.exec();

    QString report;
    QTextStream out(&report);
    out << "bench_job_table: " << jobCount << " jobs, platform " << QGuiApplication::platformName()
        << ", " << phaseSeconds << " s per phase, progressChanged with every id every 250 ms\n";
    out << "RSS empty queue: " << rssEmpty << " KiB; with jobs: " << rssQueue
        << " KiB; with model + view: " << rssView << " KiB\n";
    out << "memory per job: queue "
        << QString::number(double(rssQueue - rssEmpty) * 1024.0 / jobCount, 'f', 0)
        << " bytes, model + view "
        << QString::number(double(rssView - rssQueue) * 1024.0 / jobCount, 'f', 0) << " bytes\n";
    for (const Phase &phase : std::as_const(phases)) {
        out << phase.name << ": main-thread CPU " << QString::number(phase.cpuMsPerSecond, 'f', 1)
            << " ms per second"
            << (phase.name.startsWith(QLatin1String("idle")) ? "" : " (idle subtracted)") << "; "
            << phase.updates << " updates, emit mean " << QString::number(phase.emitMeanMs, 'f', 2)
            << " ms, max " << QString::number(phase.emitMaxMs, 'f', 2) << " ms; " << phase.paints
            << " repaints\n";
    }
    out.flush();
    QTextStream(stdout) << report;
    QFile figures(figuresPath);
    if (!figures.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return 1;
    figures.write(report.toUtf8());
    delete view;
    return 0;
}
