// See JobSettings.h. Durations are stored in milliseconds under names that
// say so, so a hand-edited settings file cannot be misread.
#include "core/jobs/JobSettings.h"

#include <QSettings>

namespace d360::jobs {

namespace {

std::chrono::milliseconds readMs(QSettings &settings, const char *key,
                                 std::chrono::milliseconds fallback)
{
    bool ok = false;
    const qint64 value = settings.value(QLatin1String(key)).toLongLong(&ok);
    return ok && value >= 0 ? std::chrono::milliseconds(value) : fallback;
}

} // namespace

JobSettings JobSettings::fromSettings(QSettings &settings)
{
    JobSettings result;
    settings.beginGroup(QStringLiteral("jobs"));
    bool ok = false;
    const int concurrent = settings.value(QStringLiteral("maxConcurrentJobs")).toInt(&ok);
    if (ok && concurrent > 0)
        result.maxConcurrentJobs = concurrent;
    result.pollFirst = readMs(settings, "pollFirstMs", result.pollFirst);
    const double growth = settings.value(QStringLiteral("pollGrowth")).toDouble(&ok);
    if (ok && growth >= 1.0)
        result.pollGrowth = growth;
    result.pollCap = readMs(settings, "pollCapMs", result.pollCap);
    result.networkPatience = readMs(settings, "networkPatienceMs", result.networkPatience);
    result.retryFirst = readMs(settings, "retryFirstMs", result.retryFirst);
    result.retryCap = readMs(settings, "retryCapMs", result.retryCap);
    result.progressInterval = readMs(settings, "progressIntervalMs", result.progressInterval);
    result.overwriteExisting = settings.value(QStringLiteral("overwriteExisting"), false).toBool();
    result.fileNamePattern = settings.value(QStringLiteral("fileNamePattern")).toString();
    settings.endGroup();
    return result;
}

void JobSettings::writeTo(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("jobs"));
    settings.setValue(QStringLiteral("maxConcurrentJobs"), maxConcurrentJobs);
    settings.setValue(QStringLiteral("pollFirstMs"), qint64(pollFirst.count()));
    settings.setValue(QStringLiteral("pollGrowth"), pollGrowth);
    settings.setValue(QStringLiteral("pollCapMs"), qint64(pollCap.count()));
    settings.setValue(QStringLiteral("networkPatienceMs"), qint64(networkPatience.count()));
    settings.setValue(QStringLiteral("retryFirstMs"), qint64(retryFirst.count()));
    settings.setValue(QStringLiteral("retryCapMs"), qint64(retryCap.count()));
    settings.setValue(QStringLiteral("progressIntervalMs"), qint64(progressInterval.count()));
    settings.setValue(QStringLiteral("overwriteExisting"), overwriteExisting);
    settings.setValue(QStringLiteral("fileNamePattern"), fileNamePattern);
    settings.endGroup();
}

} // namespace d360::jobs
