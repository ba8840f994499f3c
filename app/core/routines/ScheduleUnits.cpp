// See ScheduleUnits.h.
#include "core/routines/ScheduleUnits.h"

#include "core/ApplicationInfo.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamWriter>

namespace d360::routines {

namespace {

const QLatin1String markerKeyword("d360-exporter-schedule");
const QLatin1String systemdPrefix("d360-exporter-backup-");
// systemd refuses unit names over 255 characters.
constexpr qsizetype systemdUnitNameLimit = 255;

// How long after the planned minute a run may start: a team whose backups
// are all planned for 02:00 does not reach the API in the same minute.
const QLatin1String systemdRandomDelay("10min");
const QLatin1String taskRandomDelay("PT10M");
// A backup that takes longer than this is stopped by Task Scheduler; a
// whole knowledge base in every format takes minutes, not hours.
const QLatin1String taskTimeLimit("PT12H");
// Calendar triggers need a first day; any day in the past will do.
const QLatin1String taskFirstDay("2024-01-01");

bool isControl(QChar character)
{
    return character.category() == QChar::Other_Control
        || character.category() == QChar::Other_Format
        || character.category() == QChar::Separator_Line
        || character.category() == QChar::Separator_Paragraph;
}

QString systemdEscapeSpecifiers(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('%'), QLatin1String("%%"));
    return escaped;
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(), "-"));
}

QString systemdHeader(const ScheduledBackup &backup)
{
    return QStringLiteral(
               "# Written by D360 Exporter (d360-exporter schedule add); remove it with\n"
               "#   d360-exporter schedule remove %1\n"
               "# %2\n")
        .arg(ScheduleUnits::shellQuote(backup.presetName),
             ScheduleUnits::markerLine(backup.presetName, backup.spec));
}

QString taskTime(const QTime &time)
{
    return QStringLiteral("%1T%2").arg(taskFirstDay, time.toString(QStringLiteral("HH:mm:ss")));
}

void writeTaskTrigger(QXmlStreamWriter &xml, const ScheduleSpec &spec)
{
    xml.writeStartElement(QStringLiteral("Triggers"));
    if (spec.kind() == ScheduleSpec::Kind::Every && spec.unit() == ScheduleSpec::Unit::Hours) {
        xml.writeStartElement(QStringLiteral("TimeTrigger"));
        xml.writeStartElement(QStringLiteral("Repetition"));
        xml.writeTextElement(QStringLiteral("Interval"), QStringLiteral("PT%1H").arg(spec.count()));
        xml.writeTextElement(QStringLiteral("StopAtDurationEnd"), QStringLiteral("false"));
        xml.writeEndElement();
        xml.writeTextElement(QStringLiteral("StartBoundary"), taskTime(QTime(0, 0)));
        xml.writeTextElement(QStringLiteral("Enabled"), QStringLiteral("true"));
        xml.writeTextElement(QStringLiteral("RandomDelay"), taskRandomDelay);
        xml.writeEndElement();
        xml.writeEndElement();
        return;
    }
    xml.writeStartElement(QStringLiteral("CalendarTrigger"));
    xml.writeTextElement(
        QStringLiteral("StartBoundary"),
        taskTime(spec.kind() == ScheduleSpec::Kind::Every ? QTime(0, 0) : spec.time()));
    xml.writeTextElement(QStringLiteral("Enabled"), QStringLiteral("true"));
    xml.writeTextElement(QStringLiteral("RandomDelay"), taskRandomDelay);
    if (spec.kind() == ScheduleSpec::Kind::Weekly) {
        static const char *const days[]
            = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
        xml.writeStartElement(QStringLiteral("ScheduleByWeek"));
        xml.writeStartElement(QStringLiteral("DaysOfWeek"));
        xml.writeEmptyElement(QString::fromLatin1(days[int(spec.day()) - 1]));
        xml.writeEndElement();
        xml.writeTextElement(QStringLiteral("WeeksInterval"), QStringLiteral("1"));
        xml.writeEndElement();
    } else {
        xml.writeStartElement(QStringLiteral("ScheduleByDay"));
        xml.writeTextElement(
            QStringLiteral("DaysInterval"),
            QString::number(spec.kind() == ScheduleSpec::Kind::Every ? spec.count() : 1));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

void writePlistInteger(QXmlStreamWriter &xml, const QString &key, qint64 value)
{
    xml.writeTextElement(QStringLiteral("key"), key);
    xml.writeTextElement(QStringLiteral("integer"), QString::number(value));
}

} // namespace

QStringList ScheduleUnits::runArguments(const QString &presetName)
{
    return { QStringLiteral("export"), QStringLiteral("--preset"), presetName,
             QStringLiteral("--scheduled") };
}

QString ScheduleUnits::presetNameProblem(const QString &presetName)
{
    if (presetName.trimmed().isEmpty())
        return tr("Give the preset to run with --preset NAME.");
    for (const QChar character : presetName) {
        if (isControl(character))
            return tr("The preset name \"%1\" holds a control character, which no scheduler can "
                      "carry; rename the preset.")
                .arg(presetName.simplified());
    }
    if (systemdTimerName(presetName).size() > systemdUnitNameLimit)
        return tr("The preset name \"%1\" is too long for a schedule (systemd allows %2 "
                  "characters in a unit name, and each character that is not a plain letter or "
                  "digit takes four); give the preset a shorter name.")
            .arg(presetName)
            .arg(systemdUnitNameLimit);
    return {};
}

QString ScheduleUnits::markerLine(const QString &presetName, const ScheduleSpec &spec)
{
    return QStringLiteral("%1 preset=%2 spec=%3")
        .arg(markerKeyword, percentEncoded(presetName), spec.toText());
}

std::optional<ScheduleMarker> ScheduleUnits::readMarker(const QString &fileText)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:#|<!--)?\\s*d360-exporter-schedule preset=(\\S+) "
                       "spec=([a-z0-9: ]+?)\\s*(?:-->)?\\s*$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(fileText);
    if (!match.hasMatch())
        return std::nullopt;
    const QString name = QUrl::fromPercentEncoding(match.captured(1).toLatin1());
    QString problem;
    const std::optional<ScheduleSpec> spec = ScheduleSpec::fromText(match.captured(2), &problem);
    if (!spec || name.isEmpty())
        return std::nullopt;
    return ScheduleMarker { name, *spec };
}

