// See Pagination.h. A cursor is base64url("c1." + list tag + "." + offset):
// opaque to clients, as the contract requires, and checkable here without
// keeping state per cursor.
#include "sandbox/Pagination.h"

#include <QCryptographicHash>

namespace d360::sandbox {

namespace {

QByteArray listTag(const QString &listKey)
{
    return QCryptographicHash::hash(listKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
}

bool decodeCursor(const QString &cursor, const QString &listKey, int *offset)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 3 || parts.at(0) != "c1" || parts.at(1) != listTag(listKey))
        return false;
    bool ok = false;
    const int value = parts.at(2).toInt(&ok);
    if (!ok || value < 0)
        return false;
    *offset = value;
    return true;
}

ErrorEntry invalidField(const QString &field, const QString &message, const QString &details = {})
{
    return ErrorEntry { QStringLiteral("VALIDATION_ERROR"), message, field, details };
}

} // namespace

QString Pagination::cursorFor(const QString &listKey, int offset)
{
    const QByteArray raw
        = QByteArrayLiteral("c1.") + listTag(listKey) + '.' + QByteArray::number(offset);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Pagination::parse(const HttpRequest &request, const QString &listKey, PageRequest *page,
                       ErrorEntry *error)
{
    PageRequest result;

    if (request.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        const qlonglong size = request.queryValue(QStringLiteral("page_size")).toLongLong(&ok);
        if (!ok || size < 1) {
            *error = invalidField(
                QStringLiteral("page_size"),
                QStringLiteral("page_size must be an integer from 1 to %1.").arg(maximumPageSize));
            return false;
        }
        result.pageSize = static_cast<int>(qMin<qlonglong>(size, maximumPageSize));
    }

    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        if (!decodeCursor(cursor, listKey, &result.offset)) {
            *error = invalidField(QStringLiteral("cursor"),
                                  QStringLiteral("The cursor is not valid for this list."),
                                  QStringLiteral("Pass the next_cursor of a previous page of "
                                                 "the same list."));
            return false;
        }
        result.page = 0;
    } else if (request.hasQueryItem(QStringLiteral("page"))) {
        bool ok = false;
        const qlonglong number = request.queryValue(QStringLiteral("page")).toLongLong(&ok);
        // The upper bound keeps offset arithmetic in int; such pages are empty anyway.
        if (!ok || number < 1 || number > 1000000) {
            *error = invalidField(QStringLiteral("page"),
                                  QStringLiteral("page must be a positive integer (1-based)."));
            return false;
        }
        result.page = static_cast<int>(number);
        result.offset = (result.page - 1) * result.pageSize;
    }

    const QString total = request.queryValue(QStringLiteral("include_total_count"));
    result.includeTotalCount = total.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || total == QLatin1String("1");
    *page = result;
    return true;
}

QJsonObject Pagination::describe(const PageRequest &page, int totalCount, const QString &listKey)
{
    const bool hasMore = qint64(page.offset) + page.pageSize < totalCount;
    QJsonObject pagination {
        { QStringLiteral("page"), page.page },
        { QStringLiteral("page_size"), page.pageSize },
        { QStringLiteral("has_more"), hasMore },
        { QStringLiteral("next_cursor"),
          hasMore ? QJsonValue(cursorFor(listKey, page.offset + page.pageSize))
                  : QJsonValue(QJsonValue::Null) },
    };
    if (page.includeTotalCount)
        pagination.insert(QStringLiteral("total_count"), totalCount);
    return pagination;
}

} // namespace d360::sandbox
