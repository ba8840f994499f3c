// Paging of the list endpoints, as the contract describes it: `page`
// (1-based, default 1), `page_size` (default 25, at most 100), an opaque
// `cursor` that wins over `page`, and `include_total_count`. The answer's
// "pagination" object carries page (0 when paging by cursor, as the schema
// says), page_size, total_count only when asked for, has_more and
// next_cursor (null on the last page).
//
// Chosen behaviour where the contract is silent, so clients meet it
// consistently: a page_size above 100 is clamped to 100 (the answer's
// page_size says so); a page or page_size that is not a positive integer,
// and a cursor this list did not issue, answer 422 VALIDATION_ERROR naming
// the field; a page past the end is an empty page with has_more false.
// Cursors name the list they belong to, so one list's cursor cannot page
// through another.
#pragma once

#include "sandbox/HttpMessage.h"
#include "sandbox/ProblemResponse.h"

#include <QJsonObject>

namespace d360::sandbox {

struct PageRequest
{
    int page = 1; // 0 when paging by cursor
    int pageSize = 25;
    int offset = 0; // index of the first item on the page
    bool includeTotalCount = false;
};

class Pagination
{
public:
    static constexpr int defaultPageSize = 25;
    static constexpr int maximumPageSize = 100;

    // Reads the paging parameters for the list identified by listKey. On a
    // bad parameter returns false and describes it in *error.
    static bool parse(const HttpRequest &request, const QString &listKey, PageRequest *page,
                      ErrorEntry *error);

    // The "pagination" object for a page of a list of totalCount items.
    static QJsonObject describe(const PageRequest &page, int totalCount, const QString &listKey);

    static QString cursorFor(const QString &listKey, int offset);
};

} // namespace d360::sandbox
