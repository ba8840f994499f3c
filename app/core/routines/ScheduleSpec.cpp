// See ScheduleSpec.h.
#include "core/routines/ScheduleSpec.h"

#include <QRegularExpression>

#include <array>

namespace d360::routines {

namespace {

struct DayName
{
    Qt::DayOfWeek day;
    const char *shortName;
    const char *fullName;
};

constexpr std::array<DayName, 7> dayNames { {
    { Qt::Monday, "mon", "monday" },
    { Qt::Tuesday, "tue", "tuesday" },
    { Qt::Wednesday, "wed", "wednesday" },
    { Qt::Thursday, "thu", "thursday" },
    { Qt::Friday, "fri", "friday" },
    { Qt::Saturday, "sat", "saturday" },
    { Qt::Sunday, "sun", "sunday" },
} };

const DayName &nameOf(Qt::DayOfWeek day)
{
    return dayNames[std::size_t(day) - 1];
}

} // namespace

std::optional<ScheduleSpec> ScheduleSpec::daily(const QString &time, QString *problem)
{
    // One or two digits for the hour, exactly two for the minute: "2:30"
    // and "02:30" are both what people write; "2:3" or "24:00" is a typo.
    static const QRegularExpression pattern(QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch match = pattern.match(time.trimmed());
    if (!match.hasMatch()) {
        *problem = tr("\"%1\" is not a time of day: give it as HH:MM in 24-hour time, for "
                      "example 02:30 or 23:15.")
                       .arg(time);
        return std::nullopt;
    }
    return dailyAt(QTime(match.captured(1).toInt(), match.captured(2).toInt()));
}

std::optional<ScheduleSpec> ScheduleSpec::weekly(const QString &day, const QString &time,
                                                 QString *problem)
{
    const QString wanted = day.trimmed().toLower();
    const DayName *found = nullptr;
    for (const DayName &name : dayNames) {
        if (wanted == QLatin1String(name.shortName) || wanted == QLatin1String(name.fullName))
            found = &name;
    }
    if (!found) {
        *problem = tr("\"%1\" is not a day of the week: give mon, tue, wed, thu, fri, sat or sun "
                      "(or the full English name).")
                       .arg(day);
        return std::nullopt;
    }
    std::optional<ScheduleSpec> spec = daily(time, problem);
    if (!spec)
        return std::nullopt;
    return weeklyAt(found->day, spec->time());
}

std::optional<ScheduleSpec> ScheduleSpec::every(const QString &interval, QString *problem)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})([hHdD])$"));
    const QRegularExpressionMatch match = pattern.match(interval.trimmed());
    const auto refuse = [&] {
        *problem = tr("\"%1\" is not an interval: give a whole number followed by h for hours "
                      "or d for days, for example 6h or 2d.")
                       .arg(interval);
        return std::nullopt;
    };
    if (!match.hasMatch())
        return refuse();
    const int count = match.captured(1).toInt();
    const Unit unit = match.captured(2).compare(QLatin1String("h"), Qt::CaseInsensitive) == 0
        ? Unit::Hours
        : Unit::Days;
    if (count < 1) {
        *problem = tr("The interval must be at least 1 hour or 1 day, not \"%1\".").arg(interval);
        return std::nullopt;
    }
    if (unit == Unit::Hours && count > maximumHours) {
        *problem = tr("\"%1\" is longer than the schedulers allow (at most %2 hours): give "
                      "the interval in days instead.")
                       .arg(interval)
                       .arg(maximumHours);
        return std::nullopt;
    }
    if (unit == Unit::Days && count > maximumDays) {
        *problem = tr("\"%1\" is longer than the schedulers allow (at most %2 days).")
                       .arg(interval)
                       .arg(maximumDays);
        return std::nullopt;
    }
    return everyInterval(count, unit, problem);
}

