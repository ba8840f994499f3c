// The scheduler files ScheduleUnits renders, judged by the schedulers' own
// tools or by independent parsers: systemd-analyze verify (and calendar) for
// the units, systemd-escape for their names, xmllint and QXmlStreamReader for
// the Task Scheduler XML, Python's subprocess.list2cmdline for its command
// line, Python's plistlib for the launchd agent. Every case uses a preset
// name with spaces, quotes, %, $, a backslash and non-ASCII letters, the
// names that quoting gets wrong.
#include "core/routines/ScheduleUnits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using d360::routines::ScheduledBackup;
using d360::routines::ScheduleSpec;
using d360::routines::ScheduleUnits;

namespace {

const QString hostileName = QStringLiteral("Nightly \"Acme\" 100% $HOME it's \\ a/b Ü 夜間");

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Ran run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return { -2, {}, process.errorString().toUtf8() };
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return { -3, {}, "timed out" };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -4,
             process.readAllStandardOutput(), process.readAllStandardError() };
}

ScheduleSpec spec(const QString &text)
{
    QString problem;
    const std::optional<ScheduleSpec> parsed = ScheduleSpec::fromText(text, &problem);
    if (!parsed)
        qFatal("bad spec in the test: %s", qPrintable(problem));
    return *parsed;
}

QString executable()
{
    return qEnvironmentVariable("D360_EXECUTABLE");
}

} // namespace

class ScheduleUnitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(executable()).isExecutable(),
                 "D360_EXECUTABLE must name the built d360-exporter (ctest sets it)");
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void unitNamesAreEscapedAsSystemdEscapeDoes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "Nightly";
        QTest::newRow("hostile") << hostileName;
        QTest::newRow("leading dot") << ".hidden.name";
        QTest::newRow("dashes and colons") << "v4.2-release:all_languages";
        QTest::newRow("emoji") << "Backup 🚀";
    }
    void unitNamesAreEscapedAsSystemdEscapeDoes()
    {
        QFETCH(QString, name);
        const Ran escaped = run(QStringLiteral("systemd-escape"), { QStringLiteral("--"), name });
        QCOMPARE(escaped.exitCode, 0);
        QCOMPARE(ScheduleUnits::systemdEscape(name), QString::fromUtf8(escaped.out.trimmed()));
        QCOMPARE(ScheduleUnits::systemdTimerName(name),
                 "d360-exporter-backup-" + QString::fromUtf8(escaped.out.trimmed()) + ".timer");
    }

    void systemdUnitsVerify_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("timerLine");
        QTest::newRow("daily") << "daily 02:30"
                               << "OnCalendar=*-*-* 02:30:00";
        QTest::newRow("weekly") << "weekly mon 02:30"
                                << "OnCalendar=Mon *-*-* 02:30:00";
        QTest::newRow("weekly sunday") << "weekly sun 23:05"
                                       << "OnCalendar=Sun *-*-* 23:05:00";
        QTest::newRow("every 6h") << "every 6h"
                                  << "OnCalendar=*-*-* 00/6:00:00";
        QTest::newRow("every 1h") << "every 1h"
                                  << "OnCalendar=*-*-* 00/1:00:00";
        QTest::newRow("every 5h") << "every 5h"
                                  << "OnUnitActiveSec=5h";
        QTest::newRow("every 1d") << "every 1d"
                                  << "OnCalendar=*-*-* 00:00:00";
        QTest::newRow("every 3d") << "every 3d"
                                  << "OnUnitActiveSec=3d";
    }
    void systemdUnitsVerify()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, timerLine);
        const ScheduledBackup backup { hostileName, executable(), spec(schedule) };
        const QString timer = ScheduleUnits::systemdTimer(backup);
        QVERIFY2(timer.split('\n').contains(timerLine), qPrintable(timer));
        QVERIFY(timer.contains("\nPersistent=true\n"));
        QVERIFY(timer.contains("\nRandomizedDelaySec=10min\n"));
        QVERIFY(timer.contains("\nWantedBy=timers.target\n"));
        const QString verdict = verify(backup, ScheduleUnits::systemdService(backup), timer);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        // The marker reads back the name and the schedule.
        const auto marker = ScheduleUnits::readMarker(timer);
        QVERIFY(marker);
        QCOMPARE(marker->presetName, hostileName);
        QCOMPARE(marker->spec.toText(), schedule);
        QVERIFY(ScheduleUnits::readMarker(ScheduleUnits::systemdService(backup)));
    }

    void calendarTimesAreTheOnesAskedFor()
    {
        // systemd's own reading of the OnCalendar line: the next run of a
        // weekly Monday 02:30 is a Monday, at 02:30.
        const ScheduledBackup backup { hostileName, executable(), spec("weekly mon 02:30") };
        const QString line = ScheduleUnits::systemdTimerSchedule(backup.spec).first();
        const Ran calendar = run(QStringLiteral("systemd-analyze"),
                                 { QStringLiteral("calendar"), line.section('=', 1) });
        QVERIFY2(calendar.exitCode == 0, calendar.err.constData());
        QVERIFY2(QRegularExpression("Next elapse: Mon \\S+ 02:30:00")
                     .match(QString::fromUtf8(calendar.out))
                     .hasMatch(),
                 calendar.out.constData());
    }

    void theExecStartLineQuotesForSystemd()
    {
        const ScheduledBackup backup { hostileName, "/opt/My Apps/d360-exporter",
                                       spec("daily 02:30") };
        const QString service = ScheduleUnits::systemdService(backup);
        // Every word quoted; \ and " escaped; % and $ doubled, so neither a
        // specifier nor a variable is expanded.
        QVERIFY2(
            service.contains(
                "\nExecStart=\"/opt/My Apps/d360-exporter\" \"export\" \"--preset\" "
                "\"Nightly \\\"Acme\\\" 100%% $$HOME it's \\\\ a/b Ü 夜間\" \"--scheduled\"\n"),
            qPrintable(service));
        QVERIFY(service.contains("\nType=oneshot\n"));
        QVERIFY(service.contains("Description=D360 Exporter: scheduled backup of the preset "
                                 "Nightly \"Acme\" 100%% $HOME"));
    }

    void verifyCatchesABrokenUnit()
    {
        // The check above can fail: a timer with an OnCalendar systemd cannot
        // read, and a service whose program does not exist, are both reported.
        const ScheduledBackup backup { hostileName, executable(), spec("daily 02:30") };
        QString timer = ScheduleUnits::systemdTimer(backup);
        timer.replace("OnCalendar=*-*-* 02:30:00", "OnCalendar=Mox *-*-* 25:61:00");
        const QString badTimer = verify(backup, ScheduleUnits::systemdService(backup), timer);
        QVERIFY2(badTimer.contains("Failed to parse calendar specification"), qPrintable(badTimer));

        const ScheduledBackup missing { hostileName, "/nonexistent/d360-exporter",
                                        spec("daily 02:30") };
        const QString badService = verify(missing, ScheduleUnits::systemdService(missing),
                                          ScheduleUnits::systemdTimer(missing));
        QVERIFY2(badService.contains("/nonexistent/d360-exporter"), qPrintable(badService));
    }

    void presetNamesNoSchedulerCanCarryAreRefused()
    {
        QVERIFY(ScheduleUnits::presetNameProblem(hostileName).isEmpty());
        QVERIFY(!ScheduleUnits::presetNameProblem("").isEmpty());
        QVERIFY(!ScheduleUnits::presetNameProblem("   ").isEmpty());
        QVERIFY(ScheduleUnits::presetNameProblem("two\nlines").contains("control character"));
        QVERIFY(ScheduleUnits::presetNameProblem(QString(300, 'a')).contains("too long"));
        // 56 kanji are 168 bytes, 672 characters escaped: too long too.
        QVERIFY(ScheduleUnits::presetNameProblem(QString(56, QChar(0x591c))).contains("too long"));
        QVERIFY(ScheduleUnits::presetNameProblem(QString(200, 'a')).isEmpty());
    }

    void taskSchedulerXml_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("interval");
        QTest::newRow("daily") << "daily 02:30"
                               << "2024-01-01T02:30:00"
                               << "CalendarTrigger"
                               << ""
                               << "DaysInterval=1";
        QTest::newRow("weekly") << "weekly wed 19:05"
                                << "2024-01-01T19:05:00"
                                << "CalendarTrigger"
                                << "Wednesday"
                                << "WeeksInterval=1";
        QTest::newRow("every 6h") << "every 6h"
                                  << "2024-01-01T00:00:00"
                                  << "TimeTrigger"
                                  << ""
                                  << "Interval=PT6H";
        QTest::newRow("every 3d") << "every 3d"
                                  << "2024-01-01T00:00:00"
                                  << "CalendarTrigger"
                                  << ""
                                  << "DaysInterval=3";
    }
    void taskSchedulerXml()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, start);
        QFETCH(QString, trigger);
        QFETCH(QString, day);
        QFETCH(QString, interval);
        const QString exe = "C:\\Program Files\\D360 Exporter\\d360-exporter.exe";
        const ScheduledBackup backup { hostileName, exe, spec(schedule) };
        const QString xml = ScheduleUnits::taskSchedulerXml(backup);

        // Written as the installer writes it (UTF-16, BOM), xmllint reads it.
        QTemporaryDir folder;
        const QString path = folder.filePath("task.xml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ScheduleUnits::taskFileBytes(xml));
        file.close();
        const Ran lint = run("xmllint", { "--noout", "--nonet", path });
        QVERIFY2(lint.exitCode == 0 && lint.err.isEmpty(), lint.err.constData());
        QVERIFY(QFile(path).open(QIODevice::ReadOnly));
        QVERIFY(ScheduleUnits::taskFileBytes(xml).startsWith(QByteArray("\xff\xfe<\0?\0", 6)));

        QHash<QString, QString> values;
        QStringList elements;
        QXmlStreamReader reader(xml);
        QString taskVersion, taskNamespace;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = reader.name().toString();
            elements.append(name);
            if (name == "Task") {
                taskVersion = reader.attributes().value("version").toString();
                taskNamespace = reader.namespaceUri().toString();
                continue;
            }
            if (name == "DaysOfWeek" || name == "Triggers" || name == "Settings"
                || name == "Repetition" || name == "ScheduleByDay" || name == "ScheduleByWeek"
                || name == "Exec" || name == "Actions" || name == "Principals"
                || name == "Principal" || name == "RegistrationInfo" || name == "CalendarTrigger"
                || name == "TimeTrigger")
                continue;
            const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            values.insert(name, text);
            values.insert(name + "=" + text, text);
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(taskVersion, "1.2");
        QCOMPARE(taskNamespace, "http://schemas.microsoft.com/windows/2004/02/mit/task");
        QVERIFY2(elements.contains(trigger), qPrintable(elements.join(' ')));
        QCOMPARE(values.value("StartBoundary"), start);
        QVERIFY2(values.contains(interval), qPrintable(elements.join(' ')));
        if (!day.isEmpty()) {
            QVERIFY(elements.contains(day));
            QCOMPARE(elements.indexOf("DaysOfWeek") + 1, elements.indexOf(day));
        }
        QCOMPARE(values.value("StartWhenAvailable"), "true");
        QCOMPARE(values.value("Command"), exe);

        // The arguments, as Python (an independent implementation of the
        // Microsoft C runtime's rules) writes the same list.
        const QStringList arguments = ScheduleUnits::runArguments(hostileName);
        QCOMPARE(arguments, QStringList({ "export", "--preset", hostileName, "--scheduled" }));
        const Ran python
            = run("python3",
                  { "-c",
                    "import json,subprocess,sys; "
                    "sys.stdout.write(subprocess.list2cmdline(json.load(sys.stdin)))" },
                  QJsonDocument(QJsonArray::fromStringList(arguments)).toJson());
        QVERIFY2(python.exitCode == 0, python.err.constData());
        QCOMPARE(values.value("Arguments"), QString::fromUtf8(python.out));
        const auto marker = ScheduleUnits::readMarker(xml);
        QVERIFY(marker);
        QCOMPARE(marker->presetName, hostileName);
        QCOMPARE(marker->spec.toText(), schedule);
    }

    void windowsArgumentsWithBackslashesAndQuotes_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("trailing backslash, blank") << "a b\\";
        QTest::newRow("backslash before quote") << "a\\\"b";
        QTest::newRow("quote, no blank") << "a\"b";
        QTest::newRow("empty") << "";
        QTest::newRow("tab") << "a\tb";
        QTest::newRow("path") << "C:\\Users\\Jane Doe\\";
    }
    void windowsArgumentsWithBackslashesAndQuotes()
    {
        QFETCH(QString, argument);
        const Ran python
            = run("python3",
                  { "-c",
                    "import json,subprocess,sys; "
                    "sys.stdout.write(subprocess.list2cmdline(json.load(sys.stdin)))" },
                  QJsonDocument(QJsonArray { argument }).toJson());
        QCOMPARE(ScheduleUnits::windowsArgument(argument), QString::fromUtf8(python.out));
    }

    void launchdPlist_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("daily") << "daily 02:30"
                               << "{\"StartCalendarInterval\": {\"Hour\": 2, \"Minute\": 30}}";
        QTest::newRow("weekly monday")
            << "weekly mon 02:30"
            << "{\"StartCalendarInterval\": {\"Hour\": 2, \"Minute\": 30, \"Weekday\": 1}}";
        QTest::newRow("weekly sunday is 0")
            << "weekly sunday 23:59"
            << "{\"StartCalendarInterval\": {\"Hour\": 23, \"Minute\": 59, \"Weekday\": 0}}";
        QTest::newRow("every 6h") << "every 6h"
                                  << "{\"StartInterval\": 21600}";
        QTest::newRow("every 2d") << "every 2d"
                                  << "{\"StartInterval\": 172800}";
    }
    void launchdPlist()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, expected);
        const QString exe = "/Applications/D360 Exporter.app/Contents/MacOS/d360-exporter";
        const ScheduledBackup backup { hostileName, exe, spec(schedule) };
        const QString plist = ScheduleUnits::launchdPlist(backup);
        QVERIFY(plist.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
        const Ran python
            = run("python3",
                  { "-c",
                    "import json,plistlib,sys; p = plistlib.loads(sys.stdin.buffer.read()); "
                    "print(json.dumps(p, ensure_ascii=False))" },
                  plist.toUtf8());
        QVERIFY2(python.exitCode == 0, python.err.constData());
        const QJsonObject read = QJsonDocument::fromJson(python.out).object();
        QCOMPARE(read.value("ProgramArguments").toArray(),
                 QJsonArray({ exe, "export", "--preset", hostileName, "--scheduled" }));
        QCOMPARE(read.value("Label").toString(), ScheduleUnits::launchdLabel(hostileName));
        QVERIFY(read.value("Label").toString().startsWith(
            "io.github.d360exporter.D360Exporter.backup.Nightly__Acme__100___HOME_it_s___a_b_____"
            "-"));
        const QJsonObject wanted = QJsonDocument::fromJson(expected.toUtf8()).object();
        for (auto it = wanted.begin(); it != wanted.end(); ++it)
            QCOMPARE(read.value(it.key()), it.value());
        QCOMPARE(read.contains("StartInterval"), wanted.contains("StartInterval"));
        QCOMPARE(read.contains("StartCalendarInterval"), wanted.contains("StartCalendarInterval"));
        const auto marker = ScheduleUnits::readMarker(plist);
        QVERIFY(marker);
        QCOMPARE(marker->presetName, hostileName);
    }

    void portableStemsNeverCollide()
    {
        QVERIFY(ScheduleUnits::portableStem("a b") != ScheduleUnits::portableStem("a_b"));
        QCOMPARE(ScheduleUnits::portableStem("a b"), ScheduleUnits::portableStem("a b"));
        QVERIFY(!ScheduleUnits::taskName(hostileName).mid(14).contains('\\'));
        QVERIFY(ScheduleUnits::taskName("x").startsWith("D360 Exporter\\"));
    }

