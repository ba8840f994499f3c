// What API-level tests share: client settings with short waits (a sandbox on
// loopback answers in microseconds, so retries need not wait seconds), and a
// way to run a call to its end and keep its outcome, since the call object
// deletes itself once it has reported.
#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiSettings.h"

#include <QTest>

#include <memory>

namespace d360::test {

inline api::ApiSettings fastApiSettings()
{
    api::ApiSettings settings;
    settings.retry.baseDelay = std::chrono::milliseconds(20);
    settings.retry.maxDelay = std::chrono::milliseconds(200);
    settings.requestTimeout = std::chrono::milliseconds(10000);
    settings.inactivityTimeout = std::chrono::milliseconds(5000);
    settings.downloadInactivityTimeout = std::chrono::milliseconds(5000);
    settings.requestsPerMinute = 100000;
    return settings;
}

template<typename Result> struct Outcome
{
    bool finished = false;
    api::ApiError error;
    Result result {};
    QString requestId;
    QList<api::ApiWarning> warnings;
};

struct NoResult
{
};

template<typename Result> void keepOutcome(const api::ApiCall *call, Outcome<Result> *outcome)
{
    outcome->error = call->error();
    outcome->requestId = call->requestId();
    outcome->warnings = call->warnings();
    if constexpr (!std::is_same_v<Result, NoResult>)
        outcome->result = static_cast<const api::ApiResultCall<Result> *>(call)->result();
    outcome->finished = true;
}

// Runs the call's event loop turns until it reports; a call that never
// reports leaves finished false, which the test then asserts.
template<typename Result>
Outcome<Result> await(api::ApiResultCall<Result> *call, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome<Result>>();
    QObject::connect(call, &api::ApiCall::finished, call,
                     [call, outcome] { keepOutcome(call, outcome.get()); });
    // A call that never reports leaves finished false; the test asserts on it.
    (void)QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

inline Outcome<NoResult> awaitCall(api::ApiCall *call, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome<NoResult>>();
    QObject::connect(call, &api::ApiCall::finished, call,
                     [call, outcome] { keepOutcome(call, outcome.get()); });
    // A call that never reports leaves finished false; the test asserts on it.
    (void)QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

} // namespace d360::test
