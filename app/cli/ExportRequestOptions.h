// The flags that describe an export request (--project, --version, --lang,
// --format, --out, ...), shared by `export` and `presets save`, and the two
// ways between them and a preset.
//
// A preset is stored as typed values, not as a command line, so the window
// can use it too; here it becomes flags again. `export --preset NAME` runs
// the preset's flags with the ones given beside --preset in their place:
// each flag the user gives replaces the preset's value of that flag, whole
// (--lang de replaces the preset's languages, it does not add to them). A
// switch a preset turns on (--extract, --overwrite) stays on.
#pragma once

#include "core/routines/Preset.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace d360::cli {

struct ExportRequestOptions
{
    Q_DECLARE_TR_FUNCTIONS(d360::cli::ExportRequestOptions)

public:
    // Adds the request's flags (not the connection's: ConnectionOptions).
    static void addTo(QCommandLineParser &parser);

    // Repeated flags and comma-separated lists mean the same: --lang de,fr.
    static QStringList listValues(const QCommandLineParser &parser, const QString &name);

    // The preset the flags describe, as `presets save NAME` stores it (the
    // output folder made absolute, "default" and "all" normalised); nullopt
    // with *problem set when the flags do not make a preset.
    static std::optional<routines::Preset> presetFrom(const QCommandLineParser &parser,
                                                      const QString &name, QString *problem);

    // The preset as export flags, connection flags included.
    static QStringList argumentsFor(const routines::Preset &preset);

    // given with the preset's flags put in where given has none of the same
    // name; given must have been parsed into parsed.
    static QStringList withPreset(const QStringList &given, const QCommandLineParser &parsed,
                                  const routines::Preset &preset);
};

} // namespace d360::cli
