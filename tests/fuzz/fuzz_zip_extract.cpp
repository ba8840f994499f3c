// Fuzzes ZipExtractor on crafted archives, written to a real temporary file
// and extracted into a real temporary folder. However the archive is built,
// nothing may appear outside the target folder (no "zip slip", no symbolic
// link, no temporary folder left behind), and the target folder either holds
// the whole export or does not exist, with a message that says why.
//
// Input: an input that starts with "PK" is taken as the archive's bytes, so
// the mutator works on headers and compressed data. Anything else is a list
// of entries, one per line, "name" or "name=content", "@name=target" for a
// symbolic link; QuaZip builds the archive, so entry names reach the checks
// however odd they are.
#include "FuzzSupport.h"
#include "core/jobs/ZipExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace d360;

namespace {

constexpr int maxEntries = 64;

bool writeArchive(const QString &path, const QByteArray &input)
{
    if (input.startsWith("PK")) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(input) == input.size() && file.flush();
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QList<QByteArray> lines = input.split('\n');
    for (qsizetype i = 0; i < lines.size() && i < maxEntries; ++i) {
        QByteArray line = lines.at(i);
        const bool link = line.startsWith('@');
        if (link)
            line.remove(0, 1);
        const QList<QByteArray> parts = fuzz::fields(line, '=', 2);
        QuaZipNewInfo info(QString::fromUtf8(parts.at(0)));
        // Unix mode in the high half: a symbolic link, or a plain file.
        info.externalAttr = quint32(link ? 0120777 : 0100644) << 16;
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, info))
            continue; // QuaZip refuses some names; the raw mode covers them
        entry.write(parts.at(1));
        entry.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// Everything under root other than the archive must be inside target.
void checkNothingOutside(const QString &root, const QString &archive, const QString &target)
{
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == archive || path == target)
            continue;
        if (!path.startsWith(target + QLatin1Char('/'))) {
            std::fprintf(stderr, "outside the target folder: %s\n", qPrintable(path));
            std::abort();
        }
        D360_FUZZ_CHECK(!QFileInfo(path).isSymLink());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString root = fuzz::emptyFolder();
    const QString archive = root + QStringLiteral("/Guide-v1-en.zip");
    const QString target = root + QStringLiteral("/Guide-v1-en");

    if (!writeArchive(archive, fuzz::bytes(data, size)))
        return 0;
    const jobs::ZipExtractor::Result result = jobs::ZipExtractor::extract(archive, target);
    if (result.ok)
        D360_FUZZ_CHECK(QFileInfo(target).isDir() && result.error.isEmpty());
    else
        D360_FUZZ_CHECK(!QFileInfo::exists(target) && !result.error.isEmpty());
    checkNothingOutside(root, archive, target);
    QDir(root).removeRecursively();
    return 0;
}
