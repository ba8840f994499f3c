// "Import preset…", once the file has been read: shows what the preset
// exports, and asks what only this computer can answer, its name here and
// the account it runs on.
//
// A shared preset names its account, and a colleague's account is often not
// set up here under that name: then the dialog asks which account to use
// and preselects none, so a preset never lands silently on the wrong
// knowledge base. A name that is taken is said at once, with a checkbox to
// replace that preset or room to type another name. The folder it exports
// into is the colleague's, and may not exist here: it can be changed, and
// the dialog says when it is not on this computer. The account list
// follows the accounts as they change, so a writer told to add an account
// first can do it and come back. A preset the store refuses keeps the
// dialog open with the reason, so nothing typed is lost. Opened with open(),
// never exec().
#pragma once

#include "core/routines/Preset.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace d360::auth {
class AccountManager;
}

namespace d360::routines {
class PresetStore;
}

namespace d360::gui {

class PresetImportDialog : public QDialog
{
    Q_OBJECT

public:
    // fileName: where the preset was read from, to say so.
    PresetImportDialog(routines::PresetStore *store, const auth::AccountManager *accounts,
                       routines::Preset imported, const QString &fileName,
                       QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *nameNote() const { return m_nameNote; }
    QCheckBox *replaceCheck() const { return m_replace; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLabel *folderNote() const { return m_folderNote; }
    QComboBox *accountCombo() const { return m_account; }
    QLabel *accountNote() const { return m_accountNote; }
    QLabel *refusalLabel() const { return m_refusal; }
    QPushButton *importButton() const { return m_import; }

    void accept() override;

Q_SIGNALS:
    // replaced: it took the place of a preset of the same name.
    void presetImported(const d360::routines::Preset &preset, bool replaced);

private:
    routines::Preset preset() const;
    // The accounts set up now, keeping the writer's choice when it is
    // still there.
    void fillAccounts();
    int defaultAccountIndex() const;
    void updateState();
    void forgetRefusal();
    void chooseFolder();

    routines::PresetStore *m_store;
    const auth::AccountManager *m_accounts;
    routines::Preset m_imported;
    QLineEdit *m_name;
    QLabel *m_nameNote;
    QCheckBox *m_replace;
    QLineEdit *m_folder;
    QLabel *m_folderNote;
    QComboBox *m_account;
    QLabel *m_accountNote;
    QLabel *m_refusal;
    QPushButton *m_import;
    bool m_nameTaken = false;
};

} // namespace d360::gui
