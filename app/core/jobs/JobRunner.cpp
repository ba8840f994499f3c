// See JobRunner.h.
#include "core/jobs/JobRunner.h"

#include "core/api/ApiClient.h"
#include "core/jobs/BackgroundWork.h"
#include "core/jobs/FileSystemSafety.h"
#include "core/jobs/JobDownload.h"
#include "core/jobs/PartFile.h"
#include "core/jobs/Sha256Stream.h"
#include "core/jobs/ZipExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

namespace d360::jobs {

Q_LOGGING_CATEGORY(lcJobs, "d360.jobs")

namespace {

using api::ApiError;
using Kind = api::ApiError::Kind;

// How often a rename that lost a race for a name picks the next one.
constexpr int maxPlacementAttempts = 20;

ApiError exportFailedError(const api::ExportStatus &status, const QString &requestId)
{
    ApiError error(Kind::ExportFailed,
                   status.failureMessage.isEmpty() ? JobRunner::tr("the server gave no reason")
                                                   : status.failureMessage);
    error.setTraceId(requestId);
    return error;
}

// The start request surely did not create an export: the server said so
// (429, 503), or it was never reached.
bool startSurelyRefused(const ApiError &error)
{
    return error.kind() == Kind::RateLimited || error.httpStatus() == 503
        || error.kind() == Kind::ConnectionRefused || error.kind() == Kind::HostNotFound;
}

} // namespace

bool isPassingTrouble(const ApiError &error)
{
    return error.isTransient() || error.kind() == Kind::ServerError
        || error.kind() == Kind::RateLimited || error.kind() == Kind::InvalidResponse
        || error.kind() == Kind::LinkExpired;
}

bool startWasUnanswered(const ExportJob &job)
{
    return job.state == JobState::Starting && job.exportId.isEmpty();
}

ApiError unansweredStartError()
{
    return ApiError(Kind::ExportMayHaveStarted,
                    JobRunner::tr("the program stopped before the server answered"));
}

JobRunner::JobRunner(ExportJob job, api::ApiClient *client, const JobSettings &settings,
                     PathTaken isTaken, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_client(client)
    , m_settings(settings)
    , m_isTaken(std::move(isTaken))
    , m_pollSchedule(settings.pollFirst, settings.pollGrowth, settings.pollCap)
    , m_stopBackgroundWork(std::make_shared<std::atomic_bool>(false))
{
    m_backoff.baseDelay = std::max(std::chrono::milliseconds(1), settings.retryFirst);
    m_backoff.maxDelay = std::max(m_backoff.baseDelay, settings.retryCap);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { runStep(m_timerStep); });
    m_patienceTimer.setSingleShot(true);
    // A coarse timer may fire a little early: patience is never cut short.
    m_patienceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_patienceTimer, &QTimer::timeout, this, &JobRunner::onPatienceSpent);
    if (client) {
        // destroyed() comes before the client deletes its calls and its
        // network access manager: the last moment to end our requests while
        // everything they touch still exists.
        connect(client, &QObject::destroyed, this, [this] {
            if (m_ended)
                return;
            m_ended = true;
            m_timer.stop();
            m_patienceTimer.stop();
            m_stopBackgroundWork->store(true);
            abortCall();
            if (m_download)
                m_download->stop();
            Q_EMIT clientLost();
        });
    }
}

JobRunner::~JobRunner()
{
    // Stopping is not cancelling: the .part file stays for the next run.
    m_stopBackgroundWork->store(true);
    abortCall();
}

void JobRunner::start()
{
    if (!m_client) {
        failBecause(Kind::Unauthorized,
                    tr("This export's account is not available any more (it was removed, or the "
                       "keychain is locked). Add the account again, then retry the export."));
        return;
    }
    switch (m_job.state) {
    case JobState::Queued:
        startExport();
        return;
    case JobState::Starting:
        if (startWasUnanswered(m_job))
            fail(unansweredStartError());
        else
            fetchLinkThenDownload(); // a retry that resumes knows its export
        return;
    case JobState::Pending:
    case JobState::InProgress:
        poll();
        return;
    case JobState::Downloading:
        if (!somethingIsAt(m_job.partPath) && !m_job.sha256Hex.isEmpty()
            && QFileInfo::exists(m_job.finalPath))
            adoptPlacedFile();
        else if (!m_job.sha256Hex.isEmpty() && somethingIsAt(m_job.partPath))
            placeCheckedPart();
        else if (m_job.downloadUrl.isValid())
            download();
        else
            fetchLinkThenDownload();
        return;
    case JobState::Completed:
    case JobState::Failed:
    case JobState::Cancelled:
        return;
    }
}

