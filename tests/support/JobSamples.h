// An export job as BatchPlanner would make it, for tests and benchmarks that
// need jobs without planning them against a server: every field a saved job
// carries is filled in, with names that are not plain ASCII, so a round trip
// through the queue file has something to lose.
#pragma once

#include "core/jobs/ExportJob.h"

#include <QDir>
#include <QUuid>

namespace d360::test {

inline jobs::ExportJob sampleJob(const QString &folder, jobs::JobState state)
{
    jobs::ExportJob job = jobs::ExportJob::create();
    job.batchId = QUuid::createUuid();
    job.accountId = QStringLiteral("acme-eu");
    job.projectId = QStringLiteral("p-1");
    job.projectName = QStringLiteral("Acme «Docs»");
    job.versionId = QStringLiteral("v-1");
    job.versionName = QStringLiteral("v1");
    job.languageCode = QStringLiteral("zh-CN");
    job.languageName = QStringLiteral("Chinese (Simplified)");
    job.format = api::ExportFormat::Markdown;
    job.outputFolder = folder;
    job.fileName = QStringLiteral("Acme-v1-zh-CN.zip");
    job.finalPath = QDir(folder).filePath(job.fileName);
    job.partPath = job.finalPath + QStringLiteral(".part");
    job.extract = true;
    job.state = state;
    return job;
}

} // namespace d360::test
