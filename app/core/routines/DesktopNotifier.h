// A desktop notification through the freedesktop Notifications service
// (org.freedesktop.Notifications on the session bus), for a scheduled run
// that failed: nobody watches a terminal at 02:00.
//
// Asynchronous from end to end: it first asks the bus whether the service
// has an owner (NameHasOwner, so a missing daemon is never auto-started and
// never waited for), then calls Notify; each call has a timeout. finished()
// comes exactly once, from the event loop, and says whether the notification
// was delivered, there was no one to deliver it to, or the call failed; the
// caller decides whether that matters (a headless run has no desktop, which
// is not an error). The connection is a constructor argument so that tests
// use the private session bus they start.
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace d360::routines {

class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Sent, NoService, Failed };
    Q_ENUM(Outcome)

    static constexpr int defaultTimeoutMs = 5000;

    explicit DesktopNotifier(QObject *parent = nullptr);
    DesktopNotifier(const QDBusConnection &connection, int timeoutMs, QObject *parent = nullptr);

    // Starts one notification: summary in bold, body below it. Call once.
    void notify(const QString &summary, const QString &body);

Q_SIGNALS:
    // detail: for Failed, what went wrong; for NoService, why not sent.
    void finished(d360::routines::DesktopNotifier::Outcome outcome, const QString &detail);

private:
    void sendNotification(const QString &summary, const QString &body);
    void end(Outcome outcome, const QString &detail);

    QDBusConnection m_connection;
    int m_timeoutMs;
    bool m_ended = false;
};

} // namespace d360::routines
