// See PresetLauncher.h.
#include "gui/presets/PresetLauncher.h"

#include "core/api/ApiClient.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "core/jobs/JobQueue.h"
#include "core/routines/HistoryStore.h"
#include "core/routines/PresetPlanner.h"
#include "core/routines/PresetStore.h"
#include "core/routines/RunRecorder.h"

#include <QFileInfo>

namespace d360::gui {

PresetLauncher::PresetLauncher(auth::AccountManager *accounts, auth::ClientPool *clients,
                               jobs::JobQueue *queue, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_clients(clients)
    , m_queue(queue)
{ }

void PresetLauncher::setRoutines(routines::PresetStore *presets, routines::RunRecorder *recorder)
{
    m_presets = presets;
    m_recorder = recorder;
}

QString PresetLauncher::accountIdFor(const QString &label, const QString &what)
{
    if (label.isEmpty()) {
        Q_EMIT problem(tr("%1 runs on the credential in the environment (D360_API_KEY), which "
                          "only the command line reads. Run it with the command line, or edit "
                          "it and save it with an account of this window.")
                           .arg(what));
        return {};
    }
    const std::optional<auth::Account> account = m_accounts->findByLabel(label);
    if (!account) {
        Q_EMIT problem(tr("%1 runs on the account \"%2\", which is not set up here. Add that "
                          "account, or edit the preset and save it with another one.")
                           .arg(what, label));
        return {};
    }
    if (!m_clients->client(account->id)) {
        // Opened now, so the next try finds it ready.
        m_clients->prepare(account->id);
        Q_EMIT problem(
            tr("The account \"%1\" is not open yet. Try again in a moment.").arg(account->label));
        return {};
    }
    return account->id;
}

void PresetLauncher::runPreset(const QString &name, const QString &defaultPattern)
{
    if (!m_presets || m_busy)
        return;
    QString readProblem;
    const std::optional<routines::Preset> preset = m_presets->find(name, &readProblem);
    if (!preset) {
        Q_EMIT problem(readProblem.isEmpty() ? tr("There is no preset named \"%1\".").arg(name)
                                             : readProblem);
        return;
    }
    const QString what = tr("The preset \"%1\"").arg(preset->name);
    const QString accountId = accountIdFor(preset->accountName, what);
    if (accountId.isEmpty())
        return;
    auto *planner = new routines::PresetPlanner(*preset, m_clients->client(accountId), accountId,
                                                defaultPattern, this);
    m_busy = true;
    Q_EMIT progress(tr("Preparing the preset \"%1\"…").arg(preset->name));
    connect(planner, &routines::PresetPlanner::finished, this, [this, planner] {
        planner->deleteLater();
        m_busy = false;
        if (!planner->error().isEmpty()) {
            Q_EMIT problem(planner->error());
            return;
        }
        if (planner->jobs().isEmpty()) {
            Q_EMIT problem(
                tr("The preset \"%1\" has nothing to export now.").arg(planner->preset().name));
            return;
        }
        if (m_recorder)
            m_recorder->describeBatch(planner->jobs().constFirst().batchId, planner->context());
        Q_EMIT ready(planner->jobs());
    });
    planner->start();
}

void PresetLauncher::runAgain(const routines::RunRecord &run, const QString &defaultPattern)
{
    if (m_busy)
        return;
    if (!run.presetName.isEmpty() && m_presets && m_presets->contains(run.presetName)) {
        runPreset(run.presetName, defaultPattern);
        return;
    }
    const QString what = tr("The run \"%1\"").arg(run.description);
    const QString accountId = accountIdFor(run.accountName, what);
    if (accountId.isEmpty())
        return;
    jobs::BatchSelection selection;
    selection.accountId = accountId;
    selection.projectId = run.projectId;
    selection.fileNamePattern = defaultPattern;
    const auto addOnce = [](QStringList &list, const QString &value) {
        if (!value.isEmpty() && !list.contains(value))
            list.append(value);
    };
    const auto addFormat = [&selection](api::ExportFormat format) {
        if (!selection.formats.contains(format))
            selection.formats.append(format);
    };
    const QList<QUuid> queued = m_queue->jobsOfBatch(run.id);
    if (!queued.isEmpty()) {
        for (const QUuid &id : queued) {
            const jobs::ExportJob *job = m_queue->find(id);
            if (!job)
                continue;
            addOnce(selection.versionIds, job->versionId);
            addOnce(selection.languageCodes, job->languageCode);
            addFormat(job->format);
            if (selection.outputFolder.isEmpty())
                selection.outputFolder = job->outputFolder;
            selection.extract = job->extract;
        }
    } else if (m_recorder) {
        for (const routines::RunItem &item : m_recorder->history()->items(run.id)) {
            addOnce(selection.versionIds, item.versionId);
            addOnce(selection.languageCodes, item.languageCode);
            if (const std::optional<api::ExportFormat> format
                = api::exportFormatFromName(item.format))
                addFormat(*format);
            if (selection.outputFolder.isEmpty() && !item.path.isEmpty())
                selection.outputFolder = QFileInfo(item.path).absolutePath();
        }
        if (selection.outputFolder.isEmpty())
            selection.outputFolder = run.runFolder;
    }
    if (selection.versionIds.isEmpty() || selection.outputFolder.isEmpty()) {
        Q_EMIT problem(tr("%1 cannot be run again: history does not say what it exported, or "
                          "into which folder.")
                           .arg(what));
        return;
    }
    planSelection(accountId, selection, what, run);
}

void PresetLauncher::planSelection(const QString &accountId, jobs::BatchSelection selection,
                                   const QString &what, const routines::RunRecord &run)
{
    auto *planner = new jobs::BatchPlanner(m_clients->client(accountId), selection, this);
    m_busy = true;
    Q_EMIT progress(tr("Preparing the export…"));
    connect(planner, &jobs::BatchPlanner::finished, this, [this, planner, what, run] {
        planner->deleteLater();
        m_busy = false;
        if (!planner->error().isNull()) {
            Q_EMIT problem(
                tr("%1 could not be planned again: %2").arg(what, planner->error().displayText()));
            return;
        }
        if (planner->jobs().isEmpty()) {
            Q_EMIT problem(tr("%1 has nothing to export now.").arg(what));
            return;
        }
        if (m_recorder) {
            routines::RunRecorder::BatchContext context;
            context.accountName = run.accountName;
            m_recorder->describeBatch(planner->jobs().constFirst().batchId, context);
        }
        Q_EMIT ready(planner->jobs());
    });
    planner->start();
}

} // namespace d360::gui
