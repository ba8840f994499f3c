// Runs the real `d360-exporter` executable (D360_EXECUTABLE) as a child
// process against a sandbox, the way a CI pipeline would: the credential and
// the server in its environment, never on its command line, and its data and
// settings folders in a temporary directory so nothing of the developer's is
// read or written. Fast job settings go into that settings folder.
#pragma once

#include "core/state/StateDatabase.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The first step of every test of the real executable, in initTestCase():
// QStandardPaths in test mode (nothing of the developer's is touched), and
// the d360-exporter that ctest names.
#define D360_REQUIRE_EXPORTER_EXECUTABLE()                                                         \
    QStandardPaths::setTestModeEnabled(true);                                                      \
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("D360_EXECUTABLE")),                           \
             "D360_EXECUTABLE must name the built d360-exporter (ctest sets it)")

namespace d360::test {

class ExporterProcess
{
public:
    // home: a temporary folder for XDG_DATA_HOME and XDG_CONFIG_HOME.
    ExporterProcess(const sandbox::SandboxServer &server, const QString &home)
        : m_home(home)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("D360_BASE_URL"), server.baseUrl().toString());
        m_environment.insert(QStringLiteral("D360_API_KEY"), server.apiKey());
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                             QDir(home).filePath(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                             QDir(home).filePath(QStringLiteral("config")));
        m_environment.remove(QStringLiteral("D360_PROJECT_ID"));
        writeFastSettings();
    }

    QProcessEnvironment &environment() { return m_environment; }

    // The program's data folder and state database in this home.
    QString dataFolder() const
    {
        return QDir(m_home).filePath(QStringLiteral("data/d360-exporter/d360-exporter"));
    }
    QString stateFile() const
    {
        return QDir(dataFolder()).filePath(QStringLiteral("state.sqlite"));
    }

    // The queues the command keeps in the state database to resume its
    // batches (none after a success), read with SQL of the test's own.
    QStringList savedBatches() const
    {
        if (!QFileInfo::exists(stateFile()))
            return {};
        QString problem;
        const std::shared_ptr<state::StateDatabase> database
            = state::StateDatabase::open(stateFile(), &problem);
        if (!database)
            qFatal("the state database cannot be read: %s", qPrintable(problem));
        QSqlQuery query(database->connection());
        if (!query.exec(QStringLiteral(
                "SELECT DISTINCT queue FROM queue_jobs WHERE queue LIKE 'cli/%' ORDER BY queue")))
            qFatal("the state database cannot be read: %s", qPrintable(query.lastError().text()));
        QStringList queues;
        while (query.next())
            queues.append(query.value(0).toString());
        return queues;
    }

    struct Result
    {
        bool finished = false;
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::NormalExit;
        QByteArray out;
        QByteArray err;

        QList<QJsonObject> jsonLines() const
        {
            QList<QJsonObject> lines;
            for (const QByteArray &line : out.split('\n')) {
                if (!line.trimmed().isEmpty())
                    lines.append(QJsonDocument::fromJson(line).object());
            }
            return lines;
        }
    };

    // Starts the command; the caller waits on process(). A wrapper (for
    // example `unshare -Urm sh -c '...; exec "$0" "$@"'`) runs it, with the
    // executable and the arguments after the wrapper's own.
    void start(const QStringList &arguments, const QStringList &wrapper = {})
    {
        const QString executable = qEnvironmentVariable("D360_EXECUTABLE");
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(m_environment);
        m_process->setProgram(wrapper.isEmpty() ? executable : wrapper.first());
        m_process->setArguments(wrapper.isEmpty()
                                    ? arguments
                                    : wrapper.mid(1) + QStringList { executable } + arguments);
        m_process->start();
    }

    // How long a job waits out network trouble before it fails.
    void setNetworkPatience(int milliseconds) { writeSettings(milliseconds); }

    QProcess *process() const { return m_process.get(); }

    // Waits (running the event loop, so an in-process sandbox keeps serving).
    Result wait(int timeoutMs)
    {
        Result result;
        if (m_process->state() != QProcess::NotRunning) {
            QSignalSpy finished(m_process.get(), &QProcess::finished);
            result.finished = finished.wait(timeoutMs);
        } else {
            result.finished = true;
        }
        result.exitCode = m_process->exitCode();
        result.exitStatus = m_process->exitStatus();
        result.out = m_process->readAllStandardOutput();
        result.err = m_process->readAllStandardError();
        return result;
    }

    Result run(const QStringList &arguments, int timeoutMs = 60000, const QStringList &wrapper = {})
    {
        start(arguments, wrapper);
        return wait(timeoutMs);
    }

private:
    void writeFastSettings() { writeSettings(30000); }

    void writeSettings(int networkPatienceMs)
    {
        const QString folder = QDir(m_home).filePath(QStringLiteral("config/d360-exporter"));
        QDir().mkpath(folder);
        QFile file(QDir(folder).filePath(QStringLiteral("d360-exporter.conf")));
        if (file.open(QIODevice::WriteOnly))
            file.write("[jobs]\npollFirstMs=20\npollCapMs=100\nretryFirstMs=30\nretryCapMs=300\n"
                       "networkPatienceMs="
                       + QByteArray::number(networkPatienceMs) + "\nprogressIntervalMs=100\n");
    }

    QString m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<QProcess> m_process;
};

} // namespace d360::test
