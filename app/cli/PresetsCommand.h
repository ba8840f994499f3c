// `d360-exporter presets ...`: saved exports, headless.
//
//   presets save NAME [the flags of export] [--keep N]
//   presets list [--json]
//   presets show NAME [--json]
//   presets remove NAME
//   presets rename OLD NEW
//   presets export NAME --file FILE
//   presets import FILE [--name NAME] [--account ACCOUNT] [--replace]
//
// The same PresetStore as the window, so a preset saved here is in the
// window's list, and the flags are export's own (ExportRequestOptions), so
// `presets save` accepts exactly what `export` does and `export --preset`
// runs it. Saving does not run anything and asks no server: a typo in a
// version id shows when the preset runs, as it would in the export
// command. A shared preset names its account, never a credential; one whose
// account is not stored here is refused with exit 6 (NotConfigured), naming
// the account, unless --account picks one that is.
#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

#include <memory>

namespace d360::state {
class StateDatabase;
}

namespace d360::routines {
class PresetStore;
struct Preset;
} // namespace d360::routines

namespace d360::cli {

class PresetsCommand : public Command
{
    Q_OBJECT

public:
    explicit PresetsCommand(QObject *parent = nullptr);
    ~PresetsCommand() override;

    void start(const QStringList &arguments) override;

    // Whether the application's state database holds that preset; false
    // with the reason for the user otherwise (`schedule add` asks it).
    static bool presetExists(const QString &name, QString *problem);

private:
    void save(const QStringList &names);
    // With --replace, the Git mirror of the preset being replaced.
    void keepMirror(routines::Preset *preset);
    void list();
    void show(const QString &name);
    void remove(const QString &name);
    void rename(const QString &from, const QString &to);
    void exportPreset(const QString &name);
    void importPreset(const QString &file);
    // Saves the preset (replacing one of its name only with --replace);
    // false after reporting why not, with whenTaken when the name is taken.
    bool store(const routines::Preset &preset, const QString &whenTaken);
    // Whether an account of that name is stored (names are compared as the
    // window and --account compare them, case-insensitively).
    static bool accountExists(const QString &name);
    QString failureText(const QString &message) const override;

    QCommandLineParser m_parser;
    std::shared_ptr<state::StateDatabase> m_state;
    std::unique_ptr<routines::PresetStore> m_presets;
};

} // namespace d360::cli
