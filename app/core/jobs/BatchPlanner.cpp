// See BatchPlanner.h.
#include "core/jobs/BatchPlanner.h"

#include "core/api/ApiClient.h"
#include "core/jobs/FileNameTemplate.h"
#include "core/jobs/OutputFiles.h"

#include <QDir>
#include <QHash>
#include <QUuid>

namespace d360::jobs {

namespace {

using api::ApiError;

ApiError notFound(const QString &detail)
{
    return ApiError::fromHttpStatus(404, detail);
}

// The server's spelling wins ("zh-CN"), but "zh-cn" on a command line finds it.
qsizetype indexOfLanguage(const QList<api::Language> &languages, const QString &code)
{
    for (qsizetype i = 0; i < languages.size(); ++i) {
        if (languages.at(i).code == code)
            return i;
    }
    for (qsizetype i = 0; i < languages.size(); ++i) {
        if (languages.at(i).code.compare(code, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

BatchPlanner::BatchPlanner(api::ApiClient *client, BatchSelection selection, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_selection(std::move(selection))
{
    if (m_selection.formats.isEmpty())
        m_selection.formats.append(api::ExportFormat::Pdf);
    if (m_selection.fileNamePattern.isEmpty())
        m_selection.fileNamePattern = FileNameTemplate::defaultPattern();
}

void BatchPlanner::start()
{
    QString problem;
    if (!FileNameTemplate(m_selection.fileNamePattern).isValid(&problem)) {
        fail(ApiError(ApiError::Kind::InvalidChoice, problem));
        return;
    }
    if (!m_client) {
        fail(ApiError(ApiError::Kind::Unauthorized, tr("no account to ask")));
        return;
    }
    if (m_selection.versionIds.isEmpty() && !m_selection.includeDefaultVersion) {
        fail(ApiError(ApiError::Kind::InvalidChoice, tr("no version was chosen")));
        return;
    }
    api::ProjectListCall *call = m_client->listProjects();
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (!call->error().isNull())
            fail(call->error());
        else
            onProjects(call->result());
    });
}

void BatchPlanner::onProjects(const QList<api::Project> &projects)
{
    for (const api::Project &project : projects) {
        if (project.id == m_selection.projectId) {
            m_project = project;
            api::VersionListCall *call = m_client->listVersions(project.id);
            connect(call, &api::ApiCall::finished, this, [this, call] {
                if (!call->error().isNull())
                    fail(call->error());
                else
                    onVersions(call->result());
            });
            return;
        }
    }
    fail(notFound(tr("this token sees no project with the id %1 (see \"d360-exporter projects\")")
                      .arg(m_selection.projectId)));
}

void BatchPlanner::onVersions(const QList<api::ProjectVersion> &versions)
{
    QStringList wanted = m_selection.versionIds;
    if (m_selection.includeDefaultVersion) {
        const api::ProjectVersion *chosen = nullptr;
        for (const api::ProjectVersion &version : versions) {
            if (version.isDefault)
                chosen = &version;
        }
        if (!chosen) {
            fail(notFound(tr("the project %1 marks no version as its default; name one with its id")
                              .arg(m_project.name)));
            return;
        }
        wanted.prepend(chosen->id);
    }
    for (const QString &id : std::as_const(wanted)) {
        const api::ProjectVersion *found = nullptr;
        for (const api::ProjectVersion &version : versions) {
            if (version.id == id)
                found = &version;
        }
        if (!found) {
            fail(notFound(tr("the project %1 has no version with the id %2 (see \"d360-exporter "
                             "versions --project %3\")")
                              .arg(m_project.name, id, m_project.id)));
            return;
        }
        bool seen = false;
        for (const api::ProjectVersion &version : std::as_const(m_versions))
            seen = seen || version.id == found->id;
        if (!seen)
            m_versions.append(*found);
    }
    fetchNextLanguages();
}

void BatchPlanner::fetchNextLanguages()
{
    if (m_nextVersion >= m_versions.size()) {
        buildJobs();
        return;
    }
    const api::ProjectVersion version = m_versions.at(m_nextVersion++);
    api::LanguageListCall *call = m_client->listLanguages(m_project.id, version.id);
    connect(call, &api::ApiCall::finished, this, [this, call, version] {
        if (!call->error().isNull())
            fail(call->error());
        else
            onLanguages(version, call->result());
    });
}

void BatchPlanner::onLanguages(const api::ProjectVersion &version,
                               const QList<api::Language> &languages)
{
    QList<api::Language> chosen;
    if (m_selection.allLanguages) {
        chosen = languages;
    } else if (m_selection.languageCodes.isEmpty()) {
        for (const api::Language &language : languages) {
            if (language.isDefault)
                chosen.append(language);
        }
        if (chosen.isEmpty() && !languages.isEmpty())
            chosen.append(languages.first());
    } else {
        QStringList known;
        for (const api::Language &language : languages)
            known.append(language.code);
        for (const QString &code : std::as_const(m_selection.languageCodes)) {
            const qsizetype index = indexOfLanguage(languages, code);
            if (index < 0) {
                fail(notFound(tr("the version %1 has no language \"%2\"; it has %3")
                                  .arg(version.name, code, known.join(QStringLiteral(", ")))));
                return;
            }
            bool seen = false;
            for (const api::Language &language : std::as_const(chosen))
                seen = seen || language.code == known.at(index);
            if (!seen)
                chosen.append(languages.at(index));
        }
    }
    if (chosen.isEmpty()) {
        fail(notFound(tr("the version %1 has no languages").arg(version.name)));
        return;
    }
    for (const api::Language &language : std::as_const(chosen))
        m_combinations.append(Combination { version, language });
    fetchNextLanguages();
}

void BatchPlanner::buildJobs()
{
    const QUuid batchId = QUuid::createUuid();
    const FileNameTemplate pattern(m_selection.fileNamePattern);
    const QString folder = QDir::cleanPath(QDir(m_selection.outputFolder).absolutePath());
    const QDate today = QDate::currentDate();

    QList<FileNameFields> fields;
    for (const Combination &combination : std::as_const(m_combinations)) {
        for (api::ExportFormat format : std::as_const(m_selection.formats)) {
            ExportJob job = ExportJob::create();
            job.batchId = batchId;
            job.accountId = m_selection.accountId;
            job.projectId = m_project.id;
            job.projectName = m_project.name;
            job.versionId = combination.version.id;
            job.versionName = combination.version.name;
            job.languageCode = combination.language.code;
            job.languageName = combination.language.name;
            job.format = format;
            job.outputFolder = folder;
            job.extract = m_selection.extract && format != api::ExportFormat::Pdf;
            m_jobs.append(job);
            fields.append(FileNameFields { m_project.name, m_project.id, combination.version.name,
                                           combination.version.id, combination.language.code,
                                           combination.language.name, api::exportFormatName(format),
                                           api::exportFormatFileExtension(format), today });
        }
    }
    // Each name by its own job alone (FileNameTemplate::nameFor); two jobs
    // of one batch with one name are the pattern's fault (no {lang} for
    // several languages, say), said before anything starts rather than
    // found out as "(2)" on disk. Names are compared without case: Windows
    // and macOS would.
    QHash<QString, qsizetype> firstUse;
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        m_jobs[i].fileName = pattern.nameFor(fields.at(i), maxPlannedFileNameBytes);
        const QString key = m_jobs[i].fileName.toLower();
        if (firstUse.contains(key)) {
            const ExportJob &other = m_jobs.at(firstUse.value(key));
            fail(ApiError(ApiError::Kind::InvalidChoice,
                          tr("the file name pattern \"%1\" gives two exports the same name, \"%2\" "
                             "(%3 and %4); "
                             "add {lang}, {version} or {format} to it")
                              .arg(m_selection.fileNamePattern, m_jobs.at(i).fileName,
                                   other.displayTitle(), m_jobs.at(i).displayTitle())));
            return;
        }
        firstUse.insert(key, i);
        m_jobs[i].finalPath = QDir(folder).filePath(m_jobs[i].fileName);
        m_jobs[i].partPath = partPathFor(m_jobs[i].finalPath, m_jobs[i].id);
    }
    m_done = true;
    Q_EMIT finished();
}

void BatchPlanner::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_jobs.clear();
    // Queued, so a caller that started us can always connect first.
    QMetaObject::invokeMethod(this, &BatchPlanner::finished, Qt::QueuedConnection);
}

} // namespace d360::jobs
