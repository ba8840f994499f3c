// Benchmark: how fast the sandbox serves a big export on loopback, so that a
// download benchmark of the client knows it measures the client, not the
// simulator.
//
// It starts an in-process sandbox whose exports are padded to 200 MB (a ZIP
// with a stored padding entry), waits for one export to be built, and then
// downloads it: several times one after the other with a plain
// QNetworkAccessManager that throws the bytes away, then four at once, then
// (when curl is installed) with curl writing to /dev/null. Every download is
// checked for its full length. Figures: file size, repetitions, downloads per
// second, MB/s (1 MB = 10^6 bytes), the build time of the file. They are
// printed and written to a file.
//
// Built with the tests, never run by CTest. Run it by hand:
//   build/test/bench/bench_sandbox_download [FIGURES-FILE] [REPETITIONS] [MEGABYTES]
// Defaults: sandbox-download.txt, 5 repetitions, 200 MB. It picks the
// offscreen platform itself unless QT_QPA_PLATFORM says otherwise. It takes
// seconds: about 2 s to build and hash the 200 MB file, then the downloads.
// The client and the server share the process and its two cores, as they
// share the machine in the client's own download benchmark.
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using d360::sandbox::SandboxOptions;
using d360::sandbox::SandboxServer;

namespace {

struct Measurement
{
    QString label;
    int downloads = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    bool ok = true;

    double megabytesPerSecond() const
    {
        return elapsedMs > 0 ? double(bytes) / 1e6 / (double(elapsedMs) / 1000.0) : 0.0;
    }
    double downloadsPerSecond() const
    {
        return elapsedMs > 0 ? downloads / (double(elapsedMs) / 1000.0) : 0.0;
    }
};

class Benchmark : public QObject
{
public:
    Benchmark(QString figuresFile, int repetitions, qint64 paddingBytes)
        : m_figuresFile(std::move(figuresFile))
        , m_repetitions(repetitions)
    {
        SandboxOptions options;
        options.pendingMs = 0;
        options.buildMs = 0;
        options.rateLimitPerWindow = 0;
        options.exportPaddingBytes = paddingBytes;
        m_server = std::make_unique<SandboxServer>(options);
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void start()
    {
        if (!m_server->start()) {
            fail(m_server->errorString());
            return;
        }
        m_buildClock.start();
        const auto &project = m_server->demoData().projects().first();
        QNetworkRequest request(apiUrl(QStringLiteral("/v3/projects/%1/exports").arg(project.id)));
        authorize(request);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QJsonObject body { { QStringLiteral("project_version_id"),
                                   project.defaultVersion()->id },
                                 { QStringLiteral("lang_code"), QStringLiteral("en") },
                                 { QStringLiteral("format"), QStringLiteral("html") } };
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
        connect(reply, &QNetworkReply::finished, this, [this, reply, project] {
            reply->deleteLater();
            const QString id = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QLatin1String("data"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
            if (id.isEmpty()) {
                fail(QStringLiteral("the export did not start"));
                return;
            }
            m_statusUrl = apiUrl(QStringLiteral("/v3/projects/%1/exports/%2").arg(project.id, id));
            poll();
        });
    }

private:
    QUrl apiUrl(const QString &path) const
    {
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        return url;
    }

    void authorize(QNetworkRequest &request) const
    {
        request.setRawHeader("Authorization", "Bearer " + m_server->apiKey().toUtf8());
    }

    // Waits for the 200 MB file to be built (the build is what takes time here).
    void poll()
    {
        QNetworkRequest request(m_statusUrl);
        authorize(request);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const QJsonObject data = QJsonDocument::fromJson(reply->readAll())
                                         .object()
                                         .value(QLatin1String("data"))
                                         .toObject();
            const QString status = data.value(QLatin1String("status")).toString();
            if (status == QLatin1String("Failed")) {
                fail(QStringLiteral("the export failed"));
            } else if (status != QLatin1String("Completed")) {
                QTimer::singleShot(100, this, [this] { poll(); });
            } else {
                m_buildMs = m_buildClock.elapsed();
                m_link = QUrl(data.value(QLatin1String("download_url")).toString());
                m_fileSize = -1;
                sequential(0,
                           Measurement { QStringLiteral("QNetworkAccessManager, one at a time") });
            }
        });
    }

