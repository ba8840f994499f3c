// A preset, or "saved export": a name and everything the export panel (or
// the export command's flags) holds, so the same export can be run again at
// every release, or on a schedule.
//
// It names the account, never holds a credential: a preset is shared with
// colleagues as JSON (toSharedJson) and lives in the state database beside
// the queue, neither of which may hold a secret. A preset without an account
// takes its credential from the environment (D360_API_KEY, D360_BASE_URL)
// each time it runs, which is what a CI job or a schedule on a server wants.
// Versions are ids or "default" (whatever version is default when it runs);
// languages are codes or "all". A positive keepRuns makes it a backup
// preset: each run goes into a dated folder of its own and the last
// keepRuns complete ones are kept. A preset with a mirror repository keeps
// a Git repository in step with its Markdown exports (mirror/GitMirror).
#pragma once

#include "core/jobs/BatchPlanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace d360::routines {

struct Preset
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::Preset)

public:
    QString name;
    QString accountName; // empty: the environment's credential
    QString baseUrl; // with no account: the API's address, else the environment's
    QString region;
    QString projectId;
    QStringList versions; // ids, and "default"
    // For people only (summary(), lists, the window): the names the project
    // and versions had when the preset was saved, where the saver knew
    // them. A run goes by the ids, so a renamed version still runs.
    QString projectName;
    QHash<QString, QString> versionNames; // id -> name
    QStringList languages; // codes, or "all"; empty: each version's default
    QStringList formats; // pdf, html, markdown; empty: pdf
    QString outputFolder;
    QString fileNamePattern; // empty: the settings' pattern
    bool extract = false;
    bool overwrite = false;
    int parallel = 0; // exports at once; 0: the settings'
    int keepRuns = 0; // > 0: a backup preset that keeps this many runs
    // A Git repository's working tree that each run's Markdown exports are
    // committed into, on mirrorBranch only; empty: no mirror.
    QString mirrorRepository;
    QString mirrorBranch;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isBackup() const { return keepRuns > 0; }
    bool hasMirror() const { return !mirrorRepository.isEmpty(); }
    // What the planner needs (the account is resolved by the caller).
    jobs::BatchSelection selection() const;
    // "Acme / v4.2, default / all languages / PDF, Markdown", for lists.
    QString summary() const;

    // Empty when the preset can be saved and run; else why not, for the user.
    QString problem() const;
    static bool isValidName(const QString &name, QString *problem);

    QJsonObject toJson() const;
    // nullopt with *problem set when a field is missing or wrong.
    static std::optional<Preset> fromJson(const QJsonObject &object, QString *problem);

    // The file `presets export` writes and `presets import` reads: the
    // preset with a format name and version, and no timestamps.
    QByteArray toSharedJson() const;
    static std::optional<Preset> fromSharedJson(const QByteArray &bytes, QString *problem);
};

} // namespace d360::routines
