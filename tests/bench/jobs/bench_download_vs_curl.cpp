// Benchmark: the export engine's download against curl's, on the same file
// from the same server in the same run, and the engine's peak memory as the
// file grows.
//
// It starts the sandbox (`d360-exporter sandbox`, a separate process, so the
// server takes no time from the engine's event loop, just as it takes none
// from curl) with every export padded to the size asked for, starts one
// export through the API client and waits until the server has built it.
// Then, in alternating rounds, `curl -s -o FILE URL` and the engine download
// the same export: the engine as a real job of a JobQueue (ask for a fresh
// link, stream to <file>.part, SHA-256 on the way, rename into place), resumed
// from a saved queue that holds the export's id, which is the path a restart
// takes. Times are from start to the file in place. The engine's SHA-256 is
// checked against the server's ETag (the sandbox's ETag is the file's hash).
// Five rounds of each, since a shared two-core machine is noisy; the best and
// the median of each are compared.
// Peak memory is the benchmark process's VmHWM from /proc/self/status, reset
// (echo 5 > /proc/self/clear_refs) before each engine round, so it is the
// engine's own peak while downloading; run two sizes to see that it does not
// grow with the file.
//
// Each round also records CPU seconds (user + system): the downloader's
// (this process for the engine, the reaped child for curl) and the
// sandbox's meanwhile. On loopback nothing limits either tool but CPU, so
// these figures say where the time goes: the engine does curl's work plus
// SHA-256 of every byte, and on a two-core machine shared with the server
// that extra work cannot all run beside the rest.
//
// Built with the tests, never run by CTest. Run it by hand from the build
// folder, for example:
//   build/jobs/bench/bench_download_vs_curl download-vs-curl.txt 1024 1024/119M
// Arguments: the figures file (default download-vs-curl.txt), then one or
// more passes, each SIZE in MiB, optionally /RATE to throttle the storage
// host to RATE bytes per second (the sandbox's --throttle): "1024/119M" is a
// 1 GiB export over a 1 Gbit/s link. Default: "1024" and "1024/119M".
// D360_EXECUTABLE names d360-exporter (default: ../bin/d360-exporter beside
// this program). It needs curl and sha256sum, and about twice the largest
// size free in the temporary folder. Figures: seconds, MiB/s and CPU seconds
// of each round, the engine/curl ratio of the best and median rounds (goal:
// a median >= 0.95 over the 1 Gbit/s link), median CPU seconds per GiB, and
// the engine's peak RSS per pass.
// For context it also times curl followed by sha256sum, since the engine
// hashes as it downloads and curl does not.
#include "core/api/ApiClient.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "core/jobs/Sha256Stream.h"
#include "support/SavedQueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace d360;

