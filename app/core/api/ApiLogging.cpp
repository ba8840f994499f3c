// See ApiLogging.h.
#include "core/api/ApiLogging.h"

namespace d360::api {
Q_LOGGING_CATEGORY(lcApi, "d360.api", QtWarningMsg)
} // namespace d360::api
