// See JobState.h.
#include "core/jobs/JobState.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace d360::jobs {

namespace {

constexpr std::array<std::pair<JobState, const char *>, 8> stateNames { {
    { JobState::Queued, "queued" },
    { JobState::Starting, "starting" },
    { JobState::Pending, "pending" },
    { JobState::InProgress, "in-progress" },
    { JobState::Downloading, "downloading" },
    { JobState::Completed, "completed" },
    { JobState::Failed, "failed" },
    { JobState::Cancelled, "cancelled" },
} };

} // namespace

QString jobStateName(JobState state)
{
    for (const auto &[candidate, name] : stateNames) {
        if (candidate == state)
            return QLatin1String(name);
    }
    return {};
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (const auto &[state, candidate] : stateNames) {
        if (name == QLatin1String(candidate))
            return state;
    }
    return std::nullopt;
}

namespace {

// The translation context of the state names, a class as lupdate needs it.
struct JobStateText
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::JobState)
};

} // namespace

QString jobStateDisplayName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return JobStateText::tr("Queued");
    case JobState::Starting:
        return JobStateText::tr("Starting");
    case JobState::Pending:
        return JobStateText::tr("Waiting for the server");
    case JobState::InProgress:
        return JobStateText::tr("Being built");
    case JobState::Downloading:
        return JobStateText::tr("Downloading");
    case JobState::Completed:
        return JobStateText::tr("Completed");
    case JobState::Failed:
        return JobStateText::tr("Failed");
    case JobState::Cancelled:
        return JobStateText::tr("Cancelled");
    }
    return {};
}

bool isFinalState(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed
        || state == JobState::Cancelled;
}

bool isActiveState(JobState state)
{
    return state == JobState::Starting || state == JobState::Pending
        || state == JobState::InProgress || state == JobState::Downloading;
}

bool isAllowedTransition(JobState from, JobState to)
{
    if (from == to)
        return false;
    // Any job that has not ended may be cancelled or fail.
    if (!isFinalState(from) && (to == JobState::Cancelled || to == JobState::Failed))
        return true;
    switch (from) {
    case JobState::Queued:
        return to == JobState::Starting;
    case JobState::Starting:
        // The server may answer the start with any of its states, a finished
        // export included.
        return to == JobState::Pending || to == JobState::InProgress || to == JobState::Downloading;
    case JobState::Pending:
        return to == JobState::InProgress || to == JobState::Downloading;
    case JobState::InProgress:
        // Servers have been seen to report Pending again after InProgress.
        return to == JobState::Pending || to == JobState::Downloading;
    case JobState::Downloading:
        return to == JobState::Completed;
    case JobState::Failed:
    case JobState::Cancelled:
        return to == JobState::Queued; // retry
    case JobState::Completed:
        return false;
    }
    return false;
}

} // namespace d360::jobs