void JobRunner::cancel()
{
    if (m_ended)
        return;
    stopAllWork();
    m_job.finishedAt = QDateTime::currentDateTimeUtc();
    m_ended = true;
    setState(JobState::Cancelled);
    Q_EMIT finished();
}

void JobRunner::stopAllWork()
{
    m_timer.stop();
    m_patienceTimer.stop();
    m_stopBackgroundWork->store(true);
    abortCall();
    discardDownload();
}

void JobRunner::setState(JobState state)
{
    if (!isAllowedTransition(m_job.state, state)) {
        qCWarning(lcJobs) << "refused move of job" << m_job.id << "from"
                          << jobStateName(m_job.state) << "to" << jobStateName(state);
        return;
    }
    m_job.state = state;
    Q_EMIT changed(Change::State);
}

void JobRunner::noteResumeInfo()
{
    Q_EMIT changed(Change::ResumeInfo);
}

void JobRunner::fail(const ApiError &error)
{
    if (m_ended)
        return;
    m_job.traceId = error.traceId();
    if (m_job.requestId.isEmpty())
        m_job.requestId = error.traceId();
    failBecause(error.kind(), error.message());
}

void JobRunner::failBecause(Kind kind, const QString &message)
{
    if (m_ended)
        return;
    // A retry starts over with a new export, so a half file is of no use.
    stopAllWork();
    m_job.errorMessage = message;
    m_job.errorKind = kind;
    m_job.finishedAt = QDateTime::currentDateTimeUtc();
    m_ended = true;
    qCInfo(lcJobs) << "job" << m_job.id << "failed:" << message << m_job.traceId;
    setState(JobState::Failed);
    Q_EMIT finished();
}

void JobRunner::complete()
{
    if (m_ended)
        return;
    m_job.finishedAt = QDateTime::currentDateTimeUtc();
    m_ended = true;
    setState(JobState::Completed);
    Q_EMIT finished();
}

void JobRunner::startExport()
{
    if (m_job.state == JobState::Queued) {
        m_job.startedAt = QDateTime::currentDateTimeUtc();
        // Saved before the request leaves: a restart must know it may have.
        setState(JobState::Starting);
    }
    if (!m_job.exportId.isEmpty()) {
        // A retry after a local failure (see ExportJob::resetForResume): the
        // server's file is there; a fresh link continues the part file.
        fetchLinkThenDownload();
        return;
    }
    startTry();
    api::ExportCall *call = m_client->startExport(m_job.exportRequest());
    m_call = call;
    connect(call, &api::ApiCall::finished, this, [this, call] { onStartAnswered(call); });
}

void JobRunner::onStartAnswered(api::ApiCall *call)
{
    m_call = nullptr;
    m_job.requestId = call->requestId();
    for (const api::ApiWarning &warning : call->warnings())
        m_job.warnings.append(warning.code + QStringLiteral(": ") + warning.message);
    if (!call->error().isNull()) {
        if (startSurelyRefused(call->error()))
            retryLater(Step::StartExport, call->error());
        else
            fail(call->error());
        return;
    }
    noteSuccess();
    const api::ExportStatus &status = static_cast<api::ExportCall *>(call)->result();
    m_job.exportId = status.id;
    if (followEndedExport(status, call->requestId()))
        return;
    setState(status.state == api::ExportStatus::State::InProgress ? JobState::InProgress
                                                                  : JobState::Pending);
    pollSoon();
}

