// The main window: where a technical writer picks what to export and watches
// the jobs. It only presents; everything it shows comes from d360core.
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace d360::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Marks the window as working on the local simulator, so nobody mistakes
    // demo data for their knowledge base.
    void setSandboxMode(bool sandbox);
    bool isSandboxMode() const;

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    bool m_sandboxMode = false;
};

} // namespace d360::gui