namespace {

constexpr int roundsPerSize = 5;

qint64 statusValueKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU seconds (user + system) of this process (who == RUSAGE_SELF) or of
// its finished children (RUSAGE_CHILDREN, where curl is counted once reaped).
double cpuSeconds(int who)
{
    rusage usage {};
    if (getrusage(who, &usage) != 0)
        return 0;
    const auto seconds = [](const timeval &value) {
        return double(value.tv_sec) + double(value.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// CPU seconds so far of another process (the sandbox), from /proc.
double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int userTimeField = 14 - 3;
    constexpr int systemTimeField = 15 - 3;
    if (fields.size() <= systemTimeField)
        return 0;
    return (fields.at(userTimeField).toDouble() + fields.at(systemTimeField).toDouble())
        / double(sysconf(_SC_CLK_TCK));
}

void resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

struct Round
{
    QString tool;
    double seconds = 0;
    qint64 bytes = 0;
    qint64 peakKiB = -1;
    double clientCpuSeconds = 0; // the downloader's CPU time
    double serverCpuSeconds = 0; // the sandbox's, meanwhile
    bool ok = false;
    QString note;

    double mibPerSecond() const { return seconds > 0 ? double(bytes) / 1048576.0 / seconds : 0; }
};

class Benchmark : public QObject
{
public:
    // One pass: a file size, and the storage's sending rate (empty: as fast
    // as loopback and the two cores allow; else the sandbox's --throttle,
    // e.g. "119M" for a 1 Gbit/s link).
    struct Scenario
    {
        qint64 sizeMiB = 0;
        QString rate;
    };

    Benchmark(QString figuresFile, QList<Scenario> scenarios)
        : m_figuresFile(std::move(figuresFile))
        , m_scenarios(std::move(scenarios))
    {
        m_executable = qEnvironmentVariable("D360_EXECUTABLE");
        if (m_executable.isEmpty())
            m_executable
                = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/d360-exporter");
        m_report << QStringLiteral("download vs curl, %1, SHA-256 by %2, %3 rounds per size")
                        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                             jobs::Sha256Stream::implementationName())
                        .arg(roundsPerSize);
    }

    void start() { nextSize(); }

private:
    void say(const QString &line)
    {
        m_report << line;
        QTextStream(stdout) << line << '\n';
    }

    void fail(const QString &why)
    {
        say(QStringLiteral("FAILED: ") + why);
        finish(1);
    }

    void finish(int code)
    {
        if (m_sandbox) {
            m_sandbox->disconnect(this);
            m_sandbox->terminate();
            m_sandbox->waitForFinished(5000);
        }
        QFile file(m_figuresFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Text))
            file.write(m_report.join(QLatin1Char('\n')).toUtf8() + '\n');
        QTextStream(stdout) << "figures written to " << m_figuresFile << '\n';
        QCoreApplication::exit(code);
    }

    void nextSize()
    {
        if (m_sandbox) {
            m_sandbox->disconnect(this);
            m_sandbox->terminate();
            m_sandbox->waitForFinished(10000);
            m_sandbox.reset();
        }
        if (m_scenarios.isEmpty()) {
            finish(0);
            return;
        }
        const Scenario scenario = m_scenarios.takeFirst();
        m_sizeMiB = scenario.sizeMiB;
        m_rate = scenario.rate;
        m_rounds.clear();
        m_client.reset();
        m_baseUrl.clear();
        m_apiKey.clear();
        m_folder = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<QProcess>();
        m_sandbox->setProgram(m_executable);
        m_sandbox->setArguments({ QStringLiteral("sandbox"), QStringLiteral("--padding"),
                                  QStringLiteral("%1M").arg(m_sizeMiB),
                                  QStringLiteral("--pending-ms"), QStringLiteral("0"),
                                  QStringLiteral("--build-ms"), QStringLiteral("0"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0") });
        if (!m_rate.isEmpty())
            m_sandbox->setArguments(m_sandbox->arguments()
                                    << QStringLiteral("--throttle") << m_rate);
        m_sandbox->setProcessChannelMode(QProcess::SeparateChannels);
        connect(m_sandbox.get(), &QProcess::readyReadStandardOutput, this,
                &Benchmark::readSandboxAddress);
        // Only ever stopped by us (after disconnecting): anything else is a
        // failure to report, not a reason to wait for ever.
        connect(m_sandbox.get(), &QProcess::finished, this,
                [this](int exitCode, QProcess::ExitStatus status) {
                    fail(QStringLiteral("the sandbox %1 (exit code %2): %3")
                             .arg(status == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                : QStringLiteral("stopped"))
                             .arg(exitCode)
                             .arg(QString::fromUtf8(m_sandbox->readAllStandardError()).trimmed()));
                });
        m_sandbox->start();
    }

    void readSandboxAddress()
    {
        while (m_sandbox->canReadLine()) {
            const QString line = QString::fromUtf8(m_sandbox->readLine()).trimmed();
            if (line.startsWith(QLatin1String("D360_BASE_URL=")))
                m_baseUrl = QUrl(line.section(QLatin1Char('='), 1));
            else if (line.startsWith(QLatin1String("D360_API_KEY=")))
                m_apiKey = line.section(QLatin1Char('='), 1);
        }
        if (!m_baseUrl.isValid() || m_apiKey.isEmpty() || m_client)
            return;
        QString problem;
        api::ApiSettings settings;
        settings.requestsPerMinute = 100000;
        m_client = std::make_unique<api::ApiClient>(
            *api::ServerAddress::custom(m_baseUrl, &problem), api::Credential(m_apiKey), settings);
        pickTarget();
    }

    void pickTarget()
    {
        api::ProjectListCall *projects = m_client->listProjects();
        connect(projects, &api::ApiCall::finished, this, [this, projects] {
            if (!projects->error().isNull() || projects->result().isEmpty())
                return fail(projects->error().displayText());
            m_projectId = projects->result().first().id;
            api::VersionListCall *versions = m_client->listVersions(m_projectId);
            connect(versions, &api::ApiCall::finished, this, [this, versions] {
                if (!versions->error().isNull())
                    return fail(versions->error().displayText());
                for (const api::ProjectVersion &version : versions->result()) {
                    if (version.isDefault)
                        m_versionId = version.id;
                }
                startExport();
            });
        });
    }

    void startExport()
    {
        api::ExportRequest request { m_projectId, m_versionId, QStringLiteral("en"),
                                     api::ExportFormat::Html };
        api::ExportCall *call = m_client->startExport(request);
        connect(call, &api::ApiCall::finished, this, [this, call] {
            if (!call->error().isNull())
                return fail(call->error().displayText());
            m_exportId = call->result().id;
            m_buildClock.start();
            waitForBuild();
        });
    }

    // The server builds (and hashes) the padded file first; that is not
    // part of what is measured.
    void waitForBuild()
    {
        api::ExportCall *call = m_client->exportStatus(m_projectId, m_exportId);
        connect(call, &api::ApiCall::finished, this, [this, call] {
            if (!call->error().isNull())
                return fail(call->error().displayText());
            const api::ExportStatus &status = call->result();
            if (status.state == api::ExportStatus::State::Failed)
                return fail(status.failureMessage);
            if (status.state != api::ExportStatus::State::Completed) {
                QTimer::singleShot(200, this, &Benchmark::waitForBuild);
                return;
            }
            say(QStringLiteral("\n%1: export built by the sandbox in %2 s")
                    .arg(scenarioLabel())
                    .arg(double(m_buildClock.elapsed()) / 1000.0, 0, 'f', 1));
            nextRound();
        });
    }

    void nextRound()
    {
        const int done = int(m_rounds.size());
        if (done == 2 * roundsPerSize) {
            summarise();
            nextSize();
            return;
        }
        if (done % 2 == 0)
            curlRound();
        else
            engineRound();
    }

    void record(Round round)
    {
        say(QStringLiteral("  %1  %2 s  %3 MiB/s  CPU: %4 s client, %5 s server%6%7")
                .arg(round.tool, -6)
                .arg(round.seconds, 7, 'f', 2)
                .arg(round.mibPerSecond(), 7, 'f', 1)
                .arg(round.clientCpuSeconds, 0, 'f', 2)
                .arg(round.serverCpuSeconds, 0, 'f', 2)
                .arg(round.peakKiB >= 0 ? QStringLiteral("  peak RSS %1 MiB")
                                              .arg(double(round.peakKiB) / 1024.0, 0, 'f', 1)
                                        : QString())
                .arg(round.ok ? QString() : QStringLiteral("  FAILED ") + round.note));
        m_rounds.append(round);
        QTimer::singleShot(0, this, &Benchmark::nextRound);
    }

    void curlRound()
    {
        api::ExportCall *call = m_client->exportStatus(m_projectId, m_exportId);
        connect(call, &api::ApiCall::finished, this, [this, call] {
            if (!call->error().isNull())
                return fail(call->error().displayText());
            const QString target = m_folder->filePath(QStringLiteral("curl.zip"));
            auto *curl = new QProcess(this);
            auto clock = std::make_shared<QElapsedTimer>();
            const double childrenCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
            const double serverCpuBefore = cpuSecondsOf(m_sandbox->processId());
            connect(curl, &QProcess::finished, this,
                    [this, curl, clock, target, childrenCpuBefore, serverCpuBefore](int exitCode) {
                        Round round;
                        round.tool = QStringLiteral("curl");
                        round.seconds = double(clock->nsecsElapsed()) / 1e9;
                        round.clientCpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - childrenCpuBefore;
                        round.serverCpuSeconds
                            = cpuSecondsOf(m_sandbox->processId()) - serverCpuBefore;
                        round.bytes = QFileInfo(target).size();
                        round.ok = exitCode == 0 && round.bytes >= m_sizeMiB * 1048576;
                        round.note = QString::fromUtf8(curl->readAllStandardError());
                        curl->deleteLater();
                        checksumCurlFile(target, round);
                    });
            clock->start();
            curl->start(QStringLiteral("curl"),
                        { QStringLiteral("-s"), QStringLiteral("-o"), target,
                          call->result().downloadUrl.toString(QUrl::FullyEncoded) });
        });
    }

    // For context, not for the ratio: the engine also hashes what it
    // downloads; curl followed by sha256sum does the same work.
    void checksumCurlFile(const QString &target, Round curlRound)
    {
        auto *sum = new QProcess(this);
        auto clock = std::make_shared<QElapsedTimer>();
        connect(sum, &QProcess::finished, this,
                [this, sum, clock, target, curlRound](int exitCode) {
                    say(QStringLiteral("  %1  %2 s  %3 MiB/s  (curl, then sha256sum %4 s)")
                            .arg(QStringLiteral("c+sum"), -6)
                            .arg(curlRound.seconds + double(clock->nsecsElapsed()) / 1e9, 7, 'f', 2)
                            .arg(double(curlRound.bytes) / 1048576.0
                                     / (curlRound.seconds + double(clock->nsecsElapsed()) / 1e9),
                                 7, 'f', 1)
                            .arg(double(clock->nsecsElapsed()) / 1e9, 0, 'f', 2));
                    if (exitCode != 0)
                        say(QStringLiteral("  sha256sum failed"));
                    sum->deleteLater();
                    QFile::remove(target);
                    record(curlRound);
                });
        clock->start();
        sum->start(QStringLiteral("sha256sum"), { target });
    }

    void engineRound()
    {
        // A queue file holding one job that is past its start: the engine
        // asks for a fresh link and downloads, as after a restart.
        const QString folder = m_folder->filePath(QStringLiteral("engine"));
        QDir().mkpath(folder);
        jobs::ExportJob job = jobs::ExportJob::create();
        job.batchId = QUuid::createUuid();
        job.projectId = m_projectId;
        job.versionId = m_versionId;
        job.languageCode = QStringLiteral("en");
        job.format = api::ExportFormat::Html;
        job.outputFolder = folder;
        job.fileName = QStringLiteral("engine.zip");
        job.finalPath = QDir(folder).filePath(job.fileName);
        job.partPath = job.finalPath + QStringLiteral(".part");
        job.exportId = m_exportId;
        job.state = jobs::JobState::Downloading;
        const QString stateFile = m_folder->filePath(QStringLiteral("state.sqlite"));
        QString problem;
        if (!test::saveQueue(stateFile, { job }, &problem))
            return fail(problem);

        api::ApiClient *client = m_client.get();
        m_queue = std::make_unique<jobs::JobQueue>([client](const QString &) { return client; });
        auto clock = std::make_shared<QElapsedTimer>();
        auto cpuBefore = std::make_shared<QPair<double, double>>();
        connect(m_queue.get(), &jobs::JobQueue::batchFinished, this, [this, clock, cpuBefore, job] {
            const jobs::ExportJob done = *m_queue->find(job.id);
            Round round;
            round.tool = QStringLiteral("engine");
            round.seconds = double(clock->nsecsElapsed()) / 1e9;
            round.clientCpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore->first;
            round.serverCpuSeconds = cpuSecondsOf(m_sandbox->processId()) - cpuBefore->second;
            round.peakKiB = statusValueKiB("VmHWM:");
            round.bytes = QFileInfo(done.finalPath).size();
            QByteArray etag = done.etag;
            etag.replace('"', QByteArray());
            round.ok = done.state == jobs::JobState::Completed && done.sha256Hex == etag
                && round.bytes >= m_sizeMiB * 1048576;
            round.note = done.state == jobs::JobState::Completed
                ? QStringLiteral("SHA-256 %1 vs ETag %2")
                      .arg(QString::fromLatin1(done.sha256Hex), QString::fromLatin1(etag))
                : done.errorMessage;
            QFile::remove(done.finalPath);
            m_queue.release()->deleteLater();
            record(round);
        });
        resetPeakMemory();
        m_baselineKiB = statusValueKiB("VmRSS:");
        *cpuBefore = { cpuSeconds(RUSAGE_SELF), cpuSecondsOf(m_sandbox->processId()) };
        clock->start();
        m_queue->restore(stateFile, jobs::QueueStore::windowQueueName());
    }

    static double median(QList<double> values)
    {
        if (values.isEmpty())
            return 0;
        std::sort(values.begin(), values.end());
        const qsizetype middle = values.size() / 2;
        return values.size() % 2 ? values.at(middle)
                                 : (values.at(middle - 1) + values.at(middle)) / 2;
    }

    void summarise()
    {
        QList<double> curl, engine, curlCpu, engineCpu, curlServerCpu, engineServerCpu;
        qint64 peak = 0;
        bool ok = true;
        for (const Round &round : std::as_const(m_rounds)) {
            ok = ok && round.ok;
            const double gibibytes = double(round.bytes) / 1073741824.0;
            if (round.tool == QLatin1String("curl")) {
                curl.append(round.mibPerSecond());
                curlCpu.append(round.clientCpuSeconds / gibibytes);
                curlServerCpu.append(round.serverCpuSeconds / gibibytes);
            } else {
                engine.append(round.mibPerSecond());
                engineCpu.append(round.clientCpuSeconds / gibibytes);
                engineServerCpu.append(round.serverCpuSeconds / gibibytes);
                peak = std::max(peak, round.peakKiB);
            }
        }
        const double bestCurl = *std::max_element(curl.cbegin(), curl.cend());
        const double bestEngine = *std::max_element(engine.cbegin(), engine.cend());
        say(QStringLiteral(
                "%1: curl best %2 / median %3 MiB/s, engine best %4 / median %5 MiB/s; "
                "ratio engine/curl: best %6, median %7 (goal over a 1 Gbit/s link: median "
                ">= 0.95); engine peak RSS %8 MiB "
                "(RSS before the download %9 MiB)%10")
                .arg(scenarioLabel())
                .arg(bestCurl, 0, 'f', 1)
                .arg(median(curl), 0, 'f', 1)
                .arg(bestEngine, 0, 'f', 1)
                .arg(median(engine), 0, 'f', 1)
                .arg(bestCurl > 0 ? bestEngine / bestCurl : 0, 0, 'f', 2)
                .arg(median(curl) > 0 ? median(engine) / median(curl) : 0, 0, 'f', 2)
                .arg(double(peak) / 1024.0, 0, 'f', 1)
                .arg(double(m_baselineKiB) / 1024.0, 0, 'f', 1)
                .arg(ok ? QString() : QStringLiteral("; SOME ROUNDS FAILED")));
        say(QStringLiteral(
                "%1: median CPU seconds per GiB: curl %2 (sandbox %3), engine %4 (sandbox %5); "
                "%6 cores")
                .arg(scenarioLabel())
                .arg(median(curlCpu), 0, 'f', 2)
                .arg(median(curlServerCpu), 0, 'f', 2)
                .arg(median(engineCpu), 0, 'f', 2)
                .arg(median(engineServerCpu), 0, 'f', 2)
                .arg(QThread::idealThreadCount()));
    }

    QString scenarioLabel() const
    {
        return m_rate.isEmpty()
            ? QStringLiteral("%1 MiB, unthrottled loopback").arg(m_sizeMiB)
            : QStringLiteral("%1 MiB, storage throttled to %2 bytes/s").arg(m_sizeMiB).arg(m_rate);
    }

    QString m_figuresFile;
    QList<Scenario> m_scenarios;
    QString m_rate;
    QString m_executable;
    QStringList m_report;
    qint64 m_sizeMiB = 0;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QProcess> m_sandbox;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<jobs::JobQueue> m_queue;
    QString m_projectId;
    QString m_versionId;
    QString m_exportId;
    QElapsedTimer m_buildClock;
    QList<Round> m_rounds;
    qint64 m_baselineKiB = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_download_vs_curl"));
    const QStringList arguments = QCoreApplication::arguments();
    const QString figures = arguments.value(1, QStringLiteral("download-vs-curl.txt"));
    // SIZE or SIZE/RATE: "1024" is 1024 MiB as fast as it goes, "1024/119M"
    // the same file from storage throttled to a 1 Gbit/s link.
    QList<Benchmark::Scenario> scenarios;
    for (const QString &argument : arguments.mid(2))
        scenarios.append({ argument.section(QLatin1Char('/'), 0, 0).toLongLong(),
                           argument.section(QLatin1Char('/'), 1) });
    if (scenarios.isEmpty())
        scenarios = { { 1024, QString() }, { 1024, QStringLiteral("119M") } };
    Benchmark benchmark(figures, scenarios);
    QTimer::singleShot(0, &benchmark, &Benchmark::start);
    return QCoreApplication::exec();
}
