// The yardstick for bench_startup: the least a Qt Widgets application with a
// table can be (a QMainWindow around a QTableView, a status bar), so the
// exporter's start-up time and memory are compared with what Qt itself costs
// on the same machine, not with a number from elsewhere.
//
// It speaks the exporter's D360_REPORT_FIRST_PAINT protocol (see
// app/gui/FirstPaintReport.h): once the window has handled its first paint
// it writes "first_paint_ms=<ms since the process started>" and
// "rss_kb=<VmRSS>" to the named file, with the exporter's own code (the small
// d360firstpaint library), so both are measured the same way and the bare
// window carries nothing else of ours. Linux only (it reads /proc).
#include "gui/FirstPaintReport.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

namespace {

class BareWindow : public QMainWindow
{
public:
    BareWindow()
    {
        auto *model = new QStandardItemModel(0, 10, this);
        auto *table = new QTableView(this);
        table->setModel(model);
        setCentralWidget(table);
        statusBar()->showMessage(QStringLiteral("Ready"));
        setWindowTitle(QStringLiteral("Bare Qt Widgets window"));
        resize(1100, 700);
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // After this paint has been handled, as the exporter does.
            QMetaObject::invokeMethod(
                this, [] { report(); }, Qt::QueuedConnection);
        }
        return QMainWindow::event(event);
    }

private:
    static void report()
    {
        d360::gui::writeFirstPaintReport(qEnvironmentVariable("D360_REPORT_FIRST_PAINT"));
    }

    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.show();
    return app.exec();
}
