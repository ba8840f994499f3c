// Brings the export queues of earlier versions, one JSON file per front end
// (queue.json for the window, cli-batches/<hash>.json per command-line
// request), into the state database once, on the first start that finds them.
//
// A queue file is read with the rules it was written under (its format name
// and version) and its jobs are inserted into the queue of the same name in
// one transaction; only then is the file renamed "<file>.imported", kept
// rather than deleted, so nothing is lost if the import turns out wrong.
// Jobs already in the database are left as they are, so an import that was
// interrupted before the rename is harmless when repeated. A job that cannot
// be read goes into the unreadable_jobs table with the reason, and a file
// that is not a queue at all is left where it is and reported. A file whose
// lock is still held belongs to an older version that is running: it is left
// for the next start.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace d360::jobs {
struct ExportJob;
}

namespace d360::state {

class StateDatabase;

struct LegacyQueueFile
{
    Q_DECLARE_TR_FUNCTIONS(d360::state::LegacyQueueFile)

public:
    struct Unreadable
    {
        QJsonObject job;
        QString reason;
    };
    struct Content
    {
        QList<jobs::ExportJob> jobs;
        QList<Unreadable> unreadable;
        // Why the file as a whole cannot be read; empty when it can.
        QString problem;
    };
    // Reads a queue file of version 1 (format "d360-exporter.jobs").
    static Content parse(const QByteArray &bytes);
};

struct LegacyQueueImport
{
    Q_DECLARE_TR_FUNCTIONS(d360::state::LegacyQueueImport)

public:
    // Imports the queue files found in dataFolder. Returns messages for the
    // user about files that could not be imported; empty when all went well
    // (or there was nothing to import).
    static QStringList importAll(const StateDatabase &database, const QString &dataFolder);
    // One file into the named queue; false with a message in *problem.
    static bool importFile(const StateDatabase &database, const QString &filePath,
                           const QString &queueName, QString *problem);
};

} // namespace d360::state
