// Drives one export job from its start to its end: asks the server for the
// export, polls it, downloads it, checks it, puts it in place, extracts it.
//
// One runner per active job; the queue creates it and listens. It reports
// every change through changed() and the queue saves the job before it
// announces it, so the order on disk is the order of events: the job is
// saved as Starting before the export request leaves, and its final name and
// SHA-256 are saved before the .part file is renamed, which is what lets a
// restart tell "renamed, then killed" from "killed while downloading".
//
// A start request that may have reached the server is never sent again
// blindly (the client reports ExportMayHaveStarted; the job fails with that
// message). Everything else that is only the network (a closed lid, a
// gateway's 5xx, a rate limit, a cut download, an expired link) is waited
// out here, and only here: the API client retries a 429 or a 5xx a few
// times within one request, and a download call makes one try. The runner
// owns the patience and the resumes: it tries again after
// RetryPolicy::backoff (JobSettings::retryFirst doubling up to retryCap,
// with jitter, so jobs that failed together do not come back together) until
// JobSettings::networkPatience has passed since the start of the first try
// that failed, then gives up with the last error, aborting a request still
// under way. A download in flight at that moment is let finish its try:
// if it moved the file forward, the trouble starts over. Polls and
// downloads pick up where they stood: a cut download goes on from its part
// file with the link in hand, and asks the export's status for a fresh link
// only once storage says that one expired.
#pragma once

#include "core/api/RetryPolicy.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/OutputFiles.h"
#include "core/jobs/PollSchedule.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace d360::api {
class ApiCall;
class ApiClient;
struct ExportStatus;
} // namespace d360::api

namespace d360::jobs {

class JobDownload;
class PartFile;

class JobRunner : public QObject
{
    Q_OBJECT

public:
    enum class Change {
        State, // the state moved (and with it messages, timestamps)
        ResumeInfo, // what a restart needs changed: export id, ETag, final path
        Progress, // bytes only: announced, never saved
    };
    Q_ENUM(Change)

    // isTaken: whether another job of the queue has claimed a path.
    JobRunner(ExportJob job, api::ApiClient *client, const JobSettings &settings, PathTaken isTaken,
              QObject *parent = nullptr);
    ~JobRunner() override;

    const ExportJob &job() const { return m_job; }

    // Goes on from the job's state: Queued starts the export, Pending and
    // InProgress poll, Downloading downloads (or, if the file was already
    // renamed into place, checks it).
    void start();
    // Ends the job as Cancelled at once, deleting its .part file.
    void cancel();

Q_SIGNALS:
    void changed(d360::jobs::JobRunner::Change change);
    // The job reached Completed, Failed or Cancelled.
    void finished();
    // The client was destroyed under the job (its account was removed); the
    // runner can do nothing more and the job has not ended.
    void clientLost();

private:
    enum class Step { None, StartExport, Poll, FetchLink, Download };

    void setState(JobState state);
    void noteResumeInfo();
    void fail(const api::ApiError &error);
    // For failures that are ours, not the API's: the message as it stands.
    void failBecause(api::ApiError::Kind kind, const QString &message);
    void complete();

    void startExport();
    void onStartAnswered(api::ApiCall *call);
    void pollSoon();
    void poll();
    void onStatusAnswered(api::ApiCall *call, bool forDownload);
    void fetchLinkThenDownload();
    // The export's status, for polling or for a fresh download link.
    void askStatus(bool forDownload);
    // Completed: downloads it; Failed: fails the job. True when it was either.
    bool followEndedExport(const api::ExportStatus &status, const QString &requestId);
    void download();
    void onDownloadFinished();
    void placeCheckedPart();
    void placeFile();
    void placePart();
    void adoptPlacedFile();
    void extractOrComplete();

    // A request or a download begins: if it fails, the trouble began here.
    void startTry();
    // Waits out network trouble: runs step again later, or fails once
    // networkPatience is spent.
    void retryLater(Step step, const api::ApiError &error);
    void runStep(Step step);
    void onPatienceSpent();
    void noteSuccess();
    void abortCall();
    // Stops everything that runs for the job: its timers, its work on other
    // threads, its call, and its download (deleting the part file).
    void stopAllWork();
    void discardDownload();

    ExportJob m_job;
    QPointer<api::ApiClient> m_client;
    JobSettings m_settings;
    PathTaken m_isTaken;
    PollSchedule m_pollSchedule;
    QTimer m_timer;
    Step m_timerStep = Step::None;
    QPointer<api::ApiCall> m_call;
    JobDownload *m_download = nullptr;
    // The checked part, open and locked until it is in place.
    std::unique_ptr<PartFile> m_part;
    // A failure on our side (a full disk): the part stays for a resume.
    bool m_keepPart = false;
    api::RetryPolicy m_backoff;
    QElapsedTimer m_tryClock; // since the current try began
    QTimer m_patienceTimer; // runs while in trouble, until patience is spent
    api::ApiError m_lastTrouble;
    bool m_patienceSpent = false; // while a download in flight has the last word
    int m_troubleCount = 0;
    std::shared_ptr<std::atomic_bool> m_stopBackgroundWork;
    bool m_ended = false;
};

// Whether an error is the network's or a gateway's passing trouble, worth
// waiting out, rather than an answer.
bool isPassingTrouble(const api::ApiError &error);

// A job saved as Starting without an export id stopped between sending its
// export request and saving the answer: the export may exist on the server,
// and there is no way to look it up. Such a job is never started again
// behind the user's back; it fails with unansweredStartError(). (One with an
// export id knows its export and just goes on to download it.)
bool startWasUnanswered(const ExportJob &job);
api::ApiError unansweredStartError();

} // namespace d360::jobs
