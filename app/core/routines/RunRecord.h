// What history knows of one run (one batch of exports): who ran it and how,
// what it was asked to make, and, once it has finished, each planned file as
// it came out (the file's path, size, SHA-256 and the server's ids) or why it
// did not.
//
// Plain values, read and written by HistoryStore, shown by the window's
// History view and by `d360-exporter history`. Failed runs are runs like any
// other: history never hides them.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace d360::routines {

enum class RunOrigin {
    Window,
    CommandLine,
    Schedule,
};

struct RunOriginText
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::RunOrigin)

public:
    // "window", "cli", "schedule": stored, and in --json.
    static QString name(RunOrigin origin);
    static std::optional<RunOrigin> fromName(const QString &name);
    // For people: "Window", "Command line", "Schedule".
    static QString displayName(RunOrigin origin);
};

struct RunItem
{
    QUuid jobId;
    QString title; // "Project / Version / de / pdf"
    QString versionId;
    QString versionName;
    QString languageCode;
    QString format;
    QString state; // jobs::jobStateName
    QString path; // the file, once completed
    qint64 bytes = -1;
    QString sha256;
    QString exportId;
    QString requestId;
    QString traceId;
    QString errorKind;
    QString errorMessage;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isCompleted() const { return state == QLatin1String("completed"); }
};

struct RunRecord
{
    QUuid id; // the batch's
    RunOrigin origin = RunOrigin::Window;
    QString accountName;
    QString presetName; // empty: not from a preset
    QString projectId;
    QString projectName;
    QString description; // what was asked for, in words
    QString runFolder; // a backup's dated folder; empty otherwise
    int keepRuns = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while it runs
    int planned = 0;
    int completed = 0;
    int failed = 0; // failed or cancelled
    qint64 bytes = 0;
    QString manifestPath;
    QDateTime folderRemovedAt; // retention removed its folder

    bool isFinished() const { return finishedAt.isValid(); }
    bool isComplete() const { return isFinished() && planned > 0 && completed == planned; }
    qint64 durationMs() const { return isFinished() ? startedAt.msecsTo(finishedAt) : -1; }
};

} // namespace d360::routines
