// When a scheduled backup runs: daily at a time, weekly on a day at a time,
// or every N hours or days.
//
// A value type parsed from what the user typed (`--daily 02:30`, `--weekly
// mon 02:30`, `--every 6h`), with a message that says what was wrong and
// what would be right, so `schedule add` never writes a unit for a time the
// user did not mean. Times are the computer's local time, as every scheduler
// it is handed to reads them. toText() and fromText() are the stable form
// written into the scheduler's files (see ScheduleUnits), so `schedule list`
// reads back exactly what `schedule add` was given; describe() is the form
// for people, and is translated.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

#include <optional>

namespace d360::routines {

class ScheduleSpec
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::ScheduleSpec)

public:
    enum class Kind { Daily, Weekly, Every };
    enum class Unit { Hours, Days };

    // The schedulers' limits: Task Scheduler repeats at most every 31 days
    // and counts at most 365 days between runs.
    static constexpr int maximumHours = 744;
    static constexpr int maximumDays = 365;

    static std::optional<ScheduleSpec> daily(const QString &time, QString *problem);
    // day: mon..sun or the full English name, in any case.
    static std::optional<ScheduleSpec> weekly(const QString &day, const QString &time,
                                              QString *problem);
    // interval: N followed by h (hours) or d (days), N at least 1.
    static std::optional<ScheduleSpec> every(const QString &interval, QString *problem);

    // The same from parts a form already holds (the window's Schedule
    // dialog); seconds are dropped, as no scheduler file carries them.
    static ScheduleSpec dailyAt(QTime time);
    static ScheduleSpec weeklyAt(Qt::DayOfWeek day, QTime time);
    // count must be within 1..maximumCount(unit).
    static std::optional<ScheduleSpec> everyInterval(int count, Unit unit, QString *problem);
    static int maximumCount(Unit unit) { return unit == Unit::Hours ? maximumHours : maximumDays; }

    // "daily 02:30", "weekly mon 02:30", "every 6h".
    QString toText() const;
    static std::optional<ScheduleSpec> fromText(const QString &text, QString *problem);

    // "daily at 02:30", "weekly on Monday at 02:30", "every 6 hours".
    QString describe() const;

    Kind kind() const { return m_kind; }
    // Daily and Weekly: the time of day.
    QTime time() const { return m_time; }
    // Weekly: the day.
    Qt::DayOfWeek day() const { return m_day; }
    // Every: how many hours or days.
    int count() const { return m_count; }
    Unit unit() const { return m_unit; }
    // Every: the interval in seconds.
    qint64 intervalSeconds() const;

    bool operator==(const ScheduleSpec &other) const;
    bool operator!=(const ScheduleSpec &other) const { return !(*this == other); }

    // Daily at midnight: only so that structures holding a spec can be made
    // before one is parsed into them.
    ScheduleSpec() = default;

private:
    Kind m_kind = Kind::Daily;
    QTime m_time = QTime(0, 0);
    Qt::DayOfWeek m_day = Qt::Monday;
    int m_count = 0;
    Unit m_unit = Unit::Hours;
};

} // namespace d360::routines
