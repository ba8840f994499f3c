// See PresetPlanner.h.
#include "core/routines/PresetPlanner.h"

#include "core/api/ApiClient.h"
#include "core/jobs/BatchPlanner.h"
#include "core/routines/RunFolder.h"

#include <QDir>

namespace d360::routines {

PresetPlanner::PresetPlanner(Preset preset, api::ApiClient *client, QString accountId,
                             QString defaultPattern, QObject *parent)
    : QObject(parent)
    , m_preset(std::move(preset))
    , m_client(client)
    , m_accountId(std::move(accountId))
    , m_defaultPattern(std::move(defaultPattern))
{ }

void PresetPlanner::start()
{
    if (!m_client) {
        fail(tr("The preset \"%1\" has no account to run on.").arg(m_preset.name));
        return;
    }
    jobs::BatchSelection selection = m_preset.selection();
    selection.accountId = m_accountId;
    if (selection.fileNamePattern.isEmpty())
        selection.fileNamePattern = m_defaultPattern;
    m_context.presetName = m_preset.name;
    m_context.keepRuns = m_preset.keepRuns;
    m_context.accountName = m_preset.accountName;
    if (m_preset.isBackup()) {
        QString why;
        m_context.runFolder = RunFolder::create(selection.outputFolder, m_preset.name,
                                                QDateTime::currentDateTime(), &why);
        if (m_context.runFolder.isEmpty()) {
            fail(tr("The backup \"%1\" cannot make its run folder: %2").arg(m_preset.name, why));
            return;
        }
        selection.outputFolder = m_context.runFolder;
    }
    m_planner = new jobs::BatchPlanner(m_client, selection, this);
    connect(m_planner, &jobs::BatchPlanner::finished, this, &PresetPlanner::onPlanned);
    m_planner->start();
}

void PresetPlanner::onPlanned()
{
    if (!m_planner->error().isNull()) {
        // Nothing was planned into it: the run folder goes (only if empty).
        if (!m_context.runFolder.isEmpty())
            QDir().rmdir(m_context.runFolder);
        m_apiError = m_planner->error();
        fail(tr("The preset \"%1\" could not be planned: %2")
                 .arg(m_preset.name, m_planner->error().displayText()));
        return;
    }
    m_jobs = m_planner->jobs();
    m_done = true;
    Q_EMIT finished();
}

void PresetPlanner::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace d360::routines
