// See TestSession.h. test-session.sh exports D360_TEST_SESSION with the path
// of its throw-away home; checking that HOME is that folder too guards against
// a variable leaking into a shell where HOME is the developer's real one.
#include "support/TestSession.h"

#include <QDir>
#include <QtGlobal>

namespace d360::test {

bool insidePrivateSession(QString *why)
{
    const QString sessionHome = qEnvironmentVariable("D360_TEST_SESSION");
    if (sessionHome.isEmpty()) {
        *why = QStringLiteral("This test needs the private keychain and display session. "
                              "Run it through tests/run-tests.sh, or wrap it: "
                              "tests/support/test-session.sh ctest -R NAME");
        return false;
    }
    if (QDir(sessionHome) != QDir(qEnvironmentVariable("HOME"))) {
        *why = QStringLiteral("HOME is not the test session's throw-away home; refusing to "
                              "touch a real keychain.");
        return false;
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *why = QStringLiteral("No D-Bus session bus: the test session did not start one.");
        return false;
    }
    return true;
}

} // namespace d360::test
