// DesktopNotifier on the test's private session bus (the test command
// starts one): a small stand-in notification daemon, registered in the test
// as org.freedesktop.Notifications on a connection of its own, receives the
// summary and body; without it, the notifier reports "not sent" at once
// instead of waiting; with a daemon that never answers, it gives up at its
// timeout.
#include "core/routines/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using d360::routines::DesktopNotifier;

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.Notifications");

} // namespace

// The part of the freedesktop Notifications interface the notifier calls.
class NotificationReceiver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QString appName;
    QString icon;
    QString summary;
    QString body;
    QVariantMap hints;
    int calls = 0;
    bool answer = true;

public Q_SLOTS:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                const QString &summary_, const QString &body_, const QStringList &actions,
                const QVariantMap &hints_, int expire_timeout, const QDBusMessage &message)
    {
        Q_UNUSED(replaces_id);
        Q_UNUSED(actions);
        Q_UNUSED(expire_timeout);
        ++calls;
        appName = app_name;
        icon = app_icon;
        summary = summary_;
        body = body_;
        hints = hints_;
        if (!answer)
            message.setDelayedReply(true); // and never reply
        return 42;
    }
};

class DesktopNotifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run the test through tests/support/test-session.sh");
        QVERIFY2(!QDBusConnection::sessionBus().interface()->isServiceRegistered(serviceName),
                 "a notification daemon already runs on the test's session bus");
    }

    void aRegisteredServiceReceivesTheNotification()
    {
        QDBusConnection daemon
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, "notification-daemon");
        NotificationReceiver receiver;
        QVERIFY(daemon.registerObject("/org/freedesktop/Notifications", &receiver,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(daemon.registerService(serviceName));

        DesktopNotifier notifier;
        QSignalSpy finished(&notifier, &DesktopNotifier::finished);
        notifier.notify("Nightly backup of Acme failed", "the token was refused");
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<DesktopNotifier::Outcome>(),
                 DesktopNotifier::Outcome::Sent);
        QCOMPARE(receiver.calls, 1);
        QCOMPARE(receiver.summary, "Nightly backup of Acme failed");
        QCOMPARE(receiver.body, "the token was refused");
        QCOMPARE(receiver.appName, "D360 Exporter");
        QCOMPARE(receiver.hints.value("desktop-entry").toString(),
                 "io.github.d360exporter.D360Exporter");

        daemon.unregisterService(serviceName);
        daemon.unregisterObject("/org/freedesktop/Notifications");
        QDBusConnection::disconnectFromBus("notification-daemon");
    }

    void withoutAServiceItSaysNotSentAtOnce()
    {
        QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(serviceName));
        DesktopNotifier notifier;
        QSignalSpy finished(&notifier, &DesktopNotifier::finished);
        QElapsedTimer clock;
        clock.start();
        notifier.notify("Nightly backup of Acme failed", "the token was refused");
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<DesktopNotifier::Outcome>(),
                 DesktopNotifier::Outcome::NoService);
        QVERIFY2(finished.first().at(1).toString().contains("No notification service"),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY2(clock.elapsed() < DesktopNotifier::defaultTimeoutMs,
                 qPrintable(QString::number(clock.elapsed())));
    }

    void withoutASessionBusItSaysNotSent()
    {
        // A connection that was never made, as sessionBus() is on a server
        // with no session bus.
        DesktopNotifier notifier(QDBusConnection(QStringLiteral("never-connected")), 500);
        QSignalSpy finished(&notifier, &DesktopNotifier::finished);
        notifier.notify("summary", "body");
        QCOMPARE(finished.size(), 0); // from the event loop, never inside notify()
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<DesktopNotifier::Outcome>(),
                 DesktopNotifier::Outcome::NoService);
        QVERIFY2(finished.first().at(1).toString().contains("no session bus"),
                 qPrintable(finished.first().at(1).toString()));
    }

    void aServiceThatNeverAnswersIsGivenUpAtTheTimeout()
    {
        QDBusConnection daemon
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, "silent-daemon");
        NotificationReceiver receiver;
        receiver.answer = false;
        QVERIFY(daemon.registerObject("/org/freedesktop/Notifications", &receiver,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(daemon.registerService(serviceName));

        DesktopNotifier notifier(QDBusConnection::sessionBus(), 500);
        QSignalSpy finished(&notifier, &DesktopNotifier::finished);
        QElapsedTimer clock;
        clock.start();
        notifier.notify("summary", "body");
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<DesktopNotifier::Outcome>(),
                 DesktopNotifier::Outcome::Failed);
        // Given up by its own timeout (500 ms), not by D-Bus's default 25 s.
        QVERIFY2(clock.elapsed() >= 450 && clock.elapsed() < DesktopNotifier::defaultTimeoutMs,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(receiver.calls, 1);

        daemon.unregisterService(serviceName);
        daemon.unregisterObject("/org/freedesktop/Notifications");
        QDBusConnection::disconnectFromBus("silent-daemon");
    }
};

QTEST_GUILESS_MAIN(DesktopNotifierTest)
#include "tst_desktop_notifier.moc"
