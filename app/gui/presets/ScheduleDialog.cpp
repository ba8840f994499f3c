// See ScheduleDialog.h.
#include "gui/presets/ScheduleDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace d360::gui {

using routines::ScheduleOutcome;
using routines::ScheduleSpec;

namespace {

// What a new schedule proposes: the small hours, when nobody is writing.
const QTime suggestedTime(2, 0);

} // namespace

ScheduleDialog::ScheduleDialog(const routines::ScheduleInstallerOptions &options,
                               const QString &presetName, const QString &executablePath,
                               QWidget *parent)
    : QDialog(parent)
    , m_installer(routines::ScheduleInstaller::create(options, this))
    , m_presetName(presetName)
    , m_executablePath(executablePath)
    , m_kind(new QComboBox(this))
    , m_day(new QComboBox(this))
    , m_time(new QTimeEdit(this))
    , m_count(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_commands(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_schedule(m_buttons->addButton(tr("&Schedule"), QDialogButtonBox::AcceptRole))
    , m_remove(m_buttons->addButton(tr("&Remove Schedule"), QDialogButtonBox::DestructiveRole))
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Schedule \"%1\"").arg(presetName));
    connect(m_installer, &routines::ScheduleInstaller::finished, this,
            &ScheduleDialog::installerFinished);

    auto *intro = new QLabel(
        tr("The operating system runs the preset \"%1\" at these times, also when this window "
           "is closed. Each run is recorded in History; a run that fails raises a desktop "
           "notification.")
            .arg(presetName),
        this);
    intro->setWordWrap(true);

    m_kind->setObjectName(QStringLiteral("scheduleKindCombo"));
    m_kind->addItem(tr("Every day"), int(ScheduleSpec::Kind::Daily));
    m_kind->addItem(tr("Every week"), int(ScheduleSpec::Kind::Weekly));
    m_kind->addItem(tr("At an interval"), int(ScheduleSpec::Kind::Every));

    // The week as the writer's locale starts it, named in their language.
    m_day->setObjectName(QStringLiteral("scheduleDayCombo"));
    const QLocale locale;
    for (int offset = 0; offset < 7; ++offset) {
        const int day = (int(locale.firstDayOfWeek()) - 1 + offset) % 7 + 1;
        m_day->addItem(locale.standaloneDayName(day, QLocale::LongFormat), day);
    }

    m_time->setObjectName(QStringLiteral("scheduleTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(suggestedTime);

    m_count->setObjectName(QStringLiteral("scheduleCountSpin"));
    m_count->setRange(1, ScheduleSpec::maximumCount(ScheduleSpec::Unit::Hours));
    m_count->setValue(6);
    m_unit->setObjectName(QStringLiteral("scheduleUnitCombo"));
    m_unit->addItem(tr("hours"), int(ScheduleSpec::Unit::Hours));
    m_unit->addItem(tr("days"), int(ScheduleSpec::Unit::Days));
    auto *interval = new QHBoxLayout;
    interval->setContentsMargins(0, 0, 0, 0);
    interval->addWidget(m_count);
    interval->addWidget(m_unit, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Runs:"), m_kind);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Time (local):"), m_time);
    auto *intervalLabel = new QLabel(tr("&Every:"), this);
    intervalLabel->setBuddy(m_count);
    form->addRow(intervalLabel, interval);

    m_status->setObjectName(QStringLiteral("scheduleStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commands->setObjectName(QStringLiteral("scheduleCommandsView"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setAccessibleName(tr("Commands that start the schedule"));
    // Room for the four commands a schedule may need, unwrapped, so they
    // can be read and copied whole.
    m_commands->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_commands->hide();

    m_schedule->setObjectName(QStringLiteral("scheduleButton"));
    m_remove->setObjectName(QStringLiteral("removeScheduleButton"));
    m_schedule->setDefault(true);

    // Wide enough that the explanation reads as sentences, not a column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_commands);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateFields);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        const auto unit = ScheduleSpec::Unit(m_unit->currentData().toInt());
        m_count->setMaximum(ScheduleSpec::maximumCount(unit));
    });
    // Not accept(): the dialog closes only once the scheduler has answered.
    connect(m_schedule, &QPushButton::clicked, this, &ScheduleDialog::scheduleChosen);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleDialog::removeSchedule);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QString listProblem;
    for (const routines::ScheduleEntry &entry : m_installer->list(&listProblem)) {
        if (entry.presetName == presetName)
            m_current = entry.spec;
    }
    if (m_current) {
        showSpec(*m_current);
        m_status->setText(tr("Now it runs %1.").arg(m_current->describe()));
    } else {
        m_status->setText(listProblem.isEmpty() ? tr("It has no schedule yet.") : listProblem);
    }
    m_remove->setEnabled(m_current.has_value());
    updateFields();
}

