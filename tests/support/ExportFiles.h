// Exports as the comparison tests need them: a list of files (path inside
// the export, bytes) written as a folder, or as a ZIP archive the way an
// export is shipped, with QuaZip, the library that reads it back.
//
// Header-only, like the other support files; a test that includes it links
// QuaZip::QuaZip. One definition, so the comparison's unit and command tests
// build their exports alike.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <utility>

namespace d360::test {

using ExportFileList = QList<std::pair<QString, QByteArray>>;

inline bool writeExportFolder(const QString &root, const ExportFileList &files)
{
    for (const auto &[name, bytes] : files) {
        const QString path = QDir(root).filePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

inline bool writeExportZip(const QString &path, const ExportFileList &files)
{
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : files) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))
            || file.write(bytes) != bytes.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace d360::test
