// See FaultInjector.h.
#include "sandbox/FaultInjector.h"

namespace d360::sandbox {

namespace {

bool takeOne(int &counter)
{
    if (counter <= 0)
        return false;
    --counter;
    return true;
}

} // namespace

FaultInjector::FaultInjector(const SandboxFaults &faults)
{
    setFaults(faults);
}

void FaultInjector::setFaults(const SandboxFaults &faults)
{
    m_faults = faults;
    m_serverErrorDraws
        = QRandomGenerator(faults.serverErrorSeed != 0 ? faults.serverErrorSeed
                                                       : QRandomGenerator::global()->generate());
    m_nextServerError = 0;
}

int FaultInjector::takeGatewayStatus()
{
    if (takeOne(m_faults.rateLimitBurst))
        return 429;
    if (takeOne(m_faults.serverErrorBurst))
        return 503;
    if (m_faults.serverErrorShare > 0
        && m_serverErrorDraws.generateDouble() < m_faults.serverErrorShare) {
        static const int statuses[] = { 500, 502, 503, 504 };
        const int status = statuses[m_nextServerError];
        m_nextServerError = (m_nextServerError + 1) % 4;
        return status;
    }
    return 0;
}

bool FaultInjector::takeMalformedBody()
{
    return takeOne(m_faults.malformedBodies);
}

bool FaultInjector::takeTruncatedBody()
{
    return takeOne(m_faults.truncatedBodies);
}

bool FaultInjector::takeExportFailure()
{
    return takeOne(m_faults.failExports);
}

qint64 FaultInjector::takeDownloadCut()
{
    if (m_faults.cutDownloadAfterBytes < 0 || !takeOne(m_faults.cutDownloads))
        return -1;
    return m_faults.cutDownloadAfterBytes;
}

int FaultInjector::takeTokenEndpointFault()
{
    if (takeOne(m_faults.tokenServerErrors))
        return 503;
    if (takeOne(m_faults.tokenDrops))
        return -1;
    return 0;
}

} // namespace d360::sandbox
