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
//
// Articles have ids too (from the project, the version and the article's
// first slug, so the same article has the same id in every language of a
// version), and each version has three images, which the articles show.
//
// The content changes by revision, as a real knowledge base does between two
// exports. Revision 1 is the content above. Each later revision applies one
// round of changes (DemoRevisions.h) to the articles as they stand, the same
// in every version and language, chosen by a generator seeded with the round
// number, so every run serves the same revisions. For the default projects
// (three articles, numbered 01 to 03, images dashboard.png,
// export-settings.png and access-denied.png, which articles 01 to 03 show
// in that order), round 2 is exactly, in every version and language:
//   - deleted: 01-getting-started;
//   - renamed: 03-troubleshooting-sign-in becomes 03-troubleshooting-sign-in-r2
//     (same id; the title gets " (revised)", or its translation, appended);
//     it is also one of the two edited articles, because only three are there;
//   - edited: 02-backup-and-export and 03 (above): the first paragraph ends
//     with one more sentence ("Updated in revision 2.") and one paragraph is
//     added at the end ("Revision 2 adds this paragraph, ..."), translated;
//   - added: 04-whats-new-in-revision-2, "What’s new in revision 2"
//     (translated), one paragraph, no image;
//   - image changed: images/access-denied.png (new pixels, same name).
// A round numbers an added article after the highest number so far, so the
// other articles keep their file names. Rounds 3 and later make the same
// kinds of change, chosen anew from their own seed (DemoRevisions::round());
// round 3 deletes 03-troubleshooting-sign-in-r2, renames and edits
// 04-whats-new-in-revision-2 (to -r3), edits 02-backup-and-export, adds
// 05-whats-new-in-revision-3 and changes images/export-settings.png.
#pragma once

#include <QByteArray>
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
    QString slug; // ASCII: file names inside the ZIP exports; a rename changes it
    QString title;
    QString body; // paragraphs separated by an empty line
    QString image; // the file name of the image it shows (under images/), or empty
    QString id; // the same in every language and revision of the version
    int number = 0; // "NN" of its file name; kept when others come and go
};

// A small PNG, deterministic: the same version, name and generation always
// give the same bytes.
struct DemoImage
{
    QString name; // "dashboard.png"; exports hold it as "images/<name>"
    QString alt;
    QByteArray png;
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

    // The articles of one version in one language at a revision (1 and
    // up), in their order in the knowledge base; empty when the version
    // does not have that language.
    QList<DemoArticle> articles(const DemoProject &project, const DemoVersion &version,
                                const QString &languageCode, int revision = 1) const;
    // The images of one version at a revision, shared by its languages.
    QList<DemoImage> images(const DemoVersion &version, int revision = 1) const;

    static QString articleId(const DemoProject &project, const DemoVersion &version,
                             const QString &firstSlug);
    // The highest revision the sandbox accepts; each round costs a little.
    static constexpr int maximumRevision = 1000;

private:
    QList<DemoProject> m_projects;
};

} // namespace d360::sandbox
