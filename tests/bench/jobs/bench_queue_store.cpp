// Benchmark: what the saved queue costs the thread that changes it, as the
// queue grows.
//
// Every change of a job is saved before it is announced (JobQueue through
// QueueStore), on the thread that made it, which in the window is the GUI
// thread: a save that grows with the number of jobs kept becomes a visible
// freeze once a writer has exported forty languages every release for a
// year. This measures, for queues of several sizes, the time of:
//   - enqueueing all the jobs at once, then cancelling them all (one save
//     each way, whatever the count, if the queue batches them);
//   - one saved change (a retry) in the full queue, repeated, with the
//     median and the worst of the repeats;
// and the size of the queue file. The jobs are real ExportJobs in a real
// JobQueue that runs none of them (maxConcurrentJobs 0), saving into a
// temporary folder on the same file system as the system's temporary files.
//
// Goal (the figure the suite used to assert, and issue 16's reference): one
// saved change in a queue of 10,000 jobs well under 500 ms; the GUI should
// not notice it.
//
// Built with the tests, never run by CTest. Run it from the build folder:
//   build/test/bench/bench_queue_store queue-store.txt 1000 10000
// Arguments: the figures file (default queue-store.txt), then the queue
// sizes (default 1000 10000); D360_BENCH_REPEATS sets the repeats of the
// one-change measurement (default 21).
#include "core/jobs/ExportJob.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/QueueStore.h"
#include "support/JobSamples.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace d360;
using namespace d360::jobs;

namespace {

ExportJob queuedJob(const QString &folder, int number)
{
    ExportJob job = test::sampleJob(folder, JobState::Queued);
    job.fileName = QStringLiteral("Acme-v1-zh-CN-%1.zip").arg(number);
    job.finalPath = QDir(folder).filePath(job.fileName);
    job.partPath = job.finalPath + QStringLiteral(".part");
    return job;
}

struct Figures
{
    int jobs = 0;
    qint64 enqueueMs = 0;
    qint64 cancelAllMs = 0;
    double oneChangeMedianMs = 0;
    double oneChangeWorstMs = 0;
    qint64 fileBytes = 0;
};

Figures measure(int jobCount, int repeats)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        qFatal("cannot create a temporary folder");
    const QString path = folder.filePath(QStringLiteral("state.sqlite"));
    JobSettings settings;
    settings.maxConcurrentJobs = 0;
    JobQueue queue(nullptr, settings);
    const QString problem = queue.restore(path, QueueStore::windowQueueName());
    if (!problem.isEmpty())
        qFatal("cannot open the queue: %s", qPrintable(problem));
    QList<ExportJob> jobs;
    jobs.reserve(jobCount);
    for (int number = 0; number < jobCount; ++number)
        jobs.append(queuedJob(folder.path(), number));

    Figures figures;
    figures.jobs = jobCount;
    QElapsedTimer clock;
    clock.start();
    queue.enqueue(jobs);
    figures.enqueueMs = clock.restart();
    queue.cancelAll();
    figures.cancelAllMs = clock.elapsed();

    QList<double> changes;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        const QUuid id = queue.at((repeat * 7919) % jobCount).id;
        clock.restart();
        if (!queue.retry(id))
            qFatal("the queue refused to retry a cancelled job");
        changes.append(double(clock.nsecsElapsed()) / 1e6);
        queue.cancel(id);
    }
    std::sort(changes.begin(), changes.end());
    figures.oneChangeMedianMs = changes.at(changes.size() / 2);
    figures.oneChangeWorstMs = changes.last();
    figures.fileBytes = QFileInfo(path).size();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const QString figuresPath
        = arguments.isEmpty() ? QStringLiteral("queue-store.txt") : arguments.takeFirst();
    QList<int> sizes;
    for (const QString &argument : arguments)
        sizes.append(argument.toInt());
    if (sizes.isEmpty())
        sizes = { 1000, 10000 };
    const int repeats = qEnvironmentVariableIsSet("D360_BENCH_REPEATS")
        ? qMax(1, qEnvironmentVariableIntValue("D360_BENCH_REPEATS"))
        : 21;

    QString report;
    QTextStream out(&report);
    out << "# bench_queue_store: saving the queue as it grows (" << repeats
        << " repeats of one change)\n";
    out << "jobs\tenqueue_ms\tcancel_all_ms\tone_change_median_ms\tone_change_worst_ms\tfile_"
           "bytes\n";
    for (int size : sizes) {
        if (size < 1)
            qFatal("queue sizes are positive numbers of jobs");
        const Figures figures = measure(size, repeats);
        out << figures.jobs << '\t' << figures.enqueueMs << '\t' << figures.cancelAllMs << '\t'
            << QString::number(figures.oneChangeMedianMs, 'f', 2) << '\t'
            << QString::number(figures.oneChangeWorstMs, 'f', 2) << '\t' << figures.fileBytes
            << '\n';
    }
    out.flush();
    std::fputs(qPrintable(report), stdout);
    QFile file(figuresPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        qFatal("cannot write %s", qPrintable(figuresPath));
    file.write(report.toUtf8());
    return 0;
}
