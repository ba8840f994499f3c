// See ExportCommand.h.
#include "cli/ExportCommand.h"

#include "cli/ExportReporter.h"
#include "cli/ExportRequestOptions.h"
#include "cli/InterruptWatcher.h"
#include "cli/ResumableBatch.h"
#include "core/api/ApiClient.h"
#include "core/jobs/FileNameTemplate.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/JobSettings.h"
#include "core/mirror/MirrorSources.h"
#include "core/mirror/MirrorStep.h"
#include "core/routines/BackupAftercare.h"
#include "core/routines/DesktopNotifier.h"
#include "core/routines/HistoryStore.h"
#include "core/routines/PresetStore.h"
#include "core/routines/RunFolder.h"
#include "core/routines/RunRecorder.h"
#include "core/state/ApplicationState.h"
#include "core/state/StateDatabase.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryFile>
#include <QTextStream>

#include <filesystem>
#include <system_error>

namespace d360::cli {

namespace {

QCommandLineOption option(const char *name, const QString &description,
                          const QString &valueName = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

} // namespace

ExportCommand::ExportCommand(QObject *parent)
    : Command(parent)
{ }

ExportCommand::~ExportCommand()
{
    // The queue's runners hold calls of the client: they go first.
    delete m_queue;
    m_queue = nullptr;
}

void ExportCommand::start(const QStringList &arguments)
{
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &ExportCommand::onInterrupted);
    QStringList effective = arguments;
    if (!applyPreset(&effective) || !readArguments(effective))
        return;
    m_connection.resolve(m_parser, [this](ConnectionOptions::Resolved resolved) {
        onConnected(std::move(resolved));
    });
}

void ExportCommand::describeOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr(
        "Export Document360 projects as PDF, HTML or Markdown files.\n\n"
        "One export runs for every combination of the versions, languages and formats given. "
        "The token comes from D360_API_KEY or a stored account (--account), never from the "
        "command line; D360_BASE_URL and D360_PROJECT_ID fill in --base-url and --project.\n\n"
        "With --preset NAME the saved preset's values are used (see \"d360-exporter presets\"); "
        "a flag given beside it replaces that value.\n\n"
        "Running the same command again after a crash or Ctrl-C resumes the unfinished batch.\n\n"
        "Example:\n"
        "  d360-exporter export --project ID --version default --lang all --format pdf --out "
        "docs"));
    parser.addOption(helpOption());
    ExportRequestOptions::addTo(parser);
    parser.addOptions({
        option("preset", tr("Run the saved preset NAME."), tr("NAME")),
        option("scheduled",
               tr("The run was started by a schedule: it is recorded so in history, and a "
                  "failure raises a desktop notification.")),
        option("json", tr("Print one JSON object per finished export on stdout.")),
        verboseOption(),
    });
    m_connection.addTo(parser);
}

bool ExportCommand::applyPreset(QStringList *arguments)
{
    QCommandLineParser given;
    describeOptions(given);
    // Errors are reported by the full parse that follows.
    if (!given.parse(*arguments) || !given.isSet(QStringLiteral("preset")))
        return true;
    if (!openState())
        return false;
    const QString name = given.value(QStringLiteral("preset"));
    QString problem;
    const std::optional<routines::Preset> preset
        = routines::PresetStore(m_state).find(name, &problem);
    if (!preset) {
        fail(problem, NotFound);
        return false;
    }
    m_preset = *preset;
    *arguments = ExportRequestOptions::withPreset(*arguments, given, *preset);
    return true;
}

bool ExportCommand::openState()
{
    if (m_state)
        return true;
    QStringList notices;
    QString problem;
    m_state = state::openApplicationState(&problem, &notices);
    if (!m_state) {
        fail(problem, NotConfigured);
        return false;
    }
    for (const QString &notice : std::as_const(notices))
        err() << tr("export: %1").arg(notice) << '\n';
    m_history = std::make_shared<routines::HistoryStore>(m_state);
    return true;
}

