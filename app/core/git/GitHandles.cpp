// See GitHandles.h.
#include "core/git/GitHandles.h"

namespace d360::git {

QString lastError(const QString &fallback)
{
    const git_error *error = git_error_last();
    if (!error || !error->message || !*error->message)
        return fallback;
    return QString::fromUtf8(error->message).trimmed();
}

QString oidText(const git_oid &oid)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, &oid);
    return QString::fromLatin1(text);
}

} // namespace d360::git
