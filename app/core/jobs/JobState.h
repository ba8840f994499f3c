// The states an export job goes through, and which moves between them are
// allowed.
//
// A job is Queued, then Starting (the export request is on its way), Pending
// or InProgress while the server builds the file (we poll), Downloading, and
// ends Completed, Failed or Cancelled. Retry is the only way out of an end
// state. The rules live in one function so that the queue, its persistence
// and the tests agree on them; a move the rules refuse is a bug, never data.
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace d360::jobs {

enum class JobState {
    Queued,
    Starting,
    Pending,
    InProgress,
    Downloading,
    Completed,
    Failed,
    Cancelled,
};

// "queued", "starting", ... as written in the state database and the CLI's JSON.
QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(const QString &name);
// For people: "Queued", "Waiting for the server", ...
QString jobStateDisplayName(JobState state);

// Completed, Failed or Cancelled.
bool isFinalState(JobState state);
// Starting, Pending, InProgress or Downloading: a runner is (or must be) at work.
bool isActiveState(JobState state);

bool isAllowedTransition(JobState from, JobState to);

} // namespace d360::jobs

Q_DECLARE_METATYPE(d360::jobs::JobState)
