// See ExportRequestOptions.h.
#include "cli/ExportRequestOptions.h"

#include "cli/ConnectionOptions.h"
#include "core/jobs/FileNameTemplate.h"

#include <QCommandLineParser>
#include <QDir>

namespace d360::cli {

namespace {

QCommandLineOption option(const char *name, const QString &description,
                          const QString &valueName = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

} // namespace

void ExportRequestOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        option("project", tr("The project's id (default: $D360_PROJECT_ID)."), tr("ID")),
        option("version", tr("A version's id, or \"default\"; repeat for several."), tr("ID")),
        option("lang",
               tr("A language code, or \"all\"; repeat for several (default: each version's "
                  "default language)."),
               tr("CODE")),
        option("format", tr("pdf, html or markdown; repeat for several (default: pdf)."),
               tr("FORMAT")),
        option("out", tr("The folder to write the files into (created if missing)."), tr("DIR")),
        option("extract", tr("Also extract HTML and Markdown archives into a folder beside each.")),
        option("overwrite", tr("Replace existing files instead of choosing a numbered name.")),
        option("parallel", tr("Exports to run at once (default: 4, or the settings)."), tr("N")),
        option(
            "name-template",
            tr("File names, from {project} {project_id} {version} {version_id} {lang} {language} "
               "{format} {date} {ext} (default: %1).")
                .arg(jobs::FileNameTemplate::defaultPattern()),
            tr("PATTERN")),
    });
}

QStringList ExportRequestOptions::listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !values.contains(trimmed))
                values.append(trimmed);
        }
    }
    return values;
}

std::optional<routines::Preset> ExportRequestOptions::presetFrom(const QCommandLineParser &parser,
                                                                 const QString &name,
                                                                 QString *problem)
{
    routines::Preset preset;
    preset.name = name;
    preset.accountName = parser.value(QStringLiteral("account"));
    preset.baseUrl = parser.value(QStringLiteral("base-url"));
    preset.region = parser.value(QStringLiteral("region"));
    preset.projectId = ConnectionOptions::projectId(parser);
    for (QString version : listValues(parser, QStringLiteral("version"))) {
        if (version.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0)
            version = QStringLiteral("default");
        preset.versions.append(version);
    }
    for (QString language : listValues(parser, QStringLiteral("lang"))) {
        if (language.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
            language = QStringLiteral("all");
        preset.languages.append(language);
    }
    for (const QString &format : listValues(parser, QStringLiteral("format"))) {
        const std::optional<api::ExportFormat> known = api::exportFormatFromName(format);
        if (!known) {
            *problem = tr("Unknown format \"%1\": use pdf, html or markdown.").arg(format);
            return std::nullopt;
        }
        if (!preset.formats.contains(api::exportFormatName(*known)))
            preset.formats.append(api::exportFormatName(*known));
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty())
        preset.outputFolder = QDir::cleanPath(QDir(out).absolutePath());
    preset.fileNamePattern = parser.value(QStringLiteral("name-template"));
    preset.extract = parser.isSet(QStringLiteral("extract"));
    preset.overwrite = parser.isSet(QStringLiteral("overwrite"));
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        preset.parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || preset.parallel < 1 || preset.parallel > 64) {
            *problem = tr("--parallel takes a number from 1 to 64.");
            return std::nullopt;
        }
    }
    const QString why = preset.problem();
    if (!why.isEmpty()) {
        *problem = why;
        return std::nullopt;
    }
    return preset;
}

QStringList ExportRequestOptions::argumentsFor(const routines::Preset &preset)
{
    QStringList arguments;
    const auto add = [&arguments](const char *flag, const QString &value) {
        if (!value.isEmpty())
            arguments << QStringLiteral("--") + QLatin1String(flag) << value;
    };
    add("account", preset.accountName);
    add("base-url", preset.baseUrl);
    add("region", preset.region);
    add("project", preset.projectId);
    for (const QString &version : preset.versions)
        add("version", version);
    for (const QString &language : preset.languages)
        add("lang", language);
    for (const QString &format : preset.formats)
        add("format", format);
    add("out", preset.outputFolder);
    add("name-template", preset.fileNamePattern);
    if (preset.extract)
        arguments << QStringLiteral("--extract");
    if (preset.overwrite)
        arguments << QStringLiteral("--overwrite");
    if (preset.parallel > 0)
        add("parallel", QString::number(preset.parallel));
    return arguments;
}

QStringList ExportRequestOptions::withPreset(const QStringList &given,
                                             const QCommandLineParser &parsed,
                                             const routines::Preset &preset)
{
    // The preset's flags, one flag name at a time, unless given has it.
    const QStringList presetArguments = argumentsFor(preset);
    QStringList merged { given.value(0) };
    for (qsizetype index = 0; index < presetArguments.size(); ++index) {
        const QString flag = presetArguments.at(index).mid(2);
        const bool takesValue
            = flag != QLatin1String("extract") && flag != QLatin1String("overwrite");
        // Where the preset has an account, the environment's address is
        // not what it means; a --base-url or --account given wins anyway.
        const bool replaced = parsed.isSet(flag)
            || ((flag == QLatin1String("account") || flag == QLatin1String("base-url")
                 || flag == QLatin1String("region"))
                && (parsed.isSet(QStringLiteral("account"))
                    || parsed.isSet(QStringLiteral("base-url"))
                    || parsed.isSet(QStringLiteral("region"))));
        if (!replaced) {
            merged << presetArguments.at(index);
            if (takesValue)
                merged << presetArguments.value(index + 1);
        }
        if (takesValue)
            ++index;
    }
    merged += given.mid(1);
    return merged;
}

} // namespace d360::cli
