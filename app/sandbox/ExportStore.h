// The exports a sandbox has started, and the lifecycle of each.
//
// An export's status is computed from the time elapsed since its POST:
// Pending for pendingMs, InProgress for buildMs, then Completed or Failed.
// Nothing ticks; a status asked for twice at the same instant is the same,
// and a test can choose timings of a few milliseconds. While the store is
// held, new exports stay Pending however long it lasts; the release starts
// their clock, which gives a test an explicit gate instead of a long
// pendingMs that it hopes is long enough. The file is built
// once, right after the POST, on a worker thread of the store's own pool,
// into a temporary folder that lives as long as the store; should building
// take longer than buildMs the export simply stays InProgress until the file
// exists, as a real export would. Destroying the store cancels builds still
// running and waits for them, so no worker writes into a removed folder.
#pragma once

#include "sandbox/ExportBuilder.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace d360::sandbox {

enum class ExportPhase { Pending, InProgress, Completed, Failed };

struct ExportRecord
{
    QString id;
    QString projectId;
    QString versionId;
    QString languageCode;
    ExportFormat format = ExportFormat::Pdf;
    qint64 startedMs = 0; // UTC epoch milliseconds of the POST
    // When its Pending time began: the POST, or the release of a hold.
    qint64 pendingFromMs = 0;
    bool held = false; // started while the store was held: Pending until released
    int pendingMs = 0;
    int buildMs = 0;
    QString forcedFailure; // not empty: the export ends Failed with this message

    // Filled in when the worker is done.
    bool built = false;
    QString buildError; // not empty: building failed
    qint64 builtMs = 0;
    QString filePath;
    QString fileName; // as the download link names it, e.g. export-2025-06-15.pdf
    qint64 size = 0;
    QByteArray sha256Hex;
};

class ExportStore : public QObject
{
    Q_OBJECT

public:
    explicit ExportStore(qint64 paddingBytes, QObject *parent = nullptr);
    ~ExportStore() override;

    // Records a new export and starts building its file (unless it is to fail).
    const ExportRecord &start(const QString &projectId, const QString &versionId,
                              ExportFormat format, const ExportContent &content, int pendingMs,
                              int buildMs, const QString &forcedFailure, qint64 nowMs);

    // Exports started while held stay Pending; releasing (held false) starts
    // the clock of each of them at nowMs.
    void setHeld(bool held, qint64 nowMs);

    const ExportRecord *find(const QString &exportId) const;
    ExportPhase status(const ExportRecord &record, qint64 nowMs) const;
    // When the export became Completed or Failed (only meaningful then).
    qint64 finishedMs(const ExportRecord &record) const;
    // Why a Failed export failed.
    QString failureMessage(const ExportRecord &record) const;

Q_SIGNALS:
    void fileBuilt(const QString &exportId, bool ok);

private:
    void finishBuild(const QString &exportId, const BuiltExport &result);

    qint64 m_paddingBytes;
    QTemporaryDir m_directory;
    QHash<QString, ExportRecord> m_exports;
    bool m_held = false;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QThreadPool m_workers; // last member: destroyed (and waited for) first
};

} // namespace d360::sandbox
