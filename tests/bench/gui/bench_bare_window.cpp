// The yardstick for bench_startup: the least a Qt Widgets application with a
// table can be (a QMainWindow around a QTableView, a status bar), so the
// exporter's start-up time and memory are compared with what Qt itself costs
// on the same machine, not with a number from elsewhere.
//
// It speaks the exporter's D360_REPORT_FIRST_PAINT protocol (see
// app/gui/FirstPaintReport.h): once the window has handled its first paint
// it writes "first_paint_ms=<ms since the process started>" and
// "rss_kb=<VmRSS>" to the named file, atomically (QSaveFile). The few lines
// of that protocol are repeated here rather than linked from d360gui, so the
// bare window carries nothing of ours. Linux only (it reads /proc).
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

#include <unistd.h>

namespace {

qint64 millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    // Field 22 is the start time in clock ticks since boot; the command name
    // (field 2) may hold spaces, so fields are counted from after its ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeField = 22 - 3;
    if (fields.size() <= startTimeField)
        return -1;
    const double ticks = fields.at(startTimeField).toDouble();
    const double uptimeSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return qint64((uptimeSeconds - ticks / double(sysconf(_SC_CLK_TCK))) * 1000.0);
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

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
            QMetaObject::invokeMethod(this, [] { report(); }, Qt::QueuedConnection);
        }
        return QMainWindow::event(event);
    }

private:
    static void report()
    {
        const QString path = qEnvironmentVariable("D360_REPORT_FIRST_PAINT");
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write("first_paint_ms=" + QByteArray::number(millisecondsSinceProcessStart()) + "\nrss_kb="
                   + QByteArray::number(residentKiB()) + '\n');
        file.commit();
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
