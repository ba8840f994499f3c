// `d360-exporter export`: the whole export engine, headless.
//
//   export --project ID (--version ID|default)... [--lang CODE|all]...
//          [--format pdf|html|markdown]... --out DIR
//          [--base-url URL | --region eu|us|NAME] [--account NAME]
//          [--extract] [--overwrite] [--parallel N] [--name-template PATTERN] [--json]
//   export --preset NAME [any of the flags above, which replace the preset's]
//          [--scheduled]
//
// It plans the batch through the API (so "default" and "all" mean what the
// server says), queues it in the same JobQueue the window uses, and reports
// each job as it ends (see ExportReporter.h), and records the run in history
// (RunRecorder: origin "cli", or "schedule" with --scheduled). A preset's
// backup gets its manifest and retention (BackupAftercare), then a preset's
// Git mirror its commit (MirrorStep), before the command concludes. The queue is
// saved in the state database under a name made from the request (see
// ResumableBatch.h): the same command run again
// after a crash or Ctrl-C resumes the batch, keeping finished files, polling
// exports the server is still building, resuming downloads from their .part
// files, and retrying what failed or was cancelled; after a complete success
// the queue is cleared and the next run starts afresh. Ctrl-C and SIGTERM
// cancel cleanly: every .part is deleted and no final name holds half a file.
//
// Exit codes (ExitCode.h): 0 all done; 1, 3, 4, 5 or 7 from the first failed
// job's error (or the planning's; 1 also when a backup's manifest or the Git
// mirror could not be written); 2 usage; 6 nothing configured; and, after
// an interruption, 128 + the signal number (130 for Ctrl-C), as shells do.
#pragma once

#include "cli/Command.h"
#include "cli/ConnectionOptions.h"
#include "core/jobs/BatchPlanner.h"
#include "core/routines/Preset.h"

#include <QCommandLineParser>
#include <QUuid>

#include <memory>

namespace d360::api {
class ApiClient;
}

namespace d360::jobs {
class JobQueue;
}

namespace d360::routines {
class HistoryStore;
class RunRecorder;
} // namespace d360::routines

namespace d360::state {
class StateDatabase;
}

namespace d360::cli {

class ExportReporter;
class InterruptWatcher;

class ExportCommand : public Command
{
    Q_OBJECT

public:
    explicit ExportCommand(QObject *parent = nullptr);
    ~ExportCommand() override;

    void start(const QStringList &arguments) override;

private:
    void describeOptions(QCommandLineParser &parser) const;
    // With --preset NAME, puts the preset's flags into *arguments where the
    // command line has none of the same name; false after reporting why not.
    bool applyPreset(QStringList *arguments);
    // Opens the state database once; false after reporting why not.
    bool openState();
    // Reads the command line into m_selection; false after reporting why not.
    bool readArguments(const QStringList &arguments);
    void onConnected(ConnectionOptions::Resolved resolved);
    // Creates --out and checks that files can be made in it; false after
    // reporting why not. After the credential, so a run that fails on it
    // leaves no folder behind; before the first export starts.
    bool prepareOutputFolder();
    void resumeOrPlan();
    void onPlanned();
    void listenToQueue();
    void onBatchFinished(const QUuid &batchId);
    // The preset's Git mirror, when it has one; then concludeBatch().
    void mirrorThenConclude();
    // The summary and the exit code, once everything after the batch is done.
    void concludeBatch();
    void onInterrupted(int signalNumber);
    QString failureText(const QString &message) const override;
    // A scheduled run that failed says so on the desktop, when it can.
    void beforeFinishing(int exitCode, const QString &reason,
                         const std::function<void()> &proceed) override;

    QCommandLineParser m_parser;
    ConnectionOptions m_connection;
    jobs::BatchSelection m_selection;
    QStringList m_versionArguments;
    QStringList m_languageArguments;
    QStringList m_formatArguments;
    std::optional<routines::Preset> m_preset;
    bool m_json = false;
    bool m_scheduled = false;
    // A backup's dated folder, made for this run (empty: not a backup, or a
    // resumed run, whose folder history knows).
    QString m_runFolder;
    bool m_concluding = false;
    bool m_aftercareFailed = false;
    bool m_mirrorFailed = false;
    // Why the batch failed, for a scheduled run's notification.
    QString m_batchFailure;
    bool m_storageFailed = false;
    bool m_overwrite = false;
    int m_parallel = 0;

    std::shared_ptr<state::StateDatabase> m_state;
    // One for the recorder, the aftercare and the look-ups between them.
    std::shared_ptr<routines::HistoryStore> m_history;
    std::unique_ptr<api::ApiClient> m_client;
    routines::RunRecorder *m_recorder = nullptr;
    jobs::JobQueue *m_queue = nullptr;
    jobs::BatchPlanner *m_planner = nullptr;
    ExportReporter *m_reporter = nullptr;
    InterruptWatcher *m_interrupts = nullptr;
    QUuid m_batchId;
    int m_interruptedBy = 0;
};

} // namespace d360::cli
