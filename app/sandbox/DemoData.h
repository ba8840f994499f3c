// The knowledge bases the sandbox serves: projects, their versions
// (workspaces), languages and articles.
//
// Written for a technical writer to recognise and for a client to trip over
// the real cases: an inactive project, a project with more versions than a
// page holds (130), a default language that is not English, a right-to-left
// language (Arabic), CJK languages (Japanese, Chinese), typographic quotes
// and accents in titles and bodies. Ids are name-based UUIDs (version 5), so
// every sandbox process, today and after a restart, serves the same ids, and
// a client's saved jobs keep pointing at the same things.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace d360::sandbox {

struct DemoLanguage
{
    QString code; // as the API spells it: "en", "de", "zh-CN"
    QString name; // in English, as the API's examples do
    bool isDefault = false;
    bool rightToLeft = false;
};

struct DemoArticle
{
    QString slug; // ASCII, stable: file names inside the ZIP exports
    QString title;
    QString body; // paragraphs separated by an empty line
};

struct DemoVersion
{
    QString id;
    QString name;
    QString slug;
    int order = 0;
    bool isDefault = false;
    QString versionType; // "KnowledgeBase", "ApiDocumentation", or null (empty) as in the examples
    QDateTime createdAt;
    QDateTime modifiedAt;
    QList<DemoLanguage> languages;

    const DemoLanguage *language(const QString &code) const; // case-insensitive
    const DemoLanguage *defaultLanguage() const;
    bool hasRightToLeftLanguage() const;
};

struct DemoProject
{
    QString id;
    QString name;
    QString description;
    QString subDomainName;
    QDateTime createdAt;
    QDateTime modifiedAt;
    int status = 0; // 0 Active, 1 Inactive, as the API encodes it
    QList<DemoVersion> versions;

    const DemoVersion *version(const QString &id) const;
    const DemoVersion *defaultVersion() const;
};

class DemoData
{
public:
    // The standard data set; the same on every call and in every process.
    DemoData();

    const QList<DemoProject> &projects() const { return m_projects; }
    const DemoProject *project(const QString &id) const;

    // The articles of one version in one language, in their order in the
    // knowledge base; empty when the version does not have that language.
    QList<DemoArticle> articles(const DemoProject &project, const DemoVersion &version,
                                const QString &languageCode) const;

private:
    QList<DemoProject> m_projects;
};

} // namespace d360::sandbox