QString ScheduleUnits::systemdEscape(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QString escaped;
    escaped.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char byte = utf8.at(i);
        const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')
            || (byte >= '0' && byte <= '9') || byte == ':' || byte == '_' || (byte == '.' && i > 0);
        if (byte == '/')
            escaped += QLatin1Char('-');
        else if (plain)
            escaped += QLatin1Char(byte);
        else
            escaped += QStringLiteral("\\x%1").arg(uint(uchar(byte)), 2, 16, QLatin1Char('0'));
    }
    return escaped;
}

QString ScheduleUnits::systemdUnitStem(const QString &presetName)
{
    return systemdPrefix + systemdEscape(presetName);
}

QString ScheduleUnits::systemdServiceName(const QString &presetName)
{
    return systemdUnitStem(presetName) + QLatin1String(".service");
}

QString ScheduleUnits::systemdTimerName(const QString &presetName)
{
    return systemdUnitStem(presetName) + QLatin1String(".timer");
}

QString ScheduleUnits::systemdQuote(const QString &word)
{
    QString quoted;
    quoted.reserve(word.size() + 2);
    quoted += QLatin1Char('"');
    for (const QChar character : word) {
        if (character == QLatin1Char('\\') || character == QLatin1Char('"'))
            quoted += QLatin1Char('\\');
        else if (character == QLatin1Char('%') || character == QLatin1Char('$'))
            quoted += character;
        quoted += character;
    }
    quoted += QLatin1Char('"');
    return quoted;
}

QString ScheduleUnits::systemdService(const ScheduledBackup &backup)
{
    QStringList command { systemdQuote(backup.executablePath) };
    for (const QString &argument : runArguments(backup.presetName))
        command.append(systemdQuote(argument));
    return systemdHeader(backup)
        + QStringLiteral("\n[Unit]\n"
                         "Description=D360 Exporter: scheduled backup of the preset %1\n"
                         "\n[Service]\n"
                         "Type=oneshot\n"
                         "ExecStart=%2\n"
                         "# A backup waits for the desktop, not the other way round.\n"
                         "Nice=10\n"
                         "IOSchedulingClass=idle\n")
              .arg(systemdEscapeSpecifiers(backup.presetName), command.join(QLatin1Char(' ')));
}

