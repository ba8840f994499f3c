// Sharing presets with colleagues from the window: "Export to file…" on a
// preset and "Import preset…" in the Presets menu, the flows behind the
// menu's signals.
//
// Export asks where to write (a file dialog, opened with open()) and
// writes the preset as the command line's `presets export` does
// (PresetFile: no credential, written whole or not at all), then says in
// the status bar where it went. Import asks for the file, reads it the same
// way, shows a file it cannot use in a message naming the file and the
// reason, and otherwise hands the preset to a PresetImportDialog, which
// asks for its name and account here. Nothing waits in a nested event loop:
// each step goes on from the previous dialog's signal. It is its own class
// so that PresetsMenu stays a menu and MainWindow only wires it.
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace d360::auth {
class AccountManager;
}

namespace d360::routines {
class PresetStore;
}

namespace d360::gui {

class PresetSharing : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialogs.
    PresetSharing(auth::AccountManager *accounts, QWidget *window);

    // Null while the state database is not open: nothing is offered then.
    void setStore(routines::PresetStore *store) { m_store = store; }

    void askExport(const QString &name);
    void askImport();

Q_SIGNALS:
    // For the status bar: what was done, or why it could not be.
    void message(const QString &text);

private:
    void exportTo(const QString &name, const QString &file);
    void importFrom(const QString &file);
    void showFileProblem(const QString &text, const QString &reason);
    QString startFolder() const;

    auth::AccountManager *m_accounts;
    QWidget *m_window;
    routines::PresetStore *m_store = nullptr;
    // Where the last preset file was written or read, for the next dialog.
    QString m_lastFolder;
};

} // namespace d360::gui
