// What the export-job tests share: a quick sandbox, fast job settings, the
// Acme demo project's ids, and checks on what a user finds in the output
// folder (the files, their SHA-256, no .part left behind).
#pragma once

#include "core/api/ApiSettings.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/Sha256Stream.h"
#include "sandbox/SandboxServer.h"
#include "support/ApiTestSupport.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QStringList>

namespace d360::test {

// A sandbox on loopback answers in microseconds: retries need not wait long.
// The client learns its rate limit from the sandbox's headers.
inline api::ApiSettings fastClientSettings()
{
    api::ApiSettings settings = fastApiSettings();
    settings.requestsPerMinute = api::ApiSettings().requestsPerMinute;
    return settings;
}

inline jobs::JobSettings fastJobSettings()
{
    jobs::JobSettings settings;
    settings.maxConcurrentJobs = 4;
    settings.pollFirst = std::chrono::milliseconds(10);
    settings.pollGrowth = 1.5;
    settings.pollCap = std::chrono::milliseconds(100);
    settings.retryFirst = std::chrono::milliseconds(20);
    settings.retryCap = std::chrono::milliseconds(200);
    settings.networkPatience = std::chrono::milliseconds(20000);
    settings.progressInterval = std::chrono::milliseconds(50);
    return settings;
}

struct DemoTarget
{
    QString projectId;
    QString projectName;
    QStringList versionIds; // v1.0 (3 languages), v2.0 (5, the default), v3.0 beta (2)
};

// The Acme Cloud Handbook: several versions, several languages each.
inline DemoTarget acmeProject(const sandbox::SandboxServer &server)
{
    for (const sandbox::DemoProject &project : server.demoData().projects()) {
        if (project.name == QLatin1String("Acme Cloud Handbook")) {
            DemoTarget target { project.id, project.name, {} };
            for (const sandbox::DemoVersion &version : project.versions)
                target.versionIds.append(version.id);
            return target;
        }
    }
    return {};
}

// `export` of the target's first version into out, with extra arguments.
inline QStringList exportArguments(const DemoTarget &target, const QString &out,
                                   const QStringList &extra = {})
{
    return QStringList { QStringLiteral("export"),
                         QStringLiteral("--project"),
                         target.projectId,
                         QStringLiteral("--version"),
                         target.versionIds.at(0),
                         QStringLiteral("--out"),
                         out }
    + extra;
}

// Every file and folder under folder, relative, sorted; hidden ones included.
inline QStringList everythingIn(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(QDir(folder).relativeFilePath(it.next()));
    found.sort();
    return found;
}

inline QStringList partFilesIn(const QString &folder)
{
    return everythingIn(folder).filter(QStringLiteral(".part"));
}

inline QByteArray sha256OfFile(const QString &path)
{
    QString problem;
    return jobs::Sha256Stream::fileHex(path, &problem);
}

} // namespace d360::test
