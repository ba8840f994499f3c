// Fuzzes the headers that decide how long we wait: Retry-After (seconds or an
// HTTP-date) and X-RateLimit-Limit/-Remaining/-Reset (seconds or an epoch),
// read by RetryPolicy and RateBudget. A server can send any text there; the
// answer is a wait that is never negative, or no wait at all, and the budget
// keeps a positive limit.
//
// Input: four fields separated by newlines (headers cannot hold one):
// Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset.
#include "FuzzSupport.h"
#include "core/api/RateBudget.h"
#include "core/api/RetryPolicy.h"

#include <QTimeZone>

using namespace d360;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> headers = fuzz::fields(fuzz::bytes(data, size), '\n', 4);
    const QDateTime now(QDate(2026, 11, 29), QTime(20, 0), QTimeZone::utc());

    if (const auto wait = api::RetryPolicy::parseRetryAfter(headers.at(0), now))
        D360_FUZZ_CHECK(wait->count() >= 0);
    if (const auto reset = api::RetryPolicy::parseRateLimitReset(headers.at(3), now))
        D360_FUZZ_CHECK(reset->isValid());

    api::RateBudget budget;
    budget.observe(headers.at(1), headers.at(2), headers.at(3), now);
    D360_FUZZ_CHECK(budget.limit() > 0);
    D360_FUZZ_CHECK(budget.remaining() >= 0);
    return 0;
}
