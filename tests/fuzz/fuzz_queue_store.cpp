// Fuzzes the two ways saved jobs come back: the queue file of earlier
// versions (LegacyQueueFile::parse, then ExportJob::fromJson on each job), and
// a job's JSON as the state database holds it (QueueStore::load). A file that
// cannot be read is reported with a reason; every job it yields survives a
// write into the state database and a load from it unchanged, and a row
// that cannot be read is kept aside, never dropped, since a job lost between
// two runs is an export the user never gets.
#include "FuzzSupport.h"
#include "core/jobs/QueueStore.h"
#include "core/state/LegacyQueueImport.h"
#include "core/state/StateDatabase.h"

#include <QDir>
#include <QSqlQuery>
#include <QVariant>

using namespace d360;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const state::LegacyQueueFile::Content content = state::LegacyQueueFile::parse(input);
    if (!content.problem.isEmpty())
        D360_FUZZ_CHECK(content.jobs.isEmpty() && content.unreadable.isEmpty());

    const QString root = fuzz::emptyFolder();
    {
        QString problem;
        std::shared_ptr<state::StateDatabase> database
            = state::StateDatabase::open(root + QStringLiteral("/state.sqlite"), &problem);
        D360_FUZZ_CHECK(database);
        {
            jobs::QueueStore store(database, QStringLiteral("window"));
            store.load();
            for (const jobs::ExportJob &job : content.jobs)
                store.remember(job);
            QString error;
            D360_FUZZ_CHECK(store.writeChanges(&error));
        }
        // The input as one saved job's JSON, beside the others.
        QSqlQuery insert(database->connection());
        insert.prepare(QStringLiteral("INSERT INTO queue_jobs VALUES ('window', 'fuzzed', "
                                      "1000000, 'b', 'queued', ?)"));
        insert.addBindValue(QString::fromUtf8(input));
        D360_FUZZ_CHECK(insert.exec());

        jobs::QueueStore again(database, QStringLiteral("window"));
        const jobs::QueueStore::Loaded reloaded = again.load();
        D360_FUZZ_CHECK(reloaded.jobs.size() >= content.jobs.size());
        for (qsizetype i = 0; i < content.jobs.size(); ++i)
            D360_FUZZ_CHECK(reloaded.jobs.at(i).toJson() == content.jobs.at(i).toJson());
        // The fuzzed row was read, or kept aside with its reason.
        QSqlQuery count(database->connection());
        D360_FUZZ_CHECK(count.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM unreadable_jobs) + (SELECT COUNT(*) FROM "
                           "queue_jobs)")));
        D360_FUZZ_CHECK(count.next());
        D360_FUZZ_CHECK(count.value(0).toLongLong() == qint64(content.jobs.size()) + 1);
    }
    QDir(root).removeRecursively();
    return 0;
}
