// The window that shows what changed between two exports, or between the
// exports of two runs: a summary line, the changed articles and files on
// the left, the selected article's diff on the right, and "Save as HTML…"
// for the page a writer mails to a reviewer.
//
// One window per comparison, not modal, so a writer can keep two open side
// by side and go on working in the main window; it deletes itself when
// closed. A run pair may have made several exports (versions × languages ×
// formats): a combo box picks which one is shown, and each is read and
// compared once, when first shown, by an ExportComparisonTask on a worker
// thread, so the window never freezes; meanwhile it says "Comparing…", and
// a failure (an unreadable ZIP, a folder that is not an export) is said in
// the window, where the comparison would have been.
#pragma once

#include "core/compare/ExportComparisonTask.h"
#include "core/compare/RunComparisonSources.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace d360::gui {

class ChangeListModel;
class DiffLineModel;

class ComparisonWindow : public QWidget
{
    Q_OBJECT

public:
    // title names what is compared ("Nightly: 1 Dec → 2 Dec"); pairs holds
    // at least one pair of exports.
    ComparisonWindow(const QString &title, const QList<compare::ExportPair> &pairs,
                     QWidget *parent = nullptr);
    ~ComparisonWindow() override;

    QComboBox *pairCombo() const { return m_pairCombo; }
    QLabel *summaryLabel() const { return m_summary; }
    QListView *changeList() const { return m_changeList; }
    ChangeListModel *changeModel() const { return m_changeModel; }
    QLabel *articleHeading() const { return m_articleHeading; }
    QTableView *diffTable() const { return m_diffTable; }
    DiffLineModel *diffModel() const { return m_diffModel; }
    QPushButton *saveHtmlButton() const { return m_saveHtml; }
    QLabel *statusLabel() const { return m_status; }

    // The shown pair's comparison has come (or failed).
    bool isComparing() const;

Q_SIGNALS:
    void comparisonShown(bool succeeded);
    void htmlSaved(const QString &file, bool succeeded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPair(int index);
    void takeOutcome(int index, const compare::ComparisonOutcome &outcome);
    void showOutcome(const compare::ComparisonOutcome &outcome);
    void showChange(const QModelIndex &index);
    void chooseHtmlFile();
    void writeHtml(const QString &file);
    void setStatus(const QString &text, bool error);

    QList<compare::ExportPair> m_pairs;
    QHash<int, compare::ComparisonOutcome> m_outcomes;
    QSet<int> m_running;
    QComboBox *m_pairCombo;
    QLabel *m_summary;
    QListView *m_changeList;
    ChangeListModel *m_changeModel;
    QLabel *m_articleHeading;
    QTableView *m_diffTable;
    DiffLineModel *m_diffModel;
    QPushButton *m_saveHtml;
    QLabel *m_status;
};

} // namespace d360::gui
