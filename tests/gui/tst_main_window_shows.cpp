// The window appears on a real X server with its title and icon, and the
// sandbox notice shows exactly when it is on the sandbox. The screenshot it
// leaves in the build folder is what a person would see.
#include "gui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QScreen>
#include <QTest>

using d360::gui::MainWindow;

class MainWindowShowsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this test draws on the test session's Xvfb display");
    }

    void appearsOnTheDisplay()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("D360 Exporter"));
        QVERIFY(!window.windowIcon().isNull());

        const QImage shot = window.grab().toImage();
        QVERIFY(shot.width() >= 600 && shot.height() >= 400);
        // A painted window has more than one colour; a blank one does not.
        const QRgb corner = shot.pixel(shot.width() / 2, 5);
        bool painted = false;
        for (int y = 0; y < shot.height() && !painted; y += 7) {
            for (int x = 0; x < shot.width() && !painted; x += 7)
                painted = shot.pixel(x, y) != corner;
        }
        QVERIFY2(painted, "the window grabbed from the display is one flat colour");
        QVERIFY(shot.save(QDir::current().absoluteFilePath(QStringLiteral("main-window.png"))));
    }

    void marksTheSandbox()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("sandboxBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        window.setSandboxMode(true);
        QVERIFY(banner->isVisible());
        QVERIFY(window.windowTitle().contains(QLatin1String("Sandbox")));
    }
};

QTEST_MAIN(MainWindowShowsTest)
#include "tst_main_window_shows.moc"
