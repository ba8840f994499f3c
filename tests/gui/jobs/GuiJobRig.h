// What the job-queue GUI tests share: the in-process sandbox, the window's
// own wiring on it (ExportSession: an account in memory only, its client
// from the pool, the job queue, with fast settings), plus a way to plan a
// batch through the engine's own BatchPlanner, so every row in a test is a
// job the engine really runs (started, polled, downloaded, hashed).
#pragma once

#include "core/api/ApiClient.h"
#include "core/jobs/BatchPlanner.h"
#include "core/jobs/JobQueue.h"
#include "integration/jobs/JobTestSupport.h"
#include "sandbox/SandboxServer.h"
#include "support/SessionTestSupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace d360::test {

// An export that stays on the server long enough to be seen, and cancelled,
// while it is being built.
inline sandbox::SandboxOptions slowBuildSandboxOptions()
{
    sandbox::SandboxOptions options = quickSandboxOptions();
    options.pendingMs = 100;
    options.buildMs = 600;
    options.exportPaddingBytes = 256 * 1024; // several progress announcements per download
    return options;
}

struct GuiJobRig
{
    explicit GuiJobRig(const sandbox::SandboxOptions &options = quickSandboxOptions())
        : server(options)
        , session(exportSessionOptions(home, fastClientSettings(), fastJobSettings()))
        , queue(session.queue())
    {
        if (server.start()) {
            accountId = addSessionOnlyAccount(session, server.baseUrl(), server.apiKey());
            client = session.clients()->client(accountId);
        }
        started = client != nullptr;
        acme = acmeProject(server);
    }

    // PDF exports of v1.0 of the demo project, in these languages.
    QList<jobs::ExportJob> plan(const QStringList &languages,
                                const QList<api::ExportFormat> &formats
                                = { api::ExportFormat::Pdf })
    {
        jobs::BatchSelection selection;
        selection.accountId = accountId;
        selection.projectId = acme.projectId;
        selection.versionIds = { acme.versionIds.at(0) };
        selection.languageCodes = languages;
        selection.formats = formats;
        selection.outputFolder = output.path();
        jobs::BatchPlanner planner(client, selection);
        QSignalSpy done(&planner, &jobs::BatchPlanner::finished);
        planner.start();
        if (!done.wait(20000))
            return {};
        return planner.jobs();
    }

    QList<QUuid> enqueue(const QStringList &languages,
                         const QList<api::ExportFormat> &formats = { api::ExportFormat::Pdf })
    {
        return queue->enqueue(plan(languages, formats));
    }

    const jobs::ExportJob *job(const QUuid &id) const { return queue->find(id); }
    jobs::JobState stateOf(const QUuid &id) const
    {
        const jobs::ExportJob *found = queue->find(id);
        return found ? found->state : jobs::JobState::Queued;
    }

    QTemporaryDir output;
    QTemporaryDir home;
    // Destroyed in this order: the session's queue holds calls of the
    // account's client, which talks to the server.
    sandbox::SandboxServer server;
    ExportSession session;
    jobs::JobQueue *queue;
    QString accountId;
    api::ApiClient *client = nullptr;
    bool started = false;
    DemoTarget acme;
};

} // namespace d360::test
