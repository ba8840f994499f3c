// Turns a job into its file name: a pattern such as the default
// "{project}-{version}-{lang}.{ext}" with the job's values put in.
//
// Each value is made safe on its own before it goes in (a version called
// "2024/25" must not create a folder), and the whole name is made safe again
// afterwards (see FileNameSanitizer.h), so no pattern and no knowledge base
// can produce a path outside the output folder. Unknown placeholders are an
// error the settings dialog and the command line can show, never a name with
// braces in it; so is a "/" or "\\" in the pattern itself, which would look
// like a subfolder and silently became "_".
//
// A job's name never depends on what else is exported with it: nameFor()
// adds ".{ext}" to a pattern without it (a file without its extension opens
// in nothing), and "-{format}" before the extension of a ZIP when the
// pattern names no {format}, so an HTML and a Markdown export can never
// take the same name. "Guide-v1-en.pdf", "Guide-v1-en-html.zip",
// "Guide-v1-en-markdown.zip", whatever was ticked beside them.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace d360::jobs {

struct FileNameFields
{
    QString project; // {project}: the project's name
    QString projectId; // {project_id}
    QString version; // {version}: the version's name
    QString versionId; // {version_id}
    QString lang; // {lang}: the language code, "de"
    QString language; // {language}: its name, "German"
    QString format; // {format}: "pdf", "html", "markdown"
    QString ext; // {ext}: "pdf" or "zip"
    QDate date; // {date}: YYYY-MM-DD
};

class FileNameTemplate
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::FileNameTemplate)

public:
    static QString defaultPattern();
    static QStringList placeholders(); // "project", "project_id", ...

    explicit FileNameTemplate(QString pattern = defaultPattern());

    const QString &pattern() const { return m_pattern; }
    // False, with the reason, for an empty pattern, an unknown placeholder or
    // an unclosed brace.
    bool isValid(QString *problem = nullptr) const;
    bool containsPlaceholder(const QString &name) const;

    // The sanitised file name, at most maxBytes of UTF-8.
    QString expand(const FileNameFields &fields, int maxBytes) const;
    // The name of the job these fields describe, by the rule above.
    QString nameFor(const FileNameFields &fields, int maxBytes) const;

private:
    QString m_pattern;
};

} // namespace d360::jobs