ScheduleSpec ScheduleSpec::dailyAt(QTime time)
{
    ScheduleSpec spec;
    spec.m_kind = Kind::Daily;
    spec.m_time = QTime(time.hour(), time.minute());
    return spec;
}

ScheduleSpec ScheduleSpec::weeklyAt(Qt::DayOfWeek day, QTime time)
{
    ScheduleSpec spec = dailyAt(time);
    spec.m_kind = Kind::Weekly;
    spec.m_day = day;
    return spec;
}

std::optional<ScheduleSpec> ScheduleSpec::everyInterval(int count, Unit unit, QString *problem)
{
    if (count < 1 || count > maximumCount(unit)) {
        *problem = unit == Unit::Hours
            ? tr("The interval must be between 1 and %1 hours.").arg(maximumHours)
            : tr("The interval must be between 1 and %1 days.").arg(maximumDays);
        return std::nullopt;
    }
    ScheduleSpec spec;
    spec.m_kind = Kind::Every;
    spec.m_count = count;
    spec.m_unit = unit;
    return spec;
}

QString ScheduleSpec::toText() const
{
    const QString time = m_time.toString(QStringLiteral("HH:mm"));
    switch (m_kind) {
    case Kind::Daily:
        return QStringLiteral("daily ") + time;
    case Kind::Weekly:
        return QStringLiteral("weekly %1 %2").arg(QLatin1String(nameOf(m_day).shortName), time);
    case Kind::Every:
        return QStringLiteral("every %1%2")
            .arg(m_count)
            .arg(m_unit == Unit::Hours ? QLatin1Char('h') : QLatin1Char('d'));
    }
    return {};
}

std::optional<ScheduleSpec> ScheduleSpec::fromText(const QString &text, QString *problem)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 2 && words[0] == QLatin1String("daily"))
        return daily(words[1], problem);
    if (words.size() == 3 && words[0] == QLatin1String("weekly"))
        return weekly(words[1], words[2], problem);
    if (words.size() == 2 && words[0] == QLatin1String("every"))
        return every(words[1], problem);
    *problem = tr("\"%1\" is not a schedule: it is daily HH:MM, weekly DAY HH:MM or every N(h|d).")
                   .arg(text);
    return std::nullopt;
}

QString ScheduleSpec::describe() const
{
    const QString time = m_time.toString(QStringLiteral("HH:mm"));
    switch (m_kind) {
    case Kind::Daily:
        return tr("daily at %1").arg(time);
    case Kind::Weekly: {
        static const std::array<const char *, 7> days { {
            QT_TR_NOOP("Monday"),
            QT_TR_NOOP("Tuesday"),
            QT_TR_NOOP("Wednesday"),
            QT_TR_NOOP("Thursday"),
            QT_TR_NOOP("Friday"),
            QT_TR_NOOP("Saturday"),
            QT_TR_NOOP("Sunday"),
        } };
        return tr("weekly on %1 at %2").arg(tr(days[std::size_t(m_day) - 1]), time);
    }
    case Kind::Every:
        // The singular spelled out: without a translation loaded, Qt
        // leaves "%n hour(s)" as it is, and English is the default.
        if (m_unit == Unit::Hours)
            return m_count == 1 ? tr("every hour") : tr("every %n hours", nullptr, m_count);
        return m_count == 1 ? tr("every day") : tr("every %n days", nullptr, m_count);
    }
    return {};
}

qint64 ScheduleSpec::intervalSeconds() const
{
    if (m_kind != Kind::Every)
        return 0;
    return qint64(m_count) * (m_unit == Unit::Hours ? 3600 : 86400);
}

bool ScheduleSpec::operator==(const ScheduleSpec &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Daily:
        return m_time == other.m_time;
    case Kind::Weekly:
        return m_time == other.m_time && m_day == other.m_day;
    case Kind::Every:
        return m_count == other.m_count && m_unit == other.m_unit;
    }
    return false;
}

} // namespace d360::routines
