// The settings dialog and its value, offscreen: the file name preview
// follows the pattern as it is typed (sanitised exactly as the engine will
// name the files), an unusable pattern or output folder says why and keeps
// OK disabled, and every value the dialog edits survives a round trip
// through QSettings (in QStandardPaths' test mode, so the user's own
// settings are never read or written).
#include "core/jobs/FileNameTemplate.h"
#include "gui/settings/GuiSettings.h"
#include "gui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using d360::gui::GuiSettings;
using d360::gui::SettingsDialog;

namespace {

template<typename Widget> Widget *child(const QWidget &parent, const char *name)
{
    return parent.findChild<Widget *>(QLatin1String(name));
}

QPushButton *okButton(const SettingsDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class SettingsDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
    }

    void thePreviewFollowsThePattern()
    {
        GuiSettings settings;
        settings.outputFolder = m_folder.path();
        SettingsDialog dialog(settings);
        QVERIFY(dialog.previewText().startsWith(QLatin1String("Acme Cloud Handbook-v2.0-de.pdf")));
        QVERIFY(okButton(dialog)->isEnabled());

        auto *pattern = child<QLineEdit>(dialog, "templateEdit");
        QCOMPARE(pattern->text(), d360::jobs::FileNameTemplate::defaultPattern());
        pattern->setText(QStringLiteral("{lang}_{project}.{ext}"));
        QVERIFY2(dialog.previewText().startsWith(QLatin1String("de_Acme Cloud Handbook.pdf")),
                 qPrintable(dialog.previewText()));
        // A ZIP's name always says which format it holds, so HTML and
        // Markdown never share a name, whatever else is exported.
        QCOMPARE(dialog.previewText().split(QLatin1Char('\n')),
                 (QStringList { QStringLiteral("de_Acme Cloud Handbook.pdf"),
                                QStringLiteral("de_Acme Cloud Handbook-html.zip"),
                                QStringLiteral("de_Acme Cloud Handbook-markdown.zip") }));

        // No {ext}: the extension is added, and the preview shows it.
        pattern->setText(QStringLiteral("{project}-{lang}"));
        QVERIFY2(dialog.previewText().startsWith(QLatin1String("Acme Cloud Handbook-de.pdf\n")),
                 qPrintable(dialog.previewText()));
        QVERIFY(okButton(dialog)->isEnabled());

        // A separator in the pattern is refused with its reason, not turned
        // into "_" behind the writer's back.
        pattern->setText(QStringLiteral("{project}/{version}.{ext}"));
        QVERIFY2(dialog.previewText().startsWith(QLatin1String("No preview")),
                 qPrintable(dialog.previewText()));
        QVERIFY(dialog.problems().join(QLatin1Char(' ')).contains(QLatin1String("subfolder")));
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void anUnusablePatternOrFolderSaysWhy()
    {
        GuiSettings settings;
        settings.outputFolder = m_folder.path();
        SettingsDialog dialog(settings);
        auto *problems = child<QLabel>(dialog, "problemsValue");
        QVERIFY(problems->text().isEmpty());

        child<QLineEdit>(dialog, "templateEdit")
            ->setText(QStringLiteral("{project}-{nonsense}.{ext}"));
        QVERIFY2(dialog.previewText().contains(QLatin1String("nonsense")),
                 qPrintable(dialog.previewText()));
        QVERIFY(problems->text().contains(QLatin1String("nonsense")));
        QVERIFY(!okButton(dialog)->isEnabled());
        QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);
        dialog.accept(); // Enter, say: still refused
        QCOMPARE(accepted.size(), 0);

        child<QLineEdit>(dialog, "templateEdit")->setText(QStringLiteral("{project}-{version"));
        QVERIFY(!dialog.problems().isEmpty());
        child<QLineEdit>(dialog, "templateEdit")->setText(QStringLiteral("{project}.{ext}"));
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());

        QFile file(m_folder.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        child<QLineEdit>(dialog, "outputFolderEdit")->setText(file.fileName());
        QVERIFY2(problems->text().contains(QLatin1String("is a file")),
                 qPrintable(problems->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        child<QLineEdit>(dialog, "outputFolderEdit")->setText(QStringLiteral("relative/folder"));
        QVERIFY(problems->text().contains(QLatin1String("full path")));
    }

    void valuesRoundTripThroughQSettings()
    {
        QCOMPARE(GuiSettings().effectiveOutputFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));

        GuiSettings initial;
        initial.outputFolder = m_folder.path();
        initial.jobs.pollFirst
            = std::chrono::milliseconds(1234); // not in the dialog: kept as it was
        SettingsDialog dialog(initial);
        child<QLineEdit>(dialog, "templateEdit")
            ->setText(QStringLiteral("{date}-{project}-{lang}.{ext}"));
        child<QComboBox>(dialog, "existingFileCombo")->setCurrentIndex(1);
        child<QSpinBox>(dialog, "concurrencySpin")->setValue(7);
        child<QSpinBox>(dialog, "pollCapSpin")->setValue(42);
        child<QCheckBox>(dialog, "extractCheck")->setChecked(true);
        child<QCheckBox>(dialog, "openWhenDoneCheck")->setChecked(true);
        QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);
        okButton(dialog)->click();
        QCOMPARE(accepted.size(), 1);
        const GuiSettings chosen = accepted.at(0).at(0).value<GuiSettings>();

        const QString file = m_folder.filePath(QStringLiteral("settings.ini"));
        {
            QSettings store(file, QSettings::IniFormat);
            chosen.save(store);
        }
        QSettings store(file, QSettings::IniFormat);
        const GuiSettings loaded = GuiSettings::load(store);
        QCOMPARE(loaded.outputFolder, m_folder.path());
        QCOMPARE(loaded.jobs.fileNamePattern, QStringLiteral("{date}-{project}-{lang}.{ext}"));
        QCOMPARE(loaded.jobs.overwriteExisting, true);
        QCOMPARE(loaded.jobs.maxConcurrentJobs, 7);
        QCOMPARE(loaded.jobs.pollCap, std::chrono::milliseconds(42000));
        QCOMPARE(loaded.jobs.pollFirst, std::chrono::milliseconds(1234));
        QCOMPARE(loaded.extractZips, true);
        QCOMPARE(loaded.openWhenDone, true);
        // The engine's knobs live where the headless command reads them.
        QCOMPARE(store.value(QStringLiteral("jobs/maxConcurrentJobs")).toInt(), 7);
        QCOMPARE(store.value(QStringLiteral("gui/openWhenDone")).toBool(), true);

        // The default pattern is stored as "none chosen".
        SettingsDialog again(loaded);
        child<QLineEdit>(again, "templateEdit")
            ->setText(d360::jobs::FileNameTemplate::defaultPattern());
        QVERIFY(again.settings().jobs.fileNamePattern.isEmpty());
    }

private:
    QTemporaryDir m_folder;
};

QTEST_MAIN(SettingsDialogTest)
#include "tst_settings_dialog.moc"
