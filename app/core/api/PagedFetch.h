// Follows a paginated list to its end.
//
// Document360 lists carry `pagination {page, page_size, has_more,
// next_cursor}`. We ask for the largest page (100), follow next_cursor when
// the server gives one and the page number otherwise, and stop only when
// has_more is false. A server that keeps saying "more" with the same cursor,
// or beyond a sane number of pages, is an error, never an endless loop; a
// page whose data is not a list is an error, never a silent empty list.
#pragma once

#include "core/api/ApiError.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

namespace d360::api {

class ApiCall;
class ApiTransport;

class PagedFetch : public QObject
{
    Q_OBJECT

public:
    // pageSizeOverride: ask for this page size and stop after the first page
    // (used to probe an endpoint); 0 fetches everything.
    PagedFetch(ApiTransport *transport, QString path, QUrlQuery query, ApiCall *call,
               int pageSizeOverride = 0);

    void start();

    const QJsonArray &items() const { return m_items; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void fetchPage();
    void finish(const ApiError &error);

    ApiTransport *m_transport;
    QString m_path;
    QUrlQuery m_baseQuery;
    QPointer<ApiCall> m_call;
    int m_pageSizeOverride;
    int m_page = 1;
    int m_pagesFetched = 0;
    QString m_cursor;
    QSet<QString> m_seenCursors;
    QJsonArray m_items;
    ApiError m_error;
};

} // namespace d360::api
