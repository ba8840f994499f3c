// See QueueStatusIndicator.h.
#include "gui/jobs/QueueStatusIndicator.h"

#include "core/api/RateBudget.h"
#include "core/jobs/JobQueue.h"

#include <QHBoxLayout>
#include <QLabel>

namespace d360::gui {

namespace {

constexpr std::chrono::seconds budgetRecoveryCheck { 1 };

} // namespace

QueueStatusIndicator::QueueStatusIndicator(jobs::JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_running(new QLabel(this))
    , m_rateBudget(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_running);
    layout->addWidget(m_rateBudget);
    m_running->setAccessibleName(tr("Running jobs"));
    m_rateBudget->setAccessibleName(tr("Remaining rate budget"));
    m_rateBudget->setToolTip(
        tr("Document360 accepts a limited number of requests a minute per token; "
           "exports wait their turn instead of being refused."));
    m_rateBudget->hide();
    m_budgetRecovery.setInterval(budgetRecoveryCheck);
    connect(&m_budgetRecovery, &QTimer::timeout, this, &QueueStatusIndicator::scheduleUpdate);

    connect(queue, &jobs::JobQueue::jobChanged, this, &QueueStatusIndicator::scheduleUpdate);
    connect(queue, &jobs::JobQueue::jobsAdded, this, &QueueStatusIndicator::scheduleUpdate);
    connect(queue, &jobs::JobQueue::jobRemoved, this, &QueueStatusIndicator::scheduleUpdate);
    refresh();
}

void QueueStatusIndicator::setRateBudget(api::RateBudget *budget)
{
    if (m_budget)
        disconnect(m_budget, nullptr, this, nullptr);
    m_budget = budget;
    if (budget)
        connect(budget, &api::RateBudget::changed, this, &QueueStatusIndicator::scheduleUpdate);
    refresh();
}

QString QueueStatusIndicator::runningText() const
{
    return m_running->text();
}

QString QueueStatusIndicator::budgetText() const
{
    return m_rateBudget->isHidden() ? QString() : m_rateBudget->text();
}

QString QueueStatusIndicator::budgetDetail() const
{
    return m_running->toolTip();
}

void QueueStatusIndicator::scheduleUpdate()
{
    if (m_updateScheduled)
        return;
    m_updateScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_updateScheduled = false;
        refresh();
    });
}

void QueueStatusIndicator::refresh()
{
    int running = 0;
    if (m_queue) {
        for (int row = 0; row < m_queue->count(); ++row)
            running += jobs::isActiveState(m_queue->at(row).state) ? 1 : 0;
    }
    if (running == 0)
        m_running->setText(tr("No exports running"));
    else
        m_running->setText(tr("%n exports running", nullptr, running));

    if (!m_budget) {
        m_rateBudget->clear();
        m_rateBudget->hide();
        m_running->setToolTip({});
        m_budgetRecovery.stop();
        return;
    }
    const int remaining = m_budget->remaining();
    const int limit = m_budget->limit();
    m_running->setToolTip(
        tr("This account may send %1 more of its %2 requests a minute.").arg(remaining).arg(limit));
    const qint64 waitSeconds = (m_budget->waitLeft().count() + 999) / 1000;
    if (waitSeconds > 0) {
        m_rateBudget->setText(tr("Waiting %1 s for the API's rate limit").arg(waitSeconds));
        m_rateBudget->show();
    } else {
        m_rateBudget->clear();
        m_rateBudget->hide();
    }
    if (remaining < limit && !m_budgetRecovery.isActive())
        m_budgetRecovery.start();
    else if (remaining >= limit)
        m_budgetRecovery.stop();
}

} // namespace d360::gui
