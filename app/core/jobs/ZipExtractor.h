// Extracts a downloaded ZIP export into a folder beside it, refusing any
// archive whose entries would land outside that folder, that would expand
// without bound, or that the disk cannot hold.
//
// An archive is data from the network: an entry named "../../.bashrc", an
// absolute path, a Windows drive or a symbolic link could write anywhere the
// user can ("zip slip"). Every entry is checked before anything is written,
// and one bad entry refuses the whole archive, with its name in the message,
// so the user never gets half a folder. A few hundred KiB can also inflate to
// gigabytes, or hold a million empty entries (a zip bomb): the bytes really
// written, counted as they come out of the decompressor and never taken from
// what the archive claims, are capped at a multiple of the archive's size and
// at a share of the free space, and the entries are counted; the message
// names the limit that was hit. The output folder may be shared, so the work
// happens in a fresh, randomly named, private folder beside the target
// (OwnedFolder), which is renamed into place at the end without replacing
// anything, not even a planted link: the target folder either holds the
// whole export or does not exist, and nothing this run did not create is ever
// removed, except the private folder of a run that was killed while
// extracting the same archive (OwnedFolder::removeAbandoned says how it is
// recognised). Every write and close is checked, so a full disk is an error
// ("the disk is full"), never a folder of cut files. It streams each entry
// through a small buffer (QuaZip does the ZIP format), runs on a worker
// thread, and stops early when asked to.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace d360::jobs {

// What one archive may cost; outside ZipExtractor only so that it can be a
// default argument there.
struct ZipLimits
{
    // Bytes written at most, as a multiple of the archive's size. Text
    // exports compress about 3 to 10 times; a zip bomb, about 1000.
    double maxExpansion = 100.0;
    // ... but never less than this: a few MiB are no bomb, and a small
    // archive of very repetitive pages may well expand more than 100 times.
    qint64 alwaysAllowedBytes = 16 * 1024 * 1024;
    // ... and as a share of the space that is free where the folder goes
    // when extraction starts, so an export never fills the disk.
    double maxShareOfFreeSpace = 0.5;
    // Entries (files and folders) at most.
    int maxEntries = 50000;
};

class ZipExtractor
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::ZipExtractor)

public:
    struct Result
    {
        bool ok = false;
        QString error; // for the user
        int files = 0;
    };

    using Limits = ZipLimits;

    // targetFolder must not exist yet.
    static Result extract(const QString &archivePath, const QString &targetFolder,
                          const std::atomic_bool *cancelled = nullptr,
                          const Limits &limits = Limits());

    // Why an entry's name is unsafe, or empty when it is a plain relative path.
    static QString unsafeEntryReason(const QString &entryName);

    // "Guide-v1-en.zip" -> "<folder>/Guide-v1-en", numbered if taken.
    static QString folderFor(const QString &archivePath);
};

} // namespace d360::jobs
