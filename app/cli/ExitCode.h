// Exit codes of the headless command.
//
// They are a public contract, and the same numbers as Document360's official
// `d360` CLI, so a script that checks `$?` after one tool works with the other.
#pragma once

namespace d360::cli {

enum ExitCode : int {
    Success = 0,
    ApiError = 1, // an export failed or the API refused the request
    UsageError = 2, // bad command line
    AuthenticationError = 3,
    NotFound = 4,
    NetworkError = 5,
    NotConfigured = 6, // no account and no D360_API_KEY
    RateLimitExhausted = 7,
};

} // namespace d360::cli
