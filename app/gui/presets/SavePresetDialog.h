// "Save as preset…": asks the name of a preset (and, for a backup, how many
// runs to keep) and saves the export panel's choice under it.
//
// The draft comes filled in by the window (account, project, versions,
// languages, formats, folder, file-name template, extract); the dialog adds
// what only the writer can say. A name that is taken asks before replacing
// the preset of that name, and a preset the store refuses stays open with the
// reason, so nothing typed is lost. Opened with open(), never exec(): the
// window goes on while it is up.
#pragma once

#include "core/routines/Preset.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QSpinBox;

namespace d360::routines {
class PresetStore;
}

namespace d360::gui {

class SavePresetDialog : public QDialog
{
    Q_OBJECT

public:
    // defaultVersionChosen: the version in the draft is the project's
    // default now, so "the default version when it runs" can be offered.
    SavePresetDialog(routines::PresetStore *store, routines::Preset draft,
                     bool defaultVersionChosen, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *keepRunsSpin() const { return m_keepRuns; }
    QCheckBox *defaultVersionCheck() const { return m_defaultVersion; }

    void accept() override;

Q_SIGNALS:
    void presetSaved(const d360::routines::Preset &preset);

private:
    routines::Preset preset() const;
    void save(const routines::Preset &preset);
    void updateProblem();

    routines::PresetStore *m_store;
    routines::Preset m_draft;
    QLineEdit *m_name;
    QSpinBox *m_keepRuns;
    QCheckBox *m_defaultVersion;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPointer<QMessageBox> m_replaceQuestion;
};

} // namespace d360::gui