std::optional<ScheduleSpec> ScheduleDialog::chosenSpec(QString *problem) const
{
    switch (ScheduleSpec::Kind(m_kind->currentData().toInt())) {
    case ScheduleSpec::Kind::Daily:
        return ScheduleSpec::dailyAt(m_time->time());
    case ScheduleSpec::Kind::Weekly:
        return ScheduleSpec::weeklyAt(Qt::DayOfWeek(m_day->currentData().toInt()), m_time->time());
    case ScheduleSpec::Kind::Every:
        return ScheduleSpec::everyInterval(
            m_count->value(), ScheduleSpec::Unit(m_unit->currentData().toInt()), problem);
    }
    *problem = tr("Choose how often it runs.");
    return std::nullopt;
}

void ScheduleDialog::showSpec(const ScheduleSpec &spec)
{
    m_kind->setCurrentIndex(m_kind->findData(int(spec.kind())));
    if (spec.kind() == ScheduleSpec::Kind::Every) {
        m_unit->setCurrentIndex(m_unit->findData(int(spec.unit())));
        m_count->setValue(spec.count());
        return;
    }
    m_time->setTime(spec.time());
    if (spec.kind() == ScheduleSpec::Kind::Weekly)
        m_day->setCurrentIndex(m_day->findData(int(spec.day())));
}

void ScheduleDialog::updateFields()
{
    const auto kind = ScheduleSpec::Kind(m_kind->currentData().toInt());
    m_day->setEnabled(kind == ScheduleSpec::Kind::Weekly);
    m_time->setEnabled(kind != ScheduleSpec::Kind::Every);
    m_count->setEnabled(kind == ScheduleSpec::Kind::Every);
    m_unit->setEnabled(kind == ScheduleSpec::Kind::Every);
}

void ScheduleDialog::setWorking(bool working, const QString &status)
{
    m_schedule->setEnabled(!working);
    m_remove->setEnabled(!working && m_current.has_value());
    m_kind->setEnabled(!working);
    if (!working)
        updateFields();
    else {
        for (QWidget *field : { static_cast<QWidget *>(m_day), static_cast<QWidget *>(m_time),
                                static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_unit) })
            field->setEnabled(false);
    }
    m_status->setText(status);
}

void ScheduleDialog::showProblem(const QString &problem)
{
    setWorking(false, problem);
}

void ScheduleDialog::scheduleChosen()
{
    if (m_pending != Pending::Nothing)
        return;
    QString problem;
    const std::optional<ScheduleSpec> spec = chosenSpec(&problem);
    if (!spec) {
        showProblem(problem);
        return;
    }
    m_requested = *spec;
    m_commands->hide();
    m_pending = Pending::Adding;
    setWorking(true, tr("Scheduling…"));
    m_installer->add({ m_presetName, m_executablePath, *spec });
}

void ScheduleDialog::removeSchedule()
{
    if (m_pending != Pending::Nothing)
        return;
    m_commands->hide();
    m_pending = Pending::Removing;
    setWorking(true, tr("Removing the schedule…"));
    m_installer->remove(m_presetName);
}

void ScheduleDialog::installerFinished(const ScheduleOutcome &outcome)
{
    const Pending pending = std::exchange(m_pending, Pending::Nothing);
    if (pending == Pending::Adding)
        addFinished(outcome);
    else if (pending == Pending::Removing)
        removeFinished(outcome);
}

bool ScheduleDialog::showCommands(const ScheduleOutcome &outcome, const QString &what)
{
    if (outcome.schedulerUpdated || outcome.commandsToRun.isEmpty())
        return false;
    m_commands->setPlainText(outcome.commandsToRun.join(QLatin1Char('\n')));
    m_commands->show();
    setWorking(false,
               tr("%1 The scheduler was not told: %2 To finish, run these commands in a "
                  "terminal:")
                   .arg(what, outcome.notUpdatedReason));
    // The dialog was laid out without the commands: it grows to hold them.
    adjustSize();
    return true;
}

void ScheduleDialog::addFinished(const ScheduleOutcome &outcome)
{
    if (outcome.result != ScheduleOutcome::Result::Done) {
        showProblem(tr("It is not scheduled: %1").arg(outcome.problem));
        return;
    }
    m_current = m_requested;
    const QString done
        = tr("The preset \"%1\" is scheduled %2.").arg(m_presetName, m_requested.describe());
    if (showCommands(outcome, done)) {
        Q_EMIT message(tr("The preset \"%1\" is scheduled %2; the schedule starts once the "
                          "commands in its dialog are run.")
                           .arg(m_presetName, m_requested.describe()));
        return;
    }
    Q_EMIT message(tr("%1 It runs also when this window is closed.").arg(done));
    accept();
}

void ScheduleDialog::removeFinished(const ScheduleOutcome &outcome)
{
    switch (outcome.result) {
    case ScheduleOutcome::Result::Done:
    case ScheduleOutcome::Result::NotFound:
        break;
    case ScheduleOutcome::Result::Refused:
    case ScheduleOutcome::Result::Failed:
        showProblem(tr("The schedule is not removed: %1").arg(outcome.problem));
        return;
    }
    m_current.reset();
    const QString done = tr("The preset \"%1\" has no schedule any more.").arg(m_presetName);
    Q_EMIT message(done);
    if (!showCommands(outcome, done))
        accept();
}

} // namespace d360::gui
