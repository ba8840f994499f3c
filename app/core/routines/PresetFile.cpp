// See PresetFile.h.
#include "core/routines/PresetFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace d360::routines {

std::optional<Preset> PresetFile::read(const QString &path, QString *problem)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(shown, input.errorString());
        return std::nullopt;
    }
    if (input.size() > maximumBytes) {
        *problem = tr("%1 is too large to be a preset.").arg(shown);
        return std::nullopt;
    }
    // Bounded again while reading: a pipe or a special file has no size.
    const QByteArray bytes = input.read(maximumBytes + 1);
    if (bytes.size() > maximumBytes) {
        *problem = tr("%1 is too large to be a preset.").arg(shown);
        return std::nullopt;
    }
    QString why;
    std::optional<Preset> preset = Preset::fromSharedJson(bytes, &why);
    if (!preset) {
        *problem = tr("%1 is not a preset that can be used: %2").arg(shown, why);
        return std::nullopt;
    }
    return preset;
}

bool PresetFile::write(const Preset &preset, const QString &path, QString *problem)
{
    const QByteArray bytes = preset.toSharedJson();
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size()
        || !output.commit()) {
        *problem
            = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), output.errorString());
        return false;
    }
    return true;
}

} // namespace d360::routines
