// Benchmark: a batch of 100 exports against a server that enforces 60
// requests a minute per token, as Document360's Professional plan does.
//
// It records how many API requests each completed export cost and how many
// 429s the server had to send (the goal is none: the client's rate budget
// should keep the batch under the limit instead of bouncing off it), plus the
// wall time, and writes the figures to a file. The sandbox counts the
// requests and 429s on the wire, so the figures are what a server saw.
//
// Run (about five minutes, most of it waiting for the rate limit):
//   QT_QPA_PLATFORM=offscreen build/test/bench/bench_batch_rate_limit [figures-file] [exports]
// Defaults: batch-rate-limit.txt, 100 exports.
#include "core/api/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace d360;

namespace {

// One export of the batch: start, poll with backoff, download.
class BatchItem : public QObject
{
public:
    BatchItem(api::ApiClient *client, api::ExportRequest request, std::function<void(bool)> done)
        : m_client(client)
        , m_request(std::move(request))
        , m_done(std::move(done))
    { }

    void start()
    {
        api::ExportCall *call = m_client->startExport(m_request);
        connect(call, &api::ApiCall::finished, this, [this, call] {
            if (!call->error().isNull())
                return finish(false);
            m_exportId = call->result().id;
            schedulePoll();
        });
    }

private:
    void schedulePoll()
    {
        QTimer::singleShot(m_pollDelayMs, this, &BatchItem::poll);
        m_pollDelayMs = std::min(m_pollDelayMs * 2, 8000);
    }

    void poll()
    {
        api::ExportCall *call = m_client->exportStatus(m_request.projectId, m_exportId);
        connect(call, &api::ApiCall::finished, this, [this, call] {
            if (!call->error().isNull())
                return finish(false);
            const api::ExportStatus status = call->result();
            if (status.state == api::ExportStatus::State::Failed)
                return finish(false);
            if (status.state != api::ExportStatus::State::Completed)
                return schedulePoll();
            // The bytes only count here; nothing is kept.
            api::DownloadCall *download = m_client->downloadExport(status.downloadUrl);
            connect(download, &api::ApiCall::finished, this,
                    [this, download] { finish(download->error().isNull()); });
        });
    }

    void finish(bool ok) { m_done(ok); }

    api::ApiClient *m_client;
    api::ExportRequest m_request;
    std::function<void(bool)> m_done;
    QString m_exportId;
    int m_pollDelayMs = 1000;
};

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv); // the sandbox renders PDFs
    const QString figuresPath
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("batch-rate-limit.txt");
    const int exports = argc > 2 ? std::max(1, atoi(argv[2])) : 100;

    sandbox::SandboxOptions options;
    options.rateLimitPerWindow = 60;
    options.rateLimitWindowSeconds = 60;
    options.pendingMs = 500;
    options.buildMs = 1500;
    sandbox::SandboxServer server(options);
    if (!server.start()) {
        qCritical("%s", qPrintable(server.errorString()));
        return 1;
    }
    QString problem;
    api::ApiClient client(*api::ServerAddress::custom(server.baseUrl(), &problem),
                          api::Credential(server.apiKey()));

    const sandbox::DemoProject &project = server.demoData().projects().first();
    const sandbox::DemoVersion &version = *project.defaultVersion();
    const QList<api::ExportFormat> formats = api::allExportFormats();

    int finished = 0;
    int succeeded = 0;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<BatchItem>> items;
    for (int i = 0; i < exports; ++i) {
        const api::ExportRequest request { project.id, version.id,
                                           version.languages.at(i % version.languages.size()).code,
                                           formats.at(i % formats.size()) };
        items.push_back(std::make_unique<BatchItem>(&client, request, [&](bool ok) {
            ++finished;
            succeeded += ok ? 1 : 0;
            if (finished == exports)
                QCoreApplication::quit();
        }));
        items.back()->start();
    }
    QCoreApplication::exec();

    const sandbox::SandboxStatistics statistics = server.statistics();
    const double seconds = clock.elapsed() / 1000.0;
    QFile figures(figuresPath);
    if (!figures.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCritical("cannot write %s", qPrintable(figuresPath));
        return 1;
    }
    QTextStream out(&figures);
    out << "benchmark: batch of exports against a 60 requests/minute limit\n"
        << "exports requested: " << exports << '\n'
        << "exports completed: " << succeeded << '\n'
        << "api requests sent: " << statistics.apiRequests << '\n'
        << "requests per completed export: "
        << (succeeded > 0 ? double(statistics.apiRequests) / succeeded : 0.0) << '\n'
        << "429 answers received: " << statistics.tooManyRequestsSent << '\n'
        << "storage requests: " << statistics.storageRequests << '\n'
        << "wall time (s): " << seconds << '\n'
        << "average request rate (per minute): " << statistics.apiRequests / (seconds / 60.0)
        << '\n';
    out.flush();
    figures.close();
    if (figures.open(QIODevice::ReadOnly))
        QTextStream(stdout) << figures.readAll();
    return succeeded == exports ? 0 : 1;
}
