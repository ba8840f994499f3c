// See SettingsDialog.h. The preview expands the pattern for a sample job of
// the sandbox's demo project, once as a PDF and once as a ZIP, through the
// same FileNameTemplate the engine uses, so what it shows is what the
// exports will be called, sanitised exactly as they will be.
#include "gui/settings/SettingsDialog.h"

#include "core/jobs/FileNameTemplate.h"
#include "ui_SettingsDialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace d360::gui {

using jobs::FileNameFields;
using jobs::FileNameTemplate;

namespace {

// The longest name a common file system takes, in bytes of UTF-8.
constexpr int maxFileNameBytes = 255;

FileNameFields sampleFields(const QString &format, const QString &extension)
{
    FileNameFields fields;
    fields.project = QStringLiteral("Acme Cloud Handbook");
    fields.projectId = QStringLiteral("5f1c2d3e-acme");
    fields.version = QStringLiteral("v2.0");
    fields.versionId = QStringLiteral("9a8b7c6d-v20");
    fields.lang = QStringLiteral("de");
    fields.language = QStringLiteral("German");
    fields.format = format;
    fields.ext = extension;
    fields.date = QDate::currentDate();
    return fields;
}

} // namespace

SettingsDialog::SettingsDialog(const GuiSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_initial(current)
{
    m_ui->setupUi(this);
    m_ui->existingFileCombo->addItem(tr("Keep it and number the new file: name (2).pdf"), false);
    m_ui->existingFileCombo->addItem(tr("Replace it"), true);
    m_ui->concurrencySpin->setRange(GuiSettings::minConcurrentJobs, GuiSettings::maxConcurrentJobs);
    m_ui->pollCapSpin->setRange(GuiSettings::minPollCapSeconds, GuiSettings::maxPollCapSeconds);
    m_ui->pollCapSpin->setSuffix(tr(" s"));
    m_ui->templateEdit->setPlaceholderText(FileNameTemplate::defaultPattern());
    QStringList placeholders;
    for (const QString &name : FileNameTemplate::placeholders())
        placeholders.append(QLatin1Char('{') + name + QLatin1Char('}'));
    m_ui->placeholdersValue->setText(
        tr("Placeholders: %1").arg(placeholders.join(QLatin1Char(' '))));
    m_ui->outputFolderEdit->setPlaceholderText(
        QDir::toNativeSeparators(GuiSettings::defaultOutputFolder()));

    connect(m_ui->templateEdit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_ui->outputFolderEdit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                GuiSettings defaults;
                defaults.jobs.pollFirst
                    = m_initial.jobs.pollFirst; // knobs the dialog does not show stay
                defaults.jobs.pollGrowth = m_initial.jobs.pollGrowth;
                defaults.jobs.networkPatience = m_initial.jobs.networkPatience;
                defaults.jobs.retryFirst = m_initial.jobs.retryFirst;
                defaults.jobs.retryCap = m_initial.jobs.retryCap;
                defaults.jobs.progressInterval = m_initial.jobs.progressInterval;
                showValues(defaults);
            });
    showValues(current);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showValues(const GuiSettings &settings)
{
    m_ui->outputFolderEdit->setText(QDir::toNativeSeparators(settings.effectiveOutputFolder()));
    m_ui->templateEdit->setText(settings.effectiveFileNamePattern());
    m_ui->existingFileCombo->setCurrentIndex(settings.jobs.overwriteExisting ? 1 : 0);
    m_ui->concurrencySpin->setValue(settings.jobs.maxConcurrentJobs);
    m_ui->pollCapSpin->setValue(
        int(std::chrono::duration_cast<std::chrono::seconds>(settings.jobs.pollCap).count()));
    m_ui->extractCheck->setChecked(settings.extractZips);
    m_ui->openWhenDoneCheck->setChecked(settings.openWhenDone);
    revalidate();
}

GuiSettings SettingsDialog::settings() const
{
    GuiSettings edited = m_initial;
    edited.outputFolder = QDir::fromNativeSeparators(m_ui->outputFolderEdit->text().trimmed());
    const QString pattern = m_ui->templateEdit->text();
    // The default is stored as "none chosen", so a better default reaches
    // users who never changed it.
    edited.jobs.fileNamePattern
        = pattern == FileNameTemplate::defaultPattern() ? QString() : pattern;
    edited.jobs.overwriteExisting = m_ui->existingFileCombo->currentData().toBool();
    edited.jobs.maxConcurrentJobs = m_ui->concurrencySpin->value();
    edited.jobs.pollCap = std::chrono::seconds(m_ui->pollCapSpin->value());
    edited.extractZips = m_ui->extractCheck->isChecked();
    edited.openWhenDone = m_ui->openWhenDoneCheck->isChecked();
    return edited;
}

QString SettingsDialog::previewText() const
{
    return m_ui->previewValue->text();
}

QStringList SettingsDialog::problems() const
{
    return settings().problems();
}

void SettingsDialog::revalidate()
{
    const FileNameTemplate pattern(settings().effectiveFileNamePattern());
    QString templateProblem;
    if (pattern.isValid(&templateProblem)) {
        m_ui->previewValue->setText(
            // Exactly what will be written, one name per format.
            tr("%1\n%2\n%3")
                .arg(
                    pattern.nameFor(sampleFields(QStringLiteral("pdf"), QStringLiteral("pdf")),
                                    maxFileNameBytes),
                    pattern.nameFor(sampleFields(QStringLiteral("html"), QStringLiteral("zip")),
                                    maxFileNameBytes),
                    pattern.nameFor(sampleFields(QStringLiteral("markdown"), QStringLiteral("zip")),
                                    maxFileNameBytes)));
    } else {
        m_ui->previewValue->setText(tr("No preview: %1").arg(templateProblem));
    }
    const QStringList found = problems();
    m_ui->problemsValue->setText(found.join(QLatin1Char('\n')));
    m_ui->problemsValue->setVisible(!found.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void SettingsDialog::chooseFolder()
{
    auto *picker
        = new QFileDialog(this, tr("Choose the output folder"), settings().effectiveOutputFolder());
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        m_ui->outputFolderEdit->setText(QDir::toNativeSeparators(folder));
    });
    picker->open();
}

void SettingsDialog::accept()
{
    revalidate();
    if (!problems().isEmpty())
        return;
    Q_EMIT settingsAccepted(settings());
    QDialog::accept();
}

} // namespace d360::gui
