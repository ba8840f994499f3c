// See Preset.h.
#include "core/routines/Preset.h"

#include "core/jobs/FileNameTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace d360::routines {

namespace {

const char sharedFormatName[] = "d360-exporter.preset";
constexpr int sharedFormatVersion = 1;
constexpr int maximumNameLength = 100;

QJsonArray array(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

// A list of strings, or nullopt when the value is something else.
std::optional<QStringList> strings(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

} // namespace

jobs::BatchSelection Preset::selection() const
{
    jobs::BatchSelection selection;
    selection.projectId = projectId;
    for (const QString &version : versions) {
        if (version == QLatin1String("default"))
            selection.includeDefaultVersion = true;
        else
            selection.versionIds.append(version);
    }
    for (const QString &language : languages) {
        if (language == QLatin1String("all"))
            selection.allLanguages = true;
        else
            selection.languageCodes.append(language);
    }
    for (const QString &formatName : formats) {
        if (const std::optional<api::ExportFormat> format = api::exportFormatFromName(formatName))
            selection.formats.append(*format);
    }
    if (selection.formats.isEmpty())
        selection.formats.append(api::ExportFormat::Pdf);
    selection.outputFolder = outputFolder;
    selection.fileNamePattern = fileNamePattern;
    selection.extract = extract;
    return selection;
}

QString Preset::summary() const
{
    const QString languageText = languages.isEmpty()         ? tr("default language")
        : languages == QStringList { QStringLiteral("all") } ? tr("all languages")
                                                             : languages.join(QStringLiteral(", "));
    QStringList formatNames;
    for (const QString &format :
         formats.isEmpty() ? QStringList { QStringLiteral("pdf") } : formats)
        formatNames.append(format.toUpper() == QLatin1String("MARKDOWN")
                               ? QStringLiteral("Markdown")
                               : format.toUpper());
    QStringList versionText;
    for (const QString &version : versions)
        versionText.append(versionNames.value(version, version));
    return tr("%1 / %2 / %3 / %4")
        .arg(projectName.isEmpty() ? projectId : projectName,
             versionText.join(QStringLiteral(", ")), languageText,
             formatNames.join(QStringLiteral(", ")));
}

bool Preset::isValidName(const QString &name, QString *problem)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *problem = tr("A preset needs a name.");
        return false;
    }
    if (trimmed != name) {
        *problem = tr("A preset's name cannot begin or end with a space.");
        return false;
    }
    if (name.size() > maximumNameLength) {
        *problem = tr("A preset's name can be at most %1 characters long.").arg(maximumNameLength);
        return false;
    }
    for (const QChar character : name) {
        if (character.category() == QChar::Other_Control || character == QLatin1Char('/')
            || character == QLatin1Char('\\')) {
            *problem = tr("A preset's name cannot hold a slash, a backslash or a control "
                          "character.");
            return false;
        }
    }
    return true;
}

QString Preset::problem() const
{
    QString why;
    if (!isValidName(name, &why))
        return why;
    if (projectId.isEmpty())
        return tr("The preset names no project.");
    if (versions.isEmpty())
        return tr("The preset names no version (an id, or \"default\").");
    if (languages.contains(QStringLiteral("all")) && languages.size() > 1)
        return tr("\"all\" languages already includes every language.");
    for (const QString &format : formats) {
        if (!api::exportFormatFromName(format))
            return tr("Unknown format \"%1\": use pdf, html or markdown.").arg(format);
    }
    if (outputFolder.isEmpty())
        return tr("The preset names no folder to write into.");
    if (!fileNamePattern.isEmpty() && !jobs::FileNameTemplate(fileNamePattern).isValid(&why))
        return tr("The preset's file-name template cannot be used: %1.").arg(why);
    if (parallel < 0 || parallel > 64)
        return tr("A preset runs 1 to 64 exports at once.");
    if (keepRuns < 0)
        return tr("A backup keeps a positive number of runs.");
    if (hasMirror()) {
        if (mirrorBranch.isEmpty())
            return tr("The preset's Git mirror names no branch.");
        const bool exportsMarkdown
            = std::any_of(formats.cbegin(), formats.cend(), [](const QString &format) {
                  return api::exportFormatFromName(format) == api::ExportFormat::Markdown;
              });
        if (!exportsMarkdown)
            return tr("A Git mirror keeps Markdown; the preset does not export Markdown.");
    }
    return {};
}

