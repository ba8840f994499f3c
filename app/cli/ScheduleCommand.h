// `d360-exporter schedule ...`: scheduled backups of a preset, kept by the
// operating system's scheduler, so they also run when the window is closed.
//
//   schedule add --preset NAME (--daily HH:MM | --weekly DAY HH:MM | --every N(h|d))
//   schedule list [--json]
//   schedule remove NAME
//
// A schedule runs `d360-exporter export --preset NAME --scheduled` and names
// nothing but the preset. The files go where ScheduleInstaller puts them
// (systemd user units on Linux); `add` prints where, and either that the
// timer is enabled or the exact commands that enable it. Whether the preset
// exists is asked of a PresetCheck given to the constructor, so the preset
// store can be wired in by main() without this verb knowing it; the default
// accepts every name.
#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

#include <functional>

namespace d360::routines {
class ScheduleInstaller;
struct ScheduleOutcome;
} // namespace d360::routines

namespace d360::cli {

class ScheduleCommand : public Command
{
    Q_OBJECT

public:
    // True when the preset exists; otherwise false with *problem for the
    // user ("There is no preset named ...").
    using PresetCheck = std::function<bool(const QString &presetName, QString *problem)>;
    static PresetCheck acceptEveryPreset();

    explicit ScheduleCommand(PresetCheck presetExists = acceptEveryPreset(),
                             QObject *parent = nullptr);
    ~ScheduleCommand() override;

    void start(const QStringList &arguments) override;

private:
    void add();
    void list();
    void remove();
    void reportAdded(const routines::ScheduleOutcome &outcome);
    void reportRemoved(const routines::ScheduleOutcome &outcome);
    // The outcome's failure as an exit; false when it is not one.
    bool failedWith(const routines::ScheduleOutcome &outcome);
    QString failureText(const QString &message) const override;

    PresetCheck m_presetExists;
    QCommandLineParser m_parser;
    routines::ScheduleInstaller *m_installer = nullptr;
    // add: "daily at 02:30", for the report.
    QString m_scheduleDescription;
};

} // namespace d360::cli
