// See Command.h.
#include "cli/Command.h"

#include <QTextStream>

#include <cstdio>

namespace d360::cli {

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace d360::cli
