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
// from a queue file that holds the export's id, which is the path a restart
// takes. Times are from start to the file in place. The engine's SHA-256 is
// checked against the server's ETag (the sandbox's ETag is the file's hash).
// Five rounds of each, since a shared two-core machine is noisy; the best and
// the median of each are compared.
// Peak memory is the benchmark process's VmHWM from /proc/self/status, reset
// (echo 5 > /proc/self/clear_refs) before each engine round, so it is the
// engine's own peak while downloading; run two sizes to see that it does not
// grow with the file.
//
// Built with the tests, never run by CTest. Run it by hand from the build
// folder, for example:
//   build/jobs/bench/bench_download_vs_curl download-vs-curl.txt 256 1024
// Arguments: the figures file (default download-vs-curl.txt), then one or
// more sizes in MiB (default 1024). D360_EXECUTABLE names d360-exporter
// (default: ../bin/d360-exporter beside this program). It needs curl, and
// about twice the largest size free in the temporary folder. Figures: size,
// seconds and MiB/s of each round, the engine/curl ratio of the best rounds
// (goal >= 0.9), and the engine's peak RSS per size. For context it also
// times curl followed by sha256sum, since the engine hashes as it downloads
// and curl does not.
#include "core/api/ApiClient.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "core/jobs/Sha256Stream.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

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
    bool ok = false;
    QString note;

    double mibPerSecond() const { return seconds > 0 ? double(bytes) / 1048576.0 / seconds : 0; }
};

