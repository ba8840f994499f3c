// Fuzzes the request parser of the OAuth loopback listener
// (LoopbackRedirectListener::parseRequest): whatever the browser, or any
// other program on this computer, sends to 127.0.0.1 during a sign-in. Only
// a complete "GET /callback?... HTTP/1.x" request is a callback; an
// over-long one is refused, an unfinished one waits for more.
#include "FuzzSupport.h"
#include "core/auth/LoopbackRedirectListener.h"

using namespace d360;
using Listener = auth::LoopbackRedirectListener;
using Verdict = Listener::Request::Verdict;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray received = fuzz::bytes(data, size);
    const Listener::Request request = Listener::parseRequest(received);
    const bool complete = received.contains("\r\n\r\n") || received.contains("\n\n");
    if (received.size() > Listener::maximumRequestBytes)
        D360_FUZZ_CHECK(request.verdict == Verdict::TooLarge);
    else if (!complete)
        D360_FUZZ_CHECK(request.verdict == Verdict::Incomplete);
    if (request.verdict != Verdict::Callback)
        return 0;
    D360_FUZZ_CHECK(received.trimmed().startsWith("GET "));
    // What handleCallback then reads.
    for (const char *key : { "code", "state", "error", "error_description" })
        Q_UNUSED(request.query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded));
    return 0;
}
