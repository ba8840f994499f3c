// See PresetsMenu.h.
#include "gui/presets/PresetsMenu.h"

#include "core/routines/PresetStore.h"
#include "core/routines/ScheduleInstaller.h"

#include <QHash>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace d360::gui {

PresetsMenu::PresetsMenu(QWidget *parent)
    : QMenu(tr("P&resets"), parent)
    , m_save(new QAction(tr("&Save as preset…"), this))
    , m_import(new QAction(tr("&Import preset…"), this))
{
    setObjectName(QStringLiteral("presetsMenu"));
    setToolTipsVisible(true);
    m_save->setObjectName(QStringLiteral("savePresetAction"));
    m_save->setToolTip(tr("Save the export panel's choices under a name"));
    m_import->setObjectName(QStringLiteral("importPresetAction"));
    m_import->setToolTip(tr("Add a preset from a file a colleague exported"));
    connect(m_import, &QAction::triggered, this, &PresetsMenu::importRequested);
    connect(this, &QMenu::aboutToShow, this, &PresetsMenu::rebuild);
    setStore(nullptr);
}

void PresetsMenu::setStore(routines::PresetStore *store, const QString &unavailableReason)
{
    m_store = store;
    menuAction()->setEnabled(store != nullptr);
    const QString why = store ? QString()
        : unavailableReason.isEmpty()
        ? tr("Presets are not available: the state database is not open.")
        : unavailableReason;
    menuAction()->setToolTip(why);
    setToolTip(why);
    rebuild();
}

void PresetsMenu::setScheduleInstaller(routines::ScheduleInstaller *installer)
{
    m_schedules = installer;
    rebuild();
}

void PresetsMenu::setSchedulingUnavailable(const QString &reason)
{
    m_schedulingUnavailable = reason;
    rebuild();
}

QMenu *PresetsMenu::presetMenu(const QString &name) const
{
    for (QMenu *menu : m_presetMenus) {
        if (menu->property("presetName").toString().compare(name, Qt::CaseInsensitive) == 0)
            return menu;
    }
    return nullptr;
}

void PresetsMenu::rebuild()
{
    // Not clear(): it would delete the save action, which the export panel
    // shares (and the import action beside it).
    qDeleteAll(m_presetMenus);
    m_presetMenus.clear();
    for (QAction *action : actions()) {
        if (action == m_save || action == m_import)
            continue;
        removeAction(action);
        if (action->parent() == this)
            delete action;
    }
    if (actions().isEmpty())
        addActions({ m_save, m_import });
    if (!m_store)
        return;
    QStringList problems;
    const QList<routines::Preset> presets = m_store->all(&problems);
    if (!presets.isEmpty() || !problems.isEmpty())
        addSeparator();
    QHash<QString, QString> schedules;
    if (m_schedules && !presets.isEmpty()) {
        // A schedule file that cannot be read only loses its label here;
        // the Schedule dialog says why.
        QString ignored;
        for (const routines::ScheduleEntry &entry : m_schedules->list(&ignored))
            schedules.insert(entry.presetName, entry.spec.describe());
    }
    for (const routines::Preset &preset : presets) {
        // The name as it is: "&" in a name is no mnemonic.
        QString title = preset.name;
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *menu = new QMenu(title, this);
        menu->setProperty("presetName", preset.name);
        menu->setToolTipsVisible(true);
        menu->menuAction()->setToolTip(preset.summary());
        const QString name = preset.name;
        QAction *run
            = menu->addAction(tr("&Run"), this, [this, name] { Q_EMIT runRequested(name); });
        run->setObjectName(QStringLiteral("presetRunAction"));
        run->setToolTip(preset.summary());
        QAction *edit
            = menu->addAction(tr("&Edit"), this, [this, name] { Q_EMIT editRequested(name); });
        edit->setObjectName(QStringLiteral("presetEditAction"));
        edit->setToolTip(tr("Load it into the export panel, to change it and save it again"));
        const QString schedule = schedules.value(name);
        QAction *scheduleAction = menu->addAction(
            schedule.isEmpty() ? tr("&Schedule…") : tr("&Schedule… (%1)").arg(schedule), this,
            [this, name] { Q_EMIT scheduleRequested(name); });
        scheduleAction->setObjectName(QStringLiteral("presetScheduleAction"));
        scheduleAction->setToolTip(
            schedule.isEmpty()
                ? tr("Have the operating system run it daily, weekly or at an interval")
                : tr("The operating system runs it %1, also when this window is closed")
                      .arg(schedule));
        if (!m_schedulingUnavailable.isEmpty()) {
            scheduleAction->setEnabled(false);
            scheduleAction->setToolTip(m_schedulingUnavailable);
        }
        QAction *rename = menu->addAction(tr("Re&name…"), this, [this, name] { askRename(name); });
        rename->setObjectName(QStringLiteral("presetRenameAction"));
        QAction *copy = menu->addAction(tr("&Duplicate"), this, [this, name] { duplicate(name); });
        copy->setObjectName(QStringLiteral("presetDuplicateAction"));
        QAction *toFile = menu->addAction(tr("E&xport to file…"), this,
                                          [this, name] { Q_EMIT exportRequested(name); });
        toFile->setObjectName(QStringLiteral("presetExportAction"));
        toFile->setToolTip(tr("Write it to a file for a colleague; no credential is in it"));
        menu->addSeparator();
        QAction *remove = menu->addAction(tr("De&lete…"), this, [this, name] { askDelete(name); });
        remove->setObjectName(QStringLiteral("presetDeleteAction"));
        addMenu(menu);
        m_presetMenus.append(menu);
    }
    for (const QString &problem : std::as_const(problems)) {
        QAction *broken = addAction(problem);
        broken->setEnabled(false);
    }
}

