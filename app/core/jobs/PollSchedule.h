// How long to wait before asking about an export again.
//
// Small exports are ready within a second or two, so the first questions come
// quickly; a big one takes minutes, and asking every second would spend the
// token's rate budget (60 requests a minute, shared by every job of the
// account) on nothing. So the wait grows by a factor after every answer, up
// to a cap. The rate budget still has the last word: a poll that is due
// waits there if the budget is spent.
#pragma once

#include <chrono>

namespace d360::jobs {

class PollSchedule
{
public:
    PollSchedule(std::chrono::milliseconds first, double growth, std::chrono::milliseconds cap);

    // The wait before the next poll; each call makes the following one longer.
    std::chrono::milliseconds next();
    void restart();

private:
    std::chrono::milliseconds m_first;
    double m_growth;
    std::chrono::milliseconds m_cap;
    std::chrono::milliseconds m_current;
};

} // namespace d360::jobs
