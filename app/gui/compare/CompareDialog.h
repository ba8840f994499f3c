// "Compare…" in the History tab: a small dialog that picks what to compare,
// either two runs from history (their exports paired by version, language
// and format) or two exports on disk, each a ZIP or an extracted folder.
//
// It does not block: the writer may look at History meanwhile, and it
// closes once it has asked for a comparison (compareRequested), which the
// History tab opens in a window of its own. Runs are listed by when and what
// (the preset's name, or the description of what was asked); whether two
// runs have anything in common is found only when Compare is pressed, and
// said in the dialog when they have not, so listing stays one query.
#pragma once

#include "core/compare/RunComparisonSources.h"
#include "core/routines/RunRecord.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace d360::routines {
class HistoryStore;
}

namespace d360::gui {

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // later: the run to start from (preselected as the later one), may be
    // null; history may be null (then only exports on disk can be picked).
    CompareDialog(const routines::HistoryStore *history, const QUuid &later,
                  QWidget *parent = nullptr);

    // "1 Dec 2026 10:04 — Nightly": how runs are named to a writer here
    // and in the comparison window's title.
    static QString runLabel(const routines::RunRecord &run);

    QRadioButton *runsChoice() const { return m_runsChoice; }
    QRadioButton *filesChoice() const { return m_filesChoice; }
    QComboBox *earlierRunCombo() const { return m_earlierRun; }
    QComboBox *laterRunCombo() const { return m_laterRun; }
    QLineEdit *earlierPathEdit() const { return m_earlierPath; }
    QLineEdit *laterPathEdit() const { return m_laterPath; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

Q_SIGNALS:
    void compareRequested(const QString &title, const QList<d360::compare::ExportPair> &pairs);

private:
    QWidget *pathRow(QLineEdit *edit);
    void browse(QLineEdit *edit, bool folder);
    void updateChoice();

    const routines::HistoryStore *m_history;
    QList<routines::RunRecord> m_runs;
    QRadioButton *m_runsChoice;
    QRadioButton *m_filesChoice;
    QComboBox *m_earlierRun;
    QComboBox *m_laterRun;
    QLineEdit *m_earlierPath;
    QLineEdit *m_laterPath;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace d360::gui
