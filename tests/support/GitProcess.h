// The real git, run on a test's repository, as the independent judge of what
// the Git mirror (which goes through libgit2) left there: the log, the
// status, the files a commit touched.
//
// No configuration of the machine's user may change what git prints or
// refuse to run, so git is run without system or global configuration, in
// the C locale, with a home of the test's own. Header-only, like the other
// support files.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace d360::test {

class GitProcess
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // repository: the working tree git runs in; home: a folder of the test's.
    GitProcess(const QString &repository, const QString &home)
        : m_repository(repository)
        , m_home(home)
    { }

    // Empty when git is on PATH, else why the test cannot judge.
    static QString missingReason()
    {
        return QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty()
            ? QStringLiteral("git is not on PATH: the mirror's repository is judged by the real "
                             "git; install git (installer/install-deps.sh lists it)")
            : QString();
    }

    Result run(const QStringList &arguments) const
    {
        QProcess git;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        environment.insert(QStringLiteral("HOME"), m_home);
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        // A commit the test makes itself needs a name.
        environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("A Writer"));
        environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"),
                           QStringLiteral("writer@example.com"));
        environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("A Writer"));
        environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"),
                           QStringLiteral("writer@example.com"));
        git.setProcessEnvironment(environment);
        git.setWorkingDirectory(m_repository);
        git.start(QStandardPaths::findExecutable(QStringLiteral("git")), arguments);
        Result result;
        if (!git.waitForFinished(60000) || git.exitStatus() != QProcess::NormalExit) {
            result.err = QStringLiteral("git did not finish: %1").arg(git.errorString());
            return result;
        }
        result.exitCode = git.exitCode();
        result.out = QString::fromUtf8(git.readAllStandardOutput());
        result.err = QString::fromUtf8(git.readAllStandardError());
        return result;
    }

    // The output of a command that must succeed; empty (and a warning) if not.
    QString output(const QStringList &arguments) const
    {
        const Result result = run(arguments);
        if (result.exitCode != 0) {
            qWarning("git %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(result.err));
            return {};
        }
        return result.out;
    }

    int commitCount() const
    {
        const Result result = run(
            { QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD") });
        return result.exitCode == 0 ? result.out.trimmed().toInt() : 0;
    }

private:
    QString m_repository;
    QString m_home;
};

} // namespace d360::test