    // One download into nothing; calls back with its byte count (-1 on error).
    void download(std::function<void(qint64)> done)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(m_link));
        reply->setReadBufferSize(1024 * 1024);
        auto received = std::make_shared<qint64>(0);
        connect(reply, &QNetworkReply::readyRead, this,
                [reply, received] { *received += reply->skip(reply->bytesAvailable()); });
        connect(reply, &QNetworkReply::finished, this, [this, reply, received, done] {
            *received += reply->skip(reply->bytesAvailable());
            reply->deleteLater();
            if (m_fileSize < 0)
                m_fileSize = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            done(reply->error() == QNetworkReply::NoError && *received == m_fileSize ? *received
                                                                                     : -1);
        });
    }

    void sequential(int done, Measurement measurement)
    {
        if (done == 0)
            m_clock.start();
        if (done == m_repetitions) {
            measurement.elapsedMs = m_clock.elapsed();
            m_results.append(measurement);
            parallel();
            return;
        }
        download([this, done, measurement](qint64 bytes) mutable {
            measurement.downloads += 1;
            measurement.bytes += qMax<qint64>(0, bytes);
            measurement.ok = measurement.ok && bytes > 0;
            sequential(done + 1, measurement);
        });
    }

    void parallel()
    {
        constexpr int concurrent = 4;
        auto measurement = std::make_shared<Measurement>();
        measurement->label = QStringLiteral("QNetworkAccessManager, four at once");
        auto pending = std::make_shared<int>(concurrent);
        m_clock.start();
        for (int i = 0; i < concurrent; ++i) {
            download([this, measurement, pending](qint64 bytes) {
                measurement->downloads += 1;
                measurement->bytes += qMax<qint64>(0, bytes);
                measurement->ok = measurement->ok && bytes > 0;
                if (--*pending == 0) {
                    measurement->elapsedMs = m_clock.elapsed();
                    m_results.append(*measurement);
                    withCurl(0, Measurement { QStringLiteral("curl, one at a time") });
                }
            });
        }
    }

    // curl runs as a child process; the event loop keeps serving meanwhile.
    void withCurl(int done, Measurement measurement)
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty()) {
            finish();
            return;
        }
        if (done == 0)
            m_clock.start();
        if (done == m_repetitions) {
            measurement.elapsedMs = m_clock.elapsed();
            m_results.append(measurement);
            finish();
            return;
        }
        auto *process = new QProcess(this);
        connect(process, &QProcess::finished, this, [this, process, done, measurement]() mutable {
            process->deleteLater();
            const qint64 bytes = process->readAllStandardOutput().trimmed().toLongLong();
            measurement.downloads += 1;
            measurement.bytes += bytes;
            measurement.ok = measurement.ok && process->exitCode() == 0 && bytes == m_fileSize;
            withCurl(done + 1, measurement);
        });
        process->start(curl,
                       { QStringLiteral("-s"), QStringLiteral("--noproxy"), QStringLiteral("*"),
                         QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                         QStringLiteral("%{size_download}"), m_link.toString(QUrl::FullyEncoded) });
    }

    void finish()
    {
        QString report;
        QTextStream out(&report);
        out << "# bench_sandbox_download: the sandbox serving one export on loopback\n"
            << "date=" << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << '\n'
            << "qt=" << qVersion() << '\n'
            << "file_size_bytes=" << m_fileSize << '\n'
            << "repetitions=" << m_repetitions << '\n'
            << "build_ms=" << m_buildMs << '\n';
        bool ok = true;
        for (const Measurement &m : std::as_const(m_results)) {
            out << "\n[" << m.label << "]\n"
                << "downloads=" << m.downloads << '\n'
                << "all_complete=" << (m.ok ? "yes" : "NO") << '\n'
                << "elapsed_ms=" << m.elapsedMs << '\n'
                << "downloads_per_second=" << QString::number(m.downloadsPerSecond(), 'f', 2)
                << '\n'
                << "megabytes_per_second=" << QString::number(m.megabytesPerSecond(), 'f', 1)
                << '\n';
            ok = ok && m.ok;
        }
        const auto statistics = m_server->statistics();
        out << "\nserver_downloads_completed=" << statistics.downloadsCompleted << '\n'
            << "server_bytes_served=" << statistics.bytesServed << '\n';
        out.flush();

        QTextStream(stdout) << report << Qt::flush;
        QFile file(m_figuresFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)
            || file.write(report.toUtf8()) < 0) {
            fail(QStringLiteral("cannot write %1").arg(m_figuresFile));
            return;
        }
        QTextStream(stderr) << "figures written to " << m_figuresFile << Qt::endl;
        QCoreApplication::exit(ok ? 0 : 1);
    }

    void fail(const QString &message)
    {
        QTextStream(stderr) << "bench_sandbox_download: " << message << Qt::endl;
        QCoreApplication::exit(1);
    }

    QString m_figuresFile;
    int m_repetitions;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QUrl m_statusUrl;
    QUrl m_link;
    qint64 m_fileSize = -1;
    qint64 m_buildMs = 0;
    QElapsedTimer m_buildClock;
    QElapsedTimer m_clock;
    QList<Measurement> m_results;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString figuresFile = arguments.value(1, QStringLiteral("sandbox-download.txt"));
    const int repetitions = qMax(1, arguments.value(2, QStringLiteral("5")).toInt());
    const qint64 megabytes = qMax(1, arguments.value(3, QStringLiteral("200")).toInt());

    Benchmark benchmark(figuresFile, repetitions, megabytes * 1000 * 1000);
    QTimer::singleShot(0, &benchmark, [&benchmark] { benchmark.start(); });
    return QCoreApplication::exec();
}
