// See ManifestWriter.h.
#include "core/routines/ManifestWriter.h"

#include "core/routines/RunManifest.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace d360::routines {

const QString ManifestWriter::fileName = QStringLiteral("manifest.json");

QString ManifestWriter::pathIn(const QString &runFolder)
{
    return QDir(runFolder).filePath(fileName);
}

bool ManifestWriter::write(const RunManifest &manifest, const QString &runFolder, QString *error)
{
    const QString path = pathIn(runFolder);
    const QFileInfo existing(path);
    if (existing.isSymLink() || (existing.exists() && !existing.isFile())) {
        *error = tr("%1 is not a file (a link or a folder is in its place)")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray text = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(text) != text.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace d360::routines
