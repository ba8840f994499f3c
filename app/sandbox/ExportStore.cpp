// See ExportStore.h. Results come back from the worker through a queued
// call on the store's own thread, so the records are only ever touched
// there and need no lock.
#include "sandbox/ExportStore.h"

#include <QDateTime>
#include <QDir>
#include <QUuid>

namespace d360::sandbox {

ExportStore::ExportStore(qint64 paddingBytes, QObject *parent)
    : QObject(parent)
    , m_paddingBytes(qMax<qint64>(0, paddingBytes))
    , m_directory(QDir::tempPath() + QStringLiteral("/d360-sandbox-exports-XXXXXX"))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    // Two builders: a 1 GB padded export should not hold up a small one
    // behind it, and the machine may have only two cores.
    m_workers.setMaxThreadCount(2);
}

ExportStore::~ExportStore()
{
    m_cancelled->store(true);
    m_workers.waitForDone();
}

const ExportRecord &ExportStore::start(const QString &projectId, const QString &versionId,
                                       ExportFormat format, const ExportContent &content,
                                       int pendingMs, int buildMs, const QString &forcedFailure,
                                       qint64 nowMs)
{
    ExportRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.projectId = projectId;
    record.versionId = versionId;
    record.languageCode = content.language.code;
    record.format = format;
    record.startedMs = nowMs;
    record.pendingFromMs = nowMs;
    record.held = m_held;
    record.pendingMs = qMax(0, pendingMs);
    record.buildMs = qMax(0, buildMs);
    record.forcedFailure = forcedFailure;
    record.fileName = QStringLiteral("export-%1.%2")
                          .arg(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-dd")),
                               ExportBuilder::fileExtension(format));
    record.filePath
        = m_directory.filePath(record.id + QLatin1Char('.') + ExportBuilder::fileExtension(format));
    const QString id = record.id;
    const ExportRecord &stored = *m_exports.insert(id, record);

    if (forcedFailure.isEmpty()) {
        if (!m_directory.isValid()) {
            finishBuild(id, BuiltExport { false, m_directory.errorString(), 0, {} });
        } else {
            const QString filePath = record.filePath;
            const qint64 padding = m_paddingBytes;
            const auto cancelled = m_cancelled;
            m_workers.start([this, id, content, format, padding, filePath, cancelled] {
                const BuiltExport result
                    = ExportBuilder::build(content, format, padding, filePath, *cancelled);
                QMetaObject::invokeMethod(
                    this, [this, id, result] { finishBuild(id, result); }, Qt::QueuedConnection);
            });
        }
    }
    return stored;
}

void ExportStore::finishBuild(const QString &exportId, const BuiltExport &result)
{
    auto it = m_exports.find(exportId);
    if (it == m_exports.end())
        return;
    it->built = result.ok;
    it->buildError = result.ok ? QString() : result.error;
    it->builtMs = QDateTime::currentMSecsSinceEpoch();
    it->size = result.size;
    it->sha256Hex = result.sha256Hex;
    Q_EMIT fileBuilt(exportId, result.ok);
}

const ExportRecord *ExportStore::find(const QString &exportId) const
{
    const auto it = m_exports.constFind(exportId);
    return it == m_exports.cend() ? nullptr : &*it;
}

void ExportStore::setHeld(bool held, qint64 nowMs)
{
    if (held == m_held)
        return;
    m_held = held;
    if (held)
        return;
    for (ExportRecord &record : m_exports) {
        if (!record.held)
            continue;
        record.held = false;
        record.pendingFromMs = nowMs;
    }
}

ExportPhase ExportStore::status(const ExportRecord &record, qint64 nowMs) const
{
    if (record.held)
        return ExportPhase::Pending;
    const qint64 elapsed = nowMs - record.pendingFromMs;
    if (elapsed < record.pendingMs)
        return ExportPhase::Pending;
    if (elapsed < qint64(record.pendingMs) + record.buildMs)
        return ExportPhase::InProgress;
    if (!record.forcedFailure.isEmpty() || !record.buildError.isEmpty())
        return ExportPhase::Failed;
    return record.built ? ExportPhase::Completed : ExportPhase::InProgress;
}

qint64 ExportStore::finishedMs(const ExportRecord &record) const
{
    const qint64 scheduled = record.pendingFromMs + record.pendingMs + record.buildMs;
    return record.forcedFailure.isEmpty() ? qMax(scheduled, record.builtMs) : scheduled;
}

QString ExportStore::failureMessage(const ExportRecord &record) const
{
    return record.forcedFailure.isEmpty() ? record.buildError : record.forcedFailure;
}

} // namespace d360::sandbox
