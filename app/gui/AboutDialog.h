// The About dialog (Help > About D360 Exporter): what a writer needs to tell
// support which program they run and where it keeps its things.
//
// It shows the name, the version, the Qt it runs on and was built with, the
// licence, the project's page, and the folders and files the program uses
// (the queue, the settings, the keychain entries' service name). "Copy
// details" puts the same facts on the clipboard as plain text, ready to paste
// into a support request. The facts come in as a value (Details), so a test
// can check exactly what a writer would read and paste. The dialog shows no
// secret and has none to show.
#pragma once

#include <QDialog>

namespace d360::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Details
    {
        QString stateFile; // the queue, history and presets
        QString settingsFile; // QSettings: accounts (no secrets), choices
        QString dataFolder; // the queue and the command line's batches
        QString keychainService;
        bool sandboxSession = false; // everything above is thrown away at exit

        // The program's own, with the folders of this user's session.
        static Details current();
    };

    explicit AboutDialog(const Details &details, QWidget *parent = nullptr);

    // What "Copy details" copies: one fact a line, in English words that
    // support can read whatever the window's language.
    static QString supportText(const Details &details);

private:
    Details m_details;
};

} // namespace d360::gui