bool ExportCommand::readArguments(const QStringList &arguments)
{
    describeOptions(m_parser);
    if (!parseArguments(m_parser, arguments, PositionalArguments::Refused))
        return false;

    m_selection.projectId = ConnectionOptions::projectId(m_parser);
    if (m_selection.projectId.isEmpty()) {
        fail(tr("Give the project with --project ID, or set D360_PROJECT_ID (see \"d360-exporter "
                "projects\")."),
             UsageError);
        return false;
    }

    m_versionArguments = ExportRequestOptions::listValues(m_parser, QStringLiteral("version"));
    if (m_versionArguments.isEmpty()) {
        fail(tr("Give at least one --version ID, or --version default (see \"d360-exporter "
                "versions\")."),
             UsageError);
        return false;
    }
    for (QString &version : m_versionArguments) {
        if (version.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0) {
            version = QStringLiteral("default");
            m_selection.includeDefaultVersion = true;
        } else {
            m_selection.versionIds.append(version);
        }
    }

    m_languageArguments = ExportRequestOptions::listValues(m_parser, QStringLiteral("lang"));
    for (QString &language : m_languageArguments) {
        if (language.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            language = QStringLiteral("all");
            m_selection.allLanguages = true;
        } else {
            m_selection.languageCodes.append(language);
        }
    }
    if (m_selection.allLanguages && !m_selection.languageCodes.isEmpty()) {
        fail(tr("--lang all already includes every language; leave out the codes, or \"all\"."),
             UsageError);
        return false;
    }

    for (const QString &name :
         ExportRequestOptions::listValues(m_parser, QStringLiteral("format"))) {
        const std::optional<api::ExportFormat> format = api::exportFormatFromName(name);
        if (!format) {
            fail(tr("Unknown format \"%1\": use pdf, html or markdown.").arg(name), UsageError);
            return false;
        }
        if (!m_selection.formats.contains(*format)) {
            m_selection.formats.append(*format);
            m_formatArguments.append(api::exportFormatName(*format));
        }
    }
    if (m_selection.formats.isEmpty()) {
        m_selection.formats.append(api::ExportFormat::Pdf);
        m_formatArguments.append(QStringLiteral("pdf"));
    }

    const QString out = m_parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        fail(tr("Give the folder to write into with --out DIR."), UsageError);
        return false;
    }
    m_selection.outputFolder = QDir::cleanPath(QDir(out).absolutePath());

    if (m_parser.isSet(QStringLiteral("name-template"))) {
        m_selection.fileNamePattern = m_parser.value(QStringLiteral("name-template"));
        QString problem;
        if (!jobs::FileNameTemplate(m_selection.fileNamePattern).isValid(&problem)) {
            fail(tr("Cannot use this --name-template: %1.").arg(problem), UsageError);
            return false;
        }
    }
    if (m_parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        m_parallel = m_parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || m_parallel < 1 || m_parallel > 64) {
            fail(tr("--parallel takes a number from 1 to 64."), UsageError);
            return false;
        }
    }
    m_selection.extract = m_parser.isSet(QStringLiteral("extract"));
    m_overwrite = m_parser.isSet(QStringLiteral("overwrite"));
    m_json = m_parser.isSet(QStringLiteral("json"));
    m_scheduled = m_parser.isSet(QStringLiteral("scheduled"));
    return true;
}

void ExportCommand::onConnected(ConnectionOptions::Resolved resolved)
{
    if (hasFinished())
        return;
    if (!resolved.client) {
        fail(resolved.error, resolved.exitCode);
        return;
    }
    m_client = std::move(resolved.client);
    m_selection.accountId = m_parser.value(QStringLiteral("account"));
    if (!prepareOutputFolder())
        return;
    resumeOrPlan();
}

