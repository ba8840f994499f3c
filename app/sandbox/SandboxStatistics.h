// Counters a sandbox keeps since it started, for tests and benchmarks to
// check what a client really did on the wire (how often it retried, whether
// it ever sent its API key to storage) rather than what it claims it did.
#pragma once

#include <QList>
#include <QtGlobal>

namespace d360::sandbox {

struct SandboxStatistics
{
    int apiRequests = 0; // requests to the API (not OAuth, not control)
    int storageRequests = 0;
    int storageRequestsWithCredential = 0; // storage requests carrying Authorization or X-API-Key
    int tooManyRequestsSent = 0; // 429s answered, real and injected
    int unauthorizedSent = 0; // 401s answered: a credential missing, wrong, expired or revoked
    int exportsStarted = 0; // 202s answered
    int downloadsCompleted = 0; // bodies (whole files or ranges) sent to their end
    qint64 bytesServed = 0; // body bytes storage wrote, counted when each body ends
    // Bodies still being written: bytesServed is final only at 0 (a body the
    // client gave up on is counted when the server notices).
    int downloadsInFlight = 0;
    qint64 paddedAnswerBytesSent = 0; // body bytes of padded API answers that left the socket
    // For each GET of an export's file, in order: the first byte it asked
    // for (0 without a Range), whatever the answer was (a fault may ignore it).
    QList<qint64> rangeOffsetsAsked;
    int expiredLinksRefused = 0; // 403s answered for a signed link past its expiry
};

} // namespace d360::sandbox
