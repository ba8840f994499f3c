// The details of one export job, beside the table: what the server said
// (its warnings and error message), the trace id and request id support asks
// for, when the download link stops working, the file, its size and SHA-256.
//
// It shows a copy of the job it is given and keeps no pointer into the
// queue, so a job removed under it cannot leave it reading freed memory.
// Rows without a value are hidden rather than shown empty. Ids, the hash
// and paths are elided in the middle (ElidedLabel), with the whole value on
// hover and on copy, so the pane keeps one width whatever it shows; the
// message wraps and stays selectable, and the pane scrolls, so the end of a
// long error, the part a writer needs, is never cut off. The trace id (or,
// without one, the request id) is offered once, as the id for support; the
// request id only shows separately when it differs.
#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class JobDetailsPane;
}

namespace d360::jobs {
struct ExportJob;
}

namespace d360::gui {

class JobDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailsPane(QWidget *parent = nullptr);
    ~JobDetailsPane() override;

    // Shows this job; null shows the "select a job" hint.
    void showJob(const jobs::ExportJob *job);

    // A stable width, whatever the job's values are.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A value was copied (for the status bar's "Copied").
    void copied(const QString &what);

private:
    void showRow(QLabel *value, const QString &text);

    std::unique_ptr<Ui::JobDetailsPane> m_ui;
    QHash<QLabel *, QLabel *> m_labels; // value -> its label
};

} // namespace d360::gui
