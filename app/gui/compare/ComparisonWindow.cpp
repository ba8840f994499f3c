// See ComparisonWindow.h.
#include "gui/compare/ComparisonWindow.h"

#include "core/compare/ComparisonHtml.h"
#include "gui/PaletteColors.h"
#include "gui/compare/ChangeListModel.h"
#include "gui/compare/ComparisonSummary.h"
#include "gui/compare/DiffLineModel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace d360::gui {

using compare::ArticleChange;
using compare::ComparisonOutcome;

ComparisonWindow::ComparisonWindow(const QString &title, const QList<compare::ExportPair> &pairs,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_pairs(pairs)
    , m_pairCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_changeList(new QListView(this))
    , m_changeModel(new ChangeListModel(this))
    , m_articleHeading(new QLabel(this))
    , m_diffTable(new QTableView(this))
    , m_diffModel(new DiffLineModel(this))
    , m_saveHtml(new QPushButton(tr("&Save as HTML…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("comparisonWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("What Changed: %1").arg(title));

    m_pairCombo->setObjectName(QStringLiteral("comparisonPairCombo"));
    m_pairCombo->setAccessibleName(tr("Export compared"));
    for (const compare::ExportPair &pair : std::as_const(m_pairs))
        m_pairCombo->addItem(pair.label());
    auto *pairLabel = new QLabel(tr("&Export:"), this);
    pairLabel->setBuddy(m_pairCombo);
    const bool several = m_pairs.size() > 1;
    pairLabel->setVisible(several);
    m_pairCombo->setVisible(several);

    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_changeList->setObjectName(QStringLiteral("comparisonChangeList"));
    m_changeList->setAccessibleName(tr("Changed articles and files"));
    m_changeList->setModel(m_changeModel);
    m_changeList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_changeList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeList->setUniformItemSizes(true);
    connect(m_changeList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ComparisonWindow::showChange);

    m_articleHeading->setObjectName(QStringLiteral("comparisonArticleHeading"));
    m_articleHeading->setWordWrap(true);
    m_articleHeading->setTextFormat(Qt::PlainText);
    m_articleHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_diffTable->setObjectName(QStringLiteral("comparisonDiffTable"));
    m_diffTable->setAccessibleName(tr("Diff of the selected article"));
    m_diffTable->setModel(m_diffModel);
    m_diffTable->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diffTable->setShowGrid(false);
    m_diffTable->setWordWrap(false);
    m_diffTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffTable->verticalHeader()->hide();
    m_diffTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // A line of a diff is a line of text: as tall as the font, no more.
    m_diffTable->verticalHeader()->setDefaultSectionSize(m_diffTable->fontMetrics().height() + 4);
    m_diffTable->horizontalHeader()->setSectionResizeMode(DiffLineModel::OldNumber,
                                                          QHeaderView::ResizeToContents);
    m_diffTable->horizontalHeader()->setSectionResizeMode(DiffLineModel::NewNumber,
                                                          QHeaderView::ResizeToContents);
    m_diffTable->horizontalHeader()->setStretchLastSection(true);
    // The tints are measured against the palette the lines are drawn on.
    m_diffModel->setPalette(m_diffTable->palette());
    m_diffTable->installEventFilter(this);

    auto *diffPane = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_articleHeading);
    diffLayout->addWidget(m_diffTable, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_changeList);
    splitter->addWidget(diffPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    m_saveHtml->setObjectName(QStringLiteral("comparisonSaveHtmlButton"));
    m_saveHtml->setToolTip(
        tr("Write this comparison as one self-contained HTML page, to mail to a reviewer"));
    connect(m_saveHtml, &QPushButton::clicked, this, &ComparisonWindow::chooseHtmlFile);
    auto *closeButton = new QPushButton(tr("&Close"), this);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    m_status->setObjectName(QStringLiteral("comparisonStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(pairLabel);
    top->addWidget(m_pairCombo, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_saveHtml);
    bottom->addWidget(closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1200, 700);
    splitter->setSizes({ 380, 820 });

    connect(m_pairCombo, &QComboBox::currentIndexChanged, this, &ComparisonWindow::showPair);
    showPair(m_pairCombo->currentIndex());
}

ComparisonWindow::~ComparisonWindow() = default;

bool ComparisonWindow::isComparing() const
{
    return m_running.contains(m_pairCombo->currentIndex());
}

bool ComparisonWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_diffTable && event->type() == QEvent::PaletteChange)
        m_diffModel->setPalette(m_diffTable->palette());
    return QWidget::eventFilter(watched, event);
}

void ComparisonWindow::showPair(int index)
{
    m_changeModel->setComparison(nullptr);
    m_diffModel->clear();
    m_articleHeading->clear();
    m_saveHtml->setEnabled(false);
    setStatus({}, false);
    if (index < 0 || index >= m_pairs.size()) {
        m_summary->setText(tr("Nothing to compare."));
        return;
    }
    if (const auto found = m_outcomes.constFind(index); found != m_outcomes.cend()) {
        showOutcome(found.value());
        return;
    }
    showAsError(m_summary, false);
    m_summary->setText(tr("Comparing…"));
    if (m_running.contains(index))
        return;
    m_running.insert(index);
    const compare::ExportPair &pair = m_pairs.at(index);
    auto *task = compare::ExportComparisonTask::start(pair.beforePath, pair.afterPath, this);
    connect(task, &compare::ExportComparisonTask::finished, this,
            [this, index](const ComparisonOutcome &outcome) { takeOutcome(index, outcome); });
}

void ComparisonWindow::takeOutcome(int index, const ComparisonOutcome &outcome)
{
    m_running.remove(index);
    m_outcomes.insert(index, outcome);
    // An answer for a pair no longer shown waits until it is picked again.
    if (index == m_pairCombo->currentIndex())
        showOutcome(outcome);
}

void ComparisonWindow::showOutcome(const ComparisonOutcome &outcome)
{
    if (!outcome.succeeded()) {
        showAsError(m_summary, true);
        m_summary->setText(tr("Cannot compare: %1").arg(outcome.problem));
        Q_EMIT comparisonShown(false);
        return;
    }
    showAsError(m_summary, false);
    m_summary->setText(ComparisonSummary::text(*outcome.comparison));
    m_summary->setToolTip(tr("%1 → %2").arg(QDir::toNativeSeparators(outcome.before->source()),
                                            QDir::toNativeSeparators(outcome.after->source())));
    m_changeModel->setComparison(outcome.comparison);
    m_saveHtml->setEnabled(true);
    if (m_changeModel->rowCount() > 0)
        m_changeList->setCurrentIndex(m_changeModel->index(0));
    Q_EMIT comparisonShown(true);
}

void ComparisonWindow::showChange(const QModelIndex &index)
{
    m_diffModel->clear();
    m_articleHeading->clear();
    if (!index.isValid())
        return;
    if (const ArticleChange *change = m_changeModel->articleAt(index)) {
        const compare::SnapshotArticle &shown = change->after ? *change->after : *change->before;
        QString heading = tr("%1 (%2)").arg(shown.title, shown.path);
        if (change->renamed)
            heading
                = tr("%1 (%2), renamed from “%3” (%4)")
                      .arg(shown.title, shown.path, change->before->title, change->before->path);
        else if (change->moved)
            heading
                = tr("%1 (%2), moved from %3").arg(shown.title, shown.path, change->before->path);
        m_articleHeading->setText(heading);
        if (change->isAdded())
            m_diffModel->setWholeText(change->after->page, DiffLineModel::Kind::Added);
        else if (change->isRemoved())
            m_diffModel->setWholeText(change->before->page, DiffLineModel::Kind::Removed);
        else if (change->edited)
            m_diffModel->setDiff(change->diff);
        else
            m_diffModel->setNote(tr("The text did not change."));
        return;
    }
    const QString path = index.data(ChangeListModel::PathRole).toString();
    m_articleHeading->setText(path);
    switch (ChangeListModel::Kind(index.data(ChangeListModel::KindRole).toInt())) {
    case ChangeListModel::Kind::FileAdded:
        m_diffModel->setNote(tr("This file is new in the later export."));
        break;
    case ChangeListModel::Kind::FileRemoved:
        m_diffModel->setNote(tr("This file is not in the later export."));
        break;
    default:
        m_diffModel->setNote(tr("This file's content changed (its SHA-256 differs)."));
        break;
    }
}

void ComparisonWindow::chooseHtmlFile()
{
    const int index = m_pairCombo->currentIndex();
    if (index < 0 || index >= m_pairs.size() || !m_outcomes.value(index).succeeded())
        return;
    auto *dialog = new QFileDialog(this, tr("Save the Comparison as HTML"));
    dialog->setObjectName(QStringLiteral("comparisonHtmlFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({ tr("HTML pages (*.html *.htm)") });
    dialog->setDefaultSuffix(QStringLiteral("html"));
    dialog->setDirectory(QFileInfo(m_pairs.at(index).afterPath).absolutePath());
    dialog->selectFile(QStringLiteral("what-changed.html"));
    connect(dialog, &QFileDialog::fileSelected, this, &ComparisonWindow::writeHtml);
    dialog->open();
}

void ComparisonWindow::writeHtml(const QString &file)
{
    const ComparisonOutcome outcome = m_outcomes.value(m_pairCombo->currentIndex());
    if (!outcome.succeeded())
        return;
    // Whole or not at all: a page cut short never lies under its name.
    const QByteArray page
        = compare::ComparisonHtml::render(*outcome.before, *outcome.after, *outcome.comparison)
              .toUtf8();
    QSaveFile saved(file);
    const bool written
        = saved.open(QIODevice::WriteOnly) && saved.write(page) == page.size() && saved.commit();
    const QString shown = QDir::toNativeSeparators(file);
    if (written)
        setStatus(tr("Saved the comparison to %1.").arg(shown), false);
    else
        setStatus(tr("Cannot save %1: %2").arg(shown, saved.errorString()), true);
    Q_EMIT htmlSaved(file, written);
}

void ComparisonWindow::setStatus(const QString &text, bool error)
{
    showAsError(m_status, error);
    m_status->setText(text);
}

} // namespace d360::gui
