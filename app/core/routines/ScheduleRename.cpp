// See ScheduleRename.h.
#include "core/routines/ScheduleRename.h"

#include <QTimer>

namespace d360::routines {

ScheduleRename::ScheduleRename(const ScheduleInstallerOptions &options, QObject *parent)
    : QObject(parent)
    , m_installer(ScheduleInstaller::create(options, this))
{
    connect(m_installer, &ScheduleInstaller::finished, this, &ScheduleRename::step);
}

ScheduleRename *ScheduleRename::start(const ScheduleInstallerOptions &options, const QString &from,
                                      const QString &to, const QString &executablePath,
                                      QObject *parent)
{
    auto *rename = new ScheduleRename(options, parent);
    rename->run(from, to, executablePath);
    return rename;
}

void ScheduleRename::run(const QString &from, const QString &to, const QString &executablePath)
{
    m_from = from;
    QString problem;
    std::optional<ScheduleSpec> spec;
    for (const ScheduleEntry &entry : m_installer->list(&problem)) {
        if (entry.presetName == from)
            spec = entry.spec;
    }
    if (!spec || from == to) {
        ScheduleOutcome nothing;
        nothing.result = ScheduleOutcome::Result::NotFound;
        nothing.problem = problem;
        // From the event loop: the caller connects after start() returns.
        QTimer::singleShot(0, this, [this, nothing] { finish(nothing); });
        return;
    }
    m_renamed = { to, executablePath, *spec };
    m_removeFirst = from.compare(to, Qt::CaseInsensitive) == 0;
    m_combined.schedulerUpdated = true;
    if (m_removeFirst)
        m_installer->remove(from);
    else
        m_installer->add(m_renamed);
}

void ScheduleRename::step(const ScheduleOutcome &outcome)
{
    ++m_stepsDone;
    m_combined.writtenFiles += outcome.writtenFiles;
    m_combined.removedFiles += outcome.removedFiles;
    m_combined.commandsToRun += outcome.commandsToRun;
    if (!outcome.schedulerUpdated) {
        m_combined.schedulerUpdated = false;
        if (m_combined.notUpdatedReason.isEmpty())
            m_combined.notUpdatedReason = outcome.notUpdatedReason;
    }
    if (outcome.result != ScheduleOutcome::Result::Done) {
        m_combined.result = outcome.result;
        m_combined.problem = outcome.problem;
        finish(m_combined);
        return;
    }
    if (m_stepsDone == 2) {
        finish(m_combined);
        return;
    }
    if (m_removeFirst)
        m_installer->add(m_renamed);
    else
        m_installer->remove(m_from);
}

void ScheduleRename::finish(ScheduleOutcome outcome)
{
    if (!outcome.schedulerUpdated)
        outcome.commandsToRun.removeDuplicates();
    else
        outcome.commandsToRun.clear();
    Q_EMIT finished(outcome);
    deleteLater();
}

} // namespace d360::routines
