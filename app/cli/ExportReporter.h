// What the headless export says while it runs: one line per finished job on
// stdout (a JSON object with --json, a readable line otherwise), a progress
// line on stderr when stderr is a terminal, and a summary at the end.
//
// It only observes the queue, like the window's table, so both show the
// same facts. Results go to stdout and everything for the person at the
// terminal to stderr, so `--json > results.jsonl` collects exactly the
// results; the progress line is erased before a result is printed, so the
// two never mix on a screen.
#pragma once

#include <QObject>
#include <QSet>
#include <QUuid>

namespace d360::jobs {
class JobQueue;
struct ExportJob;
} // namespace d360::jobs

namespace d360::cli {

class ExportReporter : public QObject
{
    Q_OBJECT

public:
    ExportReporter(const jobs::JobQueue *queue, QUuid batchId, bool json,
                   QObject *parent = nullptr);

    // Reports the batch's jobs that have already ended (a resumed batch).
    void reportEndedJobs();
    void note(const QString &message);
    void printSummary(bool interrupted);

    // The job of the batch to blame for the exit code: the first failure.
    const jobs::ExportJob *firstFailure() const;
    bool hasExtractionErrors() const;
    bool allCompleted() const;

private:
    // The batch's jobs, counted by how they stand.
    struct Tally
    {
        int total = 0;
        int completed = 0;
        int failed = 0;
        int cancelled = 0;
        int running = 0;
        qint64 bytesDownloading = 0; // of the jobs downloading now
    };
    Tally tally() const;

    void onJobChanged(const QUuid &id);
    void report(const jobs::ExportJob &job);
    void drawProgress();
    void eraseProgress();

    const jobs::JobQueue *m_queue;
    QUuid m_batchId;
    bool m_json;
    bool m_progressOnTerminal;
    bool m_progressShown = false;
    QSet<QUuid> m_reported;
};

// Whether stderr is a terminal a person watches.
bool stderrIsTerminal();

} // namespace d360::cli
