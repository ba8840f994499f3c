// See PagedFetch.h.
#include "core/api/PagedFetch.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiRequest.h"
#include "core/api/ApiTransport.h"

namespace d360::api {

PagedFetch::PagedFetch(ApiTransport *transport, QString path, QUrlQuery query, ApiCall *call,
                       int pageSizeOverride)
    : QObject(call)
    , m_transport(transport)
    , m_path(std::move(path))
    , m_baseQuery(std::move(query))
    , m_call(call)
    , m_pageSizeOverride(pageSizeOverride)
{ }

void PagedFetch::start()
{
    fetchPage();
}

void PagedFetch::fetchPage()
{
    ApiRequestSpec spec;
    spec.path = m_path;
    spec.query = m_baseQuery;
    const int pageSize
        = m_pageSizeOverride > 0 ? m_pageSizeOverride : m_transport->settings().pageSize;
    spec.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    if (m_cursor.isEmpty())
        spec.query.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    else
        spec.query.addQueryItem(QStringLiteral("cursor"), m_cursor);

    ApiRequest *request = m_transport->send(spec, m_call);
    connect(request, &ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        const ApiResponse &response = request->response();
        if (m_call) {
            m_call->setRequestId(response.envelope.requestId);
            m_call->addWarnings(response.envelope.warnings);
        }
        if (!response.ok()) {
            finish(response.error);
            return;
        }
        const QJsonValue data = response.envelope.data;
        if (!data.isArray()) {
            ApiError error(
                ApiError::Kind::InvalidResponse,
                ApiError::tr("a list was expected, the answer holds %1")
                    .arg(data.isNull() ? ApiError::tr("null") : ApiError::tr("something else")));
            error.setTraceId(response.envelope.requestId);
            error.setHost(m_transport->address().apiBaseUrl().host());
            finish(error);
            return;
        }
        const QJsonArray page = data.toArray();
        for (const QJsonValue &item : page)
            m_items.append(item);
        ++m_pagesFetched;
        if (m_call)
            Q_EMIT m_call->progress(int(m_items.size()));

        const Pagination &pagination = response.envelope.pagination;
        if (m_pageSizeOverride > 0 || !pagination.present || !pagination.hasMore) {
            finish({});
            return;
        }
        if (m_pagesFetched >= m_transport->settings().maxPages) {
            finish(
                ApiError(ApiError::Kind::InvalidResponse,
                         ApiError::tr("the list did not end after %1 pages").arg(m_pagesFetched)));
            return;
        }
        if (!pagination.nextCursor.isEmpty()) {
            if (m_seenCursors.contains(pagination.nextCursor)) {
                finish(ApiError(ApiError::Kind::InvalidResponse,
                                ApiError::tr("the list's pagination repeats itself")));
                return;
            }
            m_seenCursors.insert(pagination.nextCursor);
            m_cursor = pagination.nextCursor;
        } else {
            if (page.isEmpty()) {
                finish(ApiError(
                    ApiError::Kind::InvalidResponse,
                    ApiError::tr("the server says there is more, but sent an empty page")));
                return;
            }
            m_cursor.clear();
            ++m_page;
        }
        fetchPage();
    });
}

void PagedFetch::finish(const ApiError &error)
{
    m_error = error;
    Q_EMIT finished();
}

} // namespace d360::api
