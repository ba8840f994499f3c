// Fuzzes the reading of a backup run's manifest.json (ManifestReader,
// RunManifest::fromJson) and what verify and retention do with whatever it
// says, on real files. A manifest is a file in a folder other people may
// write into, and retention deletes by it, so the checks are the promises
// that matter: a manifest that is read survives a write and a second read
// unchanged and lists only plain paths inside the folder; verify and the
// reader agree on whether it could be read; and the remover, told to remove
// the run, never touches anything outside the run folder (a file beside it
// in the preset folder, a file outside, the target of a link inside).
#include "FuzzSupport.h"
#include "core/jobs/FileSystemSafety.h"
#include "core/routines/ManifestReader.h"
#include "core/routines/ManifestVerifier.h"
#include "core/routines/RunFolderRemover.h"
#include "core/routines/RunManifest.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>

using namespace d360;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    D360_FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(gone)");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString root = fuzz::emptyFolder();
    const QString preset = root + QStringLiteral("/Nightly");
    const QString run = preset + QStringLiteral("/2026-01-01_000000");
    const QString outside = root + QStringLiteral("/outside.txt");
    const QString beside = preset + QStringLiteral("/user.txt");
    writeFile(outside, "outside");
    writeFile(beside, "beside");
    // Files a manifest may well name: "a.pdf" is 3 bytes, like the seeds say.
    writeFile(run + QStringLiteral("/a.pdf"), "pdf");
    writeFile(run + QStringLiteral("/x/b.html"), "html");
    D360_FUZZ_CHECK(QFile::link(outside, run + QStringLiteral("/link")));
    D360_FUZZ_CHECK(QFile::link(root, run + QStringLiteral("/up")));
    writeFile(run + QStringLiteral("/manifest.json"), fuzz::bytes(data, size));

    {
        QString error;
        const jobs::FileDescriptor folder(
            ::open(QFile::encodeName(run).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        D360_FUZZ_CHECK(folder.isOpen());
        const routines::ManifestReader::Result read = routines::ManifestReader::read(folder.get());
        if (read.outcome == routines::ManifestReader::Outcome::Read) {
            D360_FUZZ_CHECK(read.manifest.has_value());
            for (const QString &path : read.manifest->listedFiles())
                D360_FUZZ_CHECK(routines::manifestPathProblem(path).isEmpty());
            QString problem;
            const std::optional<routines::RunManifest> again
                = routines::RunManifest::fromJson(read.manifest->toJson(), &problem);
            D360_FUZZ_CHECK(again.has_value() && *again == *read.manifest);
        } else {
            D360_FUZZ_CHECK(!read.problem.isEmpty());
        }
        const routines::VerifyReport report = routines::ManifestVerifier::verify(run);
        D360_FUZZ_CHECK((report.manifestState == routines::VerifyReport::ManifestState::Read)
                        == (read.outcome == routines::ManifestReader::Outcome::Read));
    }

    routines::RunFolderRemover::remove(run);
    D360_FUZZ_CHECK(contentOf(outside) == "outside");
    D360_FUZZ_CHECK(contentOf(beside) == "beside");
    D360_FUZZ_CHECK(QFileInfo::exists(preset));
    QDir(root).removeRecursively();
    return 0;
}
