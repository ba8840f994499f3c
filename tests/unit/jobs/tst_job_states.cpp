// The job state machine: every allowed move and every refused one, the
// names written to the queue file, and the polling schedule's growth.
#include "core/jobs/JobState.h"
#include "core/jobs/PollSchedule.h"

#include <QTest>

using namespace d360::jobs;
using namespace std::chrono;

namespace {

const QList<JobState> allStates { JobState::Queued,     JobState::Starting,    JobState::Pending,
                                  JobState::InProgress, JobState::Downloading, JobState::Completed,
                                  JobState::Failed,     JobState::Cancelled };

} // namespace

class JobStatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<JobState>("from");
        QTest::addColumn<JobState>("to");
        QTest::addColumn<bool>("allowed");

        // The allowed moves, spelled out once more, independently of the code.
        const QList<std::pair<JobState, JobState>> allowed {
            { JobState::Queued, JobState::Starting },
            { JobState::Starting, JobState::Pending },
            { JobState::Starting, JobState::InProgress },
            { JobState::Starting, JobState::Downloading },
            { JobState::Pending, JobState::InProgress },
            { JobState::Pending, JobState::Downloading },
            { JobState::InProgress, JobState::Pending },
            { JobState::InProgress, JobState::Downloading },
            { JobState::Downloading, JobState::Completed },
            { JobState::Failed, JobState::Queued },
            { JobState::Cancelled, JobState::Queued },
        };
        for (JobState from : allStates) {
            for (JobState to : allStates) {
                bool expected = allowed.contains({ from, to });
                if (!isFinalState(from) && (to == JobState::Failed || to == JobState::Cancelled))
                    expected = true;
                const QByteArray name
                    = (jobStateName(from) + QStringLiteral(" -> ") + jobStateName(to)).toUtf8();
                QTest::newRow(name.constData()) << from << to << expected;
            }
        }
    }

    void transitions()
    {
        QFETCH(JobState, from);
        QFETCH(JobState, to);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedTransition(from, to), allowed);
    }

    void completedIsForever()
    {
        for (JobState to : allStates)
            QVERIFY(!isAllowedTransition(JobState::Completed, to));
    }

    void namesRoundTrip()
    {
        QSet<QString> names;
        for (JobState state : allStates) {
            const QString name = jobStateName(state);
            QVERIFY(!name.isEmpty());
            QVERIFY(!jobStateDisplayName(state).isEmpty());
            QCOMPARE(jobStateFromName(name), std::optional<JobState>(state));
            names.insert(name);
        }
        QCOMPARE(names.size(), allStates.size());
        QCOMPARE(jobStateFromName(QStringLiteral("finished")), std::nullopt);
    }

    void activeAndFinalStates()
    {
        QCOMPARE(isActiveState(JobState::Queued), false);
        QCOMPARE(isActiveState(JobState::Starting), true);
        QCOMPARE(isActiveState(JobState::Pending), true);
        QCOMPARE(isActiveState(JobState::InProgress), true);
        QCOMPARE(isActiveState(JobState::Downloading), true);
        QCOMPARE(isFinalState(JobState::Completed), true);
        QCOMPARE(isFinalState(JobState::Failed), true);
        QCOMPARE(isFinalState(JobState::Cancelled), true);
        QCOMPARE(isFinalState(JobState::Downloading), false);
    }

    void pollingStartsQuickAndBacksOffToTheCap()
    {
        PollSchedule schedule(milliseconds(1000), 1.5, milliseconds(15000));
        QList<qint64> waits;
        for (int i = 0; i < 12; ++i)
            waits.append(schedule.next().count());
        QCOMPARE(waits.first(), 1000);
        QCOMPARE(waits.at(1), 1500);
        QCOMPARE(waits.at(2), 2250);
        for (int i = 1; i < waits.size(); ++i)
            QVERIFY(waits.at(i) >= waits.at(i - 1));
        QCOMPARE(waits.last(), 15000);
        schedule.restart();
        QCOMPARE(schedule.next().count(), 1000);
    }

    void pollingScheduleRejectsNonsense()
    {
        PollSchedule schedule(milliseconds(0), 0.5, milliseconds(0));
        QCOMPARE(schedule.next().count(), 1);
        QCOMPARE(schedule.next().count(), 1); // growth below 1 does not shrink; the cap holds
    }
};

QTEST_GUILESS_MAIN(JobStatesTest)
#include "tst_job_states.moc"