bool JobRunner::followEndedExport(const api::ExportStatus &status, const QString &requestId)
{
    switch (status.state) {
    case api::ExportStatus::State::Completed:
        m_job.downloadUrl = status.downloadUrl;
        if (m_job.state != JobState::Downloading)
            setState(JobState::Downloading);
        download();
        return true;
    case api::ExportStatus::State::Failed:
        fail(exportFailedError(status, requestId));
        return true;
    case api::ExportStatus::State::InProgress:
    case api::ExportStatus::State::Pending:
    case api::ExportStatus::State::Unknown:
        break;
    }
    return false;
}

void JobRunner::pollSoon()
{
    m_timerStep = Step::Poll;
    m_timer.start(m_pollSchedule.next());
}

void JobRunner::poll()
{
    askStatus(false);
}

void JobRunner::fetchLinkThenDownload()
{
    askStatus(true);
}

void JobRunner::askStatus(bool forDownload)
{
    startTry();
    api::ExportCall *call = m_client->exportStatus(m_job.projectId, m_job.exportId);
    m_call = call;
    connect(call, &api::ApiCall::finished, this,
            [this, call, forDownload] { onStatusAnswered(call, forDownload); });
}

void JobRunner::onStatusAnswered(api::ApiCall *call, bool forDownload)
{
    m_call = nullptr;
    if (!call->requestId().isEmpty())
        m_job.requestId = call->requestId();
    const ApiError &error = call->error();
    if (!error.isNull()) {
        if (isPassingTrouble(error))
            retryLater(forDownload ? Step::FetchLink : Step::Poll, error);
        else
            fail(error);
        return;
    }
    // A fresh link ends no trouble of the download it is for: only the
    // download's success does, or patience would never run out on a
    // storage host that keeps failing.
    if (!forDownload)
        noteSuccess();
    const api::ExportStatus &status = static_cast<api::ExportCall *>(call)->result();
    if (followEndedExport(status, call->requestId()))
        return;
    if (forDownload) {
        // A server that forgot the export was complete: ask again later.
        retryLater(
            Step::FetchLink,
            ApiError(Kind::InvalidResponse, tr("the export is %1 again").arg(status.stateText)));
        return;
    }
    const JobState next = status.state == api::ExportStatus::State::InProgress
        ? JobState::InProgress
        : JobState::Pending;
    if (next != m_job.state)
        setState(next);
    pollSoon();
}

void JobRunner::download()
{
    startTry();
    JobDownload::Source source;
    source.url = m_job.downloadUrl;
    source.partPath = m_job.partPath;
    source.etag = m_job.etag;
    source.format = m_job.format;
    m_download = new JobDownload(m_client, source, this);
    connect(m_download, &JobDownload::resumeInfoChanged, this, [this] {
        m_job.etag = m_download->etag();
        m_job.bytesTotal = m_download->total();
        noteResumeInfo();
    });
    connect(m_download, &JobDownload::progressed, this, [this](qint64 bytes, qint64 total) {
        m_job.bytesDone = bytes;
        m_job.bytesTotal = total;
        Q_EMIT changed(Change::Progress);
    });
    connect(m_download, &JobDownload::finished, this, &JobRunner::onDownloadFinished);
    m_download->start();
}

void JobRunner::onDownloadFinished()
{
    JobDownload *finishedDownload = m_download;
    m_download = nullptr;
    finishedDownload->deleteLater();
    const ApiError error = finishedDownload->error();
    if (!error.isNull()) {
        // The .part stays: the next try resumes from it.
        if (m_job.etag != finishedDownload->etag()) {
            m_job.etag = finishedDownload->etag();
            noteResumeInfo();
        }
        if (isPassingTrouble(error)) {
            // Trouble that still moves the file forward is not waited out
            // against the same clock as trouble that gets nowhere: it starts
            // now, at the cut.
            if (finishedDownload->madeProgress()) {
                noteSuccess();
                startTry();
            }
            // The link in hand serves until storage says it expired; a
            // fresh one costs a request of the rate budget.
            retryLater(error.kind() == Kind::LinkExpired ? Step::FetchLink : Step::Download, error);
            return;
        }
        // A full disk is no reason to throw away what was downloaded.
        m_keepPart = finishedDownload->failedLocally();
        fail(error);
        return;
    }
    noteSuccess();
    m_job.sha256Hex = finishedDownload->sha256Hex();
    m_job.bytesDone = finishedDownload->size();
    m_job.bytesTotal = finishedDownload->size();
    m_part = finishedDownload->takePart();
    placeFile();
}

