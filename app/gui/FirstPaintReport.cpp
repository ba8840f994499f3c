// See FirstPaintReport.h. The process start time is field 22 of
// /proc/self/stat, in clock ticks since boot; /proc/uptime gives "now" on
// the same clock, so their difference needs no timer started by main().
#include "gui/FirstPaintReport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace d360::gui {

qint64 millisecondsSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    // The command name (field 2) may hold spaces; fields count from after ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeField = 22 - 3;
    if (fields.size() <= startTimeField)
        return -1;
    const double ticks = fields.at(startTimeField).toDouble();
    const double uptimeSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return qint64((uptimeSeconds - ticks / double(sysconf(_SC_CLK_TCK))) * 1000.0);
#else
    return -1;
#endif
}

qint64 residentMemoryKiB(qint64 processId)
{
    QFile status(processId > 0 ? QStringLiteral("/proc/%1/status").arg(processId)
                               : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void writeFirstPaintReport(const QString &filePath)
{
    if (filePath.isEmpty())
        return; // nobody asked: no /proc reading on an ordinary start
    const qint64 now = QDeadlineTimer::current().deadlineNSecs();
    const qint64 elapsed = millisecondsSinceProcessStart();
    if (elapsed < 0)
        return;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write("first_paint_ms=" + QByteArray::number(elapsed)
               + "\nrss_kb=" + QByteArray::number(residentMemoryKiB())
               + "\nmonotonic_ns=" + QByteArray::number(now) + '\n');
    file.commit();
}

} // namespace d360::gui
