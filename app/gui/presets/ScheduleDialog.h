// A preset's "Schedule…": when the operating system should run it (daily at
// a time, weekly on a day at a time, or every N hours or days), written to
// its scheduler the way `schedule add` writes it, and taken out again.
//
// The schedule lives in the operating system (a systemd user timer on
// Linux), not in this window, so it runs when the window is closed; the
// dialog only writes it there through a ScheduleInstaller of its own, whose
// one answer (finished) it waits for without blocking the window. It opens on
// the preset's current schedule when there is one. Whatever goes wrong
// (a file that cannot be written, a unit of someone else's in the way) is
// said in the dialog, which stays open with the writer's choice as it was.
// When the scheduler could not be told (no user manager answered), the
// files are written and the dialog shows the commands that start them, to
// copy, instead of closing as if the schedule were running.
#pragma once

#include "core/routines/ScheduleInstaller.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace d360::gui {

class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // executablePath: the program the scheduler starts (this one).
    ScheduleDialog(const routines::ScheduleInstallerOptions &options, const QString &presetName,
                   const QString &executablePath, QWidget *parent = nullptr);

    QString presetName() const { return m_presetName; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *dayCombo() const { return m_day; }
    QTimeEdit *timeEdit() const { return m_time; }
    QSpinBox *countSpin() const { return m_count; }
    QComboBox *unitCombo() const { return m_unit; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *commandsView() const { return m_commands; }

    // The choice in the form, or nullopt with the reason in *problem.
    std::optional<routines::ScheduleSpec> chosenSpec(QString *problem) const;

Q_SIGNALS:
    // For the status bar, once the scheduler holds the change (or the
    // files are written and the commands are shown).
    void message(const QString &text);

private:
    void showSpec(const routines::ScheduleSpec &spec);
    void updateFields();
    void scheduleChosen();
    void removeSchedule();
    void installerFinished(const routines::ScheduleOutcome &outcome);
    void addFinished(const routines::ScheduleOutcome &outcome);
    void removeFinished(const routines::ScheduleOutcome &outcome);
    // Shows the commands that finish the change by hand; false when none.
    bool showCommands(const routines::ScheduleOutcome &outcome, const QString &what);
    void setWorking(bool working, const QString &status);
    void showProblem(const QString &problem);

    // What the installer's one answer is to.
    enum class Pending { Nothing, Adding, Removing };

    routines::ScheduleInstaller *m_installer;
    Pending m_pending = Pending::Nothing;
    QString m_presetName;
    QString m_executablePath;
    std::optional<routines::ScheduleSpec> m_current;
    routines::ScheduleSpec m_requested;
    QComboBox *m_kind;
    QComboBox *m_day;
    QTimeEdit *m_time;
    QSpinBox *m_count;
    QComboBox *m_unit;
    QLabel *m_status;
    QPlainTextEdit *m_commands;
    QDialogButtonBox *m_buttons;
    QPushButton *m_schedule;
    QPushButton *m_remove;
};

} // namespace d360::gui
