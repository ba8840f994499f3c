// See DesktopNotifier.h.
#include "core/routines/DesktopNotifier.h"

#include "core/ApplicationInfo.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>

namespace d360::routines {

namespace {

const QLatin1String notificationsService("org.freedesktop.Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), defaultTimeoutMs, parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection &connection, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_timeoutMs(timeoutMs)
{ }

void DesktopNotifier::notify(const QString &summary, const QString &body)
{
    if (!m_connection.isConnected()) {
        QTimer::singleShot(0, this, [this] {
            end(Outcome::NoService, tr("There is no session bus, so no desktop to notify."));
        });
        return;
    }
    QDBusMessage ask = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    ask << QString(notificationsService);
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(ask, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body] {
        watcher->deleteLater();
        const QDBusPendingReply<bool> reply = *watcher;
        if (reply.isError()) {
            end(Outcome::Failed, reply.error().message());
            return;
        }
        if (!reply.value()) {
            end(Outcome::NoService, tr("No notification service runs on this desktop."));
            return;
        }
        sendNotification(summary, body);
    });
}

void DesktopNotifier::sendNotification(const QString &summary, const QString &body)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        notificationsService, QStringLiteral("/org/freedesktop/Notifications"),
        notificationsService, QStringLiteral("Notify"));
    call.setAutoStartService(false);
    const QVariantMap hints {
        // The desktop file names the program and its icon in the shell.
        { QStringLiteral("desktop-entry"), ApplicationInfo::applicationId() },
        { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) },
    };
    call << ApplicationInfo::displayName() << uint(0) << ApplicationInfo::applicationId() << summary
         << body << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            end(Outcome::Failed, reply.error().message());
        else
            end(Outcome::Sent, {});
    });
}

void DesktopNotifier::end(Outcome outcome, const QString &detail)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(outcome, detail);
}

} // namespace d360::routines
