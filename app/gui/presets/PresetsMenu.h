// The "Presets" menu of the menu bar: "Save as preset…", "Import preset…"
// and, for each saved preset, a submenu to run, edit, schedule, rename,
// duplicate, export to a file or delete it.
//
// A menu rather than a side panel: presets are used now and then, and a menu
// is reachable from the keyboard (Alt, then the mnemonics) without taking
// room from the queue. It is rebuilt from the store each time it opens, so a
// preset saved by the command line a minute ago is there, and so is a
// schedule added by `schedule add` (read from the scheduler's files). Rename,
// duplicate and delete are done here, each through a non-modal dialog
// (delete asks first); running, editing, scheduling, importing and exporting
// are the window's (they need the panel, the account's client, the queue,
// the scheduler, or file dialogs and the accounts: PresetSharing), so they
// are signals.
#pragma once

#include <QCoreApplication>
#include <QMenu>
#include <QString>

namespace d360::routines {
class PresetStore;
class ScheduleInstaller;
} // namespace d360::routines

namespace d360::gui {

class PresetsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit PresetsMenu(QWidget *parent = nullptr);

    // The store, or null with the reason (shown as the menu's tooltip).
    void setStore(routines::PresetStore *store, const QString &unavailableReason = {});
    routines::PresetStore *store() const { return m_store; }

    // Only read (list()), to show each preset's schedule; null: none shown.
    void setScheduleInstaller(routines::ScheduleInstaller *installer);

    // Non-empty: why no preset can be scheduled here (the sandbox, whose
    // presets end with the window); Schedule… is then off, saying so.
    void setSchedulingUnavailable(const QString &reason);

    QAction *saveAction() const { return m_save; }
    // Lists the presets again (what opening the menu does).
    void rebuild();
    // The submenu of the preset of that name, after rebuild(); null if none.
    QMenu *presetMenu(const QString &name) const;

    // Names not taken: "Nightly (copy)", "Nightly (copy 2)", …
    static QString copyName(const QString &name, const QStringList &taken);

Q_SIGNALS:
    void runRequested(const QString &name);
    void editRequested(const QString &name);
    void scheduleRequested(const QString &name);
    // After the store renamed it (its schedule, if any, is the window's).
    void renamed(const QString &from, const QString &to);
    void importRequested();
    void exportRequested(const QString &name);
    // For the status bar: what was done, or why it could not be.
    void message(const QString &text);

private:
    void askRename(const QString &name);
    void duplicate(const QString &name);
    void askDelete(const QString &name);

    routines::PresetStore *m_store = nullptr;
    routines::ScheduleInstaller *m_schedules = nullptr;
    QString m_schedulingUnavailable;
    QAction *m_save;
    QAction *m_import;
    QList<QMenu *> m_presetMenus;
};

} // namespace d360::gui
