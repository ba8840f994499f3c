// Turns a preset into the batch it means, now: the jobs, planned through the
// API as the export panel's choices are (BatchPlanner), and what history
// should record the batch with (its preset, and a backup's run folder).
//
// The caller enqueues the jobs itself, after RunRecorder::describeBatch(),
// so the window can ask its usual questions first (the same exports already
// waiting) and a preset fills the queue exactly as the panel would. For a
// backup preset the run folder, {folder}/{preset}/{date_time}, is made before
// planning, so file names are chosen inside it; it is removed again if the
// planning fails and it is still empty.
#pragma once

#include "core/api/ApiClient.h"
#include "core/api/ApiError.h"
#include "core/jobs/ExportJob.h"
#include "core/routines/Preset.h"
#include "core/routines/RunRecorder.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

namespace d360::jobs {
class BatchPlanner;
}

namespace d360::routines {

class PresetPlanner : public QObject
{
    Q_OBJECT

public:
    // accountId: the account whose client this is (empty: the environment's).
    // defaultPattern: the file-name template when the preset names none.
    PresetPlanner(Preset preset, api::ApiClient *client, QString accountId, QString defaultPattern,
                  QObject *parent = nullptr);

    void start();

    const Preset &preset() const { return m_preset; }
    // After finished(): the jobs and the context to describe their batch
    // with, or the error (with the server's words and trace id).
    const QList<jobs::ExportJob> &jobs() const { return m_jobs; }
    const RunRecorder::BatchContext &context() const { return m_context; }
    QString error() const { return m_error; }
    // The API's error, when that is what failed (for the CLI's exit code).
    const api::ApiError &apiError() const { return m_apiError; }

Q_SIGNALS:
    // Exactly once, possibly before start() returns.
    void finished();

private:
    void onPlanned();
    void fail(const QString &error);

    Preset m_preset;
    QPointer<api::ApiClient> m_client;
    QString m_accountId;
    QString m_defaultPattern;
    jobs::BatchPlanner *m_planner = nullptr;
    QList<jobs::ExportJob> m_jobs;
    RunRecorder::BatchContext m_context;
    QString m_error;
    api::ApiError m_apiError;
    bool m_done = false;
};

} // namespace d360::routines
