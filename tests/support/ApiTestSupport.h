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

// How long a test waits for one call before it fails; calls to the sandbox
// on loopback take milliseconds, so this is far beyond any healthy call.
constexpr int defaultAwaitMs = 20000;

// Turns the event loop until the call reports. A call that does not report
// in time fails the test, naming the call as the test wrote it and where,
// and comes back as a Timeout error, so no later check can mistake the
// empty outcome for a success. Use it through D360_AWAIT.
template<typename Result>
Outcome<Result> awaitOutcome(api::ApiCall *call, const char *callText, const char *file, int line,
                             int timeoutMs = defaultAwaitMs)
{
    auto outcome = std::make_shared<Outcome<Result>>();
    QObject::connect(call, &api::ApiCall::finished, call,
                     [call, outcome] { keepOutcome(call, outcome.get()); });
    if (!QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs)) {
        const QString message = QStringLiteral("%1 did not finish within %2 ms")
                                    .arg(QLatin1String(callText))
                                    .arg(timeoutMs);
        QTest::qFail(qPrintable(message), file, line);
        outcome->error = api::ApiError(api::ApiError::Kind::Timeout, message);
    }
    return *outcome;
}

template<typename Result>
Outcome<Result> awaitOutcome(api::ApiResultCall<Result> *call, const char *callText,
                             const char *file, int line, int timeoutMs = defaultAwaitMs)
{
    return awaitOutcome<Result>(static_cast<api::ApiCall *>(call), callText, file, line, timeoutMs);
}

} // namespace d360::test

// D360_AWAIT(client.listProjects()): the call's outcome, or a test failure
// that names the call when it never reports.
#define D360_AWAIT(...) ::d360::test::awaitOutcome((__VA_ARGS__), #__VA_ARGS__, __FILE__, __LINE__)
// The same for a call whose result is not wanted, only its error.
#define D360_AWAIT_CALL(...)                                                                       \
    ::d360::test::awaitOutcome<::d360::test::NoResult>((__VA_ARGS__), #__VA_ARGS__, __FILE__,      \
                                                       __LINE__)
