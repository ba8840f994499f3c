// See PresetSharing.h.
#include "gui/presets/PresetSharing.h"

#include "core/jobs/FileNameSanitizer.h"
#include "core/routines/PresetFile.h"
#include "core/routines/PresetStore.h"
#include "gui/presets/PresetImportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

namespace d360::gui {

namespace {

QStringList presetFileFilters()
{
    return { PresetSharing::tr("Presets (*.json)"), PresetSharing::tr("All files (*)") };
}

} // namespace

PresetSharing::PresetSharing(auth::AccountManager *accounts, QWidget *window)
    : QObject(window)
    , m_accounts(accounts)
    , m_window(window)
{ }

QString PresetSharing::startFolder() const
{
    if (!m_lastFolder.isEmpty() && QFileInfo(m_lastFolder).isDir())
        return m_lastFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void PresetSharing::askExport(const QString &name)
{
    if (!m_store)
        return;
    if (!m_store->contains(name)) {
        Q_EMIT message(tr("There is no preset named \"%1\".").arg(name));
        return;
    }
    auto *dialog = new QFileDialog(m_window, tr("Export the Preset \"%1\"").arg(name));
    dialog->setObjectName(QStringLiteral("exportPresetFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(presetFileFilters());
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setDirectory(startFolder());
    dialog->selectFile(jobs::sanitizeFileName(name + QStringLiteral(".json")));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, name](const QString &file) { exportTo(name, file); });
    dialog->open();
}

void PresetSharing::exportTo(const QString &name, const QString &file)
{
    if (!m_store)
        return;
    // Read now rather than when the dialog opened: what is written is the
    // preset as it is, even if it was edited meanwhile.
    QString problem;
    const std::optional<routines::Preset> preset = m_store->find(name, &problem);
    if (!preset) {
        Q_EMIT message(problem.isEmpty() ? tr("There is no preset named \"%1\".").arg(name)
                                         : problem);
        return;
    }
    if (!routines::PresetFile::write(*preset, file, &problem)) {
        showFileProblem(tr("The preset \"%1\" was not exported.").arg(name), problem);
        return;
    }
    m_lastFolder = QFileInfo(file).absolutePath();
    Q_EMIT message(tr("Wrote the preset \"%1\" to %2 (no credential is in it).")
                       .arg(name, QDir::toNativeSeparators(file)));
}

void PresetSharing::askImport()
{
    if (!m_store)
        return;
    auto *dialog = new QFileDialog(m_window, tr("Import a Preset"));
    dialog->setObjectName(QStringLiteral("importPresetFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(presetFileFilters());
    dialog->setDirectory(startFolder());
    connect(dialog, &QFileDialog::fileSelected, this, &PresetSharing::importFrom);
    dialog->open();
}

void PresetSharing::importFrom(const QString &file)
{
    if (!m_store)
        return;
    m_lastFolder = QFileInfo(file).absolutePath();
    QString problem;
    std::optional<routines::Preset> preset = routines::PresetFile::read(file, &problem);
    if (!preset) {
        showFileProblem(tr("This file cannot be imported as a preset."), problem);
        return;
    }
    auto *dialog = new PresetImportDialog(m_store, m_accounts, std::move(*preset), file, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PresetImportDialog::presetImported, this,
            [this, file](const routines::Preset &imported, bool replaced) {
                const QString from = QDir::toNativeSeparators(file);
                Q_EMIT message(
                    replaced ? tr("Replaced the preset \"%1\" with the one from %2.")
                                   .arg(imported.name, from)
                             : tr("Imported the preset \"%1\" from %2.").arg(imported.name, from));
            });
    dialog->open();
}

void PresetSharing::showFileProblem(const QString &text, const QString &reason)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Preset File"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("presetFileProblem"));
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace d360::gui
