// See JsonSchemaChecker.h.
#include "JsonSchemaChecker.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace d360::test {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        return QStringLiteral("undefined");
    }
    return {};
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    return false;
}

QString formatProblem(const QString &text, const QString &format)
{
    if (format == QLatin1String("uuid")) {
        static const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        return uuid.match(text).hasMatch() ? QString() : QStringLiteral("not a uuid");
    }
    if (format == QLatin1String("date-time")) {
        // RFC 3339: a date, a time and an offset (Z or +hh:mm).
        static const QRegularExpression dateTime(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
        return dateTime.match(text).hasMatch()
                && QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
            ? QString()
            : QStringLiteral("not an RFC 3339 date-time");
    }
    if (format == QLatin1String("uri")) {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty() ? QString()
                                                        : QStringLiteral("not an absolute URI");
    }
    return {};
}

} // namespace

JsonSchemaChecker::JsonSchemaChecker(const QJsonObject &openApiDocument)
    : m_document(openApiDocument)
{ }

QJsonObject JsonSchemaChecker::loadDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void JsonSchemaChecker::allowExtraProperty(const QString &schemaName, const QString &property)
{
    m_allowedExtras[schemaName].insert(property);
}

QJsonObject JsonSchemaChecker::componentSchema(const QString &name) const
{
    return m_document.value(QLatin1String("components"))
        .toObject()
        .value(QLatin1String("schemas"))
        .toObject()
        .value(name)
        .toObject();
}

QJsonObject JsonSchemaChecker::responseSchema(const QString &pathTemplate, const QString &method,
                                              int status, const QString &mediaType,
                                              QString *problem) const
{
    const QJsonObject operation = m_document.value(QLatin1String("paths"))
                                      .toObject()
                                      .value(pathTemplate)
                                      .toObject()
                                      .value(method)
                                      .toObject();
    if (operation.isEmpty()) {
        *problem = QStringLiteral("the contract has no %1 %2").arg(method, pathTemplate);
        return {};
    }
    const QJsonObject response = operation.value(QLatin1String("responses"))
                                     .toObject()
                                     .value(QString::number(status))
                                     .toObject();
    const QJsonObject schema = response.value(QLatin1String("content"))
                                   .toObject()
                                   .value(mediaType)
                                   .toObject()
                                   .value(QLatin1String("schema"))
                                   .toObject();
    if (schema.isEmpty()) {
        *problem = QStringLiteral("the contract documents no %1 %2 answer for %3 %4")
                       .arg(QString::number(status), mediaType, method, pathTemplate);
    }
    return schema;
}

QStringList JsonSchemaChecker::violations(const QJsonValue &value, const QJsonObject &schema,
                                          const QString &where)
{
    QStringList found;
    check(value, schema, where, QString(), &found);
    return found;
}

void JsonSchemaChecker::check(const QJsonValue &value, const QJsonObject &schema,
                              const QString &where, const QString &schemaName, QStringList *found)
{
    const QString ref = schema.value(QLatin1String("$ref")).toString();
    if (!ref.isEmpty()) {
        const QString name = ref.section(QLatin1Char('/'), -1);
        const QJsonObject target = componentSchema(name);
        if (target.isEmpty()) {
            found->append(QStringLiteral("%1: unresolvable %2").arg(where, ref));
            return;
        }
        check(value, target, where, name, found);
        return;
    }

    const bool nullable = schema.value(QLatin1String("nullable")).toBool();
    if (value.isNull() || value.isUndefined()) {
        if (!nullable)
            found->append(QStringLiteral("%1: is %2, which the schema does not allow")
                              .arg(where, typeOf(value)));
        return;
    }

    const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
    for (const QJsonValue &part : allOf)
        check(value, part.toObject(), where, schemaName, found);

    const QString type = schema.value(QLatin1String("type")).toString();
    if (type.isEmpty())
        return;
    if (!hasType(value, type)) {
        found->append(QStringLiteral("%1: expected %2, got %3").arg(where, type, typeOf(value)));
        return;
    }

    if (type == QLatin1String("string")) {
        const QString text = value.toString();
        const int minLength = schema.value(QLatin1String("minLength")).toInt(0);
        if (text.size() < minLength)
            found->append(QStringLiteral("%1: shorter than %2").arg(where).arg(minLength));
        const QString problem
            = formatProblem(text, schema.value(QLatin1String("format")).toString());
        if (!problem.isEmpty())
            found->append(QStringLiteral("%1: \"%2\" is %3").arg(where, text, problem));
    } else if (type == QLatin1String("array")) {
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), items, QStringLiteral("%1[%2]").arg(where).arg(i), QString(), found);
    } else if (type == QLatin1String("object")) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString()))
                found->append(QStringLiteral("%1: required field \"%2\" is missing")
                                  .arg(where, required.toString()));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = where + QLatin1Char('.') + it.key();
            if (properties.contains(it.key())) {
                check(it.value(), properties.value(it.key()).toObject(), path, QString(), found);
            } else if (schema.value(QLatin1String("additionalProperties")).toBool(true) == false) {
                if (m_allowedExtras.value(schemaName).contains(it.key()))
                    m_extrasSeen.insert(schemaName + QLatin1Char('.') + it.key());
                else
                    found->append(QStringLiteral("%1: not in the schema %2").arg(path, schemaName));
            }
        }
    }
}

} // namespace d360::test
