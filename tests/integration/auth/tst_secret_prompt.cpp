// On a terminal, `accounts add` asks for the token with echo off: the test
// runs the real executable on a pseudo-terminal, types a token, and checks
// that the prompt appeared and that the token never came back on the screen.
// (From a pipe it reads the first line instead; tst_accounts_command covers
// that.)
#include "support/TestSession.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace {

// Reads what the terminal shows until the child exits or the time is up.
// exitCode: the child's exit status, or -signal when a signal ended it.
QByteArray readScreen(int master, pid_t child, int *exitCode, int timeoutMs,
                      const QByteArray &typeAfterPrompt)
{
    QByteArray screen;
    bool typed = false;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        pollfd descriptor { master, POLLIN, 0 };
        if (::poll(&descriptor, 1, 100) > 0) {
            char buffer[512];
            const ssize_t got = ::read(master, buffer, sizeof buffer);
            if (got <= 0)
                break; // the child closed the terminal
            screen.append(buffer, qsizetype(got));
        }
        if (!typed && screen.contains("input hidden")) {
            // Echo is off by now: the prompt is written after tcsetattr.
            const ssize_t written
                = ::write(master, typeAfterPrompt.constData(), size_t(typeAfterPrompt.size()));
            typed = written == typeAfterPrompt.size();
        }
    }
    int status = 0;
    if (::waitpid(child, &status, WNOHANG) == child || ::waitpid(child, &status, 0) == child)
        *exitCode = WIFEXITED(status) ? WEXITSTATUS(status)
            : WIFSIGNALED(status)     ? -WTERMSIG(status)
                                      : -1;
    return screen;
}

} // namespace

class SecretPromptTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_PRIVATE_SESSION(); }

    void promptsWithEchoOff()
    {
        const QByteArray executable = qgetenv("D360_EXECUTABLE");
        const QByteArray token
            = "typed-token-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        int master = -1;
        const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
        QVERIFY(child >= 0);
        if (child == 0) {
            // Port 9 refuses: the command reads the token, then fails to
            // reach the server, which is all this test needs.
            ::execl(executable.constData(), executable.constData(), "accounts", "add", "--name",
                    "Typed", "--base-url", "http://127.0.0.1:9", static_cast<char *>(nullptr));
            ::_exit(127);
        }
        int exitCode = -1;
        const QByteArray screen = readScreen(master, child, &exitCode, 20000, token + "\n");
        ::close(master);
        QVERIFY2(screen.contains("API token for Typed (input hidden): "), screen.constData());
        QVERIFY2(!screen.contains(token), "the token was echoed to the terminal");
        // It was read, and sent to the (refusing) server: a network error.
        QCOMPARE(exitCode, 5);
    }

    void ctrlCAtThePromptGivesTheEchoBack()
    {
        const QByteArray executable = qgetenv("D360_EXECUTABLE");
        int master = -1;
        const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
        QVERIFY(child >= 0);
        if (child == 0) {
            ::execl(executable.constData(), executable.constData(), "accounts", "add", "--name",
                    "Interrupted", "--base-url", "http://127.0.0.1:9",
                    static_cast<char *>(nullptr));
            ::_exit(127);
        }
        termios before {};
        QVERIFY(::tcgetattr(master, &before) == 0);
        QVERIFY(before.c_lflag & ECHO);
        // The terminal's interrupt character: the line discipline sends
        // SIGINT to the command, as when a person presses Ctrl-C.
        const QByteArray interrupt(1, char(before.c_cc[VINTR]));
        int exitCode = 0;
        const QByteArray screen = readScreen(master, child, &exitCode, 20000, interrupt);
        QVERIFY2(screen.contains("(input hidden): "), screen.constData());
        QCOMPARE(exitCode, -SIGINT);
        termios after {};
        QVERIFY(::tcgetattr(master, &after) == 0);
        ::close(master);
        QVERIFY2(after.c_lflag & ECHO, "the terminal was left with echo off");
    }
};

QTEST_GUILESS_MAIN(SecretPromptTest)
#include "tst_secret_prompt.moc"
