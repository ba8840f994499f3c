// Fuzzes the loader of the persisted export queue (QueueStore::load and
// ExportJob::fromJson) with any file content, written to a real file. A file
// that cannot be read is moved aside with a reason; the jobs it yields
// survive a write and a second load unchanged, since a job lost between two
// runs is an export the user never gets.
#include "FuzzSupport.h"
#include "core/jobs/QueueStore.h"

#include <QDir>
#include <QFile>

using namespace d360;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString root = fuzz::emptyFolder();
    const QString path = root + QStringLiteral("/export-queue.json");
    {
        QFile file(path);
        D360_FUZZ_CHECK(file.open(QIODevice::WriteOnly)
                        && file.write(fuzz::bytes(data, size)) == qint64(size));
    }

    jobs::QueueStore store(path);
    const jobs::QueueStore::Loaded loaded = store.load();
    if (!loaded.setAsidePath.isEmpty())
        D360_FUZZ_CHECK(!loaded.problem.isEmpty());
    if (!loaded.jobs.isEmpty()) {
        QList<QUuid> order;
        for (const jobs::ExportJob &job : loaded.jobs)
            order.append(job.id);
        QString error;
        D360_FUZZ_CHECK(store.write(order, &error));
        jobs::QueueStore again(path);
        const jobs::QueueStore::Loaded reloaded = again.load();
        D360_FUZZ_CHECK(reloaded.problem.isEmpty());
        D360_FUZZ_CHECK(reloaded.jobs.size() == loaded.jobs.size());
        for (qsizetype i = 0; i < loaded.jobs.size(); ++i)
            D360_FUZZ_CHECK(reloaded.jobs.at(i).toJson() == loaded.jobs.at(i).toJson());
    }
    QDir(root).removeRecursively();
    return 0;
}
