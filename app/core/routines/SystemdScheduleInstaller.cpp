// See SystemdScheduleInstaller.h.
#include "core/routines/SystemdScheduleInstaller.h"

#include "core/routines/ScheduleFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace d360::routines {

namespace {

QString userCommand(const QStringList &arguments)
{
    QStringList words { QStringLiteral("systemctl"), QStringLiteral("--user") };
    for (const QString &argument : arguments)
        words.append(ScheduleUnits::shellQuote(argument));
    return words.join(QLatin1Char(' '));
}

} // namespace

SystemdScheduleInstaller::SystemdScheduleInstaller(const ScheduleInstallerOptions &options,
                                                   QObject *parent)
    : ScheduleInstaller(parent)
    , m_options(options)
    , m_folder(options.folder)
{
    if (m_folder.isEmpty())
        m_folder = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                       .filePath(QStringLiteral("systemd/user"));
}

void SystemdScheduleInstaller::runSystemctl(const QStringList &arguments, const Answer &answer)
{
    auto *process = new BoundedProcess(m_options.systemctlProgram,
                                       QStringList { QStringLiteral("--user") } + arguments,
                                       m_options.commandTimeoutMs, this);
    connect(process, &BoundedProcess::finished, this,
            [process, answer](const BoundedProcess::Result &result) {
                process->deleteLater();
                answer(result);
            });
    process->start();
}

void SystemdScheduleInstaller::whenManagerAnswers(
    const std::function<void(bool, const QString &)> &then)
{
    if (m_options.systemctlProgram.isEmpty()) {
        // From the event loop, as a systemctl's answer would come.
        QTimer::singleShot(0, this, [then] {
            then(false, tr("systemctl was not called (D360_SYSTEMCTL=none)."));
        });
        return;
    }
    runSystemctl({ QStringLiteral("is-system-running") },
                 [then](const BoundedProcess::Result &result) {
                     // Not only "running": a desktop with one failed unit is
                     // "degraded", and its timers run all the same.
                     static const QStringList answering {
                         QStringLiteral("running"),     QStringLiteral("degraded"),
                         QStringLiteral("starting"),    QStringLiteral("initializing"),
                         QStringLiteral("maintenance"),
                     };
                     if (result.ran && answering.contains(result.standardOutput)) {
                         then(true, {});
                         return;
                     }
                     QString said = result.problem;
                     if (result.ran && !result.standardOutput.isEmpty())
                         said = result.standardOutput;
                     then(false, tr("No systemd user manager answers here (%1).").arg(said));
                 });
}

void SystemdScheduleInstaller::add(const ScheduledBackup &backup)
{
    ScheduleOutcome outcome;
    const QString nameProblem = ScheduleUnits::presetNameProblem(backup.presetName);
    if (!nameProblem.isEmpty()) {
        outcome.result = ScheduleOutcome::Result::Refused;
        outcome.problem = nameProblem;
        finishLater(outcome);
        return;
    }
    const QDir folder(m_folder);
    const QString timerName = ScheduleUnits::systemdTimerName(backup.presetName);
    const QList<std::pair<QString, QString>> files {
        { folder.filePath(ScheduleUnits::systemdServiceName(backup.presetName)),
          ScheduleUnits::systemdService(backup) },
        { folder.filePath(timerName), ScheduleUnits::systemdTimer(backup) },
    };
    for (const auto &[path, text] : files) {
        const QString problem = ScheduleFiles::problemInTheWay(path, backup.presetName);
        if (!problem.isEmpty()) {
            outcome.result = ScheduleOutcome::Result::Refused;
            outcome.problem = problem;
            finishLater(outcome);
            return;
        }
    }
    // The service first: a timer whose service is missing would fail.
    for (const auto &[path, text] : files) {
        QString problem;
        if (!ScheduleFiles::write(path, text.toUtf8(), &problem)) {
            outcome.result = ScheduleOutcome::Result::Failed;
            outcome.problem = problem;
            finishLater(outcome);
            return;
        }
        outcome.writtenFiles.append(path);
    }
    outcome.commandsToRun
        = { userCommand({ QStringLiteral("daemon-reload") }),
            userCommand({ QStringLiteral("enable"), QStringLiteral("--now"), timerName }) };
    whenManagerAnswers([this, outcome, timerName](bool answers, const QString &reason) mutable {
        if (!answers) {
            outcome.notUpdatedReason = reason;
            Q_EMIT finished(outcome);
            return;
        }
        enable(outcome, timerName);
    });
}

void SystemdScheduleInstaller::enable(ScheduleOutcome outcome, const QString &timerName)
{
    runSystemctl({ QStringLiteral("daemon-reload") },
                 [this, outcome, timerName](const BoundedProcess::Result &reload) mutable {
                     if (!reload.succeeded()) {
                         outcome.notUpdatedReason = reload.problem;
                         Q_EMIT finished(outcome);
                         return;
                     }
                     runSystemctl({ QStringLiteral("enable"), QStringLiteral("--now"), timerName },
                                  [this, outcome](const BoundedProcess::Result &enabled) mutable {
                                      if (enabled.succeeded()) {
                                          outcome.schedulerUpdated = true;
                                          outcome.commandsToRun.clear();
                                      } else {
                                          outcome.notUpdatedReason = enabled.problem;
                                      }
                                      Q_EMIT finished(outcome);
                                  });
                 });
}

