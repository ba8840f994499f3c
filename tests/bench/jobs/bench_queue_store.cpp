// Benchmark: what the saved queue costs the thread that changes it, as the
// queue grows, against the JSON file it replaced, in the same run.
//
// Every change of a job is saved before it is announced (JobQueue through
// QueueStore), on the thread that made it, which in the window is the GUI
// thread: a save that grows with the number of jobs kept becomes a visible
// freeze once a writer has exported forty languages every release for a
// year. For queues of several sizes this measures, for the state database:
//   - enqueueing all the jobs at once, then cancelling them all;
//   - one saved change (a retry) in the full queue, repeated: median, worst;
//   - a busy second: 40 saved changes (twenty retries and cancels, far more
//     than four running exports make) spread over one second, and the CPU
//     time they take from the thread (CLOCK_THREAD_CPUTIME_ID), in ms per
//     second of updates (goal: under 100 ms, with the window's own share
//     measured by bench_job_table);
// and, as the reference (issue 16), the same change and the same busy second
// with the old store's way of saving: every job's JSON (kept serialised, as
// it did) written whole with QSaveFile, which fsyncs, at each change. The
// jobs are real ExportJobs in a real JobQueue that runs none of them
// (maxConcurrentJobs 0), saving into a temporary folder on the same file
// system as the system's temporary files.
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
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

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

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

constexpr int changesPerBusySecond = 40;

// The old store's save: every job's JSON, kept serialised, written whole
// through QSaveFile (write, fsync, rename) at each change.
class JsonRewrite
{
public:
    JsonRewrite(QString path, const JobQueue &queue)
        : m_path(std::move(path))
    {
        for (int row = 0; row < queue.count(); ++row)
            m_jobs.append(QJsonDocument(queue.at(row).toJson()).toJson(QJsonDocument::Compact));
    }

    void save(const ExportJob &changed, int row)
    {
        m_jobs[row] = QJsonDocument(changed.toJson()).toJson(QJsonDocument::Compact);
        QByteArray content = "{\"format\":\"d360-exporter.jobs\",\"version\":1,\"jobs\":[";
        for (qsizetype index = 0; index < m_jobs.size(); ++index) {
            if (index > 0)
                content += ",\n";
            content += m_jobs.at(index);
        }
        content += "]}\n";
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
            || !file.commit())
            qFatal("cannot write %s", qPrintable(m_path));
    }

private:
    QString m_path;
    QList<QByteArray> m_jobs;
};

struct Figures
{
    int jobs = 0;
    qint64 enqueueMs = 0;
    qint64 cancelAllMs = 0;
    double oneChangeMedianMs = 0;
    double oneChangeWorstMs = 0;
    double busySecondCpuMs = 0;
    double referenceChangeMedianMs = 0;
    double referenceBusySecondCpuMs = 0;
    qint64 fileBytes = 0;
    qint64 referenceFileBytes = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

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
    figures.oneChangeMedianMs = median(changes);
    figures.oneChangeWorstMs = *std::max_element(changes.begin(), changes.end());
    figures.fileBytes = QFileInfo(path).size();

    // A busy second: the changes spread over it, the thread's CPU summed.
    const auto busySecond = [&](const std::function<void(int)> &change) {
        double cpu = 0;
        QElapsedTimer second;
        second.start();
        for (int index = 0; index < changesPerBusySecond; ++index) {
            while (second.elapsed() < index * 1000 / changesPerBusySecond)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const double before = threadCpuMs();
            change(index);
            cpu += threadCpuMs() - before;
        }
        return cpu;
    };
    figures.busySecondCpuMs = busySecond([&queue, jobCount](int index) {
        const QUuid id = queue.at((index / 2 * 104729) % jobCount).id;
        if (index % 2 == 0)
            queue.retry(id);
        else
            queue.cancel(id);
    });

    // The reference, on the same jobs.
    const QString referencePath = folder.filePath(QStringLiteral("queue.json"));
    JsonRewrite reference(referencePath, queue);
    QList<double> referenceChanges;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        const int row = (repeat * 7919) % jobCount;
        clock.restart();
        reference.save(queue.at(row), row);
        referenceChanges.append(double(clock.nsecsElapsed()) / 1e6);
    }
    figures.referenceChangeMedianMs = median(referenceChanges);
    figures.referenceBusySecondCpuMs = busySecond([&reference, &queue, jobCount](int index) {
        const int row = (index / 2 * 104729) % jobCount;
        reference.save(queue.at(row), row);
    });
    figures.referenceFileBytes = QFileInfo(referencePath).size();
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
        << " repeats of one change; a busy second is " << changesPerBusySecond
        << " saved changes); reference: the JSON file rewritten whole\n";
    out << "jobs\tenqueue_ms\tcancel_all_ms\tone_change_median_ms\tone_change_worst_ms\t"
           "busy_second_cpu_ms\tdatabase_bytes\treference_one_change_median_ms\t"
           "reference_busy_second_cpu_ms\treference_file_bytes\n";
    for (int size : sizes) {
        if (size < 1)
            qFatal("queue sizes are positive numbers of jobs");
        const Figures figures = measure(size, repeats);
        out << figures.jobs << '\t' << figures.enqueueMs << '\t' << figures.cancelAllMs << '\t'
            << QString::number(figures.oneChangeMedianMs, 'f', 2) << '\t'
            << QString::number(figures.oneChangeWorstMs, 'f', 2) << '\t'
            << QString::number(figures.busySecondCpuMs, 'f', 1) << '\t' << figures.fileBytes << '\t'
            << QString::number(figures.referenceChangeMedianMs, 'f', 2) << '\t'
            << QString::number(figures.referenceBusySecondCpuMs, 'f', 1) << '\t'
            << figures.referenceFileBytes << '\n';
    }
    out.flush();
    std::fputs(qPrintable(report), stdout);
    QFile file(figuresPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        qFatal("cannot write %s", qPrintable(figuresPath));
    file.write(report.toUtf8());
    return 0;
}
