// Holds a JSON value to a schema of an OpenAPI 3.0 document, field by field.
//
// The contract files in tests/data/contract are the vendor's own OpenAPI
// documents; this checks what the sandbox answers against them: required
// fields present, types right (an integer is an integer), nullable
// respected, minLength, the uuid, date-time and uri formats, and
// additionalProperties: false. It understands the subset those documents
// use ($ref into components/schemas, allOf, nullable, items) and reports
// every violation with the path where it occurs, so a failing test says
// exactly which field is wrong. Deliberate drift (a field production adds
// that the schema lacks) is allowed by name, per schema, and recorded.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace d360::test {

class JsonSchemaChecker
{
public:
    explicit JsonSchemaChecker(const QJsonObject &openApiDocument);

    static QJsonObject loadDocument(const QString &path);

    void allowExtraProperty(const QString &schemaName, const QString &property);
    // "Schema.property" for every allowed extra seen by violations() so far.
    QSet<QString> extrasSeen() const { return m_extrasSeen; }

    // The schema of a documented response, e.g. ("/v3/projects", "get", 200,
    // "application/json"); empty, with *problem set, when the document has none.
    QJsonObject responseSchema(const QString &pathTemplate, const QString &method, int status,
                               const QString &mediaType, QString *problem) const;
    // The schema of a component by name ("V3ProblemDetails").
    QJsonObject componentSchema(const QString &name) const;

    QStringList violations(const QJsonValue &value, const QJsonObject &schema,
                           const QString &where = QStringLiteral("$"));

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &where,
               const QString &schemaName, QStringList *found);

    QJsonObject m_document;
    QHash<QString, QSet<QString>> m_allowedExtras;
    QSet<QString> m_extrasSeen;
};

} // namespace d360::test