void JobRunner::placeFile()
{
    placePart();
    // Closed once placed (or not): the lock told other programs a job was
    // writing this part, and that is over.
    if (m_part) {
        m_part->close();
        m_part.reset();
    }
}

void JobRunner::placePart()
{
    const QFileInfo planned(m_job.finalPath);
    const QString folder
        = m_job.outputFolder.isEmpty() ? planned.absolutePath() : m_job.outputFolder;
    const QString fileName = m_job.fileName.isEmpty() ? planned.fileName() : m_job.fileName;
    // A symlink, even a dangling one, takes a name: it is never replaced
    // nor written through.
    const PathTaken taken = [this](const QString &path) {
        return somethingIsAt(path) || (m_isTaken && m_isTaken(path));
    };
    const bool overwrite = m_settings.overwriteExisting;
    for (int attempt = 0; attempt < maxPlacementAttempts; ++attempt) {
        QString target = m_job.finalPath;
        if (!overwrite && taken(target))
            target = firstFreePath(folder, fileName, taken);
        if (target.isEmpty()) {
            fail(ApiError(Kind::LocalFile,
                          tr("no free file name like %1 in %2").arg(fileName, folder)));
            return;
        }
        if (overwrite && isBeingProduced(target, m_part->path())) {
            // Replacing it now would leave one of the two jobs reporting a
            // file that is not there.
            fail(ApiError(Kind::LocalFile,
                          tr("another export is writing %1 at the same time; it is not "
                             "replaced. Export again once that one has finished.")
                              .arg(QDir::toNativeSeparators(target))));
            return;
        }
        m_job.finalPath = target;
        // Saved before the rename: after a crash, a missing .part and a file
        // with this name and hash mean the rename happened.
        noteResumeInfo();
        switch (m_part->placeAt(target, overwrite)) {
        case PartFile::Placement::Placed:
            extractOrComplete();
            return;
        case PartFile::Placement::Failed:
            fail(ApiError(Kind::LocalFile, m_part->errorString()));
            return;
        case PartFile::Placement::NameTaken:
            break; // someone took the name a moment ago: pick the next one
        }
    }
    fail(ApiError(Kind::LocalFile, tr("%1 kept being taken").arg(m_job.finalPath)));
}

// Stopped after the download was checked and before the rename: check the
// .part again and put it in place, instead of fetching it all once more.
void JobRunner::placeCheckedPart()
{
    auto part = std::make_unique<PartFile>();
    if (!part->open(m_job.partPath)) {
        fail(ApiError(Kind::LocalFile, part->errorString()));
        return;
    }
    if (part->size() != m_job.bytesTotal) {
        part->close();
        m_job.sha256Hex.clear();
        fetchLinkThenDownload();
        return;
    }
    m_part = std::move(part);
    const QString path = m_job.partPath;
    runInBackground(
        this,
        [path] {
            QString ignored;
            return Sha256Stream::fileHex(path, &ignored);
        },
        [this](QByteArray sha256Hex) {
            if (m_ended)
                return;
            if (sha256Hex == m_job.sha256Hex) {
                m_job.bytesDone = m_job.bytesTotal;
                placeFile();
                return;
            }
            m_part->close();
            m_part.reset();
            m_job.sha256Hex.clear();
            fetchLinkThenDownload();
        });
}

void JobRunner::adoptPlacedFile()
{
    const QString path = m_job.finalPath;
    runInBackground(
        this,
        [path] {
            QString ignored;
            return Sha256Stream::fileHex(path, &ignored);
        },
        [this, path](QByteArray sha256Hex) {
            if (m_ended)
                return;
            if (!sha256Hex.isEmpty() && sha256Hex == m_job.sha256Hex) {
                m_job.bytesDone = QFileInfo(path).size();
                m_job.bytesTotal = m_job.bytesDone;
                extractOrComplete();
                return;
            }
            // Not the file this job wrote: fetch ours again, beside it.
            m_job.sha256Hex.clear();
            m_job.etag.clear();
            fetchLinkThenDownload();
        });
}