QStringList ScheduleUnits::systemdTimerSchedule(const ScheduleSpec &spec)
{
    const QString time = spec.time().toString(QStringLiteral("HH:mm:00"));
    switch (spec.kind()) {
    case ScheduleSpec::Kind::Daily:
        return { QStringLiteral("OnCalendar=*-*-* ") + time };
    case ScheduleSpec::Kind::Weekly: {
        static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
        return { QStringLiteral("OnCalendar=%1 *-*-* %2")
                     .arg(QLatin1String(days[int(spec.day()) - 1]), time) };
    }
    case ScheduleSpec::Kind::Every:
        // On the clock when the clock can say it (every 1, 2, 3, 4, 6, 8,
        // 12 or 24 hours, every day), so Persistent= catches up a run the
        // computer slept through; otherwise counted from the last run.
        if (spec.unit() == ScheduleSpec::Unit::Hours && 24 % spec.count() == 0)
            return { spec.count() == 24
                         ? QStringLiteral("OnCalendar=*-*-* 00:00:00")
                         : QStringLiteral("OnCalendar=*-*-* 00/%1:00:00").arg(spec.count()) };
        if (spec.unit() == ScheduleSpec::Unit::Days && spec.count() == 1)
            return { QStringLiteral("OnCalendar=*-*-* 00:00:00") };
        const QString interval = spec.unit() == ScheduleSpec::Unit::Hours
            ? QStringLiteral("%1h").arg(spec.count())
            : QStringLiteral("%1d").arg(spec.count());
        return { QStringLiteral("OnActiveSec=") + interval,
                 QStringLiteral("OnUnitActiveSec=") + interval };
    }
    return {};
}

QString ScheduleUnits::systemdTimer(const ScheduledBackup &backup)
{
    return systemdHeader(backup)
        + QStringLiteral("\n[Unit]\n"
                         "Description=D360 Exporter: back up the preset %1 %2\n"
                         "\n[Timer]\n"
                         "%3\n"
                         "# A run the computer was off or asleep for happens when it is back.\n"
                         "Persistent=true\n"
                         "RandomizedDelaySec=%4\n"
                         "AccuracySec=1min\n"
                         "\n[Install]\n"
                         "WantedBy=timers.target\n")
              .arg(systemdEscapeSpecifiers(backup.presetName),
                   systemdEscapeSpecifiers(backup.spec.describe()),
                   systemdTimerSchedule(backup.spec).join(QLatin1Char('\n')), systemdRandomDelay);
}

QString ScheduleUnits::taskName(const QString &presetName)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = presetName;
    name.replace(refused, QStringLiteral("_"));
    return QStringLiteral("D360 Exporter\\Backup of ") + name;
}

