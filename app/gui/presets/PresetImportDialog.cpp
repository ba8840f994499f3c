// See PresetImportDialog.h.
#include "gui/presets/PresetImportDialog.h"

#include "core/auth/AccountManager.h"
#include "core/routines/PresetStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace d360::gui {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PresetImportDialog::PresetImportDialog(routines::PresetStore *store,
                                       const auth::AccountManager *accounts,
                                       routines::Preset imported, const QString &fileName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_imported(std::move(imported))
    , m_name(new QLineEdit(this))
    , m_nameNote(wrappedLabel({}, this))
    , m_replace(new QCheckBox(tr("&Replace the preset of that name"), this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(m_imported.outputFolder), this))
    , m_folderNote(wrappedLabel({}, this))
    , m_account(new QComboBox(this))
    , m_accountNote(wrappedLabel({}, this))
    , m_refusal(wrappedLabel({}, this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("presetImportDialog"));
    setWindowTitle(tr("Import Preset"));
    // Its notes wrap: without a width of its own it shrinks them to a column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_name->setObjectName(QStringLiteral("presetImportNameEdit"));
    m_name->setText(m_imported.name);
    m_nameNote->setObjectName(QStringLiteral("presetImportNameNote"));
    m_replace->setObjectName(QStringLiteral("presetImportReplaceCheck"));
    m_replace->setToolTip(tr("Its schedules and history stay; it then exports what this file "
                             "holds."));
    m_folder->setObjectName(QStringLiteral("presetImportFolderEdit"));
    m_folderNote->setObjectName(QStringLiteral("presetImportFolderNote"));
    m_account->setObjectName(QStringLiteral("presetImportAccountCombo"));
    m_account->setPlaceholderText(tr("Choose an account"));
    m_accountNote->setObjectName(QStringLiteral("presetImportAccountNote"));
    m_refusal->setObjectName(QStringLiteral("presetImportRefusal"));
    m_refusal->hide();
    m_import->setObjectName(QStringLiteral("presetImportButton"));

    auto *details = new QFormLayout;
    details->addRow(tr("Exports:"), wrappedLabel(m_imported.summary(), this));
    if (m_imported.isBackup()) {
        details->addRow(
            tr("Backup:"),
            wrappedLabel(tr("keeps the last %n run(s)", nullptr, m_imported.keepRuns), this));
    }
    auto *choices = new QFormLayout;
    choices->addRow(tr("&Name:"), m_name);
    choices->addRow(QString(), m_nameNote);
    choices->addRow(QString(), m_replace);
    auto *folderRow = new QHBoxLayout;
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderRow->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("presetImportBrowseButton"));
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Into:"), this);
    folderLabel->setBuddy(m_folder);
    choices->addRow(folderLabel, folderRow);
    choices->addRow(QString(), m_folderNote);
    choices->addRow(tr("&Account:"), m_account);
    choices->addRow(QString(), m_accountNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("The file %1 holds this preset:").arg(QDir::toNativeSeparators(fileName)), this));
    layout->addLayout(details);
    layout->addLayout(choices);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        // A replace ticked for one name is not carried over to another.
        m_replace->setChecked(false);
        forgetRefusal();
        updateState();
    });
    connect(m_replace, &QCheckBox::toggled, this, [this] {
        forgetRefusal();
        updateState();
    });
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        forgetRefusal();
        updateState();
    });
    connect(browse, &QPushButton::clicked, this, &PresetImportDialog::chooseFolder);
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        forgetRefusal();
        updateState();
    });
    connect(m_accounts, &auth::AccountManager::accountsChanged, this,
            &PresetImportDialog::fillAccounts);
    fillAccounts();
}

routines::Preset PresetImportDialog::preset() const
{
    routines::Preset preset = m_imported;
    preset.name = m_name->text();
    preset.outputFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (m_account->currentIndex() >= 0)
        preset.accountName = m_account->currentData().toString();
    return preset;
}

int PresetImportDialog::defaultAccountIndex() const
{
    // A preset of the environment's credential keeps it unless told
    // otherwise; one of an account here runs on that account; any other
    // waits for the writer's choice.
    if (m_imported.accountName.isEmpty())
        return 0;
    for (int index = 0; index < m_account->count(); ++index) {
        if (m_account->itemData(index).toString().compare(m_imported.accountName,
                                                          Qt::CaseInsensitive)
            == 0)
            return index;
    }
    return -1;
}

