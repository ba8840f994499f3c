// ScheduleCommand's one hook for the preset store: `schedule add` asks the
// PresetCheck it was given whether the preset exists, and a preset that does
// not exist is reported with the check's own message and exit code 4, before
// any file is written. Run in process, since the executable wires the
// default check (every name accepted) until the preset store is there.
#include "cli/ExitCode.h"
#include "cli/ScheduleCommand.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using d360::cli::ScheduleCommand;

class SchedulePresetCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
        qputenv("D360_SYSTEMCTL", "none");
    }

    void anUnknownPresetIsRefusedWithTheChecksMessage()
    {
        QStringList asked;
        ScheduleCommand command([&](const QString &presetName, QString *problem) {
            asked.append(presetName);
            *problem = QStringLiteral("There is no preset named \"%1\".").arg(presetName);
            return false;
        });
        QSignalSpy finished(&command, &ScheduleCommand::finished);
        command.start(
            { "d360-exporter schedule", "add", "--preset", "Nightly", "--daily", "02:30" });
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), int(d360::cli::NotFound));
        QCOMPARE(asked, QStringList { "Nightly" });
        QVERIFY(!QFileInfo::exists(m_home.filePath("systemd/user")));
    }

    void aKnownPresetIsScheduled()
    {
        QStringList asked;
        ScheduleCommand command([&](const QString &presetName, QString *) {
            asked.append(presetName);
            return true;
        });
        QSignalSpy finished(&command, &ScheduleCommand::finished);
        command.start({ "d360-exporter schedule", "add", "--preset", "Nightly", "--every", "2d" });
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), int(d360::cli::Success));
        QCOMPARE(asked, QStringList { "Nightly" });
        QVERIFY(
            QFileInfo::exists(m_home.filePath("systemd/user/d360-exporter-backup-Nightly.timer")));
    }

    void listAndRemoveDoNotAsk()
    {
        // A schedule outlives its preset: it can still be listed and removed.
        int asked = 0;
        const auto check = [&](const QString &, QString *) {
            ++asked;
            return false;
        };
        for (const QStringList &arguments :
             { QStringList { "d360-exporter schedule", "list" },
               QStringList { "d360-exporter schedule", "remove", "Nightly" } }) {
            ScheduleCommand command(check);
            QSignalSpy finished(&command, &ScheduleCommand::finished);
            command.start(arguments);
            QVERIFY(finished.size() == 1 || finished.wait(10000));
            QCOMPARE(finished.first().first().toInt(), int(d360::cli::Success));
        }
        QCOMPARE(asked, 0);
        QVERIFY(
            !QFileInfo::exists(m_home.filePath("systemd/user/d360-exporter-backup-Nightly.timer")));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(SchedulePresetCheckTest)
#include "tst_schedule_preset_check.moc"
