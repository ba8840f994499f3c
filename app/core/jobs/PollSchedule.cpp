// See PollSchedule.h.
#include "core/jobs/PollSchedule.h"

#include <QtGlobal>

#include <algorithm>

namespace d360::jobs {

PollSchedule::PollSchedule(std::chrono::milliseconds first, double growth,
                           std::chrono::milliseconds cap)
    : m_first(std::max(first, std::chrono::milliseconds(1)))
    , m_growth(std::max(growth, 1.0))
    , m_cap(std::max(cap, m_first))
    , m_current(m_first)
{ }

std::chrono::milliseconds PollSchedule::next()
{
    const std::chrono::milliseconds wait = m_current;
    const auto grown = std::chrono::milliseconds(qint64(double(m_current.count()) * m_growth));
    m_current = std::min(std::max(grown, m_current + std::chrono::milliseconds(1)), m_cap);
    return wait;
}

void PollSchedule::restart()
{
    m_current = m_first;
}

} // namespace d360::jobs
