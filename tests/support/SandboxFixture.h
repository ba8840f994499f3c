// The sandbox as most tests want it: exports that are built in tens of
// milliseconds, and a rate limit generous enough never to be reached but
// announced in the headers, so the client learns it instead of keeping its
// cautious default of 60 requests a minute.
//
// One definition for every test, so a change of the sandbox's defaults (or
// of what "quick" must mean on a slow machine) is made once. A test that
// needs something else states only that, on top of these options.
#pragma once

#include "sandbox/SandboxOptions.h"

namespace d360::test {

inline sandbox::SandboxOptions quickSandboxOptions(sandbox::ServedDialect dialect
                                                   = sandbox::ServedDialect::ProjectVersions)
{
    sandbox::SandboxOptions options;
    options.dialect = dialect;
    options.pendingMs = 20;
    options.buildMs = 40;
    options.rateLimitPerWindow = 100000;
    options.rateLimitWindowSeconds = 60;
    return options;
}

} // namespace d360::test
