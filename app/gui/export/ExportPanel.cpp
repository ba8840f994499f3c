// See ExportPanel.h.
#include "gui/export/ExportPanel.h"

#include "core/api/ApiClient.h"
#include "gui/export/LanguageListModel.h"
#include "ui_ExportPanel.h"

#include <QDir>
#include <QFileDialog>

#include <utility>

namespace d360::gui {

ExportPanel::ExportPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ExportPanel>())
    , m_languages(new LanguageListModel(this))
{
    m_ui->setupUi(this);
    m_ui->languageList->setModel(m_languages);
    connect(m_languages, &QAbstractItemModel::modelReset, this,
            &ExportPanel::fitLanguageListHeight);
    connect(m_languages, &QAbstractItemModel::rowsInserted, this,
            &ExportPanel::fitLanguageListHeight);
    connect(m_languages, &QAbstractItemModel::rowsRemoved, this,
            &ExportPanel::fitLanguageListHeight);
    fitLanguageListHeight();
    connect(m_languages, &LanguageListModel::checkedChanged, this, &ExportPanel::updateButton);
    connect(m_ui->allLanguagesCheck, &QCheckBox::toggled, this, [this](bool all) {
        // The greyed list shows what "all" means: every language ticked.
        m_languages->setAllIncluded(all);
        m_ui->languageList->setEnabled(!all);
        updateButton();
    });
    for (QCheckBox *format : { m_ui->pdfCheck, m_ui->htmlCheck, m_ui->markdownCheck })
        connect(format, &QCheckBox::toggled, this, &ExportPanel::updateButton);
    connect(m_ui->outputFolderEdit, &QLineEdit::textChanged, this, [this](const QString &folder) {
        updateButton();
        Q_EMIT outputFolderChanged(folder);
    });
    connect(m_ui->browseButton, &QToolButton::clicked, this, &ExportPanel::browseForFolder);
    connect(m_ui->savePresetButton, &QPushButton::clicked, this, [this] {
        if (jobCount() > 0)
            Q_EMIT savePresetRequested();
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        if (jobCount() > 0)
            Q_EMIT exportRequested();
    });
    setVersion(nullptr, std::nullopt, std::nullopt);
}

ExportPanel::~ExportPanel()
{
    abortLanguages();
}

void ExportPanel::abortLanguages()
{
    // Forgotten first: an aborted call still reports, and so does one that
    // finished a moment ago; neither is about the version shown now.
    if (api::ApiCall *call = std::exchange(m_languagesCall, nullptr))
        call->abort();
}

void ExportPanel::setVersion(api::ApiClient *client, const std::optional<api::Project> &project,
                             const std::optional<api::ProjectVersion> &version)
{
    abortLanguages();
    m_client = client;
    m_project = project;
    m_version = version;
    m_languagesLoaded = false;
    m_languages->clear();
    m_ui->languageStatusLabel->clear();
    if (project && version) {
        QString text = tr("<b>%1</b> — %2")
                           .arg(project->name.toHtmlEscaped(), version->name.toHtmlEscaped());
        // Where the writer decides: an inactive project exports like any
        // other, but is rarely the one meant.
        if (!project->active)
            text += QStringLiteral("<br>")
                + tr("This project is inactive in Document360. Its content may be out of "
                     "date; it exports all the same.");
        m_ui->selectionLabel->setText(text);
        loadLanguages();
    } else {
        m_ui->selectionLabel->setText(tr("Pick a version on the left."));
    }
    updateButton();
}

void ExportPanel::loadLanguages()
{
    if (!m_client || !m_project || !m_version)
        return;
    m_ui->languageStatusLabel->setText(tr("Loading languages…"));
    api::LanguageListCall *call = m_client->listLanguages(m_project->id, m_version->id);
    m_languagesCall = call;
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (call != m_languagesCall)
            return;
        m_languagesCall = nullptr;
        if (!call->succeeded()) {
            m_ui->languageStatusLabel->setText(
                tr("Could not load the languages: %1").arg(call->error().displayText()));
            return;
        }
        m_ui->languageStatusLabel->clear();
        m_languages->setLanguages(call->result());
        m_languagesLoaded = true;
        applyPendingLanguages();
        updateButton();
    });
}

