// The first-run screen: what a writer sees before there is any account.
//
// Three ways in, each one click: add an API token, sign in with Document360,
// or try the sandbox. The page only says what was chosen; the window opens
// the dialogs and starts the sandbox.
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace d360::gui {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Hidden where no sandbox can be started (it is linked into the program).
    void setSandboxAvailable(bool available);

Q_SIGNALS:
    void addTokenRequested();
    void signInRequested();
    void sandboxRequested();

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace d360::gui
