// Turns what the user picked (a project, some versions, some languages, some
// formats) into the batch of export jobs it means: one per combination.
//
// Choices such as "the default version" and "all languages of this version"
// are resolved through the API, because only the server knows them, and so
// are the names that go into file names. Ids that do not exist are an error
// naming what does exist, before any export starts: a typo in a CI script
// must not produce half a batch. When two jobs of the batch would get the same
// file name (HTML and Markdown are both ZIPs), the format is added to both
// names so each says what it holds.
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiModels.h"
#include "core/jobs/ExportJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace d360::api {
class ApiClient;
}

namespace d360::jobs {

struct BatchSelection
{
    QString accountId;
    QString projectId;
    QStringList versionIds;
    bool includeDefaultVersion = false; // the version the project marks as default
    QStringList languageCodes;
    bool allLanguages = false; // every language of each version
    // Neither codes nor all: each version's default language.
    QList<api::ExportFormat> formats; // empty: PDF
    QString outputFolder;
    QString fileNamePattern; // empty: the default pattern
    bool extract = false;
};

class BatchPlanner : public QObject
{
    Q_OBJECT

public:
    BatchPlanner(api::ApiClient *client, BatchSelection selection, QObject *parent = nullptr);

    void start();

    // After finished(): the jobs, or the error (with what to do about it).
    const QList<ExportJob> &jobs() const { return m_jobs; }
    const api::ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void onProjects(const QList<api::Project> &projects);
    void onVersions(const QList<api::ProjectVersion> &versions);
    void fetchNextLanguages();
    void onLanguages(const api::ProjectVersion &version, const QList<api::Language> &languages);
    void buildJobs();
    void fail(const api::ApiError &error);

    QPointer<api::ApiClient> m_client;
    BatchSelection m_selection;
    api::Project m_project;
    QList<api::ProjectVersion> m_versions;
    int m_nextVersion = 0;
    struct Combination
    {
        api::ProjectVersion version;
        api::Language language;
    };
    QList<Combination> m_combinations;
    QList<ExportJob> m_jobs;
    api::ApiError m_error;
    bool m_done = false;
};

} // namespace d360::jobs