void PresetImportDialog::fillAccounts()
{
    const bool hadChoice = m_account->currentIndex() >= 0;
    const QString kept = m_account->currentData().toString();
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        if (m_imported.accountName.isEmpty())
            m_account->addItem(tr("None: the credential in the environment (command line only)"),
                               QString());
        for (const auth::Account &account : m_accounts->accounts())
            m_account->addItem(account.label, account.label);
        int chosen = hadChoice ? m_account->findData(kept) : -1;
        if (chosen < 0)
            chosen = defaultAccountIndex();
        m_account->setCurrentIndex(chosen);
    }
    const bool noAccounts = m_accounts->accounts().isEmpty();
    m_account->setEnabled(m_account->count() > 0);
    QString note;
    if (m_imported.accountName.isEmpty()) {
        note = noAccounts
            ? tr("The preset \"%1\" takes its credential from the environment (D360_API_KEY "
                 "and D360_BASE_URL), which only the command line reads.")
                  .arg(m_imported.name)
            : tr("The preset \"%1\" takes its credential from the environment (D360_API_KEY "
                 "and D360_BASE_URL), which only the command line reads. Keep it so, or pick "
                 "an account for this window.")
                  .arg(m_imported.name);
    } else if (noAccounts) {
        note = tr("The preset \"%1\" runs on the account \"%2\", and no account is set up here "
                  "yet. Add one first, then choose it here.")
                   .arg(m_imported.name, m_imported.accountName);
    } else if (!m_accounts->findByLabel(m_imported.accountName)) {
        note = tr("The preset \"%1\" runs on the account \"%2\", which is not set up here. Which "
                  "account should it use?")
                   .arg(m_imported.name, m_imported.accountName);
    }
    m_accountNote->setText(note);
    m_accountNote->setVisible(!note.isEmpty());
    updateState();
}

void PresetImportDialog::updateState()
{
    const QString name = m_name->text();
    const QString folder = m_folder->text().trimmed();
    // The folder is said beside the folder; anything else wrong, beside the
    // name (a file that read well has nothing else wrong).
    const QString problem = name.isEmpty() || folder.isEmpty() ? QString() : preset().problem();
    m_nameTaken = !name.isEmpty() && problem.isEmpty() && m_store->contains(name);
    const QString note = !problem.isEmpty() ? problem
        : m_nameTaken
        ? tr("There is already a preset named \"%1\": replace it, or type another name.").arg(name)
        : QString();
    m_nameNote->setText(note);
    m_nameNote->setVisible(!note.isEmpty());
    const QString folderNote = folder.isEmpty() ? tr("Choose the folder it exports into.")
        : QFileInfo(QDir::fromNativeSeparators(folder)).isDir()
        ? QString()
        : tr("There is no folder %1 on this computer. It is made when the preset first runs; "
             "choose another if that one is your colleague's.")
              .arg(folder);
    m_folderNote->setText(folderNote);
    m_folderNote->setVisible(!folderNote.isEmpty());
    m_replace->setVisible(m_nameTaken);
    m_import->setEnabled(!name.isEmpty() && !folder.isEmpty() && problem.isEmpty()
                         && (!m_nameTaken || m_replace->isChecked())
                         && m_account->currentIndex() >= 0);
}

void PresetImportDialog::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Export the Preset Into"));
    dialog->setObjectName(QStringLiteral("presetImportFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    dialog->setDirectory(QFileInfo(folder).isDir() ? folder : QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &chosen) { m_folder->setText(QDir::toNativeSeparators(chosen)); });
    dialog->open();
}

void PresetImportDialog::forgetRefusal()
{
    m_refusal->clear();
    m_refusal->hide();
}

void PresetImportDialog::accept()
{
    // Not judged again here: a name taken since the last change is the
    // store's to refuse, and the refusal says so.
    if (!m_import->isEnabled())
        return;
    const routines::Preset chosen = preset();
    const bool replace = m_nameTaken && m_replace->isChecked();
    QString error;
    if (!(replace ? m_store->save(chosen, &error) : m_store->add(chosen, &error))) {
        // Another window or the command line may have taken the name
        // meanwhile: the name's note then says so.
        updateState();
        m_refusal->setText(tr("The preset could not be imported: %1").arg(error));
        m_refusal->show();
        return;
    }
    Q_EMIT presetImported(chosen, replace);
    QDialog::accept();
}

} // namespace d360::gui
