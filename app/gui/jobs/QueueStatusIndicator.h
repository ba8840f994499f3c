// The queue's line in the status bar: how many jobs are running, and, only
// when it holds exports back, that they wait for the API's rate limit and
// for how long ("Waiting 20 s for the API's rate limit"). How many requests
// the account may still send this minute is in the tooltip: as a standing
// count it meant nothing to a writer.
//
// The running count is counted from the jobs' states, not from the queue's
// runners, because a job's final state is announced while its runner is
// still winding down. Updates are coalesced to one per turn of the event
// loop. The rate budget recovers as time passes without saying so (it
// signals only when it grants, pauses, starts a wait or learns a limit), so
// while it is below its limit the indicator also looks again every second.
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace d360::api {
class RateBudget;
}

namespace d360::jobs {
class JobQueue;
}

namespace d360::gui {

class QueueStatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit QueueStatusIndicator(jobs::JobQueue *queue, QWidget *parent = nullptr);

    // The current account's client's budget; null when there is none.
    void setRateBudget(api::RateBudget *budget);

    QString runningText() const;
    QString budgetText() const;
    // The rate budget in numbers, as the tooltip gives it.
    QString budgetDetail() const;

private:
    void scheduleUpdate();
    void refresh();

    QPointer<jobs::JobQueue> m_queue;
    QPointer<api::RateBudget> m_budget;
    QLabel *m_running;
    QLabel *m_rateBudget;
    QTimer m_budgetRecovery;
    bool m_updateScheduled = false;
};

} // namespace d360::gui