bool ExportCommand::prepareOutputFolder()
{
    const QString shown = QDir::toNativeSeparators(m_selection.outputFolder);
    std::error_code error;
    std::filesystem::create_directories(
        std::filesystem::path(QFile::encodeName(m_selection.outputFolder).toStdString()), error);
    if (error) {
        fail(tr("Cannot create the folder %1: %2.")
                 .arg(shown, QString::fromLocal8Bit(error.message())),
             UsageError);
        return false;
    }
    // Made and removed at once: the only sure test that files can be made.
    QTemporaryFile probe(QDir(m_selection.outputFolder)
                             .filePath(QStringLiteral(".d360-exporter-write-check-XXXXXX")));
    if (!probe.open()) {
        fail(tr("Cannot write into the folder %1: %2.").arg(shown, probe.errorString()),
             UsageError);
        return false;
    }
    return true;
}

void ExportCommand::resumeOrPlan()
{
    QSettings stored;
    jobs::JobSettings settings = jobs::JobSettings::fromSettings(stored);
    if (m_overwrite)
        settings.overwriteExisting = true;
    if (m_parallel > 0)
        settings.maxConcurrentJobs = m_parallel;
    if (m_selection.fileNamePattern.isEmpty())
        m_selection.fileNamePattern = settings.fileNamePattern;

    ExportRequestIdentity identity;
    identity.server = m_selection.accountId.isEmpty()
        ? m_client->address().toString()
        : QStringLiteral("account:") + m_selection.accountId;
    identity.projectId = m_selection.projectId;
    identity.versions = m_versionArguments;
    identity.languages = m_languageArguments;
    identity.formats = m_formatArguments;
    identity.outputFolder = m_selection.outputFolder;
    identity.fileNamePattern = m_selection.fileNamePattern;
    identity.extract = m_selection.extract;

    api::ApiClient *client = m_client.get();
    m_queue = new jobs::JobQueue([client](const QString &) { return client; }, settings);
    if (!openState())
        return;
    m_recorder = new routines::RunRecorder(
        m_queue, m_history,
        m_scheduled ? routines::RunOrigin::Schedule : routines::RunOrigin::CommandLine,
        [server = identity.server](const QString &accountId) {
            return accountId.isEmpty() ? server : accountId;
        },
        this);
    connect(m_recorder, &routines::RunRecorder::problem, this,
            [](const QString &message) { err() << tr("export: %1").arg(message) << '\n'; });
    const QString problem = m_queue->restore(m_state, resumableQueueName(identity));
    if (!m_queue->hasStore()) {
        // Another run of this very command is at work on the batch, or the
        // data folder cannot hold its queue.
        fail(problem, NotConfigured);
        return;
    }
    if (!problem.isEmpty()) {
        err() << tr("export: %1").arg(problem) << '\n';
        err().flush();
    }

    if (m_queue->count() == 0) {
        if (m_preset && m_preset->isBackup()) {
            // A backup run of its own: a new dated folder, made before
            // planning so the file names are chosen inside it.
            QString why;
            m_runFolder = routines::RunFolder::create(m_selection.outputFolder, m_preset->name,
                                                      QDateTime::currentDateTime(), &why);
            if (m_runFolder.isEmpty()) {
                fail(tr("Cannot make the backup's run folder: %1").arg(why), UsageError);
                return;
            }
            m_selection.outputFolder = m_runFolder;
        }
        m_planner = new jobs::BatchPlanner(client, m_selection, this);
        connect(m_planner, &jobs::BatchPlanner::finished, this, &ExportCommand::onPlanned);
        m_planner->start();
        return;
    }

    // The file holds this request's batch, unfinished: take it up again.
    m_batchId = m_queue->at(0).batchId;
    m_reporter = new ExportReporter(m_queue, m_batchId, m_json, this);
    int done = 0;
    QList<QUuid> toRetry;
    for (int row = 0; row < m_queue->count(); ++row) {
        const jobs::ExportJob &job = m_queue->at(row);
        done += job.state == jobs::JobState::Completed;
        if (job.state == jobs::JobState::Failed || job.state == jobs::JobState::Cancelled)
            toRetry.append(job.id);
    }
    m_reporter->note(
        tr("Resuming the unfinished batch of this command: %1 of %2 exports were done, %3 "
           "to try again.")
            .arg(done)
            .arg(m_queue->count())
            .arg(toRetry.size()));
    listenToQueue();
    for (const QUuid &id : std::as_const(toRetry))
        m_queue->retry(id);
    m_reporter->reportEndedJobs();
    if (m_queue->isBatchFinished(m_batchId))
        onBatchFinished(m_batchId);
}

