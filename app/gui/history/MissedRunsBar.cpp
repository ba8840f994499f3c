// See MissedRunsBar.h.
#include "gui/history/MissedRunsBar.h"

#include "core/routines/HistoryStore.h"
#include "gui/history/HistoryTableModel.h"
#include "gui/jobs/JobText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace d360::gui {

namespace {

// More would be a wall of text in a bar; History has them all.
constexpr int linesShown = 5;

} // namespace

MissedRunsBar::MissedRunsBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_openHistory(new QPushButton(tr("Open H&istory"), this))
    , m_dismiss(new QPushButton(tr("Dis&miss"), this))
{
    setObjectName(QStringLiteral("missedRunsBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("missedRunsLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Scheduled runs that failed"));
    m_openHistory->setObjectName(QStringLiteral("openHistoryButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissMissedRunsButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openHistory);
    layout->addWidget(m_dismiss);
    connect(m_openHistory, &QPushButton::clicked, this, &MissedRunsBar::openHistoryRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

QString MissedRunsBar::lineFor(const routines::RunRecord &run, const QString &reason)
{
    const QString what = HistoryTableModel::whatText(run);
    const QString when = localTimeText(run.finishedAt.isValid() ? run.finishedAt : run.startedAt);
    if (reason.isEmpty())
        return run.accountName.isEmpty()
            ? tr("%1 failed at %2.").arg(what, when)
            : tr("%1 of %2 failed at %3.").arg(what, run.accountName, when);
    return run.accountName.isEmpty()
        ? tr("%1 failed at %2: %3").arg(what, when, reason)
        : tr("%1 of %2 failed at %3: %4").arg(what, run.accountName, when, reason);
}

int MissedRunsBar::showFailedScheduledRuns(const routines::HistoryStore &history,
                                           const QDateTime &since)
{
    routines::HistoryStore::Filter filter;
    filter.origin = routines::RunOrigin::Schedule;
    filter.finishedAfter = since;
    QStringList lines;
    int failed = 0;
    for (const routines::RunRecord &run : history.runs(filter)) {
        if (!HistoryTableModel::isFailed(run))
            continue;
        ++failed;
        if (lines.size() == linesShown)
            continue;
        QString reason;
        for (const routines::RunItem &item : history.items(run.id)) {
            if (!item.isCompleted() && !item.errorMessage.isEmpty()) {
                reason = item.errorMessage;
                break;
            }
        }
        lines.append(lineFor(run, reason));
    }
    if (failed == 0) {
        hide();
        return 0;
    }
    if (failed > lines.size())
        lines.append(tr("%n more failed runs in History.", nullptr, int(failed - lines.size())));
    m_label->setText(lines.join(QLatin1Char('\n')));
    show();
    return failed;
}

} // namespace d360::gui
