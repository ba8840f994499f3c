// `d360-exporter schedule add|list|remove`, run as the real executable the
// way a user runs it: the unit folder in a temporary XDG_CONFIG_HOME, and
// systemctl either not called (D360_SYSTEMCTL=none: the test machine has no
// user manager) or a small stand-in script that records what it was asked
// and answers as a user manager would. Judged by what appears on disk, what
// the command prints and its exit code.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString presetName = QStringLiteral("Nightly \"Acme\" 100% Ü");
const QString escapedStem = QStringLiteral("d360-exporter-backup-Nightly\\x20\\x22Acme\\x22\\x20100"
                                           "\\x25\\x20\\xc3\\x9c");

struct Result
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class ScheduleCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("D360_EXECUTABLE")).isExecutable(),
                 "D360_EXECUTABLE must name the built d360-exporter (ctest sets it)");
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_units = m_home->filePath("config/systemd/user");
        m_systemctl = "none";
        // A schedule runs a preset, so the presets it names exist.
        for (const QString &name : { presetName, QStringLiteral("Nightly"), QStringLiteral("P") }) {
            const Result saved = run({ "presets", "save", name, "--project", "p-1", "--version",
                                       "default", "--out", m_home->filePath("out") });
            QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        }
    }

    // `schedule add` asks the preset store: a name with no preset is refused
    // before anything is written.
    void aPresetThatDoesNotExistIsNotScheduled()
    {
        const Result added = run({ "schedule", "add", "--preset", "Weekly", "--daily", "02:30" });
        QCOMPARE(added.exitCode, 4);
        QVERIFY2(added.err.contains("no preset \"Weekly\""), qPrintable(added.err));
        QVERIFY(!QFileInfo::exists(m_units));
    }

    void addListRemoveLeavesTheUsersOwnFilesAlone()
    {
        // A unit of the user's own, in the same folder, and one that merely
        // looks like ours.
        QVERIFY(QDir().mkpath(m_units));
        writeFile(m_units + "/mine.timer", "[Timer]\nOnCalendar=daily\n");
        writeFile(m_units + "/d360-exporter-backup-handmade.timer", "[Timer]\nOnCalendar=daily\n");

        const Result added
            = run({ "schedule", "add", "--preset", presetName, "--weekly", "mon", "02:30" });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString service = m_units + "/" + escapedStem + ".service";
        const QString timer = m_units + "/" + escapedStem + ".timer";
        QVERIFY2(QFileInfo::exists(service), qPrintable(added.out));
        QVERIFY(QFileInfo::exists(timer));
        QVERIFY2(added.out.contains(service) && added.out.contains(timer), qPrintable(added.out));
        QVERIFY2(added.out.contains("weekly on Monday at 02:30"), qPrintable(added.out));
        // Not enabled: the exact commands instead.
        QVERIFY2(added.out.contains("systemctl --user daemon-reload"), qPrintable(added.out));
        QVERIFY2(added.out.contains("systemctl --user enable --now '" + escapedStem + ".timer'"),
                 qPrintable(added.out));
        QVERIFY2(added.err.contains("D360_SYSTEMCTL=none"), qPrintable(added.err));
        const QString serviceText = readFile(service);
        QVERIFY2(serviceText.contains("ExecStart=\"" + qEnvironmentVariable("D360_EXECUTABLE")
                                      + "\" \"export\" \"--preset\" \"Nightly \\\"Acme\\\" 100%% "
                                        "Ü\" \"--scheduled\""),
                 qPrintable(serviceText));
        QVERIFY(readFile(timer).contains("OnCalendar=Mon *-*-* 02:30:00"));

        const Result listed = run({ "schedule", "list", "--json" });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value("preset").toString(), presetName);
        QCOMPARE(entry.value("schedule").toString(), "weekly mon 02:30");
        QCOMPARE(entry.value("description").toString(), "weekly on Monday at 02:30");
        QCOMPARE(entry.value("enabled").toBool(), false);
        QCOMPARE(entry.value("files").toArray(), QJsonArray({ service, timer }));

        const Result table = run({ "schedule", "list" });
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(presetName) && table.out.contains("weekly on Monday at 02:30"),
                 qPrintable(table.out));

        // Adding again replaces the schedule of the same preset.
        const Result changed = run({ "schedule", "add", "--preset", presetName, "--every", "6h" });
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QVERIFY(readFile(timer).contains("OnCalendar=*-*-* 00/6:00:00"));
        QVERIFY(!readFile(timer).contains("Mon"));

        // Enabled by hand, as `systemctl --user enable` links it, beside a
        // timer of the user's own that is enabled too.
        const QString wants = m_units + "/timers.target.wants";
        QVERIFY(QDir().mkpath(wants));
        QVERIFY(QFile::link("../" + escapedStem + ".timer", wants + "/" + escapedStem + ".timer"));
        QVERIFY(QFile::link(m_units + "/mine.timer", wants + "/mine.timer"));
        const Result enabled = run({ "schedule", "list", "--json" });
        QCOMPARE(QJsonDocument::fromJson(enabled.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value("enabled")
                     .toBool(),
                 true);

        const Result removed = run({ "schedule", "remove", presetName });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(QDir(wants).entryList(QDir::Files | QDir::System), QStringList { "mine.timer" });
        QVERIFY2(removed.out.contains("systemctl --user daemon-reload"), qPrintable(removed.out));
        QVERIFY(!QFileInfo::exists(service));
        QVERIFY(!QFileInfo::exists(timer));
        QVERIFY2(removed.out.contains(timer), qPrintable(removed.out));
        QCOMPARE(readFile(m_units + "/mine.timer"), "[Timer]\nOnCalendar=daily\n");
        QCOMPARE(readFile(m_units + "/d360-exporter-backup-handmade.timer"),
                 "[Timer]\nOnCalendar=daily\n");
        QCOMPARE(QDir(m_units).entryList(QDir::Files).size(), 2);

        const Result empty = run({ "schedule", "list", "--json" });
        QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).array().size(), 0);
    }

    void removingAnUnknownScheduleExitsFour()
    {
        const Result removed = run({ "schedule", "remove", "No such preset" });
        QCOMPARE(removed.exitCode, 4);
        QVERIFY2(removed.err.contains("There is no schedule for the preset \"No such preset\""),
                 qPrintable(removed.err));
    }

    void aUnitOfTheUsersOwnUnderOurNameIsNeverReplaced()
    {
        QVERIFY(QDir().mkpath(m_units));
        const QString theirs = m_units + "/d360-exporter-backup-Nightly.timer";
        writeFile(theirs, "[Timer]\nOnCalendar=hourly\n");
        const Result added = run({ "schedule", "add", "--preset", "Nightly", "--daily", "02:30" });
        QCOMPARE(added.exitCode, 2);
        QVERIFY2(added.err.contains("was not written by D360 Exporter"), qPrintable(added.err));
        QCOMPARE(readFile(theirs), "[Timer]\nOnCalendar=hourly\n");
        QVERIFY(!QFileInfo::exists(m_units + "/d360-exporter-backup-Nightly.service"));
        // Nor removed.
        QCOMPARE(run({ "schedule", "remove", "Nightly" }).exitCode, 4);
        QVERIFY(QFileInfo::exists(theirs));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList { "schedule" } << "Name one action";
        QTest::newRow("unknown action")
            << QStringList { "schedule", "start" } << "Unknown action \"start\"";
        QTest::newRow("no when") << QStringList { "schedule", "add", "--preset", "P" }
                                 << "exactly one of --daily";
        QTest::newRow("two whens") << QStringList { "schedule", "add",   "--preset", "P",
                                                    "--daily",  "02:30", "--every",  "6h" }
                                   << "exactly one of --daily";
        QTest::newRow("bad time") << QStringList { "schedule", "add",     "--preset",
                                                   "P",        "--daily", "25:00" }
                                  << "\"25:00\" is not a time of day";
        QTest::newRow("weekly without time")
            << QStringList { "schedule", "add", "--preset", "P", "--weekly", "mon" }
            << "Give the time after the day";
        QTest::newRow("weekly bad day")
            << QStringList { "schedule", "add", "--preset", "P", "--weekly", "someday", "02:30" }
            << "\"someday\" is not a day of the week";
        QTest::newRow("every without unit")
            << QStringList { "schedule", "add", "--preset", "P", "--every", "6" }
            << "\"6\" is not an interval";
        QTest::newRow("no preset") << QStringList { "schedule", "add", "--daily", "02:30" }
                                   << "Give the preset to run with --preset NAME.";
        QTest::newRow("remove without name")
            << QStringList { "schedule", "remove" } << "Name the preset";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(m_units));
    }

    // `presets rename` takes the schedule along: the scheduler runs the
    // preset by its name, so a schedule left on the old name would fail at
    // every run. A preset without a schedule renames as before.
    void aRenamedPresetTakesItsScheduleAlong()
    {
        const Result added = run({ "schedule", "add", "--preset", "P", "--daily", "04:10" });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Result renamed = run({ "presets", "rename", "P", "Q" });
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
        QVERIFY2(renamed.out.contains("Renamed the preset \"P\" to \"Q\"."),
                 qPrintable(renamed.out));
        QVERIFY2(renamed.out.contains("Its schedule now runs \"Q\"."), qPrintable(renamed.out));
        QVERIFY2(renamed.out.contains("enable --now d360-exporter-backup-Q.timer"),
                 qPrintable(renamed.out));
        QVERIFY(!QFileInfo::exists(m_units + "/d360-exporter-backup-P.timer"));
        QVERIFY(!QFileInfo::exists(m_units + "/d360-exporter-backup-P.service"));
        QVERIFY(readFile(m_units + "/d360-exporter-backup-Q.timer")
                    .contains("OnCalendar=*-*-* 04:10:00"));
        const QString service = readFile(m_units + "/d360-exporter-backup-Q.service");
        QVERIFY2(service.contains("\"--preset\" \"Q\" \"--scheduled\""), qPrintable(service));
        const Result listed = run({ "schedule", "list", "--json" });
        const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value("preset").toString(), "Q");

        const Result plain = run({ "presets", "rename", "Nightly", "Daily" });
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY2(!plain.out.contains("schedule"), qPrintable(plain.out));
    }

    void aUserManagerThatAnswersGetsTheTimerEnabled()
    {
        // A stand-in for systemctl: records its arguments, answers
        // is-system-running like a desktop with one failed unit, and links
        // the timer as `enable` does.
        const QString log = m_home->filePath("systemctl.log");
        const QString script = m_home->filePath("systemctl");
        writeFile(script,
                  "#!/bin/sh\n"
                  "echo \"$*\" >> '"
                      + log.toUtf8()
                      + "'\n"
                        "case \"$2\" in\n"
                        "  is-system-running) echo degraded; exit 1 ;;\n"
                        "  enable) mkdir -p '"
                      + m_units.toUtf8()
                      + "/timers.target.wants' &&"
                        " ln -s \"../$4\" '"
                      + m_units.toUtf8()
                      + "/timers.target.wants/'\"$4\" ;;\n"
                        "  disable) rm -f '"
                      + m_units.toUtf8()
                      + "/timers.target.wants/'\"$4\" ;;\n"
                        "esac\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_systemctl = script;

        const Result added = run({ "schedule", "add", "--preset", "Nightly", "--daily", "02:30" });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains("The timer is enabled"), qPrintable(added.out));
        QVERIFY2(!added.out.contains("daemon-reload"), qPrintable(added.out));
        QCOMPARE(readFile(log).split('\n', Qt::SkipEmptyParts),
                 QStringList({ "--user is-system-running", "--user daemon-reload",
                               "--user enable --now d360-exporter-backup-Nightly.timer" }));
        const Result listed = run({ "schedule", "list", "--json" });
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value("enabled")
                     .toBool(),
                 true);

        QFile::remove(log);
        const Result removed = run({ "schedule", "remove", "Nightly" });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(readFile(log).split('\n', Qt::SkipEmptyParts),
                 QStringList({ "--user is-system-running",
                               "--user disable --now d360-exporter-backup-Nightly.timer",
                               "--user daemon-reload" }));
        QVERIFY(QDir(m_units).entryList(QDir::Files).isEmpty());
        QVERIFY2(!removed.out.contains("also run"), qPrintable(removed.out));
    }

    void aSystemctlThatHangsIsGivenUp()
    {
        // A user manager that never answers: the command still ends, with
        // the files written and the commands to run.
        const QString script = m_home->filePath("systemctl");
        writeFile(script, "#!/bin/sh\nexec sleep 60\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_systemctl = script;
        m_extraEnvironment = { { "D360_SYSTEMCTL_TIMEOUT_MS", "300" } };
        QElapsedTimer clock;
        clock.start();
        const Result added = run({ "schedule", "add", "--preset", "Nightly", "--daily", "02:30" });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.err.contains("did not answer"), qPrintable(added.err));
        QVERIFY2(added.out.contains("systemctl --user enable --now"), qPrintable(added.out));
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        m_extraEnvironment.clear();
    }

private:
    Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("XDG_CONFIG_HOME", m_home->filePath("config"));
        environment.insert("XDG_DATA_HOME", m_home->filePath("data"));
        environment.insert("D360_SYSTEMCTL", m_systemctl);
        for (const auto &[name, value] : m_extraEnvironment)
            environment.insert(name, value);
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("D360_EXECUTABLE"), arguments);
        Result result;
        QSignalSpy finished(&process, &QProcess::finished);
        result.finished = finished.wait(60000);
        if (!result.finished)
            process.kill();
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QString readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("(cannot read %1)").arg(path);
        return QString::fromUtf8(file.readAll());
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_units;
    QString m_systemctl;
    QList<std::pair<QString, QString>> m_extraEnvironment;
};

QTEST_GUILESS_MAIN(ScheduleCommandTest)
#include "tst_schedule_command.moc"
