// Stable names for the kinds of API error, for the state database and the
// command line's JSON.
//
// A failed job must still say, after a restart, whether it failed for want of
// a network or because the server refused it: the CLI's exit code and the
// window's "retry" hint depend on it. ApiError::Kind is an enum whose numbers
// may change, so what is written down is a name.
#pragma once

#include "core/api/ApiError.h"

#include <QString>

namespace d360::jobs {

QString errorKindName(api::ApiError::Kind kind); // "network-unreachable", ...
api::ApiError::Kind errorKindFromName(const QString &name); // None for anything unknown

} // namespace d360::jobs
