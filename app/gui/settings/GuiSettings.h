// Everything the settings dialog edits, as one value: the engine's knobs
// (jobs::JobSettings, group "jobs", shared with the headless command) and
// what only the window uses (group "gui": the output folder, extracting
// ZIPs, opening files when done).
//
// A plain value so the dialog can edit a copy and the window apply it only
// when the writer presses OK; load() and save() are the one place that
// knows the keys. problems() says, for people, what would stop the values
// from working, before anything is saved.
#pragma once

#include "core/jobs/JobSettings.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QSettings;

namespace d360::gui {

struct GuiSettings
{
    Q_DECLARE_TR_FUNCTIONS(d360::gui::GuiSettings)

public:
    static constexpr int minConcurrentJobs = 1;
    static constexpr int maxConcurrentJobs = 16;
    static constexpr int minPollCapSeconds = 1;
    static constexpr int maxPollCapSeconds = 300;

    jobs::JobSettings jobs;
    QString outputFolder; // empty: defaultOutputFolder()
    bool extractZips = false;
    bool openWhenDone = false;

    // The user's Downloads folder (their home if the desktop names none).
    static QString defaultOutputFolder();
    // The folder to export into: outputFolder, or the default.
    QString effectiveOutputFolder() const;
    // The file name pattern in force: the user's, or the default.
    QString effectiveFileNamePattern() const;

    static GuiSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // What is wrong, one sentence each; empty when the values can be used.
    QStringList problems() const;
};

} // namespace d360::gui

Q_DECLARE_METATYPE(d360::gui::GuiSettings)
