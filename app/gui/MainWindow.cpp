// See MainWindow.h.
#include "gui/MainWindow.h"

#include "ui_MainWindow.h"

#include <QIcon>

namespace d360::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/d360-exporter.svg")));
    m_ui->sandboxBanner->hide();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSandboxMode(bool sandbox)
{
    m_sandboxMode = sandbox;
    m_ui->sandboxBanner->setVisible(sandbox);
    setWindowTitle(sandbox ? tr("D360 Exporter — Sandbox") : tr("D360 Exporter"));
}

bool MainWindow::isSandboxMode() const
{
    return m_sandboxMode;
}

} // namespace d360::gui
