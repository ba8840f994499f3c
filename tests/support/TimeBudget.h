// Time budgets for tests that check something stays cheap.
//
// A budget is set for the optimised build. Under the sanitizers (the asan
// preset) the same code runs several times slower, which says nothing about
// the code, so that preset sets D360_TIME_BUDGET_SCALE and every budget grows
// by that factor; everywhere else it is 1.
#pragma once

#include <QtGlobal>

namespace d360::test {

inline qint64 timeBudgetMs(qint64 milliseconds)
{
    const int scale = qEnvironmentVariableIntValue("D360_TIME_BUDGET_SCALE");
    return milliseconds * (scale > 1 ? scale : 1);
}

} // namespace d360::test
