// See CompareDialog.h.
#include "gui/compare/CompareDialog.h"

#include "core/routines/HistoryStore.h"
#include "gui/PaletteColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace d360::gui {

namespace {

// As many as the History tab shows.
constexpr int listedRuns = 500;

} // namespace

QString CompareDialog::runLabel(const routines::RunRecord &run)
{
    return tr("%1 — %2").arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                             run.presetName.isEmpty() ? run.description : run.presetName);
}

CompareDialog::CompareDialog(const routines::HistoryStore *history, const QUuid &later,
                             QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_runsChoice(new QRadioButton(tr("Two &runs from history"), this))
    , m_filesChoice(new QRadioButton(tr("Two exports on &disk (ZIP or extracted folder)"), this))
    , m_earlierRun(new QComboBox(this))
    , m_laterRun(new QComboBox(this))
    , m_earlierPath(new QLineEdit(this))
    , m_laterPath(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare Exports"));

    if (m_history) {
        routines::HistoryStore::Filter filter;
        filter.limit = listedRuns;
        for (const routines::RunRecord &run : m_history->runs(filter)) {
            if (run.isFinished() && run.completed > 0)
                m_runs.append(run);
        }
    }
    int laterRow = 0;
    for (int row = 0; row < m_runs.size(); ++row) {
        const QString label = runLabel(m_runs.at(row));
        m_earlierRun->addItem(label);
        m_laterRun->addItem(label);
        if (m_runs.at(row).id == later)
            laterRow = row;
    }
    m_laterRun->setCurrentIndex(laterRow);
    int earlierRow = qMin(laterRow + 1, int(m_runs.size()) - 1);
    if (!m_runs.isEmpty() && m_history) {
        if (const auto previous
            = compare::RunComparisonSources::previousRun(*m_history, m_runs.at(laterRow))) {
            for (int row = 0; row < m_runs.size(); ++row) {
                if (m_runs.at(row).id == previous->id)
                    earlierRow = row;
            }
        }
    }
    m_earlierRun->setCurrentIndex(earlierRow);
    m_earlierRun->setObjectName(QStringLiteral("compareEarlierRunCombo"));
    m_laterRun->setObjectName(QStringLiteral("compareLaterRunCombo"));
    m_earlierPath->setObjectName(QStringLiteral("compareEarlierPathEdit"));
    m_laterPath->setObjectName(QStringLiteral("compareLaterPathEdit"));

    auto *runs = new QFormLayout;
    runs->addRow(tr("&Earlier run:"), m_earlierRun);
    runs->addRow(tr("&Later run:"), m_laterRun);
    auto *files = new QFormLayout;
    files->addRow(tr("Earlier e&xport:"), pathRow(m_earlierPath));
    files->addRow(tr("Later ex&port:"), pathRow(m_laterPath));

    m_problem->setObjectName(QStringLiteral("compareDialogProblem"));
    m_problem->setWordWrap(true);
    showAsError(m_problem, true);

    QPushButton *compareButton = m_buttons->addButton(tr("&Compare"), QDialogButtonBox::AcceptRole);
    compareButton->setObjectName(QStringLiteral("compareDialogCompareButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompareDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_runsChoice);
    layout->addLayout(runs);
    layout->addWidget(m_filesChoice);
    layout->addLayout(files);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    const bool hasRuns = m_runs.size() >= 2;
    m_runsChoice->setEnabled(hasRuns);
    if (!hasRuns)
        m_runsChoice->setToolTip(tr("History holds fewer than two finished runs."));
    (hasRuns ? m_runsChoice : m_filesChoice)->setChecked(true);
    connect(m_runsChoice, &QRadioButton::toggled, this, &CompareDialog::updateChoice);
    updateChoice();
    resize(640, sizeHint().height());
}

QWidget *CompareDialog::pathRow(QLineEdit *edit)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *zip = new QPushButton(tr("Browse…"), row);
    zip->setToolTip(tr("Pick an export's ZIP file"));
    auto *folder = new QPushButton(tr("Folder…"), row);
    folder->setToolTip(tr("Pick the folder an export was extracted into"));
    connect(zip, &QPushButton::clicked, this, [this, edit] { browse(edit, false); });
    connect(folder, &QPushButton::clicked, this, [this, edit] { browse(edit, true); });
    layout->addWidget(edit, 1);
    layout->addWidget(zip);
    layout->addWidget(folder);
    return row;
}

void CompareDialog::browse(QLineEdit *edit, bool folder)
{
    auto *dialog
        = new QFileDialog(this, folder ? tr("Pick an Extracted Export") : tr("Pick an Export ZIP"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    if (folder) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({ tr("ZIP archives (*.zip)"), tr("All files (*)") });
    }
    const QString current = edit->text().trimmed();
    if (!current.isEmpty())
        dialog->setDirectory(QFileInfo(current).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, edit,
            [edit](const QString &path) { edit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void CompareDialog::updateChoice()
{
    const bool byRuns = m_runsChoice->isChecked();
    m_earlierRun->setEnabled(byRuns);
    m_laterRun->setEnabled(byRuns);
    m_earlierPath->parentWidget()->setEnabled(!byRuns);
    m_laterPath->parentWidget()->setEnabled(!byRuns);
    m_problem->clear();
}

void CompareDialog::accept()
{
    m_problem->clear();
    if (m_runsChoice->isChecked()) {
        const int earlier = m_earlierRun->currentIndex();
        const int later = m_laterRun->currentIndex();
        if (earlier < 0 || later < 0 || !m_history)
            return;
        if (earlier == later) {
            m_problem->setText(tr("Pick two different runs."));
            return;
        }
        const routines::RunRecord &before = m_runs.at(earlier);
        const routines::RunRecord &after = m_runs.at(later);
        const QList<compare::ExportPair> pairs
            = compare::RunComparisonSources::pairs(*m_history, before, after);
        if (pairs.isEmpty()) {
            m_problem->setText(tr("These two runs have no Markdown or HTML export on disk of the "
                                  "same version, language and format."));
            return;
        }
        Q_EMIT compareRequested(tr("%1 → %2").arg(runLabel(before), runLabel(after)), pairs);
        QDialog::accept();
        return;
    }
    const QString before = QDir::fromNativeSeparators(m_earlierPath->text().trimmed());
    const QString after = QDir::fromNativeSeparators(m_laterPath->text().trimmed());
    if (before.isEmpty() || after.isEmpty()) {
        m_problem->setText(tr("Name two exports: a ZIP file or an extracted folder each."));
        return;
    }
    for (const QString &path : { before, after }) {
        if (!QFileInfo::exists(path)) {
            m_problem->setText(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    compare::ExportPair pair;
    pair.beforePath = before;
    pair.afterPath = after;
    Q_EMIT compareRequested(
        tr("%1 → %2").arg(QFileInfo(before).fileName(), QFileInfo(after).fileName()), { pair });
    QDialog::accept();
}

} // namespace d360::gui
