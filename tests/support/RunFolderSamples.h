// Backup run folders made of real files for the routines tests: a run
// folder created by RunFolder, files written into it as finished jobs would
// leave them (a PDF, and a ZIP extracted into a folder beside it), the jobs
// those files came from, and the manifest written by ManifestWriter. Names
// are not plain ASCII, so a round trip has something to lose.
#pragma once

#include "core/jobs/ExportJob.h"
#include "core/jobs/Sha256Stream.h"
#include "core/routines/ManifestWriter.h"
#include "core/routines/RunFolder.h"
#include "core/routines/RunManifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace d360::test {

// Writes content to path (its folders made first); false when it could not.
inline bool writeSampleFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

inline routines::RunInfo sampleRunInfo(const QString &runFolder, const QDateTime &startedAt)
{
    routines::RunInfo run;
    run.runFolder = runFolder;
    run.runId = QUuid::createUuid();
    run.accountName = QStringLiteral("Acme EU");
    run.projectId = QStringLiteral("p-1");
    run.projectName = QStringLiteral("Acme «Docs»");
    run.presetName = QStringLiteral("Nightly backup");
    run.origin = routines::RunOrigin::Schedule;
    run.startedAt = startedAt.toUTC();
    run.finishedAt = startedAt.toUTC().addSecs(42);
    return run;
}

// A Completed job whose file (content) is written at runFolder/fileName.
inline jobs::ExportJob completedSampleJob(const QString &runFolder, const QString &fileName,
                                          const QByteArray &content, const QString &language,
                                          api::ExportFormat format)
{
    jobs::ExportJob job = jobs::ExportJob::create();
    job.projectId = QStringLiteral("p-1");
    job.projectName = QStringLiteral("Acme «Docs»");
    job.versionId = QStringLiteral("v-1");
    job.versionName = QStringLiteral("Version 1 – Ünïcode");
    job.languageCode = language;
    job.format = format;
    job.outputFolder = runFolder;
    job.fileName = fileName;
    job.finalPath = QDir(runFolder).filePath(fileName);
    writeSampleFile(job.finalPath, content);
    job.state = jobs::JobState::Completed;
    job.bytesTotal = content.size();
    job.bytesDone = content.size();
    QString error;
    job.sha256Hex = jobs::Sha256Stream::fileHex(job.finalPath, &error);
    job.exportId = QStringLiteral("export-") + language;
    job.requestId = QStringLiteral("request-") + language;
    job.startedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    job.finishedAt = QDateTime::currentDateTimeUtc();
    return job;
}

// The same, for an HTML export extracted into runFolder/folderName.
inline jobs::ExportJob extractedSampleJob(const QString &runFolder, const QString &folderName,
                                          const QString &language)
{
    jobs::ExportJob job = completedSampleJob(runFolder, folderName + QStringLiteral(".zip"),
                                             QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'),
                                             language, api::ExportFormat::Html);
    job.extract = true;
    job.extractedPath = QDir(runFolder).filePath(folderName);
    writeSampleFile(QDir(job.extractedPath).filePath(QStringLiteral("index.html")),
                    "<html><body>Start</body></html>");
    writeSampleFile(QDir(job.extractedPath).filePath(QStringLiteral("articles/größe.html")),
                    "<html><body>Größe</body></html>");
    return job;
}

inline jobs::ExportJob failedSampleJob(const QString &runFolder, const QString &language)
{
    jobs::ExportJob job = jobs::ExportJob::create();
    job.versionId = QStringLiteral("v-1");
    job.versionName = QStringLiteral("Version 1 – Ünïcode");
    job.languageCode = language;
    job.format = api::ExportFormat::Pdf;
    job.outputFolder = runFolder;
    job.fileName = QStringLiteral("never-") + language + QStringLiteral(".pdf");
    job.finalPath = QDir(runFolder).filePath(job.fileName);
    job.state = jobs::JobState::Failed;
    job.exportId = QStringLiteral("export-failed-") + language;
    job.requestId = QStringLiteral("request-failed-") + language;
    job.startedAt = QDateTime::currentDateTimeUtc().addSecs(-20);
    job.finishedAt = QDateTime::currentDateTimeUtc();
    job.errorMessage = QStringLiteral("The export failed on the server");
    job.traceId = QStringLiteral("trace-") + language;
    job.errorKind = api::ApiError::Kind::ServerError;
    return job;
}

struct SampleRun
{
    QString folder;
    routines::RunManifest manifest;
};

// A run of the preset in outputFolder, started at startedAt: a PDF and an
// extracted HTML export, plus a failed PDF when complete is false; its
// manifest written. An empty folder when something failed.
inline SampleRun writeSampleRun(const QString &outputFolder, const QString &preset,
                                const QDateTime &startedAt, bool complete = true)
{
    SampleRun sample;
    QString error;
    sample.folder = routines::RunFolder::create(outputFolder, preset, startedAt, &error);
    if (sample.folder.isEmpty())
        return sample;
    QList<jobs::ExportJob> jobs {
        completedSampleJob(sample.folder, QStringLiteral("Guide-en.pdf"),
                           QByteArray("%PDF-1.7 guide ") + startedAt.toString().toUtf8()
                               + QByteArray("\n%%EOF\n"),
                           QStringLiteral("en"), api::ExportFormat::Pdf),
        extractedSampleJob(sample.folder, QStringLiteral("Guide-de"), QStringLiteral("de")),
    };
    if (!complete)
        jobs.append(failedSampleJob(sample.folder, QStringLiteral("fr")));
    sample.manifest
        = routines::RunManifest::fromJobs(sampleRunInfo(sample.folder, startedAt), jobs);
    if (!routines::ManifestWriter::write(sample.manifest, sample.folder, &error))
        sample.folder.clear();
    return sample;
}

} // namespace d360::test
