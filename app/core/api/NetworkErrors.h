// Translates what QNetworkReply reports about the transport (DNS, refused,
// dropped, TLS, proxy, timeout) into an ApiError kind with a clear detail.
#pragma once

#include "core/api/ApiError.h"

class QNetworkReply;

namespace d360::api {

// timedOut: our own deadline aborted the reply (Qt reports that as a cancel).
ApiError transportError(const QNetworkReply *reply, bool timedOut);

} // namespace d360::api
