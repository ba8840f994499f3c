// The client-side rate budget: requests beyond the limit wait for the window
// instead of being sent, in the order they asked, and the budget learns from
// the server's headers and its 429s.
#include "core/api/RateBudget.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace d360::api;
using namespace std::chrono;

class RateBudgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantsUpToTheLimitThenWaitsForTheWindow()
    {
        RateBudget budget;
        budget.setLimit(3, milliseconds(300));
        budget.setSafetyMargin(milliseconds(0));
        QList<int> order;
        QElapsedTimer clock;
        clock.start();
        qint64 fourthAt = -1;
        for (int i = 0; i < 5; ++i) {
            budget.acquire(this, [&, i] {
                order.append(i);
                if (i == 3)
                    fourthAt = clock.elapsed();
            });
        }
        QCOMPARE(order, (QList<int> { 0, 1, 2 }));
        QCOMPARE(budget.remaining(), 0);
        QCOMPARE(budget.waitingCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 5000);
        QCOMPARE(order, (QList<int> { 0, 1, 2, 3, 4 }));
        QVERIFY2(fourthAt >= 290, qPrintable(QString::number(fourthAt)));
    }

    void waitersWhoseOwnerIsGoneAreSkipped()
    {
        RateBudget budget;
        budget.setLimit(1, milliseconds(200));
        budget.setSafetyMargin(milliseconds(0));
        int granted = 0;
        budget.acquire(this, [&] { ++granted; });
        {
            QObject shortLived;
            budget.acquire(&shortLived, [&] { granted += 100; });
        }
        budget.acquire(this, [&] { ++granted; });
        QTRY_COMPARE_WITH_TIMEOUT(granted, 2, 5000);
    }

    void learnsTheLimitAndPausesWhenNoneRemain()
    {
        RateBudget budget;
        budget.setSafetyMargin(milliseconds(0));
        QSignalSpy changed(&budget, &RateBudget::changed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        budget.observe("100", "42", "30", now);
        QCOMPARE(budget.limit(), 100);
        QVERIFY(changed.count() >= 1);

        // Epoch seconds: at least one whole second away, whatever the
        // fraction of the current second.
        budget.observe("100", "0", QByteArray::number(now.toSecsSinceEpoch() + 2), now);
        bool granted = false;
        budget.acquire(this, [&] { granted = true; });
        QVERIFY2(!granted, "no request may go while the server says none remain");
        QTRY_VERIFY_WITH_TIMEOUT(granted, 10000);
    }

    void pauseHoldsEveryone()
    {
        RateBudget budget;
        budget.setSafetyMargin(milliseconds(0));
        budget.pauseFor(milliseconds(200));
        QElapsedTimer clock;
        clock.start();
        qint64 grantedAt = -1;
        budget.acquire(this, [&] { grantedAt = clock.elapsed(); });
        QCOMPARE(grantedAt, qint64(-1));
        QTRY_VERIFY_WITH_TIMEOUT(grantedAt >= 0, 5000);
        QVERIFY(grantedAt >= 190);
    }
};

QTEST_GUILESS_MAIN(RateBudgetTest)
#include "tst_rate_budget.moc"
