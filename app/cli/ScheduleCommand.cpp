// See ScheduleCommand.h. Listings and "where it went" are on stdout; the
// reasons something was not done, and failures, on stderr.
#include "cli/ScheduleCommand.h"

#include "cli/TextTable.h"
#include "core/routines/ScheduleInstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace d360::cli {

using routines::ScheduleEntry;
using routines::ScheduleOutcome;
using routines::ScheduleSpec;

namespace {

QCommandLineOption option(const char *name, const QString &description,
                          const QString &valueName = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

} // namespace

ScheduleCommand::PresetCheck ScheduleCommand::acceptEveryPreset()
{
    return [](const QString &, QString *) {
        return true;
    };
}

ScheduleCommand::ScheduleCommand(PresetCheck presetExists, QObject *parent)
    : Command(parent)
    , m_presetExists(std::move(presetExists))
{ }

ScheduleCommand::~ScheduleCommand() = default;

void ScheduleCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("Back up a preset on a schedule that the operating system keeps (a systemd user "
           "timer on Linux), so it also runs when the window is closed. A schedule runs "
           "\"d360-exporter export --preset NAME --scheduled\".\n\n"
           "Actions:\n"
           "  add     --preset NAME (--daily HH:MM | --weekly DAY HH:MM | --every N(h|d))\n"
           "  list    [--json]\n"
           "  remove  NAME"));
    m_parser.addOption(helpOption());
    m_parser.addPositionalArgument(QStringLiteral("action"), tr("add, list or remove."));
    m_parser.addOptions({
        option("preset", tr("The preset to back up (add)."), tr("NAME")),
        option("daily", tr("Every day at this time (24-hour, local time)."), tr("HH:MM")),
        option("weekly",
               tr("Every week on this day (mon..sun, or the full name) at the time that "
                  "follows: --weekly mon 02:30."),
               tr("DAY")),
        option("every", tr("Every N hours (6h) or days (2d)."), tr("N(h|d)")),
        option("json", tr("List as JSON.")),
        verboseOption(),
    });
    if (!parseArguments(m_parser, arguments, PositionalArguments::Accepted))
        return;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        fail(tr("Name one action: add, list or remove."), UsageError);
        return;
    }
    m_installer = routines::ScheduleInstaller::create(
        routines::ScheduleInstallerOptions::fromEnvironment(), this);
    const QString action = positional.first();
    if (action == QLatin1String("add"))
        add();
    else if (action == QLatin1String("list"))
        list();
    else if (action == QLatin1String("remove"))
        remove();
    else
        fail(tr("Unknown action \"%1\": use add, list or remove.").arg(action), UsageError);
}

QString ScheduleCommand::failureText(const QString &message) const
{
    return tr("schedule: %1").arg(message);
}

