// See ServerChoice.h.
#include "gui/accounts/ServerChoice.h"

#include <QComboBox>
#include <QLineEdit>

namespace d360::gui {

namespace {

enum Choice { Eu, Us, PrivateHosting, Custom };

} // namespace

ServerChoice::ServerChoice(QComboBox *combo, QLineEdit *detail, QObject *parent)
    : QObject(parent)
    , m_combo(combo)
    , m_detail(detail)
{
    m_combo->addItem(tr("EU (apihub.document360.io)"), Eu);
    m_combo->addItem(tr("US (apihub.us.document360.io)"), Us);
    m_combo->addItem(tr("Private hosting"), PrivateHosting);
    m_combo->addItem(tr("Custom base URL"), Custom);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateDetail();
        Q_EMIT changed();
    });
    connect(m_detail, &QLineEdit::textChanged, this, &ServerChoice::changed);
    updateDetail();
}

void ServerChoice::updateDetail()
{
    const int choice = m_combo->currentData().toInt();
    m_detail->setEnabled(m_combo->isEnabled() && (choice == PrivateHosting || choice == Custom));
    m_detail->setPlaceholderText(
        choice == PrivateHosting ? tr("hosting name, as in apihub.NAME.document360.io")
            : choice == Custom   ? tr("https://... (http only on this computer)")
                                 : QString());
}

std::optional<api::ServerAddress> ServerChoice::address(QString *problem) const
{
    switch (m_combo->currentData().toInt()) {
    case Us:
        return api::ServerAddress::us();
    case PrivateHosting:
        return api::ServerAddress::privateHosting(m_detail->text(), problem);
    case Custom:
        return api::ServerAddress::custom(QUrl(m_detail->text().trimmed(), QUrl::StrictMode),
                                          problem);
    default:
        return api::ServerAddress::eu();
    }
}

void ServerChoice::setAddress(const api::ServerAddress &address)
{
    switch (address.region()) {
    case api::ServerAddress::Region::Eu:
        m_combo->setCurrentIndex(m_combo->findData(Eu));
        m_detail->clear();
        break;
    case api::ServerAddress::Region::Us:
        m_combo->setCurrentIndex(m_combo->findData(Us));
        m_detail->clear();
        break;
    case api::ServerAddress::Region::PrivateHosting:
        m_combo->setCurrentIndex(m_combo->findData(PrivateHosting));
        m_detail->setText(address.hostingName());
        break;
    case api::ServerAddress::Region::Custom:
        m_combo->setCurrentIndex(m_combo->findData(Custom));
        m_detail->setText(address.apiBaseUrl().toString());
        break;
    }
    updateDetail();
}

void ServerChoice::setEnabled(bool enabled)
{
    m_combo->setEnabled(enabled);
    updateDetail();
}

} // namespace d360::gui