void ExportCommand::onPlanned()
{
    jobs::BatchPlanner *planner = m_planner;
    m_planner = nullptr;
    planner->deleteLater();
    if (hasFinished())
        return;
    if (!planner->error().isNull()) {
        // Nothing was planned into it: the run folder goes (only if empty).
        if (!m_runFolder.isEmpty())
            QDir().rmdir(m_runFolder);
        const ExitCode code = ConnectionOptions::exitCodeFor(planner->error());
        fail(tr("Cannot plan the export: %1").arg(planner->error().displayText()),
             code == Success ? ApiError : code);
        return;
    }
    m_batchId = planner->jobs().first().batchId;
    m_reporter = new ExportReporter(m_queue, m_batchId, m_json, this);
    listenToQueue();
    routines::RunRecorder::BatchContext context;
    context.presetName = m_preset ? m_preset->name : QString();
    context.keepRuns = m_preset ? m_preset->keepRuns : 0;
    context.runFolder = m_runFolder;
    m_recorder->describeBatch(m_batchId, context);
    m_queue->enqueue(planner->jobs());
}

void ExportCommand::listenToQueue()
{
    connect(m_queue, &jobs::JobQueue::batchFinished, this, &ExportCommand::onBatchFinished);
    connect(m_queue, &jobs::JobQueue::storageProblem, this, [this](const QString &message) {
        m_storageFailed = true;
        if (m_reporter)
            m_reporter->note(tr("export: %1").arg(message));
    });
}

void ExportCommand::onBatchFinished(const QUuid &batchId)
{
    if (batchId != m_batchId || hasFinished() || m_concluding)
        return;
    m_concluding = true;
    // A backup's manifest and retention come first, unless the user asked
    // to stop: history already holds the outcome (RunRecorder is connected
    // before this).
    const std::optional<routines::RunRecord> run = m_history->run(batchId);
    if (m_interruptedBy != 0 || !run) {
        concludeBatch();
        return;
    }
    if (run->runFolder.isEmpty()) {
        mirrorThenConclude();
        return;
    }
    auto *aftercare = new routines::BackupAftercare(m_history, this);
    connect(
        aftercare, &routines::BackupAftercare::finished, this,
        [this, aftercare](const QUuid &, const routines::BackupAftercare::Outcome &outcome) {
            aftercare->deleteLater();
            for (const QString &warning : outcome.warnings)
                err() << tr("export: %1").arg(warning) << '\n';
            for (const QString &problem : outcome.problems)
                err() << tr("export: %1").arg(problem) << '\n';
            if (!outcome.manifestPath.isEmpty())
                m_reporter->note(
                    tr("The manifest is %1.").arg(QDir::toNativeSeparators(outcome.manifestPath)));
            for (const QString &folder : outcome.removedFolders)
                m_reporter->note(tr("Removed the old backup run %1 (the preset keeps %n).", nullptr,
                                    m_preset ? m_preset->keepRuns : 0)
                                     .arg(QDir::toNativeSeparators(folder)));
            m_aftercareFailed = outcome.manifestPath.isEmpty();
            mirrorThenConclude();
        });
    aftercare->start(batchId, m_queue->batchJobs(batchId));
}

void ExportCommand::mirrorThenConclude()
{
    if (!m_preset || !m_preset->hasMirror()) {
        concludeBatch();
        return;
    }
    const mirror::MirrorRequest request = mirror::MirrorSources::requestFor(
        *m_preset, m_queue->batchJobs(m_batchId), QDateTime::currentDateTimeUtc());
    const QString repository = QDir::toNativeSeparators(request.repository);
    if (request.sources.isEmpty()) {
        m_reporter->note(tr("No Markdown export was completed, so the Git mirror %1 is left as "
                            "it was.")
                             .arg(repository));
        concludeBatch();
        return;
    }
    mirror::MirrorStep *step = mirror::MirrorStep::start(request, this);
    connect(step, &mirror::MirrorStep::finished, this,
            [this, repository](const mirror::MirrorResult &result) {
                if (!result.ok()) {
                    err() << tr("export: the Git mirror was not updated: %1").arg(result.problem)
                          << '\n';
                    m_mirrorFailed = true;
                } else if (result.committed) {
                    m_reporter->note(
                        tr("Committed %1 to the Git mirror %2: %3")
                            .arg(result.commitId.left(12), repository, result.subject()));
                } else {
                    m_reporter->note(tr("The Git mirror %1 is up to date: the exports are what "
                                        "its last commit holds.")
                                         .arg(repository));
                }
                concludeBatch();
            });
}

