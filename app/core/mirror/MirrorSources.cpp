// See MirrorSources.h.
#include "core/mirror/MirrorSources.h"

#include "core/jobs/FileNameSanitizer.h"
#include "core/routines/Preset.h"

#include <QFileInfo>

#include <algorithm>

namespace d360::mirror {

namespace {

QString folderName(const QString &name)
{
    QString safe = jobs::sanitizeFileName(name, 100, QStringLiteral("_"));
    for (QChar &character : safe) {
        if (character == QLatin1Char('[') || character == QLatin1Char(']')
            || character == QLatin1Char('*') || character == QLatin1Char('?'))
            character = QLatin1Char('_');
    }
    if (safe.startsWith(QLatin1Char('!')))
        safe[0] = QLatin1Char('_');
    return safe;
}

} // namespace

QString MirrorSources::folderFor(const QString &versionName, const QString &languageCode)
{
    return folderName(versionName) + QLatin1Char('/') + folderName(languageCode);
}

QList<MirrorSource> MirrorSources::fromJobs(const QList<jobs::ExportJob> &jobs)
{
    QList<MirrorSource> sources;
    for (const jobs::ExportJob &job : jobs) {
        if (job.state != jobs::JobState::Completed || job.format != api::ExportFormat::Markdown
            || !QFileInfo(job.finalPath).isFile())
            continue;
        const QString version = job.versionName.isEmpty() ? job.versionId : job.versionName;
        MirrorSource source;
        source.folder = folderFor(version, job.languageCode);
        source.label = QStringLiteral("%1 %2").arg(version, job.languageCode);
        source.archivePath = job.finalPath;
        const auto same
            = std::find_if(sources.begin(), sources.end(), [&source](const MirrorSource &taken) {
                  return taken.folder == source.folder;
              });
        if (same != sources.end())
            *same = source;
        else
            sources.append(source);
    }
    std::sort(sources.begin(), sources.end(),
              [](const MirrorSource &a, const MirrorSource &b) { return a.folder < b.folder; });
    return sources;
}

MirrorRequest MirrorSources::requestFor(const routines::Preset &preset,
                                        const QList<jobs::ExportJob> &jobs,
                                        const QDateTime &exportedAt)
{
    MirrorRequest request;
    request.repository = preset.mirrorRepository;
    request.branch = preset.mirrorBranch;
    request.exportedAt = exportedAt;
    request.sources = fromJobs(jobs);
    // The name the server gave this run, else the one the preset remembers.
    request.projectName = !jobs.isEmpty() && !jobs.first().projectName.isEmpty()
        ? jobs.first().projectName
        : !preset.projectName.isEmpty() ? preset.projectName
                                        : preset.projectId;
    return request;
}

} // namespace d360::mirror