void ExportPanel::setChoice(const QStringList &languageCodes, bool allLanguages,
                            const QList<api::ExportFormat> &formats)
{
    m_ui->pdfCheck->setChecked(formats.contains(api::ExportFormat::Pdf));
    m_ui->htmlCheck->setChecked(formats.contains(api::ExportFormat::Html));
    m_ui->markdownCheck->setChecked(formats.contains(api::ExportFormat::Markdown));
    m_ui->allLanguagesCheck->setChecked(allLanguages);
    if (allLanguages)
        m_pendingLanguages.reset();
    else
        m_pendingLanguages = languageCodes;
    if (m_languagesLoaded)
        applyPendingLanguages();
}

void ExportPanel::setPresetsUnavailable(const QString &reason)
{
    m_presetsUnavailable = reason;
    updateButton();
}

void ExportPanel::applyPendingLanguages()
{
    if (!m_pendingLanguages)
        return;
    const QStringList wanted = *std::exchange(m_pendingLanguages, std::nullopt);
    // Empty means each version's default language, which the list ticks
    // by itself.
    if (wanted.isEmpty())
        return;
    for (const QString &code : m_languages->checkedCodes())
        m_languages->setChecked(code, false);
    for (const QString &code : wanted)
        m_languages->setChecked(code, true);
}

void ExportPanel::setOutputFolder(const QString &folder)
{
    m_ui->outputFolderEdit->setText(QDir::toNativeSeparators(folder));
}

QString ExportPanel::outputFolder() const
{
    return QDir::fromNativeSeparators(m_ui->outputFolderEdit->text().trimmed());
}

QList<api::ExportFormat> ExportPanel::checkedFormats() const
{
    QList<api::ExportFormat> formats;
    if (m_ui->pdfCheck->isChecked())
        formats.append(api::ExportFormat::Pdf);
    if (m_ui->htmlCheck->isChecked())
        formats.append(api::ExportFormat::Html);
    if (m_ui->markdownCheck->isChecked())
        formats.append(api::ExportFormat::Markdown);
    return formats;
}

int ExportPanel::jobCount() const
{
    if (!m_version || !m_languagesLoaded || outputFolder().isEmpty())
        return 0;
    const int languages = m_ui->allLanguagesCheck->isChecked()
        ? m_languages->rowCount()
        : int(m_languages->checkedCodes().size());
    return languages * int(checkedFormats().size());
}

jobs::BatchSelection ExportPanel::selection() const
{
    jobs::BatchSelection selection;
    if (m_project)
        selection.projectId = m_project->id;
    if (m_version)
        selection.versionIds = { m_version->id };
    selection.allLanguages = m_ui->allLanguagesCheck->isChecked();
    if (!selection.allLanguages)
        selection.languageCodes = m_languages->checkedCodes();
    selection.formats = checkedFormats();
    selection.outputFolder = outputFolder();
    return selection;
}

void ExportPanel::updateButton()
{
    const int count = jobCount();
    m_ui->exportButton->setEnabled(count > 0);
    m_ui->savePresetButton->setEnabled(count > 0 && m_presetsUnavailable.isEmpty());
    m_ui->exportButton->setText(count > 0 ? tr("Export %n files", nullptr, count) : tr("Export"));
    QString why;
    if (!m_version)
        why = tr("Pick a version first.");
    else if (outputFolder().isEmpty())
        why = tr("Choose where to save the files.");
    else if (count == 0 && m_languagesLoaded)
        why = tr("Pick at least one language and one format.");
    m_ui->exportButton->setToolTip(why);
    m_ui->savePresetButton->setToolTip(
        !m_presetsUnavailable.isEmpty() ? m_presetsUnavailable
            : why.isEmpty() ? tr("Save these choices under a name, to run them again later")
                            : why);
}

void ExportPanel::fitLanguageListHeight()
{
    constexpr int fewestRows = 3;
    constexpr int mostRows = 10;
    QListView *list = m_ui->languageList;
    const int rowHeight = qMax(list->sizeHintForRow(0), list->fontMetrics().height() + 2);
    const int rows = qBound(fewestRows, m_languages->rowCount(), mostRows);
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + list->spacing() * rows);
}

void ExportPanel::browseForFolder()
{
    auto *dialog = new QFileDialog(this, tr("Save exports to"), outputFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportPanel::setOutputFolder);
    dialog->open();
}

} // namespace d360::gui
