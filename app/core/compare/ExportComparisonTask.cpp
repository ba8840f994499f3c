// See ExportComparisonTask.h.
#include "core/compare/ExportComparisonTask.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace d360::compare {

ComparisonOutcome ComparisonOutcome::compute(const QString &beforePath, const QString &afterPath)
{
    ComparisonOutcome outcome;
    std::optional<ExportSnapshot> before = ExportSnapshot::read(beforePath, &outcome.problem);
    if (!before)
        return outcome;
    std::optional<ExportSnapshot> after = ExportSnapshot::read(afterPath, &outcome.problem);
    if (!after)
        return outcome;
    outcome.comparison
        = std::make_shared<const ExportComparison>(ExportComparison::compare(*before, *after));
    outcome.before = std::make_shared<const ExportSnapshot>(std::move(*before));
    outcome.after = std::make_shared<const ExportSnapshot>(std::move(*after));
    return outcome;
}

ExportComparisonTask::ExportComparisonTask(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<ComparisonOutcome>(this))
{ }

ExportComparisonTask *ExportComparisonTask::start(const QString &beforePath,
                                                  const QString &afterPath, QObject *parent)
{
    auto *task = new ExportComparisonTask(parent);
    connect(task->m_watcher, &QFutureWatcher<ComparisonOutcome>::finished, task, [task] {
        const ComparisonOutcome outcome = task->m_watcher->result();
        task->deleteLater();
        Q_EMIT task->finished(outcome);
    });
    task->m_watcher->setFuture(QtConcurrent::run(
        [beforePath, afterPath] { return ComparisonOutcome::compute(beforePath, afterPath); }));
    return task;
}

} // namespace d360::compare
