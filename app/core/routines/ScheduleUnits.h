// The files that put a scheduled backup where the operating system runs
// things: a systemd user service and timer (Linux), a Task Scheduler task
// (Windows), a launchd agent (macOS).
//
// Pure functions of (preset name, executable, ScheduleSpec), with no file
// access, so every platform's text is rendered and checked on any machine;
// ScheduleInstaller writes them. Each file runs exactly
//     EXECUTABLE export --preset NAME --scheduled
// and holds nothing else: no account, no token, no folder. A preset name is
// text the user chose (spaces, quotes, %, $, non-ASCII), so each format gets
// its own quoting: systemd's command-line quoting with its specifier (%) and
// variable ($) escapes, unit names by systemd's string escaping
// (systemd.unit(5), as systemd-escape does it), the Windows command-line
// rules for the task's Arguments, and XML escaping for the XML formats.
// Every file carries one marker line (markerLine()) naming the preset and
// the schedule, so `schedule list` reads them back and `schedule remove`
// deletes only files this program wrote.
#pragma once

#include "core/routines/ScheduleSpec.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace d360::routines {

struct ScheduledBackup
{
    QString presetName;
    // Absolute.
    QString executablePath;
    ScheduleSpec spec;
};

// What a marker line says.
struct ScheduleMarker
{
    QString presetName;
    ScheduleSpec spec;
};

class ScheduleUnits
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::ScheduleUnits)

public:
    // The arguments after the executable, the same on every platform.
    static QStringList runArguments(const QString &presetName);

    // Why a preset name cannot be scheduled (empty, control characters, too
    // long for a unit name), for the user; empty when it can.
    static QString presetNameProblem(const QString &presetName);

    // --- The marker -------------------------------------------------------

    // "d360-exporter-schedule preset=Nightly%20backup spec=daily 02:30": the
    // name percent-encoded (also "-", so it is safe in an XML comment).
    static QString markerLine(const QString &presetName, const ScheduleSpec &spec);
    // The marker in a file's text, if it holds one.
    static std::optional<ScheduleMarker> readMarker(const QString &fileText);

    // --- Linux: systemd ---------------------------------------------------

    // systemd.unit(5) string escaping: "/" becomes "-"; ASCII letters and
    // digits, ":", "_" and "." (except a leading one) stay; every other byte
    // of the UTF-8 text becomes "\xNN".
    static QString systemdEscape(const QString &text);
    // "d360-exporter-backup-<escaped name>", without the suffix.
    static QString systemdUnitStem(const QString &presetName);
    static QString systemdServiceName(const QString &presetName);
    static QString systemdTimerName(const QString &presetName);
    // One word of an ExecStart= line: double-quoted, with \, " escaped, and
    // % and $ doubled so systemd neither expands a specifier nor a variable.
    static QString systemdQuote(const QString &word);
    static QString systemdService(const ScheduledBackup &backup);
    static QString systemdTimer(const ScheduledBackup &backup);
    // The timer's schedule lines ("OnCalendar=Mon *-*-* 02:30:00").
    static QStringList systemdTimerSchedule(const ScheduleSpec &spec);

    // --- Windows: Task Scheduler -----------------------------------------

    // The task's name, with the characters Task Scheduler refuses replaced:
    // "D360 Exporter\Backup of NAME" (a folder of the program's own).
    static QString taskName(const QString &presetName);
    // One argument as CommandLineToArgvW reads it back.
    static QString windowsArgument(const QString &argument);
    // The task definition (Task Scheduler schema 1.2) for
    // `schtasks /Create /XML FILE /TN NAME`; it declares UTF-16, so write
    // it with taskFileBytes().
    static QString taskSchedulerXml(const ScheduledBackup &backup);
    // UTF-16 (little endian) with a byte order mark, as schtasks reads it.
    static QByteArray taskFileBytes(const QString &xml);

    // --- macOS: launchd ---------------------------------------------------

    // "io.github.d360exporter.D360Exporter.backup.<stem>".
    static QString launchdLabel(const QString &presetName);
    static QString launchdPlist(const ScheduledBackup &backup);

    // A file name for the preset on Windows and macOS: its ASCII letters,
    // digits, "-" and "_" (others become "_"), then a short digest of the
    // whole name, so two names never share a file.
    static QString portableStem(const QString &presetName);

    // A word for a POSIX shell, single-quoted when it needs to be.
    static QString shellQuote(const QString &word);
};

} // namespace d360::routines