QString ScheduleUnits::windowsArgument(const QString &argument)
{
    // The Microsoft C runtime's rules, as CommandLineToArgvW reads them:
    // quotes only around words with blanks (or none at all); a quote inside
    // is \"; backslashes are literal except before a quote, where each is
    // doubled (also before the closing quote).
    const bool quoted = argument.isEmpty() || argument.contains(QLatin1Char(' '))
        || argument.contains(QLatin1Char('\t'));
    QString result;
    qsizetype backslashes = 0;
    for (const QChar character : argument) {
        if (character == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (character == QLatin1Char('"')) {
            result += QString(backslashes * 2, QLatin1Char('\\'));
            result += QLatin1String("\\\"");
        } else {
            result += QString(backslashes, QLatin1Char('\\'));
            result += character;
        }
        backslashes = 0;
    }
    result += QString(quoted ? backslashes * 2 : backslashes, QLatin1Char('\\'));
    return quoted ? QLatin1Char('"') + result + QLatin1Char('"') : result;
}

QString ScheduleUnits::taskSchedulerXml(const ScheduledBackup &backup)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    // QXmlStreamWriter names no encoding when it writes to a string; the
    // file is UTF-16 (taskFileBytes()), which is what schtasks expects.
    text += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
    xml.writeComment(QLatin1Char(' ') + markerLine(backup.presetName, backup.spec)
                     + QLatin1Char(' '));
    xml.writeStartElement(QStringLiteral("Task"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.microsoft.com/windows/2004/02/mit/task"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(QStringLiteral("RegistrationInfo"));
    xml.writeTextElement(QStringLiteral("Author"), ApplicationInfo::displayName());
    xml.writeTextElement(
        QStringLiteral("Description"),
        tr("Backs up the preset \"%1\" %2.").arg(backup.presetName, backup.spec.describe()));
    xml.writeEndElement();

    writeTaskTrigger(xml, backup.spec);

    xml.writeStartElement(QStringLiteral("Principals"));
    xml.writeStartElement(QStringLiteral("Principal"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("Author"));
    // The user's own session: the keychain holds the account's token there.
    xml.writeTextElement(QStringLiteral("LogonType"), QStringLiteral("InteractiveToken"));
    xml.writeTextElement(QStringLiteral("RunLevel"), QStringLiteral("LeastPrivilege"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("Settings"));
    xml.writeTextElement(QStringLiteral("MultipleInstancesPolicy"), QStringLiteral("IgnoreNew"));
    xml.writeTextElement(QStringLiteral("DisallowStartIfOnBatteries"), QStringLiteral("false"));
    xml.writeTextElement(QStringLiteral("StopIfGoingOnBatteries"), QStringLiteral("false"));
    // A run the laptop slept through starts when it wakes.
    xml.writeTextElement(QStringLiteral("StartWhenAvailable"), QStringLiteral("true"));
    xml.writeTextElement(QStringLiteral("RunOnlyIfNetworkAvailable"), QStringLiteral("true"));
    xml.writeTextElement(QStringLiteral("ExecutionTimeLimit"), taskTimeLimit);
    xml.writeTextElement(QStringLiteral("Enabled"), QStringLiteral("true"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("Actions"));
    xml.writeAttribute(QStringLiteral("Context"), QStringLiteral("Author"));
    xml.writeStartElement(QStringLiteral("Exec"));
    xml.writeTextElement(QStringLiteral("Command"), backup.executablePath);
    QStringList arguments;
    for (const QString &argument : runArguments(backup.presetName))
        arguments.append(windowsArgument(argument));
    xml.writeTextElement(QStringLiteral("Arguments"), arguments.join(QLatin1Char(' ')));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement();
    text += QLatin1Char('\n');
    return text;
}

QByteArray ScheduleUnits::taskFileBytes(const QString &xml)
{
    QByteArray bytes("\xff\xfe", 2);
    for (const QChar character : xml) {
        const char16_t unit = character.unicode();
        bytes.append(char(unit & 0xff));
        bytes.append(char(unit >> 8));
    }
    return bytes;
}

QString ScheduleUnits::launchdLabel(const QString &presetName)
{
    return ApplicationInfo::applicationId() + QLatin1String(".backup.") + portableStem(presetName);
}

QString ScheduleUnits::launchdPlist(const ScheduledBackup &backup)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    // Apple's plists name their encoding; QXmlStreamWriter names none when
    // it writes to a string.
    text += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeComment(QLatin1Char(' ') + markerLine(backup.presetName, backup.spec)
                     + QLatin1Char(' '));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));

    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("Label"));
    xml.writeTextElement(QStringLiteral("string"), launchdLabel(backup.presetName));

    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    xml.writeStartElement(QStringLiteral("array"));
    xml.writeTextElement(QStringLiteral("string"), backup.executablePath);
    for (const QString &argument : runArguments(backup.presetName))
        xml.writeTextElement(QStringLiteral("string"), argument);
    xml.writeEndElement();

    const ScheduleSpec &spec = backup.spec;
    if (spec.kind() == ScheduleSpec::Kind::Every) {
        writePlistInteger(xml, QStringLiteral("StartInterval"), spec.intervalSeconds());
    } else {
        // launchd starts a calendar job the computer slept through when it
        // wakes; one run for all it missed.
        xml.writeTextElement(QStringLiteral("key"), QStringLiteral("StartCalendarInterval"));
        xml.writeStartElement(QStringLiteral("dict"));
        writePlistInteger(xml, QStringLiteral("Hour"), spec.time().hour());
        writePlistInteger(xml, QStringLiteral("Minute"), spec.time().minute());
        if (spec.kind() == ScheduleSpec::Kind::Weekly)
            writePlistInteger(xml, QStringLiteral("Weekday"), int(spec.day()) % 7);
        xml.writeEndElement();
    }
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProcessType"));
    xml.writeTextElement(QStringLiteral("string"), QStringLiteral("Background"));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("LowPriorityIO"));
    xml.writeEmptyElement(QStringLiteral("true"));

    xml.writeEndElement();
    xml.writeEndElement();
    text += QLatin1Char('\n');
    return text;
}

QString ScheduleUnits::portableStem(const QString &presetName)
{
    QString stem;
    for (const QChar character : presetName.left(60)) {
        const bool plain = character.unicode() < 128
            && (character.isLetterOrNumber() || character == QLatin1Char('-')
                || character == QLatin1Char('_'));
        stem += plain ? character : QLatin1Char('_');
    }
    const QByteArray digest
        = QCryptographicHash::hash(presetName.toUtf8(), QCryptographicHash::Sha256).toHex();
    return stem + QLatin1Char('-') + QString::fromLatin1(digest.left(8));
}

QString ScheduleUnits::shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace d360::routines
