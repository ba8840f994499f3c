// The bar at the top of the window that tells, at start, which scheduled runs
// failed while the window was closed, each with its reason ("Nightly backup
// of Acme failed at 02:31: the token was refused"), and opens History.
//
// A bar, not a dialog: it is news, not a question, and a window that starts
// with a box to dismiss before anything else can be done is a window people
// learn to click away. It stays until dismissed, so a writer who looks up
// later still sees it. Which runs count is the caller's (the window keeps
// when it was last open in the state database); the bar only reads history.
#pragma once

#include "core/routines/RunRecord.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace d360::routines {
class HistoryStore;
}

namespace d360::gui {

class MissedRunsBar : public QFrame
{
    Q_OBJECT

public:
    explicit MissedRunsBar(QWidget *parent = nullptr);

    // Shows the scheduled runs that finished after `since` (every one when
    // it is invalid) and failed; hides when there are none. Returns how many.
    int showFailedScheduledRuns(const routines::HistoryStore &history, const QDateTime &since);

    // "Nightly backup of Acme failed at 02:31: the token was refused".
    static QString lineFor(const routines::RunRecord &run, const QString &reason);

    QLabel *label() const { return m_label; }
    QPushButton *openHistoryButton() const { return m_openHistory; }

Q_SIGNALS:
    void openHistoryRequested();

private:
    QLabel *m_label;
    QPushButton *m_openHistory;
    QPushButton *m_dismiss;
};

} // namespace d360::gui
