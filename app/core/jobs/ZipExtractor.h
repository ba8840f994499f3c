// Extracts a downloaded ZIP export into a folder beside it, refusing any
// archive whose entries would land outside that folder.
//
// An archive is data from the network: an entry named "../../.bashrc", an
// absolute path, a Windows drive or a symbolic link could write anywhere the
// user can ("zip slip"). Every entry is checked before anything is written,
// and one bad entry refuses the whole archive, with its name in the message,
// so the user never gets half a folder. Extraction goes into a hidden
// temporary sibling first and is renamed into place at the end, so the
// target folder either holds the whole export or does not exist. It streams
// each entry through a small buffer (QuaZip does the ZIP format), runs on a
// worker thread, and stops early when asked to.
#pragma once

#include <QString>

#include <atomic>

namespace d360::jobs {

class ZipExtractor
{
public:
    struct Result
    {
        bool ok = false;
        QString error;  // for the user
        int files = 0;
    };

    // targetFolder must not exist yet.
    static Result extract(const QString &archivePath, const QString &targetFolder,
                          const std::atomic_bool *cancelled = nullptr);

    // Why an entry's name is unsafe, or empty when it is a plain relative path.
    static QString unsafeEntryReason(const QString &entryName);

    // "Guide-v1-en.zip" -> "<folder>/Guide-v1-en", numbered if taken.
    static QString folderFor(const QString &archivePath);
};

} // namespace d360::jobs
