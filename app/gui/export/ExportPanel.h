// What to export from the selected version: languages, formats, the output
// folder, and the Export button that says how many files it will make.
//
// The panel only collects the choice; the window turns it into a batch
// (BatchPlanner) and hands that to the queue. It loads the version's
// languages itself, through the account's client, showing "Loading…" and
// any error (with its trace id) where the list would be; only the answer
// for the version shown now, never a late one for the version before.
//
// The language list is as tall as its languages (between three and ten
// rows, scrolling beyond), so the height the panel does not need goes to
// the job table below.
//
// Sections have bold headings rather than group boxes: Qt's Fusion style
// draws a group box's frame from a bitmap whose loading probes every image
// format plug-in installed, a tenth of the window's time to its first paint
// (bench_startup), for a frame the panel does not need.
#pragma once

#include "core/api/ApiModels.h"
#include "core/jobs/BatchPlanner.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ExportPanel;
}

namespace d360::api {
class ApiClient;
class ApiCall;
} // namespace d360::api

namespace d360::gui {

class LanguageListModel;

class ExportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPanel(QWidget *parent = nullptr);
    ~ExportPanel() override;

    // The version to export (clears the panel when version is empty).
    void setVersion(api::ApiClient *client, const std::optional<api::Project> &project,
                    const std::optional<api::ProjectVersion> &version);
    void setOutputFolder(const QString &folder);
    QString outputFolder() const;

    // How many files Export would make now (0 when it cannot start).
    int jobCount() const;
    // The choice as a batch selection (accountId, pattern and extract are the
    // window's to fill in).
    jobs::BatchSelection selection() const;
    LanguageListModel *languageModel() const { return m_languages; }
    const std::optional<api::Project> &project() const { return m_project; }
    const std::optional<api::ProjectVersion> &version() const { return m_version; }

    // A saved preset's choice, loaded for editing: the formats at once, the
    // languages when the version's list has loaded (now, if it has).
    void setChoice(const QStringList &languageCodes, bool allLanguages,
                   const QList<api::ExportFormat> &formats);
    // Without a state database there is nowhere to save a preset: "Save as
    // preset…" stays disabled, with the reason as its tooltip.
    void setPresetsUnavailable(const QString &reason);

Q_SIGNALS:
    void exportRequested();
    // "Save as preset…": the window asks the name and saves selection().
    void savePresetRequested();
    void outputFolderChanged(const QString &folder);

private:
    void loadLanguages();
    void abortLanguages();
    void updateButton();
    void applyPendingLanguages();
    void fitLanguageListHeight();
    QList<api::ExportFormat> checkedFormats() const;
    void browseForFolder();

    std::unique_ptr<Ui::ExportPanel> m_ui;
    LanguageListModel *m_languages;
    QPointer<api::ApiClient> m_client;
    QPointer<api::ApiCall> m_languagesCall;
    std::optional<api::Project> m_project;
    std::optional<api::ProjectVersion> m_version;
    bool m_languagesLoaded = false;
    // Languages of a preset being edited, for when its version's list loads.
    std::optional<QStringList> m_pendingLanguages;
    QString m_presetsUnavailable; // empty: presets can be saved
};

} // namespace d360::gui
