// Where the headless command keeps the queue of one export request, so that
// running the same command again after a crash, a kill or Ctrl-C resumes that
// batch instead of starting a second one beside it.
//
// The file is named by a hash of the request in a normal form (the server,
// the project, the sorted sets of versions, languages and formats, the
// absolute output folder and what shapes the files), so argument order,
// repeated flags or a relative path do not make it another request, while a
// different folder or language does. It lives in the state database in the
// application data folder, not in the output folder: the output folder
// holds the user's files and nothing else.
#pragma once

#include <QString>
#include <QStringList>

namespace d360::cli {

struct ExportRequestIdentity
{
    QString server; // the account name, or the API base URL
    QString projectId;
    QStringList versions; // ids, and "default"
    QStringList languages; // codes, or "all"; empty: each version's default
    QStringList formats;
    QString outputFolder;
    QString fileNamePattern;
    bool extract = false;
};

// "cli/<hash>": the name of the request's queue in the state database
// (the hash is the one earlier versions named cli-batches/<hash>.json by,
// so a batch they left unfinished is resumed).
QString resumableQueueName(const ExportRequestIdentity &identity);

} // namespace d360::cli
