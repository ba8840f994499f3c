// Logging categories of the API client. Enable with
// QT_LOGGING_RULES="d360.api.debug=true"; every line is redacted.
#pragma once

#include <QLoggingCategory>

namespace d360::api {
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace d360::api