class Benchmark : public QObject
{
public:
    Benchmark(QString figuresFile, QList<qint64> sizesMiB)
        : m_figuresFile(std::move(figuresFile))
        , m_sizes(std::move(sizesMiB))
    {
        m_executable = qEnvironmentVariable("D360_EXECUTABLE");
        if (m_executable.isEmpty())
            m_executable = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/d360-exporter");
        m_report << QStringLiteral("download vs curl, %1, SHA-256 by %2, %3 rounds per size")
                        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), jobs::Sha256Stream::implementationName())
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
            m_sandbox->terminate();
            m_sandbox->waitForFinished(10000);
            m_sandbox.reset();
        }
        if (m_sizes.isEmpty()) {
            finish(0);
            return;
        }
        m_sizeMiB = m_sizes.takeFirst();
        m_rounds.clear();
        m_client.reset();
        m_baseUrl.clear();
        m_apiKey.clear();
        m_folder = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<QProcess>();
        m_sandbox->setProgram(m_executable);
        m_sandbox->setArguments({QStringLiteral("sandbox"), QStringLiteral("--padding"),
                                 QStringLiteral("%1M").arg(m_sizeMiB), QStringLiteral("--pending-ms"),
                                 QStringLiteral("0"), QStringLiteral("--build-ms"), QStringLiteral("0"),
                                 QStringLiteral("--rate-limit"), QStringLiteral("0")});
        m_sandbox->setProcessChannelMode(QProcess::SeparateChannels);
        connect(m_sandbox.get(), &QProcess::readyReadStandardOutput, this, &Benchmark::readSandboxAddress);
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
        m_client = std::make_unique<api::ApiClient>(*api::ServerAddress::custom(m_baseUrl, &problem),
                                                    api::Credential(m_apiKey), settings);
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
        api::ExportRequest request{m_projectId, m_versionId, QStringLiteral("en"), api::ExportFormat::Html};
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
            say(QStringLiteral("\n%1 MiB export built by the sandbox in %2 s")
                    .arg(m_sizeMiB)
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
        say(QStringLiteral("  %1  %2 s  %3 MiB/s%4%5")
                .arg(round.tool, -6)
                .arg(round.seconds, 7, 'f', 2)
                .arg(round.mibPerSecond(), 7, 'f', 1)
                .arg(round.peakKiB >= 0 ? QStringLiteral("  peak RSS %1 MiB").arg(double(round.peakKiB) / 1024.0, 0, 'f', 1)
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
            connect(curl, &QProcess::finished, this, [this, curl, clock, target](int exitCode) {
                Round round;
                round.tool = QStringLiteral("curl");
                round.seconds = double(clock->nsecsElapsed()) / 1e9;
                round.bytes = QFileInfo(target).size();
                round.ok = exitCode == 0 && round.bytes >= m_sizeMiB * 1048576;
                round.note = QString::fromUtf8(curl->readAllStandardError());
                curl->deleteLater();
                checksumCurlFile(target, round);
            });
            clock->start();
            curl->start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"), target,
                                                 call->result().downloadUrl.toString(QUrl::FullyEncoded)});
        });
    }

    // For context, not for the ratio: the engine also hashes what it
    // downloads; curl followed by sha256sum does the same work.
    void checksumCurlFile(const QString &target, Round curlRound)
    {
        auto *sum = new QProcess(this);
        auto clock = std::make_shared<QElapsedTimer>();
        connect(sum, &QProcess::finished, this, [this, sum, clock, target, curlRound](int exitCode) {
            say(QStringLiteral("  %1  %2 s  %3 MiB/s  (curl, then sha256sum %4 s)")
                    .arg(QStringLiteral("c+sum"), -6)
                    .arg(curlRound.seconds + double(clock->nsecsElapsed()) / 1e9, 7, 'f', 2)
                    .arg(double(curlRound.bytes) / 1048576.0 / (curlRound.seconds + double(clock->nsecsElapsed()) / 1e9), 7, 'f', 1)
                    .arg(double(clock->nsecsElapsed()) / 1e9, 0, 'f', 2));
            if (exitCode != 0)
                say(QStringLiteral("  sha256sum failed"));
            sum->deleteLater();
            QFile::remove(target);
            record(curlRound);
        });
        clock->start();
        sum->start(QStringLiteral("sha256sum"), {target});
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
        const QString queueFile = m_folder->filePath(QStringLiteral("queue.json"));
        jobs::QueueStore store(queueFile);
        store.remember(job);
        QString problem;
        if (!store.write({job.id}, &problem))
            return fail(problem);

        api::ApiClient *client = m_client.get();
        m_queue = std::make_unique<jobs::JobQueue>([client](const QString &) { return client; });
        auto clock = std::make_shared<QElapsedTimer>();
        connect(m_queue.get(), &jobs::JobQueue::batchFinished, this, [this, clock, job] {
            const jobs::ExportJob done = *m_queue->find(job.id);
            Round round;
            round.tool = QStringLiteral("engine");
            round.seconds = double(clock->nsecsElapsed()) / 1e9;
            round.peakKiB = statusValueKiB("VmHWM:");
            round.bytes = QFileInfo(done.finalPath).size();
            QByteArray etag = done.etag;
            etag.replace('"', QByteArray());
            round.ok = done.state == jobs::JobState::Completed && done.sha256Hex == etag
                       && round.bytes >= m_sizeMiB * 1048576;
            round.note = done.state == jobs::JobState::Completed
                             ? QStringLiteral("SHA-256 %1 vs ETag %2").arg(QString::fromLatin1(done.sha256Hex),
                                                                            QString::fromLatin1(etag))
                             : done.errorMessage;
            QFile::remove(done.finalPath);
            m_queue.release()->deleteLater();
            record(round);
        });
        resetPeakMemory();
        m_baselineKiB = statusValueKiB("VmRSS:");
        clock->start();
        m_queue->restore(queueFile);
    }

    static double median(QList<double> values)
    {
        if (values.isEmpty())
            return 0;
        std::sort(values.begin(), values.end());
        const qsizetype middle = values.size() / 2;
        return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
    }

    void summarise()
    {
        QList<double> curl, engine;
        qint64 peak = 0;
        bool ok = true;
        for (const Round &round : std::as_const(m_rounds)) {
            ok = ok && round.ok;
            if (round.tool == QLatin1String("curl")) {
                curl.append(round.mibPerSecond());
            } else {
                engine.append(round.mibPerSecond());
                peak = std::max(peak, round.peakKiB);
            }
        }
        const double bestCurl = *std::max_element(curl.cbegin(), curl.cend());
        const double bestEngine = *std::max_element(engine.cbegin(), engine.cend());
        say(QStringLiteral("%1 MiB: curl best %2 / median %3 MiB/s, engine best %4 / median %5 MiB/s; "
                           "ratio engine/curl: best %6, median %7 (goal >= 0.90); engine peak RSS %8 MiB "
                           "(RSS before the download %9 MiB)%10")
                .arg(m_sizeMiB)
                .arg(bestCurl, 0, 'f', 1)
                .arg(median(curl), 0, 'f', 1)
                .arg(bestEngine, 0, 'f', 1)
                .arg(median(engine), 0, 'f', 1)
                .arg(bestCurl > 0 ? bestEngine / bestCurl : 0, 0, 'f', 2)
                .arg(median(curl) > 0 ? median(engine) / median(curl) : 0, 0, 'f', 2)
                .arg(double(peak) / 1024.0, 0, 'f', 1)
                .arg(double(m_baselineKiB) / 1024.0, 0, 'f', 1)
                .arg(ok ? QString() : QStringLiteral("; SOME ROUNDS FAILED")));
    }

    QString m_figuresFile;
    QList<qint64> m_sizes;
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
    QList<qint64> sizes;
    for (const QString &size : arguments.mid(2))
        sizes.append(size.toLongLong());
    if (sizes.isEmpty())
        sizes.append(1024);
    Benchmark benchmark(figures, sizes);
    QTimer::singleShot(0, &benchmark, &Benchmark::start);
    return QCoreApplication::exec();
}
