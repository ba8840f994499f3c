// The "which server" pair of the account dialogs: a combo box (EU, US,
// private hosting, custom URL) and a line edit for the hosting name or URL.
//
// Both dialogs that create accounts need the same choice with the same
// rules, so it lives here once: the line edit is enabled only when the choice
// needs it, and reading it applies ServerAddress's checks (https, or http on
// this computer only).
#pragma once

#include "core/api/ServerAddress.h"

#include <QObject>

#include <optional>

class QComboBox;
class QLineEdit;

namespace d360::gui {

class ServerChoice : public QObject
{
    Q_OBJECT

public:
    ServerChoice(QComboBox *combo, QLineEdit *detail, QObject *parent = nullptr);

    // The address chosen, or nothing with *problem saying why.
    std::optional<api::ServerAddress> address(QString *problem) const;
    void setAddress(const api::ServerAddress &address);
    void setEnabled(bool enabled);

Q_SIGNALS:
    void changed();

private:
    void updateDetail();

    QComboBox *m_combo;
    QLineEdit *m_detail;
};

} // namespace d360::gui