void JobRunner::extractOrComplete()
{
    if (!m_job.extract || m_job.format == api::ExportFormat::Pdf) {
        complete();
        return;
    }
    if (!m_job.extractedPath.isEmpty()) {
        // Extracted before a restart: the folder is moved into place whole, so
        // a real folder at the name is ours. A symlink there is not, and is
        // never reported as the extraction; the job takes a new name.
        const QFileInfo extracted(m_job.extractedPath);
        if (extracted.isDir() && !extracted.isSymLink()) {
            complete();
            return;
        }
        if (somethingIsAt(m_job.extractedPath))
            m_job.extractedPath.clear();
    }
    if (m_job.extractedPath.isEmpty()) {
        m_job.extractedPath = ZipExtractor::folderFor(m_job.finalPath);
        noteResumeInfo();
    }
    const QString archive = m_job.finalPath;
    const QString folder = m_job.extractedPath;
    const std::shared_ptr<std::atomic_bool> stop = m_stopBackgroundWork;
    runInBackground(
        this,
        [archive, folder, stop] { return ZipExtractor::extract(archive, folder, stop.get()); },
        [this](ZipExtractor::Result result) {
            if (m_ended)
                return;
            if (!result.ok) {
                m_job.extractionError = result.error;
                m_job.extractedPath.clear();
            }
            complete();
        });
}

void JobRunner::startTry()
{
    m_tryClock.start();
}

void JobRunner::retryLater(Step step, const ApiError &error)
{
    m_lastTrouble = error;
    if (!m_patienceTimer.isActive()) {
        // The trouble began when the try that met it did, so the API
        // client's few quick retries within that try count against the
        // patience too.
        const qint64 left = qint64(m_settings.networkPatience.count()) - m_tryClock.elapsed();
        if (m_patienceSpent || left <= 0) {
            fail(error);
            return;
        }
        m_patienceTimer.start(std::chrono::milliseconds(left));
    }
    std::chrono::milliseconds delay = m_backoff.backoff(m_troubleCount);
    if (error.retryAfterSeconds() > 0)
        delay
            = std::max(delay, std::chrono::milliseconds(qint64(error.retryAfterSeconds()) * 1000));
    ++m_troubleCount;
    qCInfo(lcJobs) << "job" << m_job.id << "waits" << delay.count()
                   << "ms after:" << error.displayText();
    m_timerStep = step;
    m_timer.start(delay);
}

void JobRunner::onPatienceSpent()
{
    if (m_ended)
        return;
    if (m_download) {
        // A download under way has the last word: moving the file forward
        // ends the trouble; anything else ends the job (retryLater).
        m_patienceSpent = true;
        return;
    }
    fail(m_lastTrouble);
}

void JobRunner::runStep(Step step)
{
    if (m_ended || !m_client)
        return;
    switch (step) {
    case Step::StartExport:
        startExport();
        return;
    case Step::Poll:
        poll();
        return;
    case Step::FetchLink:
        fetchLinkThenDownload();
        return;
    case Step::Download:
        download();
        return;
    case Step::None:
        return;
    }
}

void JobRunner::noteSuccess()
{
    m_patienceTimer.stop();
    m_patienceSpent = false;
    m_troubleCount = 0;
}

void JobRunner::abortCall()
{
    if (!m_call)
        return;
    api::ApiCall *call = m_call;
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->abort();
}

void JobRunner::discardDownload()
{
    if (m_download) {
        if (m_keepPart)
            m_download->stop();
        else
            m_download->discard();
        m_download->deleteLater();
        m_download = nullptr;
    }
    if (m_part) {
        if (m_keepPart)
            m_part->close();
        else
            m_part->remove();
        m_part.reset();
    }
    if (!m_keepPart)
        removeUnusedPart(m_job.partPath);
}

} // namespace d360::jobs