void SystemdScheduleInstaller::remove(const QString &presetName)
{
    QString readProblem;
    const QList<ScheduleEntry> entries = list(&readProblem);
    const auto found
        = std::find_if(entries.cbegin(), entries.cend(),
                       [&](const ScheduleEntry &entry) { return entry.presetName == presetName; });
    if (found == entries.cend()) {
        ScheduleOutcome outcome;
        outcome.result = ScheduleOutcome::Result::NotFound;
        outcome.problem = tr("There is no schedule for the preset \"%1\" in %2 (see "
                             "\"d360-exporter schedule list\").")
                              .arg(presetName, m_folder);
        finishLater(outcome);
        return;
    }
    const ScheduleEntry entry = *found;
    const QString timerName = ScheduleUnits::systemdTimerName(presetName);
    whenManagerAnswers([this, entry, timerName](bool answers, const QString &reason) {
        if (!answers) {
            ScheduleOutcome outcome;
            outcome.notUpdatedReason = reason;
            deleteFiles(outcome, entry, false);
            return;
        }
        runSystemctl({ QStringLiteral("disable"), QStringLiteral("--now"), timerName },
                     [this, entry](const BoundedProcess::Result &disabled) {
                         ScheduleOutcome outcome;
                         outcome.schedulerUpdated = disabled.succeeded();
                         outcome.notUpdatedReason = disabled.problem;
                         deleteFiles(outcome, entry, true);
                     });
    });
}

void SystemdScheduleInstaller::deleteFiles(ScheduleOutcome outcome, const ScheduleEntry &entry,
                                           bool managerAnswers)
{
    const QString timerName = ScheduleUnits::systemdTimerName(entry.presetName);
    // What `systemctl disable` removes, when it could not: the timer's link
    // in timers.target.wants, if it points at our timer.
    const QFileInfo link(timerLinkPath(timerName));
    if (link.isSymLink()
        && QFileInfo(link.symLinkTarget()).absoluteFilePath()
            == QFileInfo(QDir(m_folder).filePath(timerName)).absoluteFilePath())
        QFile::remove(link.filePath());

    for (const QString &path : entry.files) {
        QString problem;
        if (!ScheduleFiles::removeIfOurs(path, entry.presetName, &problem)) {
            outcome.result = ScheduleOutcome::Result::Failed;
            outcome.problem = problem;
            break;
        }
        outcome.removedFiles.append(path);
    }
    outcome.commandsToRun = { userCommand({ QStringLiteral("stop"), timerName }),
                              userCommand({ QStringLiteral("daemon-reload") }) };
    if (!managerAnswers) {
        outcome.schedulerUpdated = false;
        Q_EMIT finished(outcome);
        return;
    }
    runSystemctl({ QStringLiteral("daemon-reload") },
                 [this, outcome](const BoundedProcess::Result &reload) mutable {
                     if (outcome.schedulerUpdated && reload.succeeded()) {
                         outcome.commandsToRun.clear();
                     } else {
                         outcome.schedulerUpdated = false;
                         if (outcome.notUpdatedReason.isEmpty())
                             outcome.notUpdatedReason = reload.problem;
                     }
                     Q_EMIT finished(outcome);
                 });
}

QList<ScheduleEntry> SystemdScheduleInstaller::list(QString *problem) const
{
    QList<ScheduleEntry> entries;
    const QDir folder(m_folder);
    if (!folder.exists())
        return entries;
    const QStringList timers
        = folder.entryList({ QStringLiteral("d360-exporter-backup-*.timer") },
                           QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &timerName : timers) {
        const QString timerPath = folder.filePath(timerName);
        const std::optional<ScheduleMarker> marker = ScheduleFiles::markerOf(timerPath);
        // A timer of that name without our marker is someone else's; one
        // whose marker names another preset was copied by hand.
        if (!marker || ScheduleUnits::systemdTimerName(marker->presetName) != timerName)
            continue;
        ScheduleEntry entry { marker->presetName, marker->spec, { timerPath }, false };
        const QString servicePath
            = folder.filePath(ScheduleUnits::systemdServiceName(marker->presetName));
        if (ScheduleFiles::isOurs(servicePath, marker->presetName))
            entry.files.prepend(servicePath);
        else if (QFileInfo::exists(servicePath) && problem)
            *problem = tr("%1 is not the service D360 Exporter wrote.").arg(servicePath);
        entry.enabled = QFileInfo(timerLinkPath(timerName)).isSymLink();
        entries.append(entry);
    }
    return entries;
}

QString SystemdScheduleInstaller::timerLinkPath(const QString &timerName) const
{
    return QDir(m_folder).filePath(QStringLiteral("timers.target.wants/") + timerName);
}

} // namespace d360::routines
