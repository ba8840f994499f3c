// Turns an HTTP error answer into an ApiError.
//
// Document360 answers errors as RFC 7807 problem+json with its own extension
// fields (trace_id, errors, warnings). Proxies and load balancers answer with
// HTML or nothing at all; those still become a clear error for their status,
// with whatever trace id the headers carry.
#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>

namespace d360::api {

// status: the HTTP status; body: the raw body; requestIdHeader: the value of
// an X-Request-Id style header, used when the body carries no trace id.
ApiError parseProblemDetails(int status, const QByteArray &body,
                             const QString &requestIdHeader = {});

} // namespace d360::api