void ExportCommand::concludeBatch()
{
    m_reporter->printSummary(m_interruptedBy != 0);
    if (m_interruptedBy != 0) {
        finish(128 + m_interruptedBy);
        return;
    }
    if (m_storageFailed) {
        // The batch could not be saved, so it cannot be resumed: whatever
        // else happened, a script must hear of that.
        finish(NotConfigured);
        return;
    }
    if (m_reporter->allCompleted()) {
        // Nothing left to resume: the next run of this command starts afresh.
        QString problem;
        if (!m_queue->discardStore(&problem))
            err() << tr("export: could not clear the finished batch from %1: %2")
                         .arg(m_queue->storeDatabasePath(), problem)
                  << '\n';
        finish(m_reporter->hasExtractionErrors() || m_aftercareFailed || m_mirrorFailed ? ApiError
                                                                                        : Success);
        return;
    }
    const jobs::ExportJob *failure = m_reporter->firstFailure();
    const ExitCode code = failure
        ? ConnectionOptions::exitCodeFor(api::ApiError(failure->errorKind, failure->errorMessage))
        : ApiError;
    if (failure)
        m_batchFailure = failure->errorMessage;
    finish(code == Success ? ApiError : code);
}

void ExportCommand::beforeFinishing(int exitCode, const QString &reason,
                                    const std::function<void()> &proceed)
{
    // Interruptions (128 + signal) were asked for; they are not failures.
    if (!m_scheduled || exitCode == Success || exitCode >= 128) {
        proceed();
        return;
    }
    const QString what = m_preset ? m_preset->name : tr("The scheduled export");
    const QString project
        = m_queue && m_queue->count() > 0 ? m_queue->at(0).projectName : m_selection.projectId;
    QString why = !reason.isEmpty() ? reason : m_batchFailure;
    if (why.isEmpty() && m_aftercareFailed)
        why = tr("the backup's manifest could not be written");
    if (why.isEmpty() && m_mirrorFailed)
        why = tr("the Git mirror was not updated");
    if (why.isEmpty())
        why = tr("exit code %1").arg(exitCode);
    auto *notifier = new routines::DesktopNotifier(this);
    connect(notifier, &routines::DesktopNotifier::finished, this,
            [proceed](routines::DesktopNotifier::Outcome, const QString &) { proceed(); });
    notifier->notify(tr("%1 failed").arg(what),
                     tr("The scheduled export of %1 failed: %2. See \"d360-exporter history\".")
                         .arg(project, why));
}

void ExportCommand::onInterrupted(int signalNumber)
{
    if (hasFinished())
        return;
    if (m_interruptedBy != 0) {
        finish(128 + m_interruptedBy); // a second Ctrl-C: stop waiting
        return;
    }
    m_interruptedBy = signalNumber;
    err() << '\n' << tr("export: interrupted; cancelling the running exports...") << '\n';
    err().flush();
    if (!m_queue || m_batchId.isNull()) {
        finish(128 + signalNumber); // nothing was written yet
        return;
    }
    // Synchronous: every runner stops and deletes its .part before this
    // returns; the batch then finishes and onBatchFinished() exits.
    m_queue->cancelAll();
    if (!hasFinished() && m_queue->isBatchFinished(m_batchId))
        onBatchFinished(m_batchId);
}

QString ExportCommand::failureText(const QString &message) const
{
    return tr("export: %1").arg(message);
}

} // namespace d360::cli
