// The settings dialog: output folder, file name pattern with a live preview,
// what to do when a file exists, ZIP extraction, opening finished files,
// how many exports run at once and how long the queue waits between status
// checks at most.
//
// It edits a copy of a GuiSettings value and hands the result out through
// settingsAccepted(); saving and applying it is the window's business, so
// the dialog can be tested without touching the user's settings. Problems
// are shown as they are typed and keep OK disabled, each in a sentence that
// says what to change. Opened with open(), never exec(); the folder picker
// likewise.
#pragma once

#include "gui/settings/GuiSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace d360::gui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const GuiSettings &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The values as edited so far; fields the dialog does not show keep
    // what they were given.
    GuiSettings settings() const;
    QString previewText() const;
    QStringList problems() const;

    void accept() override;

Q_SIGNALS:
    void settingsAccepted(const d360::gui::GuiSettings &settings);

private:
    void showValues(const GuiSettings &settings);
    void revalidate();
    void chooseFolder();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    GuiSettings m_initial;
};

} // namespace d360::gui