QJsonObject Preset::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("name"), name);
    if (!accountName.isEmpty())
        object.insert(QLatin1String("account"), accountName);
    if (!baseUrl.isEmpty())
        object.insert(QLatin1String("base_url"), baseUrl);
    if (!region.isEmpty())
        object.insert(QLatin1String("region"), region);
    object.insert(QLatin1String("project"), projectId);
    object.insert(QLatin1String("versions"), array(versions));
    if (!projectName.isEmpty())
        object.insert(QLatin1String("project_name"), projectName);
    if (!versionNames.isEmpty()) {
        QJsonObject byId;
        for (auto entry = versionNames.cbegin(); entry != versionNames.cend(); ++entry)
            byId.insert(entry.key(), entry.value());
        object.insert(QLatin1String("version_names"), byId);
    }
    object.insert(QLatin1String("languages"), array(languages));
    object.insert(QLatin1String("formats"), array(formats));
    object.insert(QLatin1String("out"), outputFolder);
    if (!fileNamePattern.isEmpty())
        object.insert(QLatin1String("name_template"), fileNamePattern);
    object.insert(QLatin1String("extract"), extract);
    object.insert(QLatin1String("overwrite"), overwrite);
    if (parallel > 0)
        object.insert(QLatin1String("parallel"), parallel);
    if (keepRuns > 0)
        object.insert(QLatin1String("keep"), keepRuns);
    if (hasMirror())
        object.insert(QLatin1String("mirror"),
                      QJsonObject { { QLatin1String("repository"), mirrorRepository },
                                    { QLatin1String("branch"), mirrorBranch } });
    if (createdAt.isValid())
        object.insert(QLatin1String("created"), createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (updatedAt.isValid())
        object.insert(QLatin1String("updated"), updatedAt.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

std::optional<Preset> Preset::fromJson(const QJsonObject &object, QString *problem)
{
    Preset preset;
    const auto text = [&object](const char *key, QString *into) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return false;
        *into = value.toString();
        return true;
    };
    const auto flag = [&object](const char *key, bool *into) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return false;
        *into = value.toBool();
        return true;
    };
    const auto number = [&object](const char *key, int *into) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            return false;
        *into = value.toInt();
        return true;
    };
    const auto list = [&object](const char *key, QStringList *into) {
        const std::optional<QStringList> values = strings(object.value(QLatin1String(key)));
        if (!values)
            return false;
        *into = *values;
        return true;
    };
    const auto names = [&object](const char *key, QHash<QString, QString> *into) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return false;
        const QJsonObject byId = value.toObject();
        for (auto entry = byId.constBegin(); entry != byId.constEnd(); ++entry) {
            if (!entry.value().isString())
                return false;
            into->insert(entry.key(), entry.value().toString());
        }
        return true;
    };
    const auto mirror = [&object, &preset]() {
        const QJsonValue value = object.value(QLatin1String("mirror"));
        if (value.isUndefined() || value.isNull())
            return true;
        const QJsonValue repository = value.toObject().value(QLatin1String("repository"));
        const QJsonValue branch = value.toObject().value(QLatin1String("branch"));
        if (!value.isObject() || !repository.isString() || !branch.isString())
            return false;
        preset.mirrorRepository = repository.toString();
        preset.mirrorBranch = branch.toString();
        return true;
    };
    struct Field
    {
        const char *key;
        bool ok;
    };
    const Field fields[] = {
        { "name", text("name", &preset.name) },
        { "account", text("account", &preset.accountName) },
        { "base_url", text("base_url", &preset.baseUrl) },
        { "region", text("region", &preset.region) },
        { "project", text("project", &preset.projectId) },
        { "versions", list("versions", &preset.versions) },
        { "project_name", text("project_name", &preset.projectName) },
        { "version_names", names("version_names", &preset.versionNames) },
        { "languages", list("languages", &preset.languages) },
        { "formats", list("formats", &preset.formats) },
        { "out", text("out", &preset.outputFolder) },
        { "name_template", text("name_template", &preset.fileNamePattern) },
        { "extract", flag("extract", &preset.extract) },
        { "overwrite", flag("overwrite", &preset.overwrite) },
        { "parallel", number("parallel", &preset.parallel) },
        { "keep", number("keep", &preset.keepRuns) },
        { "mirror", mirror() },
    };
    for (const Field &field : fields) {
        if (!field.ok) {
            *problem
                = tr("the preset's field \"%1\" has the wrong type").arg(QLatin1String(field.key));
            return std::nullopt;
        }
    }
    preset.createdAt = QDateTime::fromString(object.value(QLatin1String("created")).toString(),
                                             Qt::ISODateWithMs);
    preset.updatedAt = QDateTime::fromString(object.value(QLatin1String("updated")).toString(),
                                             Qt::ISODateWithMs);
    const QString why = preset.problem();
    if (!why.isEmpty()) {
        *problem = why;
        return std::nullopt;
    }
    return preset;
}

QByteArray Preset::toSharedJson() const
{
    QJsonObject shared = toJson();
    shared.remove(QLatin1String("created"));
    shared.remove(QLatin1String("updated"));
    QJsonObject document;
    document.insert(QLatin1String("format"), QLatin1String(sharedFormatName));
    document.insert(QLatin1String("version"), sharedFormatVersion);
    document.insert(QLatin1String("preset"), shared);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::optional<Preset> Preset::fromSharedJson(const QByteArray &bytes, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        *problem = document.isNull()
            ? tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
            : tr("not a preset file");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("format")).toString() != QLatin1String(sharedFormatName)) {
        *problem = tr("not a preset file");
        return std::nullopt;
    }
    if (object.value(QLatin1String("version")).toInt() > sharedFormatVersion) {
        *problem = tr("written by a newer version of D360 Exporter");
        return std::nullopt;
    }
    return fromJson(object.value(QLatin1String("preset")).toObject(), problem);
}

} // namespace d360::routines
