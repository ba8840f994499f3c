// See WelcomePage.h.
#include "gui/WelcomePage.h"

#include "ui_WelcomePage.h"

namespace d360::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    connect(m_ui->addTokenButton, &QPushButton::clicked, this, &WelcomePage::addTokenRequested);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    connect(m_ui->sandboxButton, &QPushButton::clicked, this, &WelcomePage::sandboxRequested);
    m_ui->addTokenButton->setFocus();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setSandboxAvailable(bool available)
{
    m_ui->sandboxButton->setVisible(available);
}

} // namespace d360::gui
