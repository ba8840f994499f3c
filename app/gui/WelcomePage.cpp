// See WelcomePage.h.
#include "gui/WelcomePage.h"

#include "ui_WelcomePage.h"

#include <QFont>

namespace d360::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    // A heading in the user's own font, only larger: plain text, because a
    // rich-text label (an HTML <h2>) costs a text document and several
    // layout passes, and this page is the first thing a new user waits for.
    QFont headingFont = m_ui->titleLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_ui->titleLabel->setFont(headingFont);
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