private:
    // What systemd-analyze verify says about the two units (empty: nothing;
    // it reports some problems, such as an unreadable OnCalendar, only as a
    // warning with exit code 0, so anything it prints is a failure).
    QString verify(const ScheduledBackup &backup, const QString &service, const QString &timer)
    {
        QTemporaryDir folder;
        const QString servicePath
            = folder.filePath(ScheduleUnits::systemdServiceName(backup.presetName));
        const QString timerPath
            = folder.filePath(ScheduleUnits::systemdTimerName(backup.presetName));
        for (const auto &[path, text] :
             { std::pair { servicePath, service }, std::pair { timerPath, timer } }) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return "cannot write " + path;
            file.write(text.toUtf8());
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A user manager's runtime folder of its own: the test machine has
        // no user session, and verify needs one only to start its checks.
        environment.insert("XDG_RUNTIME_DIR", m_runtime.path());
        const Ran verified = run("systemd-analyze", { "verify", "--user", servicePath, timerPath },
                                 {}, environment);
        if (verified.exitCode == 0 && verified.err.trimmed().isEmpty()
            && verified.out.trimmed().isEmpty())
            return {};
        return QStringLiteral("exit code %1: %2 %3")
            .arg(verified.exitCode)
            .arg(QString::fromUtf8(verified.err), QString::fromUtf8(verified.out));
    }

    QTemporaryDir m_runtime;
};

QTEST_GUILESS_MAIN(ScheduleUnitsTest)
#include "tst_schedule_units.moc"