QString PresetsMenu::copyName(const QString &name, const QStringList &taken)
{
    const auto isTaken = [&taken](const QString &candidate) {
        for (const QString &other : taken) {
            if (other.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString candidate = tr("%1 (copy)").arg(name);
    for (int number = 2; isTaken(candidate); ++number)
        candidate = tr("%1 (copy %2)").arg(name).arg(number);
    return candidate;
}

void PresetsMenu::askRename(const QString &name)
{
    if (!m_store)
        return;
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("renamePresetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Preset"));
    dialog->setLabelText(tr("New name for \"%1\":").arg(name));
    dialog->setTextValue(name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString &to) {
        if (!m_store || to == name)
            return;
        QString error;
        if (!routines::Preset::isValidName(to, &error) || !m_store->rename(name, to, &error)) {
            Q_EMIT message(tr("The preset \"%1\" was not renamed: %2").arg(name, error));
            return;
        }
        Q_EMIT message(tr("The preset \"%1\" is now \"%2\".").arg(name, to));
        Q_EMIT renamed(name, to);
    });
    dialog->open();
}

void PresetsMenu::duplicate(const QString &name)
{
    if (!m_store)
        return;
    QString error;
    std::optional<routines::Preset> preset = m_store->find(name, &error);
    if (!preset) {
        Q_EMIT message(tr("The preset \"%1\" could not be read: %2").arg(name, error));
        return;
    }
    QStringList taken;
    for (const routines::Preset &other : m_store->all())
        taken.append(other.name);
    preset->name = copyName(name, taken);
    preset->createdAt = {};
    preset->updatedAt = {};
    if (!m_store->add(*preset, &error)) {
        Q_EMIT message(tr("The preset \"%1\" could not be duplicated: %2").arg(name, error));
        return;
    }
    Q_EMIT message(tr("Saved a copy of \"%1\" as \"%2\".").arg(name, preset->name));
}

void PresetsMenu::askDelete(const QString &name)
{
    if (!m_store)
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Delete Preset"),
                                     tr("Delete the preset \"%1\"?").arg(name),
                                     QMessageBox::NoButton, parentWidget());
    question->setObjectName(QStringLiteral("deletePresetQuestion"));
    question->setInformativeText(
        tr("Its exported files and its history stay. A schedule that runs it will fail until "
           "a preset of that name exists again."));
    QPushButton *remove = question->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, remove, name](QAbstractButton *button) {
                if (button != remove || !m_store)
                    return;
                QString error;
                if (!m_store->remove(name, &error)) {
                    Q_EMIT message(tr("The preset \"%1\" was not deleted: %2").arg(name, error));
                    return;
                }
                Q_EMIT message(tr("The preset \"%1\" is deleted.").arg(name));
            });
    question->open();
}

} // namespace d360::gui
