// See SavePresetDialog.h.
#include "gui/presets/SavePresetDialog.h"

#include "core/routines/PresetStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace d360::gui {

SavePresetDialog::SavePresetDialog(routines::PresetStore *store, routines::Preset draft,
                                   bool defaultVersionChosen, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_draft(std::move(draft))
    , m_name(new QLineEdit(this))
    , m_keepRuns(new QSpinBox(this))
    , m_defaultVersion(new QCheckBox(tr("Export the &default version when it runs"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("savePresetDialog"));
    setWindowTitle(tr("Save as Preset"));
    m_name->setObjectName(QStringLiteral("presetNameEdit"));
    m_name->setText(m_draft.name);
    m_keepRuns->setObjectName(QStringLiteral("presetKeepRunsSpin"));
    m_keepRuns->setRange(0, 999);
    m_keepRuns->setValue(m_draft.keepRuns);
    // 0 reads as what it means.
    m_keepRuns->setSpecialValueText(tr("Not a backup"));
    m_keepRuns->setToolTip(tr("A backup writes each run into a dated folder of its own and "
                              "keeps this many of the newest complete runs"));
    m_defaultVersion->setObjectName(QStringLiteral("presetDefaultVersionCheck"));
    m_defaultVersion->setToolTip(
        tr("Export whichever version the project marks as default at the time, rather than "
           "this version"));
    m_defaultVersion->setVisible(defaultVersionChosen);
    m_problem->setObjectName(QStringLiteral("presetProblemLabel"));
    m_problem->setWordWrap(true);

    auto *summary = new QLabel(m_draft.summary().toHtmlEscaped(), this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Keep the last runs (backup):"), m_keepRuns);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_defaultVersion);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SavePresetDialog::updateProblem);
    updateProblem();
}

routines::Preset SavePresetDialog::preset() const
{
    routines::Preset preset = m_draft;
    preset.name = m_name->text();
    preset.keepRuns = m_keepRuns->value();
    if (m_defaultVersion->isVisible() && m_defaultVersion->isChecked())
        preset.versions = { QStringLiteral("default") };
    return preset;
}

void SavePresetDialog::updateProblem()
{
    const QString problem = m_name->text().isEmpty() ? QString() : preset().problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!m_name->text().isEmpty() && problem.isEmpty());
}

void SavePresetDialog::accept()
{
    const routines::Preset chosen = preset();
    const QString problem = chosen.problem();
    if (!problem.isEmpty()) {
        updateProblem();
        return;
    }
    if (!m_store->contains(chosen.name)) {
        save(chosen);
        return;
    }
    if (m_replaceQuestion)
        return;
    auto *question
        = new QMessageBox(QMessageBox::Question, windowTitle(),
                          tr("A preset named \"%1\" exists. Replace it?").arg(chosen.name),
                          QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("replacePresetQuestion"));
    question->setInformativeText(tr("Its schedules and history stay; it then exports what you "
                                    "chose here."));
    QPushButton *replace = question->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, replace, chosen](QAbstractButton *button) {
                if (button == replace)
                    save(chosen);
            });
    m_replaceQuestion = question;
    question->open();
}

void SavePresetDialog::save(const routines::Preset &preset)
{
    QString error;
    if (!m_store->save(preset, &error)) {
        m_problem->setText(tr("The preset could not be saved: %1").arg(error));
        m_problem->show();
        return;
    }
    Q_EMIT presetSaved(preset);
    QDialog::accept();
}

} // namespace d360::gui
