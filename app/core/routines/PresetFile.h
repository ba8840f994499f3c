// A shared preset on disk: the file `presets export` and the window's
// "Export to file…" write, and `presets import` and "Import preset…" read.
//
// One place for both front ends, so the command line and the window refuse
// the same files with the same words. A file is read only up to a size no
// preset comes near, because it comes from a colleague, or from anywhere;
// it is written through QSaveFile, so a full disk or a crash leaves the old
// file or none, never half a preset. Every problem is a sentence for the
// user that names the file.
#pragma once

#include "core/routines/Preset.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace d360::routines {

class PresetFile
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::PresetFile)

public:
    // A preset holds a few names and ids; anything near this is not one.
    static constexpr qint64 maximumBytes = 1024 * 1024;

    // The preset the file holds, or nullopt with *problem saying why not.
    static std::optional<Preset> read(const QString &path, QString *problem);
    // Writes the preset as Preset::toSharedJson() has it (no credential, no
    // timestamps); false with *problem when it cannot.
    static bool write(const Preset &preset, const QString &path, QString *problem);
};

} // namespace d360::routines
