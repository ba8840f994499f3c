// The details of one export job, beside the table: what the server said
// (its warnings and error message), the trace id and request id support asks
// for, when the download link stops working, the file, its size and SHA-256.
//
// It shows a copy of the job it is given and keeps no pointer into the
// queue, so a job removed under it cannot leave it reading freed memory.
// Rows without a value are hidden rather than shown empty. Every value is
// selectable by mouse and keyboard, so an id can be copied exactly.
#pragma once

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

private:
    void showRow(QLabel *value, const QString &text);

    std::unique_ptr<Ui::JobDetailsPane> m_ui;
};

} // namespace d360::gui
