// Guards for tests that touch the Secret Service or the X display.
//
// Such tests must run inside tests/support/test-session.sh, which gives them a
// throw-away home, a private D-Bus session with its own gnome-keyring, and its
// own Xvfb. Run outside it, a keychain test would write into the developer's
// real keyring; so it fails with a message that says how to run it instead.
#pragma once

#include <QString>

namespace d360::test {

// True inside test-session.sh; otherwise false, with the reason in *why.
bool insidePrivateSession(QString *why);

} // namespace d360::test

// Fails the current test function when it is not inside the private session.
#define D360_REQUIRE_PRIVATE_SESSION()                                                             \
    do {                                                                                           \
        QString reason_;                                                                           \
        if (!d360::test::insidePrivateSession(&reason_))                                           \
            QFAIL(qPrintable(reason_));                                                            \
    } while (false)
