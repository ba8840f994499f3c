// See AboutDialog.h. Built in code rather than from a form: every line of it
// is computed, and a form would be a frame with nothing of its own in it.
#include "gui/AboutDialog.h"

#include "core/ApplicationInfo.h"
#include "core/state/ApplicationState.h"
#include "gui/ApplicationIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>
#include <QVBoxLayout>

namespace d360::gui {

namespace {

QString qtVersionText()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (running == built)
        return running;
    return AboutDialog::tr("%1 (built with %2)").arg(running, built);
}

QString systemText()
{
    return QStringLiteral("%1, %2").arg(QSysInfo::prettyProductName(),
                                        QGuiApplication::platformName());
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QDir::toNativeSeparators(text), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::Details AboutDialog::Details::current()
{
    Details details;
    details.dataFolder = ApplicationInfo::dataFolder();
    details.stateFile = state::applicationStateFile();
    details.settingsFile = QSettings().fileName();
    details.keychainService = ApplicationInfo::keychainService();
    return details;
}

AboutDialog::AboutDialog(const Details &details, QWidget *parent)
    : QDialog(parent)
    , m_details(details)
{
    setWindowTitle(tr("About %1").arg(ApplicationInfo::displayName()));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(applicationIcon().pixmap(64, 64));
    auto *nameLabel = new QLabel(ApplicationInfo::displayName(), this);
    nameLabel->setObjectName(QStringLiteral("nameLabel"));
    QFont nameFont = nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameLabel->setFont(nameFont);
    auto *versionLabel = new QLabel(tr("Version %1").arg(ApplicationInfo::version()), this);
    versionLabel->setObjectName(QStringLiteral("versionLabel"));
    versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *titleColumn = new QVBoxLayout;
    titleColumn->addWidget(nameLabel);
    titleColumn->addWidget(versionLabel);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(iconLabel, 0, Qt::AlignTop);
    titleRow->addLayout(titleColumn, 1);

    auto *summary
        = new QLabel(tr("Export Document360 knowledge bases as PDF, HTML or Markdown."), this);
    const QString homepage = ApplicationInfo::homepageUrl();
    auto *homepageLink
        = new QLabel(QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage.toHtmlEscaped()), this);
    homepageLink->setObjectName(QStringLiteral("homepageLabel"));
    homepageLink->setTextFormat(Qt::RichText);
    homepageLink->setOpenExternalLinks(true);
    auto *licence = new QLabel(tr("%1 (free software)").arg(ApplicationInfo::licenseName()), this);
    licence->setObjectName(QStringLiteral("licenceLabel"));

    auto *facts = new QFormLayout;
    facts->addRow(tr("Licence:"), licence);
    facts->addRow(tr("Project page:"), homepageLink);
    facts->addRow(tr("Qt:"), selectableLabel(qtVersionText(), this));
    facts->addRow(tr("System:"), selectableLabel(systemText(), this));
    facts->addRow(tr("State database:"), selectableLabel(details.stateFile, this));
    facts->addRow(tr("Settings:"), selectableLabel(details.settingsFile, this));
    facts->addRow(tr("Data folder:"), selectableLabel(details.dataFolder, this));
    facts->addRow(
        tr("Tokens:"),
        selectableLabel(tr("only in the system keychain, service %1").arg(details.keychainService),
                        this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(summary);
    layout->addLayout(facts);
    if (details.sandboxSession) {
        auto *sandboxNote = new QLabel(tr("This window runs on the demo sandbox: its account and "
                                          "queue are temporary and go when it closes."),
                                       this);
        sandboxNote->setWordWrap(true);
        layout->addWidget(sandboxNote);
    }

    auto *copiedLabel = new QLabel(this);
    copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyDetailsButton"));
    copyButton->setToolTip(tr("Copy the version and folders, to paste into a support request"));
    QPushButton *aboutQtButton = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(copyButton, &QPushButton::clicked, this, [this, copiedLabel] {
        QGuiApplication::clipboard()->setText(supportText(m_details));
        copiedLabel->setText(tr("Copied."));
    });
    connect(aboutQtButton, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough for a data folder's path on one or two lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    layout->addStretch(1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(copiedLabel, 1);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
}

QString AboutDialog::supportText(const Details &details)
{
    QStringList lines {
        QStringLiteral("%1 %2").arg(ApplicationInfo::displayName(), ApplicationInfo::version()),
        QStringLiteral("Qt: %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("System: %1").arg(systemText()),
        QStringLiteral("State database: %1").arg(QDir::toNativeSeparators(details.stateFile)),
        QStringLiteral("Settings: %1").arg(QDir::toNativeSeparators(details.settingsFile)),
        QStringLiteral("Data folder: %1").arg(QDir::toNativeSeparators(details.dataFolder)),
        QStringLiteral("Keychain service: %1").arg(details.keychainService),
    };
    if (details.sandboxSession)
        lines.append(QStringLiteral("Session: demo sandbox"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace d360::gui
