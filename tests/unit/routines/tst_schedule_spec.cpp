// ScheduleSpec: what `schedule add` accepts as --daily, --weekly and --every,
// the message a user gets for what it refuses, and the two ways a schedule
// is written back (for people, and into the scheduler's files).
#include "core/routines/ScheduleSpec.h"

#include <QTest>

using d360::routines::ScheduleSpec;

class ScheduleSpecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodInputs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("text");
        QTest::newRow("daily") << "daily"
                               << "02:30"
                               << ""
                               << "daily at 02:30"
                               << "daily 02:30";
        QTest::newRow("daily, one-digit hour") << "daily"
                                               << "7:05"
                                               << ""
                                               << "daily at 07:05"
                                               << "daily 07:05";
        QTest::newRow("daily, last minute") << "daily"
                                            << "23:59"
                                            << ""
                                            << "daily at 23:59"
                                            << "daily 23:59";
        QTest::newRow("weekly mon") << "weekly"
                                    << "mon"
                                    << "02:30"
                                    << "weekly on Monday at 02:30"
                                    << "weekly mon 02:30";
        QTest::newRow("weekly, full name, any case") << "weekly"
                                                     << "SunDay"
                                                     << "00:00"
                                                     << "weekly on Sunday at 00:00"
                                                     << "weekly sun 00:00";
        QTest::newRow("weekly fri") << "weekly"
                                    << "Fri"
                                    << "18:45"
                                    << "weekly on Friday at 18:45"
                                    << "weekly fri 18:45";
        QTest::newRow("every 6h") << "every"
                                  << "6h"
                                  << ""
                                  << "every 6 hours"
                                  << "every 6h";
        QTest::newRow("every 1h") << "every"
                                  << "1h"
                                  << ""
                                  << "every hour"
                                  << "every 1h";
        QTest::newRow("every 2D") << "every"
                                  << "2D"
                                  << ""
                                  << "every 2 days"
                                  << "every 2d";
        QTest::newRow("every 1d") << "every"
                                  << "1d"
                                  << ""
                                  << "every day"
                                  << "every 1d";
        QTest::newRow("every 744h, the most") << "every"
                                              << "744h"
                                              << ""
                                              << "every 744 hours"
                                              << "every 744h";
    }
    void goodInputs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, description);
        QFETCH(QString, text);
        QString problem;
        const std::optional<ScheduleSpec> spec = parse(kind, first, second, &problem);
        QVERIFY2(spec, qPrintable(problem));
        QCOMPARE(spec->describe(), description);
        QCOMPARE(spec->toText(), text);
        // What is written into a unit reads back as the same schedule.
        const std::optional<ScheduleSpec> again = ScheduleSpec::fromText(spec->toText(), &problem);
        QVERIFY2(again, qPrintable(problem));
        QVERIFY(*again == *spec);
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("message");
        const QString notATime = "\"%1\" is not a time of day: give it as HH:MM in 24-hour time, "
                                 "for example 02:30 or 23:15.";
        const QString notAnInterval = "\"%1\" is not an interval: give a whole number followed "
                                      "by h for hours or d for days, for example 6h or 2d.";
        QTest::newRow("24:00") << "daily"
                               << "24:00"
                               << "" << notATime.arg("24:00");
        QTest::newRow("2:3") << "daily"
                             << "2:3"
                             << "" << notATime.arg("2:3");
        QTest::newRow("2.30") << "daily"
                              << "2.30"
                              << "" << notATime.arg("2.30");
        QTest::newRow("12:60") << "daily"
                               << "12:60"
                               << "" << notATime.arg("12:60");
        QTest::newRow("empty time") << "daily"
                                    << ""
                                    << "" << notATime.arg("");
        QTest::newRow("2pm") << "daily"
                             << "2pm"
                             << "" << notATime.arg("2pm");
        QTest::newRow("unknown day")
            << "weekly"
            << "mo"
            << "02:30"
            << "\"mo\" is not a day of the week: give mon, tue, wed, thu, fri, sat or sun (or the "
               "full English name).";
        QTest::newRow("German day") << "weekly"
                                    << "Montag"
                                    << "02:30"
                                    << "\"Montag\" is not a day of the week: give mon, tue, wed, "
                                       "thu, fri, sat or sun (or the full English name).";
        QTest::newRow("weekly, bad time") << "weekly"
                                          << "mon"
                                          << "25:00" << notATime.arg("25:00");
        QTest::newRow("every 0h") << "every"
                                  << "0h"
                                  << ""
                                  << "The interval must be at least 1 hour or 1 day, not \"0h\".";
        QTest::newRow("every 6") << "every"
                                 << "6"
                                 << "" << notAnInterval.arg("6");
        QTest::newRow("every 6m") << "every"
                                  << "6m"
                                  << "" << notAnInterval.arg("6m");
        QTest::newRow("every -1h") << "every"
                                   << "-1h"
                                   << "" << notAnInterval.arg("-1h");
        QTest::newRow("every 1.5h") << "every"
                                    << "1.5h"
                                    << "" << notAnInterval.arg("1.5h");
        QTest::newRow("every h") << "every"
                                 << "h"
                                 << "" << notAnInterval.arg("h");
        QTest::newRow("every huge") << "every"
                                    << "99999999999h"
                                    << "" << notAnInterval.arg("99999999999h");
        QTest::newRow("every 745h") << "every"
                                    << "745h"
                                    << ""
                                    << "\"745h\" is longer than the schedulers allow (at most 744 "
                                       "hours): give the interval in days instead.";
        QTest::newRow("every 366d")
            << "every"
            << "366d"
            << ""
            << "\"366d\" is longer than the schedulers allow (at most 365 days).";
    }
    void badInputs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, message);
        QString problem;
        QVERIFY(!parse(kind, first, second, &problem));
        QCOMPARE(problem, message);
    }

    void readsBackOnlyWhatItWrites()
    {
        QString problem;
        QVERIFY(!ScheduleSpec::fromText("hourly 02:30", &problem));
        QVERIFY(problem.contains("is not a schedule"));
        QVERIFY(!ScheduleSpec::fromText("daily", &problem));
        QVERIFY(!ScheduleSpec::fromText("weekly mon", &problem));
    }

    void intervalsInSeconds()
    {
        QString problem;
        QCOMPARE(ScheduleSpec::every("6h", &problem)->intervalSeconds(), 6 * 3600);
        QCOMPARE(ScheduleSpec::every("2d", &problem)->intervalSeconds(), 2 * 86400);
        QCOMPARE(ScheduleSpec::daily("02:30", &problem)->intervalSeconds(), 0);
    }

private:
    static std::optional<ScheduleSpec> parse(const QString &kind, const QString &first,
                                             const QString &second, QString *problem)
    {
        if (kind == "daily")
            return ScheduleSpec::daily(first, problem);
        if (kind == "weekly")
            return ScheduleSpec::weekly(first, second, problem);
        return ScheduleSpec::every(first, problem);
    }
};

QTEST_GUILESS_MAIN(ScheduleSpecTest)
#include "tst_schedule_spec.moc"
