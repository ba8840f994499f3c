// Fuzzes the RFC 7807 problem+json reader (parseProblemDetails) and the
// message an ApiError then shows. Error bodies come from the API, proxies
// and load balancers alike: HTML, truncated JSON, wrong types. Whatever they
// hold, the result is an error of some kind with a message for a person.
//
// Input: two bytes of HTTP status, then the X-Request-Id header up to the
// first newline, then the body.
#include "FuzzSupport.h"
#include "core/api/ProblemDetails.h"

using namespace d360;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] | (data[1] << 8)) % 500;
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data + 2, size - 2), '\n', 2);
    const api::ApiError error
        = api::parseProblemDetails(status, parts.at(1), QString::fromLatin1(parts.at(0)));
    D360_FUZZ_CHECK(!error.isNull());
    D360_FUZZ_CHECK(!error.message().isEmpty());
    const QString shown = error.displayText();
    D360_FUZZ_CHECK(shown.contains(error.message()));
    Q_UNUSED(error.isTransient());
    return 0;
}
