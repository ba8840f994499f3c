// The knobs of the export queue, with defaults for real use.
//
// The window's settings dialog and the headless command read them from the
// application's QSettings (group "jobs"), so a user sets them once for both;
// tests set the waits to milliseconds.
#pragma once

#include <QString>

#include <chrono>

class QSettings;

namespace d360::jobs {

struct JobSettings
{
    // Jobs past Queued at once (across accounts); each also polls and downloads.
    int maxConcurrentJobs = 4;
    // Polling: quick at first, then slower, up to the cap (see PollSchedule.h).
    std::chrono::milliseconds pollFirst { 1000 };
    double pollGrowth = 1.5;
    std::chrono::milliseconds pollCap { 15000 };
    // A job rides out network trouble (a closed lid, Wi-Fi gone) this long
    // after its first failure in a row, retrying ever more slowly up to
    // retryCap, before it gives up with the last error.
    std::chrono::milliseconds networkPatience { std::chrono::minutes(15) };
    std::chrono::milliseconds retryFirst { 1000 };
    std::chrono::milliseconds retryCap { 30000 };
    // Progress is announced at most this often (a table of 10,000 rows).
    std::chrono::milliseconds progressInterval { 250 };
    // Replace existing files instead of choosing a numbered name.
    bool overwriteExisting = false;
    QString fileNamePattern; // empty: FileNameTemplate::defaultPattern()

    // Reads the "jobs" group; missing keys keep the defaults above.
    static JobSettings fromSettings(QSettings &settings);
    void writeTo(QSettings &settings) const;
};

} // namespace d360::jobs
