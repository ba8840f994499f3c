// See ResumableBatch.h.
#include "cli/ResumableBatch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace d360::cli {

namespace {

QJsonArray normalised(QStringList values, bool caseInsensitive)
{
    if (caseInsensitive) {
        for (QString &value : values)
            value = value.toLower();
    }
    values.sort();
    values.removeDuplicates();
    return QJsonArray::fromStringList(values);
}

} // namespace

QString resumableQueueName(const ExportRequestIdentity &identity)
{
    QJsonObject request;
    request.insert(QLatin1String("server"), identity.server);
    request.insert(QLatin1String("project"), identity.projectId);
    request.insert(QLatin1String("versions"), normalised(identity.versions, false));
    request.insert(QLatin1String("languages"), normalised(identity.languages, true));
    request.insert(QLatin1String("formats"), normalised(identity.formats, true));
    request.insert(QLatin1String("out"),
                   QDir::cleanPath(QDir(identity.outputFolder).absolutePath()));
    request.insert(QLatin1String("template"), identity.fileNamePattern);
    request.insert(QLatin1String("extract"), identity.extract);
    const QByteArray digest
        = QCryptographicHash::hash(QJsonDocument(request).toJson(QJsonDocument::Compact),
                                   QCryptographicHash::Sha256)
              .toHex()
              .left(32);
    return QStringLiteral("cli/") + QString::fromLatin1(digest);
}

} // namespace d360::cli
