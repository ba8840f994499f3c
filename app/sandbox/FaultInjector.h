// Decides, request by request, which of the configured faults strikes.
//
// Bursts ("the next N requests") are counters that each strike uses up;
// the share of 5xx answers is drawn at random (from a fixed seed when one is
// set, so a test meets the same errors every run), and the status it answers
// with cycles through 500, 502, 503 and 504, so that the first injected
// error is always a 500 and a client meets every kind within four. Setting
// the faults again (setFaults()) replaces the counters, which is what the
// control endpoint and SandboxServer::setFaults() do.
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QRandomGenerator>

namespace d360::sandbox {

class FaultInjector
{
public:
    explicit FaultInjector(const SandboxFaults &faults = {});

    void setFaults(const SandboxFaults &faults);
    const SandboxFaults &faults() const { return m_faults; }

    // The status an API request is answered with before it reaches the API
    // (a gateway's 429 or 5xx), or 0 when none strikes.
    int takeGatewayStatus();
    bool takeMalformedBody();
    bool takeTruncatedBody();
    bool takeExportFailure();
    // How many body bytes a download may send before the connection is cut;
    // -1 when this download is not cut.
    qint64 takeDownloadCut();
    // For a token-endpoint request: 503, or -1 to drop the connection, or 0.
    int takeTokenEndpointFault();

private:
    SandboxFaults m_faults;
    QRandomGenerator m_serverErrorDraws;
    int m_nextServerError = 0;
};

} // namespace d360::sandbox
