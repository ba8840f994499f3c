// See SecretInput.h. Echo is switched off with termios on the terminal itself
// and always switched back, also when reading fails and when a signal (Ctrl-C,
// a closed terminal) ends the process at the prompt; the line is read with
// read(2) in small pieces so nothing is buffered beyond the first line.
#include "cli/SecretInput.h"

#include <QByteArray>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <iterator>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace d360::cli {

namespace {

constexpr qsizetype maximumSecretBytes = 16 * 1024;

#ifdef Q_OS_UNIX
// Reads one line (without its end) from fd; false on an error or when the
// line is longer than a secret can be.
bool readLine(int fd, QByteArray *line)
{
    char character = 0;
    for (;;) {
        const ssize_t got = ::read(fd, &character, 1);
        if (got == 0)
            return true; // end of input
        if (got < 0)
            return false;
        if (character == '\n')
            return true;
        line->append(character);
        if (line->size() > maximumSecretBytes)
            return false;
    }
}

// The terminal settings to put back if a signal ends the process while echo
// is off. Only what a signal handler may touch: plain data, set before the
// handlers are installed.
int interruptedFd = -1;
termios interruptedSettings {};

const int endingSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

extern "C" void restoreEchoAndDie(int signalNumber)
{
    ::tcsetattr(interruptedFd, TCSANOW, &interruptedSettings); // async-signal-safe
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber); // ends the process as the signal would have
}

// Turns terminal echo off for its lifetime, and back on if a signal ends
// the process meanwhile.
class EchoOff
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) != 0)
            return;
        interruptedFd = fd;
        interruptedSettings = m_saved;
        struct sigaction action
        {
        };
        action.sa_handler = restoreEchoAndDie;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(endingSignals); ++i)
            ::sigaction(endingSignals[i], &action, &m_previous[i]);
        m_handlersInstalled = true;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        for (std::size_t i = 0; m_handlersInstalled && i < std::size(endingSignals); ++i)
            ::sigaction(endingSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

    bool isActive() const { return m_active; }

private:
    int m_fd;
    termios m_saved {};
    struct sigaction m_previous[std::size(endingSignals)] {};
    bool m_handlersInstalled = false;
    bool m_active = false;
};
#endif

} // namespace

bool SecretInput::standardInputIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

std::optional<QString> SecretInput::read(const QString &prompt, QString *problem)
{
#ifdef Q_OS_UNIX
    QByteArray line;
    bool ok = false;
    if (standardInputIsTerminal()) {
        EchoOff echoOff(STDIN_FILENO);
        if (!echoOff.isActive()) {
            *problem
                = tr("cannot turn off echo on this terminal, so the token is not read from it; "
                     "pipe it in instead");
            return std::nullopt;
        }
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        ok = readLine(STDIN_FILENO, &line);
    } else {
        ok = readLine(STDIN_FILENO, &line);
    }
    const QString secret = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    if (!ok) {
        *problem = tr("the token could not be read from standard input");
        return std::nullopt;
    }
    if (secret.isEmpty()) {
        *problem = tr("no token on standard input (type or paste it, or pipe it in)");
        return std::nullopt;
    }
    return secret;
#else
    Q_UNUSED(prompt);
    *problem = tr("reading a token is not supported on this system yet");
    return std::nullopt;
#endif
}

} // namespace d360::cli