void ScheduleCommand::add()
{
    const QStringList positional = m_parser.positionalArguments();
    const bool daily = m_parser.isSet(QStringLiteral("daily"));
    const bool weekly = m_parser.isSet(QStringLiteral("weekly"));
    const bool every = m_parser.isSet(QStringLiteral("every"));
    if (int(daily) + int(weekly) + int(every) != 1) {
        fail(tr("Say when with exactly one of --daily HH:MM, --weekly DAY HH:MM or --every "
                "N(h|d)."),
             UsageError);
        return;
    }
    // --weekly DAY HH:MM: the time is the word after the day, which the
    // parser sees as a positional argument ("--weekly 'mon 02:30'" works too).
    QStringList weeklyWords
        = m_parser.value(QStringLiteral("weekly")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype expectedPositional = weekly && weeklyWords.size() == 1 ? 2 : 1;
    if (positional.size() != expectedPositional) {
        if (weekly && positional.size() < expectedPositional)
            fail(tr("Give the time after the day: --weekly DAY HH:MM, for example --weekly mon "
                    "02:30."),
                 UsageError);
        else
            fail(tr("Unexpected argument \"%1\".").arg(positional.value(expectedPositional)),
                 UsageError);
        return;
    }
    if (weekly && weeklyWords.size() == 1)
        weeklyWords.append(positional.at(1));

    QString problem;
    std::optional<ScheduleSpec> spec;
    if (daily)
        spec = ScheduleSpec::daily(m_parser.value(QStringLiteral("daily")), &problem);
    else if (every)
        spec = ScheduleSpec::every(m_parser.value(QStringLiteral("every")), &problem);
    else if (weeklyWords.size() == 2)
        spec = ScheduleSpec::weekly(weeklyWords.at(0), weeklyWords.at(1), &problem);
    else
        problem = tr("Give the day and the time: --weekly DAY HH:MM.");
    if (!spec) {
        fail(problem, UsageError);
        return;
    }
    const QString presetName = m_parser.value(QStringLiteral("preset"));
    problem = routines::ScheduleUnits::presetNameProblem(presetName);
    if (!problem.isEmpty()) {
        fail(problem, UsageError);
        return;
    }
    if (!m_presetExists(presetName, &problem)) {
        fail(problem.isEmpty() ? tr("There is no preset named \"%1\".").arg(presetName) : problem,
             NotFound);
        return;
    }
    m_scheduleDescription = spec->describe();
    const routines::ScheduledBackup backup { presetName, QCoreApplication::applicationFilePath(),
                                             *spec };
    connect(m_installer, &routines::ScheduleInstaller::finished, this,
            [this](const ScheduleOutcome &outcome) { reportAdded(outcome); });
    m_installer->add(backup);
}

bool ScheduleCommand::failedWith(const ScheduleOutcome &outcome)
{
    switch (outcome.result) {
    case ScheduleOutcome::Result::Done:
        return false;
    case ScheduleOutcome::Result::NotFound:
        fail(outcome.problem, NotFound);
        return true;
    case ScheduleOutcome::Result::Refused:
        fail(outcome.problem, UsageError);
        return true;
    case ScheduleOutcome::Result::Failed:
        fail(outcome.problem, NotConfigured);
        return true;
    }
    return false;
}

void ScheduleCommand::reportAdded(const ScheduleOutcome &outcome)
{
    if (failedWith(outcome))
        return;
    out() << tr("Scheduled the preset \"%1\" %2. Wrote:")
                 .arg(m_parser.value(QStringLiteral("preset")), m_scheduleDescription)
          << '\n';
    for (const QString &file : outcome.writtenFiles)
        out() << "  " << QDir::toNativeSeparators(file) << '\n';
    if (outcome.schedulerUpdated) {
        out() << tr("The timer is enabled; \"systemctl --user list-timers\" shows when it runs "
                    "next.")
              << '\n';
    } else {
        err() << outcome.notUpdatedReason << '\n';
        out() << tr("To start the schedule, run:") << '\n';
        for (const QString &command : outcome.commandsToRun)
            out() << "  " << command << '\n';
    }
    finish(Success);
}

void ScheduleCommand::list()
{
    if (m_parser.positionalArguments().size() > 1) {
        fail(tr("Unexpected argument \"%1\".").arg(m_parser.positionalArguments().at(1)),
             UsageError);
        return;
    }
    QString problem;
    const QList<ScheduleEntry> entries = m_installer->list(&problem);
    if (!problem.isEmpty())
        err() << problem << '\n';
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ScheduleEntry &entry : entries) {
            QJsonArray files;
            for (const QString &file : entry.files)
                files.append(file);
            array.append(QJsonObject {
                { QStringLiteral("preset"), entry.presetName },
                { QStringLiteral("schedule"), entry.spec.toText() },
                { QStringLiteral("description"), entry.spec.describe() },
                { QStringLiteral("enabled"), entry.enabled },
                { QStringLiteral("files"), files },
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        finish(Success);
        return;
    }
    if (entries.isEmpty()) {
        err() << tr("No schedules in %1. Add one with \"d360-exporter schedule add --preset NAME "
                    "--daily 02:30\".")
                     .arg(QDir::toNativeSeparators(m_installer->folder()))
              << '\n';
        finish(Success);
        return;
    }
    QList<QStringList> rows;
    for (const ScheduleEntry &entry : entries)
        rows.append({ entry.presetName, entry.spec.describe(),
                      entry.enabled ? tr("enabled") : tr("not enabled"),
                      QDir::toNativeSeparators(entry.files.value(entry.files.size() - 1)) });
    out() << formatTable({ tr("Preset"), tr("Schedule"), tr("State"), tr("File") }, rows);
    finish(Success);
}

void ScheduleCommand::remove()
{
    const QStringList positional = m_parser.positionalArguments();
    QString presetName = m_parser.value(QStringLiteral("preset"));
    if (presetName.isEmpty() && positional.size() == 2)
        presetName = positional.at(1);
    else if (positional.size() != 1 || presetName.isEmpty()) {
        fail(tr("Name the preset whose schedule to remove: schedule remove NAME."), UsageError);
        return;
    }
    connect(m_installer, &routines::ScheduleInstaller::finished, this,
            [this](const ScheduleOutcome &outcome) { reportRemoved(outcome); });
    m_installer->remove(presetName);
}

void ScheduleCommand::reportRemoved(const ScheduleOutcome &outcome)
{
    for (const QString &file : outcome.removedFiles)
        out() << tr("Deleted %1").arg(QDir::toNativeSeparators(file)) << '\n';
    if (failedWith(outcome))
        return;
    if (!outcome.schedulerUpdated && !outcome.commandsToRun.isEmpty()) {
        err() << outcome.notUpdatedReason << '\n';
        out() << tr("If the schedule was running, also run:") << '\n';
        for (const QString &command : outcome.commandsToRun)
            out() << "  " << command << '\n';
    }
    finish(Success);
}

} // namespace d360::cli
