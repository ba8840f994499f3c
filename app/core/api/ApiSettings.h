// The knobs of the API client, with the defaults real use needs.
//
// Tests turn the waits down (a sandbox answers in microseconds); nobody else
// needs to touch them. The defaults follow Document360's official CLI: a 60 s
// request timeout and three retries.
#pragma once

#include "core/api/RetryPolicy.h"

#include <chrono>

namespace d360::api {

struct ApiSettings
{
    // Whole API request, from sending to the last byte of the answer.
    std::chrono::milliseconds requestTimeout { 60000 };
    // No byte moving for this long ends a request; for downloads this is the
    // only timeout, so a slow but moving download is never killed.
    std::chrono::milliseconds inactivityTimeout { 30000 };
    std::chrono::milliseconds downloadInactivityTimeout { 60000 };
    // The few quick retries of one API request (429, 5xx, a dropped
    // connection). Riding out longer trouble and resuming a cut download are
    // the export job's, with JobSettings::networkPatience.
    RetryPolicy retry;
    int pageSize = 100; // the API's maximum
    int maxPages = 10000; // a server whose pagination never ends is an error
    int maxRedirects = 5;
    int requestsPerMinute = 60; // until the server says otherwise
    std::chrono::milliseconds rateWindow { 60000 };
};

} // namespace d360::api
